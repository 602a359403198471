"""Routine and playlist file formats: decode, validate, encode; bundles. No Qt."""

from desktop.content.bundled import BUNDLED_ROUTINE_ID, bundled_routine_path
from desktop.content.check import check_files
from desktop.content.jsonfile import MAX_FILE_BYTES
from desktop.content.problems import Problem, RoutineError
from desktop.content.routine import (
    FORMATS,
    ROUTINE_SUFFIX,
    decode_routine,
    encode_routine,
    load_routine,
    load_routine_lenient,
)

__all__ = [
    "BUNDLED_ROUTINE_ID",
    "FORMATS",
    "MAX_FILE_BYTES",
    "ROUTINE_SUFFIX",
    "Problem",
    "RoutineError",
    "bundled_routine_path",
    "check_files",
    "decode_routine",
    "encode_routine",
    "load_routine",
    "load_routine_lenient",
]

# Playlists, bundles and the library. The playlist format is light and imported here; bundles and
# the library (zipfile, the store's values) load on first use, as desktop.store's names do.
import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from desktop.content.playlist import (
    PLAYLIST_FORMAT,
    PLAYLIST_SUFFIX,
    Block,
    PlaylistDocument,
    decode_playlist,
    encode_playlist,
    load_playlist,
)
from desktop.content.playlist_resolve import (
    MissingItem,
    PlayStep,
    ResolvedPlaylist,
    apply_overrides,
    resolve_playlist,
)

if _TYPE_CHECKING:
    from desktop.content.bundle import (
        BUNDLE_SUFFIX,
        BundleCancelled,
        BundleConflict,
        BundleError,
        BundleLimits,
        CancelToken,
    )
    from desktop.content.library import RoutineCatalog, register_bundled
    from desktop.content.library_cli import export_item, import_file
    from desktop.content.library_export import export_playlist, export_routine
    from desktop.content.library_import import import_path
    from desktop.content.library_install import ImportResult

_LAZY = {
    "BUNDLE_SUFFIX": "bundle",
    "BundleCancelled": "bundle",
    "BundleConflict": "bundle",
    "BundleError": "bundle",
    "BundleLimits": "bundle",
    "CancelToken": "bundle",
    "ImportResult": "library_install",
    "RoutineCatalog": "library",
    "export_item": "library_cli",
    "export_playlist": "library_export",
    "export_routine": "library_export",
    "import_file": "library_cli",
    "import_path": "library_import",
    "register_bundled": "library",
}


def __getattr__(name: str) -> _Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(_importlib.import_module(f"{__name__}.{module}"), name)


__all__ += [
    "BUNDLE_SUFFIX",
    "PLAYLIST_FORMAT",
    "PLAYLIST_SUFFIX",
    "Block",
    "BundleCancelled",
    "BundleConflict",
    "BundleError",
    "BundleLimits",
    "CancelToken",
    "ImportResult",
    "MissingItem",
    "PlayStep",
    "PlaylistDocument",
    "ResolvedPlaylist",
    "RoutineCatalog",
    "apply_overrides",
    "decode_playlist",
    "encode_playlist",
    "export_item",
    "export_playlist",
    "export_routine",
    "import_file",
    "import_path",
    "load_playlist",
    "register_bundled",
    "resolve_playlist",
]
