"""Windows points of #19 that Qt lets us imitate here: a pen on the signature pad, a dark
system palette, a small screen, a double-clicked .praktijk file, printers that only make files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.cli import bare_bundle_to_gui
from tests.ui.test_app_start import ROOT, start_and_wait, started, when_modal  # noqa: F401

# --- 8: a pen draws ------------------------------------------------------------------------
_DEVICES: list = []  # the events point at the device: it must outlive them


def _pen() -> QtGui.QPointingDevice:
    if _DEVICES:
        return _DEVICES[0]
    _DEVICES.append(
        QtGui.QPointingDevice(
            "Surface Pen",
            7,
            QtGui.QInputDevice.DeviceType.Stylus,
            QtGui.QPointingDevice.PointerType.Pen,
            QtGui.QInputDevice.Capability.Position | QtGui.QInputDevice.Capability.Pressure,
            1,
            2,
        )
    )
    return _DEVICES[0]


def _tablet(widget, kind, x, y, pressure, buttons):
    pos = QtCore.QPointF(x, y)
    button = QtCore.Qt.MouseButton.LeftButton
    event = QtGui.QTabletEvent(
        kind,
        _pen(),
        pos,
        QtCore.QPointF(widget.mapToGlobal(pos)),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        QtCore.Qt.KeyboardModifier.NoModifier,
        button,
        buttons,
    )
    QtWidgets.QApplication.sendEvent(widget, event)
    return event


def test_a_pen_signs_on_the_pad(app, qtbot):
    from praktijkdesk.ui.widgets.signature_pad import SignaturePad

    pad = SignaturePad()
    pad.resize(600, 260)
    pad.show()
    qtbot.waitExposed(pad)
    left = QtCore.Qt.MouseButton.LeftButton
    none = QtCore.Qt.MouseButton.NoButton
    T = QtCore.QEvent.Type
    _tablet(pad, T.TabletMove, 10, 10, 0.0, none)  # hovering above the screen: no ink
    press = _tablet(pad, T.TabletPress, 40, 120, 0.4, left)
    assert press.isAccepted()  # accepted: Qt sends no synthesised mouse events on top
    for step in range(1, 30):
        _tablet(pad, T.TabletMove, 40 + step * 10, 120 + (step % 5) * 6, 0.5, left)
    _tablet(pad, T.TabletRelease, 340, 130, 0.0, none)
    _tablet(pad, T.TabletMove, 400, 10, 0.0, none)
    strokes = pad.strokes()
    assert len(strokes) == 1
    assert strokes[0][0] == (40.0, 120.0) and strokes[0][-1] == (340.0, 130.0)
    assert len(strokes[0]) >= 25
    pad.close()


# --- 15: light, whatever the system says -------------------------------------------------
def _contrast(a: QtGui.QColor, b: QtGui.QColor) -> float:
    def lum(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_palette_is_light_even_when_the_system_is_dark(app):
    from praktijkdesk.ui.application import create_application

    dark = QtGui.QPalette()
    for role, colour in (
        (QtGui.QPalette.ColorRole.Window, "#202020"),
        (QtGui.QPalette.ColorRole.WindowText, "#F0F0F0"),
        (QtGui.QPalette.ColorRole.Base, "#1B1B1B"),
        (QtGui.QPalette.ColorRole.Text, "#FFFFFF"),
        (QtGui.QPalette.ColorRole.ToolTipBase, "#2B2B2B"),
    ):
        dark.setColor(role, QtGui.QColor(colour))
    app.setPalette(dark)  # what Fusion takes from Windows' dark mode
    create_application()
    palette = QtWidgets.QApplication.palette()
    role = QtGui.QPalette.ColorRole
    for background, text in (
        (role.Window, role.WindowText),
        (role.Base, role.Text),
        (role.Button, role.ButtonText),
        (role.ToolTipBase, role.ToolTipText),
        (role.Highlight, role.HighlightedText),
    ):
        assert _contrast(palette.color(background), palette.color(text)) >= 4.5, background
    assert palette.color(role.Window).lightness() > 200
    assert palette.color(role.Base).lightness() > 200
    assert palette.color(role.Text).lightness() < 80
    menu = QtWidgets.QMenu()
    assert menu.palette().color(role.Window).lightness() > 200  # menus and pickers too
    if hasattr(app.styleHints(), "colorScheme"):
        assert app.styleHints().colorScheme() != QtCore.Qt.ColorScheme.Dark


# --- 7: the first window fits a small screen ---------------------------------------------
@pytest.mark.parametrize(
    "size, maximised",
    [((1280, 672), True), ((1024, 600), True), ((1920, 1032), False), ((1280, 848), False)],
)
def test_the_first_window_is_maximised_when_1280x800_does_not_fit(size, maximised):
    from praktijkdesk.ui.fit import fits

    assert fits(QtCore.QRect(0, 0, *size)) is not maximised


def test_the_first_window_never_starts_taller_than_the_screen(qtbot, started, demo_data_dir):  # noqa: F811
    start = started(demo_data_dir)
    assert start_and_wait(qtbot, start) is None
    available = start.window.screen().availableGeometry()
    if available.width() >= 1280 and available.height() >= 848:
        pytest.skip("this screen is large enough for 1280×800")
    assert start.window.isMaximized()
    assert start.window.height() <= available.height()


# --- 4: a double-clicked .praktijk file -----------------------------------------------------
def test_a_bare_bundle_path_means_gui_with_its_preview():
    assert bare_bundle_to_gui(["C:\\Users\\An\\Downloads\\Bakkerij.PRAKTIJK"]) == [
        "gui",
        "--open",
        "C:\\Users\\An\\Downloads\\Bakkerij.PRAKTIJK",
    ]
    assert bare_bundle_to_gui(["--data-dir", "d", "x.praktijk"]) == [
        "--data-dir",
        "d",
        "gui",
        "--open",
        "x.praktijk",
    ]
    assert bare_bundle_to_gui(["import", "x.praktijk"]) == ["import", "x.praktijk"]
    assert bare_bundle_to_gui(["--portable", "candidates"]) == ["--portable", "candidates"]
    assert bare_bundle_to_gui(["notes.txt"]) == ["notes.txt"]


def _bundle(tmp_path, gui_desk) -> Path:
    return gui_desk.exchange.export(tmp_path / "Van de jobcoach.praktijk", everything=True).path


def test_a_start_with_a_bundle_opens_its_import_preview(
    qtbot,
    started,  # noqa: F811 (the fixture, imported above)
    demo_data_dir,
    tmp_path,
):
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.dialogs.exchange import ImportPreviewDialog

    with Desk.open(demo_data_dir) as desk:
        bundle = desk.exchange.export(tmp_path / "Van de jobcoach.praktijk", everything=True).path
    target = tmp_path / "nieuw"
    seen = when_modal(ImportPreviewDialog, lambda dialog: dialog.reject())
    start = started(target, open_path=str(bundle))
    assert start_and_wait(qtbot, start) is None
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)
    assert start.desk.trajectories.candidates() == []  # a preview reads nothing in


def test_a_second_start_hands_its_bundle_to_the_first(qtbot, started, demo_data_dir, tmp_path):  # noqa: F811
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.dialogs.exchange import ImportPreviewDialog
    from praktijkdesk.ui.single_instance import guard_for

    source = tmp_path / "bron"
    with Desk.open(source) as other:
        other.demo.load()
        bundle = other.exchange.export(tmp_path / "Şükrü en Марія.praktijk", everything=True).path
    start = started(demo_data_dir)
    assert start_and_wait(qtbot, start) is None
    guard = guard_for(demo_data_dir)
    seen = when_modal(ImportPreviewDialog, lambda dialog: dialog.reject())
    second = subprocess.Popen(
        [sys.executable, "-m", "praktijkdesk", "--data-dir", str(demo_data_dir), bundle.name],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
    )
    try:
        with qtbot.waitSignal(guard.open_requested, timeout=30000) as signal:
            pass
        out, err = second.communicate(timeout=30)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == 0, err
    assert signal.args == [str(bundle)]  # absolute: the first app has another working folder
    qtbot.waitUntil(lambda: bool(seen), timeout=15000)


# --- 17: printers that only make a file ----------------------------------------------------
def test_print_to_pdf_is_not_a_printer_and_saving_comes_first(app, qtbot, monkeypatch):
    from PySide6 import QtPrintSupport

    from praktijkdesk.ui import printing

    assert (
        printing.real_printers(
            ["Microsoft Print to PDF", "Microsoft XPS Document Writer", "OneNote (Desktop)", "Fax"]
        )
        == []
    )
    assert printing.real_printers(["HP LaserJet MFP (kantoor)", "Microsoft Print to PDF"]) == [
        "HP LaserJet MFP (kantoor)"
    ]
    monkeypatch.setattr(
        QtPrintSupport.QPrinterInfo,
        "availablePrinterNames",
        staticmethod(lambda: ["Microsoft Print to PDF"]),
    )
    dialog = printing.PdfDialog(None, title="Praktijkverklaring", file_name="v.pdf")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    dialog.set_data(bytes(pdf.output()))
    assert not dialog.print_button.isEnabled()
    assert not dialog.printer_note.isHidden()
    assert dialog.save_button.property("role") == "primary" and dialog.save_button.isDefault()
    dialog.close()


# --- 14: the synced-folder round does not freeze the screen --------------------------------
def test_a_slow_cloud_file_is_read_on_a_worker_while_the_screen_stays_live(
    qtbot, window, gui_desk, tmp_path, monkeypatch
):
    import threading

    from praktijkdesk.desk import Desk

    shared = tmp_path / "OneDrive-achtig"
    shared.mkdir()
    with Desk.open(tmp_path / "kantoor") as office:
        office.demo.load()
        office.exchange.sync(shared)  # a file from another device waits in the folder
    gui_thread = threading.get_ident()
    release = threading.Event()
    reads = []
    real_fetch = type(gui_desk.exchange).fetch_sync_files

    def slow_fetch(self, folder, done, *args, **kwargs):
        reads.append(threading.get_ident())
        release.wait(20)  # OneDrive downloading a cloud-only file
        return real_fetch(self, folder, done, *args, **kwargs)

    monkeypatch.setattr(type(gui_desk.exchange), "fetch_sync_files", slow_fetch)
    rounds = []
    window.sync.round_finished.connect(rounds.append)
    gui_desk.exchange.set_sync_folder(shared)
    window.sync.timer.stop()
    window.sync.soon.stop()
    assert window.sync.start_round()
    ticks = []
    timer = QtCore.QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=10000)  # the event loop runs meanwhile
    assert reads and reads[0] != gui_thread and rounds == []
    assert not window.sync.start_round()  # one round at a time
    release.set()
    qtbot.waitUntil(lambda: bool(rounds), timeout=20000)
    timer.stop()
    # The office is new in the folder (issue #13): its file was read on the worker, and waits.
    assert rounds[0] is not None and rounds[0].waiting and not rounds[0].imported
    assert window.sync.fetch_thread == reads[0]
    [office_device] = gui_desk.exchange.waiting_devices()
    gui_desk.exchange.trust_device(office_device.device_id)  # "Vertrouwen" on the banner
    assert window.sync.start_round()
    qtbot.waitUntil(lambda: len(rounds) >= 2, timeout=20000)
    assert rounds[1] is not None and rounds[1].imported
