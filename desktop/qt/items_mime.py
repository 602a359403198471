"""The clipboard and drag format the library and the playlist builder share: playlist items."""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QMimeData

from desktop.domain import PlaylistItem

#: A JSON list of playlist items.
ITEMS_MIME = "application/x-supple-items+json"


def items_to_mime(items: Iterable[PlaylistItem]) -> QMimeData:
    from desktop.domain.overrides import encode_overrides

    payload = [
        {
            "routine": item.routine_id,
            "step": item.step_id,
            "overrides": encode_overrides(item.overrides),
            "rounds": item.rounds,
        }
        for item in items
    ]
    mime = QMimeData()
    mime.setData(ITEMS_MIME, json.dumps(payload).encode("utf-8"))
    mime.setText(
        "\n".join(f"{p['routine']}/{p['step']}" if p["step"] else str(p["routine"]) for p in payload)
    )
    return mime


def items_from_mime(mime: QMimeData) -> list[PlaylistItem]:
    """The items a drag or the clipboard carries; anything malformed gives an empty list."""
    from desktop.domain.overrides import decode_overrides

    if not mime.hasFormat(ITEMS_MIME):
        return []
    try:
        payload = json.loads(bytes(mime.data(ITEMS_MIME).data()).decode("utf-8"))
        return [
            PlaylistItem(
                routine_id=str(p["routine"]),
                step_id=None if p.get("step") is None else str(p["step"]),
                overrides=decode_overrides(p.get("overrides") or {}),
                rounds=max(1, min(100, int(p.get("rounds", 1)))),
            )
            for p in payload
        ]
    except (ValueError, TypeError, KeyError, AttributeError):
        return []
