"""Cloud-synced and network folders are refused for the live database (backups may go there);
a lock file tells whether the app has a folder open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from praktijkdesk import data_folder
from praktijkdesk.desk import Desk
from praktijkdesk.errors import DataFolderUnusable
from tests.cli.conftest import run_cli

SYNCED = [
    PureWindowsPath(r"C:\Users\fatma\OneDrive\praktijkdesk"),
    PureWindowsPath(r"C:\Users\fatma\OneDrive - Gemeente Delft\Documenten\praktijkdesk"),
    PureWindowsPath(r"C:\Users\fatma\Dropbox\werk"),
    PureWindowsPath(r"G:\My Drive\praktijkdesk"),
    PureWindowsPath(r"G:\Mijn Drive\praktijkdesk"),
    PureWindowsPath(r"C:\Users\fatma\iCloudDrive\praktijkdesk"),
    PureWindowsPath(r"C:\Users\fatma\Nextcloud\praktijkdesk"),
    PurePosixPath("/Users/fatma/Library/Mobile Documents/com~apple~CloudDocs/praktijkdesk"),
    PurePosixPath("/Users/fatma/Library/CloudStorage/OneDrive-Persoonlijk/praktijkdesk"),
    PurePosixPath("/Users/fatma/Library/CloudStorage/GoogleDrive-fatma@example.nl/My Drive"),
    PurePosixPath("/home/fatma/Dropbox (Bedrijf)/praktijkdesk"),
    PurePosixPath("/home/fatma/ownCloud/praktijkdesk"),
    PurePosixPath("/home/fatma/pCloudDrive/praktijkdesk"),
    PurePosixPath("/home/fatma/Box/praktijkdesk"),
]
LOCAL = [
    PureWindowsPath(r"C:\Users\fatma\AppData\Local\praktijkdesk"),
    PureWindowsPath(r"E:\praktijkdesk-data"),
    PurePosixPath("/home/fatma/.local/share/praktijkdesk"),
    PurePosixPath("/home/fatma/Documenten/Boxtel/praktijkdesk"),  # "Boxtel" is not "Box"
    PurePosixPath("/Users/fatma/Library/Application Support/praktijkdesk"),
]


@pytest.mark.parametrize("path", SYNCED, ids=str)
def test_sync_folders_are_recognised(path):
    assert data_folder.sync_service_in_path(path)


@pytest.mark.parametrize("path", LOCAL, ids=str)
def test_local_folders_are_not(path):
    assert data_folder.sync_service_in_path(path) is None


@pytest.mark.parametrize("text", [r"\\server\share\praktijkdesk", "//server/share/praktijkdesk"])
def test_windows_network_paths_are_refused(text):
    assert data_folder.is_unc_path(text)
    assert "netwerkschijf" in data_folder.unsafe_reason(text)


def test_network_file_systems_from_proc_mounts(tmp_path):
    for point in ("nfs", "smb share", "ssh"):
        (tmp_path / point).mkdir()  # a mount point exists; the data folder may not yet
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        f"server:/export {tmp_path}/nfs nfs4 rw 0 0\n"
        f"//nas/werk {tmp_path}/smb\\040share cifs rw 0 0\n"
        f"fatma@host: {tmp_path}/ssh fuse.sshfs rw 0 0\n"
    )
    assert data_folder.filesystem_type(tmp_path / "nfs" / "praktijkdesk", mounts) == "nfs4"
    assert data_folder.filesystem_type(tmp_path / "smb share" / "x", mounts) == "cifs"
    assert data_folder.filesystem_type(tmp_path / "ssh", mounts) == "fuse.sshfs"
    assert data_folder.filesystem_type(tmp_path / "lokaal", mounts) == "ext4"
    if sys.platform.startswith("linux"):
        assert "netwerkschijf" in data_folder.unsafe_reason(tmp_path / "nfs" / "p", mounts)
        assert data_folder.unsafe_reason(tmp_path / "lokaal", mounts) is None


def test_opening_a_synced_folder_is_refused_with_a_safe_alternative(tmp_path):
    folder = tmp_path / "OneDrive - Gemeente Delft" / "praktijkdesk"
    with pytest.raises(DataFolderUnusable) as caught:
        Desk.open(folder)
    message = caught.value.message
    assert "OneDrive" in message and "standaardmap" in message and "backup --out" in message
    assert not folder.exists()  # nothing was made there

    result = run_cli(folder, "candidates")
    assert result.returncode == 3 and "OneDrive" in result.stderr


def test_backups_may_go_to_a_synced_folder(data_dir, tmp_path):
    cloud = tmp_path / "Dropbox"
    cloud.mkdir()
    result = run_cli(data_dir, "backup", "--out", str(cloud / "kopie.sqlite"))
    assert result.returncode == 0, result.stderr
    assert (cloud / "kopie.sqlite").exists()


def test_the_instance_lock_is_exclusive_between_processes(tmp_path):
    lock = data_folder.InstanceLock.acquire(tmp_path)
    assert lock is not None
    assert data_folder.InstanceLock.acquire(tmp_path) is lock  # re-entrant in one process
    assert not data_folder.held_by_another_process(tmp_path)
    probe = (
        "import sys; from pathlib import Path; from praktijkdesk.data_folder import InstanceLock;"
        f"print(InstanceLock.acquire(Path({str(tmp_path)!r})) is None)"
    )
    held = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert held.stdout.strip() == "True"
    lock.release()
    free = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert free.stdout.strip() == "False"


def test_the_command_line_works_beside_the_app(data_dir):
    """WAL + busy_timeout: a script may read and write while the app holds the folder."""
    lock = data_folder.InstanceLock.acquire(Path(data_dir))
    try:
        with Desk.open(data_dir) as app:
            employer = app.people.add_employer("Bakkerij Van Dam")
            result = run_cli(
                data_dir,
                "candidate-add",
                "--name",
                "Ayşe Kaya",
                "--employer",
                "Bakkerij Van Dam",
                "--trainer",
                "Fatma Yılmaz",
                "--guide",
                "horeca-gastheer-gastvrouw",
            )
            assert result.returncode == 0, result.stderr
            assert [c.name for c in app.trajectories.candidates()] == ["Ayşe Kaya"]
            assert app.people.employer(employer.id)
        assert run_cli(data_dir, "check").returncode == 0
    finally:
        lock.release()
