"""Name search walks the candidates in name order along the index and stops at the limit
(issue #18); it finds exactly what the rule says, in the same order."""

from __future__ import annotations

import random

from praktijkdesk.domain.names import search_key
from praktijkdesk.domain.people import Role
from praktijkdesk.storage.trajectories import list_trajectory_rows

FIRST = [
    "Şükrü",
    "Nguyễn",
    "Øyvind",
    "Zoë",
    "Марія",
    "Jan",
    "Anne-Maria",
    "Aïcha",
    "Dragoș",
    "Jansje",
    "de",
    "Yılmaz",
    "a%",
    "_a",
]
LAST = [
    "Öztürk",
    "Thị Ánh",
    "Ødegård",
    "Ĳsselmeer",
    "Шевченко",
    "de Vries",
    "Yılmaz",
    "Jansen",
    "van Heeckeren tot Wassenaer",
    "d'Hondt",
    "100%",
    "a_b",
]


def _fill(desk, n: int = 120):
    rng = random.Random(3)
    employer = desk.people.add_employer("Bakkerij Van Dam")
    trainer = desk.people.add_person("Fatma Yılmaz", Role.TRAINER, employer.id)
    guide = desk.guides.summaries()[0].key
    for i in range(n):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        desk.trajectories.add_candidate(
            name=name,
            birth_date=f"19{80 + i % 20}-01-01",
            employer_id=employer.id,
            trainer_id=trainer.id,
            guide_key=guide,
            start_date=f"2025-{rng.randrange(1, 13):02d}-01",
        )


def _expected(desk, key: str, limit: int | None):
    rows = []
    for row in list_trajectory_rows(desk.db):  # everything, then the rule in Python
        name = search_key(row.candidate_name)
        if name.startswith(key) or f" {key}" in name:
            rows.append((name, row.trajectory.start_date, row.trajectory.id))
    rows.sort()
    return rows[:limit]


def test_search_finds_what_the_rule_says_in_name_order(desk):
    _fill(desk)
    for query in (
        "jan",
        "de",
        "sukru",
        "o",
        "yilmaz",
        "zoe ij",
        "%",
        "100%",
        "a%",
        "_a",
        "heeckeren tot",
        "марія",
        "niemand",
        "d'h",
    ):
        key = search_key(query)
        for limit in (None, 1, 5, 50):
            found = list_trajectory_rows(desk.db, search=key, limit=limit)
            expected = _expected(desk, key, limit)
            assert [(search_key(r.candidate_name), r.trajectory.start_date) for r in found] == [
                e[:2] for e in expected
            ], (query, limit)
            if limit is None:
                assert {r.trajectory.id for r in found} == {e[2] for e in expected}
        # The names do occur (a lone % or _ at no word start: found nowhere, not everywhere).
        assert _expected(desk, key, None) or query in ("niemand", "%")


def test_the_search_plan_walks_the_name_index_and_sorts_only_ties(desk):
    sql_seen = []
    desk.db.conn.set_trace_callback(sql_seen.append)
    list_trajectory_rows(desk.db, search="jan", limit=50)
    desk.db.conn.set_trace_callback(None)
    [sql] = [s for s in sql_seen if "FROM candidates c" in s]
    plan = [r[3] for r in desk.db.execute("EXPLAIN QUERY PLAN " + sql)]
    assert "SCAN c USING INDEX candidates_search_name" in plan
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan  # no sort of every match
