"""The core's messages (desktop/domain/messages.py) and the window's words for them
(desktop/qt/messages.py, message_sources.py): every code has a source string with the same
parameters, every schema description is translatable, the translations keep the parameters, and the
command line stays English."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.content.problems import RoutineError
from desktop.content.routine import decode_routine
from desktop.content.schema import _TYPE_WORDS, SCHEMA_FILES
from desktop.domain.messages import ENGLISH, Message, message
from desktop.paths import resource
from desktop.qt.message_sources import ENGLISH_ONLY, EXPECTED, SOURCES
from desktop.qt.messages import PLURALS

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
#: Codes the window says without a source string of SOURCES: a text as given, a schema description
#: (EXPECTED) and the codes with plural forms (MessagePlurals).
OWN_WAYS = {"text", "schema.expected"}
_NAME = re.compile(r"\{(\w+)\}")


def names(template: str) -> set[str]:
    return set(_NAME.findall(template))


def plural_codes() -> set[str]:
    return {code for code, template in ENGLISH.items() if isinstance(template, tuple)}


def test_every_code_has_a_source_string_with_the_same_words_and_parameters() -> None:
    assert set(SOURCES) == set(ENGLISH) - OWN_WAYS - plural_codes()
    for code, source in SOURCES.items():
        english = ENGLISH[code]
        assert isinstance(english, str)
        assert names(source) == names(english) - ENGLISH_ONLY.get(code, frozenset()), code
        if code not in ENGLISH_ONLY:  # the same English, so that the window and the command line agree
            assert source == english.replace("{{", "{").replace("}}", "}"), code


def test_every_plural_code_has_plural_forms_and_the_same_parameters() -> None:
    assert plural_codes()
    for code in plural_codes():
        one, other = ENGLISH[code]
        assert "n" in names(one) and names(one) == names(other), code
        said = PLURALS.text(code, 5)
        assert said is not None and "5" in said, code
        assert names(said) == names(one) - {"n"}, code  # the count is Qt's %n; the rest are put in after


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(KeyError):
        message("no.such.code")


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_every_english_template_renders_with_its_parameters(code: str) -> None:
    template = ENGLISH[code]
    params = {
        name: f"<{name}>"
        for t in (template if isinstance(template, tuple) else (template,))
        for name in names(t)
    }
    if "n" in params:
        params["n"] = 2
    said = str(message(code, **params))
    assert all(f"<{name}>" in said for name in params if name != "n")
    assert not _NAME.search(said), said  # no parameter left unfilled


def schema_descriptions() -> set[str]:
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("x-expected"), str):
                found.add(node["x-expected"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in [*SCHEMA_FILES.values(), "supple.playlist-1.schema.json"]:
        walk(json.loads(resource("schema", name).read_text(encoding="utf-8")))
    return found | set(_TYPE_WORDS.values())


def test_every_description_of_a_good_value_is_a_source_string() -> None:
    """A new `x-expected` in a schema file, or a changed one, needs its translation: this fails until
    it is in desktop/qt/message_sources.py EXPECTED (then `make translations`)."""
    assert schema_descriptions() - set(EXPECTED) == set()
    assert set(EXPECTED) - schema_descriptions() == set(), "EXPECTED holds descriptions no schema has"


@pytest.mark.parametrize("lang", ["de", "es"])
def test_the_translations_keep_the_named_parameters(lang: str) -> None:
    checked = 0
    for context in ET.parse(TRANSLATIONS / f"supple_{lang}.ts").getroot().iter("context"):
        if context.findtext("name") not in ("Messages", "Expected"):
            continue
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            translation = m.find("translation")
            assert translation is not None
            assert names(translation.text or "") == names(source), (source, translation.text)
            checked += 1
    assert checked == len(set(SOURCES.values())) + len(set(EXPECTED))


def test_a_schema_problem_carries_its_code_and_the_field_path() -> None:
    doc = {
        "format": "supple.routine/1",
        "id": "r",
        "title": "R",
        "clips": {},
        "steps": [
            {"id": "a", "title": "A", "clip": "c", "hold": 5},
            {"id": "b", "title": "B", "clip": "c", "hold": "x"},
        ],
    }
    with pytest.raises(RoutineError) as caught:
        decode_routine(json.dumps(doc), Path("r.supple.json"))
    hold = next(p for p in caught.value.problems if p.path == "steps[1].hold")
    assert hold.said.code == "schema.expected_got"
    assert hold.said.args["got"] == '"x"'  # a value from the file, never translated
    assert isinstance(hold.said.args["expected"], Message)
    assert hold.message == str(hold.said) == 'expected a number of seconds from 0.5 to 3600, got "x"'


def test_supple_check_still_speaks_english_in_a_german_environment(tmp_path: Path) -> None:
    bad = tmp_path / "mine.supple.json"
    bad.write_text(
        '{"format": "supple.routine/1", "id": "mine", "title": "x", "clips": {"c": {"file": "c.mp4"}},'
        ' "steps": [{"id": "a", "title": "A", "clip": "c", "hold": "lang"}]}',
        encoding="utf-8",
    )
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LANGUAGE": "de", "LC_ALL": "de_DE.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "d"), "check", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert 'steps[0].hold: expected a number of seconds from 0.5 to 3600, got "lang"' in result.stdout
    assert "erwartet" not in result.stdout
