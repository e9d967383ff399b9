"""The layers of ARCHITECTURE.md 6.2, checked on every module's imports with ast."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "praktijkdesk"

# package → prefixes it must never import
FORBIDDEN = {
    "domain": ["praktijkdesk.storage", "praktijkdesk.services", "praktijkdesk.guides",
               "praktijkdesk.documents", "praktijkdesk.ui", "praktijkdesk.desk", "PySide6",
               "sqlite3", "sqlite_utils", "fpdf"],
    "guides": ["praktijkdesk.storage", "praktijkdesk.services", "praktijkdesk.documents",
               "praktijkdesk.ui", "praktijkdesk.desk", "PySide6", "sqlite3", "sqlite_utils", "fpdf"],
    "storage": ["praktijkdesk.services", "praktijkdesk.documents", "praktijkdesk.ui",
                "praktijkdesk.guides", "praktijkdesk.desk", "PySide6", "fpdf"],
    "documents": ["praktijkdesk.storage", "praktijkdesk.services", "praktijkdesk.ui",
                  "praktijkdesk.desk", "PySide6", "sqlite3", "sqlite_utils"],
    "services": ["praktijkdesk.ui", "PySide6"],
    "ui": ["praktijkdesk.storage", "sqlite3", "sqlite_utils", "fpdf"],
}


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_layers_import_only_what_they_may():
    violations = []
    for layer, forbidden in FORBIDDEN.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imports_of(path):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    violations.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert violations == []


def test_qt_is_only_imported_under_ui():
    outside = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts
        and any(n.startswith("PySide6") for n in imports_of(p))
    ]
    assert outside == []


def test_the_command_line_starts_without_qt_or_fpdf():
    code = (
        "import sys, praktijkdesk.cli, praktijkdesk.desk;"
        "bad = [m for m in ('PySide6', 'fpdf') if m in sys.modules];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
