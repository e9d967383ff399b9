"""Portable mode: with --portable (or a praktijkdesk-data folder beside the frozen app) all data,
settings, backups, logs and caches live in that folder, and nothing is written anywhere else.

The end-to-end tests run the real command line and the real GUI start (offscreen, closed after
its first painted frame) in a child process whose HOME and XDG folders are empty temporary
folders, and check that they are still empty afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from praktijkdesk import paths

ROOT = Path(__file__).resolve().parents[2]
PROBE_DIR = ROOT / "packaging" / "pyinstaller"
XDG_HOMES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def sealed(tmp_path):
    """Empty HOME and XDG folders, and a 'USB stick' to run from."""
    watched = {"HOME": tmp_path / "home"}
    watched.update({key: tmp_path / key.lower() for key in XDG_HOMES})
    for folder in watched.values():
        folder.mkdir()
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PRAKTIJKDESK_", "QT_"))
    }
    env.update({key: str(folder) for key, folder in watched.items()})
    env.update(PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1", QT_QPA_PLATFORM="offscreen")
    return watched, stick, env


def run_cli(stick: Path, env: dict, *args: str, probe: Path | None = None):
    code = "import sys\n"
    if probe is not None:
        code += (
            f"sys.path.insert(0, {str(PROBE_DIR)!r})\n"
            "from praktijkdesk_startup_probe import install\n"
            f"install({str(probe)!r})\n"
        )
    code += f"from praktijkdesk.cli import main\nraise SystemExit(main({list(args)!r}))\n"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=stick,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_portable_command_line_and_gui_write_only_into_the_portable_folder(sealed, tmp_path):
    watched, stick, env = sealed
    for args in (
        ["--portable", "demo"],
        ["--portable", "check"],
        ["--portable", "candidates", "--json"],
    ):
        result = run_cli(stick, env, *args)
        assert result.returncode == 0, result.stderr
    probe = tmp_path / "painted.txt"
    result = run_cli(stick, env, "--portable", "gui", probe=probe)
    assert result.returncode == 0, result.stderr
    assert probe.exists(), "the window was never painted"

    for name, folder in watched.items():
        assert files_in(folder) == [], f"{name} got {files_in(folder)}"
    assert [p.name for p in stick.iterdir()] == [paths.PORTABLE_FOLDER]
    data = stick / paths.PORTABLE_FOLDER
    assert (data / paths.DATABASE_NAME).is_file()


def test_the_platformdirs_folders_lie_in_the_watched_folders(sealed, monkeypatch):
    """So 'HOME and XDG stay empty' covers every folder platformdirs would hand out."""
    import platformdirs

    watched, _, env = sealed
    for key in ("HOME", *XDG_HOMES):
        monkeypatch.setenv(key, env[key])
    if sys.platform.startswith("linux"):
        for method in (
            "user_data_dir",
            "user_config_dir",
            "user_cache_dir",
            "user_state_dir",
            "user_log_dir",
        ):
            folder = Path(getattr(platformdirs, method)("praktijkdesk", appauthor=False))
            assert any(folder.is_relative_to(w) for w in watched.values()), (method, folder)


@pytest.fixture
def clean_process_state(monkeypatch):
    """enter_portable_mode changes this process's environment: undo that after each test."""
    for key in (
        "XDG_CACHE_HOME",
        "QT_QPA_PLATFORMTHEME",
        paths.ENV_DATA_DIR,
        "QT_PLUGIN_PATH",
        "LD_LIBRARY_PATH",
        "LD_LIBRARY_PATH_ORIG",
    ):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(paths, "_portable_folder", None)
    monkeypatch.setattr(paths, "_replaced_environment", {})
    return monkeypatch


def frozen_at(monkeypatch, folder: Path) -> Path:
    exe = folder / "praktijkdesk"
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return exe


def test_not_frozen_portable_means_the_working_folder(clean_process_state, tmp_path):
    clean_process_state.chdir(tmp_path)
    assert paths.enter_portable_mode() is None  # only on request when not frozen
    folder = paths.enter_portable_mode(requested=True)
    assert folder == tmp_path / paths.PORTABLE_FOLDER and folder.is_dir()
    assert paths.portable_folder() == folder


