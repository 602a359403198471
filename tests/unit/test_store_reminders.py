"""Reminders in the store: one per routine or playlist, set again to change, removed."""

from __future__ import annotations

from datetime import time

import pytest

from desktop.domain.reminders import EVERY_DAY, Reminder, TargetKind
from desktop.store import ReadOnlyStoreError, Store, open_store
from desktop.store.reminders import days_mask, mask_days


def test_set_get_replace_and_remove(store: Store) -> None:
    morning = store.reminders.set(Reminder(TargetKind.ROUTINE, "hips", frozenset({0, 4}), time(7, 30)))
    evening = store.reminders.set(Reminder(TargetKind.PLAYLIST, "hips", EVERY_DAY, time(19, 5)))
    assert store.reminders.get(TargetKind.ROUTINE, "hips") == morning
    assert (morning.days, morning.at, morning.kind) == (frozenset({0, 4}), time(7, 30), TargetKind.ROUTINE)
    assert store.reminders.entries() == [morning, evening]  # by time of day
    later = store.reminders.set(Reminder(TargetKind.ROUTINE, "hips", frozenset({6}), time(20, 0)))
    assert later.id == morning.id and store.reminders.entries() == [evening, later]
    assert store.reminders.remove(TargetKind.ROUTINE, "hips")
    assert not store.reminders.remove(TargetKind.ROUTINE, "hips")
    assert store.reminders.entries() == [evening]


def test_a_read_only_store_refuses_to_write_reminders(store: Store, paths) -> None:
    store.reminders.set(Reminder(TargetKind.ROUTINE, "hips", EVERY_DAY, time(7, 0)))
    with open_store(paths, read_only=True) as ro:
        assert [r.target_id for r in ro.reminders.entries()] == ["hips"]
        with pytest.raises(ReadOnlyStoreError):
            ro.reminders.set(Reminder(TargetKind.ROUTINE, "x", EVERY_DAY, time(7, 0)))


def test_days_as_a_bit_mask_round_trip() -> None:
    for days in (frozenset({0}), frozenset({6}), frozenset({1, 3, 5}), EVERY_DAY):
        assert mask_days(days_mask(days)) == days
    assert days_mask(EVERY_DAY) == 127
