"""PySide6's feature check reads the source of every module imported after PySide6; Supple keeps
none of it (desktop.qt.sources). Run in a fresh Python: the test process has imported everything."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, linecache, sys, traceback
import PySide6.QtWidgets
import xml.dom.minidom, colorsys, wave    # imported after PySide6, before the fix
before_kept = len(linecache.cache)
from desktop.qt.sources import keep_no_sources
found = keep_no_sources()
after_clear = len(linecache.cache)
import email.mime.text, zipfile, tarfile, sqlite3, html.parser, desktop.store.history_queries
kept_after = sorted(k for k in linecache.cache if not k.startswith("<"))  # SQLAlchemy adds <generated> code
try:
    json.loads("{")
except ValueError:
    shown = traceback.format_exc()
print(json.dumps({"before_kept": before_kept, "found": found, "after_clear": after_clear,
                  "kept_after": kept_after, "again": keep_no_sources(),
                  "cached": len(linecache.cache), "shown": shown}))
"""


def run_probe() -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_no_module_source_is_kept_after_pyside6_reads_it() -> None:
    r = run_probe()
    # Without the fix PySide6 keeps the whole source of a module imported after it ...
    assert isinstance(r["before_kept"], int) and r["before_kept"] >= 3
    assert r["found"] is True
    # ... and with it, neither that nor the source of any module imported later is kept.
    assert r["after_clear"] == 0
    assert r["kept_after"] == []
    assert r["again"] is True  # installing twice wraps once
    # A traceback still shows the lines of the modules it passes through.
    assert "obj, end = self.scan_once(s, idx)" in str(r["shown"])


ANSWERS = r"""
import json, sys, types
import PySide6.QtWidgets
feature = sys.modules["shibokensupport.feature"]
check = feature._mod_uses_pyside
import desktop.qt.main_window, desktop.store.history_queries, email.mime.text, sqlite3
from desktop.qt.sources import keep_no_sources
keep_no_sources()
fast = feature._mod_uses_pyside
mods = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
odd = types.ModuleType("odd"); odd.__file__ = "/nonexistent/odd.py"   # a file that is gone
mods.append(odd)
differ = [m.__name__ for m in mods if bool(check(m)) != bool(fast(m))]
import inspect
def no_tokenizing(*_a, **_k):
    raise AssertionError("inspect.getsource was called for a Python file")
getsource, inspect.getsource = inspect.getsource, no_tokenizing
fast_main = fast(sys.modules["desktop.qt.main_window"])   # never decodes and splits the source
inspect.getsource = getsource
print(json.dumps({"modules": len(mods), "differ": differ, "yes": sum(bool(fast(m)) for m in mods),
                  "main_window": fast_main,
                  "paths": fast(sys.modules["desktop.paths"]), "sys": fast(sys), "odd": fast(odd)}))
"""


def test_the_check_reads_bytes_and_answers_as_pyside6_does() -> None:
    """keep_no_sources also makes the check search the file's bytes: for every module of a
    running window, builtins and a vanished file included, the answer is PySide6's own."""
    out = subprocess.run(
        [sys.executable, "-c", ANSWERS], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    r = json.loads(out.stdout.strip().splitlines()[-1])
    assert r["modules"] > 300
    assert r["differ"] == []
    assert r["main_window"] is True and r["paths"] is False and r["sys"] is False and r["odd"] is False
    assert 10 < r["yes"] < r["modules"]
