"""Shared fixtures. Qt must run headless, and nothing in the suite may touch the network."""

from __future__ import annotations

import os
import shutil
import socket

# Before anything imports Qt: without a display QApplication would abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from praktijkdesk.clock import FixedClock


class NetworkUsed(AssertionError):
    pass


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded(real):
    def connect(self, address, *args, **kwargs):
        # Local IPC (Unix sockets, e.g. the single-instance lock) is not the network.
        if self.family == getattr(socket, "AF_UNIX", None):
            return real(self, address, *args, **kwargs)
        raise NetworkUsed(f"praktijkdesk opened a network connection to {address!r}")

    return connect


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """praktijkdesk is offline: any network connection during the suite fails the test."""
    socket.socket.connect = _guarded(_real_connect)
    socket.socket.connect_ex = _guarded(_real_connect_ex)
    yield
    socket.socket.connect = _real_connect
    socket.socket.connect_ex = _real_connect_ex


@pytest.fixture
def clock() -> FixedClock:
    import datetime as dt

    return FixedClock(step=dt.timedelta(milliseconds=1))


@pytest.fixture(scope="session")
def _template_data_dir(tmp_path_factory):
    """A migrated data folder with the bundled guides, built once and copied per test."""
    from praktijkdesk.desk import Desk

    folder = tmp_path_factory.mktemp("template")
    Desk.open(folder).close()
    return folder


@pytest.fixture
def data_dir(tmp_path, _template_data_dir):
    target = tmp_path / "data"
    shutil.copytree(_template_data_dir, target)
    (target / "backups").mkdir(exist_ok=True)
    return target


@pytest.fixture
def desk(data_dir, clock):
    from praktijkdesk.desk import Desk

    d = Desk.open(data_dir, clock=clock)
    yield d
    d.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    from praktijkdesk.desk import Desk

    folder = tmp_path_factory.mktemp("demo")
    with Desk.open(folder) as d:
        d.demo.load()
    return folder


@pytest.fixture
def demo_data_dir(tmp_path, _demo_template):
    target = tmp_path / "demo"
    shutil.copytree(_demo_template, target)
    return target


@pytest.fixture
def demo_desk(demo_data_dir, clock):
    from praktijkdesk.desk import Desk

    d = Desk.open(demo_data_dir, clock=clock)
    yield d
    d.close()


@pytest.fixture
def trainer(desk):
    from praktijkdesk.domain.people import Role

    employer = desk.people.add_employer("Bakkerij Van Dam", "Zoetermeer")
    return desk.people.add_person("Fatma Yılmaz", Role.TRAINER, employer.id)


@pytest.fixture
def trajectory(desk, trainer):
    _, t = desk.trajectories.add_candidate(
        name="Şükrü Öztürk",
        birth_date="1991-04-17",
        employer_id=trainer.employer_id,
        trainer_id=trainer.id,
        guide_key=desk.guides.latest("horeca-gastheer-gastvrouw").key,
    )
    return t
