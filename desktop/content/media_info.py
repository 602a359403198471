"""What a clip file holds: duration, frame rate, frame count, codec and size, read with PyAV.

`probe(path)` answers for every container the player accepts (MP4/MOV, Matroska/WebM, AVI) and
their codecs (H.264, HEVC, VP9, AV1, MPEG-4, MJPEG, ...). It reads with PyAV (`av`), because that
is FFmpeg's own demuxers in a self-contained wheel: the same parsers the players use, maintained
upstream, with no system FFmpeg to install and no hand-written parser per container to keep up.
PyAV is imported inside `probe`, so it costs nothing until a clip is probed (start-up never
does). `probe` only demultiplexes (reads packets and their timestamps, never decodes a picture),
touches no shared state and may run on any thread; the work is bounded on hostile files: at most
MAX_PACKETS packets or MAX_BYTES bytes from the start, and as much again from near the end.

A header may lie about the length. A clip whose header says it lasts 49 days while its content
ends after a few seconds made libVLC reopen it every ~135 ms; so the length the headers state is
compared with the end of the last packet (read after a seek to near the stated end), and a gross
difference (see `overstates`) is reported as a problem.

Two cheap checks stay pure Python, for callers that must not load FFmpeg: `mp4_duration`, the
movie header's (`moov/mvhd`) length, which is also the length libVLC believes; and
`truncation_problem`, which tells a cut-short MP4/MOV by its top-level boxes.
"""

from __future__ import annotations

import itertools
import math
import os
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from desktop.domain.messages import Message, message, text

if TYPE_CHECKING:
    import av.container

# Real files have a handful of boxes per level; this bounds the walk over a hostile file.
_MAX_BOXES = 10_000
_UNKNOWN_32 = 0xFFFF_FFFF
_UNKNOWN_64 = 0xFFFF_FFFF_FFFF_FFFF

#: Packets (of all streams) read from the start of a file to count its frames exactly ...
MAX_PACKETS = 20_000
#: ... or this many bytes of them, whichever comes first; then the count is estimated ...
MAX_BYTES = 64 * 1024 * 1024
#: ... and the end is read after a seek to this long before the stated end.
TAIL_SECONDS = 10.0
#: A stated length is a lie when it exceeds the content's end by more than the content's own
#: length and by more than this (an audio track a little longer than the video is normal).
LIE_SLACK_S = 10.0
#: Consecutive frame intervals that differ by more than this share (and by more than two ticks of
#: the container's clock, which rounds them) make a clip variable-frame-rate.
VFR_TOLERANCE = 0.10
#: Frames a decoder may hold back to reorder (H.264 and HEVC allow 16).
REORDER_DEPTH = 16

_ISO_SUFFIXES = {".mp4", ".m4v", ".mov", ".m4a", ".3gp"}
_ISO_BOXES = {
    b"ftyp",
    b"moov",
    b"mdat",
    b"free",
    b"skip",
    b"wide",
    b"uuid",
    b"meta",
    b"moof",
    b"mfra",
    b"sidx",
    b"styp",
    b"pdin",
}


@dataclass(frozen=True, slots=True)
class MediaFacts:
    """A clip's video, as its packets tell it.

    `duration` runs from the first frame's start to the last frame's end, in seconds.
    `frames` is exact when `frames_exact` (counted, or from an MP4/AVI index), else estimated
    from the duration and frame rate. `fps` is the nominal rate, or the average one when
    `variable_frame_rate`. `codec` is the format's name ("h264", "hevc", "vp9", "av1", ...), not the
    decoder's. `stated_duration` is the longest length the headers claim; when
    `end_checked` is False the end of the content could not be reached within the bounds (a huge
    file that cannot be sought), and `duration` is that stated length, unchecked.
    """

    duration: float
    fps: float
    frames: int
    frames_exact: bool
    variable_frame_rate: bool
    codec: str
    width: int
    height: int
    container: str
    stated_duration: float | None = None
    end_checked: bool = True


@dataclass(frozen=True, slots=True)
class MediaProblem:
    """Why a file cannot be used as a clip: a sentence without the path (the caller places it).

    `message` is the English; `note` the same as a Message for the window (`MediaProblem.of`).
    """

    message: str
    note: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, note: Message) -> MediaProblem:
        return cls(str(note), note)

    @property
    def said(self) -> Message:
        return self.note if self.note is not None else text(self.message)


