"""PyInstaller runtime hook: runs in the frozen app before praktijkdesk's own code.

1. A windowed Windows executable has no console: sys.stdout and sys.stderr are None there, so
   `sys.stdout.write(...)` would fail. Point them at the null device instead; a user who wants
   the output runs praktijkdesk-cli.exe (see docs/packaging.md).
2. PRAKTIJKDESK_STARTUP_PROBE=<file>: for measuring start time only (packaging/startup_probe.py).
   Unset in normal use, and then this hook does nothing else.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))

if os.environ.get("PRAKTIJKDESK_STARTUP_PROBE"):
    from praktijkdesk_startup_probe import install

    install(os.environ["PRAKTIJKDESK_STARTUP_PROBE"])
