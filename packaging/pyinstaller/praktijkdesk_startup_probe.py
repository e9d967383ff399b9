"""Start-time probe: write the wall-clock time of the first painted frame to a file, then quit.

Used by packaging/measure_startup.py (installed app and frozen app alike) and by the bundle's
smoke test to start the GUI and close it again without a person. In the frozen app the runtime
hook calls install() only when PRAKTIJKDESK_STARTUP_PROBE names the output file.

It swaps QtWidgets.QApplication for a subclass that watches the first Paint event; the app's
own code runs unchanged. The time is taken one event-loop turn after that first Paint, when
the whole first frame has been drawn.
"""

from __future__ import annotations

import time


def install(out_path: str) -> None:
    from PySide6 import QtCore, QtWidgets

    class _FirstPaint(QtCore.QObject):
        def __init__(self, app) -> None:
            super().__init__(app)
            self._seen = False

        def eventFilter(self, watched, event) -> bool:
            if (
                not self._seen
                and event.type() == QtCore.QEvent.Type.Paint
                and isinstance(watched, QtWidgets.QWidget)
            ):
                self._seen = True
                QtCore.QTimer.singleShot(0, self._painted)
            return False

        def _painted(self) -> None:
            with open(out_path, "w", encoding="utf-8") as handle:
                handle.write(f"{time.time():.6f}\n")
            QtWidgets.QApplication.quit()

    base = QtWidgets.QApplication

    class ProbedApplication(base):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._first_paint = _FirstPaint(self)
            self.installEventFilter(self._first_paint)

    QtWidgets.QApplication = ProbedApplication
