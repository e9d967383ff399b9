"""Issuing, reprinting, withdrawing and signing the praktijkverklaring through the Desk."""

from __future__ import annotations

import hashlib
import json
import unicodedata

import pytest

from praktijkdesk.documents.declaration_pdf import STALE_SIGNATURE_NOTE, WITHDRAWN_MARK
from praktijkdesk.domain.declaration import Signature, pdf_file_name
from praktijkdesk.domain.guide import Qualification
from praktijkdesk.domain.people import Employer, Role
from praktijkdesk.errors import InvalidInput, NotFound, NothingMastered
from praktijkdesk.paths import resource
from praktijkdesk.services.declarations import qualification_file_of
from praktijkdesk.storage import declarations as store
from tests.documents import samples
from tests.documents.test_declaration_pdf import line_to_count
from tests.services.declaration_data import (
    HARD_NAMES,
    HORECA,
    add_candidate,
    master,
    page_count,
    pv,
    signature_strokes,
    text_of,
    titles,
)

DECLARED = ["B1-K1-W1", "B1-K1-W3", "B1-K2-W1"]
NOT_CONCLUDED = "B1-K1-W2"


@pytest.fixture
def ready(desk, trainer):
    """A trajectory with three work processes concluded beheerst and one only marked."""
    t = add_candidate(desk, trainer, HARD_NAMES[0])
    master(desk, t, trainer, DECLARED)
    master(desk, t, trainer, [NOT_CONCLUDED], conclude=False)
    return t


@pytest.mark.parametrize("name", HARD_NAMES)
def test_hard_names_and_every_declared_work_process_come_back_exactly(desk, trainer, name):
    t = add_candidate(desk, trainer, name)
    master(desk, t, trainer, DECLARED)
    issued = desk.declarations.issue(t.id, trainer.id)
    text = text_of(desk.declarations.reprint(issued.id))
    assert unicodedata.normalize("NFC", name) in text
    for code, title in titles(desk, t, DECLARED).items():
        assert f"{code} {title}" in text
    assert issued.snapshot.work_process_codes() == DECLARED
    assert "Fatma Yılmaz" in text and "Bakkerij Van Dam" in text


def test_only_work_processes_concluded_beheerst_appear(desk, ready):
    issued = desk.declarations.issue(ready.id, ready.trainer_id)
    text = text_of(desk.declarations.reprint(issued.id))
    guide = desk.guides.get(ready.guide_key)
    for wp in guide.work_processes():
        assert (wp.code in text) == (wp.code in DECLARED), wp.code
    assert [
        wp.code for ct in desk.declarations.declarable(ready.id) for wp in ct.work_processes
    ] == DECLARED


def test_a_chosen_subset_and_a_refused_work_process(desk, ready):
    issued = desk.declarations.issue(ready.id, ready.trainer_id, ["B1-K2-W1", "B1-K1-W1"])
    assert issued.snapshot.work_process_codes() == ["B1-K1-W1", "B1-K2-W1"]  # guide order
    with pytest.raises(InvalidInput, match=NOT_CONCLUDED):
        desk.declarations.draft(ready.id, [NOT_CONCLUDED])


def test_nothing_concluded_is_a_clear_dutch_error(desk, trainer):
    t = add_candidate(desk, trainer, HARD_NAMES[1])
    master(desk, t, trainer, ["B1-K1-W1"], conclude=False)
    with pytest.raises(NothingMastered, match="nog geen werkproces afgerond als beheerst"):
        desk.declarations.issue(t.id, trainer.id)
    assert desk.declarations.history(t.id) == []


def test_issuing_stores_number_snapshot_bytes_and_who(desk, ready, trainer):
    issued = desk.declarations.issue(ready.id, trainer.id, place="Zoetermeer")
    assert issued.number == pv(desk, 1)
    assert issued.issued_by_name == "Fatma Yılmaz"
    stored = store.get_declaration(desk.db, issued.id)
    pdf = store.declaration_pdf(desk.db, issued.id)
    assert hashlib.sha256(pdf).hexdigest() == stored.sha256 == issued.sha256
    assert stored.snapshot == issued.snapshot
    snap = json.loads(store.snapshot_text(desk.db, issued.id))
    assert store.snapshot_text(desk.db, issued.id) == issued.snapshot.to_json()
    assert snap["number"] == pv(desk, 1) and snap["issued_at"] == issued.issued_at
    assert snap["candidate_name"] == HARD_NAMES[0] and snap["draft"] is False
    assert snap["qualification_crebo"] == "25168"
    assert snap["qualification_file"] == "Bediening (crebo 23081)"
    assert snap["period_start"] == "2025-09-01"
    assert snap["place"] == "Zoetermeer"
    assert [line["role"] for line in snap["signature_lines"]] == ["trainer", "candidate"]
    assert desk.declarations.current(ready.id).id == issued.id
    text = text_of(desk.declarations.reprint(issued.id))
    assert pv(desk, 1) in text and "Zoetermeer" in text and "CONCEPT" not in text


