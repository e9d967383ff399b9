"""The PySide6 user interface. Importing it first guards against a PySide6 6.12 bug on
Python 3.11 (see pyside_guard.py)."""

from praktijkdesk.ui.pyside_guard import protect_singletons

protect_singletons()
