"""The command line's text streams in UTF-8 on every platform.

Redirected or piped, Python's stdio on Windows uses the ANSI code page (cp1252 on Dutch
Windows): ``candidates --json > x.json`` with Yılmaz, Şükrü, Ĳ or Марія would end in an
UnicodeEncodeError after half the file, and ``mark --stdin`` would read UTF-8 as cp1252.
So the command line always writes UTF-8 and reads UTF-8 (a byte-order mark, which Notepad
and PowerShell write, is skipped). A console keeps working: Python writes to it as UTF-16.
"""

from __future__ import annotations

import sys


def use_utf8_stdio() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name, None)
        _reconfigure(
            stream, encoding="utf-8", errors="backslashreplace" if name == "stderr" else "strict"
        )
    stdin = sys.stdin
    if stdin is not None and not _is_utf8(stdin, allow_sig=True):
        _reconfigure(stdin, encoding="utf-8-sig", errors="replace")


def _is_utf8(stream, allow_sig: bool = False) -> bool:
    encoding = (getattr(stream, "encoding", "") or "").lower().replace("_", "-")
    return encoding in ({"utf-8", "utf8", "utf-8-sig"} if allow_sig else {"utf-8", "utf8"})


def _reconfigure(stream, **kwargs) -> None:
    if stream is None or _is_utf8(stream) and kwargs.get("encoding") == "utf-8":
        return
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    try:
        reconfigure(**kwargs)
    except (ValueError, OSError, LookupError):
        pass  # a stream that was already read from, or a stand-in without an encoding
