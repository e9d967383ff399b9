"""`praktijkdesk tour` works on any data folder, also an almost empty one (issue 10: it
crashed with StopIteration on one trainer and one new candidate)."""

from __future__ import annotations

from praktijkdesk.desk import Desk
from praktijkdesk.domain.people import Role


def test_tour_on_one_trainer_and_one_new_candidate(app, tmp_path):
    from praktijkdesk.ui.tour import run_tour

    folder = tmp_path / "bijna-leeg"
    with Desk.open(folder) as desk:
        employer = desk.people.add_employer("Bakkerij Van Dam", "Zoetermeer")
        trainer = desk.people.add_person("Jan de Vries", Role.TRAINER, employer.id)
        desk.trajectories.add_candidate(
            name="Lotte Visser",
            employer_id=employer.id,
            trainer_id=trainer.id,
            guide_key=desk.guides.latest("assistent-logistiek").key,
        )
    written = run_tour(tmp_path / "shots", folder)
    names = {p.name for p in written}
    assert {
        "screen-candidates-1024x600.png",
        "screen-checklist-1024x600.png",
        "screen-trajectory-overview-1280x800.png",
    } <= names
    assert all(p.stat().st_size > 1000 for p in written)
    # Nothing concluded: no declaration to show, and that is fine.
    assert not any("declaration" in n for n in names)
    with Desk.open(folder) as desk:  # the tour worked on a copy: the folder is unchanged
        assert desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == 0


def test_tour_renders_the_longest_names_and_the_declaration(app, tmp_path):
    from praktijkdesk.ui.tour import run_tour

    names = {p.name for p in run_tour(tmp_path / "shots")}
    for size in ("1024x600", "1280x800"):
        for screen in ("long-names-overview", "long-names-checklist", "declaration"):
            assert f"screen-{screen}-{size}.png" in names
