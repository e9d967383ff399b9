from __future__ import annotations

import io
from dataclasses import replace

import pypdf
from fpdf import FPDF

from praktijkdesk.documents.progress_report_pdf import render_progress_report
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.progress_report import UNMARKED_LABEL, BehaviourLine
from praktijkdesk.paths import resource
from tests.documents import samples


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def test_one_page_per_candidate():
    names = samples.NAMES[:3]
    data = render_progress_report(
        [samples.progress_report(name) for name in names], generated_at="2026-03-12T09:00:00Z"
    )
    pages = pages_text(data)
    assert len(pages) == 3
    for name, text in zip(names, pages, strict=True):
        assert name in text
        assert "Voortgangsoverzicht" in text


def test_a_long_overview_flows_on_and_the_next_candidate_starts_on_a_new_page():
    first, second = samples.NAMES[0], samples.NAMES[4]
    data = render_progress_report(
        [samples.progress_report(first, small=False), samples.progress_report(second)],
        generated_at="2026-03-12T09:00:00Z",
    )
    pages = pages_text(data)
    assert len(pages) >= 3
    assert f"{first} (vervolg)" in pages[1]
    assert second in pages[-1] and first not in pages[-1]


def test_it_shows_statuses_dates_people_and_notes_without_grades():
    data = render_progress_report(
        [samples.progress_report()],
        generated_at="2026-03-12T09:00:00Z",
        organisation_name="Werkgeversservicepunt Midden-Utrecht",
        logo=samples.png(),
    )
    text = pages_text(data)[0]
    for expected in (
        "Beheerst",
        "Oefent",
        "Nog niet",
        UNMARKED_LABEL,
        "2 maart 2026 · Jan de Vries",
        "Doet dit nu elke ochtend zelf.",
        "2 van 2 beheerst",
        "0 van 3 beheerst",
        "Afgerond",
        "Aylin Kaya",
        "Horeca — Gastheer/-vrouw (versie 1.0)",
        "Werkgeversservicepunt Midden-Utrecht",
        "2 van 5 gedragsvoorbeelden beheerst",
    ):
        assert expected in text, expected
    for school_word in ("cijfer:", "onvoldoende", "voldoende", "zakt", "geslaagd"):
        assert school_word not in text.lower()


def test_unmarked_behaviours_say_so():
    assert BehaviourLine("x").status_label == UNMARKED_LABEL
    assert BehaviourLine("x", MarkStatus.PRACTISING).status_label == "Oefent"


def test_identical_input_gives_identical_bytes():
    reports = [samples.progress_report(name) for name in samples.NAMES]
    first = render_progress_report(reports, generated_at="2026-03-12T09:00:00Z")
    assert first == render_progress_report(reports, generated_at="2026-03-12T09:00:00Z")


def test_no_reports_still_gives_a_readable_page():
    data = render_progress_report([], generated_at="2026-03-12T09:00:00Z")
    assert "geen trajecten" in pages_text(data)[0]


def _text_positions(data: bytes) -> list[tuple[str, float]]:
    """(text, x) of every text run on the first page, x in PDF points."""
    runs: list[tuple[str, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            runs.append((text.strip(), tm[4] * cm[0] + cm[4]))

    pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return runs


def test_long_example_codes_never_run_into_their_titles():
    report = samples.progress_report()
    long_code = "X-ALOG-K1-W12"
    core = report.core_tasks[0]
    first = replace(core.work_processes[0], code=long_code)
    report = replace(report, core_tasks=(replace(core, work_processes=(first,)),))
    runs = _text_positions(
        render_progress_report([report], generated_at="2026-03-02T09:00:00+00:00")
    )
    code_x = next(x for text, x in runs if text == long_code)
    title_x = next(x for text, x in runs if text == first.title)
    measure = FPDF()
    measure.add_font("DejaVu", "B", str(resource("fonts", "DejaVuSans-Bold.ttf")))
    measure.set_font("DejaVu", "B", 9)
    code_width_pt = measure.get_string_width(long_code) * measure.k
    assert title_x >= code_x + code_width_pt
