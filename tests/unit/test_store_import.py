"""The store is Qt-free and cheap to import; Alembic loads only when a migration is due."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.paths import data_paths
from desktop.store import open_store


def _modules_after(code: str) -> dict[str, bool]:
    probe = (
        code
        + "\nimport json, sys\nprint(json.dumps({m: m in sys.modules for m in ('PySide6', 'sqlalchemy', 'alembic')}))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    result: dict[str, bool] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_importing_the_core_loads_neither_qt_nor_sqlalchemy() -> None:
    loaded = _modules_after("import desktop.domain, desktop.content, desktop.engine, desktop.store")
    assert loaded == {"PySide6": False, "sqlalchemy": False, "alembic": False}


def test_opening_an_up_to_date_store_does_not_import_alembic_or_qt(tmp_path: Path) -> None:
    open_store(data_paths(tmp_path).ensure()).close()  # creates and migrates
    loaded = _modules_after(
        f"from desktop.paths import data_paths\nfrom desktop.store import open_store\n"
        f"open_store(data_paths({str(tmp_path)!r})).close()"
    )
    assert loaded == {"PySide6": False, "sqlalchemy": True, "alembic": False}


def test_a_new_database_is_migrated_with_alembic(tmp_path: Path) -> None:
    loaded = _modules_after(
        f"from desktop.paths import data_paths\nfrom desktop.store import open_store\n"
        f"open_store(data_paths({str(tmp_path / 'new')!r}).ensure()).close()"
    )
    assert loaded["alembic"] is True and loaded["PySide6"] is False
