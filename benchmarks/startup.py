"""Startup and tap latency of the GUI. Prints numbers; asserts nothing.

1. Process start → first screen painted, for the app (`praktijkdesk gui`, demo data) and for
   a bare PySide6 window (a QMainWindow with one label), measured alternately in the same
   run; targets: first paint ≤ 1.3 × bare, the person picker filled with names ≤ 2.0 × bare.
   The package is compiled to bytecode first and PYTHONDONTWRITEBYTECODE is unset for the
   children, as a pip or PyInstaller install has it (otherwise every start recompiles).
2. Tap → mark committed, through the real checklist widgets, on the storage benchmark's
   database (10,000 candidates, 2,000,000 mark events; built once by benchmarks/storage.py's
   build function into benchmarks/.data/). Target p99 ≤ 50 ms.

    python benchmarks/startup.py [--runs 9] [--rounds 300] [--candidates 10000] [--marks 2000000]
                                 [--skip-tap] [--also OTHER_SOURCE_TREE]

Runs offscreen unless DISPLAY is set and --display is given.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

BARE = r"""
import sys
import time
from PySide6 import QtCore, QtWidgets
app = QtWidgets.QApplication(sys.argv)
class Window(QtWidgets.QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QtCore.QTimer.singleShot(
                0, lambda: (print("painted", time.process_time(), flush=True), app.quit()))
window = Window()
window.setCentralWidget(QtWidgets.QLabel("praktijkdesk"))
window.resize(1280, 800)
window.show()
app.exec()
"""


MARKERS = ("painted", "names", "ready")


def _time_to_paint(
    command: list[str], env: dict, cwd: Path = ROOT
) -> dict[str, tuple[float, float]]:
    """(wall seconds from process start, the child's CPU seconds) at each marker it prints:
    "painted" (first frame), "names" (the picker's names painted, read before the engine
    loads) and "ready" (the Desk open and the picker live: a tap is answered)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=cwd
    )
    seen = {}
    # A child that waits on a dialog would hang the benchmark: it gets a minute.
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            word, _, cpu = line.strip().partition(" ")
            if word in MARKERS and word not in seen:
                seen[word] = (time.perf_counter() - start, float(cpu or "nan"))
        process.wait(timeout=30)
    finally:
        watchdog.cancel()
    if "painted" not in seen:
        raise RuntimeError(f"{command} never painted")
    seen.setdefault("ready", seen["painted"])
    seen.setdefault("names", seen["ready"])
    return seen


def compile_bytecode(env: dict) -> None:
    """Compile the package as an install does, and let the children use the .pyc files."""
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(ROOT / "praktijkdesk", quiet=1)


def measure_startup(runs_wanted: int, env: dict, also: list[Path] = ()) -> None:
    """The bare window and the app, alternately; ``also``: other source trees of praktijkdesk
    (e.g. an older commit) measured in the same loop, for a before/after table."""
    from praktijkdesk.desk import Desk

    compile_bytecode(env)
    for root in also:
        compileall.compile_dir(Path(root) / "praktijkdesk", quiet=1)
    base = Path(tempfile.mkdtemp(prefix="praktijkdesk-startup-"))
    try:
        trees = {"this tree": ROOT, **{str(r): Path(r) for r in also}}
        # Each tree gets demo data made by its own code: an older tree cannot open a newer
        # schema (it would wait on the "made by a newer version" message, forever).
        folders = {}
        for index, (name, root) in enumerate(trees.items()):
            folders[name] = base / f"tree{index}"
            if root == ROOT:
                with Desk.open(folders[name]) as desk:
                    desk.demo.load()
            else:
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "praktijkdesk",
                        "--data-dir",
                        str(folders[name]),
                        "demo",
                    ],
                    cwd=root,
                    env=env,
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
        app_env = dict(env, PRAKTIJKDESK_EXIT_AFTER_FIRST_PAINT="1")
        bare_cmd = [sys.executable, "-c", BARE]

        def app_cmd(name: str) -> list[str]:
            return [sys.executable, "-m", "praktijkdesk", "--data-dir", str(folders[name]), "gui"]

        _time_to_paint(bare_cmd, env)  # warm the file cache
        for name, root in trees.items():
            _time_to_paint(app_cmd(name), app_env, cwd=root)
        runs = {name: {m: [] for m in MARKERS} for name in trees}
        runs["bare"] = {"painted": []}
        for _ in range(runs_wanted):
            runs["bare"]["painted"].append(_time_to_paint(bare_cmd, env)["painted"])
            for name, root in trees.items():
                seen = _time_to_paint(app_cmd(name), app_env, cwd=root)
                for marker in MARKERS:
                    runs[name][marker].append(seen[marker])
    finally:
        shutil.rmtree(base, ignore_errors=True)

    def median(name: str, key: str, which: int) -> float:
        return statistics.median(r[which] for r in runs[name][key])

    def line(what: str, name: str, key: str) -> str:
        wall = [r[0] for r in runs[name][key]]
        return (
            f"{what:38s} median {median(name, key, 0) * 1000:6.0f} ms"
            f"  (min {min(wall) * 1000:4.0f})   CPU {median(name, key, 1) * 1000:5.0f} ms"
        )

    print(line("first paint, bare PySide6 window", "bare", "painted"))
    for name in trees:
        if len(trees) > 1:
            print(f"-- {name}")
        print(line("first paint, praktijkdesk", name, "painted"))
        print(line("picker filled with names", name, "names"))
        print(line("Desk open, picker live (tap answered)", name, "ready"))
        for what, key, target in (
            ("first paint app / bare", "painted", "  (target ≤ 1.3)"),
            ("picker filled / bare", "names", "  (target ≤ 2.0)"),
            ("picker live / bare", "ready", ""),
        ):
            print(
                f"ratio {what:32s} {median(name, key, 0) / median('bare', 'painted', 0):.2f}"
                f"{target}   CPU time "
                f"{median(name, key, 1) / median('bare', 'painted', 1):.2f}"
            )


