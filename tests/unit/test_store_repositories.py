"""Repositories against a real SQLite file: domain values in, equal domain values out."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.domain import (
    Block,
    Outcome,
    Playlist,
    PlaylistItem,
    Routine,
    Segment,
    SessionRecord,
    Side,
    Sides,
    Step,
    StepOverrides,
)
from desktop.domain.overrides import decode_overrides, encode_overrides
from desktop.paths import DataPaths, data_paths
from desktop.store import (
    HistoryEntry,
    Origin,
    ReadOnlyStoreError,
    Store,
    open_store,
)
from desktop.store.repositories import decode_blocks, encode_blocks
from desktop.store.store import MARKER_NAME

T0 = datetime(2026, 5, 9, 7, 30, tzinfo=UTC)


def routine(rid: str = "hips", title: str = "Open hips", tags: tuple[str, ...] = ("hips",)) -> Routine:
    step = Step(id="pigeon", title="Pigeon", clip="c1", hold=30.0)
    return Routine(id=rid, title=title, steps=(step,), tags=tags, source=Path(f"/routines/{rid}.supple.json"))


def record(session_id: str, n: int, start: datetime = T0, **changes: object) -> SessionRecord:
    base = SessionRecord(
        routine_id="hips",
        step_id=f"step-{n}",
        side=Side.LEFT if n % 2 else Side.RIGHT,
        set_index=n % 3 + 1,
        outcome=Outcome.DONE if n % 4 else Outcome.SKIPPED,
        planned_seconds=30.0 + n,
        actual_seconds=29.25 + n,
        reps=None if n % 2 else n,
        started_at=start + timedelta(seconds=40 * n),
        ended_at=start + timedelta(seconds=40 * n + 30),
        session_id=session_id,
    )
    return dataclasses.replace(base, **changes)


@pytest.fixture
def paths() -> DataPaths:
    return data_paths().ensure()


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    s = open_store(paths)
    yield s
    s.close()


# -- library -------------------------------------------------------------------------------------


def test_library_round_trips_entries_and_keeps_the_first_added_time(store: Store) -> None:
    first = store.library.add(routine(), Origin.BUNDLED)
    assert first.id == "hips" and first.origin is Origin.BUNDLED
    assert first.source == Path("/routines/hips.supple.json")
    assert first.tags == ("hips",)
    assert first.added_at.tzinfo is not None

    again = store.library.add(
        routine(title="Open hips 2", tags=("hips", "floor")), Origin.IMPORTED, Path("/x.json")
    )
    assert again.added_at == first.added_at
    assert store.library.get("hips") == again
    assert (
        again.title == "Open hips 2" and again.tags == ("hips", "floor") and again.source == Path("/x.json")
    )
    assert store.library.get("nope") is None


def test_library_lists_by_title_and_filters_by_origin(store: Store) -> None:
    store.library.add(routine("b", "Bravo"), Origin.IMPORTED)
    store.library.add(routine("a", "Alpha"), Origin.BUNDLED)
    assert [e.id for e in store.library.entries()] == ["a", "b"]
    assert [e.id for e in store.library.entries(Origin.IMPORTED)] == ["b"]
    assert store.library.remove("b") is True
    assert store.library.remove("b") is False
    assert [e.id for e in store.library.entries()] == ["a"]


# -- favourites ----------------------------------------------------------------------------------


def test_a_whole_routine_is_a_favourite_once_even_though_its_step_id_is_null(store: Store) -> None:
    store.library.add(routine(), Origin.BUNDLED)
    assert store.favourites.add("hips") is True
    assert store.favourites.add("hips") is False
    assert store.favourites.add("hips", "pigeon") is True
    assert store.favourites.add("hips", "pigeon") is False
    assert [(f.routine_id, f.step_id) for f in store.favourites.entries()] == [
        ("hips", None),
        ("hips", "pigeon"),
    ]
    assert store.favourites.contains("hips") and store.favourites.contains("hips", "pigeon")
    assert not store.favourites.contains("hips", "other")


def test_removing_a_favourite_step_keeps_the_routine_favourite(store: Store) -> None:
    store.library.add(routine(), Origin.BUNDLED)
    store.favourites.add("hips")
    store.favourites.add("hips", "pigeon")
    assert store.favourites.remove("hips", "pigeon") is True
    assert store.favourites.contains("hips")
    assert not store.favourites.contains("hips", "pigeon")


def test_favourites_need_a_library_routine_and_go_when_it_goes(store: Store) -> None:
    with pytest.raises(IntegrityError):
        store.favourites.add("unknown")
    store.library.add(routine(), Origin.BUNDLED)
    store.favourites.add("hips", "pigeon")
    store.library.remove("hips")
    assert store.favourites.entries() == []


# -- playlists -----------------------------------------------------------------------------------

FULL_OVERRIDES = StepOverrides(
    hold=45.0,
    reps=8,
    rep_seconds=2.5,
    sets=3,
    sides=Sides.BOTH,
    rest=10.0,
    speed=0.75,
    mirror_side=Side.RIGHT,
    segment=Segment(1.5, 4.25),
)


def test_overrides_encode_only_what_is_set_and_decode_back() -> None:
    assert encode_overrides(StepOverrides()) == {}
    assert encode_overrides(StepOverrides(sets=2)) == {"sets": 2}
    data = encode_overrides(FULL_OVERRIDES)
    assert data["segment"] == [1.5, 4.25] and data["sides"] == "both" and data["mirror_side"] == "right"
    assert decode_overrides(data, strict=False) == FULL_OVERRIDES
    assert decode_overrides({"sets": 2, "from_a_newer_supple": True}, strict=False) == StepOverrides(sets=2)


def test_playlists_round_trip_items_in_order_with_overrides(store: Store) -> None:
    playlist = Playlist(
        id="warm-up",
        title="Warm-up",
        items=(
            PlaylistItem("hips", "pigeon", FULL_OVERRIDES, rounds=2),
            PlaylistItem("spine"),
            PlaylistItem("hips", "frog", StepOverrides(hold=20.0)),
        ),
    )
    store.playlists.save(playlist)
    assert store.playlists.get("warm-up") == playlist

    reordered = dataclasses.replace(playlist, title="Warm-up (short)", items=playlist.items[::-1][:2])
    store.playlists.save(reordered)
    assert store.playlists.get("warm-up") == reordered
    assert store.playlists.get("missing") is None


def test_playlists_round_trip_their_blocks(store: Store, paths: DataPaths) -> None:
    items = tuple(PlaylistItem("hips", f"step-{n}") for n in range(5))
    playlist = Playlist("circuit", "Circuit", items, blocks=(Block(0, 1, 3), Block(3, 4, 2)))
    store.playlists.save(playlist)
    assert store.playlists.get("circuit") == playlist
    assert store.playlists.entries() == [playlist]

    # saving again replaces the blocks, down to none
    regrouped = dataclasses.replace(playlist, blocks=(Block(1, 3, 100),))
    store.playlists.save(regrouped)
    assert store.playlists.get("circuit") == regrouped
    store.playlists.save(dataclasses.replace(playlist, blocks=()))
    assert store.playlists.get("circuit") == dataclasses.replace(playlist, blocks=())

    # and they are there for a read-only open too
    store.playlists.save(playlist)
    with open_store(paths, read_only=True) as ro:
        assert ro.playlists.get("circuit") == playlist


def test_blocks_encode_as_json_and_decode_back() -> None:
    blocks = (Block(0, 1, 3), Block(4, 4, 2))
    assert encode_blocks(blocks) == [
        {"first": 0, "last": 1, "rounds": 3},
        {"first": 4, "last": 4, "rounds": 2},
    ]
    assert decode_blocks(encode_blocks(blocks)) == blocks
    assert decode_blocks([]) == () and decode_blocks(None) == ()
    assert decode_blocks([{"first": 0, "last": 2, "rounds": 2, "from_a_newer_supple": True}]) == (
        Block(0, 2),
    )


def test_playlists_list_and_remove(store: Store) -> None:
    store.playlists.save(Playlist("b", "Bravo", (PlaylistItem("x"),)))
    store.playlists.save(Playlist("a", "Alpha"))
    assert [(p.id, len(p.items)) for p in store.playlists.entries()] == [("a", 0), ("b", 1)]
    assert store.playlists.remove("b") is True
    assert store.playlists.remove("b") is False
    assert [p.id for p in store.playlists.entries()] == ["a"]


# -- history -------------------------------------------------------------------------------------


def test_step_records_round_trip_as_equal_domain_values(store: Store) -> None:
    sid = store.history.start_session("Open hips", started_at=T0)
    records = [record(sid, n) for n in range(6)]
    ids = [store.history.record_step(r) for r in records]
    assert ids == sorted(ids) and len(set(ids)) == 6

    entry = store.history.get(ids[2])
    assert isinstance(entry, HistoryEntry)
    assert entry.record == records[2]
    assert entry.session_title == "Open hips" and entry.session_started_at == T0
    assert [e.record for e in store.history.entries(newest_first=False)] == records
    assert [e.id for e in store.history.entries(limit=2)] == ids[::-1][:2]
    assert store.history.count() == 6 and store.history.count_sessions() == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.record.step_id = "x"


def test_times_come_back_as_the_same_instant_in_utc(store: Store) -> None:
    sid = store.history.start_session("tz", started_at=T0)
    plus2 = timezone(timedelta(hours=2))
    local_start = datetime(2026, 5, 9, 9, 30, 0, 123456, tzinfo=plus2)
    rid = store.history.record_step(record(sid, 1, started_at=local_start))
    entry = store.history.get(rid)
    assert entry is not None
    assert entry.record.started_at == local_start
    assert entry.record.started_at.tzinfo == UTC
    assert entry.record.started_at.hour == 7 and entry.record.started_at.microsecond == 123456


def test_sessions_end_with_a_note_and_list_newest_first(store: Store) -> None:
    older = store.history.start_session("Older", started_at=T0)
    newer = store.history.start_session("Newer", started_at=T0 + timedelta(days=1))
    store.history.end_session(older, ended_at=T0 + timedelta(minutes=20), note="felt stiff")
    assert [s.id for s in store.history.sessions()] == [newer, older]
    ended = store.history.session(older)
    assert ended is not None
    assert ended.ended_at == T0 + timedelta(minutes=20) and ended.note == "felt stiff"
    assert store.history.session(newer) is not None and store.history.session(newer).ended_at is None
    with pytest.raises(KeyError):
        store.history.end_session("no-such-session")


def test_a_session_records_what_it_played_and_how_it_felt(store: Store) -> None:
    played = store.history.start_session("Scorpion", started_at=T0, routine_id="scorpion", level=3)
    listed = store.history.start_session("Warm-up", started_at=T0, playlist_id="wu")
    note = "Right hip 🙂 " + "שלום " + "x" * 10_000
    store.history.set_feeling(played, pain=0, effort=10, note=note)
    got = store.history.session(played)
    assert got is not None
    assert (got.routine_id, got.playlist_id, got.level, got.pain, got.effort) == ("scorpion", None, 3, 0, 10)
    assert got.note == note  # kept exactly, any length or script
    other = store.history.session(listed)
    assert other is not None and (other.routine_id, other.playlist_id, other.pain) == (None, "wu", None)
    store.history.set_feeling(played, pain=None, effort=4, note="")  # answers can be changed or cleared
    got = store.history.session(played)
    assert got is not None and (got.pain, got.effort, got.note) == (None, 4, None)


@pytest.mark.parametrize(("pain", "effort"), [(11, None), (None, -1), (True, None)])
def test_feelings_outside_the_scale_are_refused(store: Store, pain: Any, effort: Any) -> None:
    sid = store.history.start_session("S", started_at=T0)
    with pytest.raises(ValueError, match="0 to 10"):
        store.history.set_feeling(sid, pain=pain, effort=effort, note=None)
    with pytest.raises(KeyError):
        store.history.set_feeling("no-such-session", pain=1, effort=1, note=None)


def test_a_session_plays_a_routine_or_a_playlist_not_both(store: Store) -> None:
    with pytest.raises(ValueError, match="not both"):
        store.history.start_session("S", routine_id="r", playlist_id="p")


def test_entries_filter_by_session(store: Store) -> None:
    a = store.history.start_session("A", started_at=T0)
    b = store.history.start_session("B", started_at=T0)
    store.history.record_step(record(a, 1))
    store.history.record_step(record(b, 2))
    store.history.record_step(record(b, 3))
    assert {e.record.step_id for e in store.history.entries(b)} == {"step-2", "step-3"}


def test_a_step_record_needs_an_existing_session(store: Store) -> None:
    with pytest.raises(ValueError, match="session"):
        store.history.record_step(record("", 1))
    with pytest.raises(IntegrityError):
        store.history.record_step(record("not-a-session", 1))
    assert store.history.count() == 0


def test_iter_entries_pages_through_equal_start_times_without_loss(store: Store) -> None:
    sid = store.history.start_session("same time", started_at=T0)
    ids = [store.history.record_step(record(sid, n, started_at=T0, ended_at=T0)) for n in range(7)]
    ids += [store.history.record_step(record(sid, n)) for n in range(7, 12)]
    seen = [e.id for e in store.history.iter_entries(batch_size=3)]
    assert seen == ids


# -- the store's life cycle ----------------------------------------------------------------------


def test_the_marker_exists_while_open_and_goes_at_close(paths: DataPaths) -> None:
    marker = paths.root / MARKER_NAME
    store = open_store(paths)
    assert marker.exists()
    store.close()
    assert not marker.exists()
    store.close()  # twice is harmless


def test_read_only_reads_everything_and_changes_nothing(paths: DataPaths) -> None:
    with open_store(paths) as store:
        store.library.add(routine(), Origin.BUNDLED)
        sid = store.history.start_session("s", started_at=T0)
        store.history.record_step(record(sid, 1))
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()

    with open_store(paths, read_only=True) as ro:
        assert ro.read_only
        assert ro.history.count() == 1 and ro.library.get("hips") is not None
        with pytest.raises(ReadOnlyStoreError):
            ro.history.record_step(record(sid, 2))
        with pytest.raises(ReadOnlyStoreError):
            ro.favourites.add("hips")
        with pytest.raises(ReadOnlyStoreError):
            ro.history_writer()
        assert not (paths.root / MARKER_NAME).exists()
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
