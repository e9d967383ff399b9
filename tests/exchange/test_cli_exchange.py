"""praktijkdesk export / import [--dry-run] / sync on the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def run(data_dir, *args):
    env = {**os.environ, "PRAKTIJKDESK_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "praktijkdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_export_import_and_sync_from_the_command_line(tmp_path):
    a, b, shared = tmp_path / "a", tmp_path / "b", tmp_path / "USB"
    shared.mkdir()
    assert run(a, "demo").returncode == 0
    bundle = tmp_path / "alles.praktijk"
    done = run(a, "export", "--all", "--out", str(bundle))
    assert done.returncode == 0 and "9 traject(en)" in done.stdout

    # An empty device refuses a file with several employers' candidates (issue #20); the
    # jobcoach's laptop, where the jobcoach added herself first, accepts it.
    refused = run(b, "import", str(bundle), "--dry-run")
    assert "meer dan één leerbedrijf" in refused.stdout and "traject(en)" not in refused.stdout
    from praktijkdesk.desk import Desk
    from praktijkdesk.domain.people import Role

    with Desk.open(b) as laptop:
        laptop.people.add_person("Marloes Bakker", Role.JOBCOACH)
    dry = run(b, "import", str(bundle), "--dry-run")
    assert dry.returncode == 0
    assert "Wordt toegevoegd: 9 × traject(en)" in dry.stdout and "Proefrun" in dry.stdout
    assert json.loads(run(b, "trajectories", "--json").stdout) == []

    assert run(b, "import", str(bundle)).returncode == 0
    again = json.loads(run(b, "import", str(bundle), "--json").stdout)
    assert again["added"] == {} and again["changed"] == {}

    assert "Geschreven" in run(a, "sync", str(shared)).stdout
    assert run(b, "sync", str(shared)).returncode == 0
    assert run(a, "sync", str(shared)).returncode == 0
    assert "Niets nieuws." in run(a, "sync", str(shared)).stdout


def test_refusals_are_dutch_with_exit_code_2(tmp_path):
    (tmp_path / "x.praktijk").write_text("geen zip")
    refused = run(tmp_path / "d", "import", str(tmp_path / "x.praktijk"))
    assert refused.returncode == 2
    assert "geen uitwisselbestand van praktijkdesk" in refused.stderr
    assert "Traceback" not in refused.stderr
    both = run(tmp_path / "d", "export", "--all", "--employer", "x", "--out", "y")
    assert both.returncode == 2
