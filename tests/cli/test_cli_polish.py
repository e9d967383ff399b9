"""Command-line polish (issue 10): conclude and revoke-conclusion, Dutch status words, one date
parser, no silent duplicate candidate, trajectory ids in `candidates`, argparse and OS errors
in Dutch."""

from __future__ import annotations

import io
import json
import sys

import pytest

from praktijkdesk.cli import main
from praktijkdesk.desk import Desk
from tests.services.declaration_data import add_candidate, master

ENGLISH = (
    "usage:",
    "the following arguments",
    "invalid choice",
    "show this help",
    "No such file",
    "error:",
    "required",
    "Permission denied",
    "Errno",
)


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def folder(desk, trajectory, trainer):
    """One trajectory; W1 all Beheerst, W2 half; the desk closed for the CLI."""
    for code, share in (("B1-K1-W1", 1.0), ("B1-K1-W2", 0.5)):
        behaviours = desk.marking.checklist(trajectory.id, code).work_process.behaviours
        for b in behaviours[: max(1, int(len(behaviours) * share))]:
            desk.marking.record_mark(trajectory.id, b.id, "mastered", trainer.id)
    desk.close()
    return desk.data_dir, trajectory.id


def _concluded(data_dir, trajectory_id, code) -> bool:
    with Desk.open(data_dir) as desk:
        return desk.marking.checklist(trajectory_id, code).progress.concluded


def test_conclude_and_revoke_conclusion(folder, capsys):
    data_dir, tid = folder
    assert run(data_dir, "conclude", tid[:8], "B1-K1-W1") == 0
    assert "afgerond als beheerst door Fatma Yılmaz" in capsys.readouterr().out
    assert _concluded(data_dir, tid, "B1-K1-W1")
    assert run(data_dir, "revoke-conclusion", tid, "B1-K1-W1", "--reason", "toch niet") == 0
    assert not _concluded(data_dir, tid, "B1-K1-W1")
    # Early (not everything Beheerst) needs a reason: refused in Dutch, nothing written.
    assert run(data_dir, "conclude", tid, "B1-K1-W2") == 2
    err = capsys.readouterr().err
    assert "Schrijf kort waarom" in err and not any(w in err for w in ENGLISH)
    assert not _concluded(data_dir, tid, "B1-K1-W2")
    assert (
        run(
            data_dir,
            "conclude",
            tid,
            "B1-K1-W2",
            "--reason",
            "Doet het zelfstandig",
            "--by",
            "Fatma Yılmaz",
        )
        == 0
    )
    assert _concluded(data_dir, tid, "B1-K1-W2")
    assert run(data_dir, "conclude", tid, "B1-K1-W9") != 0


@pytest.fixture
def school_folder(desk, trainer):
    """As ``folder``, but on a school's own guide: the bundled guides are examples since #14 and
    never issue a declaration, so a test that issues one needs the school's guide."""
    trajectory = add_candidate(desk, trainer, "Şükrü Öztürk")
    master(desk, trajectory, trainer, ["B1-K1-W1"], conclude=False)
    desk.close()
    return desk.data_dir, trajectory.id


def test_a_declared_conclusion_cannot_be_revoked_from_the_command_line(
    school_folder, tmp_path, capsys
):
    data_dir, tid = school_folder
    assert run(data_dir, "conclude", tid, "B1-K1-W1") == 0
    assert run(data_dir, "declaration", tid, "--issue", "--out", str(tmp_path / "v.pdf")) == 0
    capsys.readouterr()
    assert run(data_dir, "revoke-conclusion", tid, "B1-K1-W1") == 2
    assert "Trek die verklaring eerst in" in capsys.readouterr().err
    assert _concluded(data_dir, tid, "B1-K1-W1")


@pytest.mark.parametrize(
    "word, stored",
    [
        ("beheerst", "mastered"),
        ("oefent", "practising"),
        ("nog-niet", "not_yet"),
        ("Nog niet", "not_yet"),
        ("mastered", "mastered"),
    ],
)
def test_dutch_status_words(folder, monkeypatch, capsys, word, stored):
    data_dir, tid = folder
    line = json.dumps(
        {"trajectory": tid, "behaviour": "B1-K1-W3-1", "status": word, "by": "Fatma Yılmaz"}
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(line + "\n"))
    assert run(data_dir, "mark", "--stdin") == 0
    assert capsys.readouterr().out.startswith("ok ")
    with Desk.open(data_dir) as desk:
        item = desk.marking.checklist(tid, "B1-K1-W3").items[0]
    assert item.mark.status.value == stored


def test_an_unknown_status_names_the_dutch_words(folder, monkeypatch, capsys):
    data_dir, tid = folder
    line = json.dumps(
        {"trajectory": tid, "behaviour": "B1-K1-W3-1", "status": "goed", "by": "Fatma Yılmaz"}
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO(line + "\n"))
    assert run(data_dir, "mark", "--stdin") == 2
    assert "beheerst" in capsys.readouterr().out


