#!/usr/bin/env python3
"""Check the system libraries Supple needs (Qt's xcb platform, libVLC, audio) and say how to get them.

Standard library only: it runs before the virtualenv exists.

    python3 packaging/sysdeps.py [--for run|test] [--install] [--quiet]

It prints the exact install command for this platform for whatever is missing. With --install
(or when run as root) it runs that command. Exit status 1 only when something Qt cannot start
without is still missing; libVLC is optional (Supple falls back to Qt Multimedia).
"""

from __future__ import annotations

import argparse
import ctypes.util
import glob
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Need:
    what: str
    found: bool
    debian: tuple[str, ...]
    fedora: tuple[str, ...]
    required: bool = True
    #: Said after what is missing when it is optional.
    note: str = "optional: Supple falls back to Qt Multimedia"


def _lib(name: str) -> bool:
    return ctypes.util.find_library(name) is not None


def _vlc_plugins() -> bool:
    patterns = [
        "/usr/lib/*/vlc/plugins/codec/libavcodec_plugin.so",
        "/usr/lib*/vlc/plugins/codec/libavcodec_plugin.so",
    ]
    return any(glob.glob(p) for p in patterns)


def needs(purpose: str) -> list[Need]:
    items = [
        Need("Qt's X11 platform (xcb-cursor)", _lib("xcb-cursor"), ("libxcb-cursor0",), ("xcb-util-cursor",)),
        Need("Qt's X11 platform (xcb-icccm)", _lib("xcb-icccm"), ("libxcb-icccm4",), ("xcb-util-wm",)),
        Need("Qt's X11 platform (xcb-keysyms)", _lib("xcb-keysyms"), ("libxcb-keysyms1",), ("xcb-util-keysyms",)),
        Need("Qt's X11 platform (xcb-image)", _lib("xcb-image"), ("libxcb-image0",), ("xcb-util-image",)),
        Need("Qt's X11 platform (xcb-render-util)", _lib("xcb-render-util"), ("libxcb-render-util0",),
             ("xcb-util-renderutil",)),
        Need("Qt's X11 platform (xkbcommon-x11)", _lib("xkbcommon-x11"), ("libxkbcommon-x11-0",),
             ("libxkbcommon-x11",)),
        Need("OpenGL and EGL", _lib("EGL") and _lib("GL"), ("libegl1", "libgl1"), ("libglvnd-egl", "libglvnd-glx")),
        Need("fonts", _lib("fontconfig") and bool(glob.glob("/usr/share/fonts/**/*.ttf", recursive=True)),
             ("libfontconfig1", "fonts-dejavu-core"), ("fontconfig", "dejavu-sans-fonts")),
        Need("D-Bus", _lib("dbus-1"), ("libdbus-1-3",), ("dbus-libs",)),
        Need("audio for Qt Multimedia (PulseAudio client)", _lib("pulse"), ("libpulse0",), ("pulseaudio-libs",)),
        Need("libVLC", _lib("vlc"), ("libvlc5",), ("vlc-libs",), required=False),
        Need("libVLC's decoders", _vlc_plugins(), ("vlc-plugin-base", "vlc-plugin-video-output"),
             ("vlc-plugins-base",), required=False),
        Need("a speech engine (speech-dispatcher with espeak-ng)",
             _lib("speechd") and shutil.which("speech-dispatcher") is not None,
             ("speech-dispatcher", "speech-dispatcher-espeak-ng", "espeak-ng", "libspeechd2"),
             ("speech-dispatcher", "speech-dispatcher-espeak-ng", "espeak-ng"), required=False,
             note="optional: Supple plays cue sounds instead of speaking"),
    ]  # fmt: skip
    if purpose == "test":
        items.append(Need("Xvfb (a virtual screen for tests)", shutil.which("Xvfb") is not None,
                          ("xvfb", "xauth"), ("xorg-x11-server-Xvfb",)))  # fmt: skip
        items.append(Need("PulseAudio (a silent sound server for tests)", shutil.which("pulseaudio") is not None,
                          ("pulseaudio",), ("pulseaudio",)))  # fmt: skip
        # The desktop files' checks, `make install-desktop`'s caches, and PyInstaller for `make dist`.
        _skipped = {"required": False, "note": "optional: the tests that need it are skipped"}
        items.append(Need("desktop-file-validate", shutil.which("desktop-file-validate") is not None,
                          ("desktop-file-utils",), ("desktop-file-utils",), **_skipped))  # fmt: skip
        items.append(Need("appstreamcli", shutil.which("appstreamcli") is not None, ("appstream",),
                          ("appstream",), **_skipped))  # fmt: skip
        items.append(Need("update-mime-database", shutil.which("update-mime-database") is not None,
                          ("shared-mime-info",), ("shared-mime-info",), **_skipped))  # fmt: skip
        items.append(Need("gio (GLib's file type lookup)", shutil.which("gio") is not None,
                          ("libglib2.0-bin",), ("glib2",), **_skipped))  # fmt: skip
        items.append(Need("objdump (for PyInstaller)", shutil.which("objdump") is not None, ("binutils",),
                          ("binutils",), **_skipped))  # fmt: skip
        items.append(Need("poppler-utils (reads the printed sheet back)", shutil.which("pdftotext") is not None,
                          ("poppler-utils",), ("poppler-utils",)))  # fmt: skip
        items.append(Need("dbus-daemon (a private session bus for the notification tests)",
                          shutil.which("dbus-daemon") is not None, ("dbus-daemon",), ("dbus-daemon",)))  # fmt: skip
        items.append(Need("dbus-send (the MPRIS tests' client)", shutil.which("dbus-send") is not None,
                          ("dbus-bin",), ("dbus-tools",), **_skipped))  # fmt: skip
        items.append(Need("Chromium and chromium-driver (the remote page's tests)",
                          shutil.which("chromium") is not None and shutil.which("chromedriver") is not None,
                          ("chromium", "chromium-driver"), ("chromium", "chromedriver"), **_skipped))  # fmt: skip
    return items


