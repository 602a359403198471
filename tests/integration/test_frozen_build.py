"""`make dist`: the one-folder PyInstaller build (packaging/supple.spec) is built and run: --version,
`check` on the bundled routine, and a session on a virtual screen that plays on libVLC, as the
window itself reports it (SUPPLE_STARTUP_REPORT: the backend it chose, the first frame the video
pane painted, the session it started)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.test_app_process import events, stop, wait_for

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.dist


def build(work: Path, vlc: str) -> Path:
    """Build as `make dist` does, with SUPPLE_VLC=`vlc`; returns the folder."""
    if shutil.which("objdump") is None:
        reason = "PyInstaller needs objdump (binutils)"
        if os.environ.get("SUPPLE_REQUIRE_DESKTOP", "") not in ("", "0"):
            pytest.fail(f"{reason} (SUPPLE_REQUIRE_DESKTOP is set, so this cannot be skipped)")
        pytest.skip(reason)
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    result = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "packaging" / "supple.spec")],
        capture_output=True, text=True, env=dict(os.environ, SUPPLE_VLC=vlc),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    return work / "dist" / "supple"


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The build, made once for the module as `make dist` makes it on Linux, without libVLC inside."""
    yield build(tmp_path_factory.mktemp("dist"), "system")


def _play(program: Path, data: Path, display: str, report: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH")}
    env.update(DISPLAY=display, SUPPLE_STARTUP_REPORT=str(report), QT_QPA_PLATFORM="xcb")
    return subprocess.Popen(
        [str(program), "--data-dir", str(data), "--backend", "vlc", "--play"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip


def _playing(report: Path) -> bool:
    return {"first-frame", "session-started"} <= {e["event"] for e in events(report)}


def _run(frozen: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(frozen / "supple"), *args], capture_output=True, text=True, timeout=120)


def test_the_build_says_its_version_and_which_libvlc_it_uses(frozen: Path) -> None:
    import desktop

    result = _run(frozen, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"supple {desktop.__version__}\nlibVLC: the system's (a frozen build)\n"


def test_the_build_has_all_of_libvlc_or_none_of_it(frozen: Path) -> None:
    found = [p.name for p in frozen.rglob("*") if p.name.startswith(("libvlc.", "libvlccore."))]
    plugins = list(frozen.rglob("libavcodec_plugin*"))
    assert found == [] and plugins == [], "a build without libVLC carries none of it"


def test_the_build_leaves_out_what_supple_does_not_use(frozen: Path) -> None:
    internal = frozen / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unused in ("libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Pdf.so.6", "libqgtk3.so", "libgtk-3.so.0"):
        assert unused not in names, unused
    translations = sorted(p.name for p in internal.rglob("translations/*.qm"))
    assert "qtbase_de.qm" in translations and "qtbase_es.qm" in translations
    assert {"supple_en.qm", "supple_de.qm", "supple_es.qm"} <= set(translations), translations
    assert not any(name.endswith(("_fr.qm", "_ja.qm", "_ru.qm")) for name in translations), translations
    assert (internal / "LICENSE").is_file()
    dangling = [str(p) for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_the_build_checks_the_bundled_routine(frozen: Path) -> None:
    routine = frozen / "_internal" / "resources" / "routines" / "scorpion-stretch.supple.json"
    result = _run(frozen, "check", str(routine))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK (Scorpion Stretch, 5 steps)" in result.stdout


@pytest.mark.display
@pytest.mark.vlc
def test_the_build_plays_a_session_on_libvlc(
    frozen: Path, tmp_path: Path, xvfb_display: str, require_vlc: None
) -> None:
    report = tmp_path / "report.jsonl"
    proc = _play(frozen / "supple", tmp_path / "data", xvfb_display, report)
    try:
        wait_for(lambda: _playing(report), proc)
        mapped = Path(f"/proc/{proc.pid}/maps").read_text(encoding="utf-8").split()
    finally:
        out = stop(proc)
    cores = {Path(p) for p in mapped if Path(p).name.startswith("libvlccore.so")}
    assert cores and not any(p.is_relative_to(frozen) for p in cores), cores
    seen = events(report)
    backends = [e["name"] for e in seen if e["event"] == "backend"]
    assert len(backends) == 1 and backends[0].startswith("libVLC 3"), (backends, out)
    assert [e["active"] for e in seen if e["event"] == "session-started"] == [True]
    log = (tmp_path / "data" / "logs" / "supple.log").read_text(encoding="utf-8")
    assert "video backend: libVLC" in log and "libVLC: the system's" in log


@pytest.mark.display
@pytest.mark.vlc
@pytest.mark.vlc_bundle  # collected only with SUPPLE_TEST_VLC_BUNDLE=1: two more minutes, 500 MB
def test_a_build_with_libvlc_inside_loads_only_its_own_vlc(
    tmp_path: Path, xvfb_display: str, require_vlc: None
) -> None:
    folder = build(tmp_path / "bundle", "bundle")
    result = _run(folder, "--version")
    assert f"libVLC: bundled with this build ({folder / '_internal' / 'vlc'})" in result.stdout
    report = tmp_path / "report.jsonl"
    proc = _play(folder / "supple", tmp_path / "data", xvfb_display, report)
    try:
        wait_for(lambda: _playing(report), proc)
        mapped = Path(f"/proc/{proc.pid}/maps").read_text(encoding="utf-8").split()
    finally:
        stop(proc)
    vlc = {Path(p) for p in mapped if p.startswith("/") and ("vlc" in Path(p).name or "/vlc/" in p)}
    assert any(p.name == "libvlccore.so.9" for p in vlc) and any("plugins" in p.parts for p in vlc)
    assert all(p.is_relative_to(folder) for p in vlc), sorted(p for p in vlc if not p.is_relative_to(folder))
    backends = [e["name"] for e in events(report) if e["event"] == "backend"]
    assert backends[0].startswith("libVLC 3") and backends[0].endswith("(bundled)")
