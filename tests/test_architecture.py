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

# Leaves: the praktijkdesk modules they may import (all others are forbidden).
LEAVES = {
    # Windows/POSIX specifics: usable by storage, services, documents, guides, bundles, ui, cli.
    "platform": {"praktijkdesk.platform", "praktijkdesk.errors"},
}
LEAF_THIRD_PARTY = {"platform": {"platformdirs"}}


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


def test_leaves_import_only_what_they_may():
    stdlib = sys.stdlib_module_names
    violations = []
    for leaf, allowed in LEAVES.items():
        for path in (PACKAGE / leaf).rglob("*.py"):
            for name in imports_of(path):
                top = name.split(".")[0]
                if name.startswith("praktijkdesk"):
                    if not any(name == a or name.startswith(a + ".") for a in allowed):
                        violations.append(f"{path.relative_to(PACKAGE)} imports {name}")
                elif top not in stdlib and top not in LEAF_THIRD_PARTY.get(leaf, set()):
                    violations.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert violations == []


def test_the_platform_specifics_live_in_one_place():
    """Windows calls (ctypes.windll, winreg) and O_BINARY belong in praktijkdesk/platform.
    (ui/pyside_guard.py uses ctypes for a PySide reference-count fix, not for Windows.)"""
    outside = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "platform":
            continue
        text = path.read_text(encoding="utf-8")
        if "winreg" in imports_of(path) or "windll" in text:
            outside.append(f"{relative}: Windows API")
        if "os.O_BINARY" in text or '"O_BINARY"' in text:
            outside.append(f"{relative}: O_BINARY")
    assert outside == []


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
