"""Preview, print, save and open PDFs (ARCHITECTURE.md 6.11).

- ``PdfPreview``: QPdfDocument over a QBuffer of the exact bytes, QPdfView in MultiPage /
  FitToWidth, kinetic finger scrolling.
- ``print_pdf``: QPrinter (HighResolution) + QPrintDialog; every page is rendered by QtPdf at
  no more than 300 dpi and painted into the printer's page rectangle, aspect kept.
- No printer (``QPrinterInfo.availablePrinterNames()`` empty): the Print button is disabled and
  a Dutch line says what to do instead; Save and Open stay.
- ``save_pdf`` writes atomically (documents.files, which does not import fpdf);
  ``open_in_viewer`` writes to the data folder's tmp/ and asks the system to open it, with the
  frozen app's library paths taken out of the environment (paths.environment_for_other_programs).
- ``open_progress_report``: the voortgangsoverzicht in a dialog. Reading the data is a few
  milliseconds of SQL on the GUI thread; rendering (about 0.1 s for one candidate, a second or
  more for a whole employer) runs on a QThreadPool worker while the dialog shows "bezig".
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtPdf, QtPdfWidgets, QtPrintSupport, QtWidgets

from praktijkdesk.errors import UserError
from praktijkdesk.paths import environment_for_other_programs
from praktijkdesk.platform import make_folder
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import TouchDialog
from praktijkdesk.ui.ops import run_op, show_user_error
from praktijkdesk.ui.touch import enable_kinetic_scrolling
from praktijkdesk.ui.widgets.buttons import label

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

MAX_DPI = 300  # an A4 page at 600 dpi would be ~140 MB as ARGB


def no_printer_text() -> str:
    return QtCore.QCoreApplication.translate(
        "printing",
        "Er is geen printer gevonden. Sla de verklaring op als PDF of open hem in de PDF-lezer.",
    )


# Printers that only make a file: Windows always has "Microsoft Print to PDF", so with them
# counted "geen printer" never showed, and printing to it gives a raster copy instead of
# our PDF/A (Opslaan als PDF is the right way to get a file).
VIRTUAL_PRINTERS = (
    "microsoft print to pdf",
    "microsoft xps document writer",
    "onenote",
    "fax",
    "print to pdf",
    "pdf24",
    "cups-pdf",
    "adobe pdf",
)


def real_printers(names: list[str]) -> list[str]:
    return [n for n in names if not any(v in n.casefold() for v in VIRTUAL_PRINTERS)]


def printers_available() -> bool:
    return bool(real_printers(QtPrintSupport.QPrinterInfo.availablePrinterNames()))


# --------------------------------------------------------------------------- documents


def load_document(data: bytes, parent: QtCore.QObject | None = None):
    """A QPdfDocument over the bytes; returns (document, buffer) — keep both alive."""
    buffer = QtCore.QBuffer(parent)
    buffer.setData(QtCore.QByteArray(bytes(data)))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    document = QtPdf.QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QtPdf.QPdfDocument.Status.Ready:
        raise UserError(
            QtCore.QCoreApplication.translate(
                "printing", "Het PDF-bestand kan niet worden gelezen."
            ),
            code="pdf_unreadable",
        )
    return document, buffer


class PdfPreview(QtWidgets.QWidget):
    """The PDF as it will be printed: all pages, fit to the width, scroll with a finger."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document: QtPdf.QPdfDocument | None = None
        self._buffer: QtCore.QBuffer | None = None
        self.view = QtPdfWidgets.QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QtPdfWidgets.QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QtPdfWidgets.QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(theme.SPACING_M)
        self.view.setAccessibleName(
            QtCore.QCoreApplication.translate("printing", "Voorbeeld van het document")
        )
        self.view.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.view.setMinimumSize(theme.TOUCH_MIN * 4, theme.TOUCH_MIN * 4)
        enable_kinetic_scrolling(self.view)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_data(self, data: bytes) -> None:
        old = (self.document, self._buffer)
        self.document, self._buffer = load_document(data, self)
        self.view.setDocument(self.document)
        for obj in old:
            if obj is not None:
                obj.deleteLater()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document else 0


# --------------------------------------------------------------------------- printing


