"""The bundle file: a zip with ``manifest.json`` and one JSON file per kind of record.

Format "praktijkdesk-bundle/1" (docs/exchange.md). The manifest names every payload file
with its size and sha256, and ``sha256`` over that list, so a changed, cut-off or half-synced
file is refused. A checksum is not a signature: it proves the file is whole, not who made it.

Reading checks, in this order, before anything else looks at the data: the file size, the
zip's entry names (only the expected names: no folders, no ``..``, no absolute paths), sizes
and compression ratios (zip bombs), the manifest's format and version, the checksums, then
every record's fields (types, lengths, allowed values) and the references inside the bundle.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import io
import json
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from praktijkdesk.bundles import signing
from praktijkdesk.domain import hlc
from praktijkdesk.domain.names import normalise
from praktijkdesk.errors import InvalidGuide, InvalidInput, os_reason
from praktijkdesk.guides.json_format import load_json as load_guide_json
from praktijkdesk.platform import write_bytes_atomically
from praktijkdesk.platform.files import O_BINARY

# Version 2 (issue #13): marks and conclusions carry their clock stamp ``hlc``, and
# ``erasures.json`` lists erased candidates (id and moment only). Version 1 files are still
# read: their events get their wall time as stamp, and they hold no erasures.
FORMAT = "praktijkdesk-bundle/2"
FORMAT_V1 = "praktijkdesk-bundle/1"
# Version 3 (issue #18): the same records and checks, in one payload file (``records.json``:
# kind → rows, empty kinds left out) under a compact manifest. A zip entry and a checksum
# per kind cost about 2 KB a file whatever it holds: most of a synced-folder file with three
# marks. The synced folder writes version 3; a bundle a person carries stays version 2, so a
# colleague with an older praktijkdesk can still read it.
FORMAT_V3 = "praktijkdesk-bundle/3"
FORMATS = (FORMAT_V1, FORMAT, FORMAT_V3)
RECORDS = "records.json"
_FORMAT_FAMILY = "praktijkdesk-bundle/"
BUNDLE_SUFFIX = ".praktijk"
MANIFEST = "manifest.json"

# Order matters: records are written and stored in this order (references point backwards).
KINDS = (
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
KINDS_V1 = tuple(k for k in KINDS if k not in ("erasures", "person_merges"))  # no erasures.json
SCOPES = ("trajectory", "employer", "all", "sync")
# Kinds and fields added after the first bundles were made: a bundle without them is read as
# if they were empty (kinds) or had these values (fields). Writing always includes them.
OPTIONAL_KINDS = frozenset({"schools", "person_merges"})
# Kinds written only when there is something in them (issue #20: person merges): a file
# without a person merge has exactly the entries an earlier version knows, so it reads there;
# a file with one is refused there whole ("onverwacht bestand"), never half-read.
SPARSE_KINDS = frozenset({"person_merges"})
OPTIONAL_FIELDS: dict[str, dict] = {
    "employers": {"manager_name": "", "school_id": None},
    "trajectories": {"school_id": None},
}

MAX_FILE_BYTES = 256 * 1024 * 1024  # the .praktijk file on disk
MAX_ENTRY_BYTES = 512 * 1024 * 1024  # one payload file, uncompressed
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # all payload files together, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_REV = 10**9  # a record's revision: far beyond any real number of edits, far below overflow


class InvalidBundle(InvalidInput):
    """A bundle file that cannot be used; nothing has been stored."""

    code = "invalid_bundle"


@dataclass(frozen=True)
class Bundle:
    manifest: dict
    records: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def device_id(self) -> str:
        return self.manifest["device_id"]

    @property
    def created_at(self) -> str:
        return self.manifest["created_at"]

    @property
    def scope(self) -> dict:
        return self.manifest["scope"]

    @property
    def public_key(self) -> str | None:
        """The key that signed the file (checked by read_bundle); None when unsigned."""
        return self.manifest.get("public_key")

    def __getitem__(self, kind: str) -> list[dict]:
        return self.records.get(kind, [])


# --- record schemas -----------------------------------------------------------------------
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,199}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _id(value):
    return isinstance(value, str) and bool(_ID.match(value))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _text(limit):
    def check(value):
        return isinstance(value, str) and len(value) <= limit and not _CONTROL.search(value)

    return check


def _name(value):
    return _text(120)(value) and value == normalise(value) and any(ch.isalpha() for ch in value)


def _timestamp(value):
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return moment.tzinfo is not None


def _date(value):
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _int(value):
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62


def _one_of(*values):
    return lambda value: value in values


def _list_of(check, limit):
    return lambda value: (
        isinstance(value, list) and len(value) <= limit and all(check(v) for v in value)
    )


def _nullable(check):
    return lambda value: value is None or check(value)


_SHORT = _text(120)
_CODE = _text(40)
_NOTE = _text(500)
_VERSIONED = {
    "created_at": _timestamp,
    "rev": lambda v: _int(v) and v <= MAX_REV,
    "rev_device": _text(64),
}

SCHEMAS: dict[str, dict] = {
    "guides": {"key": _id, "content": _text(4 * 1024 * 1024)},
    "schools": {
        "id": _id,
        "name": _name,
        "brin": _text(4),
        "place": _SHORT,
        "contact_name": _SHORT,
        "contact_phone": _text(20),
        "contact_email": _SHORT,
        "wording": _one_of("issued_by", "on_behalf_of", "registered_by"),
        "co_signs": _one_of(0, 1),
        "series": _text(8),
        **_VERSIONED,
    },
    "employers": {
        "id": _id,
        "name": _name,
        "place": _SHORT,
        "sbb_number": _SHORT,
        "manager_name": _SHORT,
        "school_id": _nullable(_id),
        **_VERSIONED,
    },
    "people": {
        "id": _id,
        "name": _name,
        "role": _one_of("trainer", "jobcoach"),
        "employer_id": _nullable(_id),
        **_VERSIONED,
    },
    "candidates": {"id": _id, "name": _name, "birth_date": _nullable(_date), **_VERSIONED},
    "candidate_merges": {
        "drop_id": _id,
        "keep_id": _id,
        "name": _name,
        "birth_date": _nullable(_date),
        "merged_at": _timestamp,
        "device_id": _text(64),
    },
    "person_merges": {
        "drop_id": _id,
        "keep_id": _id,
        "name": _name,
        "role": _one_of("trainer", "jobcoach"),
        "merged_at": _timestamp,
        "device_id": _text(64),
    },
    "trajectories": {
        "id": _id,
        "candidate_id": _id,
        "guide_id": _id,
        "employer_id": _id,
        "trainer_id": _id,
        "jobcoach_id": _nullable(_id),
        "work_processes": _list_of(_CODE, 500),
        "start_date": _date,
        "end_date": _nullable(_date),
        "status": _one_of("active", "closed"),
        "school_id": _nullable(_id),
        **_VERSIONED,
    },
    "marks": {
        "uuid": _id,
        "trajectory_id": _id,
        "behaviour_id": _text(200),
        "status": _one_of(None, "not_yet", "practising", "mastered"),
        "person_id": _id,
        "at": _timestamp,
        "device_id": _text(64),
        "note": _NOTE,
        "undoes_uuid": _nullable(_id),
        "parents": _list_of(_id, 1000),
        "hlc": hlc.is_valid,
    },
    "conclusions": {
        "uuid": _id,
        "trajectory_id": _id,
        "work_process_code": _CODE,
        "value": _one_of(None, "mastered", "revoked"),
        "person_id": _id,
        "at": _timestamp,
        "device_id": _text(64),
        "reason": _NOTE,
        "undoes_uuid": _nullable(_id),
        "hlc": hlc.is_valid,
    },
    "declarations": {
        "id": _id,
        "number": _CODE,
        "trajectory_id": _id,
        "issued_at": _timestamp,
        "issued_by": _id,
        "snapshot": _text(1024 * 1024),
        "pdf": _text(64 * 1024 * 1024),
        "sha256": lambda v: isinstance(v, str) and bool(_HEX64.match(v)),
        "withdrawn_at": _nullable(_timestamp),
        "withdrawn_by": _nullable(_id),
        "withdrawn_reason": _nullable(_NOTE),
    },
    "signatures": {
        "id": _id,
        "declaration_id": _id,
        "role": _CODE,
        "name": _text(120),
        "strokes": _text(2 * 1024 * 1024),
        "snapshot_sha256": _text(64),
        "signed_at": _timestamp,
    },
    "erasures": {
        "candidate_id": _id,
        "erased_at": _timestamp,
        "device_id": _text(64),
        "trajectory_ids": _list_of(_id, 10_000),
    },
}
KEYS = {
    kind: (
        "drop_id"
        if kind in ("candidate_merges", "person_merges")
        else "key"
        if kind == "guides"
        else "uuid"
        if kind in ("marks", "conclusions")
        else "candidate_id"
        if kind == "erasures"
        else "id"
    )
    for kind in KINDS
}

LABELS = {
    "guides": "begeleidingsdocument",
    "schools": "school",
    "employers": "leerbedrijf",
    "people": "persoon",
    "candidates": "kandidaat",
    "candidate_merges": "samenvoeging",
    "trajectories": "traject",
    "person_merges": "samenvoeging van personen",
    "marks": "beoordeling",
    "conclusions": "afronding",
    "declarations": "praktijkverklaring",
    "signatures": "handtekening",
    "erasures": "wissing",
}


# --- writing ------------------------------------------------------------------------------
def _dump(records: list[dict]) -> bytes:
    return json.dumps(records, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def _files_digest(files: dict) -> str:
    canonical = json.dumps(files, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(canonical).hexdigest()


def encode_bundle(
    records: dict[str, list[dict]],
    *,
    device_id: str,
    created_at: str,
    app_version: str,
    scope: dict,
    private_key: str | None = None,
    one_payload: bool = False,
) -> bytes:
    """The bytes of a bundle file holding ``records`` (kind → list of row dicts), signed
    with ``private_key`` (this device's key) when given. ``one_payload``: format 3, every
    kind in one ``records.json`` (the synced folder's files)."""
    if one_payload:
        present = [kind for kind in KINDS if records.get(kind)]
        body = {kind: records[kind] for kind in present}
        payload = {
            RECORDS: json.dumps(
                body, ensure_ascii=False, separators=(",", ":"), sort_keys=True
            ).encode()
        }
    else:
        present = [kind for kind in KINDS if kind not in SPARSE_KINDS or records.get(kind)]
        payload = {f"{kind}.json": _dump(records.get(kind, [])) for kind in present}
    files = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in payload.items()
    }
    manifest = {
        "format": FORMAT_V3 if one_payload else FORMAT,
        "created_at": created_at,
        "device_id": device_id,
        "app_version": app_version,
        "scope": scope,
        "counts": {kind: len(records.get(kind, [])) for kind in present},
        "files": files,
        "sha256": _files_digest(files),
    }
    if private_key is not None:
        manifest = signing.sign_manifest(manifest, private_key)
    layout = {"separators": (",", ":")} if one_payload else {"indent": 2}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, sort_keys=True, **layout))
        for name, data in payload.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def write_bundle(path: str | os.PathLike, data: bytes, *, overwrite: bool = False) -> Path:
    """Write the file via a temporary name and a rename (praktijkdesk.platform): a reader (or a
    sync tool) never sees half a bundle under the real name. An existing file is replaced only
    with ``overwrite``; the file is the user's alone (0600): it holds candidate data."""
    path = Path(path)
    try:
        write_bytes_atomically(path, data, overwrite=overwrite)
    except OSError as exc:
        raise InvalidInput(
            f"Het uitwisselbestand {path} kan niet worden opgeslagen ({os_reason(exc)})."
        ) from exc
    return path


