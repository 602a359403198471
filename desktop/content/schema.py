"""Validate a document against the routine JSON Schema and say what is wrong in plain words.

Subschemas carry an `x-expected` annotation (ignored by validators): the description of a good
value that the messages use, so the wording lives next to the rule it explains.
"""

from __future__ import annotations

import difflib
import functools
import json
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

from desktop.content.problems import Finding, JsonPath
from desktop.paths import resource

FORMAT_1: Final = "supple.routine/1"
FORMAT_2: Final = "supple.routine/2"
#: The routine formats Supple reads, oldest first, each with its schema file. `/1` is read forever.
SCHEMA_FILES: Final = {FORMAT_1: "supple.routine-1.schema.json", FORMAT_2: "supple.routine-2.schema.json"}
#: The step fields `/2` adds to `/1` (a test checks that the two schemas differ by exactly these).
NEW_STEP_FIELDS_2: Final = ("level", "speak")
#: The routine fields `/2` adds to `/1`, and the definitions they use.
NEW_ROUTINE_FIELDS_2: Final = ("languages",)
NEW_DEFINITIONS_2: Final = ("language", "translation", "step_translation", "speak")
_FORMAT_WORDS: Final = "(the version of the routine format this file is written in)"

_TYPE_WORDS = {
    "string": "a text in double quotes",
    "number": "a number",
    "integer": "a whole number",
    "object": "an object { ... }",
    "array": "a list [ ... ]",
    "boolean": "true or false",
}


@functools.cache
def routine_schema(fmt: str = FORMAT_1) -> Mapping[str, Any]:
    """The JSON Schema of one routine format (a key of `SCHEMA_FILES`)."""
    text = resource("schema", SCHEMA_FILES[fmt]).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def _validator(fmt: str) -> Any:
    # Imported here: jsonschema costs ~0.1 s to import and only matters once a file is decoded.
    from jsonschema import Draft202012Validator

    return Draft202012Validator(routine_schema(fmt))


def schema_findings(document: object) -> list[Finding]:
    """The problems of a routine document, checked against the schema its "format" names.

    A document of no known format is checked against the newest schema, and its "format" is
    reported with every version Supple reads; a `/1` document that uses a field of `/2` is told
    to say so, rather than that the field is unknown.
    """
    stated = document.get("format") if isinstance(document, dict) else None
    fmt = stated if isinstance(stated, str) and stated in SCHEMA_FILES else None
    errors = _validator(fmt or FORMAT_2).iter_errors(document)
    findings = [finding for error in errors for finding in translate_error(error)]
    if fmt is None:
        return [_format_finding(f, stated) if f.path == ("format",) else f for f in findings]
    if fmt == FORMAT_1:
        return [_newer_field(f) for f in findings]
    return findings


def _format_finding(finding: Finding, stated: object) -> Finding:
    versions = " or ".join(f'"{fmt}"' for fmt in SCHEMA_FILES)
    if stated is None and "required" in finding.message:
        return Finding(
            finding.path, f"this field is required but missing; expected {versions} {_FORMAT_WORDS}"
        )
    return Finding(finding.path, f"expected {versions} {_FORMAT_WORDS}, got {describe(stated)}")


def _newer_field(finding: Finding) -> Finding:
    path = finding.path
    newer_step_field = len(path) == 3 and path[0] == "steps" and path[2] in NEW_STEP_FIELDS_2
    newer_routine_field = len(path) == 1 and path[0] in NEW_ROUTINE_FIELDS_2
    if not (newer_step_field or newer_routine_field):
        return finding
    if not finding.message.startswith("unknown field"):
        return finding
    message = (
        f'the field "{path[-1]}" is part of the format {FORMAT_2}; to use it, '
        f'write "format": "{FORMAT_2}" at the top of the file'
    )
    return Finding(path, message)


def translate_error(error: Any) -> Iterable[Finding]:
    """The findings one jsonschema error stands for, in words a person can act on (`x-expected`)."""
    path: JsonPath = tuple(error.absolute_path)
    if "propertyNames" in error.absolute_schema_path:
        return [Finding((*path, error.instance), _expected_got(error.schema, error.instance))]
    handler = _HANDLERS.get(error.validator)
    if handler is None:
        return [Finding(path, str(error.message))]
    return handler(path, error.schema, error.instance, error.validator_value)


_Handler = Callable[[JsonPath, Mapping[str, Any], Any, Any], Iterable[Finding]]


def _value_problem(path: JsonPath, schema: Mapping[str, Any], instance: Any, _rule: Any) -> list[Finding]:
    return [Finding(path, _expected_got(schema, instance))]


def _enum(path: JsonPath, _schema: Mapping[str, Any], instance: Any, values: list[Any]) -> list[Finding]:
    return [Finding(path, f"expected one of {_or_list(values)}, got {describe(instance)}")]


def _maximum(path: JsonPath, _schema: Mapping[str, Any], instance: Any, limit: float) -> list[Finding]:
    return [Finding(path, f"expected at most {number_text(limit)}, got {describe(instance)}")]


