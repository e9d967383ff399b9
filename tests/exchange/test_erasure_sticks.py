"""An erased candidate stays erased through every route: a bundle, the synced folder, another
device's older bundle; the erasure travels and every device that learns of it erases too."""

from __future__ import annotations

import zipfile

from praktijkdesk.storage.integrity import integrity_problems

from .conftest import behaviours, trust_in_folder


def _names_in(path) -> str:
    with zipfile.ZipFile(path) as zf:
        return "".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())


def _two(tmp_path, make_device, shop):
    canteen, trajectory, fatma, _ = shop
    b = behaviours(canteen, trajectory, 2)
    canteen.marking.record_mark(trajectory.id, b[0], "mastered", fatma.id)
    laptop = make_device("laptop")
    old = canteen.exchange.export(tmp_path / "old.praktijk", everything=True).path
    laptop.exchange.import_file(old)
    return canteen, laptop, trajectory, old


def test_an_older_bundle_does_not_bring_an_erased_candidate_back(tmp_path, make_device, shop):
    canteen, laptop, trajectory, old = _two(tmp_path, make_device, shop)
    canteen.privacy.erase_candidate(trajectory.candidate_id)
    plan = canteen.exchange.preview(old)
    assert "Let op: 1 kandidaat eerder gewist: niet teruggezet." in plan.lines()
    canteen.exchange.import_file(old)
    # And the laptop's older copy (which still has the candidate) neither.
    canteen.exchange.import_file(
        laptop.exchange.export(tmp_path / "l.praktijk", everything=True).path
    )
    assert (
        canteen.db.execute(
            "SELECT COUNT(*) FROM candidates WHERE id = ?", [trajectory.candidate_id]
        ).fetchone()[0]
        == 0
    )
    for table in ("trajectories", "marks", "declarations"):
        column = "id" if table == "trajectories" else "trajectory_id"
        assert (
            canteen.db.execute(
                f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", [trajectory.id]
            ).fetchone()[0]
            == 0
        )
    assert integrity_problems(canteen.db) == []


def test_the_erasure_travels_and_the_other_device_erases_too(tmp_path, make_device, shop):
    canteen, laptop, trajectory, _ = _two(tmp_path, make_device, shop)
    canteen.privacy.erase_candidate(trajectory.candidate_id)
    news = canteen.exchange.export(tmp_path / "news.praktijk", everything=True).path
    assert "Şükrü" not in _names_in(news)  # the erasure record holds no name
    plan = laptop.exchange.preview(news)
    assert any(
        "1 kandidaat gewist op een ander apparaat: wordt hier ook gewist" in line
        for line in plan.lines()
    )
    laptop.exchange.import_file(news)
    assert laptop.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 0
    assert laptop.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == 0
    assert laptop.db.execute("SELECT COUNT(*) FROM erasures").fetchone()[0] == 1
    assert integrity_problems(laptop.db) == []


def test_through_the_synced_folder_and_own_sync_files_are_rewritten(tmp_path, make_device, shop):
    canteen, trajectory, fatma, _ = shop
    b = behaviours(canteen, trajectory, 2)
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    canteen.exchange.set_sync_folder(folder)
    laptop = make_device("laptop")
    laptop.exchange.set_scope("jobcoach")  # a fresh device reads no stream until it is told (#20)
    canteen.marking.record_mark(trajectory.id, b[0], "mastered", fatma.id)
    canteen.exchange.sync(folder)
    trust_in_folder(laptop, folder, canteen)  # a new device in the folder: codes compared
    laptop.exchange.sync(folder)
    laptop.marking.record_mark(trajectory.id, b[1], "practising", fatma.id)
    laptop.exchange.sync(folder)
    assert laptop.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 1

    canteen.privacy.erase_candidate(trajectory.candidate_id)
    stream = folder / "praktijkdesk-sync" / trajectory.employer_id  # one stream per employer (#20)
    mine = sorted((stream / canteen.device_id).glob("*.praktijk"))
    assert mine and all("Şükrü" not in _names_in(p) for p in mine), "own sync files keep the name"

    trust_in_folder(canteen, folder, laptop)  # the laptop's files still hold the candidate:
    canteen.exchange.sync(folder)  # not brought back
    assert canteen.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 0
    laptop.exchange.sync(folder)  # the laptop learns of the erasure, erases, rewrites its files
    assert laptop.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 0
    assert laptop.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == 0
    theirs = sorted((stream / laptop.device_id).glob("*.praktijk"))
    assert theirs and all("Şükrü" not in _names_in(p) for p in theirs)

    # A third device joining later reads everything in any order: the candidate stays gone.
    late = make_device("late")
    late.exchange.set_scope("jobcoach")
    trust_in_folder(late, folder, canteen, laptop)
    late.exchange.sync(folder)
    assert late.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 0
    assert late.db.execute("SELECT COUNT(*) FROM erasures").fetchone()[0] == 1
    assert integrity_problems(late.db) == []
