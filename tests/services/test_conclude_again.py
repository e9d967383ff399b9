"""Concluding, revoking and concluding again, as the trainer does it through the app."""

from __future__ import annotations

import pytest

from praktijkdesk.errors import InvalidInput


def concluded_count(desk, trajectory):
    return desk.trajectories.overview(trajectory.id).progress.concluded_count


def test_concluding_again_after_a_revoke_counts_the_new_conclusion(
    desk, trajectory, trainer, clock
):
    first = desk.marking.conclude(
        trajectory.id, "B1-K1-W2", trainer.id, reason="Werkte hier al 3 jaar"
    )
    desk.marking.revoke_conclusion(trajectory.id, "B1-K1-W2", trainer.id, reason="Te vroeg")
    assert concluded_count(desk, trajectory) == 0
    again = desk.marking.conclude(
        trajectory.id, "B1-K1-W2", trainer.id, reason="Nu echt zelfstandig"
    )
    assert again.uuid != first.uuid
    assert concluded_count(desk, trajectory) == 1
    current = desk.trajectories.mastered_conclusions(trajectory.id)["B1-K1-W2"]
    assert (current.uuid, current.reason) == (again.uuid, "Nu echt zelfstandig")
    assert desk.marking.checklist(trajectory.id, "B1-K1-W2").progress.conclusion.uuid == again.uuid


def test_an_early_conclusion_needs_a_reason_of_at_least_five_characters(desk, trajectory, trainer):
    with pytest.raises(InvalidInput, match="Schrijf kort waarom"):
        desk.marking.conclude(trajectory.id, "B1-K1-W2", trainer.id, reason="Goed")
    assert concluded_count(desk, trajectory) == 0
    desk.marking.conclude(trajectory.id, "B1-K1-W2", trainer.id, reason="Klaar")
    assert concluded_count(desk, trajectory) == 1
