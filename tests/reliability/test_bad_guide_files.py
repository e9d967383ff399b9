"""Whole files a user might pick as a guide, through desk.guides.import_file: each refused
with a Dutch message, the database unchanged, no backup taken for nothing. (The parser's own
cases live in tests/guides; these are the file-level tricks.)"""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from praktijkdesk.errors import UserError
from praktijkdesk.storage.backup import fingerprint, list_backups


def _zip_bomb(path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("guide.json", b"{" + b" " * (20 * 1024 * 1024) + b"}")
    path.write_bytes(buffer.getvalue())  # ~20 kB on disk, 20 MB unpacked


def _fifty_megabytes(path):
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing 50 MB


def _xml(path):
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        "<guide><title>&b;</title></guide>",
        encoding="utf-8",
    )


def _utf16_csv(path):
    path.write_text(
        "kerntaak;werkproces;gedragsvoorbeeld\nB1-K1;B1-K1-W1;Zet klaar\n", encoding="utf-16"
    )


def _png(path):
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))


def _folder(path):
    path.mkdir()


def _fifo(path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(path)  # reading it would wait forever


def _nul_bytes(path):
    path.write_bytes(b'{"format": "praktijkdesk-guide/1",\x00\x00\x00 "title": "x"}')


def _endless_line(path):
    path.write_text(
        "kerntaak;werkproces;gedragsvoorbeeld\n" + "B1-K1;B1-K1-W1;" + "a" * 4_000_000,
        encoding="utf-8",
    )


CASES = {
    "zip bomb renamed .json": ("bom.json", _zip_bomb),
    "50 MB file": ("groot.json", _fifty_megabytes),
    "XML with entities": ("gids.json", _xml),
    "XML as .csv": ("gids.csv", _xml),
    "UTF-16 CSV": ("gids.csv", _utf16_csv),
    "picture renamed .csv": ("foto.csv", _png),
    "folder named .json": ("map.json", _folder),
    "named pipe": ("pijp.json", _fifo),
    "NUL bytes": ("nul.json", _nul_bytes),
    "endless line": ("lang.csv", _endless_line),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_refused_in_dutch_and_nothing_changes(desk, tmp_path, case):
    name, make = CASES[case]
    path = tmp_path / name
    make(path)
    before = fingerprint(desk.db.conn)
    backups = len(list_backups(desk.backup_dir))
    with pytest.raises(UserError) as caught:
        desk.guides.import_file(path)
    message = caught.value.message
    assert message and "Traceback" not in message
    assert any(
        word in message.lower()
        for word in ("bestand", "regel", "kolom", "json", "te groot", "utf", "tekens", "map")
    )
    assert fingerprint(desk.db.conn) == before
    assert len(list_backups(desk.backup_dir)) == backups
