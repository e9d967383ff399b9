"""The bundle file format on its own (no database): what reads, and every way a file is refused.

Each refusal is checked by its Dutch message, so a check that is skipped, turned around or
moved by one shows. Written to kill the mutants of bundles/format.py (docs/mutation.md).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import sys
import zipfile
from pathlib import Path

import pytest

from praktijkdesk.bundles import format as fmt
from praktijkdesk.bundles.format import (
    BUNDLE_SUFFIX,
    FORMAT,
    KINDS,
    MANIFEST,
    SCOPES,
    Bundle,
    InvalidBundle,
    missing_references,
    read_bundle,
    read_bundle_bytes,
    write_bundle,
)
from praktijkdesk.errors import DiskFull, InvalidInput
from praktijkdesk.guides.json_format import load_json as load_guide_json
from praktijkdesk.platform.files import TargetExists

from .records import (
    AT,
    SCOPE,
    encode,
    entries,
    records,
    records_read_from_v1,
    rezip,
    with_manifest,
)

STORED = Path(__file__).resolve().parents[1] / "data" / "bundle-v1.praktijk"


def refusal(data: bytes, name: str = "kantoor.praktijk") -> str:
    with pytest.raises(InvalidBundle) as info:
        read_bundle_bytes(data, name)
    assert info.value.code == "invalid_bundle"
    return info.value.message


# --- what reads -----------------------------------------------------------------------------
def test_a_bundle_from_an_older_app_still_reads_with_every_record():
    # Format 1 is still read (issue #13): no schools or erasures, the later fields at their
    # defaults, and each mark and conclusion stamped with its own wall time ``at``.
    bundle = read_bundle(STORED)
    assert bundle.manifest["format"] == fmt.FORMAT_V1 == "praktijkdesk-bundle/1"
    got, want = dict(bundle.records), records_read_from_v1()
    # The guide as the old app wrote it: the same guide as today's bundled file, whose bytes
    # may since carry optional presentation keys (pictures, issue #16).
    assert [(g["key"], load_guide_json(g["content"])) for g in got.pop("guides")] == [
        (g["key"], load_guide_json(g["content"])) for g in want.pop("guides")
    ]
    assert got == want
    assert (bundle.device_id, bundle.created_at, bundle.scope) == ("dev-a", AT, SCOPE)
    assert bundle.manifest["app_version"] == "1.0.0"
    assert missing_references(bundle) == {}


def test_what_is_written_reads_back_the_same():
    data = encode(
        device_id="laptop-marloes", app_version="1.2.3", scope={"kind": "sync", "number": 1}
    )
    bundle = read_bundle_bytes(data)
    assert bundle.records == records()
    assert bundle.device_id == "laptop-marloes"
    assert bundle.scope == {"kind": "sync", "number": 1}
    assert bundle["marks"] == records()["marks"]
    assert Bundle({}, {})["marks"] == []
    manifest = bundle.manifest
    assert manifest["format"] == FORMAT == "praktijkdesk-bundle/2"
    assert manifest["counts"] == {kind: len(rows) for kind, rows in records().items()}
    parts = entries(data)
    # person_merges.json only when there is one (issue #20): older readers know the rest.
    written = [k for k in KINDS if k not in fmt.SPARSE_KINDS]
    assert sorted(parts) == sorted([MANIFEST] + [f"{k}.json" for k in written])
    for kind in written:
        raw = parts[f"{kind}.json"]
        assert manifest["files"][f"{kind}.json"] == {
            "sha256": hashlib.sha256(raw).hexdigest(),
            "size": len(raw),
        }
    # Names are written as letters, not escapes; the manifest too.
    assert "Şükrü Öztürk".encode() in parts["candidates.json"]


def test_an_empty_bundle_reads():
    bundle = read_bundle_bytes(encode({}))
    assert all(bundle[kind] == [] for kind in KINDS)
    # person_merges.json is written only when there is a merge (older readers know the rest).
    assert bundle.manifest["counts"] == {kind: 0 for kind in KINDS if kind != "person_merges"}
    assert "person_merges.json" not in entries(encode({}))


def test_a_bundle_zipped_without_compression_reads():
    assert read_bundle_bytes(rezip(entries(encode()), zipfile.ZIP_STORED)).records == records()


def test_the_file_name_and_kinds_of_the_format():
    assert BUNDLE_SUFFIX == ".praktijk" and MANIFEST == "manifest.json"
    assert SCOPES == ("trajectory", "employer", "all", "sync")
    assert KINDS == (
        "guides",
        "schools",
        "employers",
        "people",
        "person_merges",
        "candidates",
        "candidate_merges",
        "trajectories",
        "marks",
        "conclusions",
        "declarations",
        "signatures",
        "erasures",
    )
    assert fmt.KINDS_V1 == tuple(k for k in KINDS if k not in ("erasures", "person_merges"))
    assert fmt.OPTIONAL_KINDS == {"schools", "person_merges"}
    assert fmt.SPARSE_KINDS == {"person_merges"}


def test_the_documented_size_limits():
    # docs/exchange.md: file ≤ 256 MB, entry ≤ 512 MB, all ≤ 1 GB, > 200× above 1 MB is a bomb.
    assert fmt.MAX_FILE_BYTES == 268_435_456
    assert fmt.MAX_ENTRY_BYTES == 536_870_912
    assert fmt.MAX_TOTAL_BYTES == 1_073_741_824
    assert (fmt.MAX_RATIO, fmt.RATIO_FLOOR, fmt.MAX_MANIFEST_BYTES) == (200, 1_048_576, 65_536)


# --- the file ---------------------------------------------------------------------------------
def test_write_then_read_a_file(tmp_path):
    path = write_bundle(tmp_path / f"kantoor{BUNDLE_SUFFIX}", encode())
    assert path == tmp_path / "kantoor.praktijk"
    assert read_bundle(path).records == records()
    assert [p.name for p in tmp_path.iterdir()] == ["kantoor.praktijk"]


def test_the_whole_bundle_is_on_disk_before_it_gets_its_real_name(tmp_path, monkeypatch):
    # A crash right after the rename must not leave a short file: fsync sees every byte.
    data = encode({})  # small: below the file buffer, so only flush() puts it on disk
    synced = []
    real_fsync = os.fsync

    def fsync(fd):
        info = os.fstat(fd)
        synced.append("folder" if stat.S_ISDIR(info.st_mode) else info.st_size)
        real_fsync(fd)

    monkeypatch.setattr(fmt.os, "fsync", fsync)
    write_bundle(tmp_path / "kantoor.praktijk", data)
    # The file with every byte, then (POSIX, praktijkdesk.platform since #19) the folder, so
    # the new name survives a power cut too.
    assert synced == ([len(data), "folder"] if os.name == "posix" else [len(data)])


def test_a_failed_write_leaves_no_half_file(tmp_path, monkeypatch):
    target = tmp_path / "kantoor.praktijk"
    target.write_bytes(b"old")
    # Since #19 an existing file is only replaced when asked (overwrite=True).
    with pytest.raises(TargetExists):
        write_bundle(target, encode())
    assert [p.name for p in tmp_path.iterdir()] == ["kantoor.praktijk"]
    assert target.read_bytes() == b"old"

    def full(*_):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fmt.os, "replace", full)
    with pytest.raises(DiskFull) as info:
        write_bundle(target, encode(), overwrite=True)
    assert info.value.message == (
        "De schijf is vol: kantoor.praktijk is niet opgeslagen. Maak ruimte vrij en probeer "
        "het opnieuw."
    )
    assert [p.name for p in tmp_path.iterdir()] == ["kantoor.praktijk"]
    assert target.read_bytes() == b"old"

    def denied(*_):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(fmt.os, "replace", denied)
    with pytest.raises(InvalidInput) as info:
        write_bundle(target, encode(), overwrite=True)
    assert not isinstance(info.value, DiskFull)
    assert info.value.message == (
        f"Het uitwisselbestand {target} kan niet worden opgeslagen (geen toestemming)."
    )
    assert [p.name for p in tmp_path.iterdir()] == ["kantoor.praktijk"]
    assert target.read_bytes() == b"old"


def test_writing_into_a_folder_that_is_gone_says_so(tmp_path):
    # A USB stick pulled out: a Dutch message, no traceback, nothing left behind.
    with pytest.raises(InvalidInput) as info:
        write_bundle(tmp_path / "weg" / "kantoor.praktijk", encode())
    assert "kantoor.praktijk kan niet worden opgeslagen" in info.value.message
    assert os.listdir(tmp_path) == []


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(InvalidBundle, match="bestaat niet"):
        read_bundle(tmp_path / "weg.praktijk")
    with pytest.raises(InvalidBundle, match="is een map, geen uitwisselbestand"):
        read_bundle(tmp_path)


def test_a_folder_refused_already_when_opening_is_still_a_folder(tmp_path, monkeypatch):
    # POSIX opens a folder and fstat tells; other systems refuse at os.open (EISDIR).
    def refuse(*_args, **_kwargs):
        raise IsADirectoryError(errno.EISDIR, "Is a directory")

    monkeypatch.setattr(fmt.os, "open", refuse)
    with pytest.raises(InvalidBundle) as info:
        read_bundle(tmp_path)
    assert info.value.message == f"{tmp_path} is een map, geen uitwisselbestand."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    # Opened without blocking (O_NONBLOCK): a pipe nobody writes to would otherwise hang.
    pipe = tmp_path / "pijp.praktijk"
    os.mkfifo(pipe)
    with pytest.raises(InvalidBundle) as info:
        read_bundle(str(pipe))
    assert info.value.message == (
        "pijp.praktijk is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat); "
        "er is niets ingelezen."
    )


def test_no_file_chosen_is_refused(tmp_path, monkeypatch):
    # An empty path would otherwise be "." (the folder): say that nothing was chosen.
    monkeypatch.chdir(tmp_path)
    for path in ("", "  "):
        with pytest.raises(InvalidBundle) as info:
            read_bundle(path)
        assert info.value.message == "Er is geen bestand gekozen.", repr(path)
        with pytest.raises(InvalidBundle) as info:
            fmt.read_regular_file(path, 10)
        assert info.value.message == "Er is geen bestand gekozen.", repr(path)


def test_an_unreadable_file_is_refused(tmp_path, monkeypatch):
    path = write_bundle(tmp_path / "a.praktijk", encode())

    def broken(*_args, **_kwargs):
        raise OSError(errno.EIO, "Input/output error")

    # The file is read with os.open/os.read (read_regular_file, #11): both failing is refused.
    for call in ("open", "read"):
        with monkeypatch.context() as patch:
            patch.setattr(fmt.os, call, broken)
            with pytest.raises(InvalidBundle) as info:
                read_bundle(path)
        assert info.value.message == (
            f"Het bestand {path} kan niet worden gelezen (de schijf gaf een lees- of schrijffout)."
        ), call


def test_a_file_above_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    data = encode()
    path = write_bundle(tmp_path / "a.praktijk", data)
    monkeypatch.setattr(fmt, "MAX_FILE_BYTES", len(data))
    assert read_bundle(path).records == records()
    assert read_bundle_bytes(data).records == records()
    monkeypatch.setattr(fmt, "MAX_FILE_BYTES", len(data) - 1)
    with pytest.raises(InvalidBundle, match="a.praktijk is te groot"):
        read_bundle(path)
    assert refusal(data, "b.praktijk") == (
        "b.praktijk is te groot voor een uitwisselbestand; er is niets ingelezen."
    )


def test_a_sparse_file_of_the_real_limit_plus_one_is_refused_without_reading_it(
    tmp_path, monkeypatch
):
    path = tmp_path / "groot.praktijk"
    with open(path, "wb") as handle:
        handle.truncate(fmt.MAX_FILE_BYTES + 1)

    def never(*_args, **_kwargs):
        raise AssertionError("a file above the limit was read")

    monkeypatch.setattr(fmt.os, "read", never)
    with pytest.raises(InvalidBundle, match="groot.praktijk is te groot"):
        read_bundle(path)
    with pytest.raises(InvalidBundle, match="^groot.praktijk is te groot"):
        read_bundle(str(path))  # the name, also from a path given as text


def test_a_file_that_grows_after_its_size_was_checked_is_refused_as_too_big(tmp_path, monkeypatch):
    # A sync tool may still be writing: the size on disk said "small", the bytes are more.
    data = encode()
    path = write_bundle(tmp_path / "groeit.praktijk", data)
    monkeypatch.setattr(fmt, "MAX_FILE_BYTES", len(data) - 1)
    real_fstat = os.fstat

    def stale_fstat(fd):
        result = real_fstat(fd)
        return os.stat_result((*result[:6], 100, *result[7:]))

    monkeypatch.setattr(fmt.os, "fstat", stale_fstat)
    with pytest.raises(InvalidBundle) as info:
        read_bundle(path)
    assert info.value.message == (
        "groeit.praktijk is te groot voor een uitwisselbestand; er is niets ingelezen."
    )


def test_a_file_is_read_in_pieces_of_one_megabyte_and_never_past_the_limit(tmp_path, monkeypatch):
    # The memory bound of read_regular_file: 1 MiB per read, and never more asked for than
    # one byte past the limit (that byte tells "grew past the limit" from "exactly the limit").
    mib = 1 << 20
    path = tmp_path / "groot.bin"
    path.write_bytes(b"x" * (2 * mib + mib // 2))
    asked = []
    real_read = os.read

    def read(fd, size):
        asked.append(size)
        return real_read(fd, size)

    monkeypatch.setattr(fmt.os, "read", read)
    assert len(fmt.read_regular_file(path, 3 * mib)) == 2 * mib + mib // 2
    assert asked == [mib, mib, mib, mib // 2 + 1]
    # A file that grew past the limit after its size was checked: limit + 1 bytes asked, no more.
    asked.clear()
    monkeypatch.setattr(fmt.os, "fstat", lambda fd: os.stat_result((0o100600, *[0] * 9)))
    with pytest.raises(InvalidBundle, match="groot.bin is te groot"):
        fmt.read_regular_file(path, 2 * mib + 10)
    assert asked == [mib, mib, 11]
    # Exactly the limit read so far: one more byte is asked for, so growth past it shows
    # (and the file is not silently cut at the limit).
    asked.clear()
    with pytest.raises(InvalidBundle, match="groot.bin is te groot"):
        fmt.read_regular_file(path, mib)
    assert asked == [mib, 1]


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts open files via /proc")
def test_reading_closes_the_file_also_when_it_is_refused(tmp_path, monkeypatch):
    good = write_bundle(tmp_path / "a.praktijk", encode())
    monkeypatch.setattr(fmt, "MAX_FILE_BYTES", 10)
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(5):
        with pytest.raises(InvalidBundle):
            read_bundle(good)  # refused after opening: too big
    monkeypatch.undo()
    for _ in range(5):
        read_bundle(good)
    assert len(os.listdir("/proc/self/fd")) == before


def test_a_path_given_as_text_works_too(tmp_path):
    path = write_bundle(str(tmp_path / "kantoor.praktijk"), encode())
    assert path == tmp_path / "kantoor.praktijk"
    assert read_bundle(str(path)).records == records()


# --- the zip --------------------------------------------------------------------------------
def test_something_that_is_not_a_zip():
    message = refusal(b"Beste Fatma, hierbij de gegevens.")
    assert message == (
        "kantoor.praktijk is geen uitwisselbestand van praktijkdesk (of het is "
        "beschadigd of nog niet helemaal binnen). Er is niets ingelezen."
    )
    assert "geen uitwisselbestand" in refusal(b"PK\x03\x04 but then nothing")
    assert "geen uitwisselbestand" in refusal(b"")


def test_a_zip_with_something_in_front_is_refused():
    # zipfile would read past a prefix (a mail header, a self-extractor); a bundle starts
    # with the zip's own first bytes or it is not a bundle.
    assert "geen uitwisselbestand van praktijkdesk" in refusal(b"From: fatma\n\n" + encode())


def test_without_a_file_name_the_message_says_het_bestand():
    with pytest.raises(InvalidBundle) as info:
        read_bundle_bytes(b"niets")
    assert info.value.message.startswith("het bestand is geen uitwisselbestand van praktijkdesk")


def test_a_zip_without_a_manifest():
    parts = entries(encode())
    del parts[MANIFEST]
    assert "geen uitwisselbestand van praktijkdesk" in refusal(rezip(parts))


def test_an_extra_or_doubled_entry():
    parts = entries(encode())
    assert refusal(rezip({**parts, "notities.txt": b"x"})) == (
        "kantoor.praktijk bevat een onverwacht bestand ('notities.txt'); er is niets ingelezen."
    )
    # Eleven entries, but one twice and one missing.
    doubled = [(n, d) for n, d in parts.items() if n != "signatures.json"] + [
        ("marks.json", parts["marks.json"])
    ]
    with pytest.warns(UserWarning):
        data = rezip(doubled)
    assert refusal(data) == "kantoor.praktijk bevat marks.json twee keer; er is niets ingelezen."


def test_an_unknown_entry_in_place_of_a_known_one():
    parts = entries(encode())
    del parts["signatures.json"]
    parts["../signatures.json"] = b"[]"
    assert refusal(rezip(parts)) == (
        "kantoor.praktijk bevat een onverwacht bestand ('../signatures.json'); "
        "er is niets ingelezen."
    )


def _set_central_flag(data: bytes, name: bytes, flag: int) -> bytes:
    """Set general-purpose flag bits of ``name`` in the zip's central directory."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        name_len = int.from_bytes(out[at + 28 : at + 30], "little")
        if out[at + 46 : at + 46 + name_len] == name:
            bits = int.from_bytes(out[at + 8 : at + 10], "little") | flag
            out[at + 8 : at + 10] = bits.to_bytes(2, "little")
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def test_an_encrypted_entry_is_refused():
    data = _set_central_flag(encode(), b"marks.json", 0x1)
    assert refusal(data) == "kantoor.praktijk is versleuteld; dat kent praktijkdesk niet."


