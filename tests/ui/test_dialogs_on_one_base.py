"""Every dialog stands on the one dialog base (TouchDialog) and takes its sizes from the theme:
no dialog module copies a theme value into a constant of its own, none imports another
module's private helper (issue 12, "names")."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

import pytest
from PySide6 import QtWidgets

import praktijkdesk.ui.dialogs as dialogs
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import TouchDialog

DIALOGS = Path(dialogs.__file__).parent
# Token names of ui/theme.py with the numbers they stand for.
THEME_NUMBERS = {
    name: value
    for name, value in vars(theme).items()
    if name.isupper() and isinstance(value, int) and not isinstance(value, bool)
}
COPY_NAMES = set(THEME_NUMBERS) | {"BODY_PX", "HEADING_PX", "ROW_PX", "TITLE_PX", "SMALL_PX"}


def modules():
    for info in pkgutil.iter_modules([str(DIALOGS)]):
        yield info.name, DIALOGS / f"{info.name}.py"


def test_every_dialog_class_is_a_touch_dialog(qapp):
    found = []
    for name, _path in modules():
        module = importlib.import_module(f"praktijkdesk.ui.dialogs.{name}")
        for _cls_name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QtWidgets.QDialog):
                found.append(cls)
                assert cls is TouchDialog or issubclass(cls, TouchDialog), cls.__qualname__
    names = {cls.__name__ for cls in found}
    assert {"BackupsDialog", "DamagedDatabaseDialog", "AboutDialog"} <= names


def test_no_dialog_module_copies_a_theme_value():
    problems = []
    for name, path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module-level constants
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id in COPY_NAMES:
                        problems.append(f"{name}.py defines {target.id} (use ui.theme)")
    assert problems == []


def test_no_dialog_module_imports_a_private_helper():
    problems = []
    for name, path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("praktijkdesk"):
                problems += [
                    f"{name}.py imports {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                ]
    assert problems == []


def test_the_checks_catch_what_they_look_for(tmp_path, monkeypatch):
    """The two source checks fail on the patterns they forbid (as the old backups.py and
    damaged_database.py had them)."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from praktijkdesk.ui.dialogs.backups import _set_font\nTOUCH_MIN = 48\n", encoding="utf-8"
    )
    monkeypatch.setattr(sys.modules[__name__], "modules", lambda: iter([("bad", bad)]))
    with pytest.raises(AssertionError):
        test_no_dialog_module_copies_a_theme_value()
    with pytest.raises(AssertionError):
        test_no_dialog_module_imports_a_private_helper()
