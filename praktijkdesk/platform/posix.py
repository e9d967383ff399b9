"""POSIX (Linux, macOS) counterparts of praktijkdesk.platform.windows: mostly nothing to do."""

from __future__ import annotations

WINDOWS = False


def file_attributes(path: str) -> int | None:
    return None


def has_cloud_attributes(attributes: int | None) -> bool:
    return False


def sync_roots() -> list[str]:
    return []


def allow_set_foreground_window() -> None:
    """X11 and Wayland have no foreground lock to hand over."""


def set_dll_directory(folder: str | None) -> None:
    """No DLL search path on POSIX (LD_LIBRARY_PATH is handled in paths)."""


def drive_is_remote(path: str) -> bool:
    """No drive letters on POSIX (network file systems are found through /proc/mounts)."""
    return False


def hold_app_mutex(name: str = "") -> bool:
    """Only Windows installers look for a running app by a named mutex."""
    return False
