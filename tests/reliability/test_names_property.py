"""Generated text at the name fields: an accepted name comes back NFC-normalised and equal;
a refused one is a Dutch UserError and leaves the database unchanged."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from praktijkdesk.domain.names import normalise
from praktijkdesk.domain.people import Role
from praktijkdesk.errors import UserError
from praktijkdesk.storage.backup import fingerprint

# Everything, surrogates and control characters included, weighted towards the hard parts:
# combining marks, right-to-left letters, emoji, white space of every kind.
HARD = st.sampled_from(
    [
        "\u0301",
        "\u0308",
        "\u200d",
        "\u200f",
        "\u202e",
        "\u2028",
        "\u00a0",
        "\t",
        "\n",
        "\x00",
        "\ud800",
        "ي",
        "ש",
        "ğ",
        "İ",
        "ĳ",
        "😀",
        "👩‍🔧",
        "ﷺ",
        "Å",
        "e\u0301",
        " ",
    ]
)
NAMES = st.one_of(
    st.text(max_size=140),
    st.lists(st.one_of(HARD, st.characters()), max_size=40).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=100, max_size=200),
)
EXAMPLES = [
    "Nguye\u0302\u0303n Văn An",
    "محمد العلي",
    "  ",
    "😀",
    "Zoë 😀 van Dijk",
    "\u202eevil",
    "Anna\x00Smit",
    "a" * 121,
    "Ĳsbrand",
    "\u0301\u0301",
    "שרה כהן",
    "Jan\u2028Jansen",
]

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _check(desk, name, add):
    before = fingerprint(desk.db.conn)
    try:
        stored = add(name)
    except UserError as exc:
        assert exc.message  # Dutch, for the screen
        assert fingerprint(desk.db.conn) == before
        return
    assert stored == unicodedata.normalize("NFC", stored)
    assert stored == normalise(name)
    assert 0 < len(stored) <= 120


@SETTINGS
@given(name=NAMES)
@example(name=EXAMPLES[0])
def test_person_names(desk, name):
    def add(text):
        person = desk.people.add_person(text, Role.JOBCOACH)
        assert desk.people.person(person.id).name == person.name  # read back equal
        return person.name

    _check(desk, name, add)


@SETTINGS
@given(name=NAMES)
def test_candidate_names(desk, trainer, name):
    guide = desk.guides.latest("horeca-gastheer-gastvrouw").key

    def add(text):
        candidate, _ = desk.trajectories.add_candidate(
            name=text, employer_id=trainer.employer_id, trainer_id=trainer.id, guide_key=guide
        )
        assert desk.trajectories.candidate(candidate.id).name == candidate.name
        return candidate.name

    _check(desk, name, add)


def test_the_hard_examples(desk, trainer):
    for name in EXAMPLES:
        _check(desk, name, lambda text: desk.people.add_person(text, Role.TRAINER).name)
