"""Checks on every text in a routine or playlist file that JSON and the schema let through.

JSON can carry characters that break everything downstream: a lone UTF-16 surrogate (`"\\ud800"`)
cannot be printed, stored or written back as UTF-8; control characters, line separators and
bidirectional overrides make a title display as something else than it holds; and a title of
spaces or zero-width characters shows as nothing. The rules (see docs/routine-format.md):

- no text may hold a lone surrogate, a bidirectional embedding or override (U+202A to U+202E),
  or an isolate (U+2066 to U+2068) without its closing U+2069 (or a U+2069 that closes nothing);
- no text may hold a control character (U+0000 to U+001F, U+007F to U+009F), except that the
  texts meant to be read as prose (`PROSE_FIELDS`) may hold tabs and line breaks (U+0009,
  U+000A, U+2028 and U+2029);
- titles, cues and tags must show something: not only spaces or invisible characters.

Right-to-left text, balanced isolates and the marks LRM, RLM and ALM are allowed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Final

from desktop.content.problems import Finding, JsonPath
from desktop.domain.messages import Message, message

#: Texts that are read as prose, where a line break or a tab has a meaning.
PROSE_FIELDS: Final = frozenset({"cues", "summary", "credit", "setup"})
#: Texts that must show something, with the words the messages use for them.
VISIBLE_FIELDS: Final = {
    "title": "text.a_title",
    "cues": "text.a_cue",
    "tags": "text.a_tag",
    "speak": "text.a_spoken_line",
}

_PROSE_WHITESPACE: Final = frozenset("\t\n\u2028\u2029")
_OVERRIDES: Final = frozenset("\u202a\u202b\u202c\u202d\u202e")
_OPEN_ISOLATES: Final = frozenset("\u2066\u2067\u2068")
_CLOSE_ISOLATE: Final = "\u2069"
# Letters and symbols that draw nothing (fillers, blank braille, the combining grapheme joiner).
_BLANK_GLYPHS: Final = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
_INVISIBLE_CATEGORIES: Final = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
# Anything the rules below may refuse; a text without any of these needs only the blank check.
_SUSPECT: Final = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_NAMES: Final = {
    "\x00": "NUL",
    "\t": "text.tab",
    "\n": "text.line_feed",
    "\r": "a carriage return",
    "\x1b": "ESCAPE",
    "\x7f": "DELETE",
    "\x85": "NEXT LINE",
    "\u2028": "LINE SEPARATOR",
    "\u2029": "PARAGRAPH SEPARATOR",
}


def text_findings(document: object, already: Iterable[Finding] = ()) -> list[Finding]:
    """A finding for each text (or object key) that breaks a rule, at its JSON path.

    Places that `already` has a finding for are left out: the schema has said what is wrong there.
    """
    reported = {finding.path for finding in already}
    return [
        Finding(path, problem)
        for path, text, field in _texts(document, reported)
        for problem in [text_problem(text, field)]
        if problem is not None
    ]


def _texts(document: object, skip: set[JsonPath]) -> Iterator[tuple[JsonPath, str, str | None]]:
    """Every text and object key outside the places in `skip`, with its path and the field it
    belongs to (a list's field for its items; None for a key)."""
    stack: list[tuple[JsonPath, object, str | None]] = [((), document, None)]
    while stack:
        path, node, field = stack.pop()
        if path in skip:
            continue
        if isinstance(node, str):
            yield path, node, field
        elif isinstance(node, dict):
            for key, value in node.items():
                if (*path, key) not in skip:
                    yield (*path, key), key, None
                stack.append(((*path, key), value, key))
        elif isinstance(node, list):
            stack.extend(((*path, index), item, field) for index, item in enumerate(node))


def text_problem(text: str, field: str | None) -> Message | None:
    """What is wrong with `text` as the value of `field`, in words; None if nothing."""
    visible = VISIBLE_FIELDS.get(field or "")
    if not _SUSPECT.search(text):
        return _blank_problem(text, visible) if visible else None
    prose = field in PROSE_FIELDS
    isolates: list[tuple[int, str]] = []
    for position, char in enumerate(text, start=1):
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:
            return message("text.surrogate", position=position, code=f"U+{code:04X}")
        if char in _PROSE_WHITESPACE:
            if not prose:
                return message("text.line_break", char=_control_name(char), position=position)
        elif _is_control(char):
            return message("text.control", char=_control_name(char), position=position)
        if char in _OVERRIDES:
            return message("text.override", char=_name(char), position=position)
        if char in _OPEN_ISOLATES:
            isolates.append((position, char))
        elif char == _CLOSE_ISOLATE:
            if not isolates:
                return message("text.stray_close", char=_name(char), position=position)
            isolates.pop()
    if isolates:
        position, char = isolates[-1]
        return message("text.open_isolate", char=_name(char), position=position, close=_name(_CLOSE_ISOLATE))
    return _blank_problem(text, visible) if visible else None


def _blank_problem(text: str, noun: str) -> Message | None:
    if not text or any(not _invisible(char) for char in text):
        return None  # an empty text is the schema's to report
    if text.isspace():
        return message("text.blank", noun=message(noun))
    shown = next(char for char in text if not char.isspace())
    return message("text.invisible", char=_name(shown), noun=message(noun))


def _invisible(char: str) -> bool:
    return char.isspace() or char in _BLANK_GLYPHS or unicodedata.category(char) in _INVISIBLE_CATEGORIES


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc"


def _control_name(char: str) -> str | Message:
    name = _CONTROL_NAMES.get(char)
    code = f"U+{ord(char):04X}"
    if name is None:
        return code
    return message("text.char_named", code=code, name=message(name) if name.startswith("text.") else name)


def _name(char: str) -> str:
    name = unicodedata.name(char, "")
    code = f"U+{ord(char):04X}"
    return f"{code} {name}" if name else code
