"""Backup file names: written and read back exactly; anything else is not a backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from praktijkdesk.storage.backup import BACKUP_PREFIX, BACKUP_SUFFIX, backup_name, parse_backup_name

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(2026, 3, 1, 9, 5, 7, 1234, tzinfo=UTC),
        dt.datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        dt.datetime(2000, 1, 1, 0, 0, 0, 0, tzinfo=UTC),
    ],
)
def test_a_name_reads_back_as_its_moment_and_reason(moment):
    assert parse_backup_name(Path(backup_name(moment, "guide-import"))) == (moment, "guide-import")


@pytest.mark.parametrize(
    "stamp",
    [
        "20261301-000000-000000",  # month 13
        "20260230-000000-000000",  # 30 February
        "20260101-246000-000000",  # hour 24
        "2026010-000000-000000",  # a digit short
        "２0260101-000000-000000",  # a full-width digit
        "20260101-000000-1234567",  # seven digits of microseconds
        "20260101-000000-",
        "20260101-00a000-000000",
    ],
)
def test_anything_else_is_not_a_backup_name(stamp):
    assert parse_backup_name(Path(f"{BACKUP_PREFIX}{stamp}-dagelijks{BACKUP_SUFFIX}")) is None


def test_short_microseconds_mean_what_strptime_made_of_them():
    parsed = parse_backup_name(Path(f"{BACKUP_PREFIX}20260101-000000-5{BACKUP_SUFFIX}"))
    assert parsed == (dt.datetime(2026, 1, 1, 0, 0, 0, 500000, tzinfo=UTC), "")