def paint_pdf(printer: QtPrintSupport.QPrinter, data: bytes) -> int:
    """Paint every page of the PDF onto the printer; returns the number of pages."""
    document, buffer = load_document(data)
    try:
        pages = document.pageCount()
        painter = QtGui.QPainter()
        if not painter.begin(printer):
            raise UserError(
                QtCore.QCoreApplication.translate(
                    "printing", "De printer kan niet worden gestart."
                ),
                code="print_failed",
            )
        try:
            target_area = printer.pageRect(QtPrintSupport.QPrinter.Unit.DevicePixel)
            dpi = min(printer.resolution(), MAX_DPI)
            for page in range(pages):
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                image_size = QtCore.QSize(
                    max(1, round(points.width() / 72 * dpi)),
                    max(1, round(points.height() / 72 * dpi)),
                )
                image = document.render(page, image_size)
                painter.drawImage(_fit(target_area, points), image)
        finally:
            painter.end()
        return pages
    finally:
        document.close()
        buffer.close()


def _fit(area: QtCore.QRectF, page: QtCore.QSizeF) -> QtCore.QRectF:
    """The largest rectangle with the page's aspect ratio inside the printable area, at top."""
    width = area.width()
    height = width * page.height() / page.width() if page.width() else area.height()
    if height > area.height():
        height = area.height()
        width = height * page.width() / page.height()
    # Printer page coordinates start at the printable area's top-left (0, 0).
    return QtCore.QRectF((area.width() - width) / 2, 0, width, height)


def print_pdf(
    parent, data: bytes, *, printer: QtPrintSupport.QPrinter | None = None, ask: bool = True
) -> bool:
    """Print through the system's print dialog; False when there is no printer or on cancel."""
    if printer is None:
        if not printers_available():
            from praktijkdesk.ui.dialogs import message

            message.inform(
                parent,
                QtCore.QCoreApplication.translate("printing", "Afdrukken"),
                no_printer_text(),
                kind="warning",
            )
            return False
        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
    if ask:
        dialog = QtPrintSupport.QPrintDialog(printer, parent)
        dialog.setWindowTitle(QtCore.QCoreApplication.translate("printing", "Afdrukken"))
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return False
    QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
    try:
        paint_pdf(printer, data)
    except UserError as exc:
        show_user_error(parent, exc)
        return False
    finally:
        QtWidgets.QApplication.restoreOverrideCursor()
    return True


# --------------------------------------------------------------------------- files


def safe_file_name(name: str) -> str:
    cleaned = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).split()) or "document"
    return cleaned if cleaned.lower().endswith(".pdf") else cleaned + ".pdf"


def _documents_folder() -> str:
    locations = QtCore.QStandardPaths.standardLocations(
        QtCore.QStandardPaths.StandardLocation.DocumentsLocation
    )
    return locations[0] if locations else str(Path.home())


def write_file(path: str | os.PathLike, data: bytes, *, overwrite: bool = False) -> Path:
    from praktijkdesk.documents.files import write_pdf  # atomic write; no fpdf involved

    return write_pdf(path, data, overwrite=overwrite)


def replace_allowed(parent, chosen: str, final: str | os.PathLike) -> bool | None:
    """After a save dialog: may ``final`` be replaced? True (it exists and the dialog or this
    question said yes), False (it does not exist: write without replacing), None (keep it).

    The file dialog asks only about the name typed; when a suffix was added, the file with
    the suffix is asked about here."""
    final = Path(final)
    if not final.exists() and not final.is_symlink():
        return False
    if os.path.normcase(os.path.abspath(chosen)) == os.path.normcase(os.path.abspath(final)):
        return True
    from praktijkdesk.ui.dialogs import message

    yes = message.ask(
        parent,
        QtCore.QCoreApplication.translate("printing", "Bestand vervangen?"),
        QtCore.QCoreApplication.translate(
            "printing", "Er staat al een bestand {name} in {folder}. Wilt u het vervangen?"
        ).format(name=final.name, folder=final.parent),
        QtCore.QCoreApplication.translate("printing", "Vervangen"),
    )
    return True if yes else None


def save_pdf(parent, data: bytes, suggested_name: str) -> Path | None:
    """Ask where, then write atomically; None on cancel or after a (shown) error."""
    start = str(Path(_documents_folder()) / safe_file_name(suggested_name))
    path, _ = QtWidgets.QFileDialog.getSaveFileName(
        parent,
        QtCore.QCoreApplication.translate("printing", "Opslaan als PDF"),
        start,
        QtCore.QCoreApplication.translate("printing", "PDF-bestanden (*.pdf)"),
    )
    if not path:
        return None
    chosen = path
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    overwrite = replace_allowed(parent, chosen, path)
    if overwrite is None:
        return None
    result = run_op(parent, write_file, path, data, overwrite=overwrite)
    if not result.ok:
        return None
    confirm_saved(parent, result.value)
    return result.value


def _open_with_system(path: Path) -> bool:
    with environment_for_other_programs():
        return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))


