"""The main window's loop marks: the timeline under the video and the keys I, O, X, Shift+I and
Shift+O, acting on the clip being browsed (see desktop/qt/loop_marks.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.domain import Segment
from desktop.domain.marks import LoopMarks
from desktop.qt.loop_marks import LoopMarksController
from desktop.qt.loop_timeline import LoopTimeline
from desktop.qt.window_base import WindowBase

#: (attribute, menu text, key, tooltip) of each marks action.
_ACTIONS = (
    (
        "actionMarkIn",
        str(QT_TRANSLATE_NOOP("MainWindow", "Mark Loop &In")),
        "I",
        str(QT_TRANSLATE_NOOP("MainWindow", "The loop starts at the frame on screen")),
    ),
    (
        "actionMarkOut",
        str(QT_TRANSLATE_NOOP("MainWindow", "Mark Loop &Out")),
        "O",
        str(
            QT_TRANSLATE_NOOP(
                "MainWindow", "The loop ends with the frame on screen (it plays it, then wraps)"
            )
        ),
    ),
    (
        "actionClearMarks",
        str(QT_TRANSLATE_NOOP("MainWindow", "&Clear Loop Marks")),
        "X",
        str(QT_TRANSLATE_NOOP("MainWindow", "The whole clip loops again")),
    ),
    (
        "actionJumpIn",
        str(QT_TRANSLATE_NOOP("MainWindow", "Go to Loop In")),
        "Shift+I",
        str(QT_TRANSLATE_NOOP("MainWindow", "Show the loop's first frame (playing: the loop starts again)")),
    ),
    (
        "actionJumpOut",
        str(QT_TRANSLATE_NOOP("MainWindow", "Go to Loop Out")),
        "Shift+O",
        str(QT_TRANSLATE_NOOP("MainWindow", "Show the loop's last frame, paused")),
    ),
)


class MarksMixin(WindowBase):
    """Loop marks; part of MainWindow (desktop/qt/main_window.py)."""

    def _setup_marks(self) -> None:
        ui = self.ui
        self.timeline = LoopTimeline(ui.videoColumn)
        ui.videoLayout.insertWidget(ui.videoLayout.indexOf(ui.videoPane) + 1, self.timeline)
        self.timeline.hide()
        self.loop_marks = LoopMarksController(self.timeline, self)
        self.loop_marks.play_loop = self._play_marked_loop
        self.loop_marks.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        menu = ui.menuPlayback.addMenu(QCoreApplication.translate("MainWindow", "Loop &Marks"))
        menu.setObjectName("menuLoopMarks")
        marks = self.loop_marks
        slots: dict[str, Callable[[], None]] = {
            "actionMarkIn": lambda: marks.mark("in"),
            "actionMarkOut": lambda: marks.mark("out"),
            "actionClearMarks": marks.clear,
            "actionJumpIn": lambda: marks.jump("in"),
            "actionJumpOut": lambda: marks.jump("out"),
        }
        #: The marks actions by object name.
        self.marks_actions: dict[str, QAction] = {}
        for name, text, key, tip in _ACTIONS:
            action = QAction(QCoreApplication.translate("MainWindow", text), self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.setToolTip(f"{QCoreApplication.translate('MainWindow', tip)} ({key})")
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, slot=slots[name]: self._marks_key(slot))
            ui.central.addAction(action)
            menu.addAction(action)
            self.marks_actions[name] = action

    def _marks_key(self, act: Callable[[], None]) -> None:
        if self.session.active:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Loop marks are set while browsing a clip, not during a session"
                ),
                5000,
            )
            return
        act()

    def current_loop(self) -> LoopMarks | None:
        """The loop marked on the clip being browsed, for "Use this loop"."""
        return self.loop_marks.current_loop()

    def _show_timeline(self, browsing: bool) -> None:
        self.timeline.setVisible(browsing and not self.isFullScreen())

    def _play_marked_loop(self, segment: Segment | None) -> None:
        """Loop the marked loop: live from the frame on screen when it is inside it, else by loading the
        clip again (no poster: the picture stays until the loop shows)."""
        path = self.loop_marks.path
        if self.backend is None or path is None:
            return
        self._playing = (path, segment)
        self.backend.play_loop(path, segment, loop=self.ui.actionLoop.isChecked())
        self._apply_rate()
