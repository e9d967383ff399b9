"""Which Qt plugins and translations the bundle keeps (used by the hook-PySide6.*.py files here).

PyInstaller's own PySide6 hooks collect every plugin of every plugin type a Qt library may use
(eglfs, wayland, vnc, gtk3 theme, tls, network information, ...), and then pull in each
plugin's libraries (the gtk3 theme alone brings GTK, cairo, pango and atk). Our hooks run the
same collection and drop the plugins the app does not use *before* PyInstaller follows their
library dependencies — filtering afterwards in the spec would leave those libraries behind.
"""

from __future__ import annotations

from pathlib import PurePath

# plugin folder -> plugin file stems to keep (None = every plugin in that folder)
KEEP_PLUGINS: dict[str, set[str] | None] = {
    # xcb (X11; on Wayland desktops through XWayland) and windows draw the app;
    # offscreen and minimal run it headless (smoke test, tour).
    "platforms": {"libqxcb", "qwindows", "libqoffscreen", "qoffscreen", "libqminimal", "qminimal"},
    # the app's own icons and images; pdf lets QImage read a PDF page
    "imageformats": {
        "libqsvg",
        "qsvg",
        "libqico",
        "qico",
        "libqjpeg",
        "qjpeg",
        "libqgif",
        "qgif",
        "libqpdf",
        "qpdf",
    },
    "iconengines": None,  # SVG icons through QIcon
    "printsupport": None,  # without it the print dialog finds no printers (Windows, CUPS)
    # compose handles dead keys (é, ë, ş) on X11; ibus other input methods
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin",
        "libibusplatforminputcontextplugin",
    },
    "xcbglintegrations": None,  # small; xcb uses it when a widget asks for OpenGL
    "styles": None,  # Windows: qmodernwindowsstyle (the app uses Fusion, built in)
}
# Qt's own translations (standard buttons): Dutch and English only.
KEEP_TRANSLATION_SUFFIXES = ("_nl.qm", "_en.qm")


def keep_plugin(path: str) -> bool:
    parts = PurePath(path.replace("\\", "/")).parts
    if "plugins" not in parts:
        return True
    i = len(parts) - 1 - parts[::-1].index("plugins")
    if len(parts) < i + 3:
        return True
    folder, stem = parts[i + 1], parts[-1].split(".")[0]
    if folder not in KEEP_PLUGINS:
        return False
    wanted = KEEP_PLUGINS[folder]
    return wanted is None or stem in wanted


def keep_translation(path: str) -> bool:
    if not path.endswith(".qm"):
        return True
    return path.endswith(KEEP_TRANSLATION_SUFFIXES)


def trimmed_qt_dependencies(hook_file: str):
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    binaries = [(src, dest) for src, dest in binaries if keep_plugin(src)]
    datas = [(src, dest) for src, dest in datas if keep_plugin(src) and keep_translation(src)]
    return hiddenimports, binaries, datas
