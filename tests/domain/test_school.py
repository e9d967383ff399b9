"""The school's checks: BRIN code, SBB erkenningsnummer, contact, wording; the device code."""

from __future__ import annotations

import pytest

from praktijkdesk.domain.school import (
    WORDINGS,
    check_brin,
    check_email,
    check_phone,
    check_sbb_number,
    check_series,
    check_wording,
    device_code,
    issued_by_sentence,
)
from praktijkdesk.errors import InvalidInput


@pytest.mark.parametrize(
    "raw, clean", [("25LH", "25LH"), (" 25lh ", "25LH"), ("2 5 L H", "25LH"), ("", ""), (None, "")]
)
def test_a_brin_code_is_two_digits_and_two_letters(raw, clean):
    assert check_brin(raw) == clean


@pytest.mark.parametrize("raw", ["25L", "25LHX", "LH25", "2XLH", "25L1", "25ĲH", "=25L", "00000"])
def test_a_wrong_brin_code_is_refused_in_dutch(raw):
    with pytest.raises(InvalidInput, match="BRIN-code heeft 4 tekens"):
        check_brin(raw)


def test_sbb_number_digits_only_with_spaces_and_dots_dropped():
    assert check_sbb_number("100 234 567") == "100234567"
    assert check_sbb_number("100.234.567") == "100234567"
    assert check_sbb_number("") == ""
    for wrong in ("12345", "12345678901", "10023456A", "+100234567", "=1+1"):
        with pytest.raises(InvalidInput, match="erkenningsnummer van SBB"):
            check_sbb_number(wrong)


def test_contact_fields():
    assert check_email(" praktijkloket@roc.nl ") == "praktijkloket@roc.nl"
    assert check_phone("+31 (0)70 123 45 67") == "+31 (0)70 123 45 67"
    for wrong in ("praktijkloket", "a@b", "a b@roc.nl", "x" * 120 + "@roc.nl"):
        with pytest.raises(InvalidInput, match="e-mailadres"):
            check_email(wrong)
    for wrong in ("070-CALL-ME", "12", "=HYPERLINK(1)"):
        with pytest.raises(InvalidInput, match="telefoonnummer"):
            check_phone(wrong)
    with pytest.raises(InvalidInput, match="nummerreeks"):
        check_series("25-LH")


def test_every_wording_names_school_and_employer():
    for key in WORDINGS:
        sentence = issued_by_sentence(check_wording(key), "ROC Mondriaan", "De Gouden Lepel")
        assert "ROC Mondriaan" in sentence and "De Gouden Lepel" in sentence
    assert issued_by_sentence("issued_by", "ROC", "Groen B.V. i.o.").endswith("Groen B.V. i.o.")
    assert issued_by_sentence("registered_by", "Zorg e.o.", "X B.V.") == (
        "Opgesteld op basis van het oordeel van de praktijkopleider van X B.V. "
        "Geregistreerd door Zorg e.o."
    )
    with pytest.raises(InvalidInput, match="Onbekende tekstkeuze"):
        check_wording("made_up")


def test_device_codes_are_stable_short_and_unambiguous():
    code = device_code("0b6a3f0e-5c1e-4b8e-9d55-0c1f2a3b4c5d")
    assert code == device_code("0b6a3f0e-5c1e-4b8e-9d55-0c1f2a3b4c5d")
    assert len(code) == 4 and not set(code) & set("ILOU")
    codes = {device_code(f"device-{n}") for n in range(2000)}
    assert len(codes) > 1990  # about a million codes: rarely two alike
