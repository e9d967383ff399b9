"""A small mutation run: change one operator, constant or statement, run the tests, repeat.

Pure stdlib, AST-based. For every mutant the module is rewritten in a private copy of the
project (a temporary folder; the working tree is never edited) and ``pytest -x`` runs the
test folders mapped to that module in a subprocess, with a per-mutant timeout. A mutant is
*killed* when a test fails (or the run times out), *survived* when every test passes.

Usage (see docs/mutation.md):

    python3 tools/mutation.py praktijkdesk/domain/mark.py
    python3 tools/mutation.py core                      # every module of the core table
    python3 tools/mutation.py praktijkdesk/bundles/format.py --sample 60 --seed 1
    python3 tools/mutation.py praktijkdesk/domain/mark.py --tests tests/domain --no-wide
    python3 tools/mutation.py praktijkdesk/domain/mark.py --list   # only list the mutants

Survivors of the fast test folders are run again against the module's wider folders
(``--no-wide`` skips that), so the score counts the tests of the default ``pytest`` run that
matter for the module. Mutants judged equivalent are listed in tools/mutation_equivalent.txt
and left out of the score (they are still printed, marked "equivalent").

Not part of the default pytest run: it takes minutes, not seconds.
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENT_FILE = Path(__file__).resolve().parent / "mutation_equivalent.txt"

# module → (fast test files run for every mutant, wider folders run for its survivors).
# The fast ones are the focused tests of the module: -x stops at the first failure, so most
# mutants die in a second or two; only survivors pay for the wide folders. Paths missing from
# the tests being used (an old checkout, --tests-root) are skipped.
MODULES: dict[str, tuple[list[str], list[str]]] = {
    "praktijkdesk/domain/mark.py": (
        ["tests/domain/test_conclusions.py", "tests/domain/test_mark.py"],
        ["tests/domain", "tests/storage", "tests/services", "tests/exchange"],
    ),
    "praktijkdesk/domain/declaration.py": (
        [
            "tests/domain/test_declaration.py",
            "tests/domain/test_progress.py",
            "tests/documents/test_signature_labels.py",
        ],
        [
            "tests/domain",
            "tests/documents",
            "tests/services/test_declarations.py",
            "tests/exchange/test_declarations_travel.py",
        ],
    ),
    "praktijkdesk/domain/guide.py": (
        ["tests/domain/test_guide_and_progress.py"],
        ["tests/domain", "tests/guides", "tests/services"],
    ),
    "praktijkdesk/domain/names.py": (
        ["tests/domain/test_names.py", "tests/domain/test_names_edges.py"],
        ["tests/domain", "tests/reliability/test_names_property.py", "tests/services"],
    ),
    "praktijkdesk/domain/people.py": (
        ["tests/domain/test_guide_and_progress.py"],
        ["tests/domain", "tests/services"],
    ),
    "praktijkdesk/domain/progress.py": (
        [
            "tests/domain/test_guide_and_progress.py",
            "tests/domain/test_progress.py",
            "tests/services/test_conclude_again.py",
        ],
        ["tests/domain", "tests/services"],
    ),
    "praktijkdesk/domain/progress_report.py": (
        ["tests/domain/test_guide_and_progress.py"],
        [
            "tests/domain",
            "tests/documents/test_progress_report_pdf.py",
            "tests/services/test_reports.py",
        ],
    ),
    "praktijkdesk/domain/trajectory.py": (
        ["tests/domain/test_guide_and_progress.py"],
        ["tests/domain", "tests/services"],
    ),
    "praktijkdesk/storage/marks.py": (
        ["tests/storage/test_marks_log.py"],
        ["tests/storage", "tests/services", "tests/exchange"],
    ),
    "praktijkdesk/bundles/format.py": (
        ["tests/bundles"],
        ["tests/exchange"],
    ),
}
CORE = list(MODULES)


# --- finding mutants ------------------------------------------------------------------------
_CMP_SWAPS = {
    ast.Eq: [ast.NotEq],
    ast.NotEq: [ast.Eq],
    ast.Lt: [ast.LtE, ast.GtE],
    ast.LtE: [ast.Lt, ast.Gt],
    ast.Gt: [ast.GtE, ast.LtE],
    ast.GtE: [ast.Gt, ast.Lt],
    ast.In: [ast.NotIn],
    ast.NotIn: [ast.In],
    ast.Is: [ast.IsNot],
    ast.IsNot: [ast.Is],
}
_BIN_SWAPS = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
    ast.Pow: ast.Mult,
    ast.BitOr: ast.BitAnd,
    ast.BitAnd: ast.BitOr,
    ast.LShift: ast.RShift,
    ast.RShift: ast.LShift,
}
_SYMBOL = {
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
    ast.BitOr: "|",
    ast.BitAnd: "&",
    ast.LShift: "<<",
    ast.RShift: ">>",
    ast.And: "and",
    ast.Or: "or",
}


@dataclass(frozen=True)
class Mutant:
    module: str
    line: int
    col: int
    what: str  # human-readable: "`<` → `<=`"
    path: tuple  # where in the tree: a tuple of (field, index) steps
    change: tuple  # (kind, argument)

    @property
    def ident(self) -> str:
        return f"{self.module}:{self.line}:{self.col}: {self.what}"


def _is_docstring(node: ast.AST, parent: ast.AST | None) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _walk(node: ast.AST, path: tuple = (), parent=None) -> Iterator[tuple[ast.AST, tuple, ast.AST]]:
    yield node, path, parent
    for name, value in ast.iter_fields(node):
        # Annotations are not run (from __future__ import annotations) and f-string parts are
        # message text: neither is mutated.
        # Decorators (``frozen=True``) are declarations, not behaviour a test can call.
        if name in ("annotation", "returns", "decorator_list") or isinstance(node, ast.JoinedStr):
            continue
        if isinstance(node, ast.ImportFrom) or isinstance(node, ast.Import):
            continue
        if isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, ast.AST):
                    yield from _walk(item, path + ((name, i),), node)
        elif isinstance(value, ast.AST):
            yield from _walk(value, path + ((name, None),), node)


_REMOVABLE = (
    ast.Expr,
    ast.Raise,
    ast.AugAssign,
    ast.Assign,
    ast.Delete,
    ast.If,
    ast.Continue,
    ast.Break,
    ast.With,
    ast.For,
)


def find_mutants(module: str, source: str) -> list[Mutant]:
    tree = ast.parse(source)
    found: list[Mutant] = []

    def add(node, path, what, change):
        found.append(Mutant(module, node.lineno, node.col_offset, what, path, change))

    for node, path, parent in _walk(tree):
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                for new in _CMP_SWAPS.get(type(op), []):
                    add(node, path, f"`{_SYMBOL[type(op)]}` → `{_SYMBOL[new]}`", ("cmp", i, new))
        elif isinstance(node, ast.BoolOp):
            new = ast.Or if isinstance(node.op, ast.And) else ast.And
            add(node, path, f"`{_SYMBOL[type(node.op)]}` → `{_SYMBOL[new]}`", ("boolop", new))
        elif isinstance(node, ast.BinOp) and type(node.op) in _BIN_SWAPS:
            if isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
                continue  # "%"-formatting of a message
            new = _BIN_SWAPS[type(node.op)]
            add(node, path, f"`{_SYMBOL[type(node.op)]}` → `{_SYMBOL[new]}`", ("binop", new))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            add(node, path, "drop `not`", ("dropnot",))
        elif isinstance(node, ast.Constant) and not _is_docstring(parent, None):
            value = node.value
            if isinstance(value, bool):
                add(node, path, f"`{value}` → `{not value}`", ("const", not value))
            elif isinstance(value, int):
                add(node, path, f"`{value}` → `{value + 1}`", ("const", value + 1))
                add(node, path, f"`{value}` → `{value - 1}`", ("const", value - 1))
            elif isinstance(value, float):
                add(node, path, f"`{value}` → `{value + 1}`", ("const", value + 1))
            elif isinstance(value, str):
                new = "XX" if value == "" else ""
                add(node, path, f"`{_short(value)}` → `{new!r}`", ("const", new))
            elif isinstance(value, bytes):
                add(node, path, f"`{_short(value)}` → `b''`", ("const", b""))
        elif isinstance(node, ast.Return) and node.value is not None:
            # `return False` → `return None` is left out: both are false wherever they are used
            # as a truth value, and the constant's own mutant (`False` → `True`) covers it.
            returned = node.value
            if not (
                isinstance(returned, ast.Constant)
                and (returned.value is None or returned.value is False)
            ):
                add(node, path, "`return …` → `return None`", ("return_none",))
        if isinstance(node, (ast.If, ast.While, ast.IfExp)):
            add(node.test, path + (("test", None),), "negate condition", ("negate",))
        if isinstance(node, ast.comprehension):
            for i, cond in enumerate(node.ifs):
                add(cond, path + (("ifs", i),), "negate condition", ("negate",))
        if isinstance(node, _REMOVABLE) and not _is_docstring(node, parent):
            if parent is not None and not isinstance(parent, ast.Module):
                add(
                    node, path, f"remove `{_short(ast.unparse(node).splitlines()[0])}`", ("remove",)
                )
    return found


def _short(value, limit: int = 40) -> str:
    text = value if isinstance(value, str) else repr(value)
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _locate(tree: ast.AST, path: tuple):
    parent, field, index, node = None, None, None, tree
    for field, index in path:
        parent = node
        node = getattr(node, field) if index is None else getattr(node, field)[index]
    return parent, field, index, node


def apply(source: str, mutant: Mutant) -> str:
    tree = ast.parse(source)
    parent, field, index, node = _locate(tree, mutant.path)
    kind = mutant.change[0]
    replacement = node
    if kind == "cmp":
        node.ops[mutant.change[1]] = mutant.change[2]()
    elif kind == "boolop":
        node.op = mutant.change[1]()
    elif kind == "binop":
        node.op = mutant.change[1]()
    elif kind == "dropnot":
        replacement = node.operand
    elif kind == "const":
        node.value = mutant.change[1]
    elif kind == "return_none":
        node.value = ast.Constant(None)
    elif kind == "negate":
        replacement = ast.UnaryOp(ast.Not(), copy.deepcopy(node))
    elif kind == "remove":
        replacement = ast.Pass()
    else:  # pragma: no cover
        raise ValueError(kind)
    if replacement is not node:
        if index is None:
            setattr(parent, field, replacement)
        else:
            getattr(parent, field)[index] = replacement
    ast.fix_missing_locations(tree)
    return ast.unparse(tree)


# --- running --------------------------------------------------------------------------------
def make_copy(tests_root: Path = ROOT) -> Path:
    """A private copy of the package and tests; resources are linked (read-only, large)."""
    work = Path(tempfile.mkdtemp(prefix="praktijkdesk-mutation-"))
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis")
    shutil.copytree(ROOT / "praktijkdesk", work / "praktijkdesk", ignore=ignore)
    shutil.copytree(tests_root / "tests", work / "tests", ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", work / "pyproject.toml")
    (work / "resources").symlink_to(ROOT / "resources")
    return work


# Plugins the focused tests do not need cost ~1.5 s of CPU per run; a baseline that fails
# without them runs them again with all plugins (see mutate_module).
LEAN = [
    "-p",
    "no:pytestqt",
    "-p",
    "no:hypothesispytest",
    "-W",
    "ignore::pytest.PytestConfigWarning",
]


LAST_OUTPUT = [""]  # the last run's output, shown when a baseline fails


def run_tests(work: Path, tests: list[str], timeout: float, lean: bool = True) -> tuple[str, float]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(work),
        PYTHONDONTWRITEBYTECODE="1",  # a mutant of the same size and second must not hit a stale .pyc
        QT_QPA_PLATFORM="offscreen",
        PYTHONHASHSEED="0",
    )
    env.pop("PRAKTIJKDESK_BUILD", None)
    started = time.monotonic()
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-x",
                "-q",
                "-p",
                "no:cacheprovider",
                "-p",
                "no:randomly",
                *(LEAN if lean else []),
                *tests,
            ],
            cwd=work,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return "timeout", time.monotonic() - started
    elapsed = time.monotonic() - started
    LAST_OUTPUT[0] = done.stdout.decode("utf-8", "replace")
    if done.returncode == 0:
        return "survived", elapsed
    if done.returncode == 5:  # no tests collected: the mapping is wrong, not the mutant killed
        raise SystemExit(f"no tests collected for {tests}")
    return "killed", elapsed


def load_equivalent() -> dict[str, str]:
    """``module:line:col: what  # why`` lines → why."""
    result = {}
    if EQUIVALENT_FILE.exists():
        for line in EQUIVALENT_FILE.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            ident, _, why = line.partition("  # ")
            result[ident.strip()] = why.strip()
    return result


