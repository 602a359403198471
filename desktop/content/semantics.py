"""Checks the schema cannot express: references between fields, loop segments and the clip files.

They run on documents that may also have schema errors, so every check looks at the types it
needs and quietly skips what the schema already reports.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.content.media_info import MediaProblem, mp4_duration, probe
from desktop.content.problems import Finding, JsonPath
from desktop.content.schema import usable_number
from desktop.content.signatures import Kind, file_message
from desktop.domain.messages import Message, message
from desktop.engine.plan import MIN_SEGMENT_SECONDS

#: A loop may end this far past the clip's end (rounding in a hand-typed time).
SEGMENT_TOLERANCE = 0.05
_WORKED_SIDES = {"none": (), "both": ("left", "right"), "left": ("left",), "right": ("right",)}
_SHOWN_NAMES = 10
_PROBING: ContextVar[bool] = ContextVar("probing_clips", default=False)


@contextmanager
def probing_clips() -> Iterator[None]:
    """Within this block, routines' clips are read with PyAV (desktop.content.media_info.probe):
    loops are checked against the length of every container, and a clip that cannot be played
    or whose header lies about its length is a problem.

    Outside it (opening a routine in the window, at start-up) only the cheap checks run: the
    file's kind by its first bytes, and MP4 loops against the movie header. PyAV costs about
    0.1 s to load and a few ms a clip, which `supple check` and imports can afford and the GUI
    thread cannot.
    """
    token = _PROBING.set(True)
    try:
        yield
    finally:
        _PROBING.reset(token)


@dataclass(frozen=True, slots=True)
class _ClipFile:
    path: Path
    duration: float | None


def resolve_clip_path(base: Path, text: str) -> Path:
    """A path from the file, relative to the routine's folder; backslashes read as slashes."""
    return (base / text.replace("\\", "/")).resolve()


def semantic_findings(document: object, base: Path) -> list[Finding]:
    if not isinstance(document, dict):
        return []
    findings = list(_duplicates(("tags",), document.get("tags"), "routine.a_tag"))
    clips = document.get("clips")
    clips = clips if isinstance(clips, dict) else None
    clip_files = _clip_files(clips or {}, base, findings)
    steps = document.get("steps")
    if isinstance(steps, list):
        ids = [step.get("id") if isinstance(step, dict) else None for step in steps]
        findings += _duplicates(("steps",), ids, "routine.a_step_id", field="id")
        for index, step in enumerate(steps):
            if isinstance(step, dict):
                findings += _step_findings(("steps", index), step, clips, clip_files)
        findings += _translation_findings(document.get("languages"), [i for i in ids if isinstance(i, str)])
    return findings


def _translation_findings(languages: object, step_ids: list[str]) -> Iterator[Finding]:
    """Each language block may only give text for steps the routine has."""
    if not isinstance(languages, dict):
        return
    for tag, text in languages.items():
        steps = text.get("steps") if isinstance(text, dict) else None
        if not isinstance(steps, dict):
            continue
        for step_id in steps:
            if step_id not in step_ids:
                shown = ", ".join(f'"{i}"' for i in step_ids[:8]) + (", ..." if len(step_ids) > 8 else "")
                yield Finding(
                    ("languages", tag, "steps", step_id), message("routine.unknown_step", ids=shown)
                )


def _duplicates(at: JsonPath, values: object, what: str, field: str | None = None) -> Iterator[Finding]:
    if not isinstance(values, list):
        return
    first_seen: dict[str, int] = {}
    for index, value in enumerate(values):
        if not isinstance(value, str):
            continue
        if value in first_seen:
            where = (*at, index) if field is None else (*at, index, field)
            earlier = f"{at[0]}[{first_seen[value]}]"
            yield Finding(
                where, message("routine.duplicate", what=message(what), value=value, earlier=earlier)
            )
        else:
            first_seen[value] = index


def _clip_files(clips: Mapping[str, Any], base: Path, findings: list[Finding]) -> dict[str, _ClipFile]:
    """The clips whose video file is usable, with their durations; the others become findings."""
    found: dict[str, _ClipFile] = {}
    known: dict[Path, tuple[float | None, Message | None]] = {}  # a file used by several clips is read once
    for clip_id, clip in clips.items():
        if not isinstance(clip, dict):
            continue
        for field, noun, kind in (("file", "clip file", Kind.VIDEO), ("poster", "poster image", Kind.IMAGE)):
            words = message("routine.clip_file" if field == "file" else "routine.poster_image")
            text = clip.get(field)
            if not isinstance(text, str) or not text:
                continue
            path, problem = _existing_file(base, text, noun, words, kind)
            if problem is None and path is not None and field == "file":
                if path not in known:
                    known[path] = _clip_duration(path)
                duration, problem = known[path]
                if problem is None:
                    found[clip_id] = _ClipFile(path, duration)
                else:
                    problem = message("routine.clip_unusable", noun=words, problem=problem, path=str(path))
            if problem is not None:
                findings.append(Finding(("clips", clip_id, field), problem))
    return found


