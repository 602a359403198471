"""Supple's translations (resources/translations): current with the code, complete, true to the
glossary, and compiled into the .qm files the app loads."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    # packaging/ is not a package (and would shadow PyPI's "packaging"): load the script by path.
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _load_script()

FOLDER = translations.FOLDER
LANGUAGES = translations.LANGUAGES


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # the translation, or each plural form
    unfinished: bool


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            assert t is not None
            numerus = m.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in t.iter("numerusform")) if numerus else (t.text or "",)
            found.append(
                Message(
                    name,
                    m.findtext("source") or "",
                    m.findtext("comment") or "",
                    numerus,
                    forms,
                    t.get("type") in ("unfinished", "obsolete", "vanished"),
                )
            )
    return found


def keys(ts: Path) -> set[tuple[str, str, str, bool]]:
    return {(m.context, m.source, m.comment, m.numerus) for m in messages(ts)}


def test_the_ts_files_are_current_with_the_code(tmp_path: Path) -> None:
    """lupdate over the sources adds nothing to and drops nothing from a copy of the .ts files."""
    for plural_only, langs in ((False, LANGUAGES), (True, ("en",))):
        copies = []
        for lang in langs:
            shutil.copy(FOLDER / f"supple_{lang}.ts", tmp_path / f"supple_{lang}.ts")
            copies.append(tmp_path / f"supple_{lang}.ts")
        translations.lupdate(copies, plural_only=plural_only)
        for copy in copies:
            before, after = keys(FOLDER / copy.name), keys(copy)
            assert after - before == set(), f"{copy.name} lacks these (run `make translations`)"
            assert before - after == set(), f"{copy.name} has messages the code no longer has"


@pytest.mark.parametrize("lang", [*LANGUAGES, "en"])
def test_every_message_is_translated_in_every_plural_form(lang: str) -> None:
    found = messages(FOLDER / f"supple_{lang}.ts")
    assert found
    bad = [m for m in found if m.unfinished or not all(f.strip() for f in m.forms) or not m.forms]
    assert bad == [], f"untranslated in supple_{lang}.ts: {[(m.context, m.source) for m in bad]}"
    # German, Spanish and English have two plural forms (one, other).
    assert all(len(m.forms) == 2 for m in found if m.numerus)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders_and_the_mnemonic(lang: str) -> None:
    for m in messages(FOLDER / f"supple_{lang}.ts"):
        wanted = sorted(re.findall(r"%(?:\d|n)", m.source))
        for form in m.forms:
            assert sorted(set(re.findall(r"%(?:\d|n)", form))) == sorted(set(wanted)), (m.source, form)
            plain = m.source.replace("&&", "")
            assert ("&" in plain) == ("&" in form.replace("&&", "")), (m.source, form)


def glossary() -> dict[str, dict[str, list[str]]]:
    terms: dict[str, dict[str, list[str]]] = json.loads((FOLDER / "glossary.json").read_text("utf-8"))[
        "terms"
    ]
    return terms


def test_the_glossary_has_the_exercise_vocabulary_in_german_and_spanish() -> None:
    terms = glossary()
    assert set(terms) >= {"glute", "hamstring", "prone", "rep", "set", "hold", "side", "rest"}
    assert all(term[lang] for term in terms.values() for lang in ("en", *LANGUAGES))


def glossary_misses(lang: str, found: list[Message]) -> list[str]:
    """Messages in the exercise sense (a translator comment "exercise: ...") whose English has a
    glossary term and whose translation has none of its forms."""
    misses = []
    for m in found:
        if not m.comment.startswith("exercise:"):
            continue
        english = m.source.replace("&", "").casefold()
        for name, term in glossary().items():
            if not any(re.search(rf"\b{re.escape(w.casefold())}\b", english) for w in term["en"]):
                continue
            for form in m.forms:
                text = form.replace("&", "").casefold()
                if not any(w.casefold() in text for w in term[lang]):
                    misses.append(f"{m.source!r} -> {form!r}: not {term[lang]} ({name})")
    return misses


@pytest.mark.parametrize("lang", LANGUAGES)
def test_exercise_words_are_translated_with_the_glossary_terms(lang: str) -> None:
    found = messages(FOLDER / f"supple_{lang}.ts")
    assert any(m.comment.startswith("exercise:") for m in found)
    assert glossary_misses(lang, found) == []


def test_the_glossary_check_catches_a_synonym() -> None:
    wrong = Message("Words", "%n set(s)", "exercise: rounds", True, ("%n Runde", "%n Runden"), False)
    assert len(glossary_misses("de", [wrong])) == 2


def test_the_qm_files_are_what_lrelease_makes_of_the_ts_files(tmp_path: Path) -> None:
    for lang in (*LANGUAGES, "en"):
        ts = FOLDER / f"supple_{lang}.ts"
        translations.lrelease(ts, tmp_path / f"supple_{lang}.qm")
        assert (tmp_path / f"supple_{lang}.qm").read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"supple_{lang}.qm is stale: run `make translations`"
        )
