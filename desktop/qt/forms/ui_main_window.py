# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QSplitter, QStatusBar, QToolButton,
    QVBoxLayout, QWidget)

from desktop.qt.step_list import StepList
from desktop.qt.timer_panel import TimerPanel
from desktop.qt.video_pane import VideoPane

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionPlayPause = QAction(MainWindow)
        self.actionPlayPause.setObjectName(u"actionPlayPause")
        self.actionPrevious = QAction(MainWindow)
        self.actionPrevious.setObjectName(u"actionPrevious")
        self.actionNext = QAction(MainWindow)
        self.actionNext.setObjectName(u"actionNext")
        self.actionLoop = QAction(MainWindow)
        self.actionLoop.setObjectName(u"actionLoop")
        self.actionLoop.setCheckable(True)
        self.actionLoop.setChecked(True)
        self.actionFullScreen = QAction(MainWindow)
        self.actionFullScreen.setObjectName(u"actionFullScreen")
        self.actionFullScreen.setCheckable(True)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter = QSplitter(self.central)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.videoColumn = QWidget(self.mainSplitter)
        self.videoColumn.setObjectName(u"videoColumn")
        self.videoLayout = QVBoxLayout(self.videoColumn)
        self.videoLayout.setSpacing(0)
        self.videoLayout.setObjectName(u"videoLayout")
        self.videoLayout.setContentsMargins(0, 0, 0, 0)
        self.videoPane = VideoPane(self.videoColumn)
        self.videoPane.setObjectName(u"videoPane")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.videoPane.sizePolicy().hasHeightForWidth())
        self.videoPane.setSizePolicy(sizePolicy)

        self.videoLayout.addWidget(self.videoPane)

        self.transportBar = QFrame(self.videoColumn)
        self.transportBar.setObjectName(u"transportBar")
        self.transportLayout = QHBoxLayout(self.transportBar)
        self.transportLayout.setSpacing(6)
        self.transportLayout.setObjectName(u"transportLayout")
        self.transportLayout.setContentsMargins(10, 6, 10, 6)
        self.prevButton = QToolButton(self.transportBar)
        self.prevButton.setObjectName(u"prevButton")

        self.transportLayout.addWidget(self.prevButton)

        self.playButton = QToolButton(self.transportBar)
        self.playButton.setObjectName(u"playButton")

        self.transportLayout.addWidget(self.playButton)

        self.nextButton = QToolButton(self.transportBar)
        self.nextButton.setObjectName(u"nextButton")

        self.transportLayout.addWidget(self.nextButton)

        self.loopButton = QToolButton(self.transportBar)
        self.loopButton.setObjectName(u"loopButton")
        self.loopButton.setCheckable(True)
        self.loopButton.setChecked(True)

        self.transportLayout.addWidget(self.loopButton)

        self.clipLabel = QLabel(self.transportBar)
        self.clipLabel.setObjectName(u"clipLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.clipLabel.sizePolicy().hasHeightForWidth())
        self.clipLabel.setSizePolicy(sizePolicy1)

        self.transportLayout.addWidget(self.clipLabel)

        self.fullScreenButton = QToolButton(self.transportBar)
        self.fullScreenButton.setObjectName(u"fullScreenButton")

        self.transportLayout.addWidget(self.fullScreenButton)


        self.videoLayout.addWidget(self.transportBar)

        self.mainSplitter.addWidget(self.videoColumn)
        self.sideSplitter = QSplitter(self.mainSplitter)
        self.sideSplitter.setObjectName(u"sideSplitter")
        self.sideSplitter.setOrientation(Qt.Orientation.Vertical)
        self.sideSplitter.setChildrenCollapsible(False)
        self.stepsColumn = QWidget(self.sideSplitter)
        self.stepsColumn.setObjectName(u"stepsColumn")
        self.stepsLayout = QVBoxLayout(self.stepsColumn)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsLayout.setContentsMargins(8, 8, 8, 0)
        self.routineTitle = QLabel(self.stepsColumn)
        self.routineTitle.setObjectName(u"routineTitle")
        self.routineTitle.setWordWrap(True)

        self.stepsLayout.addWidget(self.routineTitle)

        self.routineMeta = QLabel(self.stepsColumn)
        self.routineMeta.setObjectName(u"routineMeta")
        self.routineMeta.setWordWrap(True)

        self.stepsLayout.addWidget(self.routineMeta)

        self.stepList = StepList(self.stepsColumn)
        self.stepList.setObjectName(u"stepList")

        self.stepsLayout.addWidget(self.stepList)

        self.sideSplitter.addWidget(self.stepsColumn)
        self.timerPanel = TimerPanel(self.sideSplitter)
        self.timerPanel.setObjectName(u"timerPanel")
        self.sideSplitter.addWidget(self.timerPanel)
        self.mainSplitter.addWidget(self.sideSplitter)

        self.centralLayout.addWidget(self.mainSplitter)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuPlayback = QMenu(self.menubar)
        self.menuPlayback.setObjectName(u"menuPlayback")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuPlayback.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionOpen)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuPlayback.addAction(self.actionPlayPause)
        self.menuPlayback.addAction(self.actionPrevious)
        self.menuPlayback.addAction(self.actionNext)
        self.menuPlayback.addAction(self.actionLoop)
        self.menuPlayback.addSeparator()
        self.menuPlayback.addAction(self.actionFullScreen)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Supple", None))
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Open\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpen.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionPlayPause.setText(QCoreApplication.translate("MainWindow", u"&Play / Pause", None))
#if QT_CONFIG(shortcut)
        self.actionPlayPause.setShortcut(QCoreApplication.translate("MainWindow", u"Space", None))
