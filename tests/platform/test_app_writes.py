"""Every file the app writes, with Linux made to act like Windows: os.fsync refuses a read-only
descriptor (EBADF, as FlushFileBuffers does) and every writing os.open must carry O_BINARY.

Before praktijkdesk.platform, the backup step failed here (it fsync'd a file opened "rb"),
and with it restore, guide import, bundle import and the synced folder; the privacy export
opened its files without O_BINARY."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from praktijkdesk.desk import Desk
from praktijkdesk.documents.files import write_pdf
from praktijkdesk.platform.logs import LOG_FILE, write_log


def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_every_write_of_a_working_day(demo_data_dir, tmp_path, clock, windows_fsync, binary_writes):
    text_mode, written = binary_writes
    out = tmp_path / "uit"
    out.mkdir()
    with Desk.open(demo_data_dir, clock=clock) as desk:
        entry = desk.backups.backup_now()  # the step every risky operation starts with
        assert _private(entry.path)
        copy = desk.backups.backup_to(out / "kopie.sqlite")
        assert _private(copy.path)
        bundle = desk.exchange.export(out / "alles.praktijk", everything=True).path
        assert _private(bundle) and zipfile.is_zipfile(bundle)
        shared = tmp_path / "OneDrive-gedeeld"
        shared.mkdir()
        synced = desk.exchange.sync(shared).written
        assert synced is not None and _private(synced)
        trajectory = desk.trajectories.summaries()[0]
        pdf = write_pdf(out / "voortgang.pdf", desk.reports.progress_report([trajectory.id]))
        assert _private(pdf) and pdf.read_bytes().startswith(b"%PDF")
        guide = desk.guides.summaries()[0]
        desk.guides.export(guide.slug, out / "gids.csv")
        candidate = desk.trajectories.candidates()[0]
        folder = desk.privacy.export_candidate(candidate.id, out / "inzage")
        assert json.loads((folder / "gegevens.json").read_text(encoding="utf-8"))
        assert all(_private(p) for p in folder.iterdir())
    with Desk.open(tmp_path / "ander", clock=clock) as other:
        plan = other.exchange.import_file(bundle)  # takes a backup first
        assert plan.applied
        restored = other.backups.list()
    assert restored
    log = write_log(demo_data_dir, "Traceback: een test\n")
    assert log == demo_data_dir / "logs" / LOG_FILE and _private(log)

    assert windows_fsync == [], "a read-only descriptor was fsync'd (Windows: EBADF)"
    assert text_mode == [], f"written without O_BINARY: {text_mode}"
    kinds = {Path(p).suffix for p in written}
    assert {".tmp", ".log"} <= kinds  # the checks did see the writes


def test_the_old_backup_code_fails_under_the_double(demo_data_dir, tmp_path, windows_fsync):
    """The double is not toothless: the v1 backup's fsync on an "rb" handle is refused."""
    import os

    path = tmp_path / "x.sqlite"
    path.write_bytes(b"x")
    with open(path, "rb") as handle, pytest.raises(OSError):
        os.fsync(handle.fileno())
    assert windows_fsync
