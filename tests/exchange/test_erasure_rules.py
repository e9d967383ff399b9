"""Rules around erasing on a jobcoach's laptop (issue #20).

- A jobcoach never erases an employer's candidate: the laptop holds copies of each employer's
  candidates, and an erasure made there would travel and erase the employer's original.
- An erasure reaches the synced folder also from a device that never wrote a stream for that
  employer, when the employer has no trajectories left there (it erased the last one).
"""

from __future__ import annotations

import pytest

from praktijkdesk.domain.people import Role
from praktijkdesk.errors import InvalidInput

from .conftest import behaviours, shared_state


@pytest.fixture
def laptop_with_hotel(tmp_path, make_device, shop):
    canteen, trajectory, fatma, marloes = shop
    canteen.marking.record_mark(
        trajectory.id, behaviours(canteen, trajectory, 1)[0], "mastered", fatma.id
    )
    laptop = make_device("laptop", offset_minutes=1)
    coach = laptop.people.add_person("Marloes Bakker", Role.JOBCOACH)
    laptop.exchange.import_file(
        canteen.exchange.export(tmp_path / "hotel.praktijk", everything=True).path
    )
    assert laptop.exchange.scope().kind == "jobcoach"
    return canteen, laptop, trajectory, fatma, marloes, coach


def test_a_jobcoach_never_erases_an_employers_candidate(laptop_with_hotel):
    canteen, laptop, trajectory, fatma, marloes, coach = laptop_with_hotel
    before = shared_state(laptop)
    for person in (coach, marloes, None):  # her own record, the hotel's record of her, nobody
        with pytest.raises(InvalidInput) as caught:
            laptop.privacy.erase_candidate(
                trajectory.candidate_id, person_id=person.id if person else None
            )
        assert caught.value.message.startswith(
            "Een jobcoach wist geen kandidaat van een leerbedrijf."
        )
        assert "Hotel De Gouden Lepel" in caught.value.message
        assert "Er is niets gewist." in caught.value.message
    assert shared_state(laptop) == before


def test_another_employers_trainer_cannot_erase_but_the_employers_own_trainer_can(
    laptop_with_hotel,
):
    canteen, laptop, trajectory, fatma, marloes, coach = laptop_with_hotel
    garden = laptop.people.add_employer("Groen & Zo", "Delft")
    kees = laptop.people.add_person("Kees de Tuinman", Role.TRAINER, garden.id)
    with pytest.raises(InvalidInput, match="niet bij uw leerbedrijf"):
        laptop.privacy.erase_candidate(trajectory.candidate_id, person_id=kees.id)
    assert laptop.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 1
    # The hotel's own trainer, working on the laptop during a visit, may.
    laptop.privacy.erase_candidate(trajectory.candidate_id, person_id=fatma.id)
    assert laptop.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 0
    # And on the hotel's own PC, from the command line (no person chosen), too.
    canteen.privacy.erase_candidate(trajectory.candidate_id)
    assert canteen.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 0


def test_an_erasure_reaches_the_folder_from_a_device_that_never_wrote_that_stream(
    tmp_path, laptop_with_hotel
):
    canteen, laptop, trajectory, fatma, marloes, coach = laptop_with_hotel
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    laptop.exchange.sync(folder)  # the laptop writes the hotel's stream; the canteen never did
    stream = folder / "praktijkdesk-sync" / trajectory.employer_id
    assert (stream / laptop.device_id).is_dir() and not (stream / canteen.device_id).exists()

    canteen.privacy.erase_candidate(trajectory.candidate_id)  # the hotel's only candidate
    assert canteen.db.execute("SELECT COUNT(*) FROM trajectories").fetchone()[0] == 0
    result = canteen.exchange.sync(folder)  # first round ever, nothing of the hotel left here
    assert result.written, "the erasure must reach the folder"
    assert canteen.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 0  # not back
    laptop.exchange.sync(folder)
    assert laptop.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0] == 0
    assert laptop.db.execute("SELECT COUNT(*) FROM erasures").fetchone()[0] == 1
