"""Logging to a rotating file in the data folder's log directory (Qt-free)."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from desktop.paths import DataPaths

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(paths: DataPaths, *, verbose: bool = False) -> logging.Handler:
    """Log INFO and above to supple.log (1 MB, 3 kept) and warnings to stderr."""
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
    root.addHandler(handler)
    if sys.stderr is not None:  # None under pythonw / a Windows gui-script
        console = logging.StreamHandler()
        console.setLevel(logging.DEBUG if verbose else logging.WARNING)
        console.setFormatter(logging.Formatter("supple: %(levelname)s: %(message)s"))
        root.addHandler(console)
    if unwritable:
        root.warning("%s: messages go to the terminal only", unwritable)
    return handler
