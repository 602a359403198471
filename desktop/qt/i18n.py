"""The interface language: the system's, unless Settings names one.

`ui_languages` is what routine text is shown in (desktop.domain.languages picks the first a
routine has). Qt's translators for the interface's own strings are installed from the same choice,
before the window is built (`install_translators`): Qt's own qtbase_<lang>.qm (dialog buttons) and
Supple's supple_<lang>.qm from resources/translations. A missing or unreadable file leaves that part
in English and says so in the log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.qt.settings import OPTIONS, Settings

log = logging.getLogger(__name__)

#: Languages the interface is translated into, besides English (the source language).
TRANSLATED = ("de", "es")
#: The choices of Preferences > Language: (tag, label); labels name each language in itself.
LANGUAGE_CHOICES = (("", None), ("en", "English"), ("de", "Deutsch"), ("es", "Español"))


def ui_languages(settings: Settings | None = None) -> list[str]:
    """The person's languages, best first, as BCP 47 tags ("de-DE", "es", "en-US")."""
    chosen = settings.get(OPTIONS.language) if settings is not None else ""
    if chosen:
        return [chosen]
    return [tag.replace("_", "-") for tag in QLocale().uiLanguages()]


def translations_dir() -> Path:
    from desktop.paths import resource

    return resource("translations")


def interface_language(languages: list[str]) -> str:
    """The first of `languages` the interface speaks ("en" when none is translated)."""
    for tag in languages:
        base = tag.split("-")[0].lower()
        if base == "en" or base in TRANSLATED:
            return base
    return "en"


def install_translators(
    app: QCoreApplication,
    settings: Settings | None,
    *,
    language: str | None = None,
    folder: Path | None = None,
) -> list[QTranslator]:
    """Install the translators for the person's language (or `language`); returns them.

    English has a translation too: only its plural forms ("1 rep", "5 reps"). A language chosen
    in Settings also becomes the default QLocale, so that numbers and dates follow it.
    """
    chosen = settings.get(OPTIONS.language) if settings is not None else ""
    if chosen:
        QLocale.setDefault(QLocale(chosen.replace("-", "_")))
    language = language or interface_language(ui_languages(settings))
    installed = []
    if language != "en":
        qt = QTranslator(app)
        folder_qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(language), "qtbase", "_", folder_qt):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.info(
                "Qt's own translation for %s was not found; its dialog buttons stay in English", language
            )
    path = (folder or translations_dir()) / f"supple_{language}.qm"
    own = QTranslator(app)
    if not path.is_file():
        log.warning("the translation %s is missing; Supple is shown in English", path)
    elif not own.load(str(path)) or own.isEmpty():
        log.warning("the translation %s could not be read (damaged?); Supple is shown in English", path)
    else:
        app.installTranslator(own)
        installed.append(own)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
