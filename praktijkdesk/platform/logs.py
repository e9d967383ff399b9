"""Where the crash log goes: the data folder's ``logs/``, else the user's own log folder.

Never the shared temporary folder (other users could read it, or plant a symlink under its
fixed name). The file is 0600 and appended to through praktijkdesk.platform.files.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from praktijkdesk.platform.files import append_private, make_folder

LOG_FILE = "praktijkdesk-fout.log"


def log_folders(data_dir: str | os.PathLike | None) -> list[Path]:
    folders = []
    if data_dir and Path(data_dir).is_dir():
        folders.append(Path(data_dir) / "logs")
    import platformdirs  # cheap; imported here to keep the command line's start lean

    folders.append(Path(platformdirs.user_log_dir("praktijkdesk", appauthor=False)))
    return folders


def write_log(data_dir: str | os.PathLike | None, text: str) -> Path | None:
    """Append ``text`` with a time stamp; the file written, or None when no folder would take it."""
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    data = f"--- {stamp}\n{text.rstrip()}\n\n".encode("utf-8", "backslashreplace")
    for folder in log_folders(data_dir):
        try:
            make_folder(folder)
            return append_private(folder / LOG_FILE, data)
        except (OSError, ValueError):
            continue
    return None
