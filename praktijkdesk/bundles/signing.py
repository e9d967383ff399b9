"""Device keys: each device signs its bundles and sync files with its own Ed25519 key.

The manifest carries ``public_key`` (32 bytes, base64) and ``signature`` (64 bytes, base64)
over the canonical JSON of the rest of the manifest, which holds the sha256 of every payload
file: the signature covers the whole file. It proves which *device* made the file, not who
made each event in it (bundles pass on other devices' events too).

``short_code(public_key)``: six digits from a device's public key. A device shows its own
("Dit apparaat: 123 456"); a device that meets it in a file for the first time shows the same
code for it, so the two users compare them, once.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json


def _ed25519():
    # Imported when first needed: ~50 ms that a command which never signs (mark, check,
    # the GUI's start) should not pay.
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    return serialization, ed25519


def new_private_key() -> str:
    """A new private key, base64 of its 32 raw bytes (kept in this device's settings)."""
    serialization, ed25519 = _ed25519()
    key = ed25519.Ed25519PrivateKey.generate()
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return base64.b64encode(raw).decode("ascii")


def public_key_of(private_key: str) -> str:
    serialization, ed25519 = _ed25519()
    key = ed25519.Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key))
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def _signed_part(manifest: dict) -> bytes:
    rest = {k: v for k, v in manifest.items() if k != "signature"}
    return json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign_manifest(manifest: dict, private_key: str) -> dict:
    """The manifest with ``public_key`` and ``signature`` added."""
    _, ed25519 = _ed25519()
    signed = {**manifest, "public_key": public_key_of(private_key)}
    key = ed25519.Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_key))
    signed["signature"] = base64.b64encode(key.sign(_signed_part(signed))).decode("ascii")
    return signed


def verify_manifest(manifest: dict) -> str | None:
    """The public key that signed this manifest; None when it is not signed. Raises
    ValueError when a signature is there but does not match (the file was changed)."""
    if "signature" not in manifest and "public_key" not in manifest:
        return None
    from cryptography.exceptions import InvalidSignature  # see _ed25519

    _, ed25519 = _ed25519()
    try:
        raw_key = base64.b64decode(manifest["public_key"], validate=True)
        signature = base64.b64decode(manifest["signature"], validate=True)
        ed25519.Ed25519PublicKey.from_public_bytes(raw_key).verify(
            signature, _signed_part(manifest)
        )
    except (KeyError, TypeError, ValueError, binascii.Error, InvalidSignature):
        raise ValueError("signature does not match") from None
    return manifest["public_key"]


def short_code(public_key: str) -> str:
    """Six digits from a public key, to compare on two screens: "123 456"."""
    number = (
        int.from_bytes(hashlib.sha256(public_key.encode("ascii")).digest()[:8], "big") % 1_000_000
    )
    return f"{number // 1000:03d} {number % 1000:03d}"
