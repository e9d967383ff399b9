"""Messages say what is true, in Dutch: a reading command on a full disk does not claim a change
was lost, and no English text from the operating system or SQLite reaches a message."""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3

import pytest

from praktijkdesk import cli
from praktijkdesk.errors import os_reason
from tests.reliability.conftest import can_mount, mount, umount

ENGLISH = (
    "Errno",
    "No such file",
    "Permission denied",
    "Not a directory",
    "Is a directory",
    "unable to open",
    "readonly",
    "disk I/O",
    "database",
    "No space",
    "Read-only",
)


def _run(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(list(args))
    return code, err.getvalue()


@pytest.mark.skipif(not can_mount(), reason="needs root and mount(8) for a tiny file system")
def test_reading_commands_on_a_full_disk_do_not_claim_a_change_was_lost(tmp_path, demo_data_dir):
    point = tmp_path / "klein"
    point.mkdir()
    if not mount("-t", "tmpfs", "-o", "size=64m", "tmpfs", str(point)):
        pytest.skip("mount failed")
    try:
        folder = point / "data"
        shutil.copytree(demo_data_dir, folder)
        conn = sqlite3.connect(folder / "praktijkdesk.sqlite")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        for side in ("-wal", "-shm"):
            (folder / f"praktijkdesk.sqlite{side}").unlink(missing_ok=True)
        with contextlib.suppress(OSError), open(point / "vol", "wb") as filler:
            while True:
                filler.write(b"\0" * 65536)
        codes = []
        for command in (["candidates"], ["trajectories"], ["check"], ["guides"]):
            code, err = _run("--data-dir", str(folder), *command)
            codes.append(code)
            assert code in (0, 3), err
            if code == 3:
                assert "niet opgeslagen" not in err and "vol" in err, err
                assert "niets veranderd" in err, err
        assert 3 in codes  # SQLite could not make its -shm file: the disk really was full
    finally:
        umount(point, lazy=True)


def test_an_unusable_backups_folder_is_told_in_dutch(demo_data_dir):
    backups = demo_data_dir / "backups"
    shutil.rmtree(backups)
    backups.write_text("hier hoort een map")  # the folder cannot be made
    code, err = _run("--data-dir", str(demo_data_dir), "backup")
    assert code == 2, err
    assert "De reservekopie kon niet worden gemaakt" in err
    assert not [word for word in ENGLISH if word in err], err


def test_every_common_os_error_has_a_dutch_reason():
    import errno

    for number in (
        errno.EACCES,
        errno.ENOENT,
        errno.ENOTDIR,
        errno.ENOSPC,
        errno.EROFS,
        errno.ENAMETOOLONG,
        errno.EIO,
        errno.EISDIR,
        errno.EEXIST,
    ):
        reason = os_reason(OSError(number, "English text"))
        assert "English" not in reason and reason
    assert os_reason(OSError(9999, "Something odd")) == "het besturingssysteem weigerde het"