#endif // QT_CONFIG(shortcut)
        self.actionPrevious.setText(QCoreApplication.translate("MainWindow", u"P&revious Step", None))
#if QT_CONFIG(shortcut)
        self.actionPrevious.setShortcut(QCoreApplication.translate("MainWindow", u"Left", None))
#endif // QT_CONFIG(shortcut)
        self.actionNext.setText(QCoreApplication.translate("MainWindow", u"&Next Step", None))
#if QT_CONFIG(shortcut)
        self.actionNext.setShortcut(QCoreApplication.translate("MainWindow", u"Right", None))
#endif // QT_CONFIG(shortcut)
        self.actionLoop.setText(QCoreApplication.translate("MainWindow", u"&Loop Clip", None))
#if QT_CONFIG(shortcut)
        self.actionLoop.setShortcut(QCoreApplication.translate("MainWindow", u"L", None))
#endif // QT_CONFIG(shortcut)
        self.actionFullScreen.setText(QCoreApplication.translate("MainWindow", u"&Full Screen", None))
#if QT_CONFIG(shortcut)
        self.actionFullScreen.setShortcut(QCoreApplication.translate("MainWindow", u"F", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Supple", None))
        self.transportBar.setObjectName(QCoreApplication.translate("MainWindow", u"transportBar", None))
#if QT_CONFIG(tooltip)
        self.prevButton.setToolTip(QCoreApplication.translate("MainWindow", u"Previous step (Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.playButton.setToolTip(QCoreApplication.translate("MainWindow", u"Play or pause (Space)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("MainWindow", u"Next step (Right)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.loopButton.setToolTip(QCoreApplication.translate("MainWindow", u"Loop the clip (L)", None))
#endif // QT_CONFIG(tooltip)
        self.clipLabel.setText("")
#if QT_CONFIG(tooltip)
        self.fullScreenButton.setToolTip(QCoreApplication.translate("MainWindow", u"Full screen (F)", None))
#endif // QT_CONFIG(tooltip)
        self.routineTitle.setObjectName(QCoreApplication.translate("MainWindow", u"routineTitle", None))
        self.routineMeta.setObjectName(QCoreApplication.translate("MainWindow", u"routineMeta", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuPlayback.setTitle(QCoreApplication.translate("MainWindow", u"&Playback", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

