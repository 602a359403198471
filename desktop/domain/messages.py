"""Messages the core hands to the window and to the command line: a code and its parameters.

The core stays free of Qt (and of any translation machinery): it says *what* went wrong as a
`Message`, a code from `ENGLISH` with named parameters. `str(message)` is the English text, for
the command line and the log. The window turns the same message into the person's language
(desktop/qt/messages.py, whose source strings a test keeps in step with `ENGLISH`).

Parameters are never translated: field paths (`steps[2].hold`), file names, values quoted from a
file, numbers. A parameter may itself be a `Message` (words such as "a whole number, 1 or more"),
which is rendered, and translated, on its own. A template picks its plural by the parameter `n`:
a pair (one, other) instead of a single string.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, TypeAlias

Param: TypeAlias = "str | int | float | Message"

#: English templates by code; `{name}` is a parameter, `{{`/`}}` a literal brace.
ENGLISH: Final[Mapping[str, str | tuple[str, str]]] = {
    # text that no code covers (an operating system's error, a library's words): shown as given
    "text": "{text}",
    # a sentence of its own: the text with a capital and a full stop ("The clip file was not found: ...")
    "sentence": "{text}.",
    # loop marks on a clip (domain/marks.py)
    "marks.too_few_frames": (
        "{clip}: a loop cannot be marked on a clip of {n} frame; it needs at least two",
        "{clip}: a loop cannot be marked on a clip of {n} frames; it needs at least two",
    ),
    "marks.same_frame": "{clip}: the in and out marks cannot both be on frame "
    "{frame}; a loop needs two frames",
    "marks.swapped_out": "The out mark (frame {frame}) came before the in mark: swapped them",
    "marks.swapped_in": "The in mark (frame {frame}) came after the out mark: swapped them",
    # a problem with its file, and its place in the file
    "problem.at": "{file}: {path}: {text}",
    "problem.file": "{file}: {text}",
    # a file as a whole
    "file.folder": "this is a folder, not a routine file",
    "file.not_regular": "this is not a regular file",
    "file.missing": "the file does not exist (looked for {path})",
    "file.unreadable": "the file cannot be read: {reason}",
    "file.too_big": "the file is {size}, more than a routine file may be ({limit}); "
    'clips belong in their own files, referenced under "clips"',
    "file.utf16": "the file is saved as UTF-16; save it as UTF-8",
    "file.not_utf8": "the file is not UTF-8 text: byte {byte} at byte offset {offset} "
    "(line {line}) is not valid UTF-8; save the file as UTF-8",
    "file.empty": "the file is empty; a routine file holds one JSON object {{ ... }}",
    "json.syntax": "not valid JSON at line {line}, column {column}: {hint}",
    "json.too_deep": "the JSON is nested too deeply (more than {levels} levels of lists and objects)",
    "json.number_too_long": "not valid JSON: a number in the file is far too long",
    "json.duplicate_key": '"{key}" appears more than once here; keep only one of them',
    "json.hint.value": "expected a value here (a comma after the last item of a list is not allowed)",
    "json.hint.name": "expected a field name in double quotes (a comma after the last "
    "field of an object is not allowed)",
    "json.hint.comma": "expected a comma or a closing bracket; is a comma missing between two items?",
    "json.hint.colon": 'expected a colon ":" after the field name',
    "json.hint.extra": "unexpected text after the end; the file must hold exactly one object {{ ... }}",
    "json.hint.unterminated": "a text in double quotes is not closed",
    "json.hint.control": r"a text in double quotes holds a line break or tab; write \n or \t",
    "json.hint.escape": r"a backslash \ in a text must be doubled (\\) or start an escape such as \n",
    "json.hint.u_escape": r"a \u escape needs exactly four hex digits",
    "size.mib": "{mib} MiB",
    "size.bytes": "{n} bytes",
    # what a value is, as the person who wrote it would recognise it
    "value.empty_text": 'an empty text ""',
    "value.list": ("a list of {n} item", "a list of {n} items"),
    "value.empty_list": "an empty list []",
    "value.object": "an object {{ ... }}",
    "value.empty_object": "an empty object {{}}",
    "value.huge_number": "a number too large to use ({digits} digits)",
    "value.infinite": "a number too large to use",
    "value.text_length": ("a text of {n} character", "a text of {n} characters"),
    "value.one_of": "one of {values}",
    "value.or": "{items} or {last}",
    "value.any": "a value",
    # the schema's rules
    # an `x-expected` text of the schema files (or a JSON type's name), translated by the window
    "schema.expected": "{words}",
    "schema.expected_got": "expected {expected}, got {got}",
    "schema.expected_format": "expected {versions} {format}, got {got}",
    "schema.format_missing": "this field is required but missing; expected {versions} {format}",
    "schema.format_words": "(the version of the routine format this file is written in)",
    "schema.at_most": "expected at most {limit}, got {got}",
    "schema.required": "this field is required but missing; expected {expected}",
    "schema.unknown_field": 'unknown field "{key}"{suggestion}; the fields allowed here are {allowed}',
    "schema.did_you_mean": ' (did you mean "{name}"?)',
    "schema.newer_field": 'the field "{key}" is part of the format {format}; to use it, '
    'write "format": "{format}" at the top of the file',
    "schema.hold_and_reps": 'has both "hold" and "reps": a step is either held for a time ("hold") '
    'or repeated ("reps" with "rep_seconds"), not both',
    "schema.hold_or_reps": 'needs either "hold" (the seconds to hold) or "reps" with "rep_seconds" '
    "(repetitions at a pace)",
    "schema.rep_seconds_with_hold": '"rep_seconds" only goes with "reps"; remove it from '
    'a step that has "hold"',
    "schema.required_because": 'required because "{given}" is given; expected {expected}',
    # the English of a validator no code covers; the window says "not valid here"
    "schema.other": "{detail}",
    # texts that JSON lets through (content/text.py)
    "text.surrogate": "holds half of a character at character {position} (the lone UTF-16 surrogate "
    "{code}), which cannot be shown or saved; write the whole character, or both halves of its \\u pair",
    "text.line_break": "holds {char} at character {position}; only cues, summary, credit "
    "and setup may hold tabs and line breaks",
    "text.control": "holds the control character {char} at character {position}; remove it",
    "text.override": "holds the bidirectional control {char} at character {position}, which can make "
    "the text display in another order than it is written; right-to-left text needs none "
    "(the marks U+200E and U+200F and closed isolates U+2066 to U+2069 are allowed)",
    "text.stray_close": "holds {char} at character {position} with no isolate (U+2066, U+2067 "
    "or U+2068) before it to close",
    "text.open_isolate": "holds the isolate {char} at character {position} that is not closed by "
    "{close}; close it, or remove it",
    "text.blank": "is blank; {noun} needs visible text",
    "text.invisible": "holds only invisible characters (such as {char}); {noun} needs visible text",
    "text.a_title": "a title",
    "text.a_cue": "a cue",
    "text.a_tag": "a tag",
    "text.a_spoken_line": "a spoken line",
    "text.tab": "a tab",
    "text.line_feed": "a line break",
    "text.char_named": "{code} ({name})",
    # what the routine's parts say about each other (content/semantics.py)
    "routine.unknown_step": "names no step of this routine; the step ids are {ids}",
    "routine.duplicate": 'the {what} "{value}" is already used at {earlier}; each must be different',
    "routine.a_tag": "tag",
    "routine.a_step_id": "step id",
    "routine.no_such_clip": 'there is no clip "{clip}" under "clips" (the clips are: {names})',
    "routine.loop_order": "expected the start to come before the end, got [{start}, {end}]",
    "routine.loop_short": "the loop [{start}, {end}] is {length} s long; a loop "
    "must be at least {least} s long",
    "routine.loop_past_end": 'the loop ends at {end} s, past the end of clip "{clip}", '
    "which is {length} s long ({path})",
    "routine.no_side_to_loop": "{why}, so it has no {side} side to loop",
    "routine.cannot_mirror": "{why}, so it cannot mirror the {side} side",
    "routine.mirror_own_loop": "the clip already has its own loop for the {side} side "
    "(side_segments.{side}), "
    "and mirroring it would show the other side; mirror only a side the clip does not show",
    "routine.no_sides": "this step has no sides ({given})",
    "routine.one_side": "this step works only the {side} side ({given})",
    "routine.sides_given": '"sides" is "{sides}"',
    "routine.sides_not_given": '"sides" is not given, which means "none"',
    "routine.clip_unusable": "the {noun} {problem}: {path}",
    "routine.cannot_be_used": "cannot be used: {problem}",
    "routine.bad_clip_path": "the {noun} path {text} cannot be used: {reason}",
    "routine.clip_file": "clip file",
    "routine.poster_image": "poster image",
    # a bundle (content/bundle_read.py)
    "bundle.no_main": "{bundle}: the bundle holds no routine or playlist file at its top level",
    "bundle.two_mains": "{bundle}: the bundle holds more than one file at its top "
    "level ({files}); expected one",
    "bundle.file_invalid": "{bundle}: the file {entry} in it is not valid",
    "bundle.unknown_format": "{bundle}: the file {entry} in it is neither a routine ({routine}) "
    'nor a playlist ("{playlist}"); its "format" is {found}',
    "bundle.routine_invalid": "{bundle}: the routine {entry} in it is not valid",
    "bundle.playlist_invalid": "{bundle}: the playlist {entry} in it is not valid",
    "bundle.not_a_video": "{bundle}: entry {inner} is not a video ({path} of the routine {entry}); "
    "a bundle holds only clips and posters",
    "bundle.not_a_picture": "{bundle}: entry {inner} is not a picture ({path} of the routine {entry}); "
    "a bundle holds only clips and posters",
    "bundle.clip_outside": "{bundle}: the routine {entry} uses a clip outside its folder in the bundle "
    "({path} is {text}); every clip must come in the bundle beside it",
    "bundle.not_in_playlist": "{bundle}: entry {entry} is not part of the playlist; a playlist bundle holds "
    "its routines in {folder}/<routine id>/",
    "bundle.one_routine": "{bundle}: the folder {folder} must hold exactly one routine file",
    "bundle.wrong_folder": '{bundle}: the routine in {folder} has the id "{id}"; '
    'it must be in a folder named after it ("{routines}/{id}/")',
    "bundle.stranger": "{bundle}: entry {entry} is not used by the routine or playlist in the bundle; "
    "a bundle holds only the files they name",
    "bundle.not_a_file": "{bundle}: this is not a file",
    "bundle.missing": "{bundle}: the file does not exist",
    "bundle.zip_feature": "{bundle}: this zip file uses a feature Supple does not read ({reason})",
    "bundle.not_a_bundle": "{bundle}: this is not a Supple bundle, or it was cut "
    "short ({reason}); export it again",
    "bundle.unreadable": "{bundle}: the file cannot be read: {reason}",
    "bundle.empty": "{bundle}: the bundle is empty",
    "bundle.too_many": "{bundle}: the bundle has {count} entries, more than the {limit} allowed",
    # an entry's own problem (its name, type or size) stays English: see content/bundle_entries.py
    "bundle.entry": "{bundle}: entry {entry} {problem}",
    "bundle.folder_clash": "{bundle}: entry {entry} needs a folder named like the file {file}",
    "bundle.too_big": "{bundle}: the bundle says it unpacks to {size}, more than the {limit} allowed",
    "bundle.overlap": "{bundle}: entry {entry} overlaps another entry's data",
    # a file to import (content/library_import.py)
    "source.broken_link": "a link to a file that does not exist",
    "source.missing": "no such file",
    "source.link_loop": "this is a loop of symbolic links, not a file",
    "source.too_long": "the path is too long for this system",
    "source.bad_path": "this path cannot be used: {reason}",
    "source.folder": "this is a folder; give a bundle (*.supple), a routine file or a playlist file",
    "source.device": "this is a device, not a file",
    "source.fifo": "this is a named pipe (FIFO), not a file",
    "source.socket": "this is a socket, not a file",
    "import.unknown_format": '{file}: this is neither a routine ({routine}) nor a playlist ("{playlist}") '
    "file, nor a {suffix} bundle",
    "import.invalid": "{file}: the file is not valid",
    "import.not_media": "{file}: the routine names files that are not clips or posters; nothing was imported",
    # installing into the library (content/library_install.py)
    "install.bundled_id": '{file}: the routine "{id}" has the id of a routine that comes with Supple; '
    "give it an id of its own",
    "install.routine_conflict": '{file}: your library already has a different routine "{id}" ({title}); '
    "import again with replace (supple import --replace) to overwrite it",
    "install.playlist_conflict": '{file}: you already have a different playlist "{id}" ({title}); '
    "import again with replace (supple import --replace) to overwrite it",
    "install.unplayable": "{file}: the playlist cannot be played: {reason}",
    "install.missing_item": "{file}: item {item} of the playlist cannot be played: {reason}, "
    "and it is not in the bundle{more}",
    "install.more": (" (and {n} more)", " (and {n} more)"),
    "imported.playlist": (
        'imported the playlist "{title}" ({n} items){extra}',
        'imported the playlist "{title}" ({n} items){extra}',
    ),
    "imported.new_routines": (" with {n} new routine", " with {n} new routines"),
    "imported.bundled": '"{title}" comes with Supple: it is always in the library',
    "imported.unchanged": '"{title}" is already in the library, unchanged',
    "imported.routine": (
        'imported the routine "{title}" ({n} steps)',
        'imported the routine "{title}" ({n} steps)',
    ),
    # an entry of a bundle, after "{bundle}: entry {entry}" (content/bundle_entries.py, bundle_extract.py)
    "entry.nul": "has a NUL character in its name",
    "entry.backslash": "uses backslashes in its name; a bundle uses forward slashes only",
    "entry.absolute": "is an absolute path; names in a bundle must be relative",
    "entry.drive": "starts with a drive letter; names in a bundle must be relative",
    "entry.colon": "has a colon in its name",
    "entry.control": "has a control character in its name",
    "entry.long_name": "has a name longer than {limit} characters",
    "entry.dotdot": 'points outside the bundle with ".."',
    "entry.empty_part": 'has an empty or "." part in its name',
    "entry.windows_name": 'has a part, "{part}", that Windows cannot store as a file name',
    "entry.long_part": "has a part longer than {limit} bytes, which file systems cannot store",
    "entry.symlink": "is a symbolic link; a bundle may hold only plain files",
    "entry.special": "is a special file (not a plain file); a bundle may hold only plain files",
    "entry.folder_and_file": "is marked both as a folder and as a file",
    "entry.encrypted": "is encrypted; Supple bundles are never encrypted",
    "entry.compression": "uses a compression method Supple does not read ({method})",
    "entry.twice": "appears twice in the bundle",
    "entry.file_and_folder": "has the name of the entry {other}, one as a file and one as a folder",
    "entry.differs": "differs from the entry {other} {reason}; some systems would store both as one file",
    "entry.differs_in_encoding": "only in how its accented letters are encoded (Unicode normalisation: "
    "composed or decomposed characters)",
    "entry.differs_in_case": "only in upper and lower case",
    "entry.differs_in_both": "only in upper and lower case and in how its accented letters are encoded "
    "(Unicode normalisation)",
    "entry.too_big": "says it unpacks to {size}, more than the {limit} allowed",
    "entry.bomb": "unpacks {size} from {compressed}, compressed more than "
    "{ratio} to 1: this looks like a zip bomb",
    "entry.outside": "points outside the bundle",
    "entry.unwritable": "cannot be written: {reason}",
    "entry.damaged": "is damaged ({reason}); the bundle was cut short or changed after it was made",
    "entry.unpacks_past": "unpacks to more than the {limit} allowed",
    "entry.bundle_past": "takes the bundle past the {limit} it may unpack to",
    # exporting (content/bundle_write.py, library_export.py)
    "export.not_media": '{out}: the routine "{id}" cannot be exported: it names files that are not '
    "clips or posters",
    "export.unreadable": "{out}: a file to bundle cannot be read: {reason}",
    "export.unwritable": "{out}: the bundle cannot be written: {reason}",
    "export.not_a_folder": "{out}: the folder {folder} is not a folder; nothing was written",
    "export.no_folder": "{out}: the folder {folder} does not exist; nothing was written",
    "export.too_long": "{out}: the playlist cannot be exported: {reason}",
    "export.missing_item": "{out}: item {item} of the playlist cannot be exported: {reason}",
    "export.lone_routine": "{name} names its clips where they are now; they are not inside it. "
    "To take the clips along, export a bundle ({bundle}).",
    # the library (content/library.py)
    "library.no_file": "the library does not say where its file is",
    "library.other_routine": '{file} now holds the routine "{routine}"',
    # a playlist (content/playlist.py)
    "playlist.hold_and_reps": 'has both "hold" and "reps": change a step to be held ("hold") or repeated '
    '("reps" with "rep_seconds"), not both',
    "playlist.loop_needs_step": 'a loop belongs to one step\'s clip: give "step" as '
    'well, or leave "segment" out',
    "playlist.no_side_to_mirror": '"sides" is changed to "{sides}", so there is no {side} side to mirror',
    "playlist.last_before_first": "expected the last item at or after the first ({first}), got {last}",
    "playlist.blocks_overlap": "items {first} to {last} overlap {block} (items {other_first} to "
    "{other_last}); blocks may not overlap or sit inside each other",
    # editing a playlist in the window (content/playlist_edit.py)
    "edit.choose_items": "choose the items to repeat first",
    "edit.neighbours": "only neighbouring items can be repeated together; choose a run of items",
    "edit.overlap": "items {first} to {last} overlap the repeated block of items {block_first} "
    "to {block_last}; blocks cannot overlap or sit inside each other (ungroup it first)",
    "edit.not_in_block": "item {item} is not in a repeated block",
    "playlist.no_routine": 'the routine "{routine}" is not in the library',
    "playlist.no_step": 'the routine "{routine}" has no step "{step}"',
    "playlist.changes_refused": "its changes cannot be applied: {reason}",
    "playlist.no_items": "the playlist has no items, so there is no item {last}",
    "playlist.no_such_item": 'there is no item {last}: "items" has {count}, numbered 0 to {top}',
    # a file a routine names, told by its first bytes (content/signatures.py)
    "signature.empty": "is empty (0 bytes)",
    "signature.video_not_image": "is a video ({format}), not an image",
    "signature.image_not_video": "is an image ({format}), not a video",
    "signature.not_video": "is not a video (expected {accepted}; its first bytes match none of them)",
    "signature.not_image": "is not an image (expected {accepted}; its first bytes match none of them)",
    "signature.system_folder": "the {noun} is in {folder}, which shows the running system, "
    "not files to use: {path}",
    "signature.not_found": "the {noun} was not found: {path}",
    "signature.link_loop": "the {noun} is a loop of symbolic links: {path}",
    "signature.unreadable": "the {noun} cannot be read ({reason}): {path}",
    "signature.folder": "the {noun} is a folder, not a file: {path}",
    "signature.not_regular": "the {noun} is not a regular file (a device, pipe or socket): {path}",
    "signature.wrong_kind": "the {noun} {problem}: {path}",
    "signature.clip_file": "clip file",
    "signature.poster_image": "poster image",
    "signature.video_file": "video file",
    "signature.image_file": "image file",
    "signature.file": "file",
    # a clip file (content/media_info.py)
    "media.unreadable": "it cannot be read ({reason})",
    "media.not_regular": "it is not a regular file",
    "media.empty": "the file is empty (0 bytes)",
    "media.not_playable": "it is not a video file that can be played ({reason})",
    "media.no_video": "the file has no video track",
    "media.no_clock": "its video track has no clock (time base)",
    "media.no_frames": "its video track holds no frames",
    "media.no_rate": "its frame rate cannot be told",
    "media.lie": "its header says it lasts {stated}, but its content ends after {actual}: "
    "the file is damaged or was altered (re-encode it)",
    "media.no_timestamps": "the timestamps of its frames cannot be read",
    "media.cut_in_header": "the file is truncated (it ends inside a box header at byte {offset})",
    "media.cut_at": "the file is truncated at byte {offset}",
    "media.bad_box": "the file is damaged (a box at byte {offset} has an impossible size)",
    "media.cut_short": "the file is truncated: its '{box}' data needs {missing} more bytes than the file has "
    "(was the download or copy cut short?)",
    "media.no_index": "the file has no 'moov' index, so it cannot be played (is it complete?)",
    # the history database when Supple cannot write it (store/store.py)
    "store.cannot_save": "History cannot be saved: {reason}. Your history is shown, but nothing new is "
    "saved until Supple can write there again.",
    "store.cannot_save_empty": "History cannot be saved: {reason}, and there is no history in it yet.",
    "store.folder_uncreatable": "the data folder {path} cannot be created ({how})",
    "store.folder_read_only": "the data folder {path} is read-only ({how})",
    "store.file_read_only": "the database file {path} is read-only ({how})",
    "store.how.read_only_fs": "it is on a read-only file system",
    "store.how.denied": "permission denied",
    "store.how.not_permitted": "not permitted",
    # a clip the player is given (media/base.py, media/probe.py): the file, then what is wrong
    "clip.at": "{path}: {text}",
    "clip.missing": "the clip file does not exist",
    # what a player found when it tried the clip (media/qt_backend.py, media/vlc_backend.py)
    "clip.no_picture": "no picture could be decoded from this file",
    "clip.no_picture_because": "no picture could be decoded from this file ({reason})",
    "clip.unsupported_or_damaged": "unsupported or damaged video",
    "clip.libvlc_failed": "libVLC could not play this file (is it a video clip?)",
    "clip.not_playable": "not a video clip Supple can play",
    "clip.folder": "is a folder, not a clip file",
    "clip.unreadable": "cannot be read ({reason})",
    "clip.empty": "the clip file is empty (0 bytes)",
    "clip.text": "this is not a video file (it contains text)",
    "duration.seconds": "{n} s",
    "duration.minutes": "{n} minutes",
    "duration.hours": "{n} hours",
    "duration.days": "{n} days",
}


@dataclass(frozen=True, slots=True)
class Message:
    """A code of `ENGLISH` and its parameters, by name; hashable, so findings can be deduplicated."""

    code: str
    params: tuple[tuple[str, Param], ...] = ()

    @property
    def args(self) -> dict[str, Param]:
        return dict(self.params)

    def __str__(self) -> str:
        template = ENGLISH[self.code]
        if isinstance(template, tuple):
            template = template[0] if self.args.get("n") == 1 else template[1]
        english = template.format(**{name: str(value) for name, value in self.params})
        return english[:1].upper() + english[1:] if self.code == "sentence" else english


def message(code: str, /, **params: Param) -> Message:
    """`Message(code, params)`; the code must be one of `ENGLISH`."""
    if code not in ENGLISH:
        raise KeyError(f"no message has the code {code!r}")
    return Message(code, tuple(params.items()))


def text(words: str | Message) -> Message:
    """`words` as a message: a Message as it is, and a text that no code covers shown as given."""
    return words if isinstance(words, Message) else Message("text", (("text", words),))
