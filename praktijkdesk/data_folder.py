"""Is this data folder safe for a live database? And: is praktijkdesk already using it?

Sync tools (OneDrive, Dropbox, Google Drive, iCloud, Nextcloud, ...) copy a SQLite file while
it is being written, or replace it with an older copy from another computer: the database gets
corrupted or silently loses work (Anki learnt this the hard way). Network shares break SQLite's
locking. So the live database must live on a local disk; backups may go anywhere.

The instance lock is a plain lock file (fcntl/msvcrt), so the command line can ask "is the app
running on this folder?" without Qt. The GUI holds it for its lifetime (ui/single_instance.py).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path, PurePath, PureWindowsPath

from praktijkdesk.errors import DataFolderUnusable
from praktijkdesk.platform import native
from praktijkdesk.platform.cloud import cloud_reason
from praktijkdesk.platform.files import O_BINARY, O_NOFOLLOW

LOCK_NAME = "praktijkdesk.lock"

# Folder names that sync tools own (compared case-insensitively with every path component).
_SYNC_EXACT = {
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "mijn drive": "Google Drive",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
    "cloudstorage": "een cloudopslag (OneDrive, Dropbox of Google Drive)",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud": "pCloud",
    "pcloud drive": "pCloud",
    "pclouddrive": "pCloud",
    "box": "Box",
    "box sync": "Box",
    "box drive": "Box",
    "synologydrive": "Synology Drive",
    "tresorit": "Tresorit",
    "megasync": "MEGA",
    "seafile": "Seafile",
}
_SYNC_PREFIX = {
    "onedrive": "OneDrive",  # "OneDrive", "OneDrive - Gemeente Delft"
    "dropbox (": "Dropbox",  # "Dropbox (Bedrijf)"
    "googledrive-": "Google Drive",  # macOS CloudStorage/GoogleDrive-naam@...
    "nextcloud-": "Nextcloud",
}
# Linux file system types that live on another computer.
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb3",
    "smbfs",
    "ncpfs",
    "afs",
    "ceph",
    "glusterfs",
    "fuse.sshfs",
    "sshfs",
    "fuse.rclone",
    "fuse.davfs2",
    "davfs",
    "fuse.s3fs",
    "fuse.gcsfuse",
    "fuse.onedriver",
    "fuse.gvfsd-fuse",
    "9p.nfs",
    "lustre",
    "beegfs",
    "gpfs",
}


def sync_service_in_path(path: PurePath) -> str | None:
    """The name of the sync tool whose folder ``path`` lies in, or None."""
    for part in path.parts:
        folded = part.casefold().strip()
        if folded in _SYNC_EXACT:
            return _SYNC_EXACT[folded]
        for prefix, name in _SYNC_PREFIX.items():
            if folded.startswith(prefix):
                return name
    return None


def is_unc_path(text: str) -> bool:
    r"""A Windows network path: \\server\share\... (also written //server/share)."""
    drive = PureWindowsPath(text).drive
    return drive.startswith("\\\\") and not drive.startswith("\\\\?\\") or text.startswith("//")


def _unescape_mount(text: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    return (
        text.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
    )


def filesystem_type(path: Path, mounts_text: str | None = None) -> str | None:
    """Linux: the type of the file system holding ``path`` (longest matching mount point)."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(_existing_ancestor(path))
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape_mount(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) >= len(best):
            best, best_type = point, fstype
    return best_type


def _existing_ancestor(path: Path) -> Path:
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    try:
        return path.resolve()
    except OSError:
        return path


def _windows_drive_is_remote(path: Path) -> bool:
    return native.drive_is_remote(os.path.abspath(path))


def unsafe_reason(path: str | os.PathLike, mounts_text: str | None = None) -> str | None:
    """Why ``path`` must not hold the live database (Dutch), or None when it is a local folder."""
    text = os.fspath(path)
    if is_unc_path(text) or _windows_drive_is_remote(Path(text)):
        return "deze map staat op een netwerkschijf"
    absolute = Path(os.path.abspath(os.path.expanduser(text)))
    service = sync_service_in_path(absolute) or sync_service_in_path(_existing_ancestor(absolute))
    if service:
        return f"deze map wordt gesynchroniseerd door {service}"
    # Beyond names: SharePoint/Teams libraries, Google's shared drives, and on Windows the
    # registered sync roots and the cloud attributes of the files (praktijkdesk.platform.cloud).
    reason = cloud_reason(absolute)
    if reason:
        return reason
    if sys.platform.startswith("linux"):
        fstype = filesystem_type(absolute, mounts_text)
        if fstype and fstype.casefold() in NETWORK_FILESYSTEMS:
            return f"deze map staat op een netwerkschijf ({fstype})"
    return None


def refuse_unsafe(path: str | os.PathLike, suggestion: Path | None = None) -> None:
    """Raise DataFolderUnusable, with the why and a safe alternative, for a sync/network folder."""
    reason = unsafe_reason(path)
    if reason is None:
        return
    if suggestion is None:
        from praktijkdesk.paths import default_data_dir

        suggestion = default_data_dir()
    raise DataFolderUnusable(
        f"praktijkdesk kan zijn gegevens niet bewaren in {path}: {reason}. Een synchronisatie- "
        "of netwerkprogramma kopieert de database terwijl praktijkdesk erin schrijft; dan raakt "
        "de database beschadigd of gaat werk verloren. Gebruik een map op deze computer, "
        f"bijvoorbeeld {suggestion} (de standaardmap). Een reservekopie mag wel in een "
        "cloudmap staan (op de opdrachtregel: praktijkdesk backup --out <bestand>)."
    )


# --- the instance lock --------------------------------------------------------------------
_HELD: dict[str, InstanceLock] = {}


class InstanceLock:
    """An exclusive lock on ``<data folder>/praktijkdesk.lock`` held by this process."""

    def __init__(self, path: Path, handle):
        self.path = path
        self._handle = handle

    @classmethod
    def acquire(cls, data_dir: Path) -> InstanceLock | None:
        """The lock, or None when another process holds it. Re-entrant within this process."""
        key = _key(data_dir)
        if key in _HELD:
            return _HELD[key]
        path = Path(data_dir) / LOCK_NAME
        handle = _open_lock_file(path)  # kept open while the lock is held
        try:
            if os.name == "posix":
                os.chmod(path, 0o600)
            _lock(handle)
        except OSError:
            handle.close()
            return None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        lock = cls(path, handle)
        _HELD[key] = lock
        return lock

    def release(self) -> None:
        for key, lock in list(_HELD.items()):
            if lock is self:
                del _HELD[key]
        if not self._handle.closed:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()


def _open_lock_file(path: Path):
    """The lock file, opened for locking; a folder, link or device in its place is refused:
    opening it would fail (or lock something else) and two apps could run at once."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        found = None
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise DataFolderUnusable(
            f"In de gegevensmap staat iets anders dan een gewoon bestand met de naam "
            f"{LOCK_NAME} ({path}). praktijkdesk gebruikt dat bestand om te voorkomen dat het "
            "twee keer tegelijk met dezelfde gegevens werkt. Verwijder of hernoem het, en start "
            "opnieuw. Er is niets veranderd."
        )
    flags = os.O_RDWR | os.O_CREAT | O_NOFOLLOW | O_BINARY
    fd = os.open(path, flags, 0o600)
    return os.fdopen(fd, "r+b")


def held_by_another_process(data_dir: Path) -> bool:
    """True when another praktijkdesk (the app) holds the folder's lock right now (or the lock
    cannot be judged because something else stands in its place: then act as if held)."""
    lock_path = Path(data_dir) / LOCK_NAME
    if _key(data_dir) in _HELD or not (lock_path.exists() or lock_path.is_symlink()):
        return False
    try:
        lock = InstanceLock.acquire(data_dir)
    except (DataFolderUnusable, OSError):
        return True
    if lock is None:
        return True
    lock.release()
    return False


def _key(data_dir: Path) -> str:
    return os.path.normcase(os.path.abspath(data_dir))


def _lock(handle) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(handle) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