def _clip_duration(path: Path) -> tuple[float | None, Message | None]:
    """(seconds, None), (None, None) when not known cheaply, or (None, why the clip is unusable)."""
    if not _PROBING.get():
        return mp4_duration(path), None
    facts = probe(path)
    if isinstance(facts, MediaProblem):
        return None, message("routine.cannot_be_used", problem=facts.said)
    return (facts.duration if facts.end_checked else None), None


def _existing_file(
    base: Path, text: str, noun: str, words: Message, kind: Kind
) -> tuple[Path | None, Message | None]:
    """The file a clip's field names, if it is a regular file of its kind (see signatures)."""
    try:
        path = resolve_clip_path(base, text)
    except (OSError, RuntimeError, ValueError) as e:  # a symlink loop, a NUL character, ...
        return None, message("routine.bad_clip_path", noun=words, text=repr(text), reason=str(e))
    problem = file_message(path, kind, noun)
    return (None, problem) if problem is not None else (path, None)


def _step_findings(
    at: JsonPath, step: Mapping[str, Any], clips: Mapping[str, Any] | None, files: Mapping[str, _ClipFile]
) -> list[Finding]:
    findings = list(_clip_reference(at, step, clips))
    clip_id = step.get("clip")
    clip_file = files.get(clip_id) if isinstance(clip_id, str) else None
    side_segments = step.get("side_segments")
    side_segments = side_segments if isinstance(side_segments, dict) else {}
    segments: list[tuple[JsonPath, object]] = [(("segment",), step.get("segment"))]
    segments += [(("side_segments", side), value) for side, value in side_segments.items()]
    for where, value in segments:
        findings += _segment_findings((*at, *where), value, str(clip_id), clip_file)
    sides = step.get("sides", "none")
    if isinstance(sides, str) and sides in _WORKED_SIDES:
        findings += _side_findings(at, step, _WORKED_SIDES[sides], side_segments)
    return findings


def _clip_reference(
    at: JsonPath, step: Mapping[str, Any], clips: Mapping[str, Any] | None
) -> Iterator[Finding]:
    clip_id = step.get("clip")
    if not clips or not isinstance(clip_id, str) or not clip_id or clip_id in clips:
        return  # no clips at all is reported on its own
    names = ", ".join(list(clips)[:_SHOWN_NAMES]) + (", …" if len(clips) > _SHOWN_NAMES else "")
    yield Finding((*at, "clip"), message("routine.no_such_clip", clip=clip_id, names=names))


def segment_order_findings(at: JsonPath, value: object) -> list[Finding]:
    """A loop [start, end] whose end does not come after its start, or that is too short to play."""
    pair = segment_pair(value)
    if pair is None:
        return []  # the schema reports the shape
    start, end = pair
    if start >= end:
        return [Finding(at, message("routine.loop_order", start=f"{start:g}", end=f"{end:g}"))]
    if end - start < MIN_SEGMENT_SECONDS:
        short = message(
            "routine.loop_short",
            start=f"{start:g}",
            end=f"{end:g}",
            length=f"{end - start:.3g}",
            least=f"{MIN_SEGMENT_SECONDS:g}",
        )
        return [Finding(at, short)]
    return []


def segment_pair(value: object) -> tuple[float, float] | None:
    """[start, end] as two usable numbers, or None when the schema has something to say about it."""
    if not (isinstance(value, list) and len(value) == 2):
        return None
    start, end = usable_number(value[0]), usable_number(value[1])
    return None if start is None or end is None else (start, end)


def _segment_findings(at: JsonPath, value: object, clip_id: str, clip: _ClipFile | None) -> list[Finding]:
    order = segment_order_findings(at, value)
    pair = segment_pair(value)
    if order or pair is None:
        return order
    end = pair[1]
    if clip is not None and clip.duration is not None and end > clip.duration + SEGMENT_TOLERANCE:
        past = message(
            "routine.loop_past_end",
            end=f"{end:g}",
            clip=clip_id,
            length=f"{clip.duration:g}",
            path=str(clip.path),
        )
        return [Finding(at, past)]
    return []


def _side_findings(
    at: JsonPath, step: Mapping[str, Any], worked: tuple[str, ...], side_segments: Mapping[str, Any]
) -> list[Finding]:
    findings = []
    why = _why_sides(step, worked)
    for side in side_segments:
        if side in ("left", "right") and side not in worked:
            findings.append(
                Finding((*at, "side_segments", side), message("routine.no_side_to_loop", why=why, side=side))
            )
    mirror = step.get("mirror_side")
    if mirror not in ("left", "right"):
        return findings
    if mirror not in worked:
        findings.append(Finding((*at, "mirror_side"), message("routine.cannot_mirror", why=why, side=mirror)))
    elif mirror in side_segments:
        findings.append(Finding((*at, "mirror_side"), message("routine.mirror_own_loop", side=mirror)))
    return findings


def _why_sides(step: Mapping[str, Any], worked: tuple[str, ...]) -> Message:
    if "sides" in step:
        given = message("routine.sides_given", sides=str(step["sides"]))
    else:
        given = message("routine.sides_not_given")
    if not worked:
        return message("routine.no_sides", given=given)
    return message("routine.one_side", side=worked[0], given=given)
