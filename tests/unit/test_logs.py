"""Repeated log lines are collapsed: at most REPEAT_LIMIT of a message a minute, then a count."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop.logs import REPEAT_LIMIT, REPEAT_WINDOW_S, RepeatFilter, setup_logging
from desktop.paths import data_paths


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class ListHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.name}: {record.getMessage()}")


@pytest.fixture
def logged() -> tuple[logging.Logger, ListHandler, RepeatFilter, FakeClock]:
    clock = FakeClock()
    handler = ListHandler()
    repeats = RepeatFilter(handler, limit=3, window=60.0, clock=clock)
    handler.addFilter(repeats)
    log = logging.getLogger("supple.test.repeats")
    log.propagate = False
    log.setLevel(logging.DEBUG)
    log.addHandler(handler)
    yield log, handler, repeats, clock
    log.removeHandler(handler)


def test_a_message_repeated_many_times_is_written_limit_times_a_window_then_counted(logged) -> None:
    log, handler, repeats, clock = logged
    start = clock.now
    for i in range(7 * 120):  # what a clip that restarts every ~135 ms wrote: 7 lines a second
        clock.now = start + i / 7
        log.info("libVLC reached the end of %s; restarting", "/clips/a.mp4")
    repeats.flush()

    line = "INFO supple.test.repeats: libVLC reached the end of /clips/a.mp4; restarting"
    summary = f"{line} (repeated 417 more times in 60 s, not written)"
    assert handler.lines == [line] * 3 + [summary] + [line] * 3 + [summary]


def test_the_count_comes_when_the_window_is_over_and_then_the_message_is_written_again(logged) -> None:
    log, handler, _, clock = logged
    for _ in range(10):
        log.warning("no new frame")
    clock.now += 59.0
    log.warning("no new frame")
    assert len(handler.lines) == 3  # still inside the window: counted

    clock.now += 1.0
    log.warning("no new frame")

    assert handler.lines[3:] == [
        "WARNING supple.test.repeats: no new frame (repeated 8 more times in 60 s, not written)",
        "WARNING supple.test.repeats: no new frame",
    ]


def test_different_messages_levels_and_loggers_are_counted_apart(logged) -> None:
    log, handler, _, _ = logged
    other = logging.getLogger("supple.test.repeats.other")
    for n in range(5):
        log.info("frame %d", n)  # different text each time: all written
        log.info("same")
        log.warning("same")
        other.info("same")

    assert len(handler.lines) == 5 + 3 + 3 + 3


def test_flush_writes_the_counts_still_pending(logged) -> None:
    log, handler, repeats, _ = logged
    for _ in range(5):
        log.error("cannot save")

    repeats.flush()
    repeats.flush()

    assert handler.lines[3:] == [
        "ERROR supple.test.repeats: cannot save (repeated 2 more times in 60 s, not written)"
    ]


def test_setup_logging_collapses_repeats_in_the_log_file(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    handler = setup_logging(data_paths(tmp_path))
    try:
        for _ in range(50):
            logging.getLogger("supple.test.file").info("the same line")
        handler.flush()
        lines = data_paths(tmp_path).log_file.read_text(encoding="utf-8").splitlines()
    finally:
        for added in [h for h in root.handlers if h not in before]:
            root.removeHandler(added)
            added.close()

    assert sum("the same line" in line for line in lines) == REPEAT_LIMIT
    assert REPEAT_WINDOW_S == 60.0


def test_counts_respect_the_handler_level_and_a_closed_handler_gets_nothing(logged) -> None:
    log, handler, repeats, _ = logged
    handler.setLevel(logging.WARNING)
    for _ in range(5):
        log.info("quiet")  # below the handler's level: the logger never hands it over
        log.warning("loud")

    handler.close()
    repeats.flush()

    assert handler.lines == ["WARNING supple.test.repeats: loud"] * 3
