"""What goes wrong in a routine file, said so that the person who wrote it can fix it."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.messages import Message, message, text

#: A place inside a JSON document: object keys and list indexes, outermost first.
JsonPath = tuple[str | int, ...]

ROOT = "(top level)"
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")

#: Characters that change how the text around them is displayed: the bidirectional embeddings,
#: overrides and isolates, and the marks ALM, LRM and RLM.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_UNSHOWN_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})  # controls, lone surrogates, line separators
_ALL_PLAIN = re.compile(r"[ -~]*")


def escaped(text: str) -> str:
    """`text` safe to show on one line: controls, line and paragraph separators (U+0085, U+2028,
    U+2029), lone surrogates and bidirectional controls are written as `\\uXXXX` escapes.

    Every problem goes through it, so a message stays one line that prints on any terminal and
    cannot reorder the text around it.
    """
    if _ALL_PLAIN.fullmatch(text):
        return text
    return "".join(
        f"\\u{ord(c):04x}" if c in BIDI_CONTROLS or unicodedata.category(c) in _UNSHOWN_CATEGORIES else c
        for c in text
    )


def format_path(path: JsonPath) -> str:
    """`("steps", 2, "hold")` -> `steps[2].hold`; the root is `(top level)`."""
    if not path:
        return ROOT
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.fullmatch(part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return escaped(out)


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem: the file, where in it (`steps[2].hold`; empty for the file as a whole) and what.

    `message` is the English (the command line's); `note` the same as a `Message`, which the window
    translates (made with a text alone, `note` shows that text as it is). `Problem.of` makes both.
    """

    file: Path
    path: str
    message: str
    note: Message | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", escaped(self.path))
        object.__setattr__(self, "message", escaped(self.message))
        if self.note is None:
            object.__setattr__(self, "note", text(self.message))

    @classmethod
    def of(cls, file: Path, path: str, note: str | Message) -> Problem:
        return cls(file, path, str(note), text(note))

    @property
    def said(self) -> Message:
        """`note`, never None (for the type checker: __post_init__ sets it)."""
        return self.note if self.note is not None else text(self.message)

    @property
    def whole(self) -> Message:
        """The problem with its file and place, as `str(problem)` says it."""
        file = escaped(str(self.file))
        if self.path:
            return message("problem.at", file=file, path=self.path, text=self.said)
        return message("problem.file", file=file, text=self.said)

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{escaped(str(self.file))}: {where}{self.message}"


class RoutineError(Exception):
    """A routine file that cannot be used; `problems` lists everything found, in file order."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        if not problems:
            raise ValueError("a RoutineError needs at least one problem")
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[RoutineError], tuple[list[Problem]]]:
        return (RoutineError, (self.problems,))


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem found while checking a document, before it is sorted into file order."""

    path: JsonPath
    message: Message


def file_problem(file: Path, message: str | Message) -> RoutineError:
    """An error about the file as a whole (cannot be read, not JSON, ...)."""
    return RoutineError([Problem.of(file, "", message)])


def sorted_problems(file: Path, document: object, findings: Iterable[Finding]) -> list[Problem]:
    """Problems in the order their places appear in the file, without repeats."""
    unique = dict.fromkeys(findings)
    key_order: dict[int, dict[str, int]] = {}  # per object (by id), each key's place in the file
    ordered = sorted(unique, key=lambda f: (_position(document, f.path, key_order), str(f.message)))
    return [Problem.of(file, format_path(f.path), f.message) for f in ordered]


def _position(document: object, path: JsonPath, key_order: dict[int, dict[str, int]]) -> tuple[int, ...]:
    """Where a path sits in the file: list indexes, and each key's index among its object's keys.

    A key that is missing (a required field) sorts first within its object, so problems
    with an object as a whole come before problems with its fields.
    """
    position: list[int] = []
    node: object = document
    for part in path:
        if isinstance(part, int):
            position.append(part)
            node = node[part] if isinstance(node, list) and part < len(node) else None
        elif isinstance(node, dict) and part in node:
            order = key_order.get(id(node))
            if order is None:
                order = key_order[id(node)] = {key: i for i, key in enumerate(node)}
            position.append(order[part])
            node = node[part]
        else:
            position.append(-1)
            node = None
    return tuple(position)
