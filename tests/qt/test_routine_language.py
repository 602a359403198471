"""The window shows a routine's text in the person's language, and English where it has none."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.content import BUNDLED_ROUTINE_ID
from desktop.content.library import RoutineCatalog
from desktop.paths import resource
from desktop.qt.library_model import PLAIN_TEXT_ROLE, SEARCH_ROLE, LibraryModel
from desktop.qt.settings import OPTIONS

SCORPION = resource("routines", f"{BUNDLED_ROUTINE_ID}.supple.json")


def test_the_routine_is_shown_and_played_in_the_chosen_language(window, settings) -> None:
    settings.set(OPTIONS.language, "de")
    window.open_path(SCORPION)
    assert window.ui.routineTitle.text() == "Skorpion-Dehnung"
    assert window.windowTitle().startswith("Skorpion-Dehnung")
    assert window.routine.steps[1].title == "Hüfte auf 90 Grad"
    assert window.routine.steps[0].cues[0].startswith("Arme weit in T-Form")
    assert "Hüfte auf 90 Grad" in window.ui.stepList.item(1).text()
    assert window.ui.routineSetup.text().startswith("Setup: Legen Sie sich")


def test_a_language_the_routine_lacks_shows_english(window, settings) -> None:
    settings.set(OPTIONS.language, "fr")
    window.open_path(SCORPION)
    assert window.ui.routineTitle.text() == "Scorpion Stretch"
    assert window.routine.steps[1].title == "Hips at 90"


def test_the_library_lists_the_routine_in_the_language_and_finds_it_by_either(qapp) -> None:
    from desktop.content import load_routine

    model = LibraryModel()
    model.languages = ["es-ES"]
    routine = load_routine(SCORPION)
    model.set_catalog(RoutineCatalog(routines={routine.id: routine}), set())
    row = model.item(0)
    assert row.data(PLAIN_TEXT_ROLE).startswith("Estiramiento del escorpión\n5 ")
    assert row.child(0).data(PLAIN_TEXT_ROLE).startswith("1. Cadera arriba")
    search = row.data(SEARCH_ROLE)
    assert "escorpión" in search and "scorpion stretch" in search
    assert row.data(Qt.ItemDataRole.ToolTipRole).startswith("Un calentamiento suave")