def test_numbers_count_up_per_year(desk, trainer):
    numbers = []
    for name in HARD_NAMES[:3]:
        t = add_candidate(desk, trainer, name)
        master(desk, t, trainer, ["B1-K1-W1"])
        numbers.append(desk.declarations.issue(t.id, trainer.id).number)
    assert numbers == [pv(desk, 1), pv(desk, 2), pv(desk, 3)]


def test_the_draft_is_marked_concept_and_stores_nothing(desk, ready):
    data = desk.declarations.draft(ready.id)
    assert "CONCEPT" in text_of(data)
    assert desk.declarations.history(ready.id) == []


def test_reprint_is_byte_identical_after_the_data_changed(desk, ready, trainer, tmp_path):
    issued = desk.declarations.issue(ready.id, trainer.id)
    original = desk.declarations.reprint(issued.id)
    assert original == store.declaration_pdf(desk.db, issued.id)

    desk.trajectories.edit_candidate(ready.candidate_id, name="Iemand Anders", birth_date=None)
    employer = desk.people.employer(trainer.employer_id)
    desk.people.edit_employer(Employer(employer.id, "Nieuwe Naam BV", "Leiden", "100999999"))
    desk.set_setting("organisation_name", "Een andere organisatie")
    desk.set_setting("signature_roles", "trainer,candidate,manager,school")
    raw = json.loads(resource("guides", f"{HORECA}.json").read_text(encoding="utf-8"))
    raw["version"] = "2027-1"
    raw["core_tasks"][0]["work_processes"][0]["title"] = "Een heel andere titel"
    newer = tmp_path / "horeca-2027.json"
    newer.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert desk.guides.import_file(newer).version == "2027-1"

    again = desk.declarations.reprint(issued.id)
    assert again == original
    text = text_of(again)
    assert HARD_NAMES[0] in text and "Iemand Anders" not in text
    assert "Een heel andere titel" not in text
    # …while a new draft does see today's data.
    assert "Iemand Anders" in text_of(desk.declarations.draft(ready.id))


def test_withdrawn_says_ingetrokken_and_stays_in_history(desk, ready, trainer):
    issued = desk.declarations.issue(ready.id, trainer.id)
    with pytest.raises(InvalidInput):
        desk.declarations.withdraw(issued.id, trainer.id, "")
    withdrawn = desk.declarations.withdraw(issued.id, trainer.id, "Verkeerde werkprocessen")
    assert withdrawn.withdrawn and withdrawn.withdrawn_by_name == "Fatma Yılmaz"
    data = desk.declarations.reprint(issued.id)
    text = text_of(data)
    assert WITHDRAWN_MARK in text and "Verkeerde werkprocessen" in text
    assert data == desk.declarations.reprint(issued.id)  # deterministic too
    assert desk.declarations.current(ready.id) is None
    assert [d.number for d in desk.declarations.history(ready.id)] == [pv(desk, 1)]
    with pytest.raises(InvalidInput, match="al ingetrokken"):
        desk.declarations.withdraw(issued.id, trainer.id, "Nog een keer")
    # A new one may be issued now.
    again = desk.declarations.issue(ready.id, trainer.id)
    assert again.number == pv(desk, 2)
    assert [d.withdrawn for d in desk.declarations.history(ready.id)] == [True, False]


def test_a_second_declaration_needs_a_reason_and_replaces_the_first(desk, ready, trainer):
    first = desk.declarations.issue(ready.id, trainer.id)
    with pytest.raises(InvalidInput, match="al een praktijkverklaring"):
        desk.declarations.issue(ready.id, trainer.id)
    second = desk.declarations.issue(ready.id, trainer.id, replaces_reason="Een werkproces erbij")
    old = desk.declarations.get(first.id)
    assert old.withdrawn and old.withdrawn_reason == "Een werkproces erbij"
    assert desk.declarations.current(ready.id).id == second.id


