"""The current_marks table always equals the fold of the log (hypothesis on random actions)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from praktijkdesk.domain.mark import MarkStatus, current_marks
from praktijkdesk.storage.integrity import integrity_problems
from praktijkdesk.storage.marks import current_marks_of, marks_of_trajectory

ACTIONS = st.lists(
    st.one_of(
        st.tuples(
            st.just("mark"),
            st.sampled_from(["B1-K1-W1-1", "B1-K1-W1-2", "B1-K1-W2-1"]),
            st.sampled_from(list(MarkStatus)),
        ),
        st.tuples(st.just("undo"), st.none(), st.none()),
    ),
    max_size=25,
)


@given(actions=ACTIONS)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_table_matches_the_log(desk, trajectory, trainer, actions):
    for kind, behaviour, status in actions:
        if kind == "mark":
            desk.marking.record_mark(trajectory.id, behaviour, status, trainer.id)
        else:
            desk.marking.undo_last(trainer.id)
    expected = {
        b: m for (_, b), m in current_marks(marks_of_trajectory(desk.db, trajectory.id)).items()
    }
    assert current_marks_of(desk.db, trajectory.id) == expected
    assert integrity_problems(desk.db) == []
