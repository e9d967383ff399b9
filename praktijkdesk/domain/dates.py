"""One date parser for the app and the command line: 23-06-2001, 23/6/2001, 23.06.2001 and
2001-06-23 all mean 23 June 2001 (a Dutch trainer writes day-month-year; scripts write ISO)."""

from __future__ import annotations

import datetime as dt
import re

_DAY_FIRST = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
FIRST_YEAR, LAST_YEAR = 1900, 2200


class NotADate(ValueError):
    """The text is not a date; ``reason`` says why in Dutch."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def parse_date(text: str | None) -> str | None:
    """ "23-06-2001" or "2001-06-23" → "2001-06-23"; empty → None; anything else: NotADate."""
    text = (text or "").strip()
    if not text:
        return None
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO.match(text)
        if not match:
            raise NotADate("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 23-06-2001.")
        year, month, day = (int(g) for g in match.groups())
    try:
        value = dt.date(year, month, day)
    except ValueError:
        raise NotADate("Die dag bestaat niet.") from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise NotADate("Dat jaar kan niet kloppen.")
    return value.isoformat()