# --- reading ------------------------------------------------------------------------------
def read_bundle(path: str | os.PathLike) -> Bundle:
    # The path as given: Path("") would be "." (the folder), not "no file chosen".
    data = read_regular_file(path, MAX_FILE_BYTES)
    return read_bundle_bytes(data, Path(path).name)


def read_regular_file(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of ``path``, refused unless it is a regular file of at most ``limit`` bytes.

    Opened without blocking and checked on the open handle: a named pipe would otherwise wait
    forever for a writer, a device never end, and a 3 GB file would be read into memory.
    """
    if not str(path).strip():
        raise InvalidBundle("Er is geen bestand gekozen.")
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | O_BINARY
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InvalidBundle(f"Het bestand {path} bestaat niet.") from None
    except IsADirectoryError:
        raise InvalidBundle(f"{path} is een map, geen uitwisselbestand.") from None
    except OSError as exc:
        raise InvalidBundle(_unreadable(path, exc)) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidBundle(f"{path} is een map, geen uitwisselbestand.")
        if not stat.S_ISREG(info.st_mode):
            raise InvalidBundle(
                f"{path.name} is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat); "
                "er is niets ingelezen."
            )
        if info.st_size > limit:
            raise InvalidBundle(_too_big(path.name))
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while we read
            raise InvalidBundle(_too_big(path.name))
        return b"".join(chunks)
    except OSError as exc:
        raise InvalidBundle(_unreadable(path, exc)) from exc
    finally:
        os.close(fd)


def _unreadable(path: Path, exc: OSError) -> str:
    return f"Het bestand {path} kan niet worden gelezen ({os_reason(exc)})."


def _too_big(name: str) -> str:
    return f"{name} is te groot voor een uitwisselbestand; er is niets ingelezen."


def read_bundle_bytes(data: bytes, name: str = "het bestand") -> Bundle:
    """A checked Bundle from a file's bytes, or InvalidBundle with a Dutch message."""
    if len(data) > MAX_FILE_BYTES:
        raise InvalidBundle(_too_big(name))
    foreign = (
        f"{name} is geen uitwisselbestand van praktijkdesk (of het is beschadigd of nog niet "
        "helemaal binnen). Er is niets ingelezen."
    )
    if not data.startswith(b"PK\x03\x04"):
        raise InvalidBundle(foreign)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
        raise InvalidBundle(foreign) from None
    with zf:
        entries = _check_entries(infos, name, foreign)
        manifest = _manifest(_read_entry(zf, entries[MANIFEST], MAX_MANIFEST_BYTES, name), name)
        expected = set(manifest["files"])
        present = [kind for kind in KINDS if f"{kind}.json" in expected]
        if expected != set(entries) - {MANIFEST}:
            raise InvalidBundle(
                f"{name} is onvolledig of aangepast: de inhoud klopt niet met de "
                "inhoudsopgave. Er is niets ingelezen."
            )
        records = {kind: [] for kind in (*OPTIONAL_KINDS, "erasures") if kind not in SPARSE_KINDS}
        if manifest["format"] == FORMAT_V3:  # every kind there, as in format 2
            records = {kind: [] for kind in KINDS if kind not in SPARSE_KINDS}
            body = _parse(
                _checked_entry(zf, entries, manifest, RECORDS, name), f"{name}, {RECORDS}"
            )
            counts = manifest["counts"]
            if not isinstance(body, dict) or set(body) != set(counts):
                raise InvalidBundle(
                    f"{name}, {RECORDS} klopt niet met de inhoudsopgave; er is niets ingelezen."
                )
            for kind in KINDS:
                if kind in body:
                    records[kind] = _records(kind, body[kind], counts[kind], name, RECORDS)
        for kind in present:
            entry = f"{kind}.json"
            rows = _parse(_checked_entry(zf, entries, manifest, entry, name), f"{name}, {entry}")
            records[kind] = _records(
                kind,
                rows,
                manifest["counts"][kind],
                name,
                entry,
                version1=manifest["format"] == FORMAT_V1,
            )
    bundle = Bundle(manifest, records)
    _check_consistency(bundle, name)
    return bundle


def _checked_entry(
    zf: zipfile.ZipFile, entries: dict, manifest: dict, entry: str, name: str
) -> bytes:
    """An entry's bytes, whole and as the manifest lists them (size and sha256)."""
    listed = manifest["files"][entry]
    raw = _read_entry(zf, entries[entry], listed["size"], name)
    if len(raw) != listed["size"] or hashlib.sha256(raw).hexdigest() != listed["sha256"]:
        raise InvalidBundle(
            f"{name} is beschadigd of aangepast (de controlesom van {entry} klopt niet). "
            "Er is niets ingelezen."
        )
    return raw


def _parse(raw: bytes, where: str):
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InvalidBundle(f"{where} is geen geldige JSON; er is niets ingelezen.") from None


def _kinds(manifest: dict) -> tuple[str, ...]:
    return KINDS_V1 if manifest["format"] == FORMAT_V1 else KINDS


def _check_entries(infos, name: str, foreign: str) -> dict:
    allowed = {MANIFEST, RECORDS} | {f"{kind}.json" for kind in KINDS}
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    if len(infos) > len(allowed):
        raise InvalidBundle(f"{name} bevat onverwachte bestanden; er is niets ingelezen.")
    for info in infos:
        if info.filename not in allowed:
            # Also refuses "../x", "/etc/x", "a\\b" and folders: only exact names are known.
            raise InvalidBundle(
                f"{name} bevat een onverwacht bestand ({info.filename[:60]!r}); "
                "er is niets ingelezen."
            )
        if info.filename in entries:
            raise InvalidBundle(f"{name} bevat {info.filename} twee keer; er is niets ingelezen.")
        if info.flag_bits & 0x1:
            raise InvalidBundle(f"{name} is versleuteld; dat kent praktijkdesk niet.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InvalidBundle(foreign)
        if info.file_size > MAX_ENTRY_BYTES:
            raise InvalidBundle(_too_big(name))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InvalidBundle(
                f"{name} pakt verdacht sterk uit (mogelijk een zip-bom); er is niets ingelezen."
            )
        total += info.file_size
        entries[info.filename] = info
    if total > MAX_TOTAL_BYTES:
        raise InvalidBundle(_too_big(name))
    if MANIFEST not in entries:
        raise InvalidBundle(foreign)
    return entries


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """Read at most ``limit`` bytes: the sizes in a zip's directory can lie."""
    try:
        with zf.open(info) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error):
        # zlib.error: bytes changed inside the compressed data.
        raise InvalidBundle(
            f"{name} is beschadigd of nog niet helemaal binnen; er is niets ingelezen."
        ) from None
    if len(data) > limit:
        raise InvalidBundle(
            f"{name} is beschadigd of aangepast (de controlesom van {info.filename} klopt niet: "
            "het is groter dan opgegeven). Er is niets ingelezen."
        )
    return data


def _manifest(raw: bytes, name: str) -> dict:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidBundle(
            f"De inhoudsopgave van {name} is onleesbaar; er is niets ingelezen."
        ) from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), str):
        raise InvalidBundle(f"{name} is geen uitwisselbestand van praktijkdesk.")
    fmt = manifest["format"]
    if fmt not in FORMATS:
        if fmt.startswith(_FORMAT_FAMILY):
            raise InvalidBundle(
                f"{name} is gemaakt met een nieuwere versie van praktijkdesk ({fmt}). "
                "Installeer de nieuwste versie; er is niets ingelezen."
            )
        raise InvalidBundle(f"{name} is geen uitwisselbestand van praktijkdesk.")
    bad = f"De inhoudsopgave van {name} is onvolledig of aangepast; er is niets ingelezen."
    files = manifest.get("files")
    counts = manifest.get("counts")
    scope = manifest.get("scope")
    if not (
        _timestamp(manifest.get("created_at"))
        and _text(64)(manifest.get("device_id"))
        and manifest.get("device_id")
        and _text(40)(manifest.get("app_version"))
        and isinstance(scope, dict)
        and scope.get("kind") in SCOPES
        and isinstance(counts, dict)
        and _known_kinds(set(counts), manifest)
        and all(_int(v) for v in counts.values())
        and isinstance(files, dict)
        and set(files) == ({RECORDS} if fmt == FORMAT_V3 else {f"{k}.json" for k in counts})
        and all(
            isinstance(f, dict)
            and _int(f.get("size"))
            and isinstance(f.get("sha256"), str)
            and _HEX64.match(f["sha256"])
            for f in files.values()
        )
    ):
        raise InvalidBundle(bad)
    if manifest.get("sha256") != _files_digest(files):
        raise InvalidBundle(
            f"{name} is beschadigd of aangepast (de controlesom klopt niet). Er is niets ingelezen."
        )
    try:
        signing.verify_manifest(manifest)
    except ValueError:
        raise InvalidBundle(
            f"{name} is aangepast na het ondertekenen (de handtekening van het apparaat klopt "
            "niet). Er is niets ingelezen."
        ) from None
    return manifest