def test_an_unknown_compression_is_refused():
    data = rezip(entries(encode()), zipfile.ZIP_BZIP2)
    assert "geen uitwisselbestand van praktijkdesk" in refusal(data)


def test_an_entry_above_the_limit(monkeypatch):
    data = encode()
    biggest = max(len(v) for v in entries(data).values())
    monkeypatch.setattr(fmt, "MAX_ENTRY_BYTES", biggest)
    assert read_bundle_bytes(data).records == records()
    monkeypatch.setattr(fmt, "MAX_ENTRY_BYTES", biggest - 1)
    assert "te groot voor een uitwisselbestand" in refusal(data)


def test_all_entries_together_above_the_limit(monkeypatch):
    data = encode()
    total = sum(len(v) for v in entries(data).values())
    monkeypatch.setattr(fmt, "MAX_TOTAL_BYTES", total)
    assert read_bundle_bytes(data).records == records()
    monkeypatch.setattr(fmt, "MAX_TOTAL_BYTES", total - 1)
    assert "te groot voor een uitwisselbestand" in refusal(data)


def test_a_zip_bomb_is_refused_and_a_well_packed_file_is_not(monkeypatch):
    parts = entries(encode())
    # 400 kB of one repeated record packs far more than 200×.
    parts["marks.json"] = b"[" + b" " * 400_000 + b"]"
    data = rezip(parts)
    info = {i.filename: i for i in zipfile.ZipFile(__import__("io").BytesIO(data)).infolist()}
    ratio = info["marks.json"].file_size / info["marks.json"].compress_size
    assert ratio > 200
    monkeypatch.setattr(fmt, "RATIO_FLOOR", 400_001)
    assert "zip-bom" in refusal(data)
    # At the floor itself the ratio is not looked at (here the checksum refuses it instead).
    monkeypatch.setattr(fmt, "RATIO_FLOOR", 400_002)
    assert "zip-bom" not in refusal(data)


