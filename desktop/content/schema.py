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
from desktop.domain.messages import Message, message
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

#: SHA-256 of files that Supple ships and that pass the schema (tests/unit/test_content_bundled.py
#: checks both): opening them skips the schema pass, and with it jsonschema's import and set-up
#: (~0.1 s before the first frame). Every other check still runs.
SCHEMA_VALID_SHA256 = frozenset(
    {
        "2f421ae736530c61e3ffe51e8554207baa0b3606888083d48e5c12d014e23b9b",  # scorpion-stretch
    }
)

#: What each JSON type is called; these are `x-expected` texts too, so the window has their words.
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


def known_schema_valid(data: str | bytes) -> bool:
    """Whether `data` is, byte for byte, a shipped file whose schema check has been run."""
    import hashlib

    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest() in SCHEMA_VALID_SHA256


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
    versions = _or_list(list(SCHEMA_FILES))
    words = message("schema.format_words")
    if stated is None and finding.message.code == "schema.required":
        return Finding(finding.path, message("schema.format_missing", versions=versions, format=words))
    return Finding(
        finding.path, message("schema.expected_format", versions=versions, format=words, got=describe(stated))
    )


def _newer_field(finding: Finding) -> Finding:
    path = finding.path
    newer_step_field = len(path) == 3 and path[0] == "steps" and path[2] in NEW_STEP_FIELDS_2
    newer_routine_field = len(path) == 1 and path[0] in NEW_ROUTINE_FIELDS_2
    if not (newer_step_field or newer_routine_field):
        return finding
    if finding.message.code != "schema.unknown_field":
        return finding
    return Finding(path, message("schema.newer_field", key=str(path[-1]), format=FORMAT_2))


def translate_error(error: Any) -> Iterable[Finding]:
    """The findings one jsonschema error stands for, in words a person can act on (`x-expected`)."""
    path: JsonPath = tuple(error.absolute_path)
    if "propertyNames" in error.absolute_schema_path:
        return [Finding((*path, error.instance), _expected_got(error.schema, error.instance))]
    handler = _HANDLERS.get(error.validator)
    if handler is None:
        return [Finding(path, message("schema.other", detail=str(error.message)))]
    return handler(path, error.schema, error.instance, error.validator_value)


_Handler = Callable[[JsonPath, Mapping[str, Any], Any, Any], Iterable[Finding]]


def _value_problem(path: JsonPath, schema: Mapping[str, Any], instance: Any, _rule: Any) -> list[Finding]:
    return [Finding(path, _expected_got(schema, instance))]


def _enum(path: JsonPath, _schema: Mapping[str, Any], instance: Any, values: list[Any]) -> list[Finding]:
    expected = message("value.one_of", values=_or_list(values))
    return [Finding(path, message("schema.expected_got", expected=expected, got=describe(instance)))]


def _maximum(path: JsonPath, _schema: Mapping[str, Any], instance: Any, limit: float) -> list[Finding]:
    return [Finding(path, message("schema.at_most", limit=number_text(limit), got=describe(instance)))]


def _max_length(path: JsonPath, schema: Mapping[str, Any], instance: Any, _limit: int) -> list[Finding]:
    got = message("value.text_length", n=len(instance))
    return [Finding(path, message("schema.expected_got", expected=_expected(schema), got=got))]


def _required(path: JsonPath, schema: Mapping[str, Any], instance: Any, names: list[str]) -> list[Finding]:
    return [
        Finding((*path, name), message("schema.required", expected=_property_expected(schema, name)))
        for name in names
        if name not in instance
    ]


def _unknown_fields(path: JsonPath, schema: Mapping[str, Any], instance: Any, _rule: Any) -> list[Finding]:
    allowed = list(schema.get("properties", {}))
    unknown = [key for key in instance if key not in allowed]
    return [
        Finding(
            (*path, key),
            message(
                "schema.unknown_field",
                key=key,
                suggestion=_did_you_mean(key, allowed, len(unknown)),
                allowed=", ".join(allowed),
            ),
        )
        for key in unknown
    ]


def _did_you_mean(key: str, allowed: list[str], unknown_count: int) -> str | Message:
    if unknown_count > 20:  # a broken file; suggestions would only cost time
        return ""
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    return message("schema.did_you_mean", name=close[0]) if close else ""


def _hold_or_reps(path: JsonPath, _schema: Mapping[str, Any], instance: Any, _rule: Any) -> list[Finding]:
    if not isinstance(instance, dict):  # the wrong type is reported on its own
        return []
    both = "hold" in instance and "reps" in instance
    return [Finding(path, message("schema.hold_and_reps" if both else "schema.hold_or_reps"))]


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
                findings.append(Finding((*path, given), message("schema.rep_seconds_with_hold")))
            else:
                expected = _property_expected(schema, name)
                findings.append(
                    Finding((*path, name), message("schema.required_because", given=given, expected=expected))
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


def _expected_got(schema: Mapping[str, Any], instance: Any) -> Message:
    return message("schema.expected_got", expected=_expected(schema), got=describe(instance))


def _expected(schema: Mapping[str, Any]) -> Message:
    """What a good value is: the schema's `x-expected` words (the window has them translated)."""
    if "x-expected" in schema:
        return message("schema.expected", words=str(schema["x-expected"]))
    if "enum" in schema:
        return message("value.one_of", values=_or_list(schema["enum"]))
    kind = schema.get("type")
    if isinstance(kind, str) and kind in _TYPE_WORDS:
        return message("schema.expected", words=_TYPE_WORDS[kind])
    return message("value.any")


def _property_expected(schema: Mapping[str, Any], name: str) -> Message:
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


def describe(value: Any) -> str | Message:
    """A value as the person who wrote it would recognise it: as written in the file (`true`,
    `2.5`, `"abc"`), or in words that the window translates."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, str):
        return _quoted(value) if value else message("value.empty_text")
    if isinstance(value, list):
        return message("value.list", n=len(value)) if value else message("value.empty_list")
    if isinstance(value, dict):
        return message("value.object") if value else message("value.empty_object")
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


def number_text(value: float) -> str | Message:
    """A number as a message shows it: `2.5`, `30`, or words for one too large to show."""
    if isinstance(value, int) and abs(value) >= _LONGEST_SHOWN_INTEGER:
        return message("value.huge_number", digits=len(str(abs(value))))
    if isinstance(value, float) and not math.isfinite(value):
        return message("value.infinite")
    return f"{value:g}" if isinstance(value, float) and value.is_integer() else str(value)


def _or_list(values: list[Any]) -> str | Message:
    shown = [json.dumps(v) for v in values]
    return shown[0] if len(shown) == 1 else message("value.or", items=", ".join(shown[:-1]), last=shown[-1])
