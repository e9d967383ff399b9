"""Test doubles that make Linux behave like Windows where it matters for files."""

from __future__ import annotations

import errno
import fcntl
import os
import stat

import pytest

from praktijkdesk.platform import files

# Windows' value of O_BINARY; on Linux x86-64 the same bit is O_LARGEFILE, harmless to pass.
FAKE_O_BINARY = 0x8000


@pytest.fixture
def windows_fsync(monkeypatch):
    """os.fsync as on Windows (FlushFileBuffers): a descriptor opened read-only gets EBADF.

    Folders are let through: the code never fsyncs a folder on Windows (fsync_dir is POSIX
    only), and on Linux that is how a rename is made durable."""
    real = os.fsync
    refused: list[int] = []

    def fsync(fd):
        fd = fd if isinstance(fd, int) else fd.fileno()
        mode = os.fstat(fd).st_mode
        if not stat.S_ISDIR(mode) and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            refused.append(fd)
            raise OSError(errno.EBADF, "Bad file descriptor")
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return refused


@pytest.fixture
def binary_writes(monkeypatch):
    """Every os.open that can write must carry O_BINARY (without it Windows turns LF into
    CR LF). Returns the list of (path, flags) opened for writing without it."""
    monkeypatch.setattr(files, "O_BINARY", FAKE_O_BINARY)
    real = os.open
    text_mode: list[tuple[str, int]] = []
    written: list[str] = []

    def open_(path, flags, *args, **kwargs):
        fd = real(path, flags, *args, **kwargs)
        if flags & os.O_ACCMODE in (os.O_WRONLY, os.O_RDWR) and not stat.S_ISDIR(
            os.fstat(fd).st_mode
        ):
            written.append(os.fspath(path))
            if not flags & FAKE_O_BINARY:
                text_mode.append((os.fspath(path), flags))
        return fd

    monkeypatch.setattr(os, "open", open_)
    return text_mode, written