def overstates(stated: float, content_end: float) -> bool:
    """True when a header's length is a lie: far past where the content really ends."""
    return stated - content_end > max(LIE_SLACK_S, content_end)


def lie_message(stated: float, content_end: float) -> Message:
    return message("media.lie", stated=describe_seconds(stated), actual=describe_seconds(content_end))


def describe_seconds(seconds: float) -> Message:
    if seconds < 120:
        return message("duration.seconds", n=f"{seconds:.1f}")
    for unit, size in (("days", 86400.0), ("hours", 3600.0), ("minutes", 60.0)):
        if seconds >= 2 * size:
            return message(f"duration.{unit}", n=f"{seconds / size:.0f}")
    return message("duration.seconds", n=f"{seconds:.0f}")


def probe(path: Path) -> MediaFacts | MediaProblem:
    """Read what `path` holds (see the module's text). Safe on any thread; never raises."""
    try:
        st = os.stat(path)
    except (OSError, ValueError) as e:
        return MediaProblem.of(message("media.unreadable", reason=str(getattr(e, "strerror", None) or e)))
    if not stat.S_ISREG(st.st_mode):
        return MediaProblem.of(message("media.not_regular"))
    if st.st_size == 0:
        return MediaProblem.of(message("media.empty"))
    truncated = truncation_message(path)
    if truncated is not None:
        return MediaProblem.of(truncated)
    import av  # lazily: PyAV loads FFmpeg's libraries (about 0.1 s)

    try:
        with av.open(str(path), mode="r", metadata_errors="replace") as container:
            return _probe_open(path, container)
    except Exception as e:  # FFmpeg's errors, and anything a hostile file provokes: never raise
        return MediaProblem.of(message("media.not_playable", reason=_reason(e)))


@dataclass
class _Scan:
    """What one pass over packets saw."""

    packets: int = 0
    video_packets: int = 0
    reached_end: bool = False
    #: per stream index: the latest end (pts + duration) seen, in seconds from the file's start
    ends: dict[int, float] | None = None
    video_times: list[int] | None = None


def _probe_open(path: Path, container: av.container.InputContainer) -> MediaFacts | MediaProblem:
    if not container.streams.video:
        return MediaProblem.of(message("media.no_video"))
    video = container.streams.video[0]
    tb = video.time_base
    if tb is None or tb <= 0:
        return MediaProblem.of(message("media.no_clock"))
    ctx = video.codec_context
    start = _seconds(video.start_time, tb) or 0.0
    stated = _stated_duration(path, container)

    head = _scan(container, video.index, collect_times=True)
    tail = head
    if not head.reached_end and stated is not None:
        tail = _scan_tail(container, video, stated)
    ends = dict(head.ends or {})
    if tail is not head:
        for index, end in (tail.ends or {}).items():
            ends[index] = max(ends.get(index, -math.inf), end)
    if head.video_packets == 0:
        return MediaProblem.of(message("media.no_frames"))

    times = head.video_times or []
    nominal = _nominal_rate(video)
    vfr = _variable(times, tb, complete=head.reached_end) or _rates_differ(video)
    video_end = ends.get(video.index)
    if tail.reached_end and video_end is not None:
        duration = max(0.0, video_end - start)
    elif stated is not None:
        duration = stated
    else:
        duration = 0.0
    if head.reached_end:
        frames, exact = head.video_packets, True
    elif video.frames and video.frames > 0:
        frames, exact = int(video.frames), True
    else:
        frames, exact = 0, False
    fps = float(nominal) if nominal else 0.0
    if (vfr or not fps) and duration > 0 and frames > 0:
        fps = frames / duration
    if not exact:
        frames = max(1, round(duration * fps)) if fps > 0 else head.video_packets
    if fps <= 0:
        return MediaProblem.of(message("media.no_rate"))
    if tail.reached_end and ends and stated is not None:
        content_end = max(ends.values())
        if overstates(stated, content_end):
            return MediaProblem.of(lie_message(stated, content_end))
    return MediaFacts(
        duration=duration,
        fps=fps,
        frames=frames,
        frames_exact=exact,
        variable_frame_rate=vfr,
        codec=ctx.codec.canonical_name if ctx is not None else "",
        width=int(ctx.width) if ctx is not None else 0,
        height=int(ctx.height) if ctx is not None else 0,
        container=container.format.name,
        stated_duration=stated,
        end_checked=tail.reached_end,
    )