def mutate_module(module: str, args, work: Path, equivalent: dict[str, str]) -> dict:
    original_path = ROOT / module
    source = original_path.read_text(encoding="utf-8")
    mutants = find_mutants(module, source)
    total_found = len(mutants)
    known = {m.ident for m in mutants}
    for ident in equivalent:
        if ident.startswith(f"{module}:") and ident not in known:
            print(f"note: {EQUIVALENT_FILE.name} names a mutant that no longer exists: {ident}")
    if args.lines:
        low, _, high = args.lines.partition("-")
        mutants = [m for m in mutants if int(low) <= m.line <= int(high or low)]
    if args.sample and args.sample < len(mutants):
        mutants = sorted(
            random.Random(args.seed).sample(mutants, args.sample), key=lambda m: (m.line, m.col)
        )
    fast, wide = MODULES.get(module, (["tests"], []))
    fast = [t for t in (args.tests or fast) if (work is None or (work / t).exists())]
    wide = (
        []
        if args.no_wide
        else [t for t in (args.wide or wide) if work is None or (work / t).exists()]
    )
    if not fast:
        fast, wide = wide, []
    if args.list:
        for m in mutants:
            print(m.ident)
        return {"module": module, "found": total_found, "mutants": len(mutants)}

    target = work / module
    # Baseline: the unparsed but unchanged module must pass the mapped tests.
    target.write_text(ast.unparse(ast.parse(source)), encoding="utf-8")

    def baseline(tests):
        for lean in (True, False):
            state, seconds = run_tests(work, tests, timeout=args.max_seconds, lean=lean)
            if state == "survived":
                return lean, seconds
        tail = "\n".join(LAST_OUTPUT[0].splitlines()[-30:])
        raise SystemExit(
            f"{tail}\n{module}: {tests} fail without any mutant ({state}); fix that first"
        )

    fast_lean, base_time = baseline(fast)
    wide_lean, wide_time = baseline(wide) if wide else (True, 0.0)
    print(
        f"\n== {module}: {len(mutants)} of {total_found} mutants; "
        f"fast {' '.join(fast)} ({base_time:.1f} s), wide {' '.join(wide) or '-'} "
        f"({wide_time:.1f} s)",
        flush=True,
    )

    results = []
    try:
        for n, mutant in enumerate(mutants, 1):
            target.write_text(apply(source, mutant), encoding="utf-8")
            state, seconds = run_tests(work, fast, base_time * 3 + 20, fast_lean)
            stage = "fast"
            if state == "survived" and wide:
                state, seconds2 = run_tests(work, wide, wide_time * 3 + 20, wide_lean)
                seconds += seconds2
                stage = "wide"
            if state == "survived" and mutant.ident in equivalent:
                state = "equivalent"
            results.append((mutant, state, stage))
            if args.verbose or state == "survived":
                print(
                    f"  [{n}/{len(mutants)}] {state:10} {mutant.ident} ({seconds:.1f} s)",
                    flush=True,
                )
    finally:
        shutil.copy2(original_path, target)
    killed = sum(1 for _, s, _ in results if s in ("killed", "timeout"))
    fast_killed = sum(1 for _, s, st in results if s in ("killed", "timeout") and st == "fast")
    eq = sum(1 for _, s, _ in results if s == "equivalent")
    counted = len(results) - eq
    survivors = [m for m, s, _ in results if s == "survived"]
    return {
        "module": module,
        "found": total_found,
        "mutants": len(results),
        "killed": killed,
        "fast_killed": fast_killed,
        "equivalent": eq,
        "score": killed / counted if counted else 1.0,
        "survivors": survivors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "modules", nargs="+", help="module paths (praktijkdesk/...py), a folder, or 'core'"
    )
    parser.add_argument("--tests", nargs="+", help="fast test folders (default: the mapping)")
    parser.add_argument("--wide", nargs="+", help="test folders for the fast run's survivors")
    parser.add_argument("--no-wide", action="store_true", help="only run the fast folders")
    parser.add_argument(
        "--sample", type=int, help="run only N mutants per module, chosen by --seed"
    )
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--lines", help="only mutants on these lines, e.g. 120-180")
    parser.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every mutant")
    parser.add_argument(
        "--tests-root",
        type=Path,
        default=ROOT,
        help="take tests/ from this folder (e.g. an old checkout, for a 'before')",
    )
    parser.add_argument(
        "--max-seconds", type=float, default=900, help="timeout of the baseline runs"
    )
    args = parser.parse_args(argv)

    modules: list[str] = []
    for item in args.modules:
        if item == "core":
            modules += CORE
        elif (ROOT / item).is_dir():
            modules += sorted(
                str(p.relative_to(ROOT))
                for p in (ROOT / item).glob("*.py")
                if p.name != "__init__.py"
            )
        else:
            modules.append(item)
    equivalent = load_equivalent()
    # A stopped run (Ctrl-C, kill) still removes its temporary copy.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = None if args.list else make_copy(args.tests_root)
    summaries = []
    try:
        for module in modules:
            summaries.append(mutate_module(module, args, work, equivalent))
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
    if args.list:
        for s in summaries:
            print(f"{s['module']}: {s['mutants']} of {s['found']} mutants")
        return 0

    print("\n| module | mutants | killed (fast) | equivalent | survived | score |")
    print("|---|---|---|---|---|---|")
    for s in summaries:
        print(
            f"| `{s['module']}` | {s['mutants']} | {s['killed']} ({s['fast_killed']}) | "
            f"{s['equivalent']} | {len(s['survivors'])} | {s['score']:.0%} |"
        )
    for s in summaries:
        for m in s["survivors"]:
            print(f"survived: {m.ident}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
