"""Paint a `Sheet` onto a paged device (QPdfWriter, or a QPrinter from the print dialog).

Every block (a paragraph of the header, a step, a row of the log) is measured with the device's own
fonts first, `paginate` says where pages break (between blocks, never inside a step), then each page
is painted with a footer that numbers it.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

from desktop.content.atomic import replacing
from desktop.content.frames import Picture
from desktop.content.sheet import WEEK_DAYS, Sheet, SheetStep, Strip, paginate, paper_for_locale
from desktop.domain import Segment

Pictures = Mapping[tuple[Path | None, Segment | None], "tuple[Picture, ...] | str"]

_WRAP: Final = (
    int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
)
_GREY: Final = QColor(90, 90, 90)
_RULE: Final = QColor(170, 170, 170)
_MISSING_FILL: Final = QColor(235, 235, 235)
#: The widest a frame is printed, in millimetres (three of them side by side).
FRAME_MM: Final = 46.0
#: A frame's shape when the clip gives none (a missing clip).
_ASPECT: Final = 9 / 16


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """A4, or US Letter where the locale's territory prints on it."""
    name = (locale or QLocale.system()).name()
    letter = paper_for_locale(name) == "Letter"
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_layout(size: QPageSize) -> QPageLayout:
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter
    )


@dataclass
class _Block:
    height: float
    paint: Callable[[QPainter, float], None]
    #: The height of a heading this block needs above it when it opens a page (a log row).
    lead_in: float = 0.0
    paint_lead_in: Callable[[QPainter, float], None] | None = None


def _font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"])
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    # Ligatures would turn "fl" into one glyph, which copies and searches as "ﬂ".
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


