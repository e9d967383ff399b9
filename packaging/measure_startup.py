"""Start time to the first painted main window: packaged app versus pip-installed app.

    python3 packaging/measure_startup.py [--runs 7] [--xvfb]

Both are started as a user starts them, unchanged: dist/praktijkdesk/praktijkdesk, and the
`praktijkdesk` command of a pip install (a venv in build/measure-venv with the system's
packages and `pip install --no-deps .`). The time runs from just before the process is
started to the main window's first painted frame, which the app reports itself when
PRAKTIJKDESK_EXIT_AFTER_FIRST_PAINT is set (ui/application.py: it prints "painted <ms>" and
quits). Same demo data folder, one warm-up run each, then the median of --runs. Offscreen by
default; --xvfb draws on a real X server (xvfb-run) with the xcb platform plugin.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "praktijkdesk" / "praktijkdesk"
VENV = ROOT / "build" / "measure-venv"


def installed_command() -> Path:
    command = VENV / "bin" / "praktijkdesk"
    if not command.exists():
        subprocess.run(
            [sys.executable, "-m", "venv", "--system-site-packages", str(VENV)], check=True
        )
    # Reinstall each time: the measurement is of the current source.
    subprocess.run(
        [
            str(VENV / "bin" / "pip"),
            "install",
            "--quiet",
            "--no-deps",
            "--disable-pip-version-check",
            "--force-reinstall",
            str(ROOT),
        ],
        check=True,
    )
    return command


def start_once(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.startswith("painted ")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"{command[0]} did not paint:\n{result.stdout}\n{result.stderr}")
    return int(lines[-1].split()[1]) / 1000 - started


def measure(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    start_once(command, env)  # warm-up: file cache, fontconfig cache
    return [start_once(command, env) for _ in range(runs)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--xvfb", action="store_true")
    args = parser.parse_args()
    if not BUNDLE.exists():
        raise SystemExit("Build first: bash packaging/build.sh")
    data = Path(tempfile.mkdtemp(prefix="praktijkdesk-start-"))
    subprocess.run([str(BUNDLE), "--data-dir", str(data), "demo"], check=True, capture_output=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PRAKTIJKDESK_"))}
    env["PRAKTIJKDESK_EXIT_AFTER_FIRST_PAINT"] = "1"
    prefix: list[str] = []
    if args.xvfb:
        env.pop("QT_QPA_PLATFORM", None)
        prefix = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24"]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    rows = [
        (
            "pip install (praktijkdesk)",
            [*prefix, str(installed_command()), "--data-dir", str(data)],
        ),
        ("PyInstaller bundle", [*prefix, str(BUNDLE), "--data-dir", str(data)]),
    ]
    where = "xvfb (xcb)" if args.xvfb else "offscreen"
    print(f"start to first painted main window, {where}, median of {args.runs} (min-max):")
    for name, command in rows:
        times = measure(command, env, args.runs)
        print(f"  {name:28} {statistics.median(times):.2f} s  ({min(times):.2f}-{max(times):.2f})")
    shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
