"""The history view's pictures, painted with QPainter: a calendar of days practised, minutes per
week (stacked by routine) and pain and effort over time.

Why QPainter and not QtCharts or QtGraphs: QtCharts is deprecated since Qt 6.10; QtGraphs draws
through Qt Quick (a QML scene and the RHI in a widget window), which costs start-up time and memory
the view does not need and fails on machines without a working GPU driver. Three small charts of
a few hundred marks each are ~300 lines of painting that load with the view and nothing else
(docs/DESIGN.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.domain.streaks import week_start
from desktop.store.history_queries import DayAmount, FeelingPoint, WeekMinutes

#: Okabe-Ito colours: told apart with every common colour-vision deficiency.
SERIES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
OTHER = "#999999"
PAIN, EFFORT = "#D55E00", "#0072B2"
#: Minutes a day at which the calendar's colour is fullest.
FULL_DAY_MINUTES = 30.0


def _text_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


def _faint(widget: QWidget, alpha: int = 60) -> QColor:
    colour = QColor(_text_colour(widget))
    colour.setAlpha(alpha)
    return colour


def _chart_painter(widget: QWidget) -> QPainter:
    """A painter on `widget` for a chart: antialiased, in a font a fifth smaller than the widget's."""
    p = QPainter(widget)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = p.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
    p.setFont(font)
    return p


