"""The core (domain, content, engine, store) must import without PySide6; start-up without PyAV."""

import subprocess
import sys


def test_core_imports_without_pyside6() -> None:
    code = (
        "import sys\n"
        "import desktop.domain, desktop.domain.describe, desktop.content, desktop.engine, desktop.store\n"
        "import desktop.paths, desktop.logs, desktop.__main__\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'vlc')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_start_up_and_loading_a_routine_do_not_import_pyav() -> None:
    """PyAV loads FFmpeg (about 0.1 s): only probing a clip may import it, never start-up."""
    code = (
        "import sys\n"
        "import desktop.__main__, desktop.app, desktop.content, desktop.content.media_info\n"
        "import desktop.content.semantics, desktop.content.signatures, desktop.logs\n"
        "import desktop.media.base, desktop.media.probe, desktop.media.select, desktop.media.qt_backend\n"
        "import desktop.media.vlc_backend, desktop.qt.main_window\n"
        "from desktop.content import bundled_routine_path, load_routine\n"
        "load_routine(bundled_routine_path())\n"
        "from desktop.media.base import check_media_file\n"
        "check_media_file(bundled_routine_path().parent.parent / 'clips' / 'scorpion-1.mp4')\n"
        "print(','.join(sorted(m for m in sys.modules if m == 'av' or m.startswith('av.'))))\n"
        "from desktop.content.media_info import probe\n"
        "probe(bundled_routine_path().parent.parent / 'clips' / 'scorpion-1.mp4')\n"
        "print('av' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["", "True"]  # none before probing; the test sees PyAV when it is used