def test_the_bomb_ratio_is_strictly_above_two_hundred(monkeypatch):
    data = rezip(entries(encode()), zipfile.ZIP_STORED)
    monkeypatch.setattr(fmt, "RATIO_FLOOR", 10)
    # Lie in the directory: marks.json unpacks to exactly 200× or 201× its packed size.
    assert read_bundle_bytes(_set_central_size(data, b"marks.json", 200)).records == records()
    assert "zip-bom" in refusal(_set_central_size(data, b"marks.json", 201))


def _set_central_size(data: bytes, name: bytes, times: int) -> bytes:
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        name_len = int.from_bytes(out[at + 28 : at + 30], "little")
        if out[at + 46 : at + 46 + name_len] == name:
            packed = int.from_bytes(out[at + 20 : at + 24], "little")
            out[at + 24 : at + 28] = (packed * times).to_bytes(4, "little")
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def test_a_damaged_entry_is_refused():
    data = rezip(entries(encode()), zipfile.ZIP_STORED)
    # Change one byte of the stored marks.json: its CRC no longer holds.
    at = data.find(b'"mark-1"')
    damaged = data[:at] + b"'" + data[at + 1 :]
    assert refusal(damaged) == (
        "kantoor.praktijk is beschadigd of nog niet helemaal binnen; er is niets ingelezen."
    )


