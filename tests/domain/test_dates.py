"""One date parser for the app and the command line (issue 10)."""

import re
from pathlib import Path

import pytest

from praktijkdesk.domain.dates import NotADate, parse_date


@pytest.mark.parametrize(
    "text", ["23-06-2001", "2001-06-23", "23/6/2001", "23.06.2001", " 23-6-2001 ", "2001-6-23"]
)
def test_day_first_and_iso_mean_the_same_day(text):
    assert parse_date(text) == "2001-06-23"


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_is_none(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    ["31-02-2001", "2001-02-30", "06-23-2001", "23-06-01", "gisteren", "23-06-1800", "2001/06/23x"],
)
def test_anything_else_is_refused_in_dutch(text):
    with pytest.raises(NotADate) as refused:
        parse_date(text)
    assert refused.value.reason and "date" not in refused.value.reason.lower()


def test_app_and_cli_share_it():
    from praktijkdesk.domain import dates
    from praktijkdesk.services.trajectories import parse_date as service_parse
    from praktijkdesk.ui.dialogs import edit_trajectory, new_candidate_wizard

    assert service_parse("23-06-2001", "De geboortedatum") == dates.parse_date("2001-06-23")
    # The app's dialogs call this very function; no screen keeps a parser of its own.
    assert new_candidate_wizard.parse_date is dates.parse_date
    assert edit_trajectory.parse_date is dates.parse_date
    ui = Path(dates.__file__).parents[1] / "ui"
    own = [
        f"{p.name}: {line.strip()}"
        for p in ui.rglob("*.py")
        for line in p.read_text(encoding="utf-8").splitlines()
        if re.search(r"def \w*parse\w*date|strptime\(", line)
    ]
    assert own == []


def test_digits_of_another_script_are_digits_too():
    assert parse_date("١٢-٠٦-٢٠٠١") == "2001-06-12"