def _known_kinds(kinds: set, manifest: dict) -> bool:
    """Every kind of the file's format version; kinds added later (OPTIONAL_KINDS) may be
    missing in a bundle from an earlier version."""
    expected = set(_kinds(manifest))
    if manifest["format"] == FORMAT_V3:
        return kinds <= expected  # an empty kind is left out
    return expected - OPTIONAL_KINDS <= kinds <= expected


def _records(
    kind: str, rows, count: int, name: str, entry: str, *, version1: bool = False
) -> list[dict]:
    where = f"{name}, {entry}" if entry != RECORDS else f"{name}, {RECORDS} ({kind})"
    if not isinstance(rows, list) or len(rows) != count:
        raise InvalidBundle(f"{where} klopt niet met de inhoudsopgave; er is niets ingelezen.")
    schema = SCHEMAS[kind]
    if version1 and "hlc" in schema:  # stamped below from their wall time
        schema = {k: v for k, v in schema.items() if k != "hlc"}
    fields = set(schema)
    key = KEYS[kind]
    seen = set()
    optional = OPTIONAL_FIELDS.get(kind, {})
    for index, row in enumerate(rows):
        if isinstance(row, dict):
            for field_name, default in optional.items():
                row.setdefault(field_name, default)
        if not isinstance(row, dict) or set(row) != fields:
            raise InvalidBundle(f"{where}: {LABELS[kind]} {index + 1} heeft niet de juiste velden.")
        for field_name, check in schema.items():
            if not check(row[field_name]):
                raise InvalidBundle(
                    f"{where}: {LABELS[kind]} {index + 1} heeft een ongeldige waarde "
                    f"in '{field_name}'. Er is niets ingelezen."
                )
        if row[key] in seen:
            raise InvalidBundle(f"{where}: {LABELS[kind]} {row[key]} staat er twee keer in.")
        seen.add(row[key])
        _check_row(kind, row, where, index)
        if version1 and kind in ("marks", "conclusions"):
            row["hlc"] = hlc.from_iso(row["at"]).encode()
    return rows