def test_a_damaged_packed_entry_is_refused():
    # Fixed by #11: a zlib.error from a damaged deflate stream is a Dutch refusal.
    data = bytearray(encode())
    start = data.find(b"guides.json") + len("guides.json") + 40
    for i in range(start, start + 20):
        data[i] ^= 0xFF
    assert refusal(bytes(data)) == (
        "kantoor.praktijk is beschadigd of nog niet helemaal binnen; er is niets ingelezen."
    )


# --- the manifest -------------------------------------------------------------------------------
def test_an_unreadable_manifest():
    parts = entries(encode())
    parts[MANIFEST] = b"{not json"
    assert refusal(rezip(parts)) == (
        "De inhoudsopgave van kantoor.praktijk is onleesbaar; er is niets ingelezen."
    )
    parts[MANIFEST] = b"\xff\xfe"
    assert "onleesbaar" in refusal(rezip(parts))


def test_a_manifest_above_its_limit(monkeypatch):
    data = encode()
    size = len(entries(data)[MANIFEST])
    monkeypatch.setattr(fmt, "MAX_MANIFEST_BYTES", size)
    assert read_bundle_bytes(data).records == records()
    monkeypatch.setattr(fmt, "MAX_MANIFEST_BYTES", size - 1)
    assert refusal(data) == (
        "kantoor.praktijk is beschadigd of aangepast (de controlesom van manifest.json klopt "
        "niet: het is groter dan opgegeven). Er is niets ingelezen."
    )


@pytest.mark.parametrize("manifest", [[], {"format": 1}, {"no": "format"}])
def test_a_manifest_of_another_shape(manifest):
    parts = entries(encode())
    parts[MANIFEST] = json.dumps(manifest).encode()
    assert refusal(rezip(parts)) == "kantoor.praktijk is geen uitwisselbestand van praktijkdesk."


def test_a_newer_and_a_foreign_format():
    newer = with_manifest(encode(), lambda m: m.update(format="praktijkdesk-bundle/4"))
    assert refusal(newer) == (
        "kantoor.praktijk is gemaakt met een nieuwere versie van praktijkdesk "
        "(praktijkdesk-bundle/4). Installeer de nieuwste versie; er is niets ingelezen."
    )
    foreign = with_manifest(encode(), lambda m: m.update(format="andere-app/1"))
    assert refusal(foreign) == "kantoor.praktijk is geen uitwisselbestand van praktijkdesk."


def _without(data: bytes, kind: str, **manifest_changes) -> bytes:
    """The bundle without ``kind``'s payload, its manifest made to fit (and changed)."""
    parts = entries(data)
    del parts[f"{kind}.json"]
    manifest = json.loads(parts[MANIFEST])
    del manifest["files"][f"{kind}.json"]
    del manifest["counts"][kind]
    manifest.update(manifest_changes)
    manifest["sha256"] = fmt._files_digest(manifest["files"])
    parts[MANIFEST] = json.dumps(manifest).encode()
    return rezip(parts)


def test_schools_may_be_missing_but_erasures_may_not():
    # Schools came later (#14): a bundle without schools.json reads as having none.
    recs = records()
    for kind in ("employers", "trajectories"):
        for row in recs[kind]:
            row["school_id"] = None
    bundle = read_bundle_bytes(_without(encode(recs), "schools"))
    expected = dict(recs, schools=[])
    assert bundle.records == expected
    # Erasures are part of format 2: a format-2 file without them is incomplete.
    assert refusal(_without(encode(), "erasures")) == (
        "De inhoudsopgave van kantoor.praktijk is onvolledig of aangepast; er is niets ingelezen."
    )


def test_format_one_has_no_erasures_and_no_clock_stamps():
    v1 = fmt.FORMAT_V1
    # A format-1 manifest that lists erasures.json does not match its format.
    assert refusal(with_manifest(encode(), lambda m: m.update(format=v1))) == (
        "De inhoudsopgave van kantoor.praktijk is onvolledig of aangepast; er is niets ingelezen."
    )
    # Without erasures, but with format-2 marks (hlc): not the fields of a format-1 mark.
    assert refusal(_without(encode(), "erasures", format=v1)) == (
        "kantoor.praktijk, marks.json: beoordeling 1 heeft niet de juiste velden."
    )
    recs = records()
    for kind in ("marks", "conclusions"):
        for row in recs[kind]:
            del row["hlc"]
    recs["erasures"] = []
    bundle = read_bundle_bytes(_without(encode(recs), "erasures", format=v1))
    assert bundle["erasures"] == []
    assert [row["hlc"] for row in bundle["marks"]] == [
        "001772442000000000-000000",
        "001772442300000000-000000",
    ]
    assert [row["hlc"] for row in bundle["conclusions"]] == ["001772442000000000-000000"] * 2


def test_format_two_keeps_its_clock_stamps_and_checks_them():
    bundle = read_bundle_bytes(encode())
    assert [row["hlc"] for row in bundle["marks"]] == [
        "001772442000000000-000003",
        "001772442300000123-000000",
    ]
    for kind, label in (("marks", "beoordeling"), ("conclusions", "afronding")):
        rows = records()[kind]
        del rows[1]["hlc"]
        assert refusal(_rows(kind, rows)) == (
            f"kantoor.praktijk, {kind}.json: {label} 2 heeft niet de juiste velden."
        )
        for bad in (
            "001772442000000000",
            "1772442000000000-000000",
            None,
            "001772442000000000-00000a",
        ):
            rows = records()[kind]
            rows[1]["hlc"] = bad
            assert refusal(_rows(kind, rows)) == (
                f"kantoor.praktijk, {kind}.json: {label} 2 heeft een ongeldige waarde in "
                "'hlc'. Er is niets ingelezen."
            ), bad


