"""The routine file formats `supple.routine/1` and `/2`: load, decode and validate, encode."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desktop.content.jsonfile import (
    MAX_FILE_BYTES,
    check_size,
    decode_utf8,
    depth_findings,
    duplicate_key_findings,
    parse_json,
    read_capped,
)
from desktop.content.problems import Finding, RoutineError, sorted_problems
from desktop.content.schema import FORMAT_1, FORMAT_2, SCHEMA_FILES, known_schema_valid, schema_findings
from desktop.content.semantics import resolve_clip_path, semantic_findings
from desktop.content.text import text_findings
from desktop.domain import (
    DEFAULT_PREPARE,
    DEFAULT_REST,
    DEFAULT_SETS,
    Clip,
    Routine,
    RoutineText,
    Segment,
    Side,
    Sides,
    Step,
    StepText,
)
from desktop.domain.messages import Message, message, text
from desktop.domain.overrides import plain_number

#: Every routine format Supple reads, oldest first.
FORMATS = tuple(SCHEMA_FILES)
ROUTINE_SUFFIX = ".supple.json"


def load_routine(path: str | os.PathLike[str]) -> Routine:
    """Read and decode a routine file; every problem found is in the RoutineError raised."""
    source = Path(path)
    return decode_routine(read_capped(source, MAX_FILE_BYTES), source)


def decode_routine(data: str | bytes, source: Path) -> Routine:
    """Decode a routine; `source` names it in problems and anchors its relative clip paths."""
    routine, _unusable = _decode(data, source, lenient_clips=False)
    return routine


def _decode(data: str | bytes, source: Path, *, lenient_clips: bool) -> tuple[Routine, list[Finding]]:
    """Every check, in order; with `lenient_clips`, a clip or poster file that cannot be used is
    returned as a finding of that clip instead of refusing the routine."""
    file = Path(source)
    check_size(file, len(data))  # for text, counted in characters
    document = parse_json(data if isinstance(data, str) else decode_utf8(data, file), file)
    too_deep = depth_findings(document)
    if too_deep:
        raise RoutineError(sorted_problems(file, document, too_deep))
    absolute = _absolute(file)
    findings = duplicate_key_findings(document) + document_findings(
        document, absolute.parent, schema_checked=known_schema_valid(data)
    )
    unusable = [f for f in findings if lenient_clips and _is_clip_file(f)]
    if len(unusable) < len(findings):
        raise RoutineError(sorted_problems(file, document, findings))
    assert isinstance(document, dict)  # the schema says so
    routine = _routine(document, absolute)
    too_long = _size_problem(routine)
    if too_long is not None:
        raise RoutineError(sorted_problems(file, document, [Finding(("steps",), text(too_long))]))
    return routine, unusable


def document_findings(document: object, folder: Path, *, schema_checked: bool = False) -> list[Finding]:
    """Every problem `supple check` finds in a parsed routine document (but duplicate keys, which
    only text has), with its clip paths relative to `folder`: the routine editor shows the same.
    `schema_checked`: a shipped file known to pass the schema skips that pass (and jsonschema)."""
    findings = [] if schema_checked else schema_findings(document)
    text = text_findings(document, findings)
    findings += text
    text_paths = {finding.path for finding in text}
    findings += [f for f in semantic_findings(document, folder) if f.path not in text_paths]
    return findings


def _is_clip_file(finding: Finding) -> bool:
    """A problem of a clip's or poster's file (missing, not a video, ...), at clips.<id>.file|poster."""
    path = finding.path
    return len(path) == 3 and path[0] == "clips" and path[2] in ("file", "poster")


def _size_problem(routine: Routine) -> str | None:
    """Whether the whole routine, played through, stays within the session limits (by arithmetic:
    a file of thousands of steps of a thousand sets must not be unrolled to be refused)."""
    from desktop.engine.plan import PlanItem, plan_size

    size = plan_size(PlanItem(routine.id, step) for step in routine.steps)
    return size.limit_problem("the routine")


def load_routine_lenient(path: str | os.PathLike[str]) -> tuple[Routine, dict[str, Message]]:
    """Like `load_routine`, for the player: a clip or poster file that is missing (or cannot be
    used) is not an error but a problem of that clip, returned by clip id, so that the rest of
    the routine can still be played. Every other problem raises RoutineError as `load_routine` does;
    `supple check` and `supple import` keep using `load_routine`, which reports missing files too.
    """
    file = Path(path)
    routine, missing = _decode(read_capped(file, MAX_FILE_BYTES), file, lenient_clips=True)
    problems: dict[str, Message] = {}
    clips = dict(routine.clips)
    for finding in missing:
        clip_id, field = str(finding.path[1]), finding.path[2]
        if field == "poster":
            clips[clip_id] = Clip(clip_id, clips[clip_id].file, None)  # no picture, nothing else lost
        else:
            problems[clip_id] = message("sentence", text=finding.message)
    if len(clips) != len(routine.clips) or any(clips[k] is not routine.clips[k] for k in clips):
        routine = dataclasses.replace(routine, clips=MappingProxyType(clips))
    return routine, problems


def stated_step_fields(routine: Routine) -> dict[str, frozenset[str]] | None:
    """The fields each step states in the routine's own file (read again, as decoding fills in the
    defaults), so that the player can apply its own defaults to the others; None when the routine
    has no readable file (made in memory, say, for a clip opened alone)."""
    source = routine.source
    if source is None or not source.name.lower().endswith(".json"):
        return None
    try:
        document = json.loads(read_capped(source, MAX_FILE_BYTES))
        return {
            str(step["id"]): frozenset(step)
            for step in document["steps"]
            if isinstance(step, dict) and "id" in step
        }
    except (OSError, ValueError, TypeError, KeyError, RoutineError):
        return None


def _absolute(file: Path) -> Path:
    try:
        return file.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return file.absolute()


def _routine(doc: Mapping[str, Any], source: Path) -> Routine:
    base = source.parent
    clips = {
        clip_id: Clip(
            id=clip_id,
            file=resolve_clip_path(base, clip["file"]),
            poster=resolve_clip_path(base, clip["poster"]) if "poster" in clip else None,
        )
        for clip_id, clip in doc["clips"].items()
    }
    return Routine(
        id=doc["id"],
        title=doc["title"],
        steps=tuple(_step(step) for step in doc["steps"]),
        clips=MappingProxyType(clips),
        summary=doc.get("summary", ""),
        credit=doc.get("credit", ""),
        tags=tuple(doc.get("tags", ())),
        setup=doc.get("setup", ""),
        source=source,
        translations=MappingProxyType(
            {tag: _translation(text) for tag, text in doc.get("languages", {}).items()}
        ),
    )


def _translation(raw: Mapping[str, Any]) -> RoutineText:
    steps = {
        step_id: StepText(
            title=text.get("title"),
            cues=tuple(text["cues"]) if "cues" in text else None,
            speak=text.get("speak"),
        )
        for step_id, text in raw.get("steps", {}).items()
    }
    return RoutineText(
        title=raw.get("title"),
        summary=raw.get("summary"),
        setup=raw.get("setup"),
        steps=MappingProxyType(steps),
    )


def _translation_fields(text: RoutineText) -> dict[str, Any]:
    fields: dict[str, Any] = {
        key: value
        for key, value in (("title", text.title), ("summary", text.summary), ("setup", text.setup))
        if value is not None
    }
    steps = {}
    for step_id, step in text.steps.items():
        own: dict[str, Any] = {}
        if step.title is not None:
            own["title"] = step.title
        if step.cues is not None:
            own["cues"] = list(step.cues)
        if step.speak is not None:
            own["speak"] = step.speak
        steps[step_id] = own
    if steps:
        fields["steps"] = steps
    return fields


def _step(raw: Mapping[str, Any]) -> Step:
    side_segments = {Side(side): _segment(pair) for side, pair in raw.get("side_segments", {}).items()}
    return Step(
        id=raw["id"],
        title=raw["title"],
        clip=raw["clip"],
        cues=tuple(raw.get("cues", ())),
        segment=_segment(raw["segment"]) if "segment" in raw else None,
        sides=Sides(raw.get("sides", Sides.NONE)),
        side_segments=MappingProxyType(side_segments),
        mirror_side=Side(raw["mirror_side"]) if "mirror_side" in raw else None,
        hold=_seconds(raw.get("hold")),
        reps=int(raw["reps"]) if "reps" in raw else None,  # JSON Schema counts 8.0 as an integer
        rep_seconds=_seconds(raw.get("rep_seconds")),
        sets=int(raw.get("sets", DEFAULT_SETS)),
        rest=float(raw.get("rest", DEFAULT_REST)),
        prepare=float(raw.get("prepare", DEFAULT_PREPARE)),
        level=int(raw["level"]) if "level" in raw else None,
        speak=raw.get("speak"),
    )


def _segment(pair: list[float]) -> Segment:
    return Segment(float(pair[0]), float(pair[1]))


def _seconds(value: float | None) -> float | None:
    return None if value is None else float(value)


def encode_routine(routine: Routine, relative_to: Path | None = None) -> str:
    """The routine as a `supple.routine/1` file, or `/2` when a step uses a field only `/2` has.

    Clip paths are written relative to `relative_to`, by default the folder of `routine.source`;
    with neither they stay absolute.
    """
    base = relative_to if relative_to is not None else routine.source.parent if routine.source else None
    newer = bool(routine.translations) or any(
        step.level is not None or step.speak is not None for step in routine.steps
    )
    doc: dict[str, Any] = {
        "format": FORMAT_2 if newer else FORMAT_1,
        "id": routine.id,
        "title": routine.title,
    }
    optional = {"summary": routine.summary, "credit": routine.credit, "tags": list(routine.tags)}
    doc.update((key, value) for key, value in optional.items() if value)
    if routine.setup:
        doc["setup"] = routine.setup
    doc["clips"] = {clip_id: _clip_fields(clip, base) for clip_id, clip in routine.clips.items()}
    doc["steps"] = [_step_fields(step) for step in routine.steps]
    if routine.translations:
        doc["languages"] = {tag: _translation_fields(text) for tag, text in routine.translations.items()}
    return _dump(doc) + "\n"


def _clip_fields(clip: Clip, base: Path | None) -> dict[str, str]:
    fields = {"file": _relative(clip.file, base)}
    if clip.poster is not None:
        fields["poster"] = _relative(clip.poster, base)
    return fields


def _relative(path: Path, base: Path | None) -> str:
    if base is None:
        return path.as_posix()
    try:
        return Path(os.path.relpath(path, base)).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return path.as_posix()


def _step_fields(step: Step) -> dict[str, Any]:
    fields: dict[str, Any] = {"id": step.id, "title": step.title}
    if step.cues:
        fields["cues"] = list(step.cues)
    fields["clip"] = step.clip
    if step.segment is not None:
        fields["segment"] = _pair(step.segment)
    if step.sides is not Sides.NONE:
        fields["sides"] = step.sides.value
    if step.side_segments:
        fields["side_segments"] = {side.value: _pair(seg) for side, seg in step.side_segments.items()}
    if step.mirror_side is not None:
        fields["mirror_side"] = step.mirror_side.value
    if step.hold is not None:
        fields["hold"] = plain_number(step.hold)
    else:
        assert step.reps is not None and step.rep_seconds is not None  # Step guarantees it
        fields["reps"] = step.reps
        fields["rep_seconds"] = plain_number(step.rep_seconds)
    for key, value, default in (
        ("sets", step.sets, DEFAULT_SETS),
        ("rest", step.rest, DEFAULT_REST),
        ("prepare", step.prepare, DEFAULT_PREPARE),
    ):
        if value != default:
            fields[key] = plain_number(value)
    if step.level is not None:
        fields["level"] = step.level
    if step.speak is not None:
        fields["speak"] = step.speak
    return fields


def _pair(segment: Segment) -> list[float]:
    return [plain_number(segment.start), plain_number(segment.end)]


def _dump(value: object, indent: str = "") -> str:
    """JSON with two-space indents, keeping short lists of plain values on one line."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = (f"{inner}{json.dumps(k, ensure_ascii=False)}: {_dump(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and value:
        flat = json.dumps(value, ensure_ascii=False)
        if all(not isinstance(v, dict | list) for v in value) and len(flat) <= 60:
            return flat
        return "[\n" + ",\n".join(f"{inner}{_dump(v, inner)}" for v in value) + f"\n{indent}]"
    return json.dumps(value, ensure_ascii=False)
