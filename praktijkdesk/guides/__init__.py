"""Guide files (GUIDE-FORMAT.md) in code: read, check and write JSON and CSV guides.

No storage, no Qt: the services decide what to keep. Everything a user can get wrong ends in
InvalidGuide with a Dutch message naming the line (CSV) or the path (JSON).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from praktijkdesk.domain.guide import Guide
from praktijkdesk.errors import InvalidGuide, InvalidInput, os_reason
from praktijkdesk.guides.csv_format import dump_csv, load_csv
from praktijkdesk.guides.json_format import dump_json, load_json
from praktijkdesk.guides.validation import MAX_FILE_BYTES, check_size
from praktijkdesk.platform import write_bytes_atomically

__all__ = [
    "dump_csv",
    "dump_json",
    "export_guide",
    "load_csv",
    "load_guide_bytes",
    "load_guide_file",
    "load_json",
]

_KINDS = (".json", ".csv")


def load_guide_file(path: str | os.PathLike, *, today: str | None = None) -> Guide:
    """A guide from a .json or .csv file. ``today`` (YYYY-MM-DD) versions a CSV without
    a ``versie`` column; it defaults to the local date."""
    path = Path(path)
    _kind(path.name)
    return load_guide_bytes(_read_limited(path), path.name, today=today)


def load_guide_bytes(data: bytes, filename: str, *, today: str | None = None) -> Guide:
    """A guide from a file's bytes; ``filename`` only decides JSON or CSV by its extension."""
    kind = _kind(filename)
    if kind == ".json":
        return load_json(data)
    return load_csv(data, today=today or dt.date.today().isoformat())


def export_guide(guide: Guide, path: str | os.PathLike, *, overwrite: bool = False) -> Path:
    """Write the guide as .json or .csv; a crash never leaves half a file under the real name.
    An existing file is replaced only with ``overwrite`` (--force)."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix == ".json":
        data = dump_json(guide).encode("utf-8")
    elif suffix == ".csv":
        # With a BOM, Excel opens UTF-8 as UTF-8 instead of garbling every é.
        data = dump_csv(guide).encode("utf-8-sig")
    else:
        raise InvalidInput(
            f"Kies een bestandsnaam die eindigt op .json of .csv (niet '{path.name}')."
        )
    _write_atomically(path, data, overwrite=overwrite)
    return path


def _kind(filename: str) -> str:
    suffix = Path(filename).suffix.casefold()
    if suffix not in _KINDS:
        raise InvalidGuide(
            f"'{Path(filename).name}' is geen begeleidingsdocument: kies een bestand dat "
            "eindigt op .json of .csv."
        )
    return suffix


def _read_limited(path: Path) -> bytes:
    try:
        # Size first: a wrong pick (a video, a disk image) must not be read into memory.
        if path.is_dir():
            raise InvalidGuide(f"'{path.name}' is een map, geen bestand.")
        if path.exists() and not path.is_file():
            # A named pipe or a device would block the read or never end.
            raise InvalidGuide(f"'{path.name}' is geen gewoon bestand.")
        check_size(path.stat().st_size)
        with path.open("rb") as file:
            # Read one byte more than allowed: a file that grows or lies about its size is caught.
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InvalidGuide(f"Het bestand '{path}' bestaat niet (meer).") from None
    except PermissionError:
        raise InvalidGuide(f"Het bestand '{path}' mag niet worden gelezen.") from None
    except OSError as exc:
        raise InvalidGuide(
            f"Het bestand '{path}' kan niet worden gelezen ({os_reason(exc)})."
        ) from None
    check_size(len(data))
    return data


def _write_atomically(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    try:
        # 0o666 minus the umask: an exported guide is meant to be shared, unlike our database.
        write_bytes_atomically(path, data, overwrite=overwrite, mode=0o666)
    except OSError as exc:
        hint = (
            " Is het bestand misschien geopend in een ander programma?"
            if isinstance(exc, PermissionError)
            else ""
        )
        raise InvalidInput(
            f"'{path}' kan niet worden opgeslagen ({os_reason(exc)}).{hint}"
        ) from None
