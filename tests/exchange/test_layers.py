"""The bundle file format is a file-format package like guides/: no storage, no services, no Qt."""

from __future__ import annotations

from pathlib import Path

from tests.test_architecture import PACKAGE, imports_of

FORBIDDEN = [
    "praktijkdesk.storage",
    "praktijkdesk.services",
    "praktijkdesk.documents",
    "praktijkdesk.ui",
    "praktijkdesk.desk",
    "PySide6",
    "sqlite3",
    "sqlite_utils",
    "fpdf",
]


def test_bundles_import_only_domain_errors_and_guides():
    violations = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in Path(PACKAGE, "bundles").rglob("*.py")
        for name in imports_of(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    ]
    assert violations == []
