"""Two devices converge through two real Syncthing instances on loopback (Debian's
``syncthing``; installed by .ci/run): each device has its own folder, Syncthing copies the
files between them, and both mark between and during sync rounds. No network beyond 127.0.0.1:
discovery, relays and NAT are off."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import time
import urllib.request

import pytest

from praktijkdesk.storage.integrity import integrity_problems
from tests import conftest as guard

from .conftest import behaviours, shared_state

pytestmark = pytest.mark.skipif(shutil.which("syncthing") is None, reason="syncthing not installed")
FOLDER = "praktijkdesk-test"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Syncthing:
    def __init__(self, home, folder):
        self.home, self.folder = home, folder
        self.gui, self.listen = _free_port(), _free_port()
        subprocess.run(
            ["syncthing", "generate", f"--home={home}"], check=True, capture_output=True, timeout=60
        )
        self.key = re.search(r"<apikey>([^<]+)</apikey>", (home / "config.xml").read_text()).group(
            1
        )
        env = {
            "STNODEFAULTFOLDER": "1",
            "STNOUPGRADE": "1",
            "HOME": str(home),
            "PATH": "/usr/bin:/bin",
        }
        self.process = subprocess.Popen(
            [
                "syncthing",
                "serve",
                f"--home={home}",
                "--no-browser",
                "--no-restart",
                f"--gui-address=127.0.0.1:{self.gui}",
                "--skip-port-probing",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                self.call("GET", "/rest/system/ping")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        self.id = self.call("GET", "/rest/system/status")["myID"]
        options = self.call("GET", "/rest/config/options")
        options.update(
            globalAnnounceEnabled=False,
            localAnnounceEnabled=False,
            relaysEnabled=False,
            natEnabled=False,
            listenAddresses=[f"tcp://127.0.0.1:{self.listen}"],
            urAccepted=-1,
            crashReportingEnabled=False,
        )
        self.call("PUT", "/rest/config/options", options)

    def call(self, method, path, body=None):
        """The test's own talk with Syncthing on 127.0.0.1 (praktijkdesk itself stays offline:
        the suite's guard is lifted only for the length of this call, on this thread)."""
        guarded = socket.socket.connect
        socket.socket.connect = guard._real_connect
        try:
            return self._call(method, path, body)
        finally:
            socket.socket.connect = guarded

    def _call(self, method, path, body=None):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"X-API-Key": self.key, "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read().decode()
        return json.loads(text) if text.strip().startswith(("{", "[")) else text

    def share_with(self, other):
        self.call(
            "POST",
            "/rest/config/devices",
            {
                "deviceID": other.id,
                "name": "other",
                "addresses": [f"tcp://127.0.0.1:{other.listen}"],
            },
        )
        (self.folder / ".stfolder").mkdir(parents=True, exist_ok=True)
        self.call(
            "POST",
            "/rest/config/folders",
            {
                "id": FOLDER,
                "label": FOLDER,
                "path": str(self.folder),
                "type": "sendreceive",
                "devices": [{"deviceID": self.id}, {"deviceID": other.id}],
                "rescanIntervalS": 1,
                "fsWatcherEnabled": True,
                "fsWatcherDelayS": 1,
            },
        )

    def scan(self):
        self.call("POST", f"/rest/db/scan?folder={FOLDER}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _files(folder):
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*.praktijk")
        if not p.name.startswith(".")
    )


def _confirm(desk, other) -> None:
    """A new device in the folder waits for "Vertrouwen" (issue #13): the user compares the
    code with the one the other device shows itself, and trusts it."""
    for device in desk.exchange.waiting_devices():
        assert (device.device_id, device.code) == (other.device_id, other.exchange.device_code())
        desk.exchange.trust_device(device.device_id)


def test_two_devices_converge_through_two_syncthing_instances(tmp_path, make_device, shop):
    canteen, trajectory, fatma, _ = shop
    laptop = make_device("laptop")
    laptop.exchange.set_scope("jobcoach")  # a fresh device reads no stream until told (#20)
    a_folder, b_folder = tmp_path / "a-sync", tmp_path / "b-sync"
    a = Syncthing(tmp_path / "st-a", a_folder)
    b = Syncthing(tmp_path / "st-b", b_folder)
    try:
        a.share_with(b)
        b.share_with(a)
        b_list = behaviours(canteen, trajectory, 6)
        deadline = time.monotonic() + 240
        rounds, made, laptop_marks = 0, [], 0
        while True:
            rounds += 1
            # Marks between rounds, on both sides, also while Syncthing is copying.
            if rounds <= 4:
                made.append(
                    canteen.marking.record_mark(
                        trajectory.id, b_list[rounds % 6], "mastered", fatma.id
                    ).uuid
                )
            canteen.exchange.sync(a_folder)
            _confirm(canteen, laptop)
            a.scan()
            # The laptop marks in its first 4 rounds that have the trajectory (it arrives once
            # the laptop trusted the canteen: a new device in the folder waits, issue #13).
            if (
                laptop_marks < 4
                and laptop.db.execute("SELECT COUNT(*) FROM trajectories").fetchone()[0]
            ):
                laptop_marks += 1
                made.append(
                    laptop.marking.record_mark(
                        trajectory.id, b_list[(rounds + 1) % 6], "not_yet", fatma.id
                    ).uuid
                )
            laptop.exchange.sync(b_folder)
            _confirm(laptop, canteen)
            b.scan()
            if (
                rounds > 4
                and laptop_marks == 4
                and _files(a_folder) == _files(b_folder)
                and shared_state(canteen) == shared_state(laptop)
            ):
                break
            assert time.monotonic() < deadline, f"no convergence after {rounds} rounds"
            time.sleep(1)
        assert integrity_problems(canteen.db) == integrity_problems(laptop.db) == []
        for desk in (canteen, laptop):
            stored = {r[0] for r in desk.db.execute("SELECT uuid FROM marks")}
            assert set(made) <= stored and len(stored) == len(made)
        devices = {r[0] for r in canteen.db.execute("SELECT DISTINCT device_id FROM marks")}
        assert devices == {canteen.device_id, laptop.device_id}  # both sides marked
        print(f"converged after {rounds} rounds, {len(made)} marks from both sides")
    finally:
        a.stop()
        b.stop()
