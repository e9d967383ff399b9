"""Windows specifics, through ctypes and winreg (both in the standard library).

Every function here is safe to import on any OS; the calls that need Windows are made only
when ``os.name == "nt"`` (praktijkdesk.platform chooses this module then). The pure parts
(attribute bits, registry values → folders) are tested on Linux.
"""

from __future__ import annotations

import os
from pathlib import PureWindowsPath

WINDOWS = True

# GetFileAttributesW bits that a cloud provider (OneDrive, Google Drive, Dropbox, SharePoint
# libraries through OneDrive, any Cloud Files API provider) sets on its files and folders.
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_RECALL_ON_OPEN = 0x40000
FILE_ATTRIBUTE_PINNED = 0x80000
FILE_ATTRIBUTE_UNPINNED = 0x100000
FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS = 0x400000
CLOUD_ATTRIBUTES = (
    FILE_ATTRIBUTE_OFFLINE
    | FILE_ATTRIBUTE_RECALL_ON_OPEN
    | FILE_ATTRIBUTE_PINNED
    | FILE_ATTRIBUTE_UNPINNED
    | FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS
)
INVALID_FILE_ATTRIBUTES = 0xFFFFFFFF
ASFW_ANY = -1

# Where sync clients register the folders they own.
SYNC_ROOT_MANAGER = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer\SyncRootManager"
ONEDRIVE_ACCOUNTS = r"Software\Microsoft\OneDrive\Accounts"


def has_cloud_attributes(attributes: int | None) -> bool:
    return (
        attributes is not None
        and attributes != INVALID_FILE_ATTRIBUTES
        and bool(attributes & CLOUD_ATTRIBUTES)
    )


def file_attributes(path: str) -> int | None:
    """GetFileAttributesW, or None when not on Windows or the path cannot be asked."""
    if os.name != "nt":
        return None
    import ctypes

    get = ctypes.windll.kernel32.GetFileAttributesW
    get.restype = ctypes.c_uint32
    value = get(str(path))
    return None if value == INVALID_FILE_ATTRIBUTES else int(value)


def sync_roots() -> list[str]:
    """Folders that sync clients registered: the Cloud Files sync roots (every provider that
    uses the Windows API, also renamed ones) and OneDrive's own list, which includes the
    SharePoint/Teams libraries synced with "Synchroniseren"."""
    if os.name != "nt":
        return []
    import winreg

    found: list[str] = []
    for hive, key in (
        (winreg.HKEY_LOCAL_MACHINE, SYNC_ROOT_MANAGER),
        (winreg.HKEY_CURRENT_USER, SYNC_ROOT_MANAGER),
    ):
        for root in _subkeys(winreg, hive, key):
            found += _values(winreg, hive, rf"{key}\{root}\UserSyncRoots")
    for account in _subkeys(winreg, winreg.HKEY_CURRENT_USER, ONEDRIVE_ACCOUNTS):
        base = rf"{ONEDRIVE_ACCOUNTS}\{account}"
        found += [
            v for n, v in _named_values(winreg, winreg.HKEY_CURRENT_USER, base) if n == "UserFolder"
        ]
        found += _values(winreg, winreg.HKEY_CURRENT_USER, rf"{base}\ScopeIdToMountPointPathCache")
    return [f for f in found if isinstance(f, str) and f.strip()]


def _subkeys(winreg, hive, key) -> list[str]:
    try:
        with winreg.OpenKey(hive, key) as handle:
            count = winreg.QueryInfoKey(handle)[0]
            return [winreg.EnumKey(handle, i) for i in range(count)]
    except OSError:
        return []


def _named_values(winreg, hive, key) -> list[tuple[str, object]]:
    try:
        with winreg.OpenKey(hive, key) as handle:
            count = winreg.QueryInfoKey(handle)[1]
            return [winreg.EnumValue(handle, i)[:2] for i in range(count)]
    except OSError:
        return []


def _values(winreg, hive, key) -> list[object]:
    return [value for _, value in _named_values(winreg, hive, key)]


def is_inside(path: str, root: str) -> bool:
    """Case-insensitive "path lies in root" for Windows paths."""
    p, r = PureWindowsPath(path), PureWindowsPath(root)
    p_parts = [x.casefold() for x in p.parts]
    r_parts = [x.casefold() for x in r.parts]
    return len(r_parts) > 0 and p_parts[: len(r_parts)] == r_parts


def allow_set_foreground_window() -> None:
    """Let the first instance take the foreground when this (second) start pokes it; without
    it Windows' foreground lock only flashes the taskbar button."""
    if os.name != "nt":
        return
    import ctypes

    try:
        ctypes.windll.user32.AllowSetForegroundWindow(ASFW_ANY)
    except (AttributeError, OSError):
        pass


def com_initialise() -> None:
    """CoInitialize on the calling thread: SAPI voices are COM objects that belong to the
    thread that made them (read-aloud runs on its own thread, issue #16)."""
    if os.name != "nt":
        return
    import ctypes

    try:
        ctypes.windll.ole32.CoInitialize(None)
    except (AttributeError, OSError):
        pass


def set_dll_directory(folder: str | None) -> None:
    """SetDllDirectoryW: None restores the normal search order for programs we start (a PDF
    reader would otherwise search PyInstaller's bundle folder first and could load our Qt or
    OpenSSL DLLs and crash); the bundle folder puts PyInstaller's setting back afterwards."""
    if os.name != "nt":
        return
    import ctypes

    try:
        ctypes.windll.kernel32.SetDllDirectoryW(folder)
    except (AttributeError, OSError):
        pass


DRIVE_REMOTE = 4


def drive_is_remote(path: str) -> bool:
    """GetDriveTypeW: a mapped network drive (Z:) is not a local disk."""
    if os.name != "nt":
        return False
    import ctypes

    drive = PureWindowsPath(path).drive
    if not drive:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


# The installer's AppMutex: Inno Setup waits (and asks) while a process holds this name.
APP_MUTEX = "praktijkdesk-app"
_held_mutex = None


def hold_app_mutex(name: str = APP_MUTEX) -> bool:
    """Create the named mutex for the life of this process (the handle is never closed: the
    system closes it when the process ends). True when it was created here."""
    global _held_mutex
    if os.name != "nt" or _held_mutex is not None:
        return False
    import ctypes

    try:
        _held_mutex = ctypes.windll.kernel32.CreateMutexW(None, False, name)
    except (AttributeError, OSError):
        return False
    return bool(_held_mutex)


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """A Windows version resource needs four numbers: "0.2.0rc1" → (0, 2, 0, 0), "1.4" →
    (1, 4, 0, 0). A pre-release or local part is dropped (it stays in the text fields)."""
    import re

    match = re.match(r"\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if not match:
        return (0, 0, 0, 0)
    numbers = [min(int(n), 65535) if n else 0 for n in match.groups()]
    return (numbers[0], numbers[1], numbers[2], numbers[3])