def _scan_tail(container: av.container.InputContainer, video: Any, stated: float) -> _Scan:
    """Packets from TAIL_SECONDS before the stated end (or from the last packet before it).

    The seek may land on any packet, not only a key frame: nothing is decoded. A file whose
    header overstates its length is sought past its content, and lands on its last packets.
    """
    target = min(int(max(0.0, stated - TAIL_SECONDS) / video.time_base), 2**62)  # FFmpeg's are 64-bit
    for any_frame in (True, False):
        try:
            container.seek(target, stream=video, backward=True, any_frame=any_frame)
        except Exception:  # this demuxer cannot seek so: the end stays unknown
            continue
        tail = _scan(container, video.index, collect_times=False)
        if tail.reached_end and tail.packets:  # at the end with nothing read: it may have sought past it
            return tail
    return _Scan()


def _scan(container: av.container.InputContainer, video_index: int, *, collect_times: bool) -> _Scan:
    """Read packets (never decode) up to MAX_PACKETS / MAX_BYTES, or to the end of the file."""
    scan = _Scan(ends={}, video_times=[] if collect_times else None)
    assert scan.ends is not None
    read_bytes = 0
    try:
        for packet in container.demux():
            if packet.size == 0 and packet.pts is None:
                continue  # the flush packet each stream gets at the end of the file
            scan.packets += 1
            read_bytes += packet.size
            stream = packet.stream
            tb = packet.time_base or stream.time_base
            pts = packet.pts if packet.pts is not None else packet.dts
            if pts is not None and tb:
                step = packet.duration or 0
                end = float((pts + step) * tb)
                if stream.index == video_index and not step:
                    rate = _nominal_rate(stream)
                    end += 1 / float(rate) if rate else 0.0
                if end > scan.ends.get(stream.index, -math.inf):
                    scan.ends[stream.index] = end
            if stream.index == video_index and packet.size > 0:
                scan.video_packets += 1
                if scan.video_times is not None and pts is not None:
                    scan.video_times.append(pts)
            if scan.packets >= MAX_PACKETS or read_bytes >= MAX_BYTES:
                return scan
    except Exception:  # a damaged packet (FFmpeg's errors have no common base but this): stop there
        return scan
    scan.reached_end = True
    return scan


def _nominal_rate(stream: Any) -> Fraction | None:
    for rate in (stream.average_rate, stream.guessed_rate, stream.base_rate):
        if rate and 1 <= rate <= 1000:
            return Fraction(rate)
    return None


def _variable(times: list[int], tb: Fraction, *, complete: bool) -> bool:
    """Whether the frame intervals differ by more than the clock's rounding and VFR_TOLERANCE.

    Packets come in decoding order: of a partial read, the last REORDER_DEPTH timestamps may
    still have gaps before them (B-frames not yet read), so they are left out.
    """
    ordered = sorted(set(times))
    if not complete:
        ordered = ordered[:-REORDER_DEPTH]
    deltas = [b - a for a, b in itertools.pairwise(ordered)]
    if len(deltas) < 2:
        return False
    low, high = min(deltas), max(deltas)
    return high - low > max(2, VFR_TOLERANCE * low)


def _rates_differ(stream: Any) -> bool:
    """The average rate (frames / length, from an index) is not the rate the timestamps step at."""
    average, base = stream.average_rate, stream.base_rate
    return bool(average and base and abs(float(average) / float(base) - 1) > 0.02)


def _stated_duration(path: Path, container: av.container.InputContainer) -> float | None:
    """The longest length the file's headers claim (FFmpeg's, and the MP4 movie header's)."""
    claims: list[float] = []
    if container.duration is not None and container.duration > 0:
        claims.append(container.duration / 1_000_000)
    for stream in container.streams:
        seconds = _seconds(stream.duration, stream.time_base)
        if seconds:
            claims.append(seconds)
    if path.suffix.lower() in _ISO_SUFFIXES or container.format.name.startswith("mov"):
        header = mp4_duration(path)  # FFmpeg prefers the tracks' lengths; libVLC believes this one
        if header:
            claims.append(header)
    finite = [c for c in claims if math.isfinite(c) and c > 0]
    return max(finite) if finite else None


def _seconds(value: int | None, tb: Fraction | None) -> float | None:
    if value is None or not tb:
        return None
    return float(value * tb)


