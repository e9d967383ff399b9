"""The praktijkverklaring's rules and its snapshot: what may be listed, and what a signature is
bound to. The snapshot's canonical encoding is pinned by a stored file (tests/data/README.md)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest

from praktijkdesk.domain.declaration import (
    SIGNATURE_ROLE_LABELS,
    SIGNATURE_ROLES,
    DeclarationSnapshot,
    DeclaredCoreTask,
    DeclaredWorkProcess,
    Signature,
    SignatureLine,
    choose_work_processes,
    declarable_work_processes,
    declaration_number,
    group_by_core_task,
    number_prefix,
)
from praktijkdesk.domain.guide import Behaviour, CoreTask, Guide, Qualification, WorkProcess
from praktijkdesk.domain.mark import Conclusion, ConclusionValue
from praktijkdesk.domain.progress import trajectory_progress
from praktijkdesk.errors import InvalidInput, NothingMastered
from tests.documents import samples

STORED = Path(__file__).resolve().parents[1] / "data" / "declaration-snapshot-v1.json"
STORED_SHA256 = "28634783d5b8010bca931226d417b294d222833348ca66f3dca3d1db576ff9f1"


def stored_snapshot_as_built_today() -> DeclarationSnapshot:
    return samples.snapshot(
        name="Zoë Ĳsselmeer-D'Hondt",
        work_processes=11,
        roles=("trainer", "candidate", "manager", "school"),
    )


def test_a_reprint_after_an_upgrade_has_the_same_bytes_and_sha256():
    stored = STORED.read_bytes()
    assert hashlib.sha256(stored).hexdigest() == STORED_SHA256
    snapshot = DeclarationSnapshot.from_json(stored.decode("utf-8"))
    assert snapshot.to_json().encode("utf-8") == stored
    assert snapshot.sha256() == STORED_SHA256
    # The same data typed in again today gives the same bytes too.
    assert stored_snapshot_as_built_today().to_json().encode("utf-8") == stored


def test_reading_a_stored_snapshot_gives_back_the_same_declaration():
    snapshot = DeclarationSnapshot.from_json(STORED.read_text(encoding="utf-8"))
    assert snapshot == stored_snapshot_as_built_today()
    assert snapshot.work_process_codes() == [f"B1-K1-W{i}" for i in range(1, 11)] + ["B1-K2-W1"]
    assert snapshot.signature_lines[2] == SignatureLine("manager", "Fatima el Amrani")
    assert snapshot.draft is False


def test_names_are_stored_as_letters_not_escapes_and_keys_sorted():
    text = stored_snapshot_as_built_today().to_json()
    assert "Zoë Ĳsselmeer-D'Hondt" in text and "\\u" not in text
    keys = list(json.loads(text))
    assert keys == sorted(keys)


def test_any_change_to_what_was_signed_breaks_the_signature():
    snap = stored_snapshot_as_built_today()
    signature = Signature("trainer", "Jan de Vries", "2026-03-12T09:31:00Z", (), snap.sha256())
    assert signature.is_for(snap)
    for changed in (
        replace(snap, candidate_name="Zoe Ijsselmeer-D'Hondt"),
        replace(snap, core_tasks=snap.core_tasks[:1]),
        replace(snap, draft=True),
        replace(snap, signature_lines=snap.signature_lines[:3]),
    ):
        assert changed.sha256() != snap.sha256()
        assert not signature.is_for(changed)


def test_the_four_signature_roles_and_their_printed_labels():
    assert SIGNATURE_ROLES == ("trainer", "candidate", "manager", "school")
    assert [SIGNATURE_ROLE_LABELS[r] for r in SIGNATURE_ROLES] == [
        "Praktijkopleider",
        "Kandidaat",
        "Leidinggevende",
        "Namens de mbo-instelling",
    ]
    assert SignatureLine("school").name == ""


def test_a_snapshot_without_signature_lines_is_final_unless_marked_draft():
    snap = DeclarationSnapshot(
        "PV-2026-0001",
        "2026-03-12T09:30:00Z",
        "Ana",
        None,
        "Q",
        "",
        "",
        "",
        "G",
        "1",
        "E",
        "",
        "",
        "T",
        (),
        "2026-01-01",
        "2026-06-30",
        "Utrecht",
        "2026-03-12",
    )
    assert (snap.organisation_name, snap.signature_lines, snap.draft) == ("", (), False)
    assert DeclarationSnapshot.from_json(snap.to_json()) == snap


def test_the_number_has_the_year_and_four_digits():
    # Since #14 a number is SERIES-YEAR-DEVICE-NNNN: the prefix carries series, year and device.
    assert number_prefix("PV", 2026, "K7QD") == "PV-2026-K7QD-"
    assert declaration_number(number_prefix("PV", 2026, "K7QD"), 7) == "PV-2026-K7QD-0007"
    assert declaration_number(number_prefix("25LH", 2027, "K7QD"), 12345) == "25LH-2027-K7QD-12345"


# --- what a declaration may list ------------------------------------------------------------
GUIDE = Guide(
    slug="g",
    title="G",
    version="1",
    qualification=Qualification("Q"),
    source="",
    core_tasks=(
        CoreTask(
            "B1-K1",
            "Bediening",
            (
                WorkProcess("B1-K1-W1", "Voorbereiden", (Behaviour("b1", "x"),)),
                WorkProcess("B1-K1-W2", "Reserveren", (Behaviour("b2", "y"),)),
            ),
        ),
        CoreTask(
            "B1-K2", "Voorraad", (WorkProcess("B1-K2-W1", "Controleren", (Behaviour("b3", "z"),)),)
        ),
    ),
)
ALL = ("B1-K1-W1", "B1-K1-W2", "B1-K2-W1")


def progress_with(*concluded):
    conclusions = {
        code: Conclusion(f"c-{code}", "t", code, ConclusionValue.MASTERED, "p", "2026", "d")
        for code in concluded
    }
    return trajectory_progress(GUIDE, ALL, {}, conclusions)


def test_only_concluded_work_processes_are_declarable_in_guide_order():
    progress = progress_with("B1-K2-W1", "B1-K1-W1")
    assert declarable_work_processes(progress) == ["B1-K1-W1", "B1-K2-W1"]
    assert choose_work_processes(progress, None) == ["B1-K1-W1", "B1-K2-W1"]


def test_a_chosen_subset_comes_back_in_guide_order():
    progress = progress_with(*ALL)
    assert choose_work_processes(progress, ["B1-K2-W1", "B1-K1-W1"]) == ["B1-K1-W1", "B1-K2-W1"]
    assert choose_work_processes(progress, ["B1-K1-W2"]) == ["B1-K1-W2"]


def test_an_empty_choice_is_refused_with_a_clear_message():
    with pytest.raises(NothingMastered) as info:
        choose_work_processes(progress_with("B1-K1-W1"), [])
    assert "Kies minstens één werkproces" in info.value.message


def test_nothing_concluded_means_no_declaration():
    with pytest.raises(NothingMastered) as info:
        choose_work_processes(progress_with(), ["B1-K1-W1"])
    assert "nog geen werkproces afgerond als beheerst" in info.value.message
    assert "minstens één werkproces beheerst" in info.value.message


def test_a_work_process_not_concluded_is_named_in_the_refusal():
    with pytest.raises(InvalidInput) as info:
        choose_work_processes(progress_with("B1-K1-W1"), ["B1-K1-W1", "B1-K2-W1", "X-9"])
    assert not isinstance(info.value, NothingMastered)
    assert info.value.message.endswith("verklaring: B1-K2-W1, X-9.")
    assert "niet afgerond als beheerst" in info.value.message


def test_grouping_keeps_core_tasks_with_a_chosen_work_process_only():
    assert group_by_core_task(GUIDE, ["B1-K2-W1"]) == (
        DeclaredCoreTask("B1-K2", "Voorraad", (DeclaredWorkProcess("B1-K2-W1", "Controleren"),)),
    )
    grouped = group_by_core_task(GUIDE, ["B1-K2-W1", "B1-K1-W2", "B1-K1-W1"])
    assert [ct.code for ct in grouped] == ["B1-K1", "B1-K2"]
    assert [wp.code for wp in grouped[0].work_processes] == ["B1-K1-W1", "B1-K1-W2"]
    assert group_by_core_task(GUIDE, []) == ()
