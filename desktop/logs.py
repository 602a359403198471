"""Logging to a rotating file in the data folder's log directory (Qt-free)."""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from desktop.paths import DataPaths

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
#: The same message is written at most this many times per REPEAT_WINDOW_S ...
REPEAT_LIMIT = 5
#: ... after which its copies are only counted, and the count is written once the window is over.
REPEAT_WINDOW_S = 60.0
#: Messages whose repeats are tracked; the least recent beyond this are forgotten.
TRACKED_MESSAGES = 1000


@dataclass
class _Seen:
    since: float  # start of the current window
    written: int = 0
    dropped: int = 0


class RepeatFilter(logging.Filter):
    """Collapses identical repeated records on one handler: each message (same logger, level and
    text) is written at most `limit` times per `window` seconds; the rest are counted, and one
    "repeated K more times" line is written when the window is over (with the next record to
    reach the handler, or at `flush`). A log that repeats a line several times a second (a clip
    that keeps failing) would otherwise push everything else out of the rotating file.
    """

    def __init__(
        self,
        handler: logging.Handler,
        limit: int = REPEAT_LIMIT,
        window: float = REPEAT_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._handler = handler
        self.limit = limit
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: OrderedDict[tuple[str, int, str], _Seen] = OrderedDict()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "repeat_summary", False):
            return True
        key = (record.name, record.levelno, record.getMessage())
        now = self._clock()
        with self._lock:
            due = self._take_due(now)
            seen = self._seen.get(key)
            if seen is None or now - seen.since >= self.window:
                seen = self._seen[key] = _Seen(since=now)
                while len(self._seen) > TRACKED_MESSAGES:
                    self._seen.popitem(last=False)
            self._seen.move_to_end(key)
            seen.written += 1
            keep = seen.written <= self.limit
            if not keep:
                seen.dropped += 1
        self._write(due)
        return keep

    def flush(self) -> None:
        """Write the counts of every message dropped so far (at exit)."""
        with self._lock:
            due = self._take_due(None)
        self._write(due)

    def _write(self, summaries: list[logging.LogRecord]) -> None:
        handler = self._handler
        if getattr(handler, "_closed", False):  # removed and closed (tests, a second set-up)
            return
        for summary in summaries:
            if summary.levelno >= handler.level:  # loggers check this, and these bypass them
                handler.handle(summary)

    def _take_due(self, now: float | None) -> list[logging.LogRecord]:
        """Summaries of windows that are over (all, when `now` is None); their counts are reset."""
        due = []
        for (name, level, message), seen in list(self._seen.items()):
            if seen.dropped and (now is None or now - seen.since >= self.window):
                record = logging.LogRecord(
                    name,
                    level,
                    __file__,
                    0,
                    "%s (repeated %d more times in %.0f s, not written)",
                    (message, seen.dropped, self.window),
                    None,
                )
                record.repeat_summary = True
                due.append(record)
                seen.dropped = 0
                if now is not None:
                    del self._seen[(name, level, message)]
        return due


def setup_logging(paths: DataPaths, *, verbose: bool = False) -> logging.Handler:
    """Log INFO and above to supple.log (1 MB, 3 kept) and warnings to stderr; repeats collapsed."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler: logging.Handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        with open(paths.log_file, "a", encoding="utf-8"):
            pass
    except OSError as exc:  # a read-only data folder: Supple still runs and shows history
        handler = logging.NullHandler()
        unwritable = f"the log {paths.log_file} cannot be written ({exc.strerror})"
    else:
        unwritable = ""
    handler.setFormatter(logging.Formatter(FORMAT))
    _add_repeat_filter(handler)
    root.addHandler(handler)
    if sys.stderr is not None:  # None under pythonw / a Windows gui-script
        console = logging.StreamHandler()
        console.setLevel(logging.DEBUG if verbose else logging.WARNING)
        console.setFormatter(logging.Formatter("supple: %(levelname)s: %(message)s"))
        _add_repeat_filter(console)
        root.addHandler(console)
    if unwritable:
        root.warning("%s: messages go to the terminal only", unwritable)
    return handler


def _add_repeat_filter(handler: logging.Handler) -> None:
    repeats = RepeatFilter(handler)
    handler.addFilter(repeats)
    atexit.register(repeats.flush)  # before logging's own shutdown, which was registered first
