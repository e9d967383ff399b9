"""Bundle files (uitwisselbestanden, ``.praktijk``) in code: write, read and check them.

No storage, no Qt: the exchange service decides what to keep. Everything that can be wrong
with a file ends in InvalidBundle with a Dutch message, before anything is stored.
"""

from praktijkdesk.bundles.format import (
    BUNDLE_SUFFIX,
    FORMAT,
    KINDS,
    Bundle,
    InvalidBundle,
    missing_references,
    read_bundle,
    read_bundle_bytes,
    write_bundle,
)

__all__ = [
    "BUNDLE_SUFFIX",
    "FORMAT",
    "KINDS",
    "Bundle",
    "InvalidBundle",
    "missing_references",
    "read_bundle",
    "read_bundle_bytes",
    "write_bundle",
]
