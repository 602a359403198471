"""The backend choice: its names are declared once, and reading them loads neither Qt nor libVLC."""

import subprocess
import sys

import pytest

from desktop.media.select import CHOICES, BackendName, create_backend


def test_the_backend_names_can_be_read_without_loading_qt_or_libvlc() -> None:
    code = (
        "import sys\n"
        "from desktop.media.select import CHOICES\n"
        "print(','.join(CHOICES))\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'vlc')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["auto,vlc,qt", ""]


def test_an_unknown_backend_name_is_refused_with_the_choices() -> None:
    assert tuple(BackendName) == CHOICES
    with pytest.raises(ValueError, match=r"unknown backend 'mpv'; choose one of auto, vlc, qt"):
        create_backend("mpv")
