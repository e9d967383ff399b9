"""No character is silently dropped from a PDF: what DejaVu cannot draw is drawn with a system
font that has it, or the document is refused with a Dutch message naming the characters.

Before: "陈伟 Chen" was issued as "Chen" (exit 0, only an English fpdf2 warning).
"""

from __future__ import annotations

import io
import logging

import pytest
from pypdf import PdfReader

from praktijkdesk.documents.fonts import fallback_candidates
from praktijkdesk.errors import UserError

NAME = "陈伟 Chen"
HAN = {ord("陈"), ord("伟")}


def _trajectory_with_a_conclusion(desk, name: str) -> str:
    from praktijkdesk.domain.people import Role
    from tests.services.declaration_data import school_guide_key

    # The school's own guide: the bundled ones are examples and never issue (#14), so a
    # refusal for that would hide whether the characters are drawn or refused.
    guide = desk.guides.get(school_guide_key(desk))
    employer = desk.people.employer_named("De Gouden Lepel", create=True)
    trainer = desk.people.person_named(
        "Fatma Yılmaz", Role.TRAINER, create=True, employer_id=employer.id
    )
    code = guide.work_processes()[0].code
    _, trajectory = desk.trajectories.add_candidate(
        name=name,
        employer_id=employer.id,
        trainer_id=trainer.id,
        guide_key=guide.key,
        work_processes=[code],
    )
    desk.marking.conclude(trajectory.id, code, trainer.id, "doet het zelfstandig")
    return trajectory.id


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


@pytest.mark.skipif(
    not fallback_candidates(HAN),
    reason="no system font with Chinese characters (apt install fonts-noto-cjk "
    "or fonts-wqy-microhei)",
)
def test_a_chinese_name_is_drawn_with_a_system_font(desk, caplog):
    trajectory = _trajectory_with_a_conclusion(desk, NAME)
    trainer = desk.trajectories.resolve(trajectory).trainer_id
    with caplog.at_level(logging.WARNING):
        issued = desk.declarations.issue(trajectory, trainer, None, "Utrecht")
        pdf = desk.declarations.reprint(issued.id)
        report = desk.reports.progress_report([trajectory])
    assert NAME in _text(pdf)
    assert NAME in _text(report)
    assert len(_fonts(pdf)) > len({f for f in _fonts(pdf) if "DejaVu" in f})  # a fallback face
    assert not [r for r in caplog.records if "missing" in r.getMessage()]


def test_without_any_font_that_has_them_issuing_is_refused_naming_the_characters(
    desk, monkeypatch, tmp_path
):
    empty = tmp_path / "geen-lettertypen"
    empty.mkdir()
    monkeypatch.setenv("PRAKTIJKDESK_FONT_DIRS", str(empty))
    trajectory = _trajectory_with_a_conclusion(desk, NAME)
    trainer = desk.trajectories.resolve(trajectory).trainer_id
    before = desk.db.execute("SELECT count(*) FROM declarations").fetchone()[0]
    with pytest.raises(UserError) as refused:
        desk.declarations.issue(trajectory, trainer, None, "Utrecht")
    message = refused.value.message
    assert refused.value.code == "missing_glyphs"
    assert "陈" in message and "U+9648" in message and "伟" in message and "U+4F1F" in message
    assert "Er is niets gemaakt" in message
    assert desk.db.execute("SELECT count(*) FROM declarations").fetchone()[0] == before
    with pytest.raises(UserError):
        desk.reports.progress_report([trajectory])


def test_the_command_line_refuses_with_exit_2_and_no_file(data_dir, tmp_path, monkeypatch):
    import contextlib

    from praktijkdesk import cli
    from praktijkdesk.desk import Desk

    empty = tmp_path / "geen-lettertypen"
    empty.mkdir()
    monkeypatch.setenv("PRAKTIJKDESK_FONT_DIRS", str(empty))
    with Desk.open(data_dir, daily_backup=False) as desk:
        trajectory = _trajectory_with_a_conclusion(desk, "Ἀθηνᾶ 𓂀 Kim")
    out = tmp_path / "v.pdf"
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(
            ["--data-dir", str(data_dir), "declaration", trajectory, "--issue", "--out", str(out)]
        )
    assert code == 2
    assert "U+13080" in err.getvalue() and not out.exists()


def test_names_dejavu_can_draw_need_no_fallback(desk, monkeypatch, tmp_path):
    """Şükrü, Nguyễn, Марія: the bundled font alone, never a system font (same bytes on every
    machine)."""
    monkeypatch.setenv("PRAKTIJKDESK_FONT_DIRS", str(tmp_path))
    trajectory = _trajectory_with_a_conclusion(desk, "Şükrü Nguyễn Марія")
    pdf = desk.declarations.draft(trajectory, None, None)
    assert "Şükrü Nguyễn Марія" in _text(pdf)
    assert all("DejaVu" in f for f in _fonts(pdf))
