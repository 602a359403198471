"""Start at login: an XDG autostart entry ($XDG_CONFIG_HOME/autostart/<app id>.desktop) on Linux.

The entry starts Supple hidden in the tray (`--tray`), so that reminders fire without a window in
the way. Writing or removing it never raises: a folder that cannot be written gives one sentence
that says where and why. Other systems (Windows' Run key, macOS' login items) are not done yet:
`supported()` says so and the tray leaves the item out.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.identity import APP_ID

#: The application id: the desktop file's name, the icon's, the notifications' desktop-entry.


def supported(platform: str = sys.platform) -> bool:
    return platform.startswith("linux") or platform.startswith("freebsd")


def autostart_file(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def command(argv0: str | None = None, data_dir: str | None = None) -> list[str]:
    """How the entry starts Supple: this Python running this Supple, in the tray."""
    program = [sys.executable, "-m", "desktop"] if argv0 is None else [argv0]
    extra = ["--data-dir", data_dir] if data_dir else []
    return [*program, *extra, "--tray"]


def entry_text(exec_args: list[str]) -> str:
    """The desktop entry. Exec quotes each argument by the Desktop Entry spec's rules."""
    exec_line = " ".join(_quote(arg) for arg in exec_args)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Supple\n"
        "Comment=Reminders for your movement routines\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _quote(arg: str) -> str:
    if arg and all(c.isalnum() or c in "-_./=:+," for c in arg):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def is_enabled(environ: dict[str, str] | None = None) -> bool:
    return autostart_file(environ).is_file()


def set_enabled(on: bool, exec_args: list[str], environ: dict[str, str] | None = None) -> str | None:
    """Write or remove the entry; None when done, else what went wrong, in one sentence."""
    path = autostart_file(environ)
    try:
        if not on:
            path.unlink(missing_ok=True)
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(entry_text(exec_args), encoding="utf-8")
        os.replace(tmp, path)
        return None
    except OSError as e:
        where = Path(e.filename) if e.filename else path.parent
        text = (
            QCoreApplication.translate(
                "TrayController", "Supple cannot write its start-at-login entry: %1 (%2)."
            )
            if on
            else QCoreApplication.translate(
                "TrayController", "Supple cannot remove its start-at-login entry: %1 (%2)."
            )
        )
        return text.replace("%1", str(e.strerror or e)).replace("%2", str(where))


__all__ = ["APP_ID", "autostart_file", "command", "entry_text", "is_enabled", "set_enabled", "supported"]
