"""`praktijkdesk declaration` and `praktijkdesk progress-report`."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from praktijkdesk.cli import main
from praktijkdesk.desk import Desk
from praktijkdesk.domain.people import Role
from tests.services.declaration_data import (
    HARD_NAMES,
    HORECA,
    add_candidate,
    master,
    pv,
    text_of,
    titles,
)

DECLARED = ["B1-K1-W1", "B1-K1-W4"]


@pytest.fixture
def prepared(desk, trainer):
    """A desk with one ready trajectory and one with nothing concluded; closed for the CLI."""
    ready = add_candidate(desk, trainer, HARD_NAMES[3])
    master(desk, ready, trainer, DECLARED)
    master(desk, ready, trainer, ["B1-K1-W2"], conclude=False)
    empty = add_candidate(desk, trainer, HARD_NAMES[1])
    names = titles(desk, ready, DECLARED)
    desk.close()
    return desk.data_dir, ready.id, empty.id, names, trainer


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_draft_issue_and_byte_identical_reprint(prepared, tmp_path, capsys):
    data_dir, ready, _, names, _ = prepared
    draft, issued, again = tmp_path / "draft.pdf", tmp_path / "issued.pdf", tmp_path / "again.pdf"

    assert run(data_dir, "declaration", ready[:8], "--out", str(draft)) == 0
    assert "CONCEPT" in text_of(draft.read_bytes())
    assert run(data_dir, "declaration", ready, "--out", str(issued), "--issue") == 0
    out = capsys.readouterr().out
    with Desk.open(data_dir) as desk:
        assert pv(desk, 1) in out
    text = text_of(issued.read_bytes())
    assert HARD_NAMES[3] in text and "CONCEPT" not in text
    for code, title in names.items():
        assert f"{code} {title}" in text
    assert "B1-K1-W2" not in text  # marked, never concluded

    with Desk.open(data_dir) as desk:  # the data changes; the reprint does not
        candidate = desk.trajectories.resolve(ready).candidate_id
        desk.trajectories.edit_candidate(candidate, name="Iemand Anders", birth_date=None)
    assert run(data_dir, "declaration", ready, "--out", str(again)) == 0
    assert again.read_bytes() == issued.read_bytes()


def test_issue_with_chosen_work_processes_and_by(prepared, tmp_path):
    data_dir, ready, _, names, _ = prepared
    out = tmp_path / "one.pdf"
    assert (
        run(
            data_dir,
            "declaration",
            ready,
            "--out",
            str(out),
            "--issue",
            "--work-processes",
            "B1-K1-W4",
            "--by",
            "Fatma Yılmaz",
        )
        == 0
    )
    text = text_of(out.read_bytes())
    assert "B1-K1-W4" in text and "B1-K1-W1" not in text


def test_a_second_issue_needs_replace(prepared, tmp_path, capsys):
    data_dir, ready, _, _, _ = prepared
    out = tmp_path / "x.pdf"
    assert run(data_dir, "declaration", ready, "--out", str(out), "--issue") == 0
    assert run(data_dir, "declaration", ready, "--out", str(out), "--issue", "--force") == 2
    assert "al een praktijkverklaring" in capsys.readouterr().err
    assert (
        run(
            data_dir,
            "declaration",
            ready,
            "--out",
            str(out),
            "--issue",
            "--replace",
            "Verkeerd werkproces",
            "--force",
        )
        == 0
    )
    with Desk.open(data_dir) as desk:
        history = desk.declarations.history(ready)
    assert [d.withdrawn for d in history] == [True, False]


def test_clear_dutch_errors_with_exit_2(prepared, tmp_path, capsys):
    data_dir, ready, empty, _, _ = prepared
    out = tmp_path / "x.pdf"
    assert run(data_dir, "declaration", empty, "--out", str(out)) == 2
    assert "nog geen werkproces afgerond als beheerst" in capsys.readouterr().err
    assert run(data_dir, "declaration", empty, "--out", str(out), "--issue") == 2
    assert run(data_dir, "declaration", "bestaat-niet", "--out", str(out)) == 2
    assert "Traject 'bestaat-niet' bestaat niet" in capsys.readouterr().err
    assert (
        run(
            data_dir,
            "declaration",
            ready,
            "--out",
            str(out),
            "--issue",
            "--work-processes",
            "B1-K1-W2",
        )
        == 2
    )
    assert "niet afgerond als beheerst" in capsys.readouterr().err
    assert run(data_dir, "progress-report", "--employer", "nope", "--out", str(out)) == 2
    assert "Leerbedrijf 'nope' bestaat niet" in capsys.readouterr().err
    assert run(data_dir, "progress-report", "--out", str(out)) == 2
    assert not out.exists()


def test_a_jobcoach_or_an_example_guide_cannot_issue(prepared, tmp_path, capsys):
    data_dir, ready, _, _, trainer = prepared
    out = tmp_path / "v.pdf"
    with Desk.open(data_dir) as desk:
        desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
        _, example = desk.trajectories.add_candidate(
            name=HARD_NAMES[0],
            employer_id=trainer.employer_id,
            trainer_id=trainer.id,
            guide_key=desk.guides.latest(HORECA).key,
        )
        master(desk, example, trainer, ["B1-K1-W1"])
    capsys.readouterr()
    assert (
        run(data_dir, "declaration", ready, "--out", str(out), "--issue", "--by", "Marloes Bakker")
        == 2
    )
    assert "Alleen de praktijkopleider" in capsys.readouterr().err and not out.exists()
    assert run(data_dir, "declaration", example.id, "--out", str(out), "--issue") == 2
    err = capsys.readouterr().err
    assert "voorbeeld" in err and "guide-import" in err and not out.exists()
    # The jobcoach still gets the draft; the example's draft says VOORBEELD.
    assert run(data_dir, "declaration", example.id, "--out", str(out)) == 0
    assert "VOORBEELD" in text_of(out.read_bytes())
    with Desk.open(data_dir) as desk:
        assert (
            desk.declarations.history(ready) == [] and desk.declarations.history(example.id) == []
        )


def test_progress_report_for_a_trajectory_and_an_employer(prepared, tmp_path, capsys):
    data_dir, ready, empty, _, trainer = prepared
    one, everyone = tmp_path / "one.pdf", tmp_path / "all.pdf"
    assert run(data_dir, "progress-report", ready, "--out", str(one)) == 0
    assert HARD_NAMES[3] in text_of(one.read_bytes())
    assert (
        run(data_dir, "progress-report", "--employer", trainer.employer_id, "--out", str(everyone))
        == 0
    )
    assert "2 kandidaten" in capsys.readouterr().out
    text = text_of(everyone.read_bytes())
    assert HARD_NAMES[3] in text and HARD_NAMES[1] in text


def test_the_real_command_in_a_subprocess(prepared, tmp_path):
    data_dir, ready, _, _, _ = prepared
    out = tmp_path / "sub.pdf"
    result = subprocess.run(
        [
            "python3",
            "-m",
            "praktijkdesk",
            "--data-dir",
            str(data_dir),
            "declaration",
            "nope",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "bestaat niet" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdftoppm_renders_the_declaration_and_the_report(prepared, tmp_path):
    data_dir, ready, _, _, _ = prepared
    decl, report = tmp_path / "d.pdf", tmp_path / "r.pdf"
    assert run(data_dir, "declaration", ready, "--out", str(decl), "--issue") == 0
    assert run(data_dir, "progress-report", ready, "--out", str(report)) == 0
    for pdf in (decl, report):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "40",
                "-f",
                "1",
                "-l",
                "1",
                str(pdf),
                str(tmp_path / pdf.stem),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        pngs = list(tmp_path.glob(f"{pdf.stem}-*.png"))
        assert pngs and pngs[0].stat().st_size > 2000
