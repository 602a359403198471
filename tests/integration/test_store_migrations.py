"""Migrations: from empty and from every earlier revision, data intact, backed up first."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import SAWarning
from sqlalchemy.schema import CreateIndex

from desktop.domain import Block
from desktop.domain.marks import Marks
from desktop.paths import DataPaths, data_paths
from desktop.store import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    MigrationError,
    NewerDatabaseError,
    ReadOnlyStoreError,
    migrate,
    open_store,
)
from desktop.store.backup import list_backups, upgrade_reason, verify_backup
from desktop.store.engine import make_engine
from desktop.store.marks_repository import StoredMarks
from desktop.store.models import Base
from desktop.store.store import MARKER_NAME


@pytest.fixture
def paths() -> DataPaths:
    return data_paths().ensure()


def revision_of(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def columns(db: Path, table: str) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    finally:
        conn.close()


def indexes(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()


# Rows as each older revision stored them, written with plain SQL the way that version would have.
_LIBRARY_AND_PLAYLISTS = """
INSERT INTO routines VALUES ('hips', 'Open hips', 'bundled', '/r/hips.json', '["hips"]', '2026-01-02 03:04:05.000000');
INSERT INTO favourites (routine_id, step_id, added_at) VALUES ('hips', NULL, '2026-01-02 03:04:06.000000');
INSERT INTO favourites (routine_id, step_id, added_at) VALUES ('hips', 'pigeon', '2026-01-02 03:04:07.000000');
INSERT INTO playlists VALUES ('wu', 'Warm-up', '2026-01-02 03:04:05.000000', '2026-01-02 03:04:05.000000');
INSERT INTO playlist_items (playlist_id, position, routine_id, step_id, overrides, rounds)
    VALUES ('wu', 0, 'hips', 'pigeon', '{"hold": 45.0, "sides": "both", "segment": [1.0, 2.5]}', 2);
INSERT INTO playlist_items (playlist_id, position, routine_id, step_id, overrides, rounds)
    VALUES ('wu', 1, 'hips', NULL, '{}', 1);
"""
_STEP_RECORDS = """
INSERT INTO step_records (session_id, routine_id, step_id, side, set_index, outcome, planned_seconds,
    actual_seconds, reps, started_at, ended_at)
    VALUES ('s-1', 'hips', 'pigeon', 'left', 1, 'done', 30.0, 31.5, NULL,
            '2026-01-02 07:01:00.000000', '2026-01-02 07:01:31.500000');
INSERT INTO step_records (session_id, routine_id, step_id, side, set_index, outcome, planned_seconds,
    actual_seconds, reps, started_at, ended_at)
    VALUES ('s-1', 'hips', 'frog', 'none', 2, 'skipped', 20.0, 3.0, 8,
            '2026-01-02 07:02:00.000000', '2026-01-02 07:02:03.000000');
