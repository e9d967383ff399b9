"""*Wat ik al kan* (issue #16): one page, the font embedded, hard names drawn, the pictures
in it, and a warm sentence; many mastered behaviours still make one page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from praktijkdesk.documents.candidate_card_pdf import CardData, render_card
from praktijkdesk.domain.self_view import candidate_text

NAMES = [("Şükrü Öztürk", "Şükrü"), ("Nguyễn Thị Ánh", "Nguyễn"), ("Zoë Ĳsselmeer-D'Hondt", "Zoë")]


def card(name, first, mastered=3, work_processes=4):
    return CardData(
        name=name,
        first_name=first,
        work_processes=tuple(
            (f"Werkproces nummer {i}", "1F9F9", i % 6, i == 0) for i in range(work_processes)
        ),
        mastered=tuple(
            (f"Hij/zij doet stap {i} van het werk goed en veilig.", "1F4DE")
            for i in range(mastered)
        ),
        made_on="2026-11-28",
    )


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize(("name", "first"), NAMES)
def test_one_page_with_the_name_embedded_font_and_warm_sentence(name, first):
    data = render_card(card(name, first))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = text_of(data)
    assert name in text
    assert f"Knap gedaan, {first}!" in text
    assert "Doet stap 0 van het werk goed en veilig." in text  # without "Hij/zij"
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [
        f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        for f in fonts.values()
    ]
    assert descriptors and all("/FontFile2" in d for d in descriptors)  # embedded TTF
    assert "Nog niet" not in text and "nog niet" not in text


def test_the_pictures_are_drawn():
    with_pictures = render_card(card("Şükrü Öztürk", "Şükrü"))
    without = render_card(
        CardData(
            name="Şükrü Öztürk",
            first_name="Şükrü",
            work_processes=tuple((t, "", s, c) for t, _, s, c in card("x", "x").work_processes),
            mastered=tuple((t, "") for t, _ in card("x", "x").mastered),
            made_on="2026-11-28",
        )
    )
    # The SVGs become vector drawings in the page: the page with pictures is much larger.
    page_with = PdfReader(io.BytesIO(with_pictures)).pages[0].get_contents().get_data()
    page_without = PdfReader(io.BytesIO(without)).pages[0].get_contents().get_data()
    assert len(page_with) > len(page_without) + 2000


def test_many_mastered_behaviours_stay_on_one_page_and_say_how_many_more():
    data = render_card(
        card(
            "Anne-Maria Gonçalves dos Santos van Heeckeren tot Wassenaer",
            "Anne-Maria",
            mastered=80,
            work_processes=13,
        )
    )
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    text = text_of(data)
    assert "dingen meer." in text


def test_nothing_mastered_yet_is_still_a_warm_card():
    data = render_card(card("Şükrü Öztürk", "Şükrü", mastered=0))
    text = text_of(data)
    assert "Je bent goed begonnen, Şükrü." in text
    assert "Dit kan ik al" not in text


def test_candidate_text_drops_only_the_leading_subject():
    assert candidate_text("Hij/zij begroet gasten.") == "Begroet gasten."
    assert candidate_text("Zet de bestelling klaar.") == "Zet de bestelling klaar."
