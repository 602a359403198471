"""What start-up says about the history database, in the window's language.

The store hands over values (desktop/store/values.py RecoveryReport, errors.NewerDatabaseError);
their `message` is the English of the log and the command line, and the window says the same
here with Qt's plurals and the locale's dates.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QObject

from desktop.store.errors import NewerDatabaseError
from desktop.store.values import RecoveryReport


class StoreWords(QObject):
    """A QObject so that lupdate and tr() agree on the context "StoreWords" (and see the plurals)."""

    @staticmethod
    def when(t: datetime) -> str:
        """A moment in local time, as the locale writes a short date and time."""
        return QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(t.timestamp())), QLocale.FormatType.ShortFormat
        )

    def _sessions(self, n: int) -> str:
        return self.tr("%n session(s)", "", n)

    def _records(self, n: int) -> str:
        return self.tr("%n step record(s)", "", n)

    def recovery_text(self, report: RecoveryReport) -> str:
        """`RecoveryReport.message` in the window's language."""
        lines = [self.tr("Supple's database was damaged (%1).").replace("%1", report.problem)]
        if report.damaged_copy is not None:
            lines.append(
                self.tr("The damaged file was kept as %1 in the data folder.").replace(
                    "%1", report.damaged_copy.name
                )
            )
        salvaged = bool(report.salvaged_sessions or report.salvaged_step_records)
        if report.backup is not None:
            at = self.when(report.backup.created_at)
            lines.append(
                self.tr("The backup from %1 was restored: %2 and %3 are in your history now.")
                .replace("%1", at)
                .replace("%2", self._sessions(report.sessions))
                .replace("%3", self._records(report.step_records))
            )
            if salvaged:
                lost = self.tr("Anything recorded after %1 was not recovered, apart from those.")
            else:
                lost = self.tr("Anything recorded after %1 was not recovered.")
            lost = lost.replace("%1", at)
        else:
            lines.append(
                self.tr(
                    "No good backup was found, so Supple started a fresh database (%1 and %2 in it now).",
                )
                .replace("%1", self._sessions(report.sessions))
                .replace("%2", self._records(report.step_records))
            )
            if salvaged:
                lost = self.tr(
                    "Anything that could not be read from the damaged file was not recovered, apart from those.",
                )
            else:
                lost = self.tr("Anything that could not be read from the damaged file was not recovered.")
        if salvaged:
            lines.append(
                self.tr("%1 and %2 were read back from the damaged file.")
                .replace("%1", self._records(report.salvaged_step_records))
                .replace("%2", self._sessions(report.salvaged_sessions))
            )
        lines.append(lost)
        return " ".join(lines)

    def newer_database_text(self, error: NewerDatabaseError) -> str:
        """`str(error)` in the window's language."""
        return (
            self.tr(
                "The database %1 was written by a newer version of Supple (schema revision %2; this version "
                "knows revisions up to %3). Supple will not change it. Install the newer version to keep "
                "recording, or open it read-only to look at your history.",
            )
            .replace("%1", str(error.path))
            .replace("%2", repr(error.revision))
            .replace("%3", repr(error.known[-1]))
        )


STORE_WORDS = StoreWords()
