from __future__ import annotations

import hashlib
import io
import re
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from praktijkdesk.documents import base
from praktijkdesk.documents.declaration_pdf import (
    DRAFT_BANNER,
    STALE_SIGNATURE_NOTE,
    render_declaration,
)
from praktijkdesk.domain.declaration import LAYOUT
from praktijkdesk.errors import InvalidInput
from tests.documents import samples

REPO = Path(__file__).resolve().parents[2]


def text_of(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def content_streams(data: bytes) -> bytes:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return b"".join(page.get_contents().get_data() for page in reader.pages)


def line_to_count(data: bytes) -> int:
    """How many 'l' (line-to) operators the pages draw: the signature strokes are made of them."""
    return len(re.findall(rb"[\d.]+ [\d.]+ l\b", content_streams(data)))


@pytest.mark.parametrize("name", samples.NAMES)
def test_every_name_prints_and_extracts_exactly(name):
    nfc = unicodedata.normalize("NFC", name)
    text = text_of(render_declaration(samples.snapshot(name=nfc)))
    assert nfc in text


def test_every_work_process_is_listed_with_code_and_title():
    snap = samples.snapshot(work_processes=13)
    text = text_of(render_declaration(snap))
    for core_task in snap.core_tasks:
        assert f"{core_task.code} {core_task.title}" in text
        for wp in core_task.work_processes:
            assert f"{wp.code} {wp.title}" in text


def test_the_declaration_shows_its_fields():
    text = text_of(render_declaration(replace(samples.snapshot(), layout=LAYOUT)))
    for expected in (
        "Praktijkverklaring",
        "mbo-praktijkverklaring",
        "PV-2026-0007",
        "geboren op 3 maart 1990",
        "Restaurant De Gouden Leeuw",
        "crebo 25168 · niveau 2",
        "Bediening (crebo 23081)",
        "erkenningsnummer SBB 100234567",
        "1 september 2025 tot en met 30 juni 2026",
        "Utrecht, 12 maart 2026",
        "Praktijkopleider",
        "Kandidaat",
        "Namens de mbo-instelling",
        "Werkgeversservicepunt Midden-Utrecht",
        "laten zien dat hij/zij de werkprocessen",
        "Deze verklaring berust op het oordeel van de praktijkopleider",
    ):
        assert expected in " ".join(text.split()), expected
    assert "praktijkdesk" not in text.casefold()  # no product branding on the formal page


def test_a_declaration_issued_before_the_school_keeps_its_wording():
    """Layout 1 snapshots (issued by an earlier version) re-render signed or withdrawn copies
    with the words they were issued with."""
    text = " ".join(text_of(render_declaration(samples.snapshot())).split())
    assert "laten zien de werkprocessen hieronder te beheersen, naar het oordeel" in text
    assert "Gemaakt met praktijkdesk." in text and "hij/zij" not in text


def test_the_font_is_embedded_as_a_subset():
    reader = pypdf.PdfReader(io.BytesIO(render_declaration(samples.snapshot())))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] == "/Type0"
        descendant = font["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor
        assert re.match(r"/[A-Z]{6}\+DejaVuSans", str(font["/BaseFont"]))
        # A subset is far smaller than the 700 kB face.
        assert len(descriptor["/FontFile2"].get_object().get_data()) < 120_000


def test_it_is_pdf_a_2u():
    reader = pypdf.PdfReader(io.BytesIO(render_declaration(samples.snapshot())))
    catalog = reader.trailer["/Root"]
    intents = catalog["/OutputIntents"]
    assert intents[0].get_object()["/S"] == "/GTS_PDFA1"
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>U</pdfaid:conformance>" in xmp
    assert 'xmp:ModifyDate="2026-03-12T09:30:00+00:00"' in xmp
    assert catalog["/Lang"] == "nl"


def test_identical_input_gives_identical_bytes_warm_and_cold():
    snap = samples.snapshot()
    signatures = (samples.signature(snap),)
    base.set_font_cache(False)
    try:
        uncached = render_declaration(snap, signatures=signatures)
    finally:
        base.set_font_cache(True)
    first = render_declaration(snap, signatures=signatures)
    second = render_declaration(snap, signatures=signatures)
    assert first == second == uncached


def test_the_font_cache_keeps_subsets_apart():
    """A document must embed only its own glyphs, whatever was rendered before it."""
    latin = samples.snapshot(name="Øyvind Ødegård")
    cyrillic = samples.snapshot(name="Марія Шевченко")
    base.set_font_cache(False)
    try:
        expected = render_declaration(latin)
    finally:
        base.set_font_cache(True)
    render_declaration(cyrillic)
    assert render_declaration(latin) == expected


def test_identical_bytes_in_a_fresh_process():
    snap = samples.snapshot()
    script = (
        "import hashlib, sys\n"
        "from praktijkdesk.documents.declaration_pdf import render_declaration\n"
        "from tests.documents import samples\n"
        "snap = samples.snapshot()\n"
        "data = render_declaration(snap, signatures=(samples.signature(snap),))\n"
        "sys.stdout.write(hashlib.sha256(data).hexdigest())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    here = render_declaration(snap, signatures=(samples.signature(snap),))
    assert result.stdout == hashlib.sha256(here).hexdigest()


def test_a_draft_says_concept():
    draft = text_of(render_declaration(samples.snapshot(draft=True)))
    assert DRAFT_BANNER in draft
    assert "CONCEPT" in draft
    assert "CONCEPT" not in text_of(render_declaration(samples.snapshot()))


def test_a_withdrawn_declaration_says_ingetrokken_with_the_reason():
    data = render_declaration(samples.snapshot(), withdrawn_text="verkeerde kwalificatie")
    text = text_of(data)
    assert "INGETROKKEN" in text
    assert "verkeerde kwalificatie" in text
    assert "INGETROKKEN" not in text_of(render_declaration(samples.snapshot()))


def test_a_fresh_signature_is_drawn_and_a_stale_one_is_not():
    snap = samples.snapshot()
    unsigned = render_declaration(snap)
    fresh = render_declaration(snap, signatures=(samples.signature(snap),))
    stale = render_declaration(snap, signatures=(samples.signature(snap, stale=True),))
    assert line_to_count(fresh) > line_to_count(unsigned) + 40
    assert line_to_count(stale) == line_to_count(unsigned)
    assert STALE_SIGNATURE_NOTE in text_of(stale)
    assert STALE_SIGNATURE_NOTE not in text_of(fresh)
    assert "getekend op 12 maart 2026" in text_of(fresh)


def test_a_signature_from_before_a_change_is_stale():
    snap = samples.snapshot()
    signed = samples.signature(snap)
    changed = replace(snap, employer_place="Amersfoort")
    assert STALE_SIGNATURE_NOTE in text_of(render_declaration(changed, signatures=(signed,)))


def test_typical_sizes_fit_one_page_and_longer_lists_flow_on():
    assert page_count(render_declaration(samples.snapshot(work_processes=10))) == 1
    long = render_declaration(samples.snapshot(work_processes=13))
    assert page_count(long) == 2
    assert "2/2" in text_of(long)
    assert "1/1" not in text_of(render_declaration(samples.snapshot()))


def test_four_signature_blocks_and_no_organisation():
    snap = samples.snapshot(
        roles=("trainer", "manager", "candidate", "school"), organisation_name=""
    )
    text = text_of(render_declaration(snap))
    assert "Leidinggevende" in text and "Fatima el Amrani" in text


def test_a_logo_is_placed_and_a_broken_one_is_refused():
    data = render_declaration(samples.snapshot(), logo=samples.png())
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.pages[0]["/Resources"]["/XObject"]
    with pytest.raises(InvalidInput):
        render_declaration(samples.snapshot(), logo=b"not an image")
