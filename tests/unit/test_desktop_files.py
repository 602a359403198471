"""The desktop file, the AppStream metainfo and the MIME definitions: one app id, valid, and in step
with CHANGELOG.md and the command line."""

from __future__ import annotations

import configparser
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

import desktop
from desktop.identity import APP_ID, MIME_TYPES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME_XML = PACKAGING / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates(desktop_tool: Callable[[str], str]) -> None:
    result = subprocess.run(
        [desktop_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout


def test_metainfo_validates_without_the_network(desktop_tool: Callable[[str], str]) -> None:
    result = subprocess.run(
        [desktop_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^E:", result.stdout, flags=re.MULTILINE), result.stdout


def test_every_file_uses_the_one_app_id() -> None:
    entry = _entry()
    assert entry["Icon"] == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    icons = {el.get("name") for el in ET.parse(MIME_XML).getroot().iter(f"{MIME_NS}icon")}
    assert icons == {APP_ID}
    install_script = (PACKAGING / "desktop_install.py").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in install_script


def test_desktop_file_opens_every_supple_type_and_passes_one_file() -> None:
    entry = _entry()
    assert set(entry["MimeType"].rstrip(";").split(";")) == set(MIME_TYPES)
    # supple takes one FILE (desktop/__main__.py): %f, and the desktop starts one Supple per file,
    # each handing its file to the window that is open.
    assert entry["Exec"].split()[-1] == "%f"
    from desktop.__main__ import build_parser

    file_action = next(a for a in build_parser()._actions if a.dest == "file")
    assert file_action.nargs == "?"


def test_mime_definitions_declare_every_type_once_with_glob_and_magic() -> None:
    types = ET.parse(MIME_XML).getroot().findall(f"{MIME_NS}mime-type")
    assert sorted(t.get("type") for t in types) == sorted(MIME_TYPES)
    for mime_type in types:
        assert mime_type.find(f"{MIME_NS}glob") is not None, mime_type.get("type")
        assert mime_type.find(f"{MIME_NS}magic") is not None, mime_type.get("type")
        assert mime_type.find(f"{MIME_NS}comment") is not None


def test_metainfo_provides_the_types_and_the_binary() -> None:
    root = ET.parse(METAINFO).getroot()
    assert {el.text for el in root.findall("provides/mediatype")} == set(MIME_TYPES)
    assert [el.text for el in root.findall("provides/binary")] == ["supple"]
    assert root.find("developer/name") is not None
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert root.find("screenshots") is None and root.find("url") is None, "no web address exists yet"


def _changelog_releases() -> dict[str, tuple[str, list[str], list[str]]]:
    """version -> (date, paragraphs, list items) of each released section of CHANGELOG.md."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = {}
    for match in re.finditer(
        r"^## (\d+\.\d+\.\d+) \((\d{4}-\d\d-\d\d)\)\n(.*?)(?=^## |\Z)", text, re.M | re.S
    ):
        version, date, body = match.groups()
        items, paragraphs = [], []
        for block in re.split(r"\n(?=- )|\n\n", body.strip()):
            plain = " ".join(block.split()).replace("`", "").replace("**", "")
            if plain.startswith("- "):
                items.append(plain[2:])
            elif plain:
                paragraphs.append(plain)
        releases[version] = (date, paragraphs, items)
    return releases


def test_metainfo_releases_are_the_changelog_releases() -> None:
    changelog = _changelog_releases()
    assert desktop.__version__ in changelog
    metainfo = {}
    for release in ET.parse(METAINFO).getroot().findall("releases/release"):
        paragraphs = [" ".join((p.text or "").split()) for p in release.findall("description/p")]
        items = [" ".join((li.text or "").split()) for li in release.findall("description/ul/li")]
        metainfo[release.get("version")] = (release.get("date"), paragraphs, items)
    assert metainfo == changelog


@pytest.mark.parametrize("name", ["Exec", "TryExec"])
def test_desktop_file_names_the_installed_program(name: str) -> None:
    assert _entry()[name].split()[0] == "supple"