def test_signatures_are_bound_to_the_snapshot_and_drawn(desk, ready, trainer):
    issued = desk.declarations.issue(ready.id, trainer.id)
    unsigned = desk.declarations.reprint(issued.id)
    sig = desk.declarations.sign(issued.id, "trainer", None, signature_strokes())
    assert sig.name == "Fatma Yılmaz" and sig.is_for(issued.snapshot)
    desk.declarations.sign(issued.id, "candidate", None, signature_strokes())
    signed = desk.declarations.get(issued.id)
    assert [s.role for s in signed.valid_signatures] == ["trainer", "candidate"]
    assert signed.unsigned_roles() == []

    copy = desk.declarations.reprint(issued.id)
    assert copy != unsigned
    assert copy == desk.declarations.reprint(issued.id)  # the signed copy is stable too
    assert line_to_count(copy) > line_to_count(unsigned)
    assert "getekend op" in text_of(copy)
    # The unsigned original stays exactly as issued.
    assert desk.declarations.reprint(issued.id, with_signatures=False) == unsigned
    assert store.declaration_pdf(desk.db, issued.id) == unsigned


def test_signing_refuses_what_is_not_a_signature(desk, ready, trainer):
    issued = desk.declarations.issue(ready.id, trainer.id)
    with pytest.raises(InvalidInput, match="nog geen handtekening"):
        desk.declarations.sign(issued.id, "trainer", None, [])
    with pytest.raises(InvalidInput, match="geen plek"):
        desk.declarations.sign(issued.id, "school", "Iemand", signature_strokes())
    with pytest.raises(InvalidInput):
        desk.declarations.sign(issued.id, "trainer", None, [[("x", 1)]])
    desk.declarations.withdraw(issued.id, trainer.id, "Fout gemaakt")
    with pytest.raises(InvalidInput, match="ingetrokken"):
        desk.declarations.sign(issued.id, "trainer", None, signature_strokes())


def test_a_reissued_declaration_never_reuses_the_old_signatures(desk, ready, trainer):
    first = desk.declarations.issue(ready.id, trainer.id)
    desk.declarations.sign(first.id, "trainer", None, signature_strokes())
    old_signature = desk.declarations.get(first.id).signatures[0]
    second = desk.declarations.issue(ready.id, trainer.id, replaces_reason="Opnieuw uitgegeven")

    fresh = desk.declarations.get(second.id)
    assert fresh.signatures == () and fresh.unsigned_roles() == ["trainer", "candidate"]
    assert not old_signature.is_for(fresh.snapshot)
    assert desk.declarations.reprint(second.id) == store.declaration_pdf(desk.db, second.id)

    # Even if an old signature row were carried over (a bug, a bad exchange), it is stale:
    # listed as such and never drawn.
    store.add_signature(desk.db, "copied", second.id, old_signature)
    carried = desk.declarations.get(second.id)
    assert carried.valid_signatures == () and len(carried.stale_signatures) == 1
    data = desk.declarations.reprint(second.id)
    assert STALE_SIGNATURE_NOTE in text_of(data)
    assert line_to_count(data) == line_to_count(
        desk.declarations.reprint(second.id, with_signatures=False)
    )


def test_signature_blocks_follow_the_setting_and_the_school(desk, ready, trainer):
    # "school" in the setting does nothing: whether the school signs is the school's choice.
    desk.set_setting("signature_roles", "candidate, school ,manager,nonsense")
    desk.people.edit_employer_details(trainer.employer_id, manager_name="Fatima el Amrani")
    issued = desk.declarations.issue(ready.id, trainer.id)
    assert [line.role for line in issued.snapshot.signature_lines] == [
        "trainer",
        "candidate",
        "manager",
    ]
    assert issued.snapshot.signature_lines[2].name == "Fatima el Amrani"
    text = text_of(desk.declarations.reprint(issued.id))
    assert "Leidinggevende" in text and "Fatima el Amrani" in text and "Namens" not in text
    desk.declarations.sign(issued.id, "manager", None, signature_strokes())
    assert "getekend op" in text_of(desk.declarations.reprint(issued.id))

    school = desk.schools.add_school(
        "ROC Mondriaan", brin="25lh", co_signs=True, contact_name="Inge van Leeuwen"
    )
    desk.trajectories.edit(ready.id, school_id=school.id)
    again = desk.declarations.issue(ready.id, trainer.id, replaces_reason="School erbij gezet")
    assert [line.role for line in again.snapshot.signature_lines][-1] == "school"
    text = text_of(desk.declarations.reprint(again.id))
    assert "Namens de mbo-instelling" in text and "Inge van Leeuwen" in text
    assert "Uitgereikt door ROC Mondriaan op basis van het oordeel" in " ".join(text.split())


