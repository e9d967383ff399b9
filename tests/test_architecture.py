"""The layers of ARCHITECTURE.md 6.2 as an allow-list, checked on every module's imports.

Each package may import the standard library and exactly what its row in ``ALLOWED`` says;
everything else fails: relative imports are resolved to the module they name, imports inside
functions count like any other, and ``from praktijkdesk import x`` counts as importing x.
A new package gets its row here (and in ARCHITECTURE.md) before it gets code.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "praktijkdesk"
ROOT_NAME = "praktijkdesk"

# Packages (and top-level modules) that sit beside each other; each row lists what the key may
# import from praktijkdesk. "services.changes" allows that one module, not the package.
LEAF = ("platform",)  # Windows/POSIX specifics (issue 19): a leaf beside paths
ALLOWED: dict[str, tuple[str, ...]] = {
    "__init__": (),
    "__main__": ("cli",),
    "errors": (),
    "clock": (),
    "platform": ("platform", "errors"),
    "paths": ("paths", "errors", *LEAF),
    "data_folder": ("data_folder", "paths", "errors", *LEAF),
    "domain": ("domain", "errors"),
    "guides": ("guides", "domain", "errors", "paths", *LEAF),
    "bundles": ("bundles", "guides", "domain", "errors", "clock", *LEAF),
    "storage": ("storage", "domain", "errors", "clock", "paths", *LEAF),
    "documents": ("documents", "domain", "errors", "paths", *LEAF),
    # Not "desk": a service gets what it needs passed in and never reaches back (issue #12).
    "services": (
        "services",
        "domain",
        "guides",
        "bundles",
        "storage",
        "documents",
        "errors",
        "clock",
        "paths",
        "data_folder",
        *LEAF,
    ),
    "desk": (
        "services",
        "desk",
        "domain",
        "guides",
        "bundles",
        "storage",
        "documents",
        "errors",
        "clock",
        "paths",
        "data_folder",
        *LEAF,
    ),
    # services.people: the names the picker shows before the engine is loaded
    # (people_at_start, read-only; see docs/performance.md). documents.files: the atomic
    # file write for a PDF (no fpdf); it moves to platform once that exists (issue 19).
    "ui": (
        "ui",
        "desk",
        "services.changes",
        "services.people",
        "domain",
        "errors",
        "paths",
        "data_folder",
        "clock",
        "documents.files",
        *LEAF,
    ),
    "cli": (
        "cli",
        "desk",
        "domain",
        "errors",
        "paths",
        "data_folder",
        "clock",
        "documents.files",
        *LEAF,
    ),
}
# Third-party top-level modules per row (the standard library is always allowed).
THIRD_PARTY: dict[str, tuple[str, ...]] = {
    "platform": ("platformdirs",),
    "paths": ("platformdirs",),
    "data_folder": ("platformdirs",),
    "storage": ("sqlite_utils",),
    # fontTools comes with fpdf2: it reads a system font's character map (fallback fonts).
    "documents": ("fpdf", "fontTools"),
    # "key and signing libraries" (device keys, issue 13): the usual two, named here.
    "services": ("cryptography", "nacl"),
    # A bundle's signature is part of the file format (bundles/signing.py, issue 13).
    "bundles": ("cryptography", "nacl"),
    "desk": ("cryptography", "nacl"),
    # "PySide6 (and a speech library)": pyttsx3 reads aloud on the candidate's screen (#16).
    "ui": ("PySide6", "shiboken6", "pyttsx3"),
}
# Imports allowed only inside these functions (the rest of the module stays Qt-free).
INSIDE_FUNCTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "cli": {"cmd_gui": ("ui", "PySide6"), "cmd_tour": ("ui", "PySide6")},
}
STDLIB = set(sys.stdlib_module_names)
ROOT_ATTRIBUTES = {"", "__version__"}


@dataclass(frozen=True)
class Import:
    module: str  # absolute dotted name
    line: int
    function: str | None  # the innermost enclosing function, None at module level


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def collect_imports(source: str, module: str, *, is_package: bool = False) -> list[Import]:
    """Every import in ``source`` (of the module named ``module``), relative ones resolved."""
    found: list[Import] = []
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = function
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = child.name
            if isinstance(child, ast.Import):
                found.extend(Import(a.name, child.lineno, function) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - (child.level - 1)]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                # "from praktijkdesk import errors" or "from . import x": x may be a module.
                for alias in child.names:
                    candidate = f"{target}.{alias.name}"
                    is_module = target == ROOT_NAME or (child.level and not child.module)
                    found.append(Import(candidate if is_module else target, child.lineno, function))
            visit(child, inner)

    visit(ast.parse(source), None)
    return found


# Leaves: the praktijkdesk modules they may import (all others are forbidden).
LEAVES = {
    # Windows/POSIX specifics: usable by storage, services, documents, guides, bundles, ui, cli.
    "platform": {"praktijkdesk.platform", "praktijkdesk.errors"},
}
LEAF_THIRD_PARTY = {"platform": {"platformdirs"}}


def imports_of(path: Path) -> set[str]:
    """The absolute names a module imports (kept for the other layer tests)."""
    module = module_name(path)
    return {
        i.module
        for i in collect_imports(
            path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py"
        )
    }


def row_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _allowed(row: str, target: str, function: str | None) -> bool:
    top = target.split(".")[0]
    extra = INSIDE_FUNCTIONS.get(row, {}).get(function or "", ())
    if top == ROOT_NAME:
        inside = target.split(".", 1)[1] if "." in target else ""
        if inside in ROOT_ATTRIBUTES:  # praktijkdesk/__init__.py holds __version__ only
            return True
        for entry in ALLOWED[row] + extra:
            if inside == entry or inside.startswith(entry + "."):
                return True
        return False
    if top in STDLIB or top == "__future__":
        return True
    return top in THIRD_PARTY.get(row, ()) or top in extra


def violations_in(source: str, module: str, *, is_package: bool = False) -> list[str]:
    row = row_of(module)
    if row not in ALLOWED:
        return [f"{module}: the package {row!r} has no row in the allow-list"]
    return [
        f"{module}:{i.line} imports {i.module}" + (f" (in {i.function})" if i.function else "")
        for i in collect_imports(source, module, is_package=is_package)
        if not _allowed(row, i.module, i.function)
    ]


def all_violations() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += violations_in(
            path.read_text(encoding="utf-8"),
            module_name(path),
            is_package=path.name == "__init__.py",
        )
    return found


def test_every_module_imports_only_what_its_row_allows():
    assert all_violations() == []


# The checker itself must fail on what it is there to catch -----------------------------
@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("praktijkdesk.domain.mark", "from praktijkdesk.storage import marks"),
        ("praktijkdesk.domain.mark", "from ..storage import marks"),
        ("praktijkdesk.domain.mark", "from .. import storage"),
        ("praktijkdesk.domain.mark", "from praktijkdesk import desk"),
        (
            "praktijkdesk.domain.mark",
            "def f():\n    import sqlite3.dbapi2 as x\n    import PySide6",
        ),
        ("praktijkdesk.storage.marks", "from ..services import marking"),
        ("praktijkdesk.storage.marks", "import fpdf"),
        ("praktijkdesk.ui.screens.checklist", "from praktijkdesk.storage.marks import next_seq"),
        ("praktijkdesk.ui.screens.checklist", "from ...storage import marks"),
        ("praktijkdesk.ui.screens.checklist", "import sqlite_utils"),
        ("praktijkdesk.ui.screens.checklist", "from praktijkdesk.services.marking import X"),
        ("praktijkdesk.cli", "from praktijkdesk.ui.application import run_app"),
        ("praktijkdesk.cli", "def cmd_candidates(a):\n    from praktijkdesk.ui import tour"),
        ("praktijkdesk.cli", "import PySide6"),
        ("praktijkdesk.desk", "from praktijkdesk.ui.events import DeskEvents"),
        ("praktijkdesk.desk", "def reload(self):\n    from .ui import main_window"),
        ("praktijkdesk.bundles.format", "from praktijkdesk.storage import bundle_records"),
        ("praktijkdesk.documents.base", "from PySide6 import QtGui"),
        ("praktijkdesk.errors", "from praktijkdesk.paths import resource"),
        ("praktijkdesk.platform.files", "from praktijkdesk.storage import database"),
        ("praktijkdesk.newthing", "import json"),
    ],
)
def test_the_checker_fails_on_an_injected_violation(module, source):
    assert violations_in(source, module) != []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("praktijkdesk.domain.mark", "from . import guide\nfrom .guide import Guide"),
        ("praktijkdesk.storage.marks", "from praktijkdesk.domain.mark import Mark\nimport sqlite3"),
        ("praktijkdesk.ui.events", "from praktijkdesk.services.changes import Changes"),
        (
            "praktijkdesk.cli",
            "def cmd_gui(a):\n    from praktijkdesk.ui.application import run_app",
        ),
        ("praktijkdesk.storage.database", "from praktijkdesk.platform import files"),
        ("praktijkdesk.ui.dialogs.about", "from importlib import metadata"),
    ],
)
def test_the_checker_lets_allowed_imports_through(module, source):
    assert violations_in(source, module) == []


def importlib_uses(source: str) -> list[int]:
    """Lines that load a module by name (importlib.import_module, __import__)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "import_module"
            or (isinstance(node, ast.Name) and node.id == "__import__")
        ):
            lines.append(node.lineno)
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module == "importlib"
            and any(a.name == "import_module" for a in node.names)
        ):
            lines.append(node.lineno)
    return lines


def test_no_importlib_import_module_in_the_ui():
    """Screens and dialogs are plain imports: a broken module is an ImportError, never a
    feature quietly shown as "coming soon" (importlib.metadata for versions is fine)."""
    used = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for line in importlib_uses(path.read_text(encoding="utf-8"))
    ]
    assert used == []


@pytest.mark.parametrize(
    "source",
    [
        "import importlib\nx = importlib.import_module('praktijkdesk.ui.printing')",
        "from importlib import import_module\nx = import_module('m')",
        "x = __import__('praktijkdesk.ui.printing')",
    ],
)
def test_the_importlib_check_fails_on_an_injected_use(source):
    assert importlib_uses(source) != []


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
        and p.name != "cli.py"  # cli: only inside cmd_gui/cmd_tour (the allow-list checks)
    ]
    assert outside == []


def test_the_command_line_starts_without_qt_or_fpdf():
    code = (
        "import sys, praktijkdesk.cli, praktijkdesk.desk;"
        "bad = [m for m in ('PySide6', 'fpdf') if m in sys.modules];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
