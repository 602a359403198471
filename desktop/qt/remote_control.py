"""Remote control's place in the window: the server turned on and off by Settings, and a dialog with
the page's address as text and as a QR code for the phone's camera."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.qt.settings import OPTIONS, Settings

if TYPE_CHECKING:
    from desktop.qt.main_window import MainWindow
    from desktop.qt.remote_commands import RemoteCommands
    from desktop.qt.remote_server import RemoteServer

log = logging.getLogger(__name__)


class RemoteControl(QObject):
    """Runs the remote page's server while the setting is on.

    Signals:
        changed(): turned on or off, or the address changed; `url` and `problem` say how it is.
    """

    changed = Signal()

    def __init__(self, commands: RemoteCommands, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.commands = commands
        self.settings = settings
        #: Made when remote control is first turned on: QtNetwork is not loaded before.
        self.server: RemoteServer | None = None
        self.problem = ""
        settings.changed.connect(self._on_setting)

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None else ""

    def _made_server(self) -> RemoteServer:
        if self.server is None:
            from desktop.paths import resource
            from desktop.qt.remote_server import RemoteServer

            self.server = RemoteServer(
                lambda: self.commands.snapshot().public(), self._run, resource("remote"), self
            )
        return self.server

    def _run(self, command: str) -> None:
        getattr(self.commands, command)()

    @Slot(str)
    def _on_setting(self, key: str) -> None:
        if key in (OPTIONS.remote_enabled.key, OPTIONS.remote_interface.key):
            self.apply(restart=True)

    def apply(self, restart: bool = False) -> None:
        """Start or stop the server as the settings say (a restart makes a new token)."""
        self.problem = ""
        if not self.settings.get(OPTIONS.remote_enabled):
            if self.server is not None:
                self.server.stop()
            self.changed.emit()
            return
        server = self._made_server()
        if restart or not server.listening:
            from desktop.qt.remote_server import listen_address

            address = listen_address(self.settings.get(OPTIONS.remote_interface))
            if address is None:
                server.stop()
                self.problem = self.tr(
                    "No network to serve the remote page on: connect to a network, or choose one in Preferences."
                )
            elif not server.start(address):
                self.problem = self.tr("The remote page cannot be served on %1.").replace("%1", str(address))
        self.changed.emit()


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    """`text` as a QR code, drawn by segno (pure Python, imported only here)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class RemoteDialog(QDialog):
    """The address of the remote page, as a QR code and as text, and a switch for it."""

    def __init__(self, remote: RemoteControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remote Control"))
        self.remote = remote
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code of the remote page's address"))
        self.address = QLabel(self)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toggle = QPushButton(self)
        self.toggle.clicked.connect(self._toggle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        for widget in (self.note, self.qr, self.address, buttons):
            layout.addWidget(widget)
        remote.changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        url = self.remote.url
        self.toggle.setText(self.tr("Turn Off") if url else self.tr("Turn On"))
        self.qr.setVisible(bool(url))
        self.address.setVisible(bool(url))
        if url:
            self.qr.setPixmap(qr_pixmap(url))
            self.address.setText(url)
            self.note.setText(
                self.tr(
                    "Scan this with the phone's camera, on the same network, to control Supple from its "
                    "browser. The address changes each time remote control is turned on."
                )
            )
        else:
            self.note.setText(self.remote.problem or self.tr("Remote control is off."))

    @Slot()
    def _toggle(self) -> None:
        self.remote.settings.set(OPTIONS.remote_enabled, not self.remote.url)


def install_remote(window: MainWindow) -> RemoteControl:
    """View > Remote Control, and the dialog shown whenever remote control is turned on."""
    remote = RemoteControl(window.commands, window.settings, window)
    action = window.ui.menuView.addAction(QCoreApplication.translate("MainWindow", "&Remote Control…"))
    action.setObjectName("actionRemoteControl")
    dialog: list[RemoteDialog] = []

    def show() -> None:
        if not dialog:
            dialog.append(RemoteDialog(remote, window))
        dialog[0].show()

    action.triggered.connect(show)
    remote.changed.connect(lambda: show() if remote.url else None)
    return remote
