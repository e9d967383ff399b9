import unicodedata

import pytest

from praktijkdesk.domain.names import clean_name, initials, normalise, search_key
from praktijkdesk.errors import InvalidInput


def test_decomposed_input_is_stored_composed():
    typed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert normalise(typed) == unicodedata.normalize("NFC", "Nguyễn Thị Ánh")
    assert len(normalise(typed)) < len(typed)


def test_spaces_are_collapsed_and_trimmed():
    assert clean_name("  Zoë   van  Dam ") == "Zoë van Dam"


@pytest.mark.parametrize(
    "bad", ["", "   ", "\t\n", "123", "a\x00b", "x" * 121, "Jan \u202eseirV", "Ana\u2066x\u2069"]
)
def test_unusable_names_are_refused_in_dutch(bad):
    with pytest.raises(InvalidInput) as error:
        clean_name(bad)
    assert "naam" in error.value.message.lower() or "tekens" in error.value.message


@pytest.mark.parametrize(
    "name", ["Şükrü Öztürk", "Марія Шевченко", "Zoë Ĳsselmeer-D'Hondt", "محمد", "Ana 👩‍🌾"]
)
def test_real_names_are_accepted(name):
    assert clean_name(name) == unicodedata.normalize("NFC", name)


def test_search_ignores_accents_and_case():
    assert search_key("Şükrü Öztürk") == "sukru ozturk"
    assert search_key("Øyvind Ødegård") == "oyvind odegard"
    assert search_key("ZOË") == "zoe"


def test_initials_skip_dutch_infixes():
    assert initials("Jan de Vries") == "JV"
    assert initials("Марія Шевченко") == "МШ"
    assert initials("Ana") == "A"
