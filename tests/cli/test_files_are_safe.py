"""Files are safe (#11): no surprise overwrite, no writing through symlinks or devices, no
chmod of a folder we did not make, empty and overlong paths refused, a private crash log."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from praktijkdesk import cli as cli_module
from praktijkdesk.cli import main
from praktijkdesk.desk import Desk


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def ready(demo_data_dir):
    with Desk.open(demo_data_dir) as desk:
        # The demo's guides are examples: "ready" there is ready_on_example (no real declaration).
        ready = [s for s in desk.trajectories.summaries() if s.progress.ready_on_example]
        any_one = desk.trajectories.summaries()[0]
        guide = desk.guides.summaries()[0].slug
    assert ready, "the demo has a trajectory ready for its declaration"
    return demo_data_dir, ready[0].id, any_one.id, guide


SUFFIXES = [".sqlite", ".praktijk", ".pdf", ".pdf", ".json"]


def _outputs(data_dir, trajectory, guide, out: Path):
    out = str(out)
    """Each command that writes a file the user names, with that file."""
    return [
        ("backup", "--out", out),
        ("export", "--all", "--out", out),
        ("progress-report", trajectory, "--out", out),
        ("declaration", trajectory, "--out", out),
        ("guide-export", guide, out),
    ]


@pytest.mark.parametrize("index", range(5))
def test_an_existing_file_is_kept_unless_force(ready, tmp_path, capsys, index):
    data_dir, trajectory, _, guide = ready
    folder = tmp_path / "uit"
    folder.mkdir()
    out = folder / f"bestaat{SUFFIXES[index]}"
    out.write_bytes(b"belangrijk")
    args = _outputs(data_dir, trajectory, guide, out)[index]
    assert run(data_dir, *args) == 2
    assert "al een bestand" in capsys.readouterr().err
    assert out.read_bytes() == b"belangrijk"
    assert run(data_dir, *args, "--force") == 0
    assert out.read_bytes() != b"belangrijk"
    assert sorted(p.name for p in folder.iterdir()) == [out.name]


@pytest.mark.parametrize("index", range(5))
def test_a_symlink_or_device_is_never_written_even_with_force(ready, tmp_path, capsys, index):
    data_dir, trajectory, _, guide = ready
    victim = tmp_path / "slachtoffer.txt"
    victim.write_bytes(b"niet van praktijkdesk")
    link = tmp_path / f"link{SUFFIXES[index]}"
    link.symlink_to(victim)
    # A device: the commands that add their own suffix (export, guide-export) cannot reach one.
    devices = [Path("/dev/null")] if SUFFIXES[index] in (".sqlite", ".pdf") else []
    for out in (link, *devices):
        args = _outputs(data_dir, trajectory, guide, out)[index]
        code = run(data_dir, *args, "--force")
        err = capsys.readouterr().err
        assert code == 2, err
        assert "geen gewoon bestand" in err
    assert victim.read_bytes() == b"niet van praktijkdesk"
    assert link.is_symlink()


def test_issue_with_an_unwritable_out_issues_nothing(ready, tmp_path, capsys):
    data_dir, trajectory, _, _ = ready
    existing = tmp_path / "verklaring.pdf"
    existing.write_bytes(b"oud")
    for out in (existing, tmp_path / "bestaat-niet" / "v.pdf"):
        assert run(data_dir, "declaration", trajectory, "--issue", "--out", str(out)) == 2
        assert capsys.readouterr().err
    with Desk.open(data_dir) as desk:
        assert desk.declarations.history(trajectory) == []


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_data_dir_is_refused(tmp_path, monkeypatch, capsys, value):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert main(["--data-dir", value, "candidates"]) == 2
    assert "--data-dir is leeg" in capsys.readouterr().err
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "home").exists()


@pytest.mark.parametrize("make", [lambda t: t / ("x" * 300), lambda t: t / ("map/" * 300)])
def test_an_overlong_data_dir_or_out_is_refused(tmp_path, capsys, make, demo_data_dir):
    path = make(tmp_path)
    assert main(["--data-dir", str(path), "candidates"]) == 2
    assert "te lang" in capsys.readouterr().err
    assert run(demo_data_dir, "backup", "--out", str(path)) == 2
    assert "te lang" in capsys.readouterr().err
    assert run(demo_data_dir, "export", "--all", "--out", "") == 2
    assert "leeg" in capsys.readouterr().err


def test_an_existing_shared_folder_keeps_its_mode_and_gets_a_warning(tmp_path, capsys):
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    assert main(["--data-dir", str(shared), "demo"]) == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777  # sticky bit kept
    assert "ook te lezen door andere gebruikers" in capsys.readouterr().err
    assert stat.S_IMODE((shared / "praktijkdesk.sqlite").stat().st_mode) == 0o600
    new = tmp_path / "nieuw"
    assert main(["--data-dir", str(new), "demo"]) == 0
    assert stat.S_IMODE(new.stat().st_mode) == 0o700
    assert "andere gebruikers" not in capsys.readouterr().err


def _explode(args):
    raise RuntimeError("een fout die niet had mogen gebeuren")


def test_the_crash_log_is_private_and_in_the_data_folder(data_dir, monkeypatch, capsys):
    monkeypatch.setitem(cli_module.COMMANDS, "candidates", _explode)
    before = set(os.listdir(tempfile.gettempdir()))
    assert run(data_dir, "candidates") == 1
    log = data_dir / "logs" / "praktijkdesk-fout.log"
    assert str(log) in capsys.readouterr().err
    assert "een fout die niet had mogen gebeuren" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert {
        n for n in set(os.listdir(tempfile.gettempdir())) - before if "praktijkdesk" in n
    } == set()


def test_without_a_data_folder_the_log_goes_to_the_users_log_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(cli_module.COMMANDS, "candidates", _explode)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    assert main(["--data-dir", str(blocker / "data"), "candidates"]) == 1
    logs = list((tmp_path / "state").rglob("praktijkdesk-fout.log"))
    assert len(logs) == 1 and str(logs[0]) in capsys.readouterr().err
    assert stat.S_IMODE(logs[0].stat().st_mode) == 0o600
