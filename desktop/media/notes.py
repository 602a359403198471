"""The Messages behind the clip problems the video backends report as text.

A backend reports a clip it cannot play with `errorOccurred(str)`: English that names the file
(the log and the status bar keep it). The problems told before playing (`check_media_file`,
`content_problem`) are made here, which keeps each one's `Message` by its English, so that the
window can show it in the person's language (`note_of`). A text made elsewhere (a backend's own
words) has no Message and is shown as it is.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from desktop.domain.messages import Message, message, text

#: Recent problems kept: far more than a window shows at once.
KEPT = 64

_notes: OrderedDict[str, Message] = OrderedDict()
_lock = threading.Lock()  # backends check clips on worker threads


def clip_problem(path: Path, problem: Message) -> str:
    """`path: problem` in English, remembered with its Message for `note_of`."""
    note = message("clip.at", path=str(path), text=problem)
    english = str(note)
    with _lock:
        _notes[english] = note
        _notes.move_to_end(english)
        while len(_notes) > KEPT:
            _notes.popitem(last=False)
    return english


def note_of(english: str) -> Message:
    """The Message a backend's problem text was made from, or the text as it is."""
    with _lock:
        return _notes.get(english) or text(english)
