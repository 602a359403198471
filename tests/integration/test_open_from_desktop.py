"""What a double-click does (io.supple.Supple.desktop runs `supple FILE`): a `.supple` bundle named at
start is imported into the library once the store is open, and the usual routine shows meanwhile."""

from __future__ import annotations

from pathlib import Path

from desktop.content.library import RoutineCatalog
from desktop.content.library_export import export_routine
from desktop.content.library_import import import_path
from desktop.paths import data_paths
from desktop.store import open_store
from tests.integration.test_app_process import events, start, stop, wait_for
from tests.qt.test_library_view import write_birds


def test_a_bundle_given_at_start_lands_in_the_library(tmp_path: Path) -> None:
    other = data_paths(tmp_path / "elsewhere")
    with open_store(other) as s:
        import_path(other, s, write_birds(tmp_path / "birds"))
        routine = RoutineCatalog.load(s)("birds")
    assert routine is not None
    bundle = export_routine(routine, tmp_path / "birds.supple")

    data = tmp_path / "data"
    report = tmp_path / "report.jsonl"
    proc = start(data, "--backend", "qt", str(bundle), report=report)
    wait_for(lambda: any(e["event"] == "store-open" for e in events(report)), proc)
    wait_for(lambda: any((data / "library").rglob("birds.supple.json")), proc)
    out = stop(proc)
    with open_store(data_paths(data)) as store:
        assert store.library.get("birds") is not None, out
    assert "could not open" not in (data / "logs" / "supple.log").read_text(encoding="utf-8")
