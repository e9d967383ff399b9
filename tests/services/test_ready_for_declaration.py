"""*Klaar voor verklaring* only while concluded work processes are not yet on the current
declaration (issue 10): tile, filter, `trajectories --ready` and JSON follow one rule."""

from __future__ import annotations

import json

from praktijkdesk.cli import main
from tests.services.declaration_data import HARD_NAMES, add_candidate, master


def _summary(desk, trajectory_id):
    return next(s for s in desk.trajectories.summaries() if s.id == trajectory_id)


def _ready_ids(desk):
    return {s.id for s in desk.trajectories.summaries(ready_only=True)}


def test_ready_until_declared_then_again_for_a_new_conclusion(desk, trainer):
    t = add_candidate(desk, trainer, HARD_NAMES[3])
    assert not _summary(desk, t.id).progress.ready_for_declaration
    master(desk, t, trainer, ["B1-K1-W1"])
    p = _summary(desk, t.id).progress
    assert p.ready_for_declaration and not p.fully_declared and p.concluded_count == 1
    assert t.id in _ready_ids(desk)

    issued = desk.declarations.issue(t.id, trainer.id, ["B1-K1-W1"])
    p = _summary(desk, t.id).progress
    assert not p.ready_for_declaration and p.fully_declared
    assert p.declared == ("B1-K1-W1",) and p.declared_on == issued.snapshot.date
    assert t.id not in _ready_ids(desk)
    assert p.can_declare  # the declaration dialog still opens (history, withdraw)
    row = _summary(desk, t.id).as_dict()
    assert row["ready_for_declaration"] is False and row["declaration_date"] == p.declared_on
    # The overview (one trajectory) says the same as the list.
    assert desk.trajectories.overview(t.id).progress.fully_declared

    master(desk, t, trainer, ["B1-K1-W2"])  # a new conclusion: not yet on the declaration
    p = _summary(desk, t.id).progress
    assert p.ready_for_declaration and not p.fully_declared and p.undeclared_count == 1
    assert t.id in _ready_ids(desk)

    desk.declarations.issue(t.id, trainer.id, ["B1-K1-W1", "B1-K1-W2"], replaces_reason="W2 erbij")
    assert t.id not in _ready_ids(desk)
    current = desk.declarations.current(t.id)
    desk.declarations.withdraw(current.id, trainer.id, "verkeerd")
    p = _summary(desk, t.id).progress
    assert p.ready_for_declaration and p.declared == () and p.declared_on is None


def test_cli_ready_and_json_follow_the_same_rule(desk, trainer, capsys):
    declared = add_candidate(desk, trainer, HARD_NAMES[1])
    waiting = add_candidate(desk, trainer, HARD_NAMES[2])
    master(desk, declared, trainer, ["B1-K1-W1"])
    master(desk, waiting, trainer, ["B1-K1-W1"])
    desk.declarations.issue(declared.id, trainer.id, ["B1-K1-W1"])
    data_dir = desk.data_dir
    desk.close()

    assert main(["--data-dir", str(data_dir), "trajectories", "--ready", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [waiting.id]
    assert main(["--data-dir", str(data_dir), "trajectories", "--json"]) == 0
    by_id = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert by_id[declared.id]["ready_for_declaration"] is False
    assert by_id[declared.id]["work_processes_declared"] == 1
    assert by_id[waiting.id]["ready_for_declaration"] is True
    assert main(["--data-dir", str(data_dir), "trajectories"]) == 0
    text = capsys.readouterr().out
    assert "verklaring gemaakt op" in text and "klaar voor verklaring" in text


def test_an_example_guide_is_never_ready_for_a_declaration(desk, trainer, capsys):
    """The same concluded work process on the bundled example guide and on the school's own
    guide: only the school's is *Klaar voor verklaring*; the example says so plainly, in the
    filter, the attention list, JSON and the command line (#14: an example never issues)."""

    real = add_candidate(desk, trainer, HARD_NAMES[0])
    _, example = desk.trajectories.add_candidate(
        name=HARD_NAMES[4],
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
        guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
        start_date="2025-09-01",
    )
    assert desk.guides.get(example.guide_key).example
    master(desk, real, trainer, ["B1-K1-W1"])
    master(desk, example, trainer, ["B1-K1-W1"])
    p_real, p_example = _summary(desk, real.id).progress, _summary(desk, example.id).progress
    assert p_real.ready_for_declaration and not p_real.ready_on_example
    assert p_example.concluded_count == 1 and p_example.undeclared_count == 1
    assert p_example.ready_on_example and not p_example.ready_for_declaration
    assert _ready_ids(desk) == {real.id}
    assert desk.trajectories.overview(example.id).progress.ready_on_example
    attention = desk.attention.for_summaries(desk.trajectories.summaries())
    assert attention[real.id].ready and "Klaar voor verklaring" in attention[real.id].reasons()
    assert not attention[example.id].ready
    assert "Klaar voor verklaring" not in attention[example.id].reasons()
    row = _summary(desk, example.id).as_dict()
    assert row["ready_for_declaration"] is False and row["ready_on_example"] is True
    # And it really cannot issue: the rule says what the declaration service does.
    assert desk.declarations.may_issue(example.id, trainer.id)
    data_dir = desk.data_dir
    desk.close()
    assert main(["--data-dir", str(data_dir), "trajectories"]) == 0
    lines = capsys.readouterr().out.splitlines()
    [example_line] = [line for line in lines if HARD_NAMES[4] in line]
    [real_line] = [line for line in lines if HARD_NAMES[0] in line]
    assert "voorbeeld-leerlijst: geen echte verklaring" in example_line
    assert "klaar voor verklaring" not in example_line and "klaar voor verklaring" in real_line
