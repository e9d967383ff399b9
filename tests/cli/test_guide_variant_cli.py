"""guide-variant → edit the file → guide-import → migrate (--dry-run): the command line of the
employer's own version, on the demo data (its longest names)."""

from __future__ import annotations

import hashlib
import json

from praktijkdesk.desk import Desk

GUIDE = "groene-ruimte-medewerker-hovenier"
EMPLOYER = "Stichting Hoveniers- en Groenvoorzieningsbedrijf De Groene Vallei Midden-Nederland"
CANDIDATE = "Anne-Maria Gonçalves dos Santos van Heeckeren tot Wassenaer"


def _trajectory_id(data_dir) -> str:
    with Desk.open(data_dir, daily_backup=False) as desk:
        [row] = [s for s in desk.trajectories.summaries() if s.candidate_name == CANDIDATE]
        return row.id


def _digest(data_dir) -> str:
    files = sorted(p for p in data_dir.iterdir() if p.name.startswith("praktijkdesk.sqlite"))
    return hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()


def _edited(path, out):
    """What a trainer does in the file: reword one behaviour, hide one, add one as plain text
    (no id). Edited as data, so a key the writer adds later (a picture) does not matter."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for core_task in data["core_tasks"]:
        for wp in core_task["work_processes"]:
            edited = []
            for b in wp["behaviours"]:
                text = b["text"] if isinstance(b, dict) else b
                if (
                    text
                    == "Hij/zij loopt en rijdt niet door borders of over boomwortels als het niet hoeft."
                ):
                    b["text"] = (
                        "Loop en rij niet door de borders en niet over boomwortels."  # reword
                    )
                if (
                    text
                    == "Hij/zij laat geen afval, olie of brandstof achter in de grond of in het water."
                ):
                    b["hidden"] = True  # hide
                edited.append(b)
                if (
                    text
                    == "Hij/zij gebruikt geen bestrijdingsmiddel zonder dat de leidinggevende het vraagt."
                ):
                    edited.append(
                        "Hij/zij ruimt na het werk de kruiwagen en het gereedschap op."
                    )  # add
            wp["behaviours"] = edited
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def test_variant_round_trip_and_a_dry_run_that_changes_nothing(cli, demo_data_dir, tmp_path):
    own = tmp_path / "eigen.json"
    result = cli(
        demo_data_dir, "guide-variant", GUIDE, "--employer", EMPLOYER, "--out", str(own), check=True
    )
    assert "nog de tekst van de school" in result.stdout
    edited = _edited(own, tmp_path / "eigen-aangepast.json")
    result = cli(demo_data_dir, "guide-import", str(edited), check=True)
    assert "Ingelezen als eigen versie" in result.stdout and "3 verschil" in result.stdout
    again = cli(demo_data_dir, "guide-import", str(edited), check=True)
    assert "Niets veranderd" in again.stdout
    # Written again: the current own version, with the new id and the hidden behaviour.
    cli(
        demo_data_dir,
        "guide-variant",
        GUIDE,
        "--employer",
        EMPLOYER,
        "--out",
        str(own),
        "--force",
        check=True,
    )
    data = json.loads(own.read_text(encoding="utf-8"))
    wp = data["core_tasks"][0]["work_processes"][0]
    assert [b["id"] for b in wp["behaviours"] if b.get("hidden")] == ["B1-K1-W1-2"]
    assert "B1-K1-W1-E1" in [b["id"] for b in wp["behaviours"]]
    target = f"{data['slug']}@{data['version']}"

    trajectory = _trajectory_id(demo_data_dir)
    before = _digest(demo_data_dir)
    backups = sorted((demo_data_dir / "backups").iterdir())
    dry = cli(
        demo_data_dir, "migrate", trajectory[:8], "--to", target, "--dry-run", "--json", check=True
    )
    plan = json.loads(dry.stdout)
    assert plan["dry_run"] and plan["counts"]["new"] == 1 and plan["counts"]["gone"] == 1
    assert plan["counts"]["conclusions_kept"] >= 1
    assert _digest(demo_data_dir) == before  # not one byte of the database changed
    assert sorted((demo_data_dir / "backups").iterdir()) == backups  # nor a backup made
    text = cli(demo_data_dir, "migrate", trajectory[:8], "--to", target, "--dry-run", check=True)
    assert (
        "Proefrit: er is niets veranderd." in text.stdout and "uit een vorige versie" in text.stdout
    )

    moved = cli(demo_data_dir, "migrate", trajectory[:8], "--to", target, check=True)
    assert target in moved.stdout
    with Desk.open(demo_data_dir, daily_backup=False) as desk:
        assert desk.trajectories.resolve(trajectory).guide_key == target


def test_a_bad_variant_file_names_the_line_and_stores_nothing(cli, demo_data_dir, tmp_path):
    own = tmp_path / "eigen.json"
    cli(
        demo_data_dir, "guide-variant", GUIDE, "--employer", EMPLOYER, "--out", str(own), check=True
    )
    lines = own.read_text(encoding="utf-8").splitlines()
    # Line of the first behaviour of P1-K1-W1: give it the id of a behaviour of B1-K1-W1.
    number = next(i for i, line in enumerate(lines) if '"P1-K1-W1-1"' in line)
    lines[number] = lines[number].replace('"P1-K1-W1-1"', '"B1-K1-W1-3"')
    bad = tmp_path / "fout.json"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _digest(demo_data_dir)
    result = cli(demo_data_dir, "guide-import", str(bad))
    assert result.returncode == 2
    assert f"regel {number + 1}" in result.stderr and "B1-K1-W1-3" in result.stderr
    assert "Traceback" not in result.stderr
    # A missing comma: the line of the JSON error.
    lines[number] = lines[number].replace('"B1-K1-W1-3"', '"P1-K1-W1-1"').rstrip(",")
    broken = tmp_path / "komma.json"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli(demo_data_dir, "guide-import", str(broken))
    assert result.returncode == 2 and f"regel {number + 2}" in result.stderr
    with Desk.open(demo_data_dir, daily_backup=False) as desk:
        assert not [s for s in desk.guides.summaries() if "-eigen-" in s.slug]
    assert _digest(demo_data_dir) == before


def test_migrate_refuses_another_employers_version(cli, demo_data_dir, tmp_path):
    own = tmp_path / "eigen.json"
    cli(
        demo_data_dir,
        "guide-variant",
        GUIDE,
        "--employer",
        "Groen & Zo Hoveniers",
        "--out",
        str(own),
        check=True,
    )
    edited = _edited(own, tmp_path / "zo.json")
    cli(demo_data_dir, "guide-import", str(edited), check=True)
    slug = json.loads(own.read_text(encoding="utf-8"))["slug"]
    result = cli(demo_data_dir, "migrate", _trajectory_id(demo_data_dir)[:8], "--to", slug)
    assert result.returncode == 2 and "ander leerbedrijf" in result.stderr