def measure_tap(candidates: int, marks: int, rounds: int) -> None:
    import storage  # benchmarks/storage.py: the same database and build function
    from PySide6 import QtCore, QtTest, QtWidgets

    from praktijkdesk.desk import Desk
    from praktijkdesk.domain.mark import MarkStatus
    from praktijkdesk.domain.people import Role
    from praktijkdesk.ui.application import create_application
    from praktijkdesk.ui.main_window import MainWindow

    folder = HERE / ".data" / f"storage-{candidates}-{marks}"
    if not (folder / "praktijkdesk.sqlite").exists():
        print(f"building {candidates} candidates with {marks} marks …", flush=True)
        storage.build(folder, candidates, marks)
    app = create_application()
    desk = Desk.open(folder)
    events_before = desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0]
    window = MainWindow(desk)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.set_person(desk.people.person_named("Opleider 1", Role.TRAINER))
    rng = random.Random(5)
    samples = []
    checked = 0
    for _ in range(rounds):
        tid = f"t{rng.randrange(candidates):06d}"
        window.open_checklist(tid, rng.choice(desk.trajectories.resolve(tid).work_processes))
        app.processEvents()
        rows = [r for r in window.checklist.rows if r.isVisible()]
        row = rows[0]  # the first row is on screen without scrolling
        status = rng.choice([s for s in MarkStatus if s is not row.toggle.status()])
        button = row.toggle.buttons[status]
        start = time.perf_counter()
        QtTest.QTest.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
        # The commit is synchronous in the click handler: when mouseClick returns, the mark
        # is on disk and the row shows it.
        samples.append(time.perf_counter() - start)
        if row.toggle.status() is status:
            checked += 1
    events_after = desk.db.execute("SELECT COUNT(*) FROM marks").fetchone()[0]
    window.close()
    QtWidgets.QApplication.processEvents()
    desk.close()
    samples.sort()

    def p(q):
        return samples[min(len(samples) - 1, int(q * len(samples)))] * 1000

    print(f"database: {candidates} candidates, {events_before} mark events")
    print(
        f"tap → committed mark   p50 {p(0.5):6.2f} ms   p99 {p(0.99):6.2f} ms   "
        f"max {samples[-1] * 1000:6.2f} ms   (target p99 ≤ 50 ms)"
    )
    print(f"{events_after - events_before} marks committed, {checked} of {rounds} rows showed them")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--marks", type=int, default=2_000_000)
    parser.add_argument("--display", action="store_true", help="use $DISPLAY (e.g. under xvfb-run)")
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-tap", action="store_true")
    parser.add_argument(
        "--also",
        type=Path,
        action="append",
        default=[],
        help="another source tree (e.g. an older commit) measured alongside",
    )
    args = parser.parse_args()
    env = dict(os.environ)
    if not args.display:
        env["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(HERE))
    if not args.skip_startup:
        measure_startup(args.runs, env, args.also)
    if not args.skip_tap:
        measure_tap(args.candidates, args.marks, args.rounds)


if __name__ == "__main__":
    main()
