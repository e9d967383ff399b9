"""The commands a new user runs first: demo, candidates, guides."""

import json

from tests.cli.conftest import json_of


def test_demo_fills_a_fresh_folder_once(cli, tmp_path):
    folder = tmp_path / "nieuw"
    first = cli(folder, "demo", check=True)
    assert "9 kandidaten" in first.stdout
    cli(folder, "demo", check=True)
    candidates = json_of(cli(folder, "candidates", "--json", check=True))
    assert len(candidates) == 9
    names = {c["name"] for c in candidates}
    assert {"Şükrü Öztürk", "Nguyễn Thị Ánh", "Марія Шевченко"} <= names
    ready = [
        t
        for c in candidates
        for t in c["trajectories"]
        if t["work_processes_chosen"]
        and t["work_processes_concluded"] == t["work_processes_chosen"]
    ]
    assert ready, "one demo candidate has every chosen work process concluded"


def test_guides_lists_the_four_bundled_guides(cli, data_dir):
    guides = json_of(cli(data_dir, "guides", "--json", check=True))
    assert len(guides) == 4
    counts = {g["slug"]: g["work_process_count"] for g in guides}
    assert counts["horeca-gastheer-gastvrouw"] == 13
    assert all(count > 0 for count in counts.values())


def test_candidate_add_matches_or_creates_employer_and_trainer(cli, data_dir):
    args = [
        "candidate-add",
        "--name",
        "Zoë Ĳsselmeer-D'Hondt",
        "--birth-date",
        "2001-06-23",
        "--employer",
        "Bakkerij Van Dam",
        "--trainer",
        "Jan de Vries",
        "--guide",
        "horeca-gastheer-gastvrouw",
        "--work-processes",
        "B1-K1-W1,B1-K1-W3",
    ]
    first = json_of(cli(data_dir, *args, check=True))
    second = json_of(
        cli(data_dir, *[a if a != "Zoë Ĳsselmeer-D'Hondt" else "Øyvind" for a in args], check=True)
    )
    assert first["employer"] == second["employer"] and first["trainer"] == second["trainer"]
    rows = json_of(cli(data_dir, "trajectories", "--json", check=True))
    assert {r["work_processes_chosen"] for r in rows} == {2}


def test_bad_input_gets_dutch_message_and_exit_2(cli, data_dir):
    result = cli(
        data_dir,
        "candidate-add",
        "--name",
        " ",
        "--employer",
        "X",
        "--trainer",
        "Y",
        "--guide",
        "horeca-gastheer-gastvrouw",
    )
    assert result.returncode == 2
    assert "leeg" in result.stderr and "Traceback" not in result.stderr
    result = cli(data_dir, "guide-export", "bestaat-niet", str(data_dir / "x.json"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = cli(data_dir, "onzin")
    assert result.returncode == 2 and "ongeldige opdracht" in result.stderr


def test_check_says_healthy(cli, data_dir):
    result = cli(data_dir, "check")
    assert result.returncode == 0 and "In orde" in result.stdout


def test_guide_export_then_import_by_extension(cli, data_dir, tmp_path):
    out = tmp_path / "horeca.csv"
    cli(data_dir, "guide-export", "horeca-gastheer-gastvrouw", str(out), check=True)
    assert out.read_bytes()
    result = cli(data_dir, "guide-import", str(out), check=True)
    assert "Ingelezen" in result.stdout
    guides = json.loads(cli(data_dir, "guides", "--json", check=True).stdout)
    assert len(guides) == 4  # the same version again adds nothing