def _max_length(path: JsonPath, schema: Mapping[str, Any], instance: Any, _limit: int) -> list[Finding]:
    return [Finding(path, f"expected {_expected(schema)}, got a text of {len(instance)} characters")]


def _required(path: JsonPath, schema: Mapping[str, Any], instance: Any, names: list[str]) -> list[Finding]:
    return [
        Finding(
            (*path, name), f"this field is required but missing; expected {_property_expected(schema, name)}"
        )
        for name in names
        if name not in instance
    ]


def _unknown_fields(path: JsonPath, schema: Mapping[str, Any], instance: Any, _rule: Any) -> list[Finding]:
    allowed = list(schema.get("properties", {}))
    unknown = [key for key in instance if key not in allowed]
    return [
        Finding(
            (*path, key),
            f'unknown field "{key}"{_did_you_mean(key, allowed, len(unknown))}; '
            f"the fields allowed here are {', '.join(allowed)}",
        )
        for key in unknown
    ]


def _did_you_mean(key: str, allowed: list[str], unknown_count: int) -> str:
    if unknown_count > 20:  # a broken file; suggestions would only cost time
        return ""
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


def _hold_or_reps(path: JsonPath, _schema: Mapping[str, Any], instance: Any, _rule: Any) -> list[Finding]:
    if not isinstance(instance, dict):  # the wrong type is reported on its own
        return []
    if "hold" in instance and "reps" in instance:
        message = (
            'has both "hold" and "reps": a step is either held for a time ("hold") '
            'or repeated ("reps" with "rep_seconds"), not both'
        )
    else:
        message = (
            'needs either "hold" (the seconds to hold) or "reps" with "rep_seconds" (repetitions at a pace)'
        )
    return [Finding(path, message)]


def _dependent(
    path: JsonPath, schema: Mapping[str, Any], instance: Any, rules: Mapping[str, list[str]]
) -> list[Finding]:
    if not isinstance(instance, dict):
        return []
    findings = []
    for given, needed in rules.items():
        for name in needed:
            if given not in instance or name in instance:
                continue
            if given == "rep_seconds" and "hold" in instance:
                message = '"rep_seconds" only goes with "reps"; remove it from a step that has "hold"'
                findings.append(Finding((*path, given), message))
            else:
                expected = _property_expected(schema, name)
                findings.append(
                    Finding((*path, name), f'required because "{given}" is given; expected {expected}')
                )
    return findings


_HANDLERS: dict[str, _Handler] = {
    "type": _value_problem,
    "const": _value_problem,
    "pattern": _value_problem,
    "minLength": _value_problem,
    "minimum": _value_problem,
    "exclusiveMinimum": _value_problem,
    "minItems": _value_problem,
    "maxItems": _value_problem,
    "minProperties": _value_problem,
    "enum": _enum,
    "maximum": _maximum,
    "exclusiveMaximum": _maximum,
    "maxLength": _max_length,
    "required": _required,
    "additionalProperties": _unknown_fields,
    "oneOf": _hold_or_reps,
    "dependentRequired": _dependent,
}


def _expected_got(schema: Mapping[str, Any], instance: Any) -> str:
    return f"expected {_expected(schema)}, got {describe(instance)}"


def _expected(schema: Mapping[str, Any]) -> str:
    if "x-expected" in schema:
        return str(schema["x-expected"])
    if "enum" in schema:
        return f"one of {_or_list(schema['enum'])}"
    kind = schema.get("type")
    return _TYPE_WORDS.get(kind, "a value") if isinstance(kind, str) else "a value"


def _property_expected(schema: Mapping[str, Any], name: str) -> str:
    return _expected(_resolve(schema.get("properties", {}).get(name, {})))


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a local `$ref` such as `#/$defs/id`."""
    ref = schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return schema
    node: Any = routine_schema()
    for part in ref[2:].split("/"):
        node = node[part]
    return _resolve(node)


def describe(value: Any) -> str:
    """A value as the person who wrote it would recognise it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, str):
        return _quoted(value) if value else 'an empty text ""'
    if isinstance(value, list):
        n = len(value)
        return f"a list of {n} item{'s' if n != 1 else ''}" if n else "an empty list []"
    if isinstance(value, dict):
        return "an object { ... }" if value else "an empty object {}"
    return repr(value)


def _quoted(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return json.dumps(shown, ensure_ascii=False)


def usable_number(value: object) -> float | None:
    """A JSON number as a float, or None for anything else: a text, true/false, NaN, or a number
    too large for a float (an integer of hundreds of digits is valid JSON)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


_LONGEST_SHOWN_INTEGER = 10**15


def number_text(value: float) -> str:
    """A number as a message shows it: `2.5`, `30`, or words for one too large to show."""
    if isinstance(value, int) and abs(value) >= _LONGEST_SHOWN_INTEGER:
        return f"a number too large to use ({len(str(abs(value)))} digits)"
    if isinstance(value, float) and not math.isfinite(value):
        return "a number too large to use"
    return f"{value:g}" if isinstance(value, float) and value.is_integer() else str(value)


def _or_list(values: list[Any]) -> str:
    shown = [json.dumps(v) for v in values]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"
