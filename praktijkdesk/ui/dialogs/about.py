"""Over praktijkdesk: version, where the data lives (with a button to open it), and the licences.

The licences are shown because the packaged app redistributes these parts; Qt and PySide6 are
LGPLv3, which asks that users can see that and replace those libraries (the one-folder bundle
keeps them as separate files). Called lazily from the main window: ``show_about(parent, desk)``.
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk import __version__
from praktijkdesk.paths import environment_for_other_programs, portable_folder, resource
from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs.base import TouchDialog
from praktijkdesk.ui.widgets.buttons import TouchButton, label

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

CONTEXT = "AboutDialog"
ICON_SIZE = 64  # the app's icon beside the version (an image, not a control)
FONT_LICENCE = ("fonts", "LICENSE-DejaVu.txt")


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Part:
    name: str
    distribution: str | None  # the package name importlib.metadata knows, for the version
    licence: str
    url: str


# What the installed app and the packaged bundle contain, with each part's licence.
PARTS = (
    Part("Qt 6", None, "LGPL-3.0", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    Part(
        "PySide6", "PySide6-Essentials", "LGPL-3.0", "https://pypi.org/project/PySide6-Essentials/"
    ),
    Part(
        "PySide6-Pdf (Qt PDF)", "PySide6-Pdf", "LGPL-3.0", "https://pypi.org/project/PySide6-Pdf/"
    ),
    Part("fpdf2", "fpdf2", "LGPL-3.0", "https://github.com/py-pdf/fpdf2"),
    Part("sqlite-utils", "sqlite-utils", "Apache-2.0", "https://github.com/simonw/sqlite-utils"),
    Part("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Part("Pillow", "pillow", "MIT-CMU", "https://github.com/python-pillow/Pillow"),
    Part("fontTools", "fonttools", "MIT", "https://github.com/fonttools/fonttools"),
    Part(
        "DejaVu-lettertypen",
        None,
        "Bitstream Vera / publiek domein (zie hieronder)",
        "https://dejavu-fonts.github.io/",
    ),
    # The pictograms on the kandidaatscherm and the card "Wat ik al kan" (issue #16).
    Part("OpenMoji-pictogrammen", None, "CC BY-SA 4.0 (zie hieronder)", "https://openmoji.org/"),
    Part("pyttsx3 (voorlezen)", "pyttsx3", "MPL-2.0", "https://github.com/nateshmbhat/pyttsx3"),
    Part("Python", None, "PSF-2.0", "https://docs.python.org/3/license.html"),
    Part("SQLite", None, "publiek domein", "https://sqlite.org/copyright.html"),
)


def version_of(part: Part) -> str:
    if part.name == "Qt 6":
        return QtCore.qVersion()
    if part.name == "Python":
        return ".".join(str(n) for n in sys.version_info[:3])
    if part.distribution is None:
        return ""
    from importlib import metadata

    try:
        return metadata.version(part.distribution)
    except metadata.PackageNotFoundError:
        return ""


def licences_html() -> str:
    rows = []
    for part in PARTS:
        version = version_of(part)
        rows.append(
            f"<tr><td><b>{html.escape(part.name)}</b> {html.escape(version)}</td>"
            f"<td>{html.escape(part.licence)}</td></tr>"
            f"<tr><td colspan='2'><a href='{part.url}'>{html.escape(part.url)}</a></td></tr>"
        )
    font_licence = resource(*FONT_LICENCE)
    try:
        font_text = font_licence.read_text(encoding="utf-8")
    except OSError:
        font_text = _tr("Het licentiebestand van de lettertypen ontbreekt.")
    return (
        "<p>"
        + html.escape(
            _tr("praktijkdesk is vrije software onder de EUPL-1.2. Het gebruikt deze onderdelen:")
        )
        + "</p><table cellspacing='6'>"
        + "".join(rows)
        + "</table><p>"
        + html.escape(
            _tr(
                "Qt, PySide6 en fpdf2 vallen onder de LGPL-3.0: u mag die onderdelen vervangen door "
                "een andere versie. In de geïnstalleerde app staan ze als losse bestanden in de "
                "programmamap."
            )
        )
        + "</p><h3>"
        + html.escape(_tr("Licentie van de DejaVu-lettertypen"))
        + "</h3>"
        + "<pre style='white-space: pre-wrap'>"
        + html.escape(font_text)
        + "</pre>"
        + "<h3>"
        + html.escape(_tr("Pictogrammen"))
        + "</h3><p>"
        + html.escape(
            _tr(
                "Alle pictogrammen zijn ontworpen door OpenMoji – het open-source emoji- en "
                "pictogramproject. Licentie: CC BY-SA 4.0. Ze staan ongewijzigd in de map "
                "resources/pictures, met de volledige licentietekst (LICENSE-OpenMoji.txt)."
            )
        )
        + "</p>"
    )


def open_folder(path: Path) -> bool:
    """Open a folder in the system's file manager (with our environment out of its way)."""
    with environment_for_other_programs():
        return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))


