"""Is a folder owned by a sync client? Beyond folder names like "OneDrive" or "Dropbox".

- SharePoint and Teams libraries synced with *Synchroniseren* land in
  ``%USERPROFILE%\\<Organisatie>\\<Site> - Documenten`` (no "OneDrive" in the path);
- Google Drive for desktop shows shared drives as *Gedeelde drives* / *Shared drives*;
- on Windows a renamed sync root is still registered (SyncRootManager, OneDrive's account
  list), and the files in it carry cloud attributes (RECALL_ON_DATA_ACCESS, PINNED, ...).

The name rules are pure and tested anywhere; the Windows look-ups run only on Windows.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePath, PureWindowsPath

# "<Site> - Documenten": the library names SharePoint uses in Dutch and English.
_LIBRARY = re.compile(
    r".+ - (documenten|gedeelde documenten|documents|shared documents|gedeelde  documenten)$",
    re.IGNORECASE,
)
_SHARED_DRIVES = {"gedeelde drives": "Google Drive", "shared drives": "Google Drive"}


def sharepoint_library_in(path: PurePath, home: PurePath | None) -> bool:
    """True when ``path`` lies in ``<home>\\<Organisatie>\\<Site> - Documenten``."""
    parts = path.parts
    if home is not None:
        home_parts = [p.casefold() for p in home.parts]
        if [p.casefold() for p in parts[: len(home_parts)]] != home_parts:
            return False
        below = parts[len(home_parts) :]
        return len(below) >= 2 and bool(_LIBRARY.match(below[1].strip()))
    return any(_LIBRARY.match(part.strip()) for part in parts[1:])


def service_by_name(path: PurePath, home: PurePath | None = None) -> str | None:
    """The sync service that owns ``path`` judged by its folder names, or None."""
    for part in path.parts:
        name = _SHARED_DRIVES.get(part.casefold().strip())
        if name:
            return name
    if sharepoint_library_in(path, home):
        return "OneDrive (een gesynchroniseerde SharePoint- of Teams-bibliotheek)"
    return None


def inside_sync_root(path: str, roots: list[str]) -> str | None:
    """The registered sync root that holds ``path`` (Windows paths, case-insensitive)."""
    from praktijkdesk.platform.windows import is_inside

    for root in roots:
        if is_inside(path, root):
            return root
    return None


def cloud_reason(path: str | os.PathLike) -> str | None:
    """Why ``path`` is a sync client's folder (Dutch), or None. Uses names everywhere and, on
    Windows, the registered sync roots and the cloud attributes of the nearest existing folder."""
    from praktijkdesk.platform import native

    absolute = Path(os.path.abspath(os.path.expanduser(os.fspath(path))))
    service = service_by_name(absolute, _home())
    if service:
        return f"deze map wordt gesynchroniseerd door {service}"
    if not native.WINDOWS:
        return None
    root = inside_sync_root(str(absolute), native.sync_roots())
    if root:
        return f"deze map hoort bij een synchronisatiemap ({PureWindowsPath(root).name})"
    probe = absolute
    while True:
        if probe.exists():
            if native.has_cloud_attributes(native.file_attributes(str(probe))):
                return "deze map wordt door een cloudprogramma gesynchroniseerd"
        if probe.parent == probe:
            return None
        probe = probe.parent


def _home() -> PurePath | None:
    home = os.environ.get("USERPROFILE") if os.name == "nt" else os.environ.get("HOME")
    return PurePath(home) if home else None
