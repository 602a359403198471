"""The JSON Schema file itself, and the format document that explains it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from desktop.content.schema import SCHEMA_FILES, routine_schema

ROOT = Path(__file__).resolve().parents[2]


def _subschemas(schema: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(schema, Mapping):
        yield schema
        for value in schema.values():
            yield from _subschemas(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _subschemas(value)


def _field_names(schema: Mapping[str, Any]) -> set[str]:
    return {name for sub in _subschemas(schema) for name in sub.get("properties", {})}


FORMATS = pytest.mark.parametrize("fmt", list(SCHEMA_FILES))


@FORMATS
def test_schema_is_valid_draft_2020_12(fmt: str) -> None:
    Draft202012Validator.check_schema(routine_schema(fmt))
    assert routine_schema(fmt)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@FORMATS
def test_every_object_refuses_unknown_fields(fmt: str) -> None:
    objects = [s for s in _subschemas(routine_schema(fmt)) if s.get("type") == "object"]

    assert objects
    for obj in objects:
        assert obj.get("additionalProperties") is not True and "additionalProperties" in obj, obj


@FORMATS
def test_every_typed_rule_has_plain_words_for_its_messages(fmt: str) -> None:
    typed = [s for s in _subschemas(routine_schema(fmt)) if "type" in s or "const" in s]

    assert typed
    assert [s for s in typed if "x-expected" not in s] == []


@pytest.mark.parametrize(
    "name", sorted(set().union(*(_field_names(routine_schema(f)) for f in SCHEMA_FILES)))
)
def test_format_document_explains_every_field(name: str) -> None:
    doc = (ROOT / "docs" / "routine-format.md").read_text(encoding="utf-8")

    assert f"`{name}`" in doc or f'`"{name}"' in doc


@pytest.mark.parametrize("file", list(SCHEMA_FILES.values()))
def test_format_document_names_each_schema_file(file: str) -> None:
    doc = (ROOT / "docs" / "routine-format.md").read_text(encoding="utf-8")

    assert f"resources/schema/{file}" in doc
