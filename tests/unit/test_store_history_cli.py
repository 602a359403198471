"""`supple history`: CSV and JSON that parse back to what was recorded; a friendly empty case."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain import Outcome, SessionRecord, Side
from desktop.paths import DataPaths, data_paths
from desktop.store import open_store, print_history
from desktop.store.history_cli import FIELDS, NO_HISTORY, NO_MATCH, SESSION_FIELDS

T0 = datetime(2026, 5, 9, 7, 30, 5, 250000, tzinfo=UTC)


@pytest.fixture
def paths() -> DataPaths:
    return data_paths().ensure()


def record(session_id: str, n: int) -> SessionRecord:
    start = T0 + timedelta(seconds=45 * n)
    return SessionRecord(
        routine_id="hips",
        step_id=f"step-{n}",
        side=(Side.LEFT, Side.RIGHT, Side.NONE)[n % 3],
        set_index=n + 1,
        outcome=Outcome.SKIPPED if n == 1 else Outcome.DONE,
        planned_seconds=30.0,
        actual_seconds=12.5 if n == 1 else 30.0,
        reps=None if n % 2 else 10,
        started_at=start,
        ended_at=start + timedelta(seconds=30),
        session_id=session_id,
    )


def fill(paths: DataPaths, count: int = 3) -> tuple[str, list[SessionRecord]]:
    with open_store(paths) as store:
        sid = store.history.start_session("Open hips, “deep” version", started_at=T0)
        records = [record(sid, n) for n in range(count)]
        for r in records:
            store.history.record_step(r)
    return sid, records


def run(paths: DataPaths, fmt: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = print_history(paths, fmt, out, err)
    return status, out.getvalue(), err.getvalue()


def test_csv_has_a_header_and_parses_back_to_the_records(paths: DataPaths) -> None:
    sid, records = fill(paths)
    status, out, _ = run(paths, "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == FIELDS
    assert len(rows) == len(records)
    for row, r in zip(rows, records, strict=True):
        assert row["session_id"] == sid
        assert row["session_title"] == "Open hips, “deep” version"
        assert datetime.fromisoformat(row["session_started_at"]) == T0
        assert (row["routine_id"], row["step_id"], row["side"], row["outcome"]) == (
            r.routine_id,
            r.step_id,
            r.side.value,
            r.outcome.value,
        )
        assert int(row["set_index"]) == r.set_index
        assert float(row["planned_seconds"]) == r.planned_seconds
        assert float(row["actual_seconds"]) == r.actual_seconds
        assert row["reps"] == ("" if r.reps is None else str(r.reps))
        assert datetime.fromisoformat(row["started_at"]) == r.started_at
        assert datetime.fromisoformat(row["ended_at"]) == r.ended_at


def test_json_is_a_list_of_objects_with_iso_times(paths: DataPaths) -> None:
    sid, records = fill(paths)
    status, out, _ = run(paths, "json")
    assert status == 0
    data = json.loads(out)
    assert isinstance(data, list) and len(data) == len(records)
    assert set(data[0]) == set(FIELDS)
    assert data[1]["outcome"] == "skipped" and data[1]["actual_seconds"] == 12.5 and data[1]["reps"] is None
    assert data[0]["reps"] == 10
    assert data[0]["started_at"] == "2026-05-09T07:30:05.250000+00:00"
    assert [datetime.fromisoformat(d["ended_at"]) for d in data] == [r.ended_at for r in records]
    assert {d["session_id"] for d in data} == {sid}


def test_the_table_lists_every_record_under_headings(paths: DataPaths) -> None:
    fill(paths)
    status, out, _ = run(paths, "table")
    lines = out.splitlines()
    assert status == 0
    assert lines[0].split()[:2] == ["Session", "Session"] and set(lines[1]) <= {"-", " "}
    assert len(lines) == 2 + 3
    assert ["step-0" in lines[2], "step-1" in lines[3], "step-2" in lines[4]] == [True, True, True]
    assert "skipped" in lines[3] and "12.5" in lines[3]


@pytest.mark.parametrize("created", [False, True])
def test_no_history_yet_is_said_kindly_and_stays_parseable(paths: DataPaths, created: bool) -> None:
    if created:
        open_store(paths).close()
    status, out, err = run(paths, "table")
    assert (status, out.strip()) == (0, NO_HISTORY)
    status, out, err = run(paths, "json")
    assert (status, json.loads(out), err.strip()) == (0, [], NO_HISTORY)
    status, out, err = run(paths, "csv")
    assert (status, out.strip().split(","), err.strip()) == (0, list(FIELDS), NO_HISTORY)
    if not created:
        assert not paths.database.exists()  # looking did not create a database


def test_a_database_from_a_newer_supple_is_read_without_being_changed(paths: DataPaths) -> None:
    fill(paths, 2)
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.execute("ALTER TABLE step_records ADD COLUMN heart_rate INTEGER")
    conn.close()
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    status, out, _ = run(paths, "json")
    assert status == 0 and len(json.loads(out)) == 2
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before


def test_history_is_readable_while_the_app_is_writing(paths: DataPaths) -> None:
    with open_store(paths) as store:
        sid = store.history.start_session("live", started_at=T0)
        store.history.record_step(record(sid, 0))
        status, out, _ = run(paths, "csv")
        assert status == 0 and len(list(csv.DictReader(io.StringIO(out)))) == 1
        store.history.record_step(record(sid, 1))


def test_an_unknown_format_is_refused(paths: DataPaths) -> None:
    status, out, err = run(paths, "xml")
    assert status == 2 and out == "" and "csv" in err


def test_an_unreadable_database_is_an_error_not_a_crash(paths: DataPaths) -> None:
    paths.database.write_bytes(b"this is not sqlite" * 100)
    status, out, err = run(paths, "csv")
    assert status == 1 and out == "" and "Cannot read the history" in err


def test_a_missing_table_is_named_without_sql(paths: DataPaths) -> None:
    fill(paths, 2)
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("DROP TABLE step_records")
    conn.close()
    status, out, err = run(paths, "csv")
    assert status == 1 and out == ""
    assert "is damaged: the table step_records is missing" in err
    assert "restores it from a backup" in err
    assert not any(leak in err for leak in ("SQL", "SELECT", "sqlalche.me", "no such table"))


# -- the documented shapes (docs/history-format.md), filters and --sessions ----------------------

DOC = Path(__file__).resolve().parents[2] / "docs" / "history-format.md"


def doc_examples() -> list[list[dict[str, object]]]:
    """The JSON examples of docs/history-format.md, in order: step rows, then session rows."""
    text = DOC.read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in text.split("```json\n")[1:]]
    return [json.loads(b) for b in blocks]


def shape(rows: list[dict[str, object]]) -> tuple[list[str], dict[str, set[str]]]:
    """The keys in order, and the JSON types each key takes."""
    types: dict[str, set[str]] = {}
    for row in rows:
        for key, value in row.items():
            types.setdefault(key, set()).add(type(value).__name__)
    return list(rows[0]), types


def test_the_json_matches_the_documented_shapes(paths: DataPaths) -> None:
    steps_doc, sessions_doc = doc_examples()
    sid, _ = fill(paths, 4)
    with open_store(paths) as store:
        store.history.end_session(sid, T0 + timedelta(minutes=20))
        store.history.set_feeling(sid, pain=2, effort=5, note="a\nb")
        store.history.start_session("Nothing yet", T0 + timedelta(days=1), playlist_id="wu")
    _, out, _ = run(paths, "json")
    keys, types = shape(json.loads(out))
    doc_keys, doc_types = shape(steps_doc)
    assert keys == doc_keys == list(FIELDS)
    assert all(types[k] <= doc_types[k] for k in keys), (types, doc_types)
    out_s = io.StringIO()
    assert print_history(paths, "json", out_s, io.StringIO(), sessions=True) == 0
    keys, types = shape(json.loads(out_s.getvalue()))
    doc_keys, doc_types = shape(sessions_doc)
    assert keys == doc_keys == list(SESSION_FIELDS)
    assert all(types[k] <= doc_types[k] for k in keys), (types, doc_types)
    # Every column is in the doc's tables too.
    text = DOC.read_text(encoding="utf-8")
    assert all(f"`{name}`" in text for name in (*FIELDS, *SESSION_FIELDS))


def test_sessions_csv_carries_how_it_felt_and_the_note_exactly(paths: DataPaths) -> None:
    note = 'Hüfte 🦵 — ורך, "quoted", line\nbreak ' + "x" * 10_000
    sid, _ = fill(paths, 3)
    with open_store(paths) as store:
        store.history.set_feeling(sid, pain=4, effort=6, note=note)
    out = io.StringIO()
    assert print_history(paths, "csv", out, io.StringIO(), sessions=True) == 0
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(row) == SESSION_FIELDS
    assert (row["pain"], row["effort"], row["note"], row["steps_done"], row["steps_skipped"]) == (
        "4",
        "6",
        note,
        "2",
        "1",
    )


def test_routine_and_since_choose_sessions_on_the_command_line(
    paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.__main__ import main

    fill(paths, 2)  # routine None (started without one), 9 May 2026
    with open_store(paths) as store:
        later = store.history.start_session("Later", T0 + timedelta(days=3), routine_id="hips")
        store.history.record_step(record(later, 0))
    assert main(["history", "--format", "csv", "--routine", "hips"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["session_id"] for r in rows} == {later}
    since = (T0 + timedelta(days=2)).astimezone().date().isoformat()
    assert main(["history", "--format", "json", "--sessions", "--since", since]) == 0
    assert [r["session_id"] for r in json.loads(capsys.readouterr().out)] == [later]
    assert main(["history", "--sessions", "--routine", "nothing-like-it"]) == 0
    assert capsys.readouterr().out == NO_MATCH + "\n"
    with pytest.raises(SystemExit):
        main(["history", "--since", "yesterday"])
    assert "'yesterday' is not a date like" in capsys.readouterr().err
