"""PySide6 6.12.0 dropped a reference to None on every call of a void method (docs/DESIGN.md)."""

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_leak_references_to_none(qapp) -> None:
    obj = QObject()
    obj.setObjectName("warm-up")  # first call may intern things
    before = sys.getrefcount(None)
    for _ in range(10_000):
        obj.setObjectName("x")  # returns void
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references over 10,000 void calls"
