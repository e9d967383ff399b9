"""Guides in the app, below the screen: a preview stores nothing, the import stores what was
previewed (not the file read again), the B1 check through the Desk, trajectory counts."""

from __future__ import annotations

import json

import pytest

from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides.plain_language import PASSIVE

GUIDE = {
    "format": "praktijkdesk-guide/1",
    "slug": "bakkerij",
    "title": "Bakkerij",
    "version": "2026-1",
    "qualification": {"name": "Bakkerij"},
    "core_tasks": [
        {
            "code": "B1-K1",
            "title": "Bakt",
            "work_processes": [
                {
                    "code": "B1-K1-W1",
                    "title": "Bereidt deeg voor",
                    "short_title": "Deeg maken",
                    "behaviours": ["Het deeg wordt gekneed.", "Hij/zij weegt af."],
                }
            ],
        }
    ],
}


def write(path, **changes):
    path.write_text(json.dumps({**GUIDE, **changes}), encoding="utf-8")
    return path


def stored_keys(desk):
    return [s.key for s in desk.guides.summaries()]


def test_a_preview_stores_nothing_and_counts_what_it_found(desk, tmp_path):
    before = stored_keys(desk)
    preview = desk.guides.preview_file(write(tmp_path / "b.json"))
    assert stored_keys(desk) == before
    assert (preview.guide.key, preview.file_name) == ("bakkerij@2026-1", "b.json")
    assert (preview.work_process_count, preview.behaviour_count) == (1, 2)
    assert preview.plain_language_findings == 1
    assert preview.already_stored is False


def test_the_import_stores_what_was_previewed_even_when_the_file_changed(desk, tmp_path):
    path = write(tmp_path / "b.json")
    preview = desk.guides.preview_file(path)
    write(path, title="Iets anders")  # the file lies after the preview
    desk.guides.import_preview(preview)
    assert desk.guides.get("bakkerij@2026-1").title == "Bakkerij"
    path.unlink()  # and it is no longer needed
    again = desk.guides.preview_file(write(tmp_path / "c.json"))
    assert again.already_stored is True
    assert desk.guides.import_preview(again) == desk.guides.get("bakkerij@2026-1")


def test_a_different_file_under_a_stored_version_is_refused_at_the_preview(desk, tmp_path):
    desk.guides.import_file(write(tmp_path / "b.json"))
    with pytest.raises(InvalidGuide) as exc:
        desk.guides.preview_file(write(tmp_path / "c.json", title="Anders"))
    assert "bestaat al met een andere inhoud" in exc.value.message


def test_the_b1_check_through_the_desk(desk, tmp_path):
    guide, findings = desk.guides.plain_language(str(write(tmp_path / "b.json")))
    assert guide.slug == "bakkerij"
    assert [(f.where, f.finding.kind) for f in findings] == [("B1-K1-W1-1", PASSIVE)]
    assert "bakkerij" not in {s.slug for s in desk.guides.summaries()}  # a check stores nothing
    stored, none = desk.guides.plain_language("horeca-gastheer-gastvrouw")
    assert stored.slug == "horeca-gastheer-gastvrouw" and none == []
    assert [f.kind for f in desk.guides.check_text("Het werk is gedaan.")] == [PASSIVE]


def test_trajectory_counts_per_version(desk):
    from praktijkdesk.domain.people import Role

    assert desk.guides.trajectory_counts() == {}
    employer = desk.people.employer_named("Bakkerij De Korrel", create=True)
    trainer = desk.people.add_person("Jan", Role.TRAINER, employer.id)
    key = desk.guides.latest("assistent-logistiek").key
    for name in ("Ann", "Bo"):
        desk.trajectories.add_candidate(
            name=name, employer_id=employer.id, trainer_id=trainer.id, guide_key=key
        )
    assert desk.guides.trajectory_counts() == {key: 2}
