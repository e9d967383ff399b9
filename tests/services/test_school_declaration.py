"""The school on the declaration; example guides never issue; old snapshots keep their hash."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from praktijkdesk.documents.declaration_pdf import render_declaration
from praktijkdesk.domain.declaration import DeclarationSnapshot
from praktijkdesk.errors import InvalidInput, NotFound
from praktijkdesk.guides.json_format import dump_json
from praktijkdesk.storage import guides as guide_store
from tests.documents import samples
from tests.services.declaration_data import (
    HARD_NAMES,
    HORECA,
    add_candidate,
    master,
    pv,
    text_of,
)


def flat(data: bytes) -> str:
    return " ".join(text_of(data).split())


def test_an_example_guide_gives_a_voorbeeld_draft_and_never_issues(desk, trainer):
    _, t = desk.trajectories.add_candidate(
        name=HARD_NAMES[0],
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
        guide_key=desk.guides.latest(HORECA).key,
    )
    assert desk.guides.get(t.guide_key).example
    master(desk, t, trainer, ["B1-K1-W1"])
    draft = flat(desk.declarations.draft(t.id))
    assert "VOORBEELD" in draft and "CONCEPT" not in draft
    with pytest.raises(InvalidInput) as refused:
        desk.declarations.issue(t.id, trainer.id)
    message = refused.value.message
    assert refused.value.code == "example_guide"
    assert "Praktijkloket" in message and "guide-import" in message and "voorbeeld" in message
    assert desk.declarations.history(t.id) == []
    assert desk.declarations.may_issue(t.id, trainer.id) == message


def test_a_bundled_version_stored_before_it_was_flagged_counts_as_an_example(desk, trainer):
    # A data folder from before holds horeca 2026-1 with "example": false.
    current = desk.guides.latest(HORECA)
    old = replace(current, version="2026-1", example=False)
    with desk.db.atomic():
        guide_store.add_guide(
            desk.db,
            old.key,
            old.slug,
            old.version,
            old.title,
            dump_json(old),
            "2026-01-01T00:00:00Z",
        )
    assert '"example": false' in guide_store.guide_content(desk.db, old.key)
    _, t = desk.trajectories.add_candidate(
        name=HARD_NAMES[1],
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
        guide_key=old.key,
    )
    master(desk, t, trainer, ["B1-K1-W1"])
    with pytest.raises(InvalidInput, match="voorbeeld"):
        desk.declarations.issue(t.id, trainer.id)


def test_the_school_and_the_employer_details_are_on_the_page(desk, trainer):
    school = desk.schools.add_school(
        "ROC Mondriaan",
        brin="25lh",
        place="Den Haag",
        wording="on_behalf_of",
        contact_name="Inge van Leeuwen",
        contact_email="praktijkloket@rocmondriaan.nl",
    )
    desk.people.edit_employer_details(trainer.employer_id, sbb_number="100 234 567")
    t = add_candidate(desk, trainer, HARD_NAMES[3])
    desk.trajectories.edit(t.id, school_id=school.id)
    master(desk, t, trainer, ["B1-K1-W1", "B1-K2-W1"])
    issued = desk.declarations.issue(t.id, trainer.id, place="Zoetermeer")
    assert issued.number == pv(desk, 1, series="25LH")
    text = flat(desk.declarations.reprint(issued.id))
    for expected in (
        "ROC Mondriaan",
        "BRIN 25LH",
        "Namens ROC Mondriaan afgegeven op basis van het oordeel "
        "van de praktijkopleider van Bakkerij Van Dam",
        "laten zien dat hij/zij de werkprocessen hieronder beheerst",
        "crebo 25168 · niveau 2",
        "Bediening (crebo 23081), versie 2024",
        "Bakkerij Van Dam, Zoetermeer",
        "erkenningsnummer SBB 100234567",
        "B1-K1-W1 Voert voorbereidende werkzaamheden uit",
        "Zoetermeer,",
    ):
        assert expected in text, expected
    assert "praktijkdesk" not in text.casefold()  # no product branding on the formal page
    # The school's choice of wording and series is kept in the snapshot: editing the school
    # later changes no issued page.
    desk.schools.edit_school(school.id, name="ROC Mondriaan Delft", series="MOND")
    assert flat(desk.declarations.reprint(issued.id)) == text


def test_the_employers_school_is_offered_for_the_next_candidate(desk, trainer):
    school = desk.schools.school_named("ROC Mondriaan", create=True)
    _, first = desk.trajectories.add_candidate(
        name=HARD_NAMES[0],
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
        guide_key=desk.guides.latest(HORECA).key,
        school_id=school.id,
    )
    assert desk.people.employer(trainer.employer_id).school_id == school.id
    assert desk.schools.school_named("roc  mondriaan", create=False).id == school.id
    with pytest.raises(NotFound, match="ROC Mondriaan"):
        desk.schools.school_named("ROC Elders", create=False)
    with pytest.raises(InvalidInput, match="al een school"):
        desk.schools.add_school("roc mondriaan")


def test_entree_level_reads_entree_niveau_1():
    for level in ("Entree", "1"):
        snap = replace(samples.snapshot(), qualification_level=level)
        assert "Entree (niveau 1)" in flat(render_declaration(snap))


def test_an_old_snapshot_keeps_its_json_and_hash_so_its_signatures_stay_valid():
    old = samples.snapshot()
    text = old.to_json()
    data = json.loads(text)
    for new_field in (
        "school_name",
        "school_brin",
        "school_place",
        "school_wording",
        "qualification_file_version",
        "example",
    ):
        assert new_field not in data  # defaults are left out
    again = DeclarationSnapshot.from_json(text)
    assert again.to_json() == text and again.sha256() == old.sha256()
    with_school = replace(old, school_name="ROC Mondriaan")
    assert with_school.sha256() != old.sha256()
    assert DeclarationSnapshot.from_json(with_school.to_json()) == with_school


def test_the_numbers_of_a_school_and_without_one_count_separately(desk, trainer):
    school = desk.schools.add_school("ROC Mondriaan", brin="25LH", series="mond")
    numbers = []
    for n, school_id in enumerate((school.id, None, school.id)):
        t = add_candidate(desk, trainer, HARD_NAMES[n])
        if school_id:
            desk.trajectories.edit(t.id, school_id=school_id)
        master(desk, t, trainer, ["B1-K1-W1"])
        numbers.append(desk.declarations.issue(t.id, trainer.id).number)
    assert numbers == [pv(desk, 1, series="MOND"), pv(desk, 1), pv(desk, 2, series="MOND")]
    assert all(re.fullmatch(r"(MOND|PV)-2026-[0-9A-Z]{4}-\d{4}", n) for n in numbers)
