"""The school (mbo-instelling): who issues and registers the praktijkverklaring.

Plain data and pure checks; no storage. The checks return the cleaned value or raise
InvalidInput with a Dutch message, so the command line and the app say the same thing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from praktijkdesk.domain.names import normalise
from praktijkdesk.errors import InvalidInput

# How the declaration names the school: a small fixed set, chosen per school.
# {school} and {employer} are filled in; the rest is the school's own formal wording.
WORDINGS: dict[str, str] = {
    "issued_by": (
        "Uitgereikt door {school} op basis van het oordeel van de praktijkopleider van {employer}."
    ),
    "on_behalf_of": (
        "Namens {school} afgegeven op basis van het oordeel van de praktijkopleider van {employer}."
    ),
    "registered_by": (
        "Opgesteld op basis van het oordeel van de praktijkopleider van {employer}. "
        "Geregistreerd door {school}."
    ),
}
DEFAULT_WORDING = "issued_by"
WORDING_LABELS = {  # what the app and `schools` show for each choice
    "issued_by": "Uitgereikt door de school",
    "on_behalf_of": "Namens de school",
    "registered_by": "Geregistreerd door de school",
}

_BRIN = re.compile(r"^[0-9]{2}[A-Z]{2}$")
_SERIES = re.compile(r"^[A-Z0-9]{2,8}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
_SBB = re.compile(r"^[0-9]{6,10}$")
MAX_FIELD = 120
NO_SBB_WARNING = "Dit leerbedrijf heeft nog geen erkenning van SBB."


@dataclass(frozen=True)
class School:
    id: str
    name: str
    brin: str = ""  # four characters: two digits, two letters ("25LH")
    place: str = ""
    contact_name: str = ""  # the Praktijkloket contact
    contact_phone: str = ""
    contact_email: str = ""
    wording: str = DEFAULT_WORDING  # a key of WORDINGS
    co_signs: bool = False  # the school signs the declaration too
    series: str = ""  # the school's number series; empty: the BRIN code, else "PV"
    has_logo: bool = False

    def number_series(self) -> str:
        return self.series or self.brin or "PV"


def check_brin(text: str | None) -> str:
    """'25lh ' → '25LH'; empty stays empty; anything else is refused."""
    value = "".join((text or "").split()).upper()
    if value and not _BRIN.match(value):
        raise InvalidInput(
            f"'{text}' is geen BRIN-code. Een BRIN-code heeft 4 tekens: 2 cijfers en dan "
            "2 letters, zoals 25LH."
        )
    return value


def check_series(text: str | None) -> str:
    value = "".join((text or "").split()).upper()
    if value and not _SERIES.match(value):
        raise InvalidInput(
            f"'{text}' kan geen nummerreeks zijn. Gebruik 2 tot 8 letters of cijfers, zoals 25LH."
        )
    return value


def check_email(text: str | None) -> str:
    value = normalise(text or "")
    if value and (len(value) > MAX_FIELD or not _EMAIL.match(value)):
        raise InvalidInput(f"'{text}' is geen e-mailadres. Schrijf het zoals naam@school.nl.")
    return value


def check_phone(text: str | None) -> str:
    value = normalise(text or "")
    if value and not _PHONE.match(value):
        raise InvalidInput(
            f"'{text}' is geen telefoonnummer. Gebruik alleen cijfers, spaties en eventueel +."
        )
    return value


def check_sbb_number(text: str | None) -> str:
    """The SBB erkenningsnummer (leerbedrijf-id): digits only, spaces and dots dropped."""
    value = re.sub(r"[\s.]", "", text or "")
    if value and not _SBB.match(value):
        raise InvalidInput(
            f"'{text}' is geen erkenningsnummer van SBB. Dat nummer heeft alleen cijfers "
            "(6 tot 10), zoals 100234567. U vindt het op www.s-bb.nl bij 'Leerbedrijven zoeken'."
        )
    return value


def check_wording(text: str | None) -> str:
    value = (text or DEFAULT_WORDING).strip()
    if value not in WORDINGS:
        raise InvalidInput(f"Onbekende tekstkeuze '{text}'. Kies uit: {', '.join(WORDINGS)}.")
    return value


def issued_by_sentence(wording: str, school: str, employer: str) -> str:
    sentence = WORDINGS.get(wording, WORDINGS[DEFAULT_WORDING]).format(
        school=school, employer=employer
    )
    return one_full_stop(sentence)


def one_full_stop(sentence: str) -> str:
    """'… B.V. i.o..' → '… B.V. i.o.': a name that ends in a full stop ends the sentence too."""
    return re.sub(r"\.\.(?=\s|$)", ".", sentence)


# Crockford's base32 without I, L, O, U: no letter can be read as a digit on paper.
_DEVICE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def device_code(device_id: str, length: int = 4) -> str:
    """A short code for this device in declaration numbers (about a million possibilities)."""
    digest = int.from_bytes(hashlib.sha256(device_id.encode("utf-8")).digest()[:8], "big")
    letters = []
    for _ in range(length):
        digest, rest = divmod(digest, 32)
        letters.append(_DEVICE_ALPHABET[rest])
    return "".join(letters)