class AboutDialog(TouchDialog):
    """On the one dialog base: heading, a scrolling body, the close button at the bottom."""

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent, name="aboutDialog")
        self._data_dir = Path(data_dir)
        self._build()
        self._connect()
        self.retranslate()
        self.resize(720, 640)

    def _build(self) -> None:
        self.heading.setObjectName("aboutHeading")
        top = QtWidgets.QHBoxLayout()
        top.setSpacing(theme.SPACING_M)
        self.icon = QtWidgets.QLabel()
        self.icon.setObjectName("aboutIcon")
        self.icon.setPixmap(
            QtGui.QIcon(str(resource("icons", "praktijkdesk.svg"))).pixmap(ICON_SIZE, ICON_SIZE)
        )
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        top.addWidget(self.icon, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self.version = label(wrap=True, name="aboutVersion")
        top.addWidget(self.version, 1)
        self.body.addLayout(top)

        self.folder_heading = label(role="heading", wrap=True, name="aboutFolderHeading")
        self.body.addWidget(self.folder_heading)
        folder_row = QtWidgets.QHBoxLayout()
        folder_row.setSpacing(theme.SPACING_M)
        self.folder = label(wrap=True, name="aboutFolder")
        self.folder.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_row.addWidget(self.folder, 1)
        self.open_button = TouchButton(big=True, name="aboutOpenFolder")
        folder_row.addWidget(self.open_button, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(folder_row)

        self.licences = QtWidgets.QTextBrowser()
        self.licences.setObjectName("aboutLicences")
        self.licences.setOpenLinks(False)
        self.licences.setMinimumHeight(120)  # it scrolls; the dialog fits 1024×600
        # It takes the height that is left, rather than asking for its own (which would make
        # the dialog's body scroll as well: two scroll bars for one list).
        self.licences.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Ignored
        )
        self.body.addWidget(self.licences, 1)

        self.close_button = self.add_button(
            "", role="primary", name="aboutClose", stretch_before=True
        )

    def _connect(self) -> None:
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.licences.anchorClicked.connect(self._on_licences_anchor_clicked)

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Over praktijkdesk"))
        self.heading.setText(_tr("Over praktijkdesk"))
        self.version.setText(
            _tr("praktijkdesk versie {version}").format(version=__version__)
            + "\n"
            + _tr("Kandidaten volgen naar een mbo-praktijkverklaring. Werkt zonder internet.")
        )
        portable = portable_folder() is not None
        self.folder_heading.setText(
            _tr("Gegevensmap (draagbaar)") if portable else _tr("Gegevensmap")
        )
        self.folder.setText(str(self._data_dir))
        self.folder.setAccessibleName(_tr("Gegevensmap: {path}").format(path=self._data_dir))
        self.open_button.setText(_tr("Map openen"))
        self.open_button.setAccessibleName(_tr("Gegevensmap openen"))
        self.licences.setAccessibleName(_tr("Licenties van de gebruikte onderdelen"))
        self.licences.setHtml(licences_html())
        self.close_button.setText(_tr("Sluiten"))
        self.close_button.setAccessibleName(_tr("Sluiten"))

    def _on_open_button_clicked(self) -> None:
        if not open_folder(self._data_dir):
            QtWidgets.QMessageBox.warning(
                self,
                _tr("De map kon niet worden geopend."),
                _tr("Open deze map zelf in de verkenner: {path}").format(path=self._data_dir),
            )

    def _on_licences_anchor_clicked(self, url: QtCore.QUrl) -> None:
        # An offline app: a link opens the browser only when the user taps it.
        with environment_for_other_programs():
            QtGui.QDesktopServices.openUrl(url)


def show_about(parent, desk: Desk) -> None:
    """Show Over praktijkdesk for this desk's data folder (modal)."""
    dialog = AboutDialog(desk.data_dir, parent)
    dialog.exec()
