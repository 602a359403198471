"""Routine and playlist file formats: decode, validate, encode; bundles. No Qt."""

from desktop.content.bundled import BUNDLED_ROUTINE_ID, bundled_routine_path
from desktop.content.check import check_files
from desktop.content.jsonfile import MAX_FILE_BYTES
from desktop.content.problems import Problem, RoutineError
from desktop.content.routine import FORMAT, ROUTINE_SUFFIX, decode_routine, encode_routine, load_routine

__all__ = [
    "BUNDLED_ROUTINE_ID",
    "FORMAT",
    "MAX_FILE_BYTES",
    "ROUTINE_SUFFIX",
    "Problem",
    "RoutineError",
    "bundled_routine_path",
    "check_files",
    "decode_routine",
    "encode_routine",
    "load_routine",
]
