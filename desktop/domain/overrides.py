"""The JSON form of a playlist item's step overrides: one codec for playlist files and stored rows.

`encode_overrides` writes only the fields that are set, in the order of `StepOverrides`, enums as
their values, a segment as `[start, end]` and whole numbers without `.0`. `decode_overrides` reads
that form back in one of two modes:

- strict (playlist files, and anything a person or another program wrote): a key Supple does not
  know, a null and a value of the wrong kind are each an `OverrideProblem` with its JSON path, all
  raised together in one `OverridesError`;
- lenient (the store's rows, which Supple wrote itself): keys a newer Supple added, and nulls, are
  ignored, so that an older Supple still opens a database a newer one used; a known key with a
  value of the wrong kind is still an `OverridesError`.

Ranges (a speed from 0.25 to 2, at least one rep) are the playlist schema's to check; this codec
checks what the domain values need.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from desktop.domain import Segment, Side, Sides, StepOverrides

#: A place inside a JSON document: object keys and list indexes, outermost first.
JsonPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class OverrideProblem:
    """One thing wrong in an overrides object: where (`at` of the decode, then the key) and what."""

    path: JsonPath
    message: str


class OverridesError(ValueError):
    """Overrides that cannot be decoded; `problems` lists every one found, in key order."""

    def __init__(self, problems: Iterable[OverrideProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{_shown_path(p.path)}: {p.message}" for p in self.problems))


def plain_number(value: float) -> float:
    """Whole numbers without a trailing `.0`, as a person would type them."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def encode_overrides(overrides: StepOverrides) -> dict[str, Any]:
    """Only the fields that are set, in the order of `StepOverrides`, numbers as a person types them."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(overrides):
        value = getattr(overrides, f.name)
        if value is None:
            continue
        if isinstance(value, Segment):
            out[f.name] = [plain_number(value.start), plain_number(value.end)]
        elif isinstance(value, Sides | Side):
            out[f.name] = value.value
        else:
            out[f.name] = plain_number(value)
    return out


def decode_overrides(raw: object, *, strict: bool = True, at: JsonPath = ()) -> StepOverrides:
    """Overrides from their JSON form; `at` is where the object sits in its document (for problems).

    Strict by default: see the module docstring for what each mode refuses and ignores.
    Raises OverridesError.
    """
    if not isinstance(raw, Mapping):
        raise OverridesError([OverrideProblem(at, f"expected an object of changes, got {_described(raw)}")])
    values: dict[str, Any] = {}
    problems: list[OverrideProblem] = []
    for key, value in raw.items():
        where: JsonPath = (*at, str(key))
        field = _FIELDS.get(key) if isinstance(key, str) else None
        if field is None:
            if strict:
                problems.append(
                    OverrideProblem(where, f"is not a change Supple knows; expected one of {_KNOWN}")
                )
            continue
        if value is None and not strict:
            continue
        decoded = field(value, where)
        if isinstance(decoded, OverrideProblem):
            problems.append(decoded)
        else:
            values[key] = decoded
    if problems:
        raise OverridesError(problems)
    return StepOverrides(**values)


_Decoded = Any | OverrideProblem


def _number(value: object, where: JsonPath) -> _Decoded:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return OverrideProblem(where, f"expected a number, got {_described(value)}")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        return OverrideProblem(where, "expected a number, got one too large to use")
    return number


def _whole(value: object, where: JsonPath) -> _Decoded:
    number = _number(value, where)
    if isinstance(number, OverrideProblem) or not number.is_integer():
        return OverrideProblem(where, f"expected a whole number, got {_described(value)}")
    return int(number)


def _choice(
    kind: type[Sides] | type[Side], allowed: tuple[str, ...]
) -> Callable[[object, JsonPath], _Decoded]:
    def decode(value: object, where: JsonPath) -> _Decoded:
        if isinstance(value, str) and value in allowed:
            return kind(value)
        return OverrideProblem(where, f"expected {_or_list(allowed)}, got {_described(value)}")

    return decode


def _segment(value: object, where: JsonPath) -> _Decoded:
    if not isinstance(value, list | tuple) or len(value) != 2:
        return OverrideProblem(where, f"expected a loop [start, end] in seconds, got {_described(value)}")
    ends: list[float] = []
    for i, v in enumerate(value):
        end = _number(v, (*where, i))
        if isinstance(end, OverrideProblem):
            return end
        ends.append(end)
    start, end = ends
    if not 0 <= start < end:
        return OverrideProblem(
            where, f"expected 0 <= start < end, got [{_described(value[0])}, {_described(value[1])}]"
        )
    return Segment(start, end)


_FIELDS: Final[Mapping[str, Callable[[object, JsonPath], _Decoded]]] = {
    "hold": _number,
    "reps": _whole,
    "rep_seconds": _number,
    "sets": _whole,
    "sides": _choice(Sides, tuple(s.value for s in Sides)),
    "rest": _number,
    "speed": _number,
    "mirror_side": _choice(Side, (Side.LEFT.value, Side.RIGHT.value)),
    "segment": _segment,
}
_KNOWN: Final = ", ".join(f.name for f in dataclasses.fields(StepOverrides))


def _or_list(values: tuple[str, ...]) -> str:
    shown = [json.dumps(v) for v in values]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"


def _described(value: object) -> str:
    """A JSON value as a message shows it, cut short."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the text {json.dumps(value[:40] + ('…' if len(value) > 40 else ''), ensure_ascii=False)}"
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)[:20]
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return type(value).__name__


def _shown_path(path: JsonPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(top level)"


__all__ = [
    "JsonPath",
    "OverrideProblem",
    "OverridesError",
    "decode_overrides",
    "encode_overrides",
    "plain_number",
]
