"""Reading a hand-edited JSON file defensively: size cap, UTF-8, syntax, duplicate keys, nesting."""

from __future__ import annotations

import codecs
import json
import stat
from collections import Counter
from pathlib import Path
from typing import Any

from desktop.content.problems import Finding, JsonPath, RoutineError, file_problem
from desktop.domain.messages import Message, message

MAX_FILE_BYTES = 1 << 20  # 1 MiB: a routine is a few kilobytes; clips live in their own files
MAX_DEPTH = 32  # a routine needs 5 levels; deeper is a broken or hostile file

_SYNTAX_HINTS = {
    "Expecting value": "json.hint.value",
    "Expecting property name enclosed in double quotes": "json.hint.name",
    "Expecting ',' delimiter": "json.hint.comma",
    "Expecting ':' delimiter": "json.hint.colon",
    "Extra data": "json.hint.extra",
    "Unterminated string starting at": "json.hint.unterminated",
    "Invalid control character at": "json.hint.control",
    "Invalid \\escape": "json.hint.escape",
    "Invalid \\uXXXX escape": "json.hint.u_escape",
}


class JsonObject(dict[str, Any]):
    """A decoded JSON object that remembers keys it saw more than once (json keeps only the last)."""

    duplicate_keys: tuple[str, ...] = ()


class NonFiniteNumber:
    """`NaN`, `Infinity` or `-Infinity`: Python's json accepts them, JSON does not, so neither do we.

    Kept as a value of its own type so that the schema reports it where it stands.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def read_capped(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else is a RoutineError."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise file_problem(path, message("file.folder"))
        if not stat.S_ISREG(info.st_mode):
            raise file_problem(path, message("file.not_regular"))
        if info.st_size > limit:
            raise _too_big(path, info.st_size, limit)
        with path.open("rb") as f:
            data = f.read(limit + 1)  # the file may have grown since stat()
    except (FileNotFoundError, NotADirectoryError):
        raise file_problem(path, message("file.missing", path=str(path.absolute()))) from None
    except OSError as e:
        raise file_problem(path, message("file.unreadable", reason=str(e.strerror or e))) from None
    if len(data) > limit:
        raise _too_big(path, len(data), limit)
    return data


def _too_big(path: Path, size: int, limit: int) -> RoutineError:
    return file_problem(path, message("file.too_big", size=_size(size), limit=_size(limit)))


def _size(n: int) -> Message:
    if n >= 1 << 20:
        return message("size.mib", mib=f"{n / (1 << 20):.1f}")
    return message("size.bytes", n=f"{n:,}")


def decode_utf8(data: bytes, file: Path) -> str:
    """Text from UTF-8 bytes; a leading byte order mark is allowed and dropped."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise file_problem(file, message("file.utf16"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        byte = f"0x{data[e.start]:02x}"
        raise file_problem(file, message("file.not_utf8", byte=byte, offset=e.start, line=line)) from None
    return text


def check_size(file: Path, size: int, limit: int = MAX_FILE_BYTES) -> None:
    if size > limit:
        raise _too_big(file, size, limit)


def parse_json(text: str, file: Path) -> object:
    """The decoded document; syntax errors name the line and column."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise file_problem(file, message("file.empty"))
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=NonFiniteNumber)
    except json.JSONDecodeError as e:
        hint = message(_SYNTAX_HINTS[e.msg]) if e.msg in _SYNTAX_HINTS else e.msg
        syntax = message("json.syntax", line=e.lineno, column=e.colno, hint=hint)
        raise file_problem(file, syntax) from None
    except RecursionError:
        raise file_problem(file, _too_deep()) from None
    except ValueError:  # an integer with thousands of digits
        raise file_problem(file, message("json.number_too_long")) from None


def _object(pairs: list[tuple[str, Any]]) -> JsonObject:
    obj = JsonObject(pairs)
    if len(obj) < len(pairs):
        counts = Counter(key for key, _ in pairs)
        obj.duplicate_keys = tuple(key for key, n in counts.items() if n > 1)
    return obj


def _too_deep() -> Message:
    return message("json.too_deep", levels=MAX_DEPTH)


def depth_findings(document: object) -> list[Finding]:
    """Parts nested deeper than MAX_DEPTH, reported at the top-level field that holds them."""
    findings: list[Finding] = []
    stack: list[tuple[JsonPath, object]] = [((), document)]
    while stack:
        path, node = stack.pop()
        if len(path) > MAX_DEPTH:
            findings.append(Finding(path[:1], _too_deep()))
            continue
        stack.extend(((*path, key), child) for key, child in _children(node))
    return findings


def duplicate_key_findings(document: object) -> list[Finding]:
    findings: list[Finding] = []
    stack: list[tuple[JsonPath, object]] = [((), document)]
    while stack:
        path, node = stack.pop()
        for key in node.duplicate_keys if isinstance(node, JsonObject) else ():
            findings.append(Finding((*path, key), message("json.duplicate_key", key=key)))
        stack.extend(((*path, key), child) for key, child in _children(node))
    return findings


def _children(node: object) -> list[tuple[str | int, object]]:
    if isinstance(node, dict):
        return list(node.items())
    if isinstance(node, list):
        return list(enumerate(node))
    return []