class SheetPainter:
    """Lays out and paints one sheet; `paint()` returns the number of pages."""

    def __init__(self, device: QPagedPaintDevice, sheet: Sheet, pictures: Pictures) -> None:
        self.device = device
        self.sheet = sheet
        self.pictures = pictures
        self.dpi = float(device.logicalDpiY())
        rect = device.pageLayout().paintRectPixels(round(self.dpi))
        self.width = float(rect.width())
        self.footer = self.mm(8)
        self.page_height = float(rect.height()) - self.footer
        self.gap = self.mm(4)

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    # ----- measuring and drawing text
    def _metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def _text_height(self, text: str, font: QFont, width: float) -> float:
        if not text:
            return 0.0
        return self._metrics(font).boundingRect(QRectF(0, 0, width, 1e7), _WRAP, text).height()

    def _text_block(
        self, text: str, font: QFont, color: QColor | None = None, *, indent: float = 0.0
    ) -> _Block:
        width = self.width - indent
        height = self._text_height(text, font, width)

        def paint(p: QPainter, top: float) -> None:
            p.setFont(font)
            p.setPen(color or QColor(Qt.GlobalColor.black))
            p.drawText(QRectF(indent, top, width, height + 1), _WRAP, text)

        return _Block(height, paint)

    # ----- blocks
    def _header(self) -> list[_Block]:
        sheet = self.sheet
        blocks = [
            self._text_block(sheet.title, _font(20, bold=True)),
            self._text_block(sheet.meta, _font(10), _GREY),
        ]
        if sheet.summary:
            blocks.append(self._text_block(sheet.summary, _font(10)))
        for routine, text in sheet.setup:
            label = f"Setup ({routine}): " if routine else "Setup: "
            blocks.append(self._text_block(label + text, _font(10)))
        if sheet.credit:
            blocks.append(self._text_block(sheet.credit, _font(8, italic=True), _GREY))
        for problem in sheet.missing:
            blocks.append(self._text_block(f"Not on this sheet: {problem}", _font(9), QColor(150, 30, 30)))
        return blocks

    def _frame_size(self, strip: Strip, label_width: float) -> tuple[float, float]:
        width = min((self.width - label_width - 2 * self.mm(2)) / 3, self.mm(FRAME_MM))
        found = self.pictures.get(strip.key)
        aspect = found[0].height / found[0].width if isinstance(found, tuple) and found else _ASPECT
        return width, width * aspect

    def _step(self, step: SheetStep) -> _Block:
        title_font, note_font, dose_font, cue_font = _font(12, bold=True), _font(8), _font(10), _font(9.5)
        title = f"{step.number}. {step.title}"
        bullet = self.mm(4)
        label_width = self.mm(14) if any(s.label for s in step.strips) else 0.0
        spacing = self.mm(1.5)
        parts: list[tuple[float, Callable[[QPainter, float], None]]] = []

        def text(content: str, font: QFont, color: QColor | None = None, indent: float = 0.0) -> None:
            block = self._text_block(content, font, color, indent=indent)
            parts.append((block.height, block.paint))

        text(title, title_font)
        if step.note:
            text(step.note, note_font, _GREY)
        text(step.dose, dose_font)
        for strip in step.strips:
            w, h = self._frame_size(strip, label_width)

            def paint_strip(p: QPainter, top: float, s: Strip = strip, w: float = w, h: float = h) -> None:
                self._paint_strip(p, top, s, label_width, w, h)

            parts.append((h, paint_strip))
        for cue in step.cues:
            height = self._text_height(cue, cue_font, self.width - bullet)

            def paint_cue(p: QPainter, top: float, cue: str = cue, height: float = height) -> None:
                p.setFont(cue_font)
                p.setPen(QColor(Qt.GlobalColor.black))
                p.drawText(QRectF(0, top, bullet, height), _WRAP, "•")
                p.drawText(QRectF(bullet, top, self.width - bullet, height + 1), _WRAP, cue)

            parts.append((height, paint_cue))
        height = sum(h for h, _ in parts) + spacing * (len(parts) - 1) + self.mm(3)

        def paint(p: QPainter, top: float) -> None:
            y = top
            for part_height, part in parts:
                part(p, y)
                y += part_height + spacing
            p.setPen(QPen(_RULE, self.mm(0.2)))
            p.drawLine(QPointF(0, top + height - self.mm(1)), QPointF(self.width, top + height - self.mm(1)))

        return _Block(height, paint)

    def _paint_strip(
        self, p: QPainter, top: float, strip: Strip, label_width: float, w: float, h: float
    ) -> None:
        if strip.label:
            p.setFont(_font(9, bold=True))
            p.setPen(QColor(Qt.GlobalColor.black))
            p.drawText(QRectF(0, top, label_width, h), int(Qt.AlignmentFlag.AlignVCenter), strip.label)
        found = self.pictures.get(strip.key, strip.problem or "No frames.")
        gap = self.mm(2)
        if isinstance(found, str):
            box = QRectF(label_width, top, 3 * w + 2 * gap, h)
            p.fillRect(box, _MISSING_FILL)
            p.setPen(QColor(120, 30, 30))
            p.setFont(_font(10))
            p.drawText(
                box.adjusted(gap, 0, -gap, 0),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                found,
            )
            return
        for n, picture in enumerate(found):
            image = QImage(
                picture.rgb, picture.width, picture.height, picture.stride, QImage.Format.Format_RGB888
            )
            target = QRectF(label_width + n * (w + gap), top, w, h)
            p.save()
            if strip.mirrored:
                p.translate(target.right(), target.top())
                p.scale(-1, 1)
                target = QRectF(0, 0, w, h)
            p.drawImage(target, image)
            p.restore()
        p.setPen(QPen(_RULE, self.mm(0.2)))
        for n in range(3):
            p.drawRect(QRectF(label_width + n * (w + gap), top, w, h))

    def _log(self) -> list[_Block]:
        rows = self.sheet.log_rows
        if not rows:
            return []
        cell = self.mm(12)
        row_height = self.mm(8)
        name_width = self.width - cell * len(WEEK_DAYS)
        font, head_font = _font(9), _font(9, bold=True)
        heading = self._text_block("This week", _font(12, bold=True))
        hint = self._text_block("Tick a box for each step on the day you did it.", _font(9), _GREY)
        lead_in = row_height

        def paint_columns(p: QPainter, top: float) -> None:
            p.setFont(head_font)
            p.setPen(QColor(Qt.GlobalColor.black))
            p.drawText(QRectF(0, top, name_width, row_height), int(Qt.AlignmentFlag.AlignVCenter), "Step")
            for n, day in enumerate(WEEK_DAYS):
                p.drawText(
                    QRectF(name_width + n * cell, top, cell, row_height),
                    int(Qt.AlignmentFlag.AlignCenter),
                    day,
                )

        def row_painter(name: str) -> Callable[[QPainter, float], None]:
            def paint(p: QPainter, top: float) -> None:
                p.setFont(font)
                p.setPen(QColor(Qt.GlobalColor.black))
                shown = self._metrics(font).elidedText(
                    name, Qt.TextElideMode.ElideRight, name_width - self.mm(2)
                )
                p.drawText(QRectF(0, top, name_width, row_height), int(Qt.AlignmentFlag.AlignVCenter), shown)
                side = self.mm(4.5)
                p.setPen(QPen(QColor(Qt.GlobalColor.black), self.mm(0.25)))
                for n in range(len(WEEK_DAYS)):
                    x = name_width + n * cell + (cell - side) / 2
                    p.drawRect(QRectF(x, top + (row_height - side) / 2, side, side))
                p.setPen(QPen(_RULE, self.mm(0.2)))
                p.drawLine(QPointF(0, top + row_height), QPointF(self.width, top + row_height))

            return paint

        def first(p: QPainter, top: float) -> None:
            heading.paint(p, top)
            y = top + heading.height + self.mm(1)
            hint.paint(p, y)
            y += hint.height + self.mm(2)
            paint_columns(p, y)
            row_painter(rows[0])(p, y + row_height)

        first_height = heading.height + self.mm(1) + hint.height + self.mm(2) + 2 * row_height
        blocks = [_Block(first_height, first)]
        blocks += [_Block(row_height, row_painter(name), lead_in, paint_columns) for name in rows[1:]]
        return blocks

    # ----- the whole
    def blocks(self) -> list[_Block]:
        return [*self._header(), *(self._step(s) for s in self.sheet.steps), *self._log()]

    def paint(self) -> int:
        blocks = self.blocks()
        gaps = [0.0 if b.paint_lead_in is not None else self.gap for b in blocks]
        placements = paginate(
            [b.height for b in blocks],
            self.page_height,
            gaps=gaps,
            lead_ins=[b.lead_in for b in blocks],
        )
        pages = placements[-1].page + 1 if placements else 1
        painter = QPainter()
        if not painter.begin(self.device):
            raise OSError(f"Supple cannot draw on {_name(self.device)}.")
        try:
            page = 0
            self._footer(painter, page, pages)
            for block, placed in zip(blocks, placements, strict=True):
                while placed.page > page:
                    self.device.newPage()
                    page += 1
                    self._footer(painter, page, pages)
                if placed.lead_in and block.paint_lead_in is not None:
                    block.paint_lead_in(painter, placed.top - block.lead_in)
                block.paint(painter, placed.top)
        finally:
            painter.end()
        return pages

    def _footer(self, p: QPainter, page: int, pages: int) -> None:
        p.setFont(_font(8))
        p.setPen(_GREY)
        rect = QRectF(0, self.page_height + self.mm(2), self.width, self.footer - self.mm(2))
        p.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignBottom),
            f"{self.sheet.title} · page {page + 1} of {pages}",
        )


