"""Child process for the store's crash and concurrency tests (run as a script, not collected).

    python store_crash_writer.py DATA_DIR sync|writer [COUNT] [--wait]

Opens the store in DATA_DIR, prints "ready", (with --wait, waits for a line on stdin), then writes
step records (COUNT of them, or until killed) through the public API: `record_step` (sync) or a
`HistoryWriter` (writer). Each record id is printed, one write per line, only once it is committed.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime


def say(line: str) -> None:
    sys.stdout.write(line + "\n")  # one write: a kill cannot split the id from its newline
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    from desktop.domain import Outcome, SessionRecord, Side
    from desktop.paths import data_paths
    from desktop.store import open_store

    data_dir, mode = argv[0], argv[1]
    count = int(argv[2]) if len(argv) > 2 and argv[2].isdigit() else 0
    store = open_store(data_paths(data_dir).ensure())
    session_id = store.history.start_session(f"{mode} child")
    say("ready")
    if "--wait" in argv:
        sys.stdin.readline()

    def record(n: int) -> SessionRecord:
        t = datetime.now(UTC)
        return SessionRecord("r", f"{mode}-{n}", Side.LEFT, 1, Outcome.DONE, 30.0, 30.0, n, t, t, session_id)

    n = 0
    if mode == "writer":
        writer = store.history_writer(
            on_saved=lambda rid: say(str(rid)), on_error=lambda e: say(f"error {e}")
        )
        while count == 0 or n < count:
            while writer.pending > 8:
                time.sleep(0.0005)
            writer.submit(record(n))
            n += 1
        writer.flush()
    else:
        while count == 0 or n < count:
            say(str(store.history.record_step(record(n))))
            n += 1
    store.close()
    say("done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
