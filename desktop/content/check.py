"""The body of `supple check FILE...`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from desktop.content.problems import RoutineError, escaped
from desktop.content.routine import load_routine
from desktop.content.semantics import probing_clips


def check_files(paths: Iterable[str | os.PathLike[str]], out: TextIO) -> int:
    """Print "path: OK (title, N steps)" or each problem for every file; 0 if all are valid, else 1.

    Like every problem, the OK line shows bidirectional marks and isolates as escapes: a title may
    hold them, but they must not reorder the line around it.
    """
    status = 0
    for path in map(Path, paths):
        try:
            with probing_clips():  # read every clip's length (all containers), off any GUI
                routine = load_routine(path)
        except RoutineError as e:
            status = 1
            out.writelines(f"{problem}\n" for problem in e.problems)
        else:
            count = len(routine.steps)
            steps = f"{count} step{'s' if count != 1 else ''}"
            out.write(escaped(f"{path}: OK ({routine.title}, {steps})") + "\n")
    return status