class CalendarChart(QWidget):
    """The last `weeks` weeks, a column a week (Monday at the top), each day shaded by minutes."""

    def __init__(self, parent: QWidget | None = None, weeks: int = 26) -> None:
        super().__init__(parent)
        self.weeks = weeks
        self.today = date.today()
        self.days: dict[date, DayAmount] = {}
        self.setMouseTracking(True)
        self.setMinimumHeight(7 * 8 + 18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Calendar of days practised"))

    def set_days(self, days: dict[date, DayAmount], today: date) -> None:
        self.days, self.today = days, today
        self.updateGeometry()
        self.update()

    def first_day(self) -> date:
        return week_start(self.today) - timedelta(weeks=self.weeks - 1)

    def sizeHint(self) -> QSize:
        return QSize(self.weeks * 14 + 30, 7 * 14 + 20)

    def _geometry(self) -> tuple[float, float, float]:
        """(cell size, left, top)."""
        left, top = 28.0, 16.0
        cell = max(6.0, min(16.0, (self.width() - left - 2) / self.weeks, (self.height() - top - 2) / 7))
        return cell, left, top

    def day_at(self, x: float, y: float) -> date | None:
        cell, left, top = self._geometry()
        column, row = int((x - left) // cell), int((y - top) // cell)
        if not (0 <= column < self.weeks and 0 <= row < 7) or x < left or y < top:
            return None
        day = self.first_day() + timedelta(weeks=column, days=row)
        return day if day <= self.today else None

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell, left, top = self._geometry()
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        p.setPen(_text_colour(self))
        font = p.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        p.setFont(font)
        for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun")):
            p.drawText(
                QRectF(0, top + row * cell, left - 4, cell),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
        first = self.first_day()
        month = None
        for column in range(self.weeks):
            monday = first + timedelta(weeks=column)
            if monday.month != month and column < self.weeks - 2:
                month = monday.month
                p.setPen(_text_colour(self))
                p.drawText(
                    QRectF(left + column * cell, 0, 4 * cell, top - 2),
                    Qt.AlignmentFlag.AlignLeft,
                    QLocale().toString(QDate(monday.year, monday.month, monday.day), "MMM"),
                )
            for row in range(7):
                day = monday + timedelta(days=row)
                if day > self.today:
                    continue
                amount = self.days.get(day)
                rect = QRectF(left + column * cell + 1, top + row * cell + 1, cell - 2, cell - 2)
                if amount is None:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(_faint(self, 35))
                else:
                    colour = QColor(accent)
                    colour.setAlphaF(0.35 + 0.65 * min(1.0, amount.seconds / 60.0 / FULL_DAY_MINUTES))
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(colour)
                p.drawRoundedRect(rect, 2, 2)
                if day == self.today:
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.setPen(QPen(_text_colour(self), 1))
                    p.drawRoundedRect(rect, 2, 2)
        p.end()

    def event(self, e: object) -> bool:
        if isinstance(e, QHelpEvent):
            day = self.day_at(e.pos().x(), e.pos().y())
            if day is None:
                QToolTip.hideText()
            else:
                amount = self.days.get(day)
                what = (
                    self.tr("nothing", "no session that day")
                    if amount is None
                    else self.tr("%n session(s), %1 min", "", amount.sessions).replace(
                        "%1", str(round(amount.seconds / 60))
                    )
                )
                QToolTip.showText(
                    e.globalPos(),
                    f"{QLocale().toString(QDate(day.year, day.month, day.day), 'ddd dd MMM yyyy')}: {what}",
                    self,
                )
            return True
        return super().event(e)  # type: ignore[arg-type]


class WeeklyMinutesChart(QWidget):
    """Minutes per week as bars, stacked by what was played (the biggest six by colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekMinutes] = []
        self.titles: dict[str, str] = {}
        self.colours: dict[str, str] = {}
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Minutes per week for the last 12 weeks"))

    def set_weeks(self, weeks: Sequence[WeekMinutes], titles: dict[str, str]) -> None:
        self.weeks, self.titles = list(weeks), titles
        totals: dict[str, float] = {}
        for w in weeks:
            for key, minutes in w.per_key.items():
                totals[key] = totals.get(key, 0.0) + minutes
        ranked = [k for k, v in sorted(totals.items(), key=lambda kv: -kv[1]) if v > 0]
        self.colours = {key: SERIES[n] for n, key in enumerate(ranked[: len(SERIES) - 1])}
        self.update()

    def legend(self) -> list[tuple[str, str]]:
        """(colour, title) of each routine or playlist with its own colour, and "Other"."""
        items = [(c, self.titles.get(k, k)) for k, c in self.colours.items()]
        if any(k not in self.colours for w in self.weeks for k, m in w.per_key.items() if m > 0):
            items.append((OTHER, "Other"))
        return items

    def sizeHint(self) -> QSize:
        return QSize(360, 150)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = _chart_painter(self)
        metrics = p.fontMetrics()
        legend = self.legend()
        legend_rows = _legend(p, self, legend, self.height())
        left, top, bottom = float(metrics.horizontalAdvance("0000") + 6), 6.0, 16.0 + legend_rows
        plot = QRectF(left, top, max(10.0, self.width() - left - 4), max(10.0, self.height() - top - bottom))
        peak = max([w.minutes for w in self.weeks] + [1.0])
        scale = _nice(peak)
        p.setPen(QPen(_faint(self), 1))
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - plot.height() * fraction
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(_text_colour(self))
            p.drawText(
                QRectF(0, y - 8, left - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{scale * fraction:g}",
            )
            p.setPen(QPen(_faint(self), 1))
        if not self.weeks:
            p.end()
            return
        slot = plot.width() / len(self.weeks)
        bar = max(2.0, slot * 0.7)
        for n, week in enumerate(self.weeks):
            x = plot.left() + n * slot + (slot - bar) / 2
            y = plot.bottom()
            stacked = sorted(week.per_key.items(), key=lambda kv: (kv[0] not in self.colours, kv[0]))
            for key, minutes in stacked:
                h = plot.height() * minutes / scale
                if h <= 0:
                    continue
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(self.colours.get(key, OTHER)))
                p.drawRect(QRectF(x, y - h, bar, h))
                y -= h
            if n % 3 == 0 or n == len(self.weeks) - 1:
                p.setPen(_text_colour(self))
                p.drawText(
                    QRectF(x - 20, plot.bottom() + 1, bar + 40, 14),
                    Qt.AlignmentFlag.AlignHCenter,
                    f"{week.week:%d %b}",
                )
        p.end()


class FeelingChart(QWidget):
    """Pain and effort (0-10) of the sessions that said, over time, for one routine or playlist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[FeelingPoint] = []
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Pain and effort over time"))

    def set_points(self, points: Sequence[FeelingPoint]) -> None:
        self.points = list(points)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 150)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = _chart_painter(self)
        legend_rows = _legend(p, self, [(PAIN, "Pain (0-10)"), (EFFORT, "Effort (0-10)")], self.height())
        left, top, bottom = float(p.fontMetrics().horizontalAdvance("00") + 8), 6.0, 16.0 + legend_rows
        plot = QRectF(left, top, max(10.0, self.width() - left - 8), max(10.0, self.height() - top - bottom))
        for value in (0, 5, 10):
            y = plot.bottom() - plot.height() * value / 10
            p.setPen(QPen(_faint(self), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(_text_colour(self))
            p.drawText(
                QRectF(0, y - 8, left - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        if not self.points:
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No answers yet"))
            p.end()
            return
        first, last = self.points[0].started_at, self.points[-1].started_at
        span = max(1.0, (last - first).total_seconds())

        def x_of(point: FeelingPoint) -> float:
            if len(self.points) == 1:
                return plot.center().x()
            return plot.left() + plot.width() * (point.started_at - first).total_seconds() / span

        for colour, attr in ((EFFORT, "effort"), (PAIN, "pain")):
            marks = [
                QPointF(x_of(pt), plot.bottom() - plot.height() * value / 10)
                for pt in self.points
                if (value := getattr(pt, attr)) is not None
            ]
            p.setPen(QPen(QColor(colour), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolyline(QPolygonF(marks))
            p.setBrush(QColor(colour))
            for mark in marks:
                p.drawEllipse(mark, 2.5, 2.5)
        p.setPen(_text_colour(self))
        p.drawText(
            QRectF(plot.left(), plot.bottom() + 1, 120, 14),
            Qt.AlignmentFlag.AlignLeft,
            f"{first.astimezone():%d %b %Y}",
        )
        if len(self.points) > 1:
            p.drawText(
                QRectF(plot.right() - 120, plot.bottom() + 1, 120, 14),
                Qt.AlignmentFlag.AlignRight,
                f"{last.astimezone():%d %b %Y}",
            )
        p.end()


def _legend(p: QPainter, widget: QWidget, items: Sequence[tuple[str, str]], height: int) -> float:
    """Draw a legend along the bottom, wrapping; returns the height it took."""
    metrics = p.fontMetrics()
    line = metrics.height() + 2
    x, rows = 4.0, 1
    placed: list[tuple[float, int, str, str]] = []
    for colour, text in items:
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 160)
        width = 14 + metrics.horizontalAdvance(text) + 12
        if x + width > widget.width() and x > 4:
            x, rows = 4.0, rows + 1
        placed.append((x, rows, colour, text))
        x += width
    if not items:
        return 0.0
    base = height - rows * line
    for x, row, colour, text in placed:
        y = base + (row - 1) * line
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawRect(QRectF(x, y + line / 2 - 4, 9, 9))
        p.setPen(_text_colour(widget))
        p.drawText(
            QRectF(x + 13, y, 400, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )
    return float(rows * line)


def _nice(peak: float) -> float:
    """A round axis maximum at or above `peak` minutes: 10, 20, 30, 60, 90, 120, 180 ..."""
    for step in (10, 20, 30, 60, 90, 120, 180, 240, 300, 450, 600, 900, 1200, 1800, 2400, 3600):
        if peak <= step:
            return float(step)
    return float(-(-peak // 600) * 600)
