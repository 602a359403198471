"""Load python-vlc and libVLC once, guarded: a missing or broken libVLC must never end the app."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from types import ModuleType
from typing import Any

INSTALL_HINT = {
    "debian": "sudo apt-get install libvlc5 vlc-plugin-base vlc-plugin-video-output",
    "fedora": "sudo dnf install vlc-libs vlc-plugins-base  (from RPM Fusion)",
    "macos": "brew install --cask vlc",
    "windows": "install VLC (64-bit) from videolan.org",
}


def install_hint() -> str:
    import platform

    system = platform.system()
    if system == "Darwin":
        return INSTALL_HINT["macos"]
    if system == "Windows":
        return INSTALL_HINT["windows"]
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            text = f.read().lower()
    except OSError:
        text = ""
    if "fedora" in text or "rhel" in text:
        return INSTALL_HINT["fedora"]
    return INSTALL_HINT["debian"]


@dataclass(frozen=True)
class VlcLoad:
    module: ModuleType | None
    instance: Any = None
    version: str = ""
    error: str = ""
    #: "bundled" (the frozen build's own libVLC and plugins) or "system".
    source: str = "system"


_LIBVLC_NAMES = {"win32": "libvlc.dll", "darwin": "libvlc.dylib"}


def use_bundled_vlc() -> str:
    """In a build that carries libVLC (packaging/supple.spec, SUPPLE_VLC=bundle), point python-vlc
    at its libvlc and libVLC at its plugins, so the two always come from the same VLC; returns the
    source, "bundled" or "system"."""
    import sys

    from desktop.paths import vlc_source

    source = vlc_source()
    if source.kind != "bundled" or source.folder is None:
        return "system"
    folder = source.folder
    library = folder / _LIBVLC_NAMES.get(sys.platform, "libvlc.so.5")
    os.environ["PYTHON_VLC_LIB_PATH"] = str(library)
    os.environ["PYTHON_VLC_MODULE_PATH"] = str(folder)
    os.environ["VLC_PLUGIN_PATH"] = str(folder / "plugins")
    if sys.platform.startswith("linux"):
        # libvlc finds libvlccore by its soname: load the bundled one first, so the system's never is.
        import ctypes

        for core in sorted(folder.glob("libvlccore.so.*")):
            ctypes.CDLL(str(core), mode=ctypes.RTLD_GLOBAL)
    return "bundled"


INSTANCE_ARGS = (
    "--quiet",
    "--no-xlib",  # we never give libVLC a window; keep it off Xlib entirely
    "--no-video-title-show",
    "--no-osd",
    "--no-snapshot-preview",
    "--no-stats",
    # Show a late frame rather than drop it: the frame table is learnt by counting (see frame_tracker).
    "--no-drop-late-frames",
    "--no-skip-frames",
)


@functools.cache
def load_vlc() -> VlcLoad:
    """Import python-vlc and create the one libVLC instance Supple uses.

    python-vlc raises at import when libVLC is missing and calls sys.exit(1) when
    PYTHON_VLC_LIB_PATH is wrong, hence BaseException.
    """
    if os.environ.get("SUPPLE_DISABLE_VLC"):
        return VlcLoad(None, error="libVLC disabled by SUPPLE_DISABLE_VLC")
    source = use_bundled_vlc()
    try:
        import vlc
    except BaseException as exc:
        return VlcLoad(None, error=f"python-vlc could not load libVLC ({type(exc).__name__}: {exc})")
    args = list(INSTANCE_ARGS)
    extra = os.environ.get("SUPPLE_VLC_ARGS", "")
    args += extra.split()
    try:
        instance = vlc.Instance(args)
        version = vlc.libvlc_get_version().decode("utf-8", "replace")
    except BaseException as exc:
        return VlcLoad(None, error=f"libVLC failed to start ({type(exc).__name__}: {exc})")
    if instance is None:
        return VlcLoad(None, error="libVLC failed to start (are its plugins installed? vlc-plugin-base)")
    return VlcLoad(vlc, instance, version.split()[0], source=source)