def test_organisation_logo_and_place_from_settings(desk, ready, trainer):
    logo = desk.data_dir / "logo.png"
    logo.write_bytes(samples.png())
    desk.set_setting("organisation_logo", "logo.png")
    desk.set_setting("organisation_name", "Werkgeversservicepunt Haaglanden")
    desk.set_setting("organisation_place", "Den Haag")
    issued = desk.declarations.issue(ready.id, trainer.id)
    text = text_of(desk.declarations.reprint(issued.id))
    assert "Werkgeversservicepunt Haaglanden" in text and "Den Haag" in text
    assert desk.declarations._logo_of(issued.id) == samples.png()
    # A signed copy keeps the logo of the moment of issuing, even after it was removed.
    desk.declarations.sign(issued.id, "trainer", None, signature_strokes())
    signed = desk.declarations.reprint(issued.id)
    logo.unlink()
    desk.set_setting("organisation_logo", None)
    assert desk.declarations.reprint(issued.id) == signed
    assert desk.declarations.logo() is None
    # The logo lies with the declaration (schema step 7), not in the catch-all settings.
    assert (
        desk.db.execute("SELECT logo FROM declarations WHERE id = ?", [issued.id]).fetchone()[0]
        == samples.png()
    )
    assert (
        desk.db.execute("SELECT COUNT(*) FROM settings WHERE key LIKE 'declaration%'").fetchone()[0]
        == 0
    )
    # Like the PDF, the logo of an issued declaration cannot be changed afterwards.
    with pytest.raises(Exception, match="immutable"):
        desk.db.execute("UPDATE declarations SET logo = NULL WHERE id = ?", [issued.id])


def test_a_missing_logo_file_is_ignored(desk, ready, trainer):
    desk.set_setting("organisation_logo", "/does/not/exist.png")
    issued = desk.declarations.issue(ready.id, trainer.id)
    assert page_count(desk.declarations.reprint(issued.id)) == 1


def test_a_damaged_stored_pdf_is_reported_not_printed(desk, ready, trainer):
    from praktijkdesk.errors import DatabaseDamaged

    issued = desk.declarations.issue(ready.id, trainer.id)
    desk.db.execute("DROP TRIGGER declarations_issued_fixed")
    desk.db.execute("UPDATE declarations SET pdf = ? WHERE id = ?", [b"%PDF-broken", issued.id])
    with pytest.raises(DatabaseDamaged):
        desk.declarations.reprint(issued.id)


def test_the_issued_declaration_cannot_be_changed_in_the_database(desk, ready, trainer):
    import sqlite3

    issued = desk.declarations.issue(ready.id, trainer.id)
    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        desk.db.execute("UPDATE declarations SET snapshot = '{}' WHERE id = ?", [issued.id])


def test_unknown_ids_and_people(desk, ready, trainer):
    with pytest.raises(NotFound):
        desk.declarations.reprint("nope")
    with pytest.raises(NotFound):
        desk.declarations.issue("nope", trainer.id)
    with pytest.raises(NotFound):
        desk.declarations.issue(ready.id, "nobody")


def test_a_jobcoach_prepares_but_never_issues_or_withdraws(desk, ready, trainer):
    # Issue #20: the declaration is the trainer's judgement; the jobcoach may draft it.
    coach = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
    assert desk.declarations.draft(ready.id)  # preparing: a preview, nothing stored
    with pytest.raises(InvalidInput, match="(?i)alleen de praktijkopleider"):
        desk.declarations.issue(ready.id, coach.id)
    assert desk.declarations.current(ready.id) is None
    issued = desk.declarations.issue(ready.id, trainer.id)
    assert issued.issued_by_name == "Fatma Yılmaz"
    with pytest.raises(InvalidInput, match="(?i)alleen de praktijkopleider"):
        desk.declarations.withdraw(issued.id, coach.id, "Foutje gemaakt")
    assert not desk.declarations.current(ready.id).withdrawn


