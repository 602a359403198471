"""The window's source strings for the core's messages (see desktop/qt/messages.py, which says them).

Kept apart from the code that uses them: one literal per code of desktop/domain/messages.py
`ENGLISH`, for lupdate to extract (tests/unit/test_messages.py keeps the two in step).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP

# The window's source string of each code; the same words and `{names}` as the core's English.
# Codes not here: "text" (shown as given), "schema.expected" (`EXPECTED`) and `plural` codes.
# QT_TRANSLATE_NOOP returns its source unchanged (typed as `object`), for lupdate to find it.
SOURCES = cast(
    "Mapping[str, str]",
    {
        "sentence": QT_TRANSLATE_NOOP("Messages", "{text}."),
        "marks.same_frame": QT_TRANSLATE_NOOP(
            "Messages",
            "{clip}: the in and out marks cannot both be on frame {frame}; a loop needs two frames",
        ),
        "marks.swapped_out": QT_TRANSLATE_NOOP(
            "Messages", "The out mark (frame {frame}) came before the in mark: swapped them"
        ),
        "marks.swapped_in": QT_TRANSLATE_NOOP(
            "Messages", "The in mark (frame {frame}) came after the out mark: swapped them"
        ),
        "problem.at": QT_TRANSLATE_NOOP("Messages", "{file}: {path}: {text}"),
        "problem.file": QT_TRANSLATE_NOOP("Messages", "{file}: {text}"),
        "file.folder": QT_TRANSLATE_NOOP("Messages", "this is a folder, not a routine file"),
        "file.not_regular": QT_TRANSLATE_NOOP("Messages", "this is not a regular file"),
        "file.missing": QT_TRANSLATE_NOOP("Messages", "the file does not exist (looked for {path})"),
        "file.unreadable": QT_TRANSLATE_NOOP("Messages", "the file cannot be read: {reason}"),
        "file.too_big": QT_TRANSLATE_NOOP(
            "Messages",
            'the file is {size}, more than a routine file may be ({limit}); clips belong in their own files, referenced under "clips"',
        ),
        "file.utf16": QT_TRANSLATE_NOOP("Messages", "the file is saved as UTF-16; save it as UTF-8"),
        "file.not_utf8": QT_TRANSLATE_NOOP(
            "Messages",
            "the file is not UTF-8 text: byte {byte} at byte offset {offset} (line {line}) is not valid UTF-8; save the file as UTF-8",
        ),
        "file.empty": QT_TRANSLATE_NOOP(
            "Messages", "the file is empty; a routine file holds one JSON object { ... }"
        ),
        "json.syntax": QT_TRANSLATE_NOOP(
            "Messages", "not valid JSON at line {line}, column {column}: {hint}"
        ),
        "json.too_deep": QT_TRANSLATE_NOOP(
            "Messages", "the JSON is nested too deeply (more than {levels} levels of lists and objects)"
        ),
        "json.number_too_long": QT_TRANSLATE_NOOP(
            "Messages", "not valid JSON: a number in the file is far too long"
        ),
        "json.duplicate_key": QT_TRANSLATE_NOOP(
            "Messages", '"{key}" appears more than once here; keep only one of them'
        ),
        "json.hint.value": QT_TRANSLATE_NOOP(
            "Messages", "expected a value here (a comma after the last item of a list is not allowed)"
        ),
        "json.hint.name": QT_TRANSLATE_NOOP(
            "Messages",
            "expected a field name in double quotes (a comma after the last field of an object is not allowed)",
        ),
        "json.hint.comma": QT_TRANSLATE_NOOP(
            "Messages", "expected a comma or a closing bracket; is a comma missing between two items?"
        ),
        "json.hint.colon": QT_TRANSLATE_NOOP("Messages", 'expected a colon ":" after the field name'),
        "json.hint.extra": QT_TRANSLATE_NOOP(
            "Messages", "unexpected text after the end; the file must hold exactly one object { ... }"
        ),
        "json.hint.unterminated": QT_TRANSLATE_NOOP("Messages", "a text in double quotes is not closed"),
        "json.hint.control": QT_TRANSLATE_NOOP(
            "Messages", "a text in double quotes holds a line break or tab; write \\n or \\t"
        ),
        "json.hint.escape": QT_TRANSLATE_NOOP(
            "Messages", "a backslash \\ in a text must be doubled (\\\\) or start an escape such as \\n"
        ),
        "json.hint.u_escape": QT_TRANSLATE_NOOP("Messages", "a \\u escape needs exactly four hex digits"),
        "size.mib": QT_TRANSLATE_NOOP("Messages", "{mib} MiB"),
        "size.bytes": QT_TRANSLATE_NOOP("Messages", "{n} bytes"),
        "value.empty_text": QT_TRANSLATE_NOOP("Messages", 'an empty text ""'),
        "value.empty_list": QT_TRANSLATE_NOOP("Messages", "an empty list []"),
        "value.object": QT_TRANSLATE_NOOP("Messages", "an object { ... }"),
        "value.empty_object": QT_TRANSLATE_NOOP("Messages", "an empty object {}"),
        "value.huge_number": QT_TRANSLATE_NOOP("Messages", "a number too large to use ({digits} digits)"),
        "value.infinite": QT_TRANSLATE_NOOP("Messages", "a number too large to use"),
        "value.one_of": QT_TRANSLATE_NOOP("Messages", "one of {values}"),
        "value.or": QT_TRANSLATE_NOOP("Messages", "{items} or {last}"),
        "value.any": QT_TRANSLATE_NOOP("Messages", "a value"),
        "schema.expected_got": QT_TRANSLATE_NOOP("Messages", "expected {expected}, got {got}"),
        "schema.expected_format": QT_TRANSLATE_NOOP("Messages", "expected {versions} {format}, got {got}"),
        "schema.format_missing": QT_TRANSLATE_NOOP(
            "Messages", "this field is required but missing; expected {versions} {format}"
        ),
        "schema.format_words": QT_TRANSLATE_NOOP(
            "Messages", "(the version of the routine format this file is written in)"
        ),
        "schema.at_most": QT_TRANSLATE_NOOP("Messages", "expected at most {limit}, got {got}"),
        "schema.required": QT_TRANSLATE_NOOP(
            "Messages", "this field is required but missing; expected {expected}"
        ),
        "schema.unknown_field": QT_TRANSLATE_NOOP(
            "Messages", 'unknown field "{key}"{suggestion}; the fields allowed here are {allowed}'
        ),
        "schema.did_you_mean": QT_TRANSLATE_NOOP("Messages", ' (did you mean "{name}"?)'),
        "schema.newer_field": QT_TRANSLATE_NOOP(
            "Messages",
            'the field "{key}" is part of the format {format}; to use it, write "format": "{format}" at the top of the file',
        ),
        "schema.hold_and_reps": QT_TRANSLATE_NOOP(
            "Messages",
            'has both "hold" and "reps": a step is either held for a time ("hold") or repeated ("reps" with "rep_seconds"), not both',
        ),
        "schema.hold_or_reps": QT_TRANSLATE_NOOP(
            "Messages",
            'needs either "hold" (the seconds to hold) or "reps" with "rep_seconds" (repetitions at a pace)',
        ),
        "schema.rep_seconds_with_hold": QT_TRANSLATE_NOOP(
            "Messages", '"rep_seconds" only goes with "reps"; remove it from a step that has "hold"'
        ),
        "schema.required_because": QT_TRANSLATE_NOOP(
            "Messages", 'required because "{given}" is given; expected {expected}'
        ),
        "schema.other": QT_TRANSLATE_NOOP("Messages", "not valid here"),
        "text.surrogate": QT_TRANSLATE_NOOP(
            "Messages",
            "holds half of a character at character {position} (the lone UTF-16 surrogate {code}), which cannot be shown or saved; write the whole character, or both halves of its \\u pair",
        ),
        "text.line_break": QT_TRANSLATE_NOOP(
            "Messages",
            "holds {char} at character {position}; only cues, summary, credit and setup may hold tabs and line breaks",
        ),
        "text.control": QT_TRANSLATE_NOOP(
            "Messages", "holds the control character {char} at character {position}; remove it"
        ),
        "text.override": QT_TRANSLATE_NOOP(
            "Messages",
            "holds the bidirectional control {char} at character {position}, which can make the text display in another order than it is written; right-to-left text needs none (the marks U+200E and U+200F and closed isolates U+2066 to U+2069 are allowed)",
        ),
        "text.stray_close": QT_TRANSLATE_NOOP(
            "Messages",
            "holds {char} at character {position} with no isolate (U+2066, U+2067 or U+2068) before it to close",
        ),
        "text.open_isolate": QT_TRANSLATE_NOOP(
            "Messages",
            "holds the isolate {char} at character {position} that is not closed by {close}; close it, or remove it",
        ),
        "text.blank": QT_TRANSLATE_NOOP("Messages", "is blank; {noun} needs visible text"),
        "text.invisible": QT_TRANSLATE_NOOP(
            "Messages", "holds only invisible characters (such as {char}); {noun} needs visible text"
        ),
        "text.a_title": QT_TRANSLATE_NOOP("Messages", "a title"),
        "text.a_cue": QT_TRANSLATE_NOOP("Messages", "a cue"),
        "text.a_tag": QT_TRANSLATE_NOOP("Messages", "a tag"),
        "text.a_spoken_line": QT_TRANSLATE_NOOP("Messages", "a spoken line"),
        "text.tab": QT_TRANSLATE_NOOP("Messages", "a tab"),
        "text.line_feed": QT_TRANSLATE_NOOP("Messages", "a line break"),
        "text.char_named": QT_TRANSLATE_NOOP("Messages", "{code} ({name})"),
        "routine.unknown_step": QT_TRANSLATE_NOOP(
            "Messages", "names no step of this routine; the step ids are {ids}"
        ),
        "routine.duplicate": QT_TRANSLATE_NOOP(
            "Messages", 'the {what} "{value}" is already used at {earlier}; each must be different'
        ),
        "routine.a_tag": QT_TRANSLATE_NOOP("Messages", "tag"),
        "routine.a_step_id": QT_TRANSLATE_NOOP("Messages", "step id"),
        "routine.no_such_clip": QT_TRANSLATE_NOOP(
            "Messages", 'there is no clip "{clip}" under "clips" (the clips are: {names})'
        ),
        "routine.loop_order": QT_TRANSLATE_NOOP(
            "Messages", "expected the start to come before the end, got [{start}, {end}]"
        ),
        "routine.loop_short": QT_TRANSLATE_NOOP(
            "Messages", "the loop [{start}, {end}] is {length} s long; a loop must be at least {least} s long"
        ),
        "routine.loop_past_end": QT_TRANSLATE_NOOP(
            "Messages",
            'the loop ends at {end} s, past the end of clip "{clip}", which is {length} s long ({path})',
        ),
        "routine.no_side_to_loop": QT_TRANSLATE_NOOP("Messages", "{why}, so it has no {side} side to loop"),
        "routine.cannot_mirror": QT_TRANSLATE_NOOP("Messages", "{why}, so it cannot mirror the {side} side"),
        "routine.mirror_own_loop": QT_TRANSLATE_NOOP(
            "Messages",
            "the clip already has its own loop for the {side} side (side_segments.{side}), and mirroring it would show the other side; mirror only a side the clip does not show",
        ),
        "routine.no_sides": QT_TRANSLATE_NOOP("Messages", "this step has no sides ({given})"),
        "routine.one_side": QT_TRANSLATE_NOOP("Messages", "this step works only the {side} side ({given})"),
        "routine.sides_given": QT_TRANSLATE_NOOP("Messages", '"sides" is "{sides}"'),
        "routine.sides_not_given": QT_TRANSLATE_NOOP("Messages", '"sides" is not given, which means "none"'),
        "routine.clip_unusable": QT_TRANSLATE_NOOP("Messages", "the {noun} {problem}: {path}"),
        "routine.cannot_be_used": QT_TRANSLATE_NOOP("Messages", "cannot be used: {problem}"),
        "routine.bad_clip_path": QT_TRANSLATE_NOOP(
            "Messages", "the {noun} path {text} cannot be used: {reason}"
        ),
        "routine.clip_file": QT_TRANSLATE_NOOP("Messages", "clip file"),
        "routine.poster_image": QT_TRANSLATE_NOOP("Messages", "poster image"),
        "bundle.no_main": QT_TRANSLATE_NOOP(
            "Messages", "{bundle}: the bundle holds no routine or playlist file at its top level"
        ),
        "bundle.two_mains": QT_TRANSLATE_NOOP(
            "Messages",
            "{bundle}: the bundle holds more than one file at its top level ({files}); expected one",
        ),
        "bundle.file_invalid": QT_TRANSLATE_NOOP("Messages", "{bundle}: the file {entry} in it is not valid"),
        "bundle.unknown_format": QT_TRANSLATE_NOOP(
            "Messages",
            '{bundle}: the file {entry} in it is neither a routine ({routine}) nor a playlist ("{playlist}"); its "format" is {found}',
        ),
        "bundle.routine_invalid": QT_TRANSLATE_NOOP(
            "Messages", "{bundle}: the routine {entry} in it is not valid"
        ),
        "bundle.playlist_invalid": QT_TRANSLATE_NOOP(
            "Messages", "{bundle}: the playlist {entry} in it is not valid"
        ),
        "bundle.not_a_video": QT_TRANSLATE_NOOP(
            "Messages",
            "{bundle}: entry {inner} is not a video ({path} of the routine {entry}); a bundle holds only clips and posters",
        ),
        "bundle.not_a_picture": QT_TRANSLATE_NOOP(
            "Messages",
            "{bundle}: entry {inner} is not a picture ({path} of the routine {entry}); a bundle holds only clips and posters",
        ),
        "bundle.clip_outside": QT_TRANSLATE_NOOP(
            "Messages",
            "{bundle}: the routine {entry} uses a clip outside its folder in the bundle ({path} is {text}); every clip must come in the bundle beside it",
        ),
        "bundle.not_in_playlist": QT_TRANSLATE_NOOP(
            "Messages",
            "{bundle}: entry {entry} is not part of the playlist; a playlist bundle holds its routines in {folder}/<routine id>/",
        ),
        "bundle.one_routine": QT_TRANSLATE_NOOP(
            "Messages", "{bundle}: the folder {folder} must hold exactly one routine file"
        ),
        "bundle.wrong_folder": QT_TRANSLATE_NOOP(
            "Messages",
            '{bundle}: the routine in {folder} has the id "{id}"; it must be in a folder named after it ("{routines}/{id}/")',
        ),
        "bundle.stranger": QT_TRANSLATE_NOOP(
            "Messages",
            "{bundle}: entry {entry} is not used by the routine or playlist in the bundle; a bundle holds only the files they name",
        ),
        "bundle.not_a_file": QT_TRANSLATE_NOOP("Messages", "{bundle}: this is not a file"),
        "bundle.missing": QT_TRANSLATE_NOOP("Messages", "{bundle}: the file does not exist"),
        "bundle.zip_feature": QT_TRANSLATE_NOOP(
            "Messages", "{bundle}: this zip file uses a feature Supple does not read ({reason})"
        ),
        "bundle.not_a_bundle": QT_TRANSLATE_NOOP(
            "Messages",
            "{bundle}: this is not a Supple bundle, or it was cut short ({reason}); export it again",
        ),
        "bundle.unreadable": QT_TRANSLATE_NOOP("Messages", "{bundle}: the file cannot be read: {reason}"),
        "bundle.empty": QT_TRANSLATE_NOOP("Messages", "{bundle}: the bundle is empty"),
        "bundle.too_many": QT_TRANSLATE_NOOP(
            "Messages", "{bundle}: the bundle has {count} entries, more than the {limit} allowed"
        ),
        "bundle.entry": QT_TRANSLATE_NOOP("Messages", "{bundle}: entry {entry} {problem}"),
        "bundle.folder_clash": QT_TRANSLATE_NOOP(
            "Messages", "{bundle}: entry {entry} needs a folder named like the file {file}"
        ),
        "bundle.too_big": QT_TRANSLATE_NOOP(
            "Messages", "{bundle}: the bundle says it unpacks to {size}, more than the {limit} allowed"
        ),
        "bundle.overlap": QT_TRANSLATE_NOOP(
            "Messages", "{bundle}: entry {entry} overlaps another entry's data"
        ),
        "source.broken_link": QT_TRANSLATE_NOOP("Messages", "a link to a file that does not exist"),
        "source.missing": QT_TRANSLATE_NOOP("Messages", "no such file"),
        "source.link_loop": QT_TRANSLATE_NOOP("Messages", "this is a loop of symbolic links, not a file"),
        "source.too_long": QT_TRANSLATE_NOOP("Messages", "the path is too long for this system"),
        "source.bad_path": QT_TRANSLATE_NOOP("Messages", "this path cannot be used: {reason}"),
        "source.folder": QT_TRANSLATE_NOOP(
            "Messages", "this is a folder; give a bundle (*.supple), a routine file or a playlist file"
        ),
        "source.device": QT_TRANSLATE_NOOP("Messages", "this is a device, not a file"),
        "source.fifo": QT_TRANSLATE_NOOP("Messages", "this is a named pipe (FIFO), not a file"),
        "source.socket": QT_TRANSLATE_NOOP("Messages", "this is a socket, not a file"),
        "import.unknown_format": QT_TRANSLATE_NOOP(
            "Messages",
            '{file}: this is neither a routine ({routine}) nor a playlist ("{playlist}") file, nor a {suffix} bundle',
        ),
        "import.invalid": QT_TRANSLATE_NOOP("Messages", "{file}: the file is not valid"),
        "import.not_media": QT_TRANSLATE_NOOP(
            "Messages", "{file}: the routine names files that are not clips or posters; nothing was imported"
        ),
        "install.bundled_id": QT_TRANSLATE_NOOP(
            "Messages",
            '{file}: the routine "{id}" has the id of a routine that comes with Supple; give it an id of its own',
        ),
        "install.routine_conflict": QT_TRANSLATE_NOOP(
            "Messages",
            '{file}: your library already has a different routine "{id}" ({title}); import again with replace (supple import --replace) to overwrite it',
        ),
        "install.playlist_conflict": QT_TRANSLATE_NOOP(
            "Messages",
            '{file}: you already have a different playlist "{id}" ({title}); import again with replace (supple import --replace) to overwrite it',
        ),
        "install.unplayable": QT_TRANSLATE_NOOP(
            "Messages", "{file}: the playlist cannot be played: {reason}"
        ),
        "install.missing_item": QT_TRANSLATE_NOOP(
            "Messages",
            "{file}: item {item} of the playlist cannot be played: {reason}, and it is not in the bundle{more}",
        ),
        "imported.bundled": QT_TRANSLATE_NOOP(
            "Messages", '"{title}" comes with Supple: it is always in the library'
        ),
        "imported.unchanged": QT_TRANSLATE_NOOP("Messages", '"{title}" is already in the library, unchanged'),
        "entry.nul": QT_TRANSLATE_NOOP("Messages", "has a NUL character in its name"),
        "entry.backslash": QT_TRANSLATE_NOOP(
            "Messages", "uses backslashes in its name; a bundle uses forward slashes only"
        ),
        "entry.absolute": QT_TRANSLATE_NOOP(
            "Messages", "is an absolute path; names in a bundle must be relative"
        ),
        "entry.drive": QT_TRANSLATE_NOOP(
            "Messages", "starts with a drive letter; names in a bundle must be relative"
        ),
        "entry.colon": QT_TRANSLATE_NOOP("Messages", "has a colon in its name"),
        "entry.control": QT_TRANSLATE_NOOP("Messages", "has a control character in its name"),
        "entry.long_name": QT_TRANSLATE_NOOP("Messages", "has a name longer than {limit} characters"),
        "entry.dotdot": QT_TRANSLATE_NOOP("Messages", 'points outside the bundle with ".."'),
        "entry.empty_part": QT_TRANSLATE_NOOP("Messages", 'has an empty or "." part in its name'),
        "entry.windows_name": QT_TRANSLATE_NOOP(
            "Messages", 'has a part, "{part}", that Windows cannot store as a file name'
        ),
        "entry.long_part": QT_TRANSLATE_NOOP(
            "Messages", "has a part longer than {limit} bytes, which file systems cannot store"
        ),
        "entry.symlink": QT_TRANSLATE_NOOP(
            "Messages", "is a symbolic link; a bundle may hold only plain files"
        ),
        "entry.special": QT_TRANSLATE_NOOP(
            "Messages", "is a special file (not a plain file); a bundle may hold only plain files"
        ),
        "entry.folder_and_file": QT_TRANSLATE_NOOP("Messages", "is marked both as a folder and as a file"),
        "entry.encrypted": QT_TRANSLATE_NOOP("Messages", "is encrypted; Supple bundles are never encrypted"),
        "entry.compression": QT_TRANSLATE_NOOP(
            "Messages", "uses a compression method Supple does not read ({method})"
        ),
        "entry.twice": QT_TRANSLATE_NOOP("Messages", "appears twice in the bundle"),
        "entry.file_and_folder": QT_TRANSLATE_NOOP(
            "Messages", "has the name of the entry {other}, one as a file and one as a folder"
        ),
        "entry.differs": QT_TRANSLATE_NOOP(
            "Messages", "differs from the entry {other} {reason}; some systems would store both as one file"
        ),
        "entry.differs_in_encoding": QT_TRANSLATE_NOOP(
            "Messages",
            "only in how its accented letters are encoded (Unicode normalisation: composed or decomposed characters)",
        ),
        "entry.differs_in_case": QT_TRANSLATE_NOOP("Messages", "only in upper and lower case"),
        "entry.differs_in_both": QT_TRANSLATE_NOOP(
            "Messages",
            "only in upper and lower case and in how its accented letters are encoded (Unicode normalisation)",
        ),
        "entry.too_big": QT_TRANSLATE_NOOP(
            "Messages", "says it unpacks to {size}, more than the {limit} allowed"
        ),
        "entry.bomb": QT_TRANSLATE_NOOP(
            "Messages",
            "unpacks {size} from {compressed}, compressed more than {ratio} to 1: this looks like a zip bomb",
        ),
        "entry.outside": QT_TRANSLATE_NOOP("Messages", "points outside the bundle"),
        "entry.unwritable": QT_TRANSLATE_NOOP("Messages", "cannot be written: {reason}"),
        "entry.damaged": QT_TRANSLATE_NOOP(
            "Messages", "is damaged ({reason}); the bundle was cut short or changed after it was made"
        ),
        "entry.unpacks_past": QT_TRANSLATE_NOOP("Messages", "unpacks to more than the {limit} allowed"),
        "entry.bundle_past": QT_TRANSLATE_NOOP(
            "Messages", "takes the bundle past the {limit} it may unpack to"
        ),
        "export.not_media": QT_TRANSLATE_NOOP(
            "Messages",
            '{out}: the routine "{id}" cannot be exported: it names files that are not clips or posters',
        ),
        "export.unreadable": QT_TRANSLATE_NOOP(
            "Messages", "{out}: a file to bundle cannot be read: {reason}"
        ),
        "export.unwritable": QT_TRANSLATE_NOOP("Messages", "{out}: the bundle cannot be written: {reason}"),
        "export.not_a_folder": QT_TRANSLATE_NOOP(
            "Messages", "{out}: the folder {folder} is not a folder; nothing was written"
        ),
        "export.no_folder": QT_TRANSLATE_NOOP(
            "Messages", "{out}: the folder {folder} does not exist; nothing was written"
        ),
        "export.too_long": QT_TRANSLATE_NOOP("Messages", "{out}: the playlist cannot be exported: {reason}"),
        "export.missing_item": QT_TRANSLATE_NOOP(
            "Messages", "{out}: item {item} of the playlist cannot be exported: {reason}"
        ),
        "export.lone_routine": QT_TRANSLATE_NOOP(
            "Messages",
            "{name} names its clips where they are now; they are not inside it. To take the clips along, export a bundle ({bundle}).",
        ),
        "library.no_file": QT_TRANSLATE_NOOP("Messages", "the library does not say where its file is"),
        "library.other_routine": QT_TRANSLATE_NOOP("Messages", '{file} now holds the routine "{routine}"'),
        "playlist.hold_and_reps": QT_TRANSLATE_NOOP(
            "Messages",
            'has both "hold" and "reps": change a step to be held ("hold") or repeated ("reps" with "rep_seconds"), not both',
        ),
        "playlist.loop_needs_step": QT_TRANSLATE_NOOP(
            "Messages", 'a loop belongs to one step\'s clip: give "step" as well, or leave "segment" out'
        ),
        "playlist.no_side_to_mirror": QT_TRANSLATE_NOOP(
            "Messages", '"sides" is changed to "{sides}", so there is no {side} side to mirror'
        ),
        "playlist.last_before_first": QT_TRANSLATE_NOOP(
            "Messages", "expected the last item at or after the first ({first}), got {last}"
        ),
        "playlist.blocks_overlap": QT_TRANSLATE_NOOP(
            "Messages",
            "items {first} to {last} overlap {block} (items {other_first} to {other_last}); blocks may not overlap or sit inside each other",
        ),
        "edit.choose_items": QT_TRANSLATE_NOOP("Messages", "choose the items to repeat first"),
        "edit.neighbours": QT_TRANSLATE_NOOP(
            "Messages", "only neighbouring items can be repeated together; choose a run of items"
        ),
        "edit.overlap": QT_TRANSLATE_NOOP(
            "Messages",
            "items {first} to {last} overlap the repeated block of items {block_first} to {block_last}; blocks cannot overlap or sit inside each other (ungroup it first)",
        ),
        "edit.not_in_block": QT_TRANSLATE_NOOP("Messages", "item {item} is not in a repeated block"),
        "playlist.no_routine": QT_TRANSLATE_NOOP("Messages", 'the routine "{routine}" is not in the library'),
        "playlist.no_step": QT_TRANSLATE_NOOP("Messages", 'the routine "{routine}" has no step "{step}"'),
        "playlist.changes_refused": QT_TRANSLATE_NOOP("Messages", "its changes cannot be applied: {reason}"),
        "playlist.no_items": QT_TRANSLATE_NOOP(
            "Messages", "the playlist has no items, so there is no item {last}"
        ),
        "playlist.no_such_item": QT_TRANSLATE_NOOP(
            "Messages", 'there is no item {last}: "items" has {count}, numbered 0 to {top}'
        ),
        "signature.empty": QT_TRANSLATE_NOOP("Messages", "is empty (0 bytes)"),
        "signature.video_not_image": QT_TRANSLATE_NOOP("Messages", "is a video ({format}), not an image"),
        "signature.image_not_video": QT_TRANSLATE_NOOP("Messages", "is an image ({format}), not a video"),
        "signature.not_video": QT_TRANSLATE_NOOP(
            "Messages", "is not a video (expected {accepted}; its first bytes match none of them)"
        ),
        "signature.not_image": QT_TRANSLATE_NOOP(
            "Messages", "is not an image (expected {accepted}; its first bytes match none of them)"
        ),
        "signature.system_folder": QT_TRANSLATE_NOOP(
            "Messages", "the {noun} is in {folder}, which shows the running system, not files to use: {path}"
        ),
        "signature.not_found": QT_TRANSLATE_NOOP("Messages", "the {noun} was not found: {path}"),
        "signature.link_loop": QT_TRANSLATE_NOOP(
            "Messages", "the {noun} is a loop of symbolic links: {path}"
        ),
        "signature.unreadable": QT_TRANSLATE_NOOP("Messages", "the {noun} cannot be read ({reason}): {path}"),
        "signature.folder": QT_TRANSLATE_NOOP("Messages", "the {noun} is a folder, not a file: {path}"),
        "signature.not_regular": QT_TRANSLATE_NOOP(
            "Messages", "the {noun} is not a regular file (a device, pipe or socket): {path}"
        ),
        "signature.wrong_kind": QT_TRANSLATE_NOOP("Messages", "the {noun} {problem}: {path}"),
        "signature.clip_file": QT_TRANSLATE_NOOP("Messages", "clip file"),
        "signature.poster_image": QT_TRANSLATE_NOOP("Messages", "poster image"),
        "signature.video_file": QT_TRANSLATE_NOOP("Messages", "video file"),
        "signature.image_file": QT_TRANSLATE_NOOP("Messages", "image file"),
        "signature.file": QT_TRANSLATE_NOOP("Messages", "file"),
        "media.unreadable": QT_TRANSLATE_NOOP("Messages", "it cannot be read ({reason})"),
        "media.not_regular": QT_TRANSLATE_NOOP("Messages", "it is not a regular file"),
        "media.empty": QT_TRANSLATE_NOOP("Messages", "the file is empty (0 bytes)"),
        "media.not_playable": QT_TRANSLATE_NOOP(
            "Messages", "it is not a video file that can be played ({reason})"
        ),
        "media.no_video": QT_TRANSLATE_NOOP("Messages", "the file has no video track"),
        "media.no_clock": QT_TRANSLATE_NOOP("Messages", "its video track has no clock (time base)"),
        "media.no_frames": QT_TRANSLATE_NOOP("Messages", "its video track holds no frames"),
        "media.no_rate": QT_TRANSLATE_NOOP("Messages", "its frame rate cannot be told"),
        "media.lie": QT_TRANSLATE_NOOP(
            "Messages",
            "its header says it lasts {stated}, but its content ends after {actual}: the file is damaged or was altered (re-encode it)",
        ),
        "media.no_timestamps": QT_TRANSLATE_NOOP("Messages", "the timestamps of its frames cannot be read"),
        "media.cut_in_header": QT_TRANSLATE_NOOP(
            "Messages", "the file is truncated (it ends inside a box header at byte {offset})"
        ),
        "media.cut_at": QT_TRANSLATE_NOOP("Messages", "the file is truncated at byte {offset}"),
        "media.bad_box": QT_TRANSLATE_NOOP(
            "Messages", "the file is damaged (a box at byte {offset} has an impossible size)"
        ),
        "media.cut_short": QT_TRANSLATE_NOOP(
            "Messages",
            "the file is truncated: its '{box}' data needs {missing} more bytes than the file has (was the download or copy cut short?)",
        ),
        "media.no_index": QT_TRANSLATE_NOOP(
            "Messages", "the file has no 'moov' index, so it cannot be played (is it complete?)"
        ),
        "store.cannot_save": QT_TRANSLATE_NOOP(
            "Messages",
            "History cannot be saved: {reason}. Your history is shown, but nothing new is saved until Supple can write there again.",
        ),
        "store.cannot_save_empty": QT_TRANSLATE_NOOP(
            "Messages", "History cannot be saved: {reason}, and there is no history in it yet."
        ),
        "store.folder_uncreatable": QT_TRANSLATE_NOOP(
            "Messages", "the data folder {path} cannot be created ({how})"
        ),
        "store.folder_read_only": QT_TRANSLATE_NOOP(
            "Messages", "the data folder {path} is read-only ({how})"
        ),
        "store.file_read_only": QT_TRANSLATE_NOOP(
            "Messages", "the database file {path} is read-only ({how})"
        ),
        "store.how.read_only_fs": QT_TRANSLATE_NOOP("Messages", "it is on a read-only file system"),
        "store.how.denied": QT_TRANSLATE_NOOP("Messages", "permission denied"),
        "store.how.not_permitted": QT_TRANSLATE_NOOP("Messages", "not permitted"),
        "clip.at": QT_TRANSLATE_NOOP("Messages", "{path}: {text}"),
        "clip.missing": QT_TRANSLATE_NOOP("Messages", "the clip file does not exist"),
        "clip.no_picture": QT_TRANSLATE_NOOP("Messages", "no picture could be decoded from this file"),
        "clip.no_picture_because": QT_TRANSLATE_NOOP(
            "Messages", "no picture could be decoded from this file ({reason})"
        ),
        "clip.unsupported_or_damaged": QT_TRANSLATE_NOOP("Messages", "unsupported or damaged video"),
        "clip.libvlc_failed": QT_TRANSLATE_NOOP(
            "Messages", "libVLC could not play this file (is it a video clip?)"
        ),
        "clip.not_playable": QT_TRANSLATE_NOOP("Messages", "not a video clip Supple can play"),
        "clip.folder": QT_TRANSLATE_NOOP("Messages", "is a folder, not a clip file"),
        "clip.unreadable": QT_TRANSLATE_NOOP("Messages", "cannot be read ({reason})"),
        "clip.empty": QT_TRANSLATE_NOOP("Messages", "the clip file is empty (0 bytes)"),
        "clip.text": QT_TRANSLATE_NOOP("Messages", "this is not a video file (it contains text)"),
        "duration.seconds": QT_TRANSLATE_NOOP("Messages", "{n} s"),
        "duration.minutes": QT_TRANSLATE_NOOP("Messages", "{n} minutes"),
        "duration.hours": QT_TRANSLATE_NOOP("Messages", "{n} hours"),
        "duration.days": QT_TRANSLATE_NOOP("Messages", "{n} days"),
    },
)

# Codes whose English keeps a parameter that the window leaves out: jsonschema's own English for
# a rule no code covers (the window says "not valid here" rather than show English).
ENGLISH_ONLY: Mapping[str, frozenset[str]] = {"schema.other": frozenset({"detail"})}

# The schema's descriptions of a good value (`x-expected`) and the JSON types' names.
EXPECTED = cast(
    "tuple[str, ...]",
    (
        QT_TRANSLATE_NOOP("Expected", "a JSON object { ... } holding the playlist"),
        QT_TRANSLATE_NOOP(
            "Expected", '"supple.playlist/1" (the version of the playlist format this file is written in)'
        ),
        QT_TRANSLATE_NOOP(
            "Expected",
            'an id made of lower-case letters, digits and single hyphens, such as "morning-warm-up"',
        ),
        QT_TRANSLATE_NOOP("Expected", "a title (a text of 1 to 80 characters)"),
        QT_TRANSLATE_NOOP("Expected", "a list of items in square brackets [ ... ], at most 1000"),
        QT_TRANSLATE_NOOP(
            "Expected", 'a list of blocks in square brackets, such as [{"first": 0, "last": 2, "rounds": 3}]'
        ),
        QT_TRANSLATE_NOOP(
            "Expected", 'an id made of lower-case letters, digits and single hyphens, such as "hip-off-floor"'
        ),
        QT_TRANSLATE_NOOP(
            "Expected",
            'an item: an object { ... } with at least "routine", such as {"routine": "scorpion-stretch", "step": "hips-at-90"}',
        ),
        QT_TRANSLATE_NOOP("Expected", 'the id of a routine in the library, such as "scorpion-stretch"'),
        QT_TRANSLATE_NOOP("Expected", 'an object of changes to the step, such as {"sets": 1, "speed": 0.75}'),
        QT_TRANSLATE_NOOP("Expected", "a whole number, 1 or more"),
        QT_TRANSLATE_NOOP(
            "Expected", "a playback speed from 0.25 (a quarter of normal speed) to 2 (twice as fast)"
        ),
        QT_TRANSLATE_NOOP("Expected", 'a block: an object such as {"first": 0, "last": 2, "rounds": 3}'),
        QT_TRANSLATE_NOOP("Expected", 'the position of the block\'s first item in "items", counting from 0'),
        QT_TRANSLATE_NOOP("Expected", 'the position of the block\'s last item in "items", counting from 0'),
        QT_TRANSLATE_NOOP("Expected", "how many times to play the block, a whole number from 1 to 100"),
        QT_TRANSLATE_NOOP("Expected", "how many times to play the item, a whole number from 1 to 100"),
        QT_TRANSLATE_NOOP("Expected", "a loop [start, end] in seconds, such as [0, 4]"),
        QT_TRANSLATE_NOOP("Expected", "a time in seconds, from 0 to 86400 (24 hours)"),
        QT_TRANSLATE_NOOP("Expected", "a number of seconds from 0.5 to 3600"),
        QT_TRANSLATE_NOOP("Expected", "a number of seconds, 0 or more"),
        QT_TRANSLATE_NOOP("Expected", "a JSON object { ... } holding the routine"),
        QT_TRANSLATE_NOOP(
            "Expected", '"supple.routine/1" (the version of the routine format this file is written in)'
        ),
        QT_TRANSLATE_NOOP("Expected", 'a list of tags in square brackets, such as ["hips", "warm-up"]'),
        QT_TRANSLATE_NOOP("Expected", "a tag (a short text of up to 40 characters)"),
        QT_TRANSLATE_NOOP(
            "Expected", 'an object { ... } naming each clip, such as {"p1": {"file": "clips/p1.mp4"}}'
        ),
        QT_TRANSLATE_NOOP("Expected", "a list of steps in square brackets [ ... ] with at least one step"),
        QT_TRANSLATE_NOOP("Expected", "a text in double quotes"),
        QT_TRANSLATE_NOOP("Expected", "a cue (one short line of 1 to 120 characters)"),
        QT_TRANSLATE_NOOP("Expected", 'a file path relative to the routine file, such as "clips/p1.mp4"'),
        QT_TRANSLATE_NOOP("Expected", 'an object such as {"file": "clips/p1.mp4", "poster": "clips/p1.png"}'),
        QT_TRANSLATE_NOOP(
            "Expected",
            'a step: an object { ... } with at least "id", "title", "clip" and either "hold" or "reps"',
        ),
        QT_TRANSLATE_NOOP(
            "Expected", 'a list of cues in square brackets, such as ["Breathe out as you lift"]'
        ),
        QT_TRANSLATE_NOOP("Expected", 'the id of one of the clips listed under "clips"'),
        QT_TRANSLATE_NOOP("Expected", 'an object such as {"left": [0, 4], "right": [4, 8]}'),
        QT_TRANSLATE_NOOP(
            "Expected", '"supple.routine/2" (the version of the routine format this file is written in)'
        ),
        QT_TRANSLATE_NOOP(
            "Expected",
            'an object { ... } of translations by language tag, such as {"de": {"title": "Skorpion-Dehnung"}}',
        ),
        QT_TRANSLATE_NOOP(
            "Expected",
            'a language tag such as "de", "es" or "pt-BR" (language in lower case, region in upper case)',
        ),
        QT_TRANSLATE_NOOP(
            "Expected",
            'an object { ... } with the routine\'s text in one language: "title", "summary", "setup" and "steps", each optional',
        ),
        QT_TRANSLATE_NOOP(
            "Expected",
            'an object { ... } of step texts by step id, such as {"hips-at-90": {"title": "Hüften auf 90"}}',
        ),
        QT_TRANSLATE_NOOP(
            "Expected",
            'an object { ... } with a step\'s text in one language: "title", "cues" and "speak", each optional',
        ),
        QT_TRANSLATE_NOOP("Expected", "a list of cues in square brackets, one short line each"),
        QT_TRANSLATE_NOOP(
            "Expected", "a line to speak when the step starts (one line of 1 to 500 characters)"
        ),
        QT_TRANSLATE_NOOP(
            "Expected", "a level: a whole number, 1 or more (1 is the easiest progression of a ladder)"
        ),
        QT_TRANSLATE_NOOP("Expected", "a number"),
        QT_TRANSLATE_NOOP("Expected", "a whole number"),
        QT_TRANSLATE_NOOP("Expected", "an object { ... }"),
        QT_TRANSLATE_NOOP("Expected", "a list [ ... ]"),
        QT_TRANSLATE_NOOP("Expected", "true or false"),
    ),
)
