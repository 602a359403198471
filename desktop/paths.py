"""Where Supple reads its bundled files and writes its own.

Bundled files (resources/, ui/) are found the same way from a source tree, an installed wheel
(where they live in ``desktop/_data``) and a frozen PyInstaller build (``sys._MEIPASS``).
Everything Supple writes goes under one data folder: ``--data-dir``, else ``SUPPLE_DATA_DIR``,
else the platform's user data folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_DIRNAME = "Supple"
ENV_DATA_DIR = "SUPPLE_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundle_roots() -> list[Path]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR / "_data")  # installed wheel
    roots.append(_PACKAGE_DIR.parent)  # source tree or editable install
    return roots


def _bundled(name: str) -> Path:
    for root in _bundle_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Supple's bundled '{name}' folder is missing (looked in {_bundle_roots()})")


def resources_dir() -> Path:
    return _bundled("resources")


def ui_dir() -> Path:
    return _bundled("ui")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@dataclass(frozen=True)
class DataPaths:
    """Every file and folder Supple writes, all under one root."""

    root: Path
    logs: Path
    #: True when the root came from the platform's default user folders.
    default: bool = False

    @property
    def database(self) -> Path:
        return self.root / "supple.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

    @property
    def library(self) -> Path:
        """Imported routines and their clips."""
        return self.root / "library"

    @property
    def cache(self) -> Path:
        """What Supple can read again from elsewhere (a clip's frames): deleting it loses nothing."""
        return self.root / "cache"

    @property
    def log_file(self) -> Path:
        return self.logs / "supple.log"

    def ensure(self) -> DataPaths:
        for d in (self.root, self.logs):
            d.mkdir(parents=True, exist_ok=True)
        return self


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """Resolve the data folder: the argument, then SUPPLE_DATA_DIR, then the user data folder."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return DataPaths(root=root, logs=root / "logs")
    import platformdirs

    return DataPaths(
        root=Path(platformdirs.user_data_dir(APP_DIRNAME, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP_DIRNAME, appauthor=False)),
        default=True,
    )


#: Paths in messages are shortened to this many characters, so that each message stays readable.
_SHOWN_PATH = 120


def shown_path(text: str | os.PathLike[str]) -> str:
    """A path for a one-line message: control characters escaped, the middle of a long one elided."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in os.fspath(text))
    if len(shown) <= _SHOWN_PATH:
        return shown
    half = (_SHOWN_PATH - 1) // 2
    return f"{shown[:half]}…{shown[-half:]}"


@dataclass(frozen=True)
class VlcSource:
    """Where this Supple takes libVLC from: "bundled" (a frozen build with VLC inside, in `folder`)
    or "system" (a frozen build without VLC, or Supple run from Python)."""

    kind: str
    folder: Path | None = None

    def describe(self) -> str:
        if self.kind == "bundled":
            return f"libVLC: bundled with this build ({self.folder})"
        return "libVLC: the system's"


def vlc_source() -> VlcSource:
    """Read from the frozen build's supple-build.txt (packaging/supple.spec writes it); a build
    says "bundle" only when it carries libVLC and its plugins together in vlc/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if not frozen:
        return VlcSource("system")
    try:
        text = (Path(frozen) / "supple-build.txt").read_text(encoding="utf-8")
    except OSError:
        return VlcSource("system")
    if "vlc=bundle" in text.split():
        return VlcSource("bundled", Path(frozen) / "vlc")
    return VlcSource("system")


def version_text(version: str) -> str:
    """`supple --version`: the version, then which libVLC this Supple uses (a line of its own, so
    that the first line stays "supple X.Y.Z")."""
    build = "a frozen build" if getattr(sys, "frozen", False) else "run from Python"
    return f"supple {version}\n{vlc_source().describe()} ({build})"


#: A file's content, cheaply: its real path, size and modification time.
FileKey = tuple[str, int, int]


def file_key(path: Path) -> FileKey | None:
    """Identifies a file's content cheaply: its real path, size and modification time; None when
    it cannot be read."""
    try:
        st = os.stat(path)
        return (str(path.resolve()), st.st_size, st.st_mtime_ns)
    except (OSError, RuntimeError, ValueError):
        return None