def distro() -> str:
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            fields = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
    except OSError:
        return "unknown"
    ids = (fields.get("ID", "") + " " + fields.get("ID_LIKE", "")).replace('"', "").split()
    if any(i in ("debian", "ubuntu") for i in ids):
        return "debian"
    if any(i in ("fedora", "rhel", "centos") for i in ids):
        return "fedora"
    return "unknown"


def install_command(kind: str, packages: list[str], root: bool) -> list[str]:
    sudo = [] if root else ["sudo"]
    if kind == "debian":
        return [*sudo, "apt-get", "install", "-y", "--no-install-recommends", *packages]
    return [*sudo, "dnf", "install", "-y", *packages]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--for", dest="purpose", choices=("run", "test"), default="run")
    ap.add_argument("--install", action="store_true", help="install what is missing (as root)")
    ap.add_argument("--quiet", action="store_true")
    opts = ap.parse_args()

    system = platform.system()
    if system == "Darwin":
        if not opts.quiet:
            print("supple: on macOS, Qt comes with PySide6; for libVLC install VLC: brew install --cask vlc")
        return 0
    if system == "Windows":
        if not opts.quiet:
            print(
                "supple: on Windows, Qt comes with PySide6; for libVLC install VLC (64-bit) from videolan.org"
            )
        return 0

    kind = distro()
    missing = [n for n in needs(opts.purpose) if not n.found]
    if not missing:
        return 0
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    for n in missing:
        print(f"supple: missing {n.what}{'' if n.required else f' ({n.note})'}")
    if kind == "unknown":
        print("supple: install the libraries above with your system's package manager.")
        return 1 if any(n.required for n in missing) else 0
    packages = sorted({p for n in missing for p in (n.debian if kind == "debian" else n.fedora)})
    if kind == "fedora" and any(p.startswith("vlc") for p in packages):
        print("supple: on Fedora, VLC's packages come from RPM Fusion (https://rpmfusion.org).")
    command = install_command(kind, packages, root)
    if root and (opts.install or os.environ.get("SUPPLE_AUTO_INSTALL", "1") == "1"):
        print("supple: installing: " + " ".join(command), flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        if kind == "debian":
            subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        result = subprocess.run(command, env=env)
        if result.returncode == 0:
            return 0
        print(f"supple: the install command failed with status {result.returncode}")
    else:
        print("supple: to install them, run:\n    " + " ".join(command))
    return 1 if any(n.required for n in missing) else 0


if __name__ == "__main__":
    sys.exit(main())
