"""Translations: the source strings are Dutch; English comes from praktijkdesk_en.qm.

Qt's own qtbase_<lang>.qm translates standard buttons. Installing or removing a translator
sends QEvent.LanguageChange to every widget; screens answer with ``retranslate()``.
"""

from __future__ import annotations

from PySide6 import QtCore

from praktijkdesk.paths import resource

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

_installed: list[QtCore.QTranslator] = []
_current = DEFAULT_LANGUAGE


def qt_translation_folders() -> list[str]:
    import sys
    from pathlib import Path

    import PySide6

    folders = [
        QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders.append(str(Path(frozen) / "PySide6" / "Qt" / "translations"))
    return [f for f in folders if f]


def current_language() -> str:
    return _current


def set_language(app: QtCore.QCoreApplication, language: str | None) -> str:
    global _current
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qtbase = QtCore.QTranslator(app)
    # Qt's own Dutch (file dialogs: "Zoeken in:", standard buttons); Qt's folder first, then
    # where a wheel or a frozen bundle keeps it when qt.conf points elsewhere.
    if any(qtbase.load(f"qtbase_{language}", folder) for folder in qt_translation_folders()):
        _installed.append(qtbase)
    if language != "nl":  # Dutch is the source language: nothing to load
        ours = QtCore.QTranslator(app)
        if ours.load(f"praktijkdesk_{language}", str(resource("translations"))):
            _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    _current = language
    QtCore.QLocale.setDefault(QtCore.QLocale("nl_NL" if language == "nl" else "en_GB"))
    return language
