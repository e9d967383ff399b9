"""Smoke test of the packaged app (dist/praktijkdesk/, built by packaging/build.sh).

Runs when the bundle exists and is newer than the source, or with PRAKTIJKDESK_BUILD=1, which
builds it first (about 30 s). Otherwise skipped: a stale bundle says nothing about the code.
PRAKTIJKDESK_BUILD=0 tests an existing bundle however old (packaging/build.sh uses it, since
others may edit the source while it builds).
The bundle is started the way a user starts it: no Python on the path, no PYTHONPATH, an
empty HOME, offscreen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from praktijkdesk import __version__
from praktijkdesk.paths import DATABASE_NAME, PORTABLE_FOLDER

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "praktijkdesk"
EXE = BUNDLE / ("praktijkdesk.exe" if sys.platform == "win32" else "praktijkdesk")
PROBE = "PRAKTIJKDESK_STARTUP_PROBE"
SOURCES = [ROOT / "praktijkdesk", ROOT / "resources", ROOT / "packaging" / "pyinstaller"]


def newest_source() -> float:
    return max(
        p.stat().st_mtime
        for folder in SOURCES
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


@pytest.fixture(scope="session")
def bundle() -> Path:
    mode = os.environ.get("PRAKTIJKDESK_BUILD")
    if mode == "1":
        subprocess.run(
            ["bash", str(ROOT / "packaging" / "build.sh"), "--no-test"],
            check=True,
            cwd=ROOT,
            timeout=900,
        )
    elif not EXE.exists():
        pytest.skip("no bundle: build it with packaging/build.sh (or PRAKTIJKDESK_BUILD=1)")
    elif mode != "0" and EXE.stat().st_mtime < newest_source():
        pytest.skip("dist/praktijkdesk is older than the source: rebuild with packaging/build.sh")
    return EXE


@pytest.fixture
def sealed_env(tmp_path) -> dict[str, str]:
    """What a user's session gives the app: no Python variables, an empty HOME."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "PRAKTIJKDESK_", "QT_", "XDG_"))
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("VIRTUAL_ENV", None)
    return env


