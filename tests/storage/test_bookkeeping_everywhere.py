"""Since schema step 7 no trigger keeps the change log or the revisions: every storage
function that writes a tracked table must do it itself (storage/changes.py). This test reads
the storage package and names any writer that forgets — also one added later."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from praktijkdesk.storage.changes import TRACKED

STORAGE = Path(__file__).resolve().parents[2] / "praktijkdesk" / "storage"
EXEMPT = {"migrations.py", "changes.py"}  # the schema itself; the bookkeeping itself
BOOKKEEPING = ("track", "track_made_here", "versioned_update")
WRITE = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE)\s+(" + "|".join(TRACKED) + r")\b", re.I
)


def _writers(folder: Path = STORAGE) -> list[tuple[str, str, str, bool]]:
    found = []
    for path in sorted(folder.glob("*.py")):
        if path.name in EXEMPT:
            continue
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.FunctionDef):
                continue
            body = ast.get_source_segment(source, node) or ""
            tables = {m.group(1) for m in WRITE.finditer(body)}
            for table in tables:
                books = any(f"{call}(" in body for call in BOOKKEEPING)
                found.append((path.name, node.name, table, books))
    return found


def test_every_writer_of_a_tracked_table_does_its_bookkeeping():
    writers = _writers()
    assert len(writers) >= 10  # the check sees the writers (add_person, add_declaration, …)
    forgot = [f"{file}:{name} writes {table}" for file, name, table, books in writers if not books]
    assert forgot == []


def test_the_check_catches_a_writer_without_bookkeeping(tmp_path):
    (tmp_path / "rogue.py").write_text(
        "def rename(db, pid, name):\n"
        "    db.execute('UPDATE people SET name = ? WHERE id = ?', [name, pid])\n",
        encoding="utf-8",
    )
    assert [w[:3] for w in _writers(tmp_path) if not w[3]] == [("rogue.py", "rename", "people")]