def test_frozen_app_is_portable_when_the_folder_sits_beside_it(clean_process_state, tmp_path):
    frozen_at(clean_process_state, tmp_path)
    assert paths.enter_portable_mode() is None
    (tmp_path / paths.PORTABLE_FOLDER).mkdir()
    assert paths.enter_portable_mode() == tmp_path / paths.PORTABLE_FOLDER
    assert paths.resolve_data_dir() == tmp_path / paths.PORTABLE_FOLDER
    if sys.platform.startswith("linux"):
        assert os.environ["XDG_CACHE_HOME"] == str(tmp_path / paths.PORTABLE_FOLDER / "cache")


def test_an_explicit_folder_wins(clean_process_state, tmp_path):
    frozen_at(clean_process_state, tmp_path)
    (tmp_path / paths.PORTABLE_FOLDER).mkdir()
    assert paths.enter_portable_mode(explicit=str(tmp_path / "elders")) is None
    clean_process_state.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.enter_portable_mode() is None
    # ... but --portable on the command line is explicit too, and beats the environment
    assert paths.enter_portable_mode(requested=True) == tmp_path / paths.PORTABLE_FOLDER


def test_portable_and_data_dir_exclude_each_other(capsys):
    from praktijkdesk.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--portable", "--data-dir", "x", "check"])
    assert exit_info.value.code == 2
    assert "--portable" in capsys.readouterr().err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG and LD_LIBRARY_PATH: Linux")
def test_other_programs_get_the_original_environment(clean_process_state, tmp_path):
    frozen_at(clean_process_state, tmp_path)
    clean_process_state.setenv("XDG_CACHE_HOME", "/home/someone/.cache")
    clean_process_state.setenv("LD_LIBRARY_PATH", "/bundle/_internal")
    clean_process_state.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    clean_process_state.setenv("QT_PLUGIN_PATH", "/bundle/_internal/PySide6/Qt/plugins")
    paths.enter_portable_mode(requested=True)
    with paths.environment_for_other_programs():
        assert os.environ["XDG_CACHE_HOME"] == "/home/someone/.cache"
        assert "QT_QPA_PLATFORMTHEME" not in os.environ
        assert "QT_PLUGIN_PATH" not in os.environ
        assert os.environ["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert os.environ["XDG_CACHE_HOME"].endswith("cache")
    assert os.environ["XDG_CACHE_HOME"] != "/home/someone/.cache"
    assert os.environ["QT_QPA_PLATFORMTHEME"] == "generic"
    assert os.environ["LD_LIBRARY_PATH"] == "/bundle/_internal"


def test_a_pdf_reader_started_from_the_windows_bundle_gets_no_dll_path(
    clean_process_state, tmp_path, monkeypatch
):
    """Windows, imitated: PyInstaller's SetDllDirectoryW(bundle) and PATH entries in the
    bundle are taken away while another program starts, and put back afterwards."""
    from praktijkdesk.platform import windows

    bundle = tmp_path / "_internal"
    bundle.mkdir()
    frozen_at(clean_process_state, tmp_path)
    clean_process_state.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    calls = []
    monkeypatch.setattr(windows, "set_dll_directory", calls.append)
    monkeypatch.setattr(paths, "native", windows)
    system = os.pathsep.join(["/usr/bin", "/bin"])
    clean_process_state.setenv(
        "PATH", os.pathsep.join([str(bundle), str(bundle / "PySide6"), system])
    )
    clean_process_state.setenv("QT_QPA_PLATFORM_PLUGIN_PATH", str(bundle / "platforms"))
    with paths.environment_for_other_programs():
        assert calls == [None]
        assert os.environ["PATH"] == system
        assert "QT_QPA_PLATFORM_PLUGIN_PATH" not in os.environ
    assert calls == [None, str(bundle)]
    assert os.environ["PATH"].startswith(str(bundle))
