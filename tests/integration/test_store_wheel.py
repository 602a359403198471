"""The installed wheel carries the migrations and runs them with no alembic.ini anywhere."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.store.schema import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[2]


def test_an_installed_wheel_creates_and_migrates_the_database(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--quiet"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("supple-*.whl")
    site = tmp_path / "site"
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True, capture_output=True
    )
    data = tmp_path / "data"
    code = (
        "import sys, desktop.store.schema as schema\n"
        "from desktop.paths import data_paths\n"
        "from desktop.store import open_store\n"
        "open_store(data_paths(sys.argv[1]).ensure()).close()\n"
        "print(schema.MIGRATIONS_DIR)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(site))
    out = subprocess.run(
        [sys.executable, "-c", code, str(data)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert Path(out.strip()).is_relative_to(site)
    conn = sqlite3.connect(data / "supple.sqlite3")
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    finally:
        conn.close()
