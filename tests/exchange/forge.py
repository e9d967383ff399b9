"""Crafting malicious bundles: take a real export, change its records, and write a file whose
checksums are all right again (anyone can do that: a checksum is not a signature).

    forge(source_path, target_path, mutate)   # mutate(records: dict[kind, list[dict]])

The file is signed with a fresh key of a forger's device (``device_id`` "f0rged-device" unless
given; ``private_key=`` to sign as someone else, ``None`` for no signature). ``created_at=``
changes the manifest too. The result passes every structural check, so what refuses it (or
not) is the importer's rules.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from praktijkdesk.bundles import read_bundle, signing
from praktijkdesk.bundles.format import encode_bundle, write_bundle
from praktijkdesk.domain import hlc

FAR_FUTURE = "9999-12-31T23:59:59.000000+00:00"


def records_of(path: str | Path) -> dict[str, list[dict]]:
    return copy.deepcopy(read_bundle(path).records)


def forge(
    source: str | Path,
    target: str | Path,
    mutate: Callable[[dict[str, list[dict]]], None],
    *,
    device_id: str = "f0rged-device",
    created_at: str | None = None,
    private_key: str | None | bool = True,
) -> Path:
    bundle = read_bundle(source)
    records = copy.deepcopy(bundle.records)
    mutate(records)
    data = encode_bundle(
        records,
        device_id=device_id,
        created_at=created_at or bundle.created_at,
        app_version="0.1.0",
        scope=bundle.scope,
        private_key=signing.new_private_key() if private_key is True else private_key,
    )
    return write_bundle(target, data)


def stamp_at(moment_iso: str, counter: int = 0) -> str:
    """The clock stamp a forger would give an event at ``moment_iso``."""
    import datetime as dt

    return hlc.Hlc(hlc.micros(dt.datetime.fromisoformat(moment_iso)), counter).encode()