BAD_MANIFESTS = {
    "created_at not a moment": lambda m: m.update(created_at="gisteren"),
    "no device": lambda m: m.update(device_id=""),
    "device too long": lambda m: m.update(device_id="d" * 65),
    "app version too long": lambda m: m.update(app_version="1" * 41),
    "scope not an object": lambda m: m.update(scope="trajectory"),
    "unknown scope": lambda m: m.update(scope={"kind": "alles"}),
    "counts not an object": lambda m: m.update(counts=[]),
    "a count missing": lambda m: m["counts"].pop("marks"),
    "a negative count": lambda m: m["counts"].update(marks=-1),
    "files not an object": lambda m: m.update(files=[]),
    "a file missing": lambda m: m["files"].pop("marks.json"),
    "a file not an object": lambda m: m["files"].update({"marks.json": "x"}),
    "a size not a number": lambda m: m["files"]["marks.json"].update(size="12"),
    "a checksum not hex": lambda m: m["files"]["marks.json"].update(sha256="X" * 64),
    "a checksum not text": lambda m: m["files"]["marks.json"].update(sha256=12),
}


@pytest.mark.parametrize("change", BAD_MANIFESTS.values(), ids=BAD_MANIFESTS.keys())
def test_an_incomplete_manifest(change):
    assert refusal(with_manifest(encode(), change)) == (
        "De inhoudsopgave van kantoor.praktijk is onvolledig of aangepast; er is niets ingelezen."
    )


@pytest.mark.parametrize("length", [1, 64])
def test_device_ids_of_allowed_length(length):
    data = encode(device_id="d" * length, app_version="1" * 40)
    assert read_bundle_bytes(data).device_id == "d" * length


def test_a_changed_file_list_breaks_the_manifest_checksum():
    def change(m):
        m["files"]["marks.json"]["size"] += 1

    assert refusal(with_manifest(encode(), change)) == (
        "kantoor.praktijk is beschadigd of aangepast (de controlesom klopt niet). "
        "Er is niets ingelezen."
    )


def _relist(m, name, **fields):
    m["files"][name].update(fields)
    m["sha256"] = fmt._files_digest(m["files"])


def test_a_payload_that_differs_from_its_checksum():
    data = with_manifest(encode(), lambda m: _relist(m, "marks.json", sha256="0" * 64))
    assert refusal(data) == (
        "kantoor.praktijk is beschadigd of aangepast (de controlesom van marks.json klopt niet). "
        "Er is niets ingelezen."
    )


def test_a_payload_shorter_than_listed_with_the_right_checksum():
    data = encode()
    size = len(entries(data)["people.json"])
    changed = with_manifest(data, lambda m: _relist(m, "people.json", size=size + 5))
    assert "de controlesom van people.json klopt niet" in refusal(changed)


def test_a_payload_longer_than_listed():
    data = encode()
    size = len(entries(data)["people.json"])
    changed = with_manifest(data, lambda m: _relist(m, "people.json", size=size - 1))
    assert "people.json klopt niet: het is groter dan opgegeven" in refusal(changed)


def test_manifest_file_list_that_does_not_match_the_zip():
    parts = entries(encode())
    del parts["signatures.json"]
    assert refusal(rezip(parts)) == (
        "kantoor.praktijk is onvolledig of aangepast: de inhoud klopt niet met de "
        "inhoudsopgave. Er is niets ingelezen."
    )


def test_a_record_count_that_differs_from_the_manifest():
    for counted in (1, 3):
        data = with_manifest(encode(), lambda m, n=counted: m["counts"].update(marks=n))
        assert refusal(data) == (
            "kantoor.praktijk, marks.json klopt niet met de inhoudsopgave; er is niets ingelezen."
        )


def test_a_sync_file_needs_a_positive_number():
    for scope in (
        {"kind": "sync"},
        {"kind": "sync", "number": 0},
        {"kind": "sync", "number": True},
        {"kind": "sync", "number": "1"},
    ):
        assert refusal(encode(scope=scope)) == (
            "De inhoudsopgave van kantoor.praktijk is onvolledig; er is niets ingelezen."
        )
    assert (
        read_bundle_bytes(encode(scope={"kind": "employer", "id": "emp-1"})).scope["kind"]
        == "employer"
    )
    # Sync numbers stay below 10**9 (#13, docs/exchange.md).
    assert read_bundle_bytes(encode(scope={"kind": "sync", "number": 10**9 - 1})).scope == {
        "kind": "sync",
        "number": 10**9 - 1,
    }
    assert refusal(encode(scope={"kind": "sync", "number": 10**9})) == (
        "De inhoudsopgave van kantoor.praktijk is onvolledig; er is niets ingelezen."
    )


def test_a_signed_bundle_names_its_key_and_a_changed_one_is_refused():
    # #13: a bundle is signed with the device's key; the manifest carries the public key.
    from praktijkdesk.bundles import signing

    private = signing.new_private_key()
    data = encode(private_key=private)
    bundle = read_bundle_bytes(data)
    assert bundle.public_key == signing.public_key_of(private)
    assert bundle.records == records()
    assert read_bundle_bytes(encode()).public_key is None
    for change in (
        lambda m: m.update(app_version="9.9.9"),
        lambda m: m.update(signature="AAAA"),
        lambda m: m.pop("signature"),
    ):
        assert refusal(with_manifest(data, change)) == (
            "kantoor.praktijk is aangepast na het ondertekenen (de handtekening van het apparaat "
            "klopt niet). Er is niets ingelezen."
        )


# --- the records ----------------------------------------------------------------------------
def _payload(kind: str, raw: bytes) -> bytes:
    """A bundle whose ``kind`` payload is ``raw``, with every checksum and count made to fit."""
    data = encode()
    parts = entries(data)
    parts[f"{kind}.json"] = raw
    manifest = json.loads(parts[MANIFEST])
    manifest["files"][f"{kind}.json"] = {
        "sha256": hashlib.sha256(raw).hexdigest(),
        "size": len(raw),
    }
    try:
        manifest["counts"][kind] = len(json.loads(raw))
    except (ValueError, TypeError, RecursionError):
        pass
    manifest["sha256"] = fmt._files_digest(manifest["files"])
    parts[MANIFEST] = json.dumps(manifest).encode()
    return rezip(parts)


def _rows(kind: str, rows) -> bytes:
    return _payload(kind, json.dumps(rows, ensure_ascii=False).encode())


def test_a_payload_that_is_not_json_or_not_a_list():
    assert refusal(_payload("marks", b"[{")) == (
        "kantoor.praktijk, marks.json is geen geldige JSON; er is niets ingelezen."
    )
    assert "marks.json is geen geldige JSON" in refusal(_payload("marks", b"\xff"))
    assert "marks.json is geen geldige JSON" in refusal(_payload("marks", b"[" * 100_000))
    assert "marks.json klopt niet met de inhoudsopgave" in refusal(_rows("marks", {"a": 1}))