def _name(device: QPagedPaintDevice) -> str:
    """What a device is, for a message: the printer by its name, or the file it writes."""
    from PySide6.QtPrintSupport import QPrinter

    if isinstance(device, QPrinter):
        target = device.outputFileName()
        return f"the file {target}" if target else f'the printer "{device.printerName()}"'
    return "the PDF file"


def paint_sheet(device: QPagedPaintDevice, sheet: Sheet, pictures: Pictures) -> int:
    """Paint `sheet` onto `device`, which has its page size and layout set; returns the pages painted."""
    return SheetPainter(device, sheet, pictures).paint()


def write_pdf(path: Path, sheet: Sheet, pictures: Pictures, page_size: QPageSize | None = None) -> int:
    """Write the sheet as a PDF file at `path` with Qt's own PDF writer; returns the page count.

    It is written beside `path` and renamed into place, so a failure leaves no half a file (and an
    older file of that name as it was); the file gets the usual mode (0666 less the umask).
    """
    from PySide6.QtGui import QPdfWriter

    with replacing(path, ".pdf") as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(sheet.title)
        writer.setCreator("Supple")
        writer.setPageLayout(page_layout(page_size or page_size_for_locale()))
        pages = paint_sheet(writer, sheet, pictures)
        del writer  # closes the file
        if tmp.stat().st_size == 0:
            raise OSError(errno.EIO, "nothing was written", str(path))
    return pages
