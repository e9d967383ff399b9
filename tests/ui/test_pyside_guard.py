"""PySide6 6.12.0 on Python 3.11 gives back a reference to None/True on every void call and
every emit; without ui/pyside_guard.py a few thousand emits abort the interpreter."""

import os
import subprocess
import sys

WORKLOAD = """
import praktijkdesk.ui  # applies the guard
from PySide6 import QtCore

class Source(QtCore.QObject):
    fired = QtCore.Signal(int)

source = Source()
for i in range(200_000):
    source.fired.emit(i)
    source.setObjectName("x")
print("survived")
"""


def test_many_emits_and_void_calls_do_not_abort_python():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", WORKLOAD], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