def with_person_merge() -> dict[str, list[dict]]:
    """records() with the optional kind of issue #20: a second record of Marloes, merged."""
    recs = records()
    recs["people"].append({**recs["people"][1], "id": "marloes-laptop"})
    recs["person_merges"] = [
        {
            "drop_id": "marloes-laptop",
            "keep_id": "marloes",
            "name": "Marloes Bakker",
            "role": "jobcoach",
            "merged_at": recs["people"][1]["created_at"],
            "device_id": "dev-b",
        }
    ]
    return recs


def test_a_person_merge_travels_and_is_checked():
    recs = with_person_merge()
    bundle = read_bundle_bytes(encode(recs))
    assert bundle["person_merges"] == recs["person_merges"]
    assert missing_references(bundle) == {}
    bad = with_person_merge()
    bad["person_merges"][0]["role"] = "directeur"
    assert "ongeldige waarde in 'role'" in refusal(encode(bad))
    del bad["people"][2]
    bad["person_merges"][0]["role"] = "jobcoach"
    assert missing_references(read_bundle_bytes(encode(bad))) == {"people": {"marloes-laptop"}}


LABELS = {
    "guides": "begeleidingsdocument",
    "employers": "leerbedrijf",
    "people": "persoon",
    "candidates": "kandidaat",
    "candidate_merges": "samenvoeging",
    "trajectories": "traject",
    "marks": "beoordeling",
    "conclusions": "afronding",
    "declarations": "praktijkverklaring",
    "signatures": "handtekening",
    "schools": "school",
    "erasures": "wissing",
    "person_merges": "samenvoeging van personen",
}


@pytest.mark.parametrize("kind", KINDS)
def test_a_record_with_a_missing_field_is_named_by_kind_and_position(kind):
    rows = with_person_merge()[kind]
    rows.append(dict(rows[0]))
    rows[-1].pop(next(iter(rows[-1])))
    position = len(rows)
    assert refusal(_rows(kind, rows)) == (
        f"kantoor.praktijk, {kind}.json: {LABELS[kind]} {position} heeft niet de juiste velden."
    )


def test_a_record_that_is_not_an_object():
    assert refusal(_rows("people", ["fatma"])) == (
        "kantoor.praktijk, people.json: persoon 1 heeft niet de juiste velden."
    )


@pytest.mark.parametrize("kind", KINDS)
def test_the_same_record_twice_in_one_payload(kind):
    rows = with_person_merge()[kind]
    rows.append(dict(rows[0]))
    key = fmt.KEYS[kind]
    assert refusal(_rows(kind, rows)).endswith(
        f"{kind}.json: {LABELS[kind]} {rows[0][key]} staat er twee keer in."
    )


def test_record_keys_per_kind():
    assert fmt.KEYS == {
        "guides": "key",
        "employers": "id",
        "people": "id",
        "candidates": "id",
        "candidate_merges": "drop_id",
        "trajectories": "id",
        "marks": "uuid",
        "conclusions": "uuid",
        "declarations": "id",
        "signatures": "id",
        "schools": "id",
        "erasures": "candidate_id",
        "person_merges": "drop_id",
    }


def test_a_wrong_value_names_the_field_and_the_position():
    rows = records()["marks"]
    rows[1]["at"] = "gisteren"
    assert refusal(_rows("marks", rows)) == (
        "kantoor.praktijk, marks.json: beoordeling 2 heeft een ongeldige waarde in 'at'. "
        "Er is niets ingelezen."
    )


def test_a_mark_or_conclusion_that_is_both_or_neither_an_undo_and_a_judgement():
    for kind, field in (("marks", "status"), ("conclusions", "value")):
        both = records()[kind]
        both[0]["undoes_uuid"] = both[1]["uuid"]
        assert refusal(_rows(kind, both)) == (
            f"kantoor.praktijk, {kind}.json: {LABELS[kind]} 1 is tegelijk een ongedaan-making "
            "en een oordeel."
        )
        neither = records()[kind]
        neither[1][field] = None
        neither[1]["undoes_uuid"] = None
        assert "2 is tegelijk een ongedaan-making" in refusal(_rows(kind, neither))


def test_a_guide_that_is_not_a_guide_or_not_under_its_key():
    rows = records()["guides"]
    rows[0]["content"] = "{}"
    assert refusal(_rows("guides", rows)).startswith(
        "kantoor.praktijk, guides.json: begeleidingsdocument 1 is geen geldig begeleidingsdocument: "
    )
    rows = records()["guides"]
    rows[0]["key"] = "iets-anders@1"
    assert refusal(_rows("guides", rows)) == (
        "kantoor.praktijk, guides.json: begeleidingsdocument 1 heeft een andere sleutel dan "
        "zijn inhoud."
    )


def test_a_declaration_whose_pdf_is_damaged_or_does_not_match_its_checksum():
    rows = records()["declarations"]
    rows[0]["pdf"] = "niet base64!"
    assert refusal(_rows("declarations", rows)) == (
        "kantoor.praktijk, declarations.json: praktijkverklaring 1: de PDF is beschadigd."
    )
    rows = records()["declarations"]
    rows[0]["sha256"] = "ab" * 32
    assert refusal(_rows("declarations", rows)) == (
        "kantoor.praktijk, declarations.json: praktijkverklaring 1: de PDF klopt niet met zijn "
        "controlesom."
    )


def test_a_damaged_signature():
    rows = records()["signatures"]
    rows[0]["strokes"] = "[[1, 2"
    assert refusal(_rows("signatures", rows)) == (
        "kantoor.praktijk, signatures.json: handtekening 1: de handtekening is beschadigd."
    )


# --- field values at their edges --------------------------------------------------------------
def _check(kind, field):
    return fmt.SCHEMAS[kind][field]


# (kind, field, longest allowed) for every text field with a length limit.
LIMITS = [
    ("guides", "content", 4 * 1024 * 1024),
    ("employers", "place", 120),
    ("employers", "sbb_number", 120),
    ("employers", "rev_device", 64),
    ("candidate_merges", "device_id", 64),
    ("marks", "behaviour_id", 200),
    ("marks", "device_id", 64),
    ("marks", "note", 500),
    ("conclusions", "work_process_code", 40),
    ("conclusions", "reason", 500),
    ("conclusions", "device_id", 64),
    ("people", "rev_device", 64),
    ("declarations", "number", 40),
    ("declarations", "snapshot", 1024 * 1024),
    ("declarations", "pdf", 64 * 1024 * 1024),
    ("declarations", "withdrawn_reason", 500),
    ("signatures", "role", 40),
    ("signatures", "name", 120),
    ("signatures", "strokes", 2 * 1024 * 1024),
    ("signatures", "snapshot_sha256", 64),
    ("schools", "brin", 4),
    ("schools", "place", 120),
    ("schools", "contact_name", 120),
    ("schools", "contact_phone", 20),
    ("schools", "contact_email", 120),
    ("schools", "series", 8),
    ("schools", "rev_device", 64),
    ("employers", "manager_name", 120),
    ("erasures", "device_id", 64),
]


