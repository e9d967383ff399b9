"""Where things live: the data folder (the user's) and the resources (ours).

Data folder precedence: --data-dir > --portable > PRAKTIJKDESK_DATA_DIR > a portable folder beside
the frozen app > platformdirs. Portable mode (see enter_portable_mode) keeps every write inside
the portable folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from praktijkdesk.errors import DataFolderUnusable
from praktijkdesk.platform import native
from praktijkdesk.platform.files import make_folder, readable_by_others

APP_NAME = "praktijkdesk"
ENV_DATA_DIR = "PRAKTIJKDESK_DATA_DIR"
PORTABLE_FOLDER = "praktijkdesk-data"
DATABASE_NAME = "praktijkdesk.sqlite"


def default_data_dir() -> Path:
    # Imported here: platformdirs is cheap, but keeping it out of module import keeps
    # `import praktijkdesk.paths` free of side effects for the frozen app's runtime hook.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def portable_base() -> Path:
    """Where the portable folder sits: beside the frozen app's executable, else the working folder.

    Not frozen, the "executable" is python or a venv script; the working folder is the one
    place a person running `praktijkdesk --portable` from a USB stick chose themselves.
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path.cwd()


def portable_data_dir() -> Path | None:
    """A `praktijkdesk-data` folder beside the frozen app's executable makes the app portable."""
    if getattr(sys, "frozen", False) and (portable_base() / PORTABLE_FOLDER).is_dir():
        return portable_base() / PORTABLE_FOLDER
    return None


_portable_folder: Path | None = None
_replaced_environment: dict[str, str | None] = {}


def enter_portable_mode(
    *, requested: bool = False, explicit: str | os.PathLike | None = None
) -> Path | None:
    """Switch this process to portable mode when asked (--portable) or when the folder is there.

    Returns the portable data folder, or None when the app runs normally. In portable mode
    the database, settings (they live in the database), backups and logs are in the folder,
    and on Linux so are the caches Qt's libraries write (fontconfig, Mesa: XDG_CACHE_HOME).
    Qt uses its built-in platform theme there, not the GTK one, whose file dialog would write
    recently-used files into the home folder. Call it before Qt starts.
    """
    global _portable_folder
    if explicit:
        return None
    if requested:
        folder = portable_base() / PORTABLE_FOLDER
    elif os.environ.get(ENV_DATA_DIR):
        return None
    else:
        folder = portable_data_dir()
        if folder is None:
            return None
    ensure_data_dir(folder)
    if os.name == "posix" and sys.platform != "darwin":
        for key, value in (
            ("XDG_CACHE_HOME", str(folder / "cache")),
            ("QT_QPA_PLATFORMTHEME", "generic"),
        ):
            _replaced_environment.setdefault(key, os.environ.get(key))
            os.environ[key] = value
    _portable_folder = folder
    return folder


def portable_folder() -> Path | None:
    """The portable data folder when this process runs in portable mode (for the About dialog)."""
    return _portable_folder


@contextmanager
def environment_for_other_programs() -> Iterator[None]:
    """Around QDesktopServices.openUrl and other program starts (file manager, PDF reader).

    Another program inherits our environment. It must not get the frozen app's library and
    Qt plugin paths (a system PDF reader would load our Qt or glib and crash) nor portable
    mode's cache folder and Qt theme. This puts the original values back for the duration.
    """
    original: dict[str, str | None] = dict(_replaced_environment)
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False):
        for key in QT_VARIABLES:
            original.setdefault(key, None)
        if sys.platform.startswith("linux"):
            # PyInstaller's bootloader keeps the value it replaced in LD_LIBRARY_PATH_ORIG.
            original["LD_LIBRARY_PATH"] = os.environ.get("LD_LIBRARY_PATH_ORIG")
        if bundle and "PATH" in os.environ:
            # Windows: PATH entries inside our bundle would let the reader load our DLLs.
            original["PATH"] = path_without(os.environ["PATH"], bundle)
    ours = {key: os.environ.get(key) for key in original}
    _set_environment(original)
    # Windows: PyInstaller's SetDllDirectoryW(bundle) is inherited by every program we start.
    frozen_windows = bool(getattr(sys, "frozen", False) and bundle and native.WINDOWS)
    if frozen_windows:
        native.set_dll_directory(None)
    try:
        yield
    finally:
        if frozen_windows:
            native.set_dll_directory(bundle)
        _set_environment(ours)