"""
ROWS_0001 = (
    _LIBRARY_AND_PLAYLISTS
    + "INSERT INTO sessions VALUES ('s-1', 'Open hips', '2026-01-02 07:00:00.000000', '2026-01-02 07:20:00.000000');"
    + _STEP_RECORDS
)
# Revision 0002 added sessions.note.
ROWS_0002 = (
    _LIBRARY_AND_PLAYLISTS
    + "INSERT INTO sessions VALUES ('s-1', 'Open hips', '2026-01-02 07:00:00.000000', '2026-01-02 07:20:00.000000',"
    + " 'stiff left hip');"
    + _STEP_RECORDS
)
# Revision 0003 added playlists.blocks.
ROWS_0003 = ROWS_0002.replace(
    "INSERT INTO playlists VALUES ('wu', 'Warm-up', '2026-01-02 03:04:05.000000', '2026-01-02 03:04:05.000000');",
    "INSERT INTO playlists VALUES ('wu', 'Warm-up', '2026-01-02 03:04:05.000000', '2026-01-02 03:04:05.000000',"
    " '[]');",
)
# Revision 0004 added what a session played, how it felt and its level (and level_events).
ROWS_0004 = ROWS_0003.replace("'stiff left hip');", "'stiff left hip', 'hips', NULL, 3, 4, NULL);")
# Revision 0005 added reminders.
ROWS_0005 = ROWS_0004 + (
    "INSERT INTO reminders (kind, target_id, days, minute, created_at)"
    " VALUES ('routine', 'hips', 21, 450, '2026-01-02 03:04:05.000000');"
)
ROWS_BY_REVISION = {
    "0001": ROWS_0001,
    "0002": ROWS_0002,
    "0003": ROWS_0003,
    "0004": ROWS_0004,
    "0005": ROWS_0005,
}
NOTE_BY_REVISION = {
    "0001": None,
    "0002": "stiff left hip",
    "0003": "stiff left hip",
    "0004": "stiff left hip",
    "0005": "stiff left hip",
}


def test_the_known_revisions_are_alembics_chain() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    chain = [r.revision for r in script.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD_REVISION
    assert set(ROWS_BY_REVISION) == set(KNOWN_REVISIONS[:-1]), "add sample rows for every older revision"


def test_an_empty_folder_gets_the_head_schema_and_no_backup(paths: DataPaths) -> None:
    with open_store(paths) as store:
        assert store.revision == HEAD_REVISION
        assert store.history.count() == 0
    assert revision_of(paths.database) == HEAD_REVISION
    assert "note" in columns(paths.database, "sessions")
    assert "blocks" in columns(paths.database, "playlists")
    assert {"ix_step_records_started_at", "ux_favourites_target"} <= indexes(paths.database)
    assert list_backups(paths.backups) == []  # nothing to keep yet


@pytest.mark.parametrize("start", KNOWN_REVISIONS[:-1])
def test_data_survives_an_upgrade_from_every_earlier_revision(paths: DataPaths, start: str) -> None:
    migrate.upgrade(paths.database, start)
    conn = sqlite3.connect(paths.database)
    conn.executescript(ROWS_BY_REVISION[start])
    conn.close()

    with open_store(paths) as store:
        assert store.revision == HEAD_REVISION
        assert [e.title for e in store.library.entries()] == ["Open hips"]
        assert [(f.routine_id, f.step_id) for f in store.favourites.entries()] == [
            ("hips", None),
            ("hips", "pigeon"),
        ]
        playlist = store.playlists.get("wu")
        assert playlist is not None and [(i.step_id, i.rounds) for i in playlist.items] == [
            ("pigeon", 2),
            (None, 1),
        ]
        assert playlist.items[0].overrides.hold == 45.0 and playlist.items[0].overrides.segment is not None
        assert playlist.blocks == ()  # saved before playlists had blocks
        assert [p.id for p in store.playlists.entries()] == ["wu"]
        (session,) = store.history.sessions()
        assert (
            session.id == "s-1" and session.note == NOTE_BY_REVISION[start] and session.ended_at is not None
        )
        entries = store.history.entries(newest_first=False)
        assert [(e.record.step_id, e.record.actual_seconds, e.record.reps) for e in entries] == [
            ("pigeon", 31.5, None),
            ("frog", 3.0, 8),
        ]
        # the upgraded schema is usable at once
        store.history.end_session("s-1", note="added after the upgrade")
        store.playlists.save(dataclasses.replace(playlist, blocks=(Block(0, 1, 3),)))
        assert store.playlists.get("wu") == dataclasses.replace(playlist, blocks=(Block(0, 1, 3),))
        assert store.loop_marks.get("a" * 64) is None
        marks = StoredMarks(Marks(3, 40), 30.0, 0.1, 40 / 30)
        store.loop_marks.put("a" * 64, marks)
        assert store.loop_marks.get("a" * 64) == marks
    assert revision_of(paths.database) == HEAD_REVISION

    (backup,) = list_backups(paths.backups)
    assert backup.reason == upgrade_reason(start)
    assert verify_backup(backup.path) is None
    assert revision_of(backup.path) == start


def test_the_models_match_what_the_migrations_build(tmp_path: Path) -> None:
    db = tmp_path / "head.sqlite3"
    migrate.upgrade(db)
    engine = make_engine(db)
    try:
        with engine.connect() as conn, warnings.catch_warnings():
            # Neither can reflect the expression index on favourites, and they say so: compared below.
            warnings.filterwarnings("ignore", message=".*expression-based index", category=SAWarning)
            warnings.filterwarnings("ignore", message=".*expression-based index", category=UserWarning)
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            (model_index,) = [
                i for i in Base.metadata.tables["favourites"].indexes if i.name == "ux_favourites_target"
            ]
            expected = str(CreateIndex(model_index).compile(conn))
    finally:
        engine.dispose()
    assert diff == []
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'ux_favourites_target'").fetchone()[0]
    conn.close()
    assert " ".join(stored.split()) == " ".join(expected.split())


# Sessions before revision 0004 recorded only their title; 0004 derives what they played.
_SESSIONS_TO_DERIVE = """
INSERT INTO sessions (id, title, started_at, ended_at) VALUES
    ('one-routine', 'Open hips', '2026-01-03 07:00:00.000000', '2026-01-03 07:10:00.000000'),
    ('a-playlist', 'Warm-up', '2026-01-04 07:00:00.000000', '2026-01-04 07:10:00.000000'),
    ('unknown-mix', 'Gone', '2026-01-05 07:00:00.000000', '2026-01-05 07:10:00.000000'),
    ('no-steps', 'Ended at once', '2026-01-06 07:00:00.000000', '2026-01-06 07:00:01.000000');