def _reason(e: BaseException) -> str:
    text = getattr(e, "strerror", None) or str(e)
    return text.splitlines()[0] if text else type(e).__name__


# ----- pure-Python checks of ISO-BMFF (MP4/MOV) files


@dataclass(frozen=True, slots=True)
class _Box:
    kind: bytes
    body: int  # offset of the payload, after the header
    end: int  # offset just after the box


def mp4_duration(path: Path) -> float | None:
    """Seconds from the movie header, or None if the file is not an ISO-BMFF file we can read."""
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            moov = _find(f, 0, size, b"moov")
            mvhd = _find(f, moov.body, moov.end, b"mvhd") if moov is not None else None
            return _movie_duration(f, mvhd) if mvhd is not None else None
    except OSError:
        return None


def truncation_problem(path: Path) -> str | None:
    """`truncation_message` in English."""
    problem = truncation_message(path)
    return None if problem is None else str(problem)


def truncation_message(path: Path) -> Message | None:
    """Why an MP4/MOV file is visibly damaged (cut short, no index), else None (also for others).

    Its top-level boxes tell: the last one claims more bytes than the file has. Decoders would
    otherwise play what is there and loop it as if nothing were wrong.
    """
    if path.suffix.lower() not in _ISO_SUFFIXES:
        return None
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(8)
            if len(head) < 8 or head[4:8] not in _ISO_BOXES:
                return None  # not an ISO-BMFF file at all: let the decoder say what it is
            return _walk_top_level(f, size)
    except OSError as exc:
        return message("media.unreadable", reason=str(exc.strerror))


def _walk_top_level(f: BinaryIO, size: int) -> Message | None:
    offset = 0
    seen_moov = False
    for _ in range(_MAX_BOXES):
        if offset >= size:
            break
        f.seek(offset)
        header = f.read(16)
        if len(header) < 8:
            return message("media.cut_in_header", offset=offset)
        box_size, kind = struct.unpack(">I4s", header[:8])
        if box_size == 1:
            if len(header) < 16:
                return message("media.cut_at", offset=offset)
            box_size = struct.unpack(">Q", header[8:16])[0]
        elif box_size == 0:
            box_size = size - offset
        if box_size < 8:
            return message("media.bad_box", offset=offset)
        if offset + box_size > size:
            missing = offset + box_size - size
            return message("media.cut_short", box=kind.decode("latin-1"), missing=f"{missing:,}")
        seen_moov = seen_moov or kind == b"moov"
        offset += box_size
    if not seen_moov:
        return message("media.no_index")
    return None


def _find(f: BinaryIO, start: int, end: int, kind: bytes) -> _Box | None:
    return next((box for box in _boxes(f, start, end) if box.kind == kind), None)


def _boxes(f: BinaryIO, start: int, end: int) -> Iterator[_Box]:
    """The boxes in [start, end); stops at the first header that does not fit."""
    pos = start
    for _ in range(_MAX_BOXES):
        if pos + 8 > end:
            return
        f.seek(pos)
        header = f.read(8)
        if len(header) < 8:
            return
        size, kind = struct.unpack(">I4s", header)
        body = pos + 8
        if size == 1:  # a 64-bit size follows the type
            large = f.read(8)
            if len(large) < 8:
                return
            (size,) = struct.unpack(">Q", large)
            body = pos + 16
        elif size == 0:  # the box runs to the end of its container
            size = end - pos
        if size < body - pos or pos + size > end:
            return
        yield _Box(kind, body, pos + size)
        pos += size


def _movie_duration(f: BinaryIO, mvhd: _Box) -> float | None:
    f.seek(mvhd.body)
    version_and_flags = f.read(4)
    if len(version_and_flags) < 4:
        return None
    if version_and_flags[0] == 1:
        layout, unknown = ">QQIQ", _UNKNOWN_64
    elif version_and_flags[0] == 0:
        layout, unknown = ">IIII", _UNKNOWN_32
    else:
        return None
    fields = f.read(struct.calcsize(layout))
    if len(fields) < struct.calcsize(layout) or mvhd.body + 4 + len(fields) > mvhd.end:
        return None
    _created, _modified, timescale, duration = struct.unpack(layout, fields)
    if timescale == 0 or duration in (0, unknown):
        return None
    return float(duration / timescale)