def _check_row(kind: str, row: dict, where: str, index: int) -> None:
    label = f"{where}: {LABELS[kind]} {index + 1}"
    if kind in ("marks", "conclusions"):
        value = row["status"] if kind == "marks" else row["value"]
        if (row["undoes_uuid"] is None) == (value is None):
            raise InvalidBundle(f"{label} is tegelijk een ongedaan-making en een oordeel.")
    elif kind == "guides":
        try:
            guide = load_guide_json(row["content"])
        except InvalidGuide as exc:
            raise InvalidBundle(
                f"{label} is geen geldig begeleidingsdocument: {exc.message}"
            ) from None
        if guide.key != row["key"]:
            raise InvalidBundle(f"{label} heeft een andere sleutel dan zijn inhoud.")
    elif kind == "declarations":
        try:
            pdf = base64.b64decode(row["pdf"], validate=True)
        except (binascii.Error, ValueError):
            raise InvalidBundle(f"{label}: de PDF is beschadigd.") from None
        if hashlib.sha256(pdf).hexdigest() != row["sha256"]:
            raise InvalidBundle(f"{label}: de PDF klopt niet met zijn controlesom.")
    elif kind == "signatures":
        try:
            json.loads(row["strokes"])
        except json.JSONDecodeError:
            raise InvalidBundle(f"{label}: de handtekening is beschadigd.") from None


