"""Dates and times as people read them, in the current language."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore


def long_date(iso_date: str | None) -> str:
    if not iso_date:
        return ""
    date = QtCore.QDate.fromString(iso_date[:10], QtCore.Qt.DateFormat.ISODate)
    return QtCore.QLocale().toString(date, "d MMMM yyyy")


def day_date(iso_date: str | None) -> str:
    """ "12 november" this year, "12 november 2025" another year."""
    if not iso_date:
        return ""
    date = QtCore.QDate.fromString(iso_date[:10], QtCore.Qt.DateFormat.ISODate)
    same_year = date.year() == QtCore.QDate.currentDate().year()
    return QtCore.QLocale().toString(date, "d MMMM" if same_year else "d MMMM yyyy")


def moment(iso_utc: str) -> str:
    """When a mark was made, in local time: "vandaag 14:05", "12 maart 09:30"."""
    try:
        when = dt.datetime.fromisoformat(iso_utc.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso_utc
    locale = QtCore.QLocale()
    time = f"{when.hour:02d}:{when.minute:02d}"
    today = dt.date.today()
    if when.date() == today:
        return QtCore.QCoreApplication.translate("formatting", "vandaag {time}").format(time=time)
    if when.date() == today - dt.timedelta(days=1):
        return QtCore.QCoreApplication.translate("formatting", "gisteren {time}").format(time=time)
    date = QtCore.QDate(when.year, when.month, when.day)
    fmt = "d MMMM" if when.year == today.year else "d MMMM yyyy"
    return f"{locale.toString(date, fmt)} {time}"
