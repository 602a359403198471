"""The core (domain, content, engine, store) must import without PySide6."""

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
