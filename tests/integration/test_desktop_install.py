"""`make install-desktop` and `make uninstall-desktop` (packaging/desktop_install.py) in a private
XDG_DATA_HOME: the menu entry, icons and file types arrive, the desktop's MIME database maps Supple's
files to Supple's types, and uninstalling leaves the folder exactly as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.identity import APP_ID, MIME_BUNDLE, MIME_PLAYLIST, MIME_ROUTINE

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "desktop_install.py"


def _tree(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder`, with a digest of each file's bytes."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): "dir" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
    }


def _run(*args: str, home: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *args, "--data-home", str(home)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "failed" not in result.stdout, result.stdout
    return result.stdout


def _make(target: str, home: Path) -> None:
    """Run a make target with this test's Python, as if `make install` were done (it is: we run in it)."""
    env = dict(os.environ, XDG_DATA_HOME=str(home))
    bin_dir = Path(sys.executable).parent
    result = subprocess.run(
        [
            "make",
            "-s",
            "-C",
            str(ROOT),
            "-o",
            "install",
            f"PYTHON={sys.executable}",
            f"BIN={bin_dir}",
            target,
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _qt_mime_types(home: Path, files: list[Path]) -> list[str]:
    """What Qt's MIME database (the shared-mime-info one the desktop reads) says each file is."""
    code = (
        "import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "print('\\n'.join(db.mimeTypeForFile(f).name() for f in sys.argv[1:]))\n"
    )
    env = dict(os.environ, XDG_DATA_HOME=str(home))
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, files)], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.split()


@pytest.fixture
def samples(tmp_path: Path) -> dict[str, Path]:
    """A bundle, a routine and a playlist, each once with its usual name and once without a suffix."""
    folder = tmp_path / "files"
    folder.mkdir()
    routine = (ROOT / "resources" / "routines" / "scorpion-stretch.supple.json").read_text(encoding="utf-8")
    playlist = (
        '{\n  "format": "supple.playlist/1",\n  "id": "warm-up",\n  "title": "Warm-up",\n  "items": []\n}\n'
    )
    bundle = folder / "hips.supple"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("scorpion-stretch.supple.json", routine)
        zf.writestr("clips/a.mp4", b"\0" * 16)
    files = {
        "bundle": bundle,
        "routine": folder / "hips.supple.json",
        "playlist": folder / "warm-up.supple-playlist.json",
        "bundle?": folder / "hips-bundle",
        "routine?": folder / "hips-routine",
        "playlist?": folder / "warm-up",
    }
    files["routine"].write_text(routine, encoding="utf-8")
    files["playlist"].write_text(playlist, encoding="utf-8")
    shutil.copy(bundle, files["bundle?"])
    shutil.copy(files["routine"], files["routine?"])
    shutil.copy(files["playlist"], files["playlist?"])
    return files


def test_install_then_uninstall_in_an_empty_data_home(
    tmp_path: Path, samples: dict[str, Path], desktop_tool: Callable[[str], str]
) -> None:
    desktop_tool("update-mime-database")
    desktop_tool("update-desktop-database")
    home = tmp_path / "share"
    _make("install-desktop", home)

    entry = home / "applications" / f"{APP_ID}.desktop"
    assert entry.is_file()
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (home / "icons" / "hicolor" / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg").is_file()
    # The menu entry starts this checkout's supple, wherever the checkout is.
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert Path(exec_line.removeprefix("Exec=").rsplit(" ", 1)[0].strip('"')).name == "supple"
    validated = subprocess.run(
        [desktop_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert validated.returncode == 0, validated.stdout
    # update-desktop-database: the desktop now knows Supple opens its types.
    cache = (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"{MIME_BUNDLE}={APP_ID}.desktop;" in cache

    kinds = _qt_mime_types(home, list(samples.values()))
    assert kinds == [MIME_BUNDLE, MIME_ROUTINE, MIME_PLAYLIST] * 2, dict(zip(samples, kinds, strict=True))
    # GLib's lookup, as file managers do it, agrees.
    out = subprocess.run(
        [desktop_tool("gio"), "info", "-a", "standard::content-type", *map(str, samples.values())],
        env=dict(os.environ, XDG_DATA_HOME=str(home)),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = [line.split(":", 3)[-1].strip() for line in out.splitlines() if "content-type" in line]
    assert found == kinds

    _make("uninstall-desktop", home)
    assert _tree(home) == {}, "uninstall leaves nothing behind in a folder that did not exist"
    assert _qt_mime_types(home, [samples["bundle"]]) == ["application/zip"]


def test_uninstall_restores_a_data_home_other_programs_use(
    tmp_path: Path, desktop_tool: Callable[[str], str]
) -> None:
    home = tmp_path / "share"
    (home / "applications").mkdir(parents=True)
    (home / "mime" / "packages").mkdir(parents=True)
    (home / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (home / "icons" / "hicolor" / "48x48" / "apps" / "other.png").write_bytes(b"png")
    (home / "applications" / "other.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Other\nExec=other %f\nMimeType=text/x-other;\n"
    )
    (home / "mime" / "packages" / "other.xml").write_text(
        '<?xml version="1.0"?>\n<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">'
        '<mime-type type="text/x-other"><comment>Other</comment><glob pattern="*.other"/></mime-type>'
        "</mime-info>\n"
    )
    subprocess.run([desktop_tool("update-desktop-database"), str(home / "applications")], check=True)
    subprocess.run([desktop_tool("update-mime-database"), str(home / "mime")], check=True)
    before = _tree(home)

    _run("install", "--exec", "/opt/Supple apps/supple", home=home)
    entry = (home / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert 'Exec="/opt/Supple apps/supple" %f' in entry
    assert f"{APP_ID}.desktop" in (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert "other.desktop" in (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    _run("install", home=home)  # a second install replaces the first
    _run("uninstall", home=home)

    assert _tree(home) == before


def test_uninstall_without_an_install_changes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "share"
    (home / "applications").mkdir(parents=True)
    out = _run("uninstall", home=home)
    assert "nothing to remove" in out
    assert _tree(home) == {"applications": "dir"}