def _add(data_dir, *extra):
    return run(
        data_dir,
        "candidate-add",
        "--name",
        "Zoë  Ĳsselmeer-D'Hondt",
        "--employer",
        "Bakkerij Van Dam",
        "--trainer",
        "Jan de Vries",
        "--guide",
        "assistent-logistiek",
        *extra,
    )


def test_birth_dates_both_ways_and_no_silent_duplicate(tmp_path, capsys):
    data_dir = tmp_path / "d"
    assert _add(data_dir, "--birth-date", "23-06-2001") == 0
    first = json.loads(capsys.readouterr().out)
    # The same person again (ISO date, other spacing and case): refused, nothing added.
    assert (
        run(
            data_dir,
            "candidate-add",
            "--name",
            "zoë ĳsselmeer-d'hondt",
            "--employer",
            "Bakkerij Van Dam",
            "--trainer",
            "Jan de Vries",
            "--guide",
            "assistent-logistiek",
            "--birth-date",
            "2001-06-23",
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "--duplicate-ok" in err and first["candidate"][:8] in err
    with Desk.open(data_dir) as desk:
        assert len(desk.trajectories.candidates()) == 1
        assert desk.trajectories.candidates()[0].birth_date == "2001-06-23"
    assert _add(data_dir, "--birth-date", "2001-06-23", "--duplicate-ok") == 0
    assert _add(data_dir, "--birth-date", "24-06-2001") == 0  # another birth date: another person
    capsys.readouterr()
    with Desk.open(data_dir) as desk:
        assert len(desk.trajectories.candidates()) == 3
    assert _add(data_dir, "--birth-date", "31-02-2001") == 2
    assert "Die dag bestaat niet" in capsys.readouterr().err


def test_candidates_shows_the_trajectory_id_that_declaration_needs(folder, capsys):
    data_dir, tid = folder
    assert run(data_dir, "candidates") == 0
    out = capsys.readouterr().out
    assert "TRAJECT" in out.splitlines()[0]
    assert out.splitlines()[1].startswith(tid[:8])


@pytest.mark.parametrize(
    "args",
    [
        ["bogus"],
        ["candidate-add"],
        ["declaration"],
        ["conclude", "x"],
        ["--data-dir"],
        ["trajectories", "--nope"],
    ],
)
def test_argparse_speaks_dutch(args, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("gebruik: ") and "praktijkdesk:" in err
    assert not any(word in err for word in ENGLISH), err


def test_help_speaks_dutch(capsys):
    for args in (["--help"], ["conclude", "--help"], ["mark", "-h"]):
        with pytest.raises(SystemExit):
            main(args)
        out = capsys.readouterr().out
        assert out.startswith("gebruik: ") and "toon deze hulp en stop" in out
        assert not any(word in out for word in ENGLISH), out


def test_os_errors_are_said_in_dutch(folder, tmp_path, capsys):
    data_dir, tid = folder
    missing = tmp_path / "er-niet" / "gids.json"
    assert run(data_dir, "guide-import", str(missing)) != 0
    err = capsys.readouterr().err
    assert "bestaat niet" in err and not any(w in err for w in ENGLISH), err
    assert run(data_dir, "export", "--all", "--out", str(tmp_path / "er-niet" / "x.praktijk")) != 0
    err = capsys.readouterr().err
    assert err and not any(w in err for w in ENGLISH), err
    assert run(data_dir, "declaration", tid, "--out", str(tmp_path / "er-niet" / "v.pdf")) != 0
    err = capsys.readouterr().err
    assert err and not any(w in err for w in ENGLISH), err


@pytest.mark.parametrize(
    "words",
    [[], ["gui"], ["--data-dir", "/tmp/x"], ["--data-dir", "/tmp/x", "gui"], ["--data-dir=/tmp/y"]],
)
def test_the_apps_own_start_reads_as_argparse_would(words):
    """``plain_app_start`` skips building every command's parser at the app's start; what
    it gives must be exactly argparse's namespace."""
    from praktijkdesk.cli import build_parser, dutch_argparse, plain_app_start

    with dutch_argparse():
        expected = build_parser().parse_args(words)
    assert vars(plain_app_start(words)) == vars(expected)


@pytest.mark.parametrize(
    "words",
    [
        ["gui", "--open", "a.praktijk"],
        ["--portable"],
        ["--data-dir"],
        ["--data-dir", "-x"],
        ["demo"],
        ["--data-dir", "/tmp/x", "candidates"],
        ["gui", "extra"],
        ["--version"],
    ],
)
def test_anything_else_goes_through_argparse(words):
    from praktijkdesk.cli import plain_app_start

    assert plain_app_start(words) is None