class _Claimed(str):
    """A text that claims a length: a 64 MB edge without 64 MB of memory (a file that lies)."""

    claimed = 0

    def __len__(self):
        return self.claimed


def _text_of_length(length: int) -> str:
    if length <= 64 * 1024:
        return "a" * length
    text = _Claimed("a" * 10)
    text.claimed = length
    return text


@pytest.mark.parametrize(("kind", "field", "limit"), LIMITS, ids=[f"{k}.{f}" for k, f, _ in LIMITS])
def test_text_limits_hold_at_the_exact_edge(kind, field, limit):
    check = _check(kind, field)
    assert check(_text_of_length(limit))
    assert not check(_text_of_length(limit + 1))
    assert check("")
    assert not check("a\x00b") and not check("a\x1fb") and not check(5)
    assert check(None) is (field == "withdrawn_reason")
    assert check("a\tb\nc\rd"[:limit])  # tab, newline and carriage return are text


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        ("employers", "name"),
        ("people", "name"),
        ("candidates", "name"),
        ("candidate_merges", "name"),
    ],
)
def test_names_in_a_bundle_are_clean_and_at_most_120(kind, field):
    check = _check(kind, field)
    assert check("Ä" * 120) and not check("Ä" * 121)
    assert not check(" Ana") and not check("Ana  Lopes") and not check("1234")
    assert check("Şükrü Öztürk")


def test_ids():
    check = _check("marks", "uuid")
    assert check("a" * 200) and not check("a" * 201)
    assert check("0b7c:dev-a@x+y.z_1-2") and check("A")
    for bad in ("", "-a", "../x", "a/b", "a b", "é", 5, None):
        assert not check(bad), bad
    assert _check("people", "employer_id")(None)
    assert not _check("trajectories", "employer_id")(None)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="these long forms need Python 3.11")
def test_moments_at_most_forty_characters():
    check = _check("marks", "at")
    forty = "2026-03-02T09:00:00.1234+00:00:00.123456"
    assert len(forty) == 40 and check(forty)
    assert not check("2026-03-02T09:00:00.12345+00:00:00.123456")


def test_moments_need_a_time_zone():
    check = _check("marks", "at")
    assert check(AT) and check("2026-03-02T09:00:00Z")
    for bad in ("2026-03-02T09:00:00", "gisteren", "", None, 20260302):
        assert not check(bad), bad


def test_dates_are_ten_characters():
    check = _check("candidates", "birth_date")
    assert check("1991-04-17") and check(None)
    for bad in ("20260302", "1991-02-30", "17-04-1991", "", 19910417):
        assert not check(bad), bad


def test_counters_are_whole_numbers_from_zero_below_two_to_the_62nd():
    check = fmt._int  # counts, sizes and sync numbers in the manifest
    assert check(0) and check(2**62 - 1)
    for bad in (-1, 2**62, True, False, 1.0, "1", None):
        assert not check(bad), bad
    # A record's revision is bounded far lower (#13, docs/exchange.md): at most 10**9.
    rev = _check("employers", "rev")
    assert fmt.MAX_REV == 10**9
    assert rev(0) and rev(10**9) and not rev(10**9 + 1) and not rev(2**62 - 1)
    for bad in (-1, True, False, 1.0, "1", None):
        assert not rev(bad), bad


def test_lists_and_choices():
    wps = _check("trajectories", "work_processes")
    assert wps(["B1-K1-W1"] * 500) and not wps(["B1-K1-W1"] * 501)
    assert wps([]) and not wps("B1-K1-W1") and not wps(["x" * 41])
    parents = _check("marks", "parents")
    assert parents(["m"] * 1000) and not parents(["m"] * 1001) and not parents(["../m"])
    assert _check("marks", "status")(None) and not _check("marks", "status")("super")
    assert all(_check("marks", "status")(s) for s in ("not_yet", "practising", "mastered"))
    assert all(_check("conclusions", "value")(v) for v in (None, "mastered", "revoked"))
    assert not _check("conclusions", "value")("not_yet")
    assert all(_check("trajectories", "status")(s) for s in ("active", "closed"))
    assert not _check("trajectories", "status")("paused")
    assert all(_check("people", "role")(r) for r in ("trainer", "jobcoach"))
    wording = _check("schools", "wording")
    assert all(wording(w) for w in ("issued_by", "on_behalf_of", "registered_by"))
    assert not wording("signed_by") and not wording(None)
    co_signs = _check("schools", "co_signs")
    assert co_signs(0) and co_signs(1) and not co_signs(2) and not co_signs(None)
    erased = _check("erasures", "trajectory_ids")
    assert erased(["t"] * 10_000) and not erased(["t"] * 10_001) and erased([])
    assert not erased(["../t"]) and not erased("t")
    assert _check("employers", "school_id")(None) and _check("trajectories", "school_id")(None)
    assert not _check("employers", "school_id")("a b")
    assert not _check("trajectories", "school_id")("")
    sha = _check("declarations", "sha256")
    assert sha("0" * 64) and not sha("0" * 63) and not sha("A" * 64) and not sha(None)


def test_the_fields_of_every_kind():
    for kind, rows in records().items():
        assert set(fmt.SCHEMAS[kind]) == set(rows[0]), kind


# --- references ---------------------------------------------------------------------------------
def _bundle(change) -> Bundle:
    recs = records()
    change(recs)
    return read_bundle_bytes(encode(recs))


def test_a_complete_bundle_needs_nothing_from_the_device():
    assert missing_references(read_bundle_bytes(encode())) == {}


def test_what_a_partial_bundle_needs_from_the_device():
    def strip(recs):
        for kind in ("guides", "employers", "people", "candidates", "trajectories", "declarations"):
            recs[kind] = []

    # Only what the remaining marks, conclusions and signatures point at.
    assert missing_references(_bundle(strip)) == {
        "people": {"fatma"},
        "trajectories": {"traj-1"},
        "declarations": {"decl-1"},
    }


