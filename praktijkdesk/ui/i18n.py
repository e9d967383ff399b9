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


def current_language() -> str:
    return _current


def set_language(app: QtCore.QCoreApplication, language: str | None) -> str:
    global _current
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QtCore.QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_folder):
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