INSERT INTO step_records (session_id, routine_id, step_id, side, set_index, outcome, planned_seconds,
    actual_seconds, reps, started_at, ended_at) VALUES
    ('one-routine', 'hips', 'pigeon', 'left', 1, 'done', 30.0, 30.0, NULL,
     '2026-01-03 07:01:00.000000', '2026-01-03 07:01:30.000000'),
    ('one-routine', 'hips', 'frog', 'none', 1, 'done', 30.0, 30.0, NULL,
     '2026-01-03 07:02:00.000000', '2026-01-03 07:02:30.000000'),
    ('a-playlist', 'hips', 'pigeon', 'left', 1, 'done', 30.0, 30.0, NULL,
     '2026-01-04 07:01:00.000000', '2026-01-04 07:01:30.000000'),
    ('a-playlist', 'scorpion-stretch', 'foot-reach', 'left', 1, 'done', 30.0, 30.0, NULL,
     '2026-01-04 07:02:00.000000', '2026-01-04 07:02:30.000000'),
    ('unknown-mix', 'hips', 'pigeon', 'left', 1, 'done', 30.0, 30.0, NULL,
     '2026-01-05 07:01:00.000000', '2026-01-05 07:01:30.000000'),
    ('unknown-mix', 'scorpion-stretch', 'foot-reach', 'left', 1, 'skipped', 30.0, 3.0, NULL,
     '2026-01-05 07:02:00.000000', '2026-01-05 07:02:03.000000');
