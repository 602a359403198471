"""Bytes that pass Supple's container-signature check without being a playable clip.

Tests that drive the window with the fake video backend need clip files that validation accepts.
A Matroska (EBML) signature does: nothing reads past it, while an MP4 `ftyp` box would be
checked for its `moov` index and found truncated. The fake backend never decodes them.
"""

FAKE_CLIP = b"\x1a\x45\xdf\xa3" + b"\x00" * 60
