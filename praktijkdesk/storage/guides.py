"""Guide versions, each stored whole as canonical JSON (the services parse and cache it)."""

from __future__ import annotations

from dataclasses import dataclass

from praktijkdesk.storage.changes import track
from praktijkdesk.storage.database import Database


@dataclass(frozen=True)
class StoredGuide:
    key: str
    slug: str
    version: str
    title: str
    imported_at: str


def add_guide(
    db: Database, key: str, slug: str, version: str, title: str, content: str, imported_at: str
) -> None:
    db.execute(
        "INSERT INTO guides (id, slug, version, title, content, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [key, slug, version, title, content, imported_at],
    )
    track(db, "guides", [key])


def guide_content(db: Database, key: str) -> str | None:
    row = db.execute("SELECT content FROM guides WHERE id = ?", [key]).fetchone()
    return row[0] if row else None


def list_stored_guides(db: Database) -> list[StoredGuide]:
    rows = db.execute(
        "SELECT id, slug, version, title, imported_at FROM guides ORDER BY title, version"
    )
    return [StoredGuide(*r) for r in rows]


def guide_keys_for_slug(db: Database, slug: str) -> list[str]:
    """Versions of one guide, oldest import first."""
    rows = db.execute("SELECT id FROM guides WHERE slug = ? ORDER BY imported_at, version", [slug])
    return [r[0] for r in rows]


def guide_in_use(db: Database, key: str) -> bool:
    return (
        db.execute("SELECT 1 FROM trajectories WHERE guide_id = ? LIMIT 1", [key]).fetchone()
        is not None
    )


def trajectory_counts_by_guide(db: Database) -> dict[str, int]:
    """Per stored guide version: how many trajectories (open or closed) use it."""
    rows = db.execute("SELECT guide_id, COUNT(*) FROM trajectories GROUP BY guide_id")
    return dict(rows.fetchall())
