"""Routine text in several languages (`languages` in `supple.routine/2`): decoded, checked at its
path, written back, and shown in the person's language with English where a text is missing."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from desktop.content import BUNDLED_ROUTINE_ID, decode_routine, encode_routine, load_routine
from desktop.content.problems import RoutineError
from desktop.content.schema import FORMAT_1, FORMAT_2
from desktop.domain import RoutineText, StepText
from desktop.domain.languages import localized, pick_language
from desktop.paths import resource
from tests.unit.fixtures_content import make_mp4, minimal_routine, write_json

GERMAN = {
    "title": "Hüftöffner",
    "summary": "Sanft\nund langsam",
    "steps": {
        "one": {"title": "Taube", "cues": ["Atmen Sie aus.", "Halten."], "speak": "Taube, linke Seite"}
    },
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    make_mp4(tmp_path / "clips" / "p1.mp4", 2)
    return tmp_path


def _doc(languages: Any, fmt: str = FORMAT_2) -> dict[str, Any]:
    doc = minimal_routine()
    doc["format"] = fmt
    doc["languages"] = languages
    return doc


def _problems(folder: Path, document: object) -> list[tuple[str, str]]:
    path = write_json(folder / "routine.supple.json", document)
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    return [(p.path, p.message) for p in caught.value.problems]


def test_a_language_block_is_decoded(folder: Path) -> None:
    routine = load_routine(write_json(folder / "r.supple.json", _doc({"de": GERMAN})))
    german = routine.translations["de"]
    assert (german.title, german.summary, german.setup) == ("Hüftöffner", "Sanft\nund langsam", None)
    assert german.steps["one"] == StepText("Taube", ("Atmen Sie aus.", "Halten."), "Taube, linke Seite")


def test_the_person_s_language_is_shown_and_english_fills_the_gaps(folder: Path) -> None:
    routine = load_routine(write_json(folder / "r.supple.json", _doc({"de": GERMAN})))
    shown = localized(routine, ["de-AT", "en"])
    step = shown.steps[0]
    assert (shown.title, shown.summary, shown.setup) == ("Hüftöffner", "Sanft\nund langsam", routine.setup)
    assert (step.title, step.cues, step.speak) == (
        "Taube",
        ("Atmen Sie aus.", "Halten."),
        "Taube, linke Seite",
    )
    assert (step.hold, step.clip) == (routine.steps[0].hold, routine.steps[0].clip)  # only text changes
    assert localized(routine, ["fr-FR", "en-GB", "de"]) == routine  # English comes before German here
    assert localized(routine, ["fr"]) == routine  # no French text: English


@pytest.mark.parametrize(
    ("available", "preferred", "picked"),
    [
        (["de", "es"], ["es-MX", "de"], "es"),
        (["pt-BR", "pt"], ["pt-BR"], "pt-BR"),
        (["pt"], ["pt_BR"], "pt"),
        (["de"], ["en-US", "de"], None),
        (["de"], [], None),
    ],
)
def test_a_language_is_picked_by_tag_then_by_language(
    available: list[str], preferred: list[str], picked: str | None
) -> None:
    assert pick_language(available, preferred) == picked


@pytest.mark.parametrize(
    ("languages", "where", "expected"),
    [
        ({"german": {"title": "x"}}, "languages.german", 'expected a language tag such as "de"'),
        ({"de": {}}, "languages.de", "expected an object { ... } with the routine's text in one language"),
        ({"de": {"credit": "x"}}, "languages.de.credit", 'unknown field "credit"'),
        ({"de": {"title": ""}}, "languages.de.title", "expected a title"),
        (
            {"de": {"steps": {"nope": {"title": "x"}}}},
            "languages.de.steps.nope",
            'names no step of this routine; the step ids are "one"',
        ),
        (
            {"de": {"steps": {"one": {"cues": ["a\u202eb"]}}}},
            "languages.de.steps.one.cues[0]",
            "bidirectional control",
        ),
        ({"de": {"steps": {"one": {"speak": "   "}}}}, "languages.de.steps.one.speak", "is blank"),
        ({"de": {"steps": {"one": {"level": 2}}}}, "languages.de.steps.one.level", 'unknown field "level"'),
    ],
)
def test_every_language_block_is_checked_at_its_path(
    folder: Path, languages: dict[str, Any], where: str, expected: str
) -> None:
    [(found_where, message)] = _problems(folder, _doc(languages))
    assert found_where == where
    assert expected in message


def test_a_format_1_file_with_languages_is_told_to_say_format_2(folder: Path) -> None:
    [(where, message)] = _problems(folder, _doc({"de": GERMAN}, FORMAT_1))
    assert where == "languages"
    assert (
        message
        == 'the field "languages" is part of the format supple.routine/2; to use it, write "format": "supple.routine/2" at the top of the file'
    )


def test_translations_are_written_back_and_make_the_file_format_2(folder: Path) -> None:
    routine = load_routine(
        write_json(folder / "r.supple.json", _doc({"de": GERMAN, "es": {"title": "Caderas"}}))
    )
    text = encode_routine(routine)
    assert '"format": "supple.routine/2"' in text
    again = decode_routine(text, folder / "again.supple.json")
    assert again.translations == routine.translations
    plain = dataclasses.replace(routine, translations={})
    assert '"format": "supple.routine/1"' in encode_routine(plain)


def test_the_bundled_scorpion_stretch_speaks_german_and_spanish_in_every_text() -> None:
    routine = load_routine(resource("routines", f"{BUNDLED_ROUTINE_ID}.supple.json"))
    assert set(routine.translations) == {"de", "es"}
    for tag, text in routine.translations.items():
        assert isinstance(text, RoutineText) and text.title and text.summary and text.setup, tag
        assert set(text.steps) == {step.id for step in routine.steps}, tag
        for step in routine.steps:
            own = text.steps[step.id]
            assert own.title and own.cues is not None and len(own.cues) == len(step.cues), (tag, step.id)
            assert own.title != step.title, (tag, step.id)


def test_a_playlist_plays_each_step_in_the_persons_language() -> None:
    """The coaching voice says what the plan holds: a playlist's steps must be localized too."""
    from desktop.content.adhoc import routine_for_playlist
    from desktop.content.playlist_resolve import PlayStep, ResolvedPlaylist
    from desktop.domain import Clip, Routine, Step

    step = Step(id="one", title="Pigeon", clip="c", hold=10, cues=("Breathe out.",))
    text = RoutineText(steps={"one": StepText(title="Taube", cues=("Atmen Sie aus.",), speak="Taube, bitte")})
    routine = Routine(id="hips", title="Hips", steps=(step,), clips={"c": Clip("c", Path("/c.mp4"))},
                      translations={"de": text})  # fmt: skip
    resolved = ResolvedPlaylist(playlist_id="p", title="P", steps=(PlayStep(0, routine, step),))
    shown, items = routine_for_playlist(resolved, ["de-DE"])
    said = items[0].step
    assert (said.title, said.cues, said.speak, said.clip) == (
        "Taube",
        ("Atmen Sie aus.",),
        "Taube, bitte",
        "hips/c",
    )
    assert shown.steps[0] == said
    english, _ = routine_for_playlist(resolved, ["fr"])
    assert english.steps[0].title == "Pigeon"
