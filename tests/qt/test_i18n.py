"""The window in other languages: German and Spanish, English when a translation is missing or
damaged (said in the log), and a right-to-left language mirrors the layout."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.content import bundled_routine_path, load_routine
from desktop.qt.i18n import install_translators, interface_language, remove_translators, translations_dir
from desktop.qt.main_window import MainWindow
from desktop.qt.settings import OPTIONS, Settings
from tests.qt.pseudo import PseudoTranslator


def built(qtbot, settings: Settings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_routine(load_routine(bundled_routine_path()))
    return window


def test_the_interface_speaks_the_first_translated_language() -> None:
    assert interface_language(["fr-FR", "de-AT", "es"]) == "de"
    assert interface_language(["en-GB", "es"]) == "en"
    assert interface_language(["fr", "it"]) == "en"


def test_german_from_settings_translates_the_window_and_its_plurals(
    qtbot, qapp, settings: Settings, language: list
) -> None:
    settings.set(OPTIONS.language, "de")
    language += install_translators(qapp, settings)
    assert QLocale().language() == QLocale.Language.German
    window = built(qtbot, settings)
    assert window.ui.menuFile.title() == "&Datei"
    assert window.ui.sessionButton.text() == "Einheit starten"
    assert window.ui.routineMeta.full_text().startswith("5 Schritte · ")
    summaries = [window.ui.stepList.item(row).text() for row in range(window.ui.stepList.count())]
    assert any("Wiederholungen" in text for text in summaries), summaries
    assert any("linke Seite" in text or "links und rechts" in text for text in summaries), summaries


def test_spanish_from_settings(qtbot, qapp, settings: Settings, language: list) -> None:
    settings.set(OPTIONS.language, "es")
    language += install_translators(qapp, settings)
    window = built(qtbot, settings)
    assert window.ui.menuFile.title() == "&Archivo"
    assert window.ui.routineMeta.full_text().startswith("5 pasos · ")


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_a_missing_or_damaged_translation_leaves_english_and_says_so(
    qtbot, qapp, settings: Settings, language: list, tmp_path: Path, caplog, damage: str
) -> None:
    if damage == "corrupt":
        (tmp_path / "supple_de.qm").write_bytes(b"\x3c\xb8\x64\x18 not a translation")
    with caplog.at_level(logging.WARNING, logger="desktop.qt.i18n"):
        language += install_translators(qapp, None, language="de", folder=tmp_path)
    assert [r.getMessage() for r in caplog.records] == [
        f"the translation {tmp_path / 'supple_de.qm'} "
        + ("is missing" if damage == "missing" else "could not be read (damaged?)")
        + "; Supple is shown in English"
    ]
    window = built(qtbot, settings)
    assert window.ui.menuFile.title() == "&File"
    assert window.ui.sessionButton.text() == "Start session"


def test_the_shipped_translations_load(qapp, language: list) -> None:
    for lang, word in (("de", "Datei"), ("es", "Archivo")):
        translators = install_translators(qapp, None, language=lang, folder=translations_dir())
        language += translators
        assert qapp.translate("MainWindow", "&File").replace("&", "") == word
        remove_translators(qapp, translators)


def test_a_right_to_left_language_mirrors_the_layout(qtbot, qapp, settings: Settings, language: list) -> None:
    window = built(qtbot, settings)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    ui = window.ui
    assert ui.prevButton.x() < ui.nextButton.x()
    video_left = ui.videoPane.mapTo(window, ui.videoPane.rect().topLeft()).x()
    steps_left = ui.stepList.mapTo(window, ui.stepList.rect().topLeft()).x()
    assert video_left < steps_left

    rtl = PseudoTranslator("rtl")
    language.append(rtl)
    qapp.installTranslator(rtl)
    qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: ui.prevButton.x() > ui.nextButton.x())
    video_left = ui.videoPane.mapTo(window, ui.videoPane.rect().topLeft()).x()
    steps_left = ui.stepList.mapTo(window, ui.stepList.rect().topLeft()).x()
    assert video_left > steps_left


def test_preferences_offer_the_languages_and_save_the_choice(qtbot, settings: Settings) -> None:
    from desktop.qt.cues import CuePlayer
    from desktop.qt.settings_dialog import SettingsDialog

    cues = CuePlayer(settings)
    dialog = SettingsDialog(settings, cues)
    qtbot.addWidget(dialog)
    offered = [
        (dialog.language.itemData(i), dialog.language.itemText(i)) for i in range(dialog.language.count())
    ]
    assert offered == [("", "System"), ("en", "English"), ("de", "Deutsch"), ("es", "Español")]
    assert dialog.language.currentData() == ""
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.accept()
    assert Settings(settings.fileName()).get(OPTIONS.language) == "de"
    again = SettingsDialog(settings, cues)
    qtbot.addWidget(again)
    assert again.language.currentData() == "de"
    cues.close()
