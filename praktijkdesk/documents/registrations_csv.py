"""The school's registration list (registratielijst) as a CSV file a spreadsheet opens right.

Semicolons (Dutch Excel's list separator), UTF-8 with a byte order mark (so Excel reads
"Şükrü" as it is) and CRLF line ends. A cell that starts with = + - @, a tab or a carriage
return gets a leading apostrophe, so a spreadsheet shows it as text and never runs it as a
formula (CSV injection). Qt-free and fpdf-free.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

HEADER = (
    "Nummer",
    "Status",
    "Datum uitgereikt",
    "Datum ingetrokken",
    "Kandidaat",
    "Geboortedatum",
    "Kwalificatie",
    "Crebo",
    "Niveau",
    "Werkprocessen",
    "Leerbedrijf",
    "Plaats leerbedrijf",
    "Erkenningsnummer SBB",
    "Praktijkopleider",
    "School",
    "BRIN",
)
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_RISKY_START) else text


def registrations_csv(rows: Iterable[Sequence[object]]) -> bytes:
    """HEADER and the rows as CSV bytes (UTF-8 with BOM, ';', CRLF)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([formula_safe(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")
