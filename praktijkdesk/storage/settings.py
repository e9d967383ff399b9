"""Key/value settings kept in the database, so a portable copy carries them."""

from __future__ import annotations

from praktijkdesk.storage.database import Database


def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: Database, key: str, value: str | None) -> None:
    if value is None:
        db.execute("DELETE FROM settings WHERE key = ?", [key])
    else:
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )


def all_settings(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM settings").fetchall())
