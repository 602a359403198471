"""Supple's identity on the desktop: one application id for every file the desktop reads.

The desktop file (``io.supple.Supple.desktop``), the AppStream metainfo, the icons, the MIME
definitions, Qt's desktop file name and MPRIS's ``DesktopEntry`` all use ``APP_ID``. It is a
reverse-DNS name for a domain nobody else holds; no web site exists under it yet.
"""

from __future__ import annotations

APP_ID = "io.supple.Supple"
#: The icon theme name of the application icon (hicolor/*/apps/APP_ID.png, scalable/APP_ID.svg).
ICON_NAME = APP_ID
SYMBOLIC_ICON_NAME = f"{APP_ID}-symbolic"

#: shared-mime-info types, defined in packaging/linux/io.supple.Supple.mime.xml.
MIME_BUNDLE = "application/x-supple-bundle"
MIME_ROUTINE = "application/x-supple-routine+json"
MIME_PLAYLIST = "application/x-supple-playlist+json"
MIME_TYPES = (MIME_BUNDLE, MIME_ROUTINE, MIME_PLAYLIST)
