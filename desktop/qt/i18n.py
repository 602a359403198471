"""The interface language: the system's, unless Settings names one.

`ui_languages` is what routine text is shown in (desktop.domain.languages picks the first a
routine has). Qt's translators for the interface's own strings are installed from the same choice.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.qt.settings import OPTIONS, Settings


def ui_languages(settings: Settings | None = None) -> list[str]:
    """The person's languages, best first, as BCP 47 tags ("de-DE", "es", "en-US")."""
    chosen = settings.get(OPTIONS.language) if settings is not None else ""
    if chosen:
        return [chosen]
    return [tag.replace("_", "-") for tag in QLocale().uiLanguages()]
