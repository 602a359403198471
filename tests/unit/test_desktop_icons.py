"""The committed icons are what packaging/render_icons.py makes from the one SVG."""

from __future__ import annotations

import importlib.util
import io
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageChops, ImageStat

from desktop.identity import APP_ID

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    # packaging/ is not a package (and would shadow PyPI's "packaging"): load the script by path.
    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "packaging" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


render_icons = _load_script()


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The script makes a QGuiApplication when none exists; here pytest-qt's QApplication serves."""


HICOLOR = render_icons.HICOLOR


def _close(a: Image.Image, b: Image.Image) -> float:
    """The largest mean difference of any channel, 0-255 (renderers of other Qt versions differ a little)."""
    diff = ImageChops.difference(a.convert("RGBA"), b.convert("RGBA"))
    return max(ImageStat.Stat(diff).mean)


@pytest.mark.parametrize("size", render_icons.SIZES)
def test_png_is_the_svg_rendered_at_its_size(size: int) -> None:
    committed = Image.open(render_icons.png_path(size))
    assert committed.size == (size, size)
    fresh = Image.open(io.BytesIO(render_icons.render(size)))
    assert _close(committed, fresh) < 2.0, f"{size}px differs from the SVG: run packaging/render_icons.py"


def test_icon_has_every_hicolor_size_and_a_symbolic_version() -> None:
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    symbolic = HICOLOR / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg"
    root = ET.parse(symbolic).getroot()
    colours = {el.get(attr) for el in root.iter() for attr in ("fill", "stroke")} - {None, "none"}
    assert colours == {"#2e3436"}, "a symbolic icon is drawn in one colour, which the desktop recolours"
    pngs = sorted(int(p.parent.parent.name.split("x")[0]) for p in HICOLOR.glob(f"*/apps/{APP_ID}.png"))
    assert pngs == sorted(render_icons.SIZES)


def test_ico_holds_every_windows_size() -> None:
    with Image.open(render_icons.ICO) as ico:
        assert ico.format == "ICO"
        assert sorted(ico.info["sizes"]) == [(s, s) for s in render_icons.ICO_SIZES]
        for size in render_icons.ICO_SIZES:
            ico.size = (size, size)
            ico.load()
            assert _close(ico, Image.open(render_icons.png_path(size))) < 2.0, size


def test_icns_holds_every_macos_size() -> None:
    with Image.open(render_icons.ICNS) as icns:
        assert icns.format == "ICNS"
        sizes = {(w, h) for w, h, _scale in icns.info["sizes"]}
        assert sizes == {(s, s) for s in render_icons.ICNS_SIZES}
        icns.size = (512, 512)
        icns.load(scale=1)
        assert icns.size == (512, 512)
        assert _close(icns, Image.open(render_icons.png_path(512))) < 2.0