def _check_consistency(bundle: Bundle, name: str) -> None:
    if bundle.scope["kind"] == "sync" and not (
        _int(bundle.scope.get("number")) and 0 < bundle.scope["number"] < 10**9
    ):
        raise InvalidBundle(f"De inhoudsopgave van {name} is onvolledig; er is niets ingelezen.")


def missing_references(bundle: Bundle) -> dict[str, set[str]]:
    """kind → ids that records in the bundle refer to but the bundle does not hold.

    The importer checks these against its database: a reference held by neither refuses
    the whole file (a mark needs its trajectory, a trajectory its candidate, ...)."""
    have = {kind: {row[KEYS[kind]] for row in bundle[kind]} for kind in KINDS}
    merged = {row["drop_id"] for row in bundle["candidate_merges"]}
    need: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for row in bundle["people"]:
        if row["employer_id"]:
            need["employers"].add(row["employer_id"])
    for kind in ("employers", "trajectories"):
        for row in bundle[kind]:
            if row["school_id"]:
                need["schools"].add(row["school_id"])
    for row in bundle["trajectories"]:
        if row["candidate_id"] not in merged:
            need["candidates"].add(row["candidate_id"])
        need["guides"].add(row["guide_id"])
        need["employers"].add(row["employer_id"])
        need["people"].add(row["trainer_id"])
        if row["jobcoach_id"]:
            need["people"].add(row["jobcoach_id"])
    for kind in ("marks", "conclusions"):
        for row in bundle[kind]:
            need["trajectories"].add(row["trajectory_id"])
            need["people"].add(row["person_id"])
    for row in bundle["declarations"]:
        need["trajectories"].add(row["trajectory_id"])
        need["people"].add(row["issued_by"])
        if row["withdrawn_by"]:
            need["people"].add(row["withdrawn_by"])
    for row in bundle["signatures"]:
        need["declarations"].add(row["declaration_id"])
    for row in bundle["person_merges"]:
        need["people"] |= {row["drop_id"], row["keep_id"]}
    return {kind: ids - have[kind] for kind, ids in need.items() if ids - have[kind]}


MAX_PEEK_MANIFEST = 256 * 1024  # bytes: a manifest is a few KB


def peek_manifest(data: bytes) -> dict | None:
    """The manifest of a bundle without reading or checking anything else, or None when it
    cannot be had (not a zip, no manifest, too large, not JSON). Unverified: use it only to
    decide to *skip* a file (a synced-folder snapshot whose contents were all read already),
    never to take anything in."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("manifest.json")
            if info.file_size > MAX_PEEK_MANIFEST:
                return None
            with archive.open(info) as handle:
                manifest = json.loads(handle.read(MAX_PEEK_MANIFEST + 1))
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        OSError,
        RuntimeError,
        NotImplementedError,
        EOFError,
        zlib.error,
    ):
        return None
    return manifest if isinstance(manifest, dict) else None
