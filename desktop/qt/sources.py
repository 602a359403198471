"""PySide6 keeps no copy of the source of every module imported after it.

Once PySide6 is imported, it looks at each module imported afterwards to see whether it switches on
one of PySide6's `__feature__` options: it reads the module's whole source with `inspect.getsource`,
and `linecache` keeps every line it read for the life of the process. With Supple's ~600 modules (Qt,
SQLAlchemy, the standard library) that is 20-30 MB of text, more than a tenth of Supple's memory while
it plays, that nothing ever reads again. `keep_no_sources` makes that check forget what it read; a
traceback still reads the lines it needs from the files, as it does for any module imported before
PySide6. It also asks its question of the file's bytes, which takes a fifth of the time (hundreds of files
are read before the first frame). Supple uses no `__feature__` option, and the check's answer is
unchanged.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType


def keep_no_sources() -> bool:
    """Make PySide6's feature check drop the source it reads, and drop what it read so far.

    True when the check was found (PySide6 imported, and the check is where PySide6 6.x has it);
    False leaves everything as it was."""
    feature = sys.modules.get("shibokensupport.feature")
    check: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or check is None:
        return False
    if getattr(check, "keeps_no_source", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        # The check's own question ("PySide6" in the source), asked of the file's bytes: no
        # decoding, no lines split, nothing kept. Anything else (no file, not Python source)
        # goes to the check itself.
        filename = getattr(module, "__file__", None)
        if isinstance(filename, str) and filename.endswith(".py"):
            try:
                with open(filename, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        cached = filename in linecache.cache
        try:
            return check(module)
        finally:
            if filename and not cached:
                linecache.cache.pop(filename, None)

    uses_pyside.keeps_no_source = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # what the check read before now; tracebacks read their lines again
    return True
