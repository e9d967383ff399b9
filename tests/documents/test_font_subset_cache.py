"""The font subsets fpdf2 embeds come out byte for byte as fpdf2's own path makes them, whether
a document is subset from the whole DejaVu file, from the smaller common cut, or from a subset
remembered for its exact glyph set (documents/base.py)."""

from __future__ import annotations

import io

import pypdf
import pytest

from praktijkdesk.documents import base
from praktijkdesk.documents.declaration_pdf import render_declaration
from praktijkdesk.documents.progress_report_pdf import render_progress_report
from tests.documents import samples

# Latin with diacritics, Vietnamese, Cyrillic (all in the common cut), and Georgian, which is
# outside it: that one must be subset from the whole file.
NAMES = ("Zoë Ĳsselmeer-D'Hondt", "Nguyễn Thị Ánh", "Марія Шевченко", "ნინო ბერიძე")


def uncached(render):
    base.set_font_cache(False)
    try:
        return render()
    finally:
        base.set_font_cache(True)


@pytest.fixture
def no_remembered_subsets(monkeypatch):
    monkeypatch.setattr(base, "_subsets", base.OrderedDict())
    monkeypatch.setattr(base, "_faces_subset", {"", "B", "I", "BI"})  # past the first document
    return base._subsets


def embedded_font_files(data: bytes) -> list[bytes]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = []
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            found.append(descriptor["/FontFile2"].get_object().get_data())
    return found


@pytest.mark.parametrize("name", NAMES)
def test_a_declaration_is_the_same_on_every_path(name, no_remembered_subsets):
    snap = samples.snapshot(name=name)
    signatures = (samples.signature(snap),)
    expected = uncached(lambda: render_declaration(snap, signatures=signatures))
    first = render_declaration(snap, signatures=signatures)  # subset, and remembered
    assert len(no_remembered_subsets) >= 2  # regular and bold, each for this exact glyph set
    second = render_declaration(snap, signatures=signatures)  # from the remembered subset
    assert first == expected
    assert second == expected


def test_the_georgian_name_is_outside_the_common_cut():
    """Else the parametrised test above would not reach the whole-file path."""
    common = set(base._common_source("").glyph_order)
    cmap = base._face_template("").parsed.cmap
    assert cmap[ord("ნ")] not in common
    assert cmap[ord("Ш")] in common and cmap[ord("ễ")] in common


def test_a_remembered_subset_never_serves_another_glyph_set(no_remembered_subsets):
    """One letter more is another glyph set: that document gets its own subset with the
    letter in it, not the remembered one without it."""
    plain = samples.snapshot(name="Anna de Wit")
    more = samples.snapshot(name="Anna de Wit-Ŵ")
    render_declaration(plain)
    data = render_declaration(more)
    assert data == uncached(lambda: render_declaration(more))
    assert "Anna de Wit-Ŵ" in "".join(
        p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages
    )


def test_the_progress_report_is_the_same_on_every_path(no_remembered_subsets):
    reports = [samples.progress_report(samples.NAMES[i % 5], small=False) for i in range(3)]

    def render():
        return render_progress_report(reports, generated_at="2026-03-12T09:00:00Z")

    expected = uncached(render)
    assert render() == expected
    assert render() == expected


def test_only_so_many_subsets_are_remembered(monkeypatch, no_remembered_subsets):
    monkeypatch.setattr(base, "_SUBSETS_KEPT", 3)
    for letter in "ĀĂĄĆĈ":
        render_declaration(samples.snapshot(name=f"Anna {letter}"))
    assert len(no_remembered_subsets) == 3
    # The newest are kept: the last name's letter is in a remembered regular-face set.
    newest = samples.snapshot(name="Anna Ĉ")
    before = dict(no_remembered_subsets)
    render_declaration(newest)
    assert dict(no_remembered_subsets).keys() == before.keys()


def test_the_first_document_of_a_process_subsets_from_the_whole_file(monkeypatch):
    """No cut is made for a single document (the command line), and it is the same PDF."""
    monkeypatch.setattr(base, "_subsets", base.OrderedDict())
    monkeypatch.setattr(base, "_faces_subset", set())
    monkeypatch.setattr(base, "_common_sources", {})
    snap = samples.snapshot(name="Øyvind Ødegård")
    first = render_declaration(snap)
    assert base._common_sources == {}
    other = samples.snapshot(name="Øyvind Ødegård-Ŵ")
    second = render_declaration(other)
    assert set(base._common_sources) == {"", "B"}
    assert first == uncached(lambda: render_declaration(snap))
    assert second == uncached(lambda: render_declaration(other))


def test_a_subset_embeds_only_its_own_glyphs(no_remembered_subsets):
    """The small cut has 2,500 glyphs; what is embedded stays a subset of the document's."""
    data = render_declaration(samples.snapshot(name="Марія Шевченко"))
    for font_file in embedded_font_files(data):
        assert len(font_file) < 60_000


def test_documents_rendered_at_the_same_time_on_threads_are_the_same(no_remembered_subsets):
    """The GUI renders on a worker thread; two documents at once share the caches safely."""
    from concurrent.futures import ThreadPoolExecutor

    snaps = [samples.snapshot(name=name) for name in NAMES] * 2
    expected = [uncached(lambda s=s: render_declaration(s)) for s in snaps[: len(NAMES)]] * 2
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(render_declaration, snaps))
    assert got == expected
