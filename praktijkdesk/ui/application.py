"""Start the Qt application. (Placeholder until the screens exist: a window that says so.)"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets


def run_app(data_dir: Path, argv: list[str]) -> int:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv)
    window = QtWidgets.QMainWindow()
    window.setWindowTitle("praktijkdesk")
    label = QtWidgets.QLabel(
        f"praktijkdesk\n\nDe schermen komen hier binnenkort.\nGegevensmap: {data_dir}"
    )
    label.setMargin(48)
    window.setCentralWidget(label)
    window.resize(1024, 600)
    window.show()
    return app.exec()
