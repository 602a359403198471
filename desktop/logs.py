"""Logging to a rotating file in the data folder's log directory (Qt-free)."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from desktop.paths import DataPaths

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(paths: DataPaths, *, verbose: bool = False) -> logging.Handler:
    """Log INFO and above to supple.log (1 MB, 3 kept) and warnings to stderr."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if sys.stderr is not None:  # None under pythonw / a Windows gui-script
        console = logging.StreamHandler()
        console.setLevel(logging.DEBUG if verbose else logging.WARNING)
        console.setFormatter(logging.Formatter("supple: %(levelname)s: %(message)s"))
        root.addHandler(console)
    return handler