# Variables Qt and PyInstaller set for this process that another program must not inherit.
QT_VARIABLES = (
    "QT_PLUGIN_PATH",
    "QML2_IMPORT_PATH",
    "QT_QPA_PLATFORM_PLUGIN_PATH",
    "QTWEBENGINEPROCESS_PATH",
    "QT_QPA_FONTDIR",
)


def path_without(path_value: str, folder: str) -> str:
    """PATH minus the entries inside ``folder`` (case-insensitive on Windows)."""
    norm = os.path.normcase(os.path.abspath(folder))
    kept = []
    for entry in path_value.split(os.pathsep):
        if not entry:
            continue
        candidate = os.path.normcase(os.path.abspath(entry))
        if candidate == norm or candidate.startswith(norm.rstrip(os.sep) + os.sep):
            continue
        kept.append(entry)
    return os.pathsep.join(kept)


def _set_environment(values: dict[str, str | None]) -> None:
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return portable_data_dir() or default_data_dir()


def _why(exc: OSError) -> str:
    """The operating system's reason in Dutch (its own text is English on most machines)."""
    import errno

    reasons = {
        errno.EACCES: "u heeft geen toestemming om daar te schrijven",
        errno.EPERM: "u heeft geen toestemming om daar te schrijven",
        errno.EROFS: "de schijf is alleen-lezen",
        errno.ENOSPC: "de schijf is vol",
        errno.ENOENT: "een deel van het pad bestaat niet (is een USB-stick eruit gehaald?)",
        errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
        errno.EEXIST: "er staat al een bestand met die naam",
        errno.ENAMETOOLONG: "het pad is te lang",
    }
    return reasons.get(exc.errno, "de map is niet bereikbaar")


def ensure_data_dir(path: Path) -> Path:
    """Create the folder readable by the user alone; say so in Dutch when we cannot.

    Only a folder made here is made private (0700 on POSIX; on Windows it inherits the ACL
    of its parent, see praktijkdesk.platform.files.make_folder). An existing folder is never
    changed: see data_folder_warning."""
    try:
        make_folder(path)
        if not os.access(path, os.W_OK | os.X_OK):  # read-only (a locked stick, a ro mount)
            import errno

            read_only = bool(
                getattr(os, "statvfs", None)
                and os.statvfs(path).f_flag & getattr(os, "ST_RDONLY", 1)
            )
            code = errno.EROFS if read_only else errno.EACCES
            raise PermissionError(code, os.strerror(code), str(path))
    except OSError as exc:
        raise DataFolderUnusable(
            f"De gegevensmap {path} kan niet worden gemaakt of gebruikt: {_why(exc)}. "
            "Kies een andere map met --data-dir."
        ) from exc
    return path


def data_folder_warning(path: Path) -> str | None:
    """A Dutch warning when an existing data folder can be read by other users (POSIX)."""
    if not readable_by_others(path):
        return None
    return (
        f"Let op: de gegevensmap {path} is ook te lezen door andere gebruikers van deze "
        "computer. praktijkdesk verandert dat niet zelf. Maak de map alleen voor u leesbaar "
        f'(bijvoorbeeld: chmod 700 "{path}") of kies een andere map.'
    )


def resources_dir() -> Path:
    """The resources folder in a frozen app, an installed wheel, or the source tree."""
    candidates = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "resources")
    package = Path(__file__).resolve().parent
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "guides").is_dir():
            return candidate
    return candidates[-1]


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