def run(exe: Path, *args: str, env: dict, cwd: Path, timeout: int = 120, gui: bool = False):
    if sys.platform == "win32" and not gui:
        # praktijkdesk.exe is windowed and prints nothing; praktijkdesk-cli.exe is the same
        # program with a console.
        exe = exe.with_name("praktijkdesk-cli.exe")
    return subprocess.run(
        [str(exe), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def start_gui(exe: Path, *args: str, env: dict, cwd: Path) -> float:
    """Start the GUI; the bundle's probe hook quits after the first painted frame."""
    painted = cwd / "painted.txt"
    result = run(exe, *args, env={**env, PROBE: str(painted)}, cwd=cwd, gui=True)
    assert result.returncode == 0, result.stderr
    assert painted.exists(), f"no frame was painted\n{result.stderr}"
    return float(painted.read_text())


def test_version_and_help(bundle, sealed_env, tmp_path):
    result = run(bundle, "--version", env=sealed_env, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == f"praktijkdesk {__version__}"
    result = run(bundle, "--help", env=sealed_env, cwd=tmp_path)
    assert result.returncode == 0
    for command in ("gui", "demo", "check", "candidates", "--portable"):
        assert command in result.stdout


def test_demo_check_and_the_gui_run_from_the_bundle(bundle, sealed_env, tmp_path):
    data = tmp_path / "data"
    for args in (["demo"], ["check"], ["candidates", "--json"]):
        result = run(bundle, "--data-dir", str(data), *args, env=sealed_env, cwd=tmp_path)
        assert result.returncode == 0, (args, result.stderr)
    assert "Zoë" in result.stdout or "Ş" in result.stdout or result.stdout.count('"name"') >= 5
    start_gui(bundle, "--data-dir", str(data), env=sealed_env, cwd=tmp_path)
    # and without a command at all, as a double-click starts it
    start_gui(bundle, "--data-dir", str(data), "gui", env=sealed_env, cwd=tmp_path)


def test_the_bundle_signs_what_it_writes(bundle, sealed_env, tmp_path):
    """The device key (Ed25519, from cryptography) works frozen: its code is shown, and a
    synced-folder file is signed with it. (The spec once left cryptography out.)"""
    from praktijkdesk.bundles.format import peek_manifest

    data, folder = tmp_path / "data", tmp_path / "gedeeld"
    folder.mkdir()
    assert (
        run(bundle, "--data-dir", str(data), "demo", env=sealed_env, cwd=tmp_path).returncode == 0
    )
    result = run(bundle, "--data-dir", str(data), "devices", env=sealed_env, cwd=tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    result = run(bundle, "--data-dir", str(data), "sync", str(folder), env=sealed_env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    files = list(folder.rglob("*.praktijk"))
    assert files and all(peek_manifest(f.read_bytes()).get("signature") for f in files)


def test_bad_input_gets_a_dutch_message_and_exit_2(bundle, sealed_env, tmp_path):
    result = run(
        bundle,
        "--data-dir",
        str(tmp_path / "d"),
        "guide-import",
        "bestaat-niet.csv",
        env=sealed_env,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "praktijkdesk:" in result.stderr and "Traceback" not in result.stderr


def test_the_tour_renders_every_screen(bundle, sealed_env, tmp_path):
    out = tmp_path / "tour"
    result = run(bundle, "tour", str(out), env=sealed_env, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr  # a screen that half failed
    shots = sorted(p.name for p in out.glob("*.png"))
    assert "screen-checklist-1024x600.png" in shots and "screen-candidates-1280x800.png" in shots


def test_portable_copy_writes_only_beside_itself(bundle, sealed_env, tmp_path):
    stick = tmp_path / "stick"
    shutil.copytree(bundle.parent, stick / "praktijkdesk", symlinks=True)
    exe = stick / "praktijkdesk" / bundle.name
    (exe.parent / PORTABLE_FOLDER).mkdir()
    for folder in ("config", "share", "cache", "state"):
        (tmp_path / folder).mkdir()
    env = {
        **sealed_env,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    assert run(exe, "demo", env=env, cwd=tmp_path).returncode == 0
    start_gui(exe, env=env, cwd=tmp_path)
    assert (exe.parent / PORTABLE_FOLDER / DATABASE_NAME).is_file()
    for folder in ("home", "config", "share", "cache", "state"):
        assert not any((tmp_path / folder).iterdir()), f"{folder} was written to"


def test_the_bundle_holds_what_it_needs_and_not_what_it_does_not(bundle):
    internal = bundle.parent / "_internal"
    qt = internal / "PySide6" / ("" if sys.platform == "win32" else "Qt")
    plugins = {
        p.parent.name + "/" + p.name.split(".")[0]
        for p in (qt / "plugins").rglob("*")
        if p.is_file()
    }
    platform = "platforms/qwindows" if sys.platform == "win32" else "platforms/libqxcb"
    for needed in (
        platform,
        "imageformats/libqsvg",
        "iconengines/libqsvgicon",
        "platforms/libqoffscreen",
    ):
        needed = needed if sys.platform != "win32" else needed.replace("/lib", "/")
        assert needed in plugins, needed
    assert any(p.startswith("printsupport/") for p in plugins)
    for unwanted in (
        "platformthemes",
        "wayland",
        "egldeviceintegrations",
        "generic",
        "tls",
        "networkinformation",
        "sqldrivers",
        "qmltooling",
    ):
        assert not any(p.startswith(unwanted) for p in plugins), unwanted
    translations = [p.name for p in (qt / "translations").glob("*.qm")]
    assert translations and all(t.endswith(("_nl.qm", "_en.qm")) for t in translations)
    for resource in (
        "fonts/DejaVuSans.ttf",
        "fonts/LICENSE-DejaVu.txt",
        "icons/praktijkdesk.svg",
        "guides",
    ):
        assert (internal / "resources" / resource).exists(), resource
    assert not (internal / "numpy").exists()