"""


def test_revision_0004_derives_the_routine_or_playlist_of_older_sessions(paths: DataPaths) -> None:
    migrate.upgrade(paths.database, "0003")
    conn = sqlite3.connect(paths.database)
    conn.executescript(ROWS_0003 + _SESSIONS_TO_DERIVE)
    conn.close()
    migrate.upgrade(paths.database)
    conn = sqlite3.connect(paths.database)
    try:
        played = {
            row[0]: row[1:]
            for row in conn.execute("SELECT id, routine_id, playlist_id, pain, effort, level FROM sessions")
        }
    finally:
        conn.close()
    assert played == {
        "s-1": ("hips", None, None, None, None),
        "one-routine": ("hips", None, None, None, None),
        "a-playlist": (None, "wu", None, None, None),  # two routines, and a playlist of that title
        "unknown-mix": (None, None, None, None, None),  # two routines, no playlist of that title
        "no-steps": (None, None, None, None, None),
    }


def test_revision_0004_refuses_feelings_outside_the_scale(paths: DataPaths) -> None:
    migrate.upgrade(paths.database)
    conn = sqlite3.connect(paths.database)
    try:
        conn.execute(
            "INSERT INTO sessions (id, title, started_at, pain, effort) VALUES ('ok', 'x', '2026-01-01', 0, 10)"
        )
        for column, value in (("pain", 11), ("effort", -1), ("level", 0)):
            with pytest.raises(sqlite3.IntegrityError, match=column):
                conn.execute(
                    f"INSERT INTO sessions (id, title, started_at, {column}) VALUES ('bad', 'x', '2026-01-01', ?)",
                    (value,),
                )
        with pytest.raises(sqlite3.IntegrityError, match="kind"):
            conn.execute(
                "INSERT INTO level_events (routine_id, at, kind, to_level) VALUES ('r', '2026-01-01', 'x', 2)"
            )
    finally:
        conn.close()


def test_downgrading_from_0004_keeps_the_sessions_and_drops_only_what_it_added(paths: DataPaths) -> None:
    migrate.upgrade(paths.database, "0003")
    conn = sqlite3.connect(paths.database)
    conn.executescript(ROWS_0003 + _SESSIONS_TO_DERIVE)
    conn.close()
    migrate.upgrade(paths.database)
    migrate.downgrade(paths.database, "0003")
    assert columns(paths.database, "sessions") == {"id", "title", "started_at", "ended_at", "note"}
    conn = sqlite3.connect(paths.database)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "level_events" not in tables
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 5
    finally:
        conn.close()


def test_downgrade_and_upgrade_again_keeps_the_data(paths: DataPaths) -> None:
    migrate.upgrade(paths.database, "0001")
    conn = sqlite3.connect(paths.database)
    conn.executescript(ROWS_0001)
    conn.close()
    migrate.upgrade(paths.database)
    migrate.downgrade(paths.database, "0001")
    assert "note" not in columns(paths.database, "sessions")
    migrate.upgrade(paths.database)
    with open_store(paths) as store:
        assert store.history.count() == 2 and store.favourites.contains("hips", "pigeon")


def test_downgrading_from_0003_drops_only_the_blocks(paths: DataPaths) -> None:
    migrate.upgrade(paths.database, "0002")
    conn = sqlite3.connect(paths.database)
    conn.executescript(ROWS_0002)
    conn.close()
    with open_store(paths) as store:
        playlist = store.playlists.get("wu")
        assert playlist is not None
        store.playlists.save(dataclasses.replace(playlist, blocks=(Block(0, 1, 2),)))
    migrate.downgrade(paths.database, "0002")
    assert "blocks" not in columns(paths.database, "playlists")
    migrate.upgrade(paths.database)
    with open_store(paths) as store:
        assert store.playlists.get("wu") == playlist  # items kept, blocks gone with the column


def test_a_failing_upgrade_changes_nothing(paths: DataPaths) -> None:
    """Migrations run in one transaction: 0002 fails half-way and its first change is undone."""
    migrate.upgrade(paths.database, "0001")
    conn = sqlite3.connect(paths.database)
    conn.executescript(ROWS_0001)
    conn.execute("CREATE INDEX ix_step_records_started_at ON step_records (ended_at)")  # name clash
    conn.close()
    with pytest.raises(MigrationError, match="Could not upgrade"):
        open_store(paths)
    assert revision_of(paths.database) == "0001"
    assert "note" not in columns(
        paths.database, "sessions"
    )  # the add_column before the failure was rolled back
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM step_records").fetchone()[0] == 2
    conn.close()


def test_a_newer_database_is_refused_and_left_untouched(paths: DataPaths) -> None:
    with open_store(paths) as store:
        sid = store.history.start_session("from the future")
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    conn.close()
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    backups_before = list_backups(paths.backups)

    with pytest.raises(NewerDatabaseError) as refused:
        open_store(paths)
    message = str(refused.value)
    assert "newer version of Supple" in message and "f00dcafe" in message and "read-only" in message
    assert refused.value.revision == "f00dcafe"
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    assert list_backups(paths.backups) == backups_before
    assert not (paths.root / MARKER_NAME).exists()

    with open_store(paths, read_only=True) as ro:
        assert ro.revision == "f00dcafe" and ro.read_only
        assert [s.id for s in ro.history.sessions()] == [sid]
        with pytest.raises(ReadOnlyStoreError):
            ro.history.start_session("no")
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("start", KNOWN_REVISIONS[:-1])
def test_an_older_database_can_be_read_only_without_upgrading_it(paths: DataPaths, start: str) -> None:
    migrate.upgrade(paths.database, start)
    conn = sqlite3.connect(paths.database)
    conn.executescript(ROWS_BY_REVISION[start])
    conn.close()
    with open_store(paths, read_only=True) as ro:
        assert ro.revision == start
        (session,) = ro.history.sessions()
        assert session.note == NOTE_BY_REVISION[start] and ro.history.count() == 2
        playlist = ro.playlists.get("wu")  # no blocks column yet: read as no blocks
        assert playlist is not None and len(playlist.items) == 2 and playlist.blocks == ()
        assert ro.playlists.entries() == [playlist]
        # no level_events yet: no level, and nothing to weigh for a suggestion
        assert ro.levels.current("hips") is None and ro.levels.events("hips") == []
        assert ro.levels.since_level_set("hips", 1) == ([], [])
        assert ro.loop_marks.get("a" * 64) is None and ro.loop_marks.read_only  # no table yet
    assert revision_of(paths.database) == start


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_the_schema_the_models_need_at_each_revision_is_what_its_migrations_create(
    tmp_path: Path, revision: str
) -> None:
    """`required_schema` (the models less `COLUMNS_ADDED` by later revisions) matches every revision."""
    from desktop.store.schema import required_schema

    db = tmp_path / f"at-{revision}.sqlite3"
    migrate.upgrade(db, revision)
    conn = sqlite3.connect(db)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        actual = {t: columns(db, t) for t in tables - {"alembic_version", "sqlite_sequence"}}
    finally:
        conn.close()
    assert actual == required_schema(revision)


def test_revision_0005_keeps_reminders_and_downgrading_drops_only_them(paths: DataPaths) -> None:
    from datetime import time

    from desktop.domain.reminders import Reminder, TargetKind

    migrate.upgrade(paths.database, "0004")
    conn = sqlite3.connect(paths.database)
    conn.executescript(ROWS_0004)
    conn.close()
    with open_store(paths) as store:
        assert store.reminders.entries() == []
        saved = store.reminders.set(Reminder(TargetKind.ROUTINE, "hips", frozenset({0, 2, 4}), time(7, 30)))
        assert saved.id > 0 and store.reminders.entries() == [saved]
    conn = sqlite3.connect(paths.database)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO reminders VALUES (9, 'routine', 'x', 0, 60, '2026-01-01 00:00:00')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO reminders VALUES (9, 'routine', 'x', 1, 1440, '2026-01-01 00:00:00')")
    conn.close()
    migrate.downgrade(paths.database, "0004")
    conn = sqlite3.connect(paths.database)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "reminders" not in tables and "level_events" in tables
    finally:
        conn.close()
    with open_store(paths, read_only=True) as ro:  # read-only, below 0005: no reminders, no error
        assert ro.reminders.entries() == [] and ro.history.count() == 2
