"""praktijkdesk.platform.files: one atomic write, made to behave as Windows demands."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from praktijkdesk.errors import DiskFull
from praktijkdesk.platform import files
from praktijkdesk.platform.files import (
    NotRegularFile,
    TargetExists,
    append_private,
    fsync_file,
    make_folder,
    readable_by_others,
    write_bytes_atomically,
)

DATA = b"%PDF-1.7\n\x00line\nend\r\nbinary\n" * 100


def test_a_new_file_is_whole_private_and_leaves_no_temporary(tmp_path, windows_fsync):
    target = write_bytes_atomically(tmp_path / "verklaring.pdf", DATA)
    assert target.read_bytes() == DATA
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["verklaring.pdf"]
    assert windows_fsync == []  # the descriptor fsync'd was open for writing


def test_every_write_is_binary(tmp_path, binary_writes):
    text_mode, written = binary_writes
    write_bytes_atomically(tmp_path / "a.pdf", DATA)
    append_private(tmp_path / "log.txt", b"regel\n")
    assert len(written) == 2 and text_mode == []


def test_an_existing_file_is_not_overwritten_unless_asked(tmp_path):
    target = tmp_path / "kopie.sqlite"
    target.write_bytes(b"belangrijk")
    with pytest.raises(TargetExists) as caught:
        write_bytes_atomically(target, DATA)
    assert "--force" in caught.value.message and caught.value.exit_code == 2
    assert target.read_bytes() == b"belangrijk"
    assert [p.name for p in tmp_path.iterdir()] == ["kopie.sqlite"]
    write_bytes_atomically(target, DATA, overwrite=True)
    assert target.read_bytes() == DATA


def test_a_file_that_appears_between_check_and_rename_is_not_overwritten(tmp_path, monkeypatch):
    target = tmp_path / "x.praktijk"
    real_fsync = os.fsync

    def fsync_then_someone_writes(fd):
        real_fsync(fd)
        if not target.exists():
            target.write_bytes(b"van een ander")

    monkeypatch.setattr(os, "fsync", fsync_then_someone_writes)
    with pytest.raises(TargetExists):
        write_bytes_atomically(target, DATA)
    assert target.read_bytes() == b"van een ander"
    assert [p.name for p in tmp_path.iterdir()] == ["x.praktijk"]


@pytest.mark.parametrize("kind", ["symlink", "dangling symlink", "folder", "fifo"])
def test_a_target_that_is_not_a_regular_file_is_refused_even_with_overwrite(tmp_path, kind):
    elsewhere = tmp_path / "elders.txt"
    elsewhere.write_bytes(b"niet van ons")
    target = tmp_path / "doel"
    if kind == "symlink":
        target.symlink_to(elsewhere)
    elif kind == "dangling symlink":
        target.symlink_to(tmp_path / "bestaat-niet")
    elif kind == "folder":
        target.mkdir()
    else:
        os.mkfifo(target)
    for overwrite in (False, True):
        with pytest.raises(NotRegularFile, match="geen gewoon bestand"):
            write_bytes_atomically(target, DATA, overwrite=overwrite)
    assert elsewhere.read_bytes() == b"niet van ons"
    assert not (tmp_path / "bestaat-niet").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doel", "elders.txt"]


def test_a_device_is_refused():
    with pytest.raises(NotRegularFile):
        write_bytes_atomically("/dev/null", DATA, overwrite=True)


def _sharing_violation() -> PermissionError:
    error = PermissionError(
        errno.EACCES,
        "The process cannot access the file because it is being used by another process",
    )
    error.winerror = 32  # what Windows sets; the retry looks at it
    return error


def test_a_rename_that_fails_twice_then_succeeds(tmp_path, monkeypatch):
    target = tmp_path / "verklaring.pdf"
    target.write_bytes(b"oud")
    real_replace = os.replace
    attempts, waits = [], []

    def replace(src, dst):
        attempts.append(dst)
        if len(attempts) <= 2:
            raise _sharing_violation()
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(files, "_sleep", waits.append)
    write_bytes_atomically(target, DATA, overwrite=True)
    assert len(attempts) == 3 and len(waits) == 2 and waits[1] > waits[0]
    assert target.read_bytes() == DATA
    assert [p.name for p in tmp_path.iterdir()] == ["verklaring.pdf"]


def test_a_rename_that_keeps_failing_gives_up_and_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "verklaring.pdf"
    target.write_bytes(b"oud")
    waits = []

    def replace(src, dst):
        raise _sharing_violation()

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(files, "_sleep", waits.append)
    with pytest.raises(PermissionError):
        write_bytes_atomically(target, DATA, overwrite=True)
    assert len(waits) == files.REPLACE_ATTEMPTS - 1
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["verklaring.pdf"]


def test_a_real_permission_error_on_posix_is_not_waited_for(tmp_path, monkeypatch):
    waits = []

    def replace(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(files, "_sleep", waits.append)
    with pytest.raises(PermissionError):
        files.replace(tmp_path / "a", tmp_path / "b")
    assert waits == []


def test_a_full_disk_is_a_dutch_message_and_leaves_nothing(tmp_path, monkeypatch):
    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(DiskFull, match="schijf is vol"):
        write_bytes_atomically(tmp_path / "a.praktijk", DATA)
    assert list(tmp_path.iterdir()) == []


def test_fsync_file_works_where_windows_refuses_a_read_only_handle(tmp_path, windows_fsync):
    path = tmp_path / "kopie.sqlite"
    path.write_bytes(b"x")
    with open(path, "rb") as handle, pytest.raises(OSError) as caught:
        os.fsync(handle.fileno())  # the double does refuse what the old backup code did
    assert caught.value.errno == errno.EBADF
    windows_fsync.clear()
    fsync_file(path)
    assert windows_fsync == []


def test_make_folder_chmods_only_what_it_made(tmp_path):
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    assert make_folder(shared) is False
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert readable_by_others(shared)
    new = shared / "praktijkdesk" / "gegevens"
    assert make_folder(new) is True
    assert stat.S_IMODE(new.stat().st_mode) == 0o700
    assert not readable_by_others(new)


def test_make_folder_refuses_a_file_in_the_way(tmp_path):
    (tmp_path / "bestand").write_text("x")
    with pytest.raises(OSError):
        make_folder(tmp_path / "bestand")


def test_append_private_is_0600_and_does_not_follow_a_planted_symlink(tmp_path):
    log = append_private(tmp_path / "fout.log", b"een\n")
    append_private(log, b"twee\n")
    assert log.read_bytes() == b"een\ntwee\n"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    victim = tmp_path / "slachtoffer"
    victim.write_bytes(b"")
    planted = tmp_path / "geplant.log"
    planted.symlink_to(victim)
    with pytest.raises(OSError):
        append_private(planted, b"aanval\n")
    assert victim.read_bytes() == b""


def test_windows_module_reads_cloud_attribute_bits():
    from praktijkdesk.platform import windows

    assert windows.has_cloud_attributes(windows.FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS | 0x10)
    assert windows.has_cloud_attributes(windows.FILE_ATTRIBUTE_PINNED)
    assert not windows.has_cloud_attributes(0x10 | 0x20)  # a folder, archive: local
    assert not windows.has_cloud_attributes(windows.INVALID_FILE_ATTRIBUTES)
    assert not windows.has_cloud_attributes(None)
    assert windows.is_inside(r"C:\Users\An\Gemeente\Team - Documenten\pd", r"c:\users\an\gemeente")
    assert not windows.is_inside(r"C:\Users\An\Gemeente2", r"C:\Users\An\Gemeente")


def test_path_helper_types(tmp_path):
    assert isinstance(write_bytes_atomically(str(tmp_path / "s.bin"), b"1"), Path)
