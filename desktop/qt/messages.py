"""The core's messages (desktop/domain/messages.py) in the window's language.

The core hands over a `Message`: a code and its parameters. Each code has its English text as a
source string for lupdate (desktop/qt/message_sources.py `SOURCES`, context "Messages", kept word
for word in step with the core's `ENGLISH` by tests/unit/test_messages.py), translated here at run
time with QCoreApplication.translate, and the parameters put in by name after translation. Parameters are
never translated: field paths (`steps[2].hold`), file names and values from a file stay as they
are; a parameter that is itself a Message is said on its own first.

The schema's descriptions of a good value (`x-expected`, and the names of the JSON types) are
source strings of their own (message_sources.py `EXPECTED`, context "Expected"); a description no translation has
stays English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from desktop.content.problems import Problem, escaped
from desktop.domain.messages import Message, Param
from desktop.qt.message_sources import SOURCES

CONTEXT = "Messages"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class MessagePlurals(QObject):
    """The codes whose words change with `n`; a QObject so that lupdate sees their plural forms."""

    def text(self, code: str, n: int) -> str | None:
        """The translated text of `code` for `n` (None for a code without plural forms)."""
        if code == "value.list":
            return self.tr("a list of %n item(s)", "", n)
        if code == "value.text_length":
            return self.tr("a text of %n character(s)", "", n)
        if code == "imported.playlist":
            return self.tr('imported the playlist "{title}" (%n item(s)){extra}', "", n)
        if code == "imported.new_routines":
            return self.tr(" with %n new routine(s)", "", n)
        if code == "imported.routine":
            return self.tr('imported the routine "{title}" (%n step(s))', "", n)
        if code == "install.more":
            return self.tr(" (and %n more)", "", n)
        if code == "marks.too_few_frames":
            return self.tr(
                "{clip}: a loop cannot be marked on a clip of %n frame(s); it needs at least two", "", n
            )
        return None


PLURALS = MessagePlurals()


def say(message: Message) -> str:
    """`message` in the window's language, on one line (texts from a file are `escaped`)."""
    args = message.args
    if message.code == "text":
        return escaped(str(args.get("text", "")))
    if message.code == "schema.expected":
        return QCoreApplication.translate("Expected", str(args.get("words", "")))
    n = args.get("n")
    template = PLURALS.text(message.code, n) if isinstance(n, int) else None
    if template is None:
        source = SOURCES.get(message.code)
        if source is None:
            return str(message)  # a code the window has no words for yet: English beats nothing
        template = QCoreApplication.translate(CONTEXT, source)
    said = _PLACEHOLDER.sub(lambda m: _param(args[m[1]]) if m[1] in args else m[0], template)
    return said[:1].upper() + said[1:] if message.code == "sentence" else said


def _param(value: Param) -> str:
    if isinstance(value, Message):
        return say(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    return escaped(str(value))


def problem_text(problem: Problem, *, with_file: bool = False) -> str:
    """A problem as one line in the window's language: `steps[2].hold: ...` (the file first, if asked)."""
    if with_file:
        return say(problem.whole)
    where = f"{problem.path}: " if problem.path else ""
    return where + say(problem.said)


def problems_text(problems: list[Problem], *, with_file: bool = True) -> str:
    """Every problem, one a line (as `str(RoutineError)`, in the window's language)."""
    return "\n".join(problem_text(p, with_file=with_file) for p in problems)
