"""All or nothing for every command: a declaration is issued only when its PDF is written, and a
command that writes several records stores all of them or none."""

from __future__ import annotations

import contextlib
import io
import sqlite3

from praktijkdesk import cli


def _run(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(list(args))
    return code, err.getvalue()


def _count(folder, table: str) -> int:
    conn = sqlite3.connect(folder / "praktijkdesk.sqlite")
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _ready_trajectory(folder) -> str:
    """A trajectory ready for its declaration that *can* be issued.

    The demo's trajectories are on the bundled guides, which are examples and never issue
    (#14); a refusal for that reason would make these tests pass without testing anything.
    So the demo's trainer gets a candidate on the school's own guide, ready to declare."""
    from praktijkdesk.desk import Desk
    from tests.services.declaration_data import add_candidate, master

    with Desk.open(folder, daily_backup=False) as desk:
        demo = next(s for s in desk.trajectories.summaries() if s.progress.ready_on_example)
        trainer = desk.people.person(desk.trajectories.resolve(demo.id).trainer_id)
        trajectory = add_candidate(desk, trainer, "Zoë Ĳsselmeer-D'Hondt")
        master(desk, trajectory, trainer, ["B1-K1-W1", "B1-K1-W4"])
        assert desk.declarations.may_issue(trajectory.id, trainer.id) is None
        assert trajectory.id in {s.id for s in desk.trajectories.summaries(ready_only=True)}
        return trajectory.id


def test_an_unwritable_out_issues_nothing(demo_data_dir, tmp_path):
    trajectory = _ready_trajectory(demo_data_dir)
    before = _count(demo_data_dir, "declarations")
    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map")
    for out in (tmp_path / "bestaat-niet" / "v.pdf", blocker / "v.pdf", tmp_path):
        code, err = _run(
            "--data-dir",
            str(demo_data_dir),
            "declaration",
            trajectory,
            "--issue",
            "--out",
            str(out),
        )
        assert code == 2, err
        assert "niets gemaakt" in err or "is een map" in err, err
        assert _count(demo_data_dir, "declarations") == before


def test_a_pdf_write_failing_after_the_check_rolls_the_issue_back(
    demo_data_dir, tmp_path, monkeypatch
):
    """The folder was writable at the check and fails at the write (disk full in between)."""
    from praktijkdesk.documents import files
    from praktijkdesk.errors import DiskFull

    trajectory = _ready_trajectory(demo_data_dir)
    before = _count(demo_data_dir, "declarations")

    def full(path, data, *, overwrite=False):  # write_pdf's signature since #19
        raise DiskFull("De schijf is vol: v.pdf is niet opgeslagen.")

    monkeypatch.setattr(files, "write_pdf", full)
    code, err = _run(
        "--data-dir",
        str(demo_data_dir),
        "declaration",
        trajectory,
        "--issue",
        "--out",
        str(tmp_path / "v.pdf"),
    )
    assert code == 3 and "vol" in err
    assert _count(demo_data_dir, "declarations") == before
    monkeypatch.undo()
    code, err = _run(
        "--data-dir",
        str(demo_data_dir),
        "declaration",
        trajectory,
        "--issue",
        "--out",
        str(tmp_path / "v.pdf"),
    )
    assert code == 0, err
    assert _count(demo_data_dir, "declarations") == before + 1
    # The number the failed attempt took is not skipped: it was rolled back with it.
    conn = sqlite3.connect(demo_data_dir / "praktijkdesk.sqlite")
    numbers = [r[0] for r in conn.execute("SELECT number FROM declarations ORDER BY number")]
    conn.close()
    assert len(set(numbers)) == len(numbers)


def test_candidate_add_with_a_wrong_code_adds_no_employer_or_trainer(data_dir):
    before = {t: _count(data_dir, t) for t in ("employers", "people", "candidates")}
    code, err = _run(
        "--data-dir",
        str(data_dir),
        "candidate-add",
        "--name",
        "Chen Wei",
        "--employer",
        "Nieuw Bedrijf BV",
        "--trainer",
        "Nieuwe Opleider",
        "--jobcoach",
        "Nieuwe Jobcoach",
        "--guide",
        "horeca-gastheer-gastvrouw",
        "--work-processes",
        "B1-K1-W1,X9-K9-W9",
    )
    assert code == 2, err
    assert {t: _count(data_dir, t) for t in before} == before