def confirm_saved(parent, path: Path, *, opener=None) -> str:
    """ "Opgeslagen" with *Openen* and *Map openen*; returns what was chosen
    ("open", "folder" or "close")."""
    path = Path(path)
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("savedBox")
    box.setIcon(QtWidgets.QMessageBox.Icon.Information)
    box.setWindowTitle(QtCore.QCoreApplication.translate("printing", "Opgeslagen"))
    box.setText(QtCore.QCoreApplication.translate("printing", "De PDF is opgeslagen."))
    box.setInformativeText(
        QtCore.QCoreApplication.translate("printing", "{name} staat in de map {folder}.").format(
            name=path.name, folder=path.parent
        )
    )
    choices = {}
    for key, text, role in (
        (
            "open",
            QtCore.QCoreApplication.translate("printing", "Openen"),
            QtWidgets.QMessageBox.ButtonRole.ActionRole,
        ),
        (
            "folder",
            QtCore.QCoreApplication.translate("printing", "Map openen"),
            QtWidgets.QMessageBox.ButtonRole.ActionRole,
        ),
        (
            "close",
            QtCore.QCoreApplication.translate("printing", "Sluiten"),
            QtWidgets.QMessageBox.ButtonRole.AcceptRole,
        ),
    ):
        button = box.addButton(text, role)
        button.setMinimumSize(max(140, theme.TOUCH_MIN), theme.BUTTON_HEIGHT)
        button.setAccessibleName(text)
        choices[button] = key
    close = next(b for b, k in choices.items() if k == "close")
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    chosen = choices.get(box.clickedButton(), "close")
    target = path if chosen == "open" else path.parent if chosen == "folder" else None
    if target is not None and not (opener or _open_with_system)(target):
        show_user_error(
            parent,
            UserError(
                QtCore.QCoreApplication.translate(
                    "printing", "Het openen lukte niet. Het bestand staat in {path}."
                ).format(path=path),
                code="no_viewer",
            ),
        )
    return chosen


def viewer_folder(data_dir: str | os.PathLike | None) -> Path:
    if data_dir:
        base = Path(data_dir) / "tmp"
    else:  # never a fixed name in the shared temporary folder
        base = Path(tempfile.mkdtemp(prefix="praktijkdesk-"))
    make_folder(base)
    return base


def open_in_viewer(
    data: bytes, name: str, data_dir: str | os.PathLike | None = None, *, launch: bool = True
) -> Path:
    """Write the PDF to the data folder's tmp/ and open it in the system's PDF reader.

    A PyInstaller build sets QT_PLUGIN_PATH and LD_LIBRARY_PATH for itself; a PDF reader
    started with those would load our libraries, so they are put back for the start.
    """
    # Our own tmp/ folder: the copy a reader showed last time is simply refreshed.
    path = write_file(viewer_folder(data_dir) / safe_file_name(name), data, overwrite=True)
    if launch:
        with environment_for_other_programs():
            opened = QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))
        if not opened:
            raise UserError(
                QtCore.QCoreApplication.translate(
                    "printing", "Er is geen PDF-lezer gevonden. Het bestand staat in {path}."
                ).format(path=path),
                code="no_viewer",
            )
    return path


# --------------------------------------------------------------------------- dialogs


class PdfDialog(TouchDialog):
    """A PDF with Afdrukken / Opslaan als PDF / Openen in PDF-lezer / Sluiten."""

    def __init__(
        self,
        parent,
        *,
        title: str,
        file_name: str,
        data_dir=None,
        data: bytes | None = None,
        name: str = "pdfDialog",
    ):
        super().__init__(parent, name=name)
        self.data: bytes | None = None
        self.file_name = file_name
        self.data_dir = data_dir
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.status = label(wrap=True, name="pdfStatus")
        self.body.addWidget(self.status)
        self.preview = PdfPreview(self)
        self.body.addWidget(self.preview, 1)
        self.printer_note = label(no_printer_text(), wrap=True, name="noPrinterNote")
        self.body.addWidget(self.printer_note)
        self.close_button = self.add_button(
            QtCore.QCoreApplication.translate("printing", "Sluiten"), name="closeButton"
        )
        self.open_button = self.add_button(
            QtCore.QCoreApplication.translate("printing", "Openen in PDF-lezer"),
            name="openButton",
            stretch_before=True,
        )
        self.print_button = self.add_button(
            QtCore.QCoreApplication.translate("printing", "Afdrukken"), name="printButton"
        )
        # Saving the PDF itself comes first: it is the exact PDF/A; a print is paper.
        self.save_button = self.add_button(
            QtCore.QCoreApplication.translate("printing", "Opslaan als PDF"),
            role="primary",
            name="saveButton",
        )
        self.save_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.set_data(data)
        self.resize(960, 760)

    def set_data(self, data: bytes | None) -> None:
        self.data = data
        has_printer = printers_available()
        self.printer_note.setVisible(not has_printer)
        self.print_button.setEnabled(data is not None and has_printer)
        self.print_button.setAccessibleDescription("" if has_printer else no_printer_text())
        self.save_button.setEnabled(data is not None)
        self.open_button.setEnabled(data is not None)
        if data is not None:
            self.preview.set_data(data)
            self.status.setVisible(False)

    def set_busy(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)

    def _on_print_clicked(self) -> None:
        if self.data is not None:
            print_pdf(self, self.data)

    def _on_save_clicked(self) -> None:
        if self.data is not None:
            save_pdf(self, self.data, self.file_name)

    def _on_open_clicked(self) -> None:
        if self.data is not None:
            run_op(self, open_in_viewer, self.data, self.file_name, self.data_dir)


