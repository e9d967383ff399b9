"""Where things live: the data folder (the user's) and the resources (ours).

Data folder precedence: --data-dir > PRAKTIJKDESK_DATA_DIR > portable folder > platformdirs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from praktijkdesk.errors import DataFolderUnusable

APP_NAME = "praktijkdesk"
ENV_DATA_DIR = "PRAKTIJKDESK_DATA_DIR"
PORTABLE_FOLDER = "praktijkdesk-data"
DATABASE_NAME = "praktijkdesk.sqlite"


def default_data_dir() -> Path:
    # Imported here: platformdirs is cheap, but keeping it out of module import keeps
    # `import praktijkdesk.paths` free of side effects for the frozen app's runtime hook.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def portable_data_dir() -> Path | None:
    """A `praktijkdesk-data` folder beside the executable makes the app portable."""
    base = Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None
    if base is not None and (base / PORTABLE_FOLDER).is_dir():
        return base / PORTABLE_FOLDER
    return None


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return portable_data_dir() or default_data_dir()


def ensure_data_dir(path: Path) -> Path:
    """Create the folder readable by the user alone (0o700); say so in Dutch when we cannot."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            os.chmod(path, 0o700)
    except OSError as exc:
        raise DataFolderUnusable(
            f"De gegevensmap {path} kan niet worden gemaakt of gebruikt ({exc.strerror or exc}). "
            "Kies een andere map met --data-dir."
        ) from exc
    return path


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
