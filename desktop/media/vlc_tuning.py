"""The libVLC backend's measured timings and limits (desktop.media.vlc_backend explains their use)."""

from __future__ import annotations

#: Options of every media: open paused (the anchor seek needs a paused player). Measured here:
#: `:no-avcodec-hurry-up` must not be added: after a precise seek it left libavcodec skipping the
#: B-frames of a clip (every third frame missing) until the clip was closed.
MEDIA_OPTIONS = (":start-paused",)

#: A wrap's seek is issued this much before the loop's first frame is due, on top of the slowest
#: recent seek of this clip.
SEEK_SAFETY_S = 0.012
#: libVLC ends the input 26-34 ms after the last frame is displayed: a wrap that ends at the end
#: of the file is issued at most this long after its last frame was rendered.
EOF_SEEK_WINDOW_S = 0.012
#: ... unless the frames waiting to be shown last longer than this: then the input may end and
#: the clip is opened again (which takes about 0.1 s), so that libVLC does not run ever further ahead.
RESTART_COVER_S = 0.25
#: Speed of the hidden first pass from frame 0 to a segment that starts later. It begins at
#: ANCHOR_RATE: un-pausing after the anchor, libVLC skipped frame 1 in 1 start of 6 at 4x (never
#: in 60 at 2x); once ANCHOR_FRAMES frames are known, a seek back among them (identified by
#: content; frames it had already prepared are past them, so unknown, so dropped) switches speed.
PREROLL_RATE = 4.0
ANCHOR_RATE = 2.0
ANCHOR_FRAMES = 8
#: Resume, step and the start of a segment seek this many frames early and play up to the frame
#: wanted, so that a skipped first frame or a B-frame clip's early frames do not matter.
LEAD_FRAMES = 3
#: A paused seek shows its picture within ~35 ms here; if none came, play on to get one.
PAUSED_SEEK_WAIT_S = 0.5
#: A frame step that has not arrived by then is abandoned (the player is paused again).
STEP_TIMEOUT_S = 2.0
#: While playing, no new frame for this long (plus a few frame intervals) means libVLC is stuck
#: in a state not foreseen here: seek again to the next frame.
STALL_S = 1.5
#: An end of the input this many frames or more before the length libVLC was given is early (a
#: lagging video output ends it with a few frames never shown; those come after a restart).
EARLY_END_FRAMES = 8
#: What the frame tables of the clips played last may take together (their checksums; only the
#: clip on screen keeps pictures, and those are never counted out): see FrameTables.
FRAME_TABLES_BUDGET_MB = 16
