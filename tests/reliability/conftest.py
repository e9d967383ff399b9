"""Helpers for the reliability tests: a data folder with real data and a backup of it."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest


def counts(path: Path) -> dict[str, int]:
    """Row counts read straight from a database file (no praktijkdesk code in between)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("candidates", "trajectories", "marks", "conclusions", "current_marks")
        }
    finally:
        conn.close()


@pytest.fixture
def backed_up_dir(demo_data_dir):
    """Demo data with a verified backup of it, the newest; returns (folder, backup path).

    The system clock, not the test clock: the session template's backups carry today's date.
    """
    from praktijkdesk.desk import Desk

    with Desk.open(demo_data_dir) as desk:
        backup = desk.backups.backup_now()
    return demo_data_dir, backup.path


def can_mount() -> bool:
    return shutil.which("mount") is not None and _root()


def _root() -> bool:
    import os

    return hasattr(os, "geteuid") and os.geteuid() == 0


def mount(*args: str) -> bool:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    return result.returncode == 0


def umount(point: Path, lazy: bool = False) -> None:
    subprocess.run(["umount", *(["-l"] if lazy else []), str(point)], capture_output=True)
