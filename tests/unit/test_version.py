"""The version has one source, desktop/__init__.py; everything that repeats it must agree."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from importlib.metadata import version
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_reads_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["hatch"]["version"]["path"] == "desktop/__init__.py"


def test_installed_metadata_matches() -> None:
    assert version("supple") == desktop.__version__


def test_metainfo_newest_release_is_the_version() -> None:
    tree = ET.parse(ROOT / "packaging" / "io.supple.Supple.metainfo.xml")
    releases = tree.getroot().findall("./releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == desktop.__version__


def test_changelog_newest_release_is_the_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## (\d+\.\d+\.\d+)", text, flags=re.MULTILINE)
    assert releases and releases[0] == desktop.__version__
