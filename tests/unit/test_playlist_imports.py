"""Playlists, bundles and the library are core: they import and work without Qt (and the format
without SQLAlchemy)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )


def test_content_with_playlists_and_bundles_imports_without_pyside6(tmp_path: Path) -> None:
    script = f"""
import sys
from pathlib import Path
import desktop.content
from desktop.content import Block, PlaylistDocument, decode_playlist, encode_playlist, resolve_playlist
assert "desktop.content.bundle" not in sys.modules, "bundles load on first use"
assert not any(m.startswith("sqlalchemy") for m in sys.modules), "the format needs no database"
from desktop.content import BundleError, RoutineCatalog, export_routine, import_path
import desktop.content.bundle, desktop.content.library
from desktop.domain import Playlist, PlaylistItem
doc = decode_playlist(encode_playlist(Playlist("p", "P", (PlaylistItem("scorpion-stretch"),))), Path("p.json"))
catalog = RoutineCatalog.load(None)
assert resolve_playlist(doc, catalog).total_seconds > 0
export_routine(catalog("scorpion-stretch"), Path({str(tmp_path)!r}) / "s.supple")
bad = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6", "vlc"))
assert not bad, bad
"""
    result = run(script)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "s.supple").stat().st_size > 1_000_000
