"""Shared setup for the declaration and progress report tests: real candidates, real marks."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

from praktijkdesk.domain.mark import MarkStatus

HARD_NAMES = (
    "Şükrü Öztürk",
    "Nguyễn Thị Ánh",
    "Øyvind Ødegård",
    "Zoë Ĳsselmeer-D'Hondt",
    "Марія Шевченко",
)
HORECA = "horeca-gastheer-gastvrouw"
# A school's own guide (not an example), so declarations can be issued: the bundled guides
# are examples and never issue.
SCHOOL_GUIDE = Path(__file__).resolve().parents[1] / "data" / "school-guide-horeca.json"


def pv(desk, sequence: int, year: int = 2026, series: str = "PV") -> str:
    """The number the desk gives its ``sequence``-th declaration of ``year`` (device-coded)."""
    from praktijkdesk.domain.school import device_code

    return f"{series}-{year}-{device_code(desk.device_id)}-{sequence:04d}"


def school_guide_key(desk) -> str:
    """The key of the school's horeca guide, imported into this desk when it is not there."""
    return desk.guides.import_file(SCHOOL_GUIDE).key


def text_of(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def page_count(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def add_candidate(desk, trainer, name: str, *, birth_date: str | None = "1991-04-17"):
    _, trajectory = desk.trajectories.add_candidate(
        name=name,
        birth_date=birth_date,
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
        guide_key=school_guide_key(desk),
        start_date="2025-09-01",
    )
    return trajectory


def master(desk, trajectory, trainer, codes, *, conclude: bool = True, note: str = "") -> None:
    """Mark every behaviour of these work processes *Beheerst*, then conclude each."""
    guide = desk.guides.get(trajectory.guide_key)
    for code in codes:
        for behaviour in guide.work_process(code).behaviours:
            desk.marking.record_mark(
                trajectory.id, behaviour.id, MarkStatus.MASTERED, trainer.id, note=note
            )
        if conclude:
            desk.marking.conclude(trajectory.id, code, trainer.id)


def titles(desk, trajectory, codes) -> dict[str, str]:
    guide = desk.guides.get(trajectory.guide_key)
    return {code: guide.work_process(code).title for code in codes}


def signature_strokes():
    return [[(10, 40), (40, 10), (70, 45), (100, 12), (130, 40)], [(150, 30)]]
