"""Names at their edges: the longest name, each kind of invisible character, each Dutch infix.

Written to kill the mutants of domain/names.py that survived (docs/mutation.md).
"""

from __future__ import annotations

import pytest

from praktijkdesk.domain.names import MAX_NAME_LENGTH, clean_name, initials, search_key
from praktijkdesk.errors import InvalidInput


def refusal(text, **kwargs) -> str:
    with pytest.raises(InvalidInput) as info:
        clean_name(text, **kwargs)
    return info.value.message


def test_the_longest_name_fits_and_one_letter_more_is_refused():
    assert MAX_NAME_LENGTH == 120
    longest = "Ä" * 120
    assert clean_name(longest) == longest
    assert refusal(longest + "b") == "De naam is te lang (meer dan 120 tekens)."
    # Spaces around a name do not count.
    assert clean_name(f"  {longest}  ") == longest


@pytest.mark.parametrize(
    "char",
    ["\x07", "\ud800", "\ue000", "\u0378", "\u202b", "\u2067"],
    ids=["control", "surrogate", "private-use", "unassigned", "rle", "rli"],
)
def test_invisible_or_invalid_characters_are_refused(char):
    assert refusal(f"Ana{char}Lopes") == "De naam bevat onzichtbare of ongeldige tekens."


def test_each_refusal_says_what_is_wrong_and_names_the_field():
    assert refusal(None) == "De naam ontbreekt."
    assert refusal("  ") == "De naam is leeg. Vul een naam in."
    assert refusal("1234") == "De naam moet minstens één letter bevatten."
    assert refusal("", what="De naam van het leerbedrijf") == (
        "De naam van het leerbedrijf is leeg. Vul een naam in."
    )


def test_a_name_with_one_letter_among_digits_is_accepted():
    assert clean_name("Ab 3") == "Ab 3"
    assert clean_name(" Jan\t\nde  Vries ") == "Jan de Vries"


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Yıldız", "yildiz"),
        ("Łukasz Włodarczyk", "lukasz wlodarczyk"),
        ("Đorđe Đurić", "dorde duric"),
        ("Søren Østergaard", "soren ostergaard"),
        ("ﬁona", "fiona"),
        ("Ana  Lopes", "ana lopes"),
    ],
)
def test_search_finds_a_name_typed_without_its_special_letters(typed, key):
    assert search_key(typed) == key


@pytest.mark.parametrize(
    "infix", ["van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "in", "op", "la", "le"]
)
def test_initials_skip_every_dutch_infix(infix):
    assert initials(f"{infix} Berg") == "B"
    assert initials(f"Anna Berg {infix.upper()}") == "AB"
    assert initials(f"{infix} anna {infix} berg") == "AB"


def test_initials_of_compound_short_and_empty_names():
    assert initials("Anne-Marie") == "AM"
    assert initials("Anna Maria Jansen") == "AJ"
    assert initials("Van Der") == "VD"  # only infixes: use them after all
    assert initials("ana") == "A"
    assert initials("   ") == "?"
    assert initials("") == "?"