def test_a_trainer_of_another_employer_neither_issues_nor_withdraws(desk, ready, trainer):
    """Issue #13: the employer sets the norm and its trainer judges (was: a jobcoach may issue)."""
    coach = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
    other = desk.people.add_employer("Ander Bedrijf", "Delft")
    elsewhere = desk.people.add_person("Piet Vreemd", Role.TRAINER, other.id)
    for person in (coach, elsewhere):
        with pytest.raises(InvalidInput, match="praktijkopleider van het leerbedrijf"):
            desk.declarations.issue(ready.id, person.id)
    issued = desk.declarations.issue(ready.id, trainer.id)
    assert issued.snapshot.trainer_name == "Fatma Yılmaz"
    with pytest.raises(InvalidInput, match="praktijkopleider van het leerbedrijf"):
        desk.declarations.withdraw(issued.id, coach.id, "Verkeerd werkproces gekozen")
    assert not desk.declarations.get(issued.id).withdrawn


def test_only_a_trainer_of_the_employer_issues_and_withdraws(desk, ready, trainer):
    coach = desk.people.add_person("Marloes Bakker", Role.JOBCOACH)
    elsewhere = desk.people.add_employer("Ander Bedrijf", "Delft")
    stranger = desk.people.add_person("Piet Pieters", Role.TRAINER, elsewhere.id)
    colleague = desk.people.add_person("Bas Jansen", Role.TRAINER, trainer.employer_id)
    for person, word in ((coach, "jobcoach"), (stranger, "ander leerbedrijf")):
        with pytest.raises(InvalidInput, match="Alleen de praktijkopleider") as refused:
            desk.declarations.issue(ready.id, person.id)
        assert word in refused.value.message and refused.value.code == "not_the_trainer"
        assert desk.declarations.may_issue(ready.id, person.id) == refused.value.message
    assert desk.declarations.history(ready.id) == []
    # A jobcoach still prepares and sees the draft.
    assert "CONCEPT" in text_of(desk.declarations.draft(ready.id))
    # A colleague trainer at the same employer may issue; the trajectory's trainer is named.
    issued = desk.declarations.issue(ready.id, colleague.id)
    assert issued.issued_by_name == "Bas Jansen"
    assert issued.snapshot.trainer_name == "Fatma Yılmaz"
    with pytest.raises(InvalidInput, match="Alleen de praktijkopleider"):
        desk.declarations.withdraw(issued.id, coach.id, "Verkeerd werkproces")
    assert not desk.declarations.get(issued.id).withdrawn
    assert desk.declarations.withdraw(issued.id, trainer.id, "Verkeerd werkproces").withdrawn


def test_listeners_hear_of_issue_sign_and_withdraw(desk, ready, trainer):
    heard = []
    desk.subscribe(heard.append)
    issued = desk.declarations.issue(ready.id, trainer.id)
    desk.declarations.sign(issued.id, "trainer", None, signature_strokes())
    desk.declarations.withdraw(issued.id, trainer.id, "Fout gemaakt")
    assert len(heard) == 3 and all(c.declarations for c in heard)
    assert all(ready.id in c.trajectory_ids for c in heard)


def test_helpers():
    assert (
        pdf_file_name("PV-2026-0007", "Zoë Ĳsselmeer-D'Hondt")
        == "PV-2026-0007 Zoë Ĳsselmeer-D'Hondt.pdf"
    )
    assert pdf_file_name("PV-1", 'a/b\\c:"d') == "PV-1 a b c d.pdf"

    class G:
        qualification = Qualification("Medewerker hovenier")
        extra: dict = {}
        source = "op basis van het kwalificatiedossier mbo Groene ruimte (Aequor, 2015)"

    assert qualification_file_of(G()) == ""
    G.extra = {"qualification_file": "Groene ruimte 2015"}
    assert qualification_file_of(G()) == "Groene ruimte 2015"


def test_signature_dataclass_round_trip_through_storage(desk, ready, trainer):
    issued = desk.declarations.issue(ready.id, trainer.id)
    made = desk.declarations.sign(issued.id, "candidate", None, signature_strokes())
    loaded = desk.declarations.get(issued.id).signatures[0]
    assert isinstance(loaded, Signature) and loaded == made