def test_each_reference_is_followed():
    def only(kind):
        def change(recs):
            keep = recs[kind]
            for k in KINDS:
                recs[k] = []
            recs[kind] = keep

        return change

    assert missing_references(_bundle(only("people"))) == {"employers": {"emp-1"}}
    assert missing_references(_bundle(only("marks"))) == {
        "trajectories": {"traj-1"},
        "people": {"fatma"},
    }
    assert missing_references(_bundle(only("conclusions"))) == {
        "trajectories": {"traj-1"},
        "people": {"fatma"},
    }
    assert missing_references(_bundle(only("declarations"))) == {
        "trajectories": {"traj-1"},
        "people": {"fatma", "marloes"},
    }
    assert missing_references(_bundle(only("signatures"))) == {"declarations": {"decl-1"}}
    trajectories = missing_references(_bundle(only("trajectories")))
    assert trajectories == {
        "candidates": {"cand-1", "cand-2"},
        "guides": {records()["guides"][0]["key"]},
        "employers": {"emp-1"},
        "people": {"fatma", "marloes"},
        "schools": {"school-1", "school-2"},
    }
    assert missing_references(_bundle(only("employers"))) == {"schools": {"school-1"}}
    assert missing_references(_bundle(only("schools"))) == {}
    assert missing_references(_bundle(only("erasures"))) == {}


def test_a_trajectory_pointing_at_a_merged_candidate_needs_no_candidate_record():
    def merged(recs):
        recs["trajectories"][1]["candidate_id"] = "cand-old"  # merged into cand-1
        recs["candidates"] = []

    assert missing_references(_bundle(merged)) == {"candidates": {"cand-1"}}


def test_no_jobcoach_and_no_withdrawal_need_nothing():
    def plain(recs):
        recs["trajectories"][0]["jobcoach_id"] = None
        recs["declarations"][0].update(withdrawn_at=None, withdrawn_by=None, withdrawn_reason=None)
        recs["people"] = [p for p in recs["people"] if p["id"] != "marloes"]
        recs["people"][0]["employer_id"] = None
        for kind in ("employers", "trajectories"):
            for row in recs[kind]:
                row["school_id"] = None
        recs["schools"] = []

    assert missing_references(_bundle(plain)) == {}


def test_reading_never_leaves_a_temporary_file(tmp_path):
    write_bundle(tmp_path / "a.praktijk", encode())
    assert os.listdir(tmp_path) == ["a.praktijk"]


# --- format 3: one payload file (the synced folder's files, issue #18) -----------------------
def v3(recs: dict | None = None, **manifest) -> bytes:
    return encode(recs, one_payload=True, **manifest)


def test_format_three_holds_the_same_records_in_one_payload_file():
    data = v3(scope={"kind": "sync", "number": 7})
    bundle = read_bundle_bytes(data)
    assert bundle.records == records()  # empty kinds read as empty, as in format 2
    manifest = bundle.manifest
    assert manifest["format"] == fmt.FORMAT_V3 == "praktijkdesk-bundle/3"
    parts = entries(data)
    assert sorted(parts) == [MANIFEST, fmt.RECORDS]
    body = json.loads(parts[fmt.RECORDS])
    present = [k for k in KINDS if records().get(k)]
    assert sorted(body) == sorted(present) and sorted(manifest["counts"]) == sorted(present)
    assert manifest["files"] == {
        fmt.RECORDS: {
            "sha256": hashlib.sha256(parts[fmt.RECORDS]).hexdigest(),
            "size": len(parts[fmt.RECORDS]),
        }
    }
    assert "Şükrü Öztürk".encode() in parts[fmt.RECORDS]
    assert b"\n" not in parts[MANIFEST]  # compact: a manifest per small file adds up


def test_format_three_is_much_smaller_for_a_few_marks():
    """What it is for: a synced-folder round with three marks."""
    few = {k: [] for k in KINDS}
    full = records()
    for kind in ("employers", "people", "candidates", "trajectories"):
        few[kind] = full[kind][:1]
    few["marks"] = [
        dict(full["marks"][0], uuid=f"{i:08d}-0000-4000-8000-000000000000") for i in range(3)
    ]
    few["people"] = [p for p in full["people"] if p["id"] == few["marks"][0]["person_id"]][:1]
    assert len(v3(few)) < 0.6 * len(encode(few))


def test_format_three_refuses_what_format_two_refuses():
    good = v3()
    parts = entries(good)
    body = json.loads(parts[fmt.RECORDS])

    def with_body(change) -> bytes:
        changed = json.loads(json.dumps(body))
        change(changed)
        raw = json.dumps(changed).encode()

        def relist(m):
            m["files"][fmt.RECORDS] = {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}
            m["sha256"] = fmt._files_digest(m["files"])

        return with_manifest(rezip({**parts, fmt.RECORDS: raw}), relist)

    # A changed byte: the checksum.
    raw = parts[fmt.RECORDS]
    damaged = rezip({**parts, fmt.RECORDS: raw[:10] + bytes([raw[10] ^ 1]) + raw[11:]})
    assert "controlesom van records.json klopt niet" in refusal(damaged)
    # A kind the manifest does not count, or one it counts that is not there.
    assert "klopt niet met de inhoudsopgave" in refusal(with_body(lambda b: b.update(schools=[])))
    assert "klopt niet met de inhoudsopgave" in refusal(with_body(lambda b: b.pop("marks")))
    # Not an object of lists; a record count that differs; a bad value: named by kind.
    assert "geen geldige JSON" not in refusal(with_body(lambda b: b.update(marks={})))
    assert "klopt niet met de inhoudsopgave" in refusal(with_body(lambda b: b["marks"].pop()))
    wrong = refusal(with_body(lambda b: b["marks"][0].update(status="super")))
    assert "records.json (marks)" in wrong and "'status'" in wrong
    not_json = rezip({**parts, fmt.RECORDS: b"{nope"})
    assert "geen geldige JSON" in refusal(
        with_manifest(
            not_json,
            lambda m: (
                m["files"].update(
                    {fmt.RECORDS: {"sha256": hashlib.sha256(b"{nope").hexdigest(), "size": 5}}
                ),
                m.update(sha256=fmt._files_digest(m["files"])),
            ),
        )
    )
    # Format 3 has records.json and nothing else; format 2 has no records.json.
    mixed = rezip({**parts, "marks.json": b"[]"})
    assert "onvolledig of aangepast" in refusal(mixed)
    two = encode()
    relabelled = with_manifest(two, lambda m: m.update(format=fmt.FORMAT_V3))
    assert "onvolledig of aangepast" in refusal(relabelled)
    three_as_two = with_manifest(good, lambda m: m.update(format=FORMAT))
    assert "onvolledig of aangepast" in refusal(three_as_two)


def test_a_signed_format_three_file_names_its_key_and_a_changed_one_is_refused():
    from praktijkdesk.bundles import signing

    key = signing.new_private_key()
    data = v3(private_key=key, scope={"kind": "sync", "number": 3})
    assert read_bundle_bytes(data).public_key == signing.public_key_of(key)
    forged = with_manifest(data, lambda m: m["scope"].update(number=4))
    assert "handtekening" in refusal(forged)
