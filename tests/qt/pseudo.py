"""Pseudo-locales for testing what translations do to the window, without a real translation:

- "long": every string 40% longer (German and Finnish run that much over English);
- "rtl": Qt's layout direction says right-to-left, as an Arabic or Hebrew translation would.

A PseudoTranslator answers every message; install it last so that it comes first.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QTranslator

#: Rich text is left alone (padding would end up inside a tag); mnemonics and %1 are kept.
PAD = "·"


def lengthen(text: str, factor: float = 1.4) -> str:
    """`text` with each line `factor` times as long (at least one character more)."""
    if not text or "<" in text:
        return text
    lines = text.split("\n")
    return "\n".join(
        f"{line} {PAD * max(1, math.ceil(len(line) * (factor - 1)) - 1)}" if line else "" for line in lines
    )


class PseudoTranslator(QTranslator):
    def __init__(self, kind: str, base: QTranslator | None = None) -> None:
        """`base` (English's plural forms) is asked first; its answer is what gets lengthened."""
        super().__init__()
        self.base = base
        if kind not in ("long", "rtl"):
            raise ValueError(f"unknown pseudo-locale {kind!r}")
        self.kind = kind

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context == "QGuiApplication" and source == "QT_LAYOUT_DIRECTION":
            return "RTL" if self.kind == "rtl" else "LTR"
        if self.kind == "long":
            own = self.base.translate(context, source, disambiguation, n) if self.base is not None else ""
            return lengthen(own or source)
        return ""