class _RenderSignals(QtCore.QObject):
    done = QtCore.Signal(object)  # bytes
    failed = QtCore.Signal(object)  # an exception


class RenderTask(QtCore.QRunnable):
    """Runs ``fn()`` (pure rendering: plain data in, bytes out) on the thread pool."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn
        self.signals = _RenderSignals()

    def run(self) -> None:
        try:
            data = self.fn()
        except Exception as exc:  # delivered to the GUI thread and shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(data)


def render_in_background(dialog: PdfDialog, fn) -> RenderTask:
    """Render on a worker; the dialog gets the bytes (or the error) on the GUI thread."""
    task = RenderTask(fn)
    dialog._task = task  # keep the signals object alive as long as the dialog
    task.signals.done.connect(dialog.set_data)
    task.signals.failed.connect(lambda exc: _render_failed(dialog, exc))
    dialog.set_busy(QtCore.QCoreApplication.translate("printing", "Het overzicht wordt gemaakt…"))
    QtCore.QThreadPool.globalInstance().start(task)
    return task


def _render_failed(dialog: PdfDialog, exc: Exception) -> None:
    if isinstance(exc, UserError):
        dialog.set_busy(exc.message)
        show_user_error(dialog, exc)
    else:
        dialog.set_busy(
            QtCore.QCoreApplication.translate("printing", "Het overzicht kon niet worden gemaakt.")
        )
        raise exc


def progress_report_dialog(
    parent, desk: Desk, trajectory_ids: list[str], title: str, file_name: str
) -> PdfDialog | None:
    prepared = run_op(parent, desk.reports.prepare, trajectory_ids)
    if not prepared.ok:
        return None
    dialog = PdfDialog(
        parent,
        title=title,
        file_name=file_name,
        data_dir=desk.data_dir,
        name="progressReportDialog",
    )
    render_in_background(dialog, prepared.value.render)
    return dialog


def open_progress_report(parent, desk: Desk, trajectory_id: str) -> PdfDialog | None:
    """The voortgangsoverzicht of one trajectory: preview, print, save, open."""
    result = run_op(parent, desk.trajectories.overview, trajectory_id)
    if not result.ok:
        return None
    name = result.value.candidate.name
    dialog = progress_report_dialog(
        parent,
        desk,
        [result.value.trajectory.id],
        QtCore.QCoreApplication.translate("printing", "Voortgangsoverzicht van {name}").format(
            name=name
        ),
        f"Voortgangsoverzicht {name}.pdf",
    )
    if dialog is not None:
        dialog.exec()
    return dialog


def open_employer_report(parent, desk: Desk, employer_id: str) -> PdfDialog | None:
    """All running trajectories of one employer in one file, one candidate per page."""
    employer = run_op(parent, desk.reports.employer, employer_id)
    if not employer.ok:
        return None
    ids = run_op(parent, desk.reports.employer_trajectory_ids, employer.value.id)
    if not ids.ok or not ids.value:
        if ids.ok:
            from praktijkdesk.ui.dialogs import message

            message.inform(
                parent,
                QtCore.QCoreApplication.translate("printing", "Voortgangsoverzicht"),
                QtCore.QCoreApplication.translate(
                    "printing", "{name} heeft geen lopende trajecten."
                ).format(name=employer.value.name),
            )
        return None
    dialog = progress_report_dialog(
        parent,
        desk,
        ids.value,
        QtCore.QCoreApplication.translate("printing", "Voortgangsoverzicht van {name}").format(
            name=employer.value.name
        ),
        f"Voortgangsoverzicht {employer.value.name}.pdf",
    )
    if dialog is not None:
        dialog.exec()
    return dialog
