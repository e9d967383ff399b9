"""The one place for platform specifics (Windows, POSIX), so the rest of the code stays free of them.

A leaf like ``paths``: it imports only the standard library and ``praktijkdesk.errors``, and
storage, services, documents, guides, bundles, ui and the command line may use it.

- ``files``: atomic writes (temp file, O_BINARY, fsync on a writable descriptor, retried
  rename, 0600, no surprise overwrite, no symlinks or devices), fsync of folders, private
  logs, folders made private only when we made them;
- ``stdio``: UTF-8 text streams for the command line;
- ``cloud``: sync-client folders beyond their names;
- ``native``: ``windows`` or ``posix`` (foreground hand-over, DLL search path, file
  attributes, registered sync roots).
"""

from __future__ import annotations

import os

from praktijkdesk.platform.files import (
    NotRegularFile,
    TargetExists,
    append_private,
    check_target,
    fsync_dir,
    fsync_file,
    make_folder,
    readable_by_others,
    replace,
    write_bytes_atomically,
)

if os.name == "nt":
    from praktijkdesk.platform import windows as native
else:
    from praktijkdesk.platform import posix as native

IS_WINDOWS = os.name == "nt"

__all__ = [
    "IS_WINDOWS",
    "NotRegularFile",
    "TargetExists",
    "append_private",
    "check_target",
    "fsync_dir",
    "fsync_file",
    "make_folder",
    "native",
    "readable_by_others",
    "replace",
    "write_bytes_atomically",
]
