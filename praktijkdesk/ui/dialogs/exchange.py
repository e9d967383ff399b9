"""Exchange in the app: make a bundle file, read one in (preview first), merge duplicates.

- ``export_bundle(parent, desk, trajectory_id=None)``: one trajectory, or ``ExportDialog``
  for all trajectories or one employer's; then a file chooser; then ``desk.exchange.export``.
- ``import_bundle(parent, desk)``: a file chooser → ``desk.exchange.preview`` →
  ``ImportPreviewDialog`` says in plain words what will be added or changed, BEFORE anything
  happens → ``desk.exchange.import_file`` on confirm → ``offer_merges``.
- ``offer_merges(parent, desk)``: for each likely duplicate candidate a ``MergeDialog``
  (which one stays; nothing is lost) → ``desk.exchange.merge_candidates``.

The file choosers are the module functions ``choose_open_file``/``choose_save_file``/
``choose_folder`` (tests replace them; the OS dialog cannot be driven).
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from praktijkdesk.ui import theme
from praktijkdesk.ui.dialogs import message
from praktijkdesk.ui.dialogs.base import TouchDialog, combo
from praktijkdesk.ui.formatting import long_date
from praktijkdesk.ui.ops import run_op
from praktijkdesk.ui.touch import enable_kinetic_scrolling
from praktijkdesk.ui.widgets.buttons import TouchButton, TouchRadioButton, label

if TYPE_CHECKING:
    from praktijkdesk.desk import Desk

SUFFIX = ".praktijk"


# --- file choosers (replaced in tests) ---------------------------------------------------
def _start_folder() -> str:
    return QtCore.QStandardPaths.writableLocation(
        QtCore.QStandardPaths.StandardLocation.DocumentsLocation
    )


def choose_open_file(parent) -> str:
    path, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent,
        QtCore.QCoreApplication.translate("exchange", "Uitwisselbestand inlezen"),
        _start_folder(),
        QtCore.QCoreApplication.translate("exchange", "Uitwisselbestanden (*.praktijk)"),
    )
    return path


def choose_save_file(parent, suggested: str) -> str:
    path, _ = QtWidgets.QFileDialog.getSaveFileName(
        parent,
        QtCore.QCoreApplication.translate("exchange", "Uitwisselbestand opslaan"),
        str(Path(_start_folder()) / suggested),
        QtCore.QCoreApplication.translate("exchange", "Uitwisselbestanden (*.praktijk)"),
    )
    return path


def choose_folder(parent, start: str = "") -> str:
    return QtWidgets.QFileDialog.getExistingDirectory(
        parent,
        QtCore.QCoreApplication.translate("exchange", "Gedeelde map kiezen"),
        start or _start_folder(),
    )


@contextmanager
def busy():
    """A wait cursor while the GUI thread works for a moment (preview, import, export)."""
    QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QtWidgets.QApplication.restoreOverrideCursor()


def file_name(*parts: str) -> str:
    """A safe file name from names and a date: "Şükrü Öztürk 2026-03-02.praktijk"."""
    text = " ".join(p for p in parts if p)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    text = " ".join(text.split()).strip(" .") or "praktijkdesk"
    return text[:100] + SUFFIX


def _today() -> str:
    return dt.date.today().isoformat()


# --- words ---------------------------------------------------------------------------------
def kind_label(kind: str) -> str:
    return {
        "guides": QtCore.QCoreApplication.translate("exchange", "Leerlijsten"),
        "employers": QtCore.QCoreApplication.translate("exchange", "Leerbedrijven"),
        "people": QtCore.QCoreApplication.translate("exchange", "Praktijkopleiders en jobcoaches"),
        "candidates": QtCore.QCoreApplication.translate("exchange", "Kandidaten"),
        "candidate_merges": QtCore.QCoreApplication.translate(
            "exchange", "Samengevoegde kandidaten"
        ),
        "trajectories": QtCore.QCoreApplication.translate("exchange", "Trajecten"),
        "marks": QtCore.QCoreApplication.translate("exchange", "Beoordelingen"),
        "conclusions": QtCore.QCoreApplication.translate("exchange", "Afgeronde werkprocessen"),
        "declarations": QtCore.QCoreApplication.translate("exchange", "Praktijkverklaringen"),
        "signatures": QtCore.QCoreApplication.translate("exchange", "Handtekeningen"),
    }.get(kind, kind)


def count_text(added: int, changed: int) -> str:
    parts = []
    if added:
        parts.append(QtCore.QCoreApplication.translate("exchange", "{n} nieuw").format(n=added))
    if changed:
        parts.append(
            QtCore.QCoreApplication.translate("exchange", "{n} bijgewerkt").format(n=changed)
        )
    return ", ".join(parts)


def scope_text(scope: str) -> str:
    return {
        "trajectory": QtCore.QCoreApplication.translate("exchange", "één traject"),
        "employer": QtCore.QCoreApplication.translate(
            "exchange", "de trajecten van één leerbedrijf"
        ),
        "all": QtCore.QCoreApplication.translate("exchange", "alle trajecten"),
        "sync": QtCore.QCoreApplication.translate("exchange", "de gedeelde map"),
    }.get(scope, scope)


def _moment(iso: str) -> str:
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return f"{long_date(when.date().isoformat())} {when.hour:02d}:{when.minute:02d}"


def _scroll(content: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
    area = QtWidgets.QScrollArea()
    area.setObjectName("exchangeScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
    content.setObjectName("scrollContent")
    area.setWidget(content)
    enable_kinetic_scrolling(area)
    area.verticalScrollBar().setAccessibleName("schuifbalk")
    return area


# --- the preview ---------------------------------------------------------------------------
class ImportPreviewDialog(TouchDialog):
    """What reading this file in would add or change. Nothing has happened yet."""

    def __init__(self, plan, parent=None):
        super().__init__(parent, name="importPreviewDialog")
        self.plan = plan
        content = QtWidgets.QWidget()
        inner = QtWidgets.QVBoxLayout(content)
        inner.setContentsMargins(0, 0, theme.SPACING_S, 0)
        inner.setSpacing(theme.SPACING_M)
        self.source = label(wrap=True, name="importSource")
        self.source.setProperty("role", "muted")
        inner.addWidget(self.source)
        # Who the data is about (issue #20): names, and who was left out.
        self.names = label(wrap=True, name="importCandidates")
        self.refused = label(role="attention", wrap=True, name="importRefused")
        inner.addWidget(self.names)
        inner.addWidget(self.refused)
        self.names.setVisible(bool(plan.candidate_names))
        self.refused.setVisible(bool(plan.refused))
        self.summary = label(wrap=True, name="importSummary")
        inner.addWidget(self.summary)
        self.grid = QtWidgets.QGridLayout()
        self.grid.setHorizontalSpacing(theme.SPACING_L)
        self.grid.setVerticalSpacing(theme.SPACING_S)
        self.rows: dict[str, tuple[QtWidgets.QLabel, QtWidgets.QLabel]] = {}
        kinds = [
            k for k in (*plan.added, *plan.changed) if plan.added.get(k) or plan.changed.get(k)
        ]
        for i, kind in enumerate(dict.fromkeys(kinds)):
            name = label(name=f"kind_{kind}")
            value = label(name=f"count_{kind}")
            value.setStyleSheet("")
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(value, i, 1)
            self.rows[kind] = (name, value)
        self.grid.setColumnStretch(2, 1)
        inner.addLayout(self.grid)
        self.duplicates = [
            label(role="attention", wrap=True, name="importDuplicate") for _ in plan.duplicates
        ]
        # One person, two records (issue #20): offered for merging after the import.
        self.duplicates += [
            label(role="attention", wrap=True, name="importPersonDuplicate")
            for _ in getattr(plan, "person_duplicates", ())
        ]
        self.warnings = [
            label(role="attention", wrap=True, name="importWarning") for _ in plan.warnings
        ]
        for widget in (*self.duplicates, *self.warnings):
            inner.addWidget(widget)
        self.safety = label(role="small", wrap=True, name="importSafety")
        inner.addWidget(self.safety)
        inner.addStretch(1)
        self.body.addWidget(_scroll(content), 1)
        if plan.nothing_new:
            self.cancel_button = None
            self.import_button = None
            self.close_button = self.add_button(
                "", role="primary", name="closeImportButton", stretch_before=True
            )
            self.close_button.clicked.connect(self.reject)
        else:
            self.close_button = None
            self.cancel_button = self.add_button("", name="cancelImportButton", stretch_before=True)
            self.import_button = self.add_button("", role="primary", name="confirmImportButton")
            self.cancel_button.clicked.connect(self.reject)
            self.import_button.clicked.connect(self.accept)
        self.safety.setVisible(not plan.nothing_new)
        self.retranslate()
        self.resize(720, 300 if plan.nothing_new and not plan.refused else 520)

    def retranslate(self) -> None:
        plan = self.plan
        self.setWindowTitle(self.tr("Uitwisselbestand inlezen"))
        self.source.setText(
            self.tr(
                "{file} · van {employers} · apparaat {device} · gemaakt op {when} · met {scope}"
            ).format(
                file=plan.source,
                when=_moment(plan.created_at),
                scope=scope_text(plan.scope),
                employers=", ".join(plan.source_employers) or self.tr("geen leerbedrijf"),
                device=plan.device_id[:8],
            )
        )
        self.names.setText(
            self.tr("Kandidaten: {names}").format(names=", ".join(plan.candidate_names))
        )
        self.refused.setText(
            self.tr(
                "Niet ingelezen, want ze horen bij een ander leerbedrijf: {names}. Hun gegevens "
                "komen niet op deze computer."
            ).format(names=", ".join(f"{n} ({e})" if e else n for n, e in plan.refused))
        )
        if plan.nothing_new:
            self.heading.setText(self.tr("Niets nieuws"))
            self.summary.setText(
                self.tr("Alles uit dit bestand staat hier al. Er hoeft niets ingelezen te worden.")
            )
            self.close_button.setText(self.tr("Sluiten"))
        else:
            self.heading.setText(self.tr("Uitwisselbestand inlezen?"))
            self.summary.setText(
                self.tr("Dit komt erbij als u het bestand inleest. Er is nog niets veranderd.")
            )
            self.cancel_button.setText(self.tr("Niet inlezen"))
            self.import_button.setText(self.tr("Inlezen"))
        for kind, (name, value) in self.rows.items():
            name.setText(kind_label(kind))
            value.setText(count_text(plan.added.get(kind, 0), plan.changed.get(kind, 0)))
        people = getattr(plan, "person_duplicates", ())
        for widget, duplicate in zip(self.duplicates[len(plan.duplicates) :], people, strict=True):
            role = (
                self.tr("praktijkopleider")
                if duplicate.keep.role.value == "trainer"
                else self.tr("jobcoach")
            )
            widget.setText(
                self.tr(
                    "Mogelijk twee keer dezelfde persoon: {name} ({role}) staat hier al. Na het "
                    "inlezen kunt u ze samenvoegen. Er gaat niets verloren."
                ).format(name=duplicate.keep.name, role=role)
            )
        for widget, duplicate in zip(
            self.duplicates[: len(plan.duplicates)], plan.duplicates, strict=True
        ):
            born = long_date(duplicate.keep.birth_date) if duplicate.keep.birth_date else ""
            who = f"{duplicate.keep.name} ({born})" if born else duplicate.keep.name
            widget.setText(
                self.tr(
                    "Mogelijk twee keer dezelfde kandidaat: {who} staat hier al. Na het inlezen "
                    "kunt u ze samenvoegen. Er gaat niets verloren."
                ).format(who=who)
            )
        for widget, warning in zip(self.warnings, plan.warnings, strict=True):
            widget.setText(self.tr("Let op: {warning}").format(warning=warning))
        self.safety.setText(
            self.tr(
                "Wat hier al staat, blijft staan: beoordelingen worden alleen toegevoegd, nooit "
                "gewist. Voor het inlezen maakt praktijkdesk eerst een reservekopie."
            )
        )


def import_summary(plan, conflicts: int = 0) -> str:
    """After an import: "Nieuw van Hotel De Gouden Lepel: 12 beoordelingen bij 3 kandidaten
    (Aïcha, Bram, Şükrü), 1 verschil." """
    source = ", ".join(plan.source_employers) or QtCore.QCoreApplication.translate(
        "exchange", "een andere computer"
    )
    if plan.nothing_new:
        text = QtCore.QCoreApplication.translate(
            "exchange", "Niets nieuws van {source}: alles stond er al in."
        ).format(source=source)
    else:
        marks = plan.added.get("marks", 0)
        names = plan.candidate_names
        who = ", ".join(names[:6]) + (" …" if len(names) > 6 else "")
        text = QtCore.QCoreApplication.translate(
            "exchange",
            "Nieuw van {source}: {marks} beoordeling(en) bij {n} kandidaat/kandidaten ({who})",
        ).format(source=source, marks=marks, n=len(names), who=who)
        if conflicts:
            text += QtCore.QCoreApplication.translate(
                "exchange", ", {n} verschil(len) om te bekijken"
            ).format(n=conflicts)
        text += "."
    if plan.refused:
        text += " " + QtCore.QCoreApplication.translate(
            "exchange", "Niet ingelezen (ander leerbedrijf): {names}."
        ).format(names=", ".join(n for n, _e in plan.refused))
    return text


# --- export --------------------------------------------------------------------------------
class ExportDialog(TouchDialog):
    """All trajectories, or the trajectories of one employer."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent, name="exportDialog")
        self.desk = desk
        self.intro = label(wrap=True, name="exportIntro")
        self.everything = TouchRadioButton()
        self.everything.setObjectName("exportEverything")
        self.one_employer = TouchRadioButton()
        self.one_employer.setObjectName("exportOneEmployer")
        group = QtWidgets.QButtonGroup(self)
        group.addButton(self.everything)
        group.addButton(self.one_employer)
        self.employer = combo("exportEmployer")
        for employer in desk.people.employers():
            self.employer.addItem(employer.name, employer.id)
        # Never "everything" by default (issue #20): one employer's file.
        self.jobcoach_device = desk.exchange.scope().kind == "jobcoach"
        if self.employer.count():
            self.one_employer.setChecked(True)
        else:
            self.everything.setChecked(True)
            self.employer.setEnabled(False)
        self.privacy = label(role="small", wrap=True, name="exportPrivacy")
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.one_employer)
        row.addWidget(self.employer, 1)
        for widget in (self.intro, self.everything):
            self.body.addWidget(widget)
        self.body.addLayout(row)
        self.body.addWidget(self.privacy)
        self.body.addStretch(1)
        self.cancel_button = self.add_button("", name="cancelExportButton", stretch_before=True)
        self.save_button = self.add_button("", role="primary", name="confirmExportButton")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.accept)
        self.one_employer.toggled.connect(self.employer.setEnabled)
        self.employer.activated.connect(lambda _i: self.one_employer.setChecked(True))
        if self.employer.count() == 0:
            self.one_employer.setEnabled(False)
        self.retranslate()
        self.resize(720, 440)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Uitwisselbestand maken"))
        self.heading.setText(self.tr("Uitwisselbestand maken"))
        self.intro.setText(
            self.tr(
                "Een uitwisselbestand neemt trajecten en beoordelingen mee naar een andere "
                "computer, bijvoorbeeld op een USB-stick of per mail. Wat moet erin?"
            )
        )
        self.everything.setText(
            self.tr("Alle leerbedrijven: één bestand per leerbedrijf")
            if self.jobcoach_device
            else self.tr("Alle trajecten van dit leerbedrijf")
        )
        self.everything.setAccessibleName(self.everything.text())
        self.one_employer.setText(self.tr("De trajecten van één leerbedrijf:"))
        self.one_employer.setAccessibleName(self.tr("De trajecten van één leerbedrijf"))
        self.employer.setAccessibleName(self.tr("Leerbedrijf"))
        self.privacy.setText(
            self.tr(
                "Het bestand bevat namen en beoordelingen. Stuur het alleen naar mensen die ermee "
                "werken, en gooi het weg als het is ingelezen."
            )
        )
        self.cancel_button.setText(self.tr("Annuleren"))
        self.save_button.setText(self.tr("Bestand maken…"))

    def employer_id(self) -> str | None:
        return self.employer.currentData() if self.one_employer.isChecked() else None


def _confirm(parent, notify, title: str, text: str) -> None:
    """A confirmation that names what happened: a toast when the window has one, else a box."""
    if notify is not None:
        notify(text)
    else:
        message.inform(parent, title, text)


def _save_path(parent, suggested: str) -> str:
    from praktijkdesk.platform.files import unique_path

    # The suggestion never names an existing file: a number is added (never overwrite).
    return choose_save_file(parent, unique_path(_start_folder(), suggested).name)


def export_bundle(parent, desk: Desk, trajectory_id: str | None = None, notify=None):
    """Make a bundle file; returns the ExportResult or None (cancelled or refused)."""
    if trajectory_id is not None:
        overview = desk.trajectories.overview(trajectory_id)
        kwargs = {"trajectory_id": trajectory_id}
        suggested = file_name(overview.candidate.name, _today())
    else:
        dialog = ExportDialog(desk, parent)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        employer_id = dialog.employer_id()
        if employer_id:
            kwargs = {"employer_id": employer_id}
            suggested = file_name(dialog.employer.currentText(), _today())
        elif dialog.jobcoach_device:
            return export_per_employer(parent, desk, notify)
        else:
            kwargs = {"everything": True}
            own = [e.name for e in desk.people.employers() if desk.exchange.scope().allows(e.id)]
            suggested = file_name(*(own[:2] or ["praktijkdesk"]), _today())
    return _export(parent, desk, suggested, kwargs, notify)


def export_for(parent, desk: Desk, employer_id: str, jobcoach_id: str | None = None, notify=None):
    """One employer's file (only one jobcoach's clients when given): the file name says whose."""
    employer = desk.people.employer(employer_id)
    kwargs = {"employer_id": employer_id}
    parts = [employer.name]
    if jobcoach_id is not None:
        kwargs["jobcoach_id"] = jobcoach_id
        parts.append(
            QtCore.QCoreApplication.translate("exchange", "voor {name}").format(
                name=desk.people.person(jobcoach_id).name
            )
        )
    return _export(parent, desk, file_name(*parts, _today()), kwargs, notify)


def _export(parent, desk: Desk, suggested: str, kwargs: dict, notify):
    path = _save_path(parent, suggested)
    if not path:
        return None
    from praktijkdesk.ui.printing import replace_allowed  # the app's "Vervangen?" question

    final = path if path.casefold().endswith(".praktijk") else path + ".praktijk"
    overwrite = replace_allowed(parent, path, final)
    if overwrite is None:
        return None
    with busy():
        result = run_op(parent, desk.exchange.export, path, overwrite=overwrite, **kwargs)
    if not result.ok:
        return None
    counts = result.value.counts
    _confirm(
        parent,
        notify,
        QtCore.QCoreApplication.translate("exchange", "Uitwisselbestand gemaakt"),
        QtCore.QCoreApplication.translate(
            "exchange",
            "Uitwisselbestand gemaakt: {name}, met {t} traject(en) en {m} "
            "beoordeling(en). Opgeslagen in {folder}.",
        ).format(
            name=result.value.path.name,
            t=counts.get("trajectories", 0),
            m=counts.get("marks", 0),
            folder=result.value.path.parent,
        ),
    )
    return result.value


def export_per_employer(parent, desk: Desk, notify=None):
    """The jobcoach's laptop: one file per employer in a chosen folder (a USB stick)."""
    folder = choose_folder(parent)
    if not folder:
        return None
    with busy():
        result = run_op(parent, desk.exchange.export_per_employer, folder)
    if not result.ok:
        return None
    names = ", ".join(r.path.name for r in result.value)
    _confirm(
        parent,
        notify,
        QtCore.QCoreApplication.translate("exchange", "Uitwisselbestanden gemaakt"),
        QtCore.QCoreApplication.translate(
            "exchange", "{n} bestand(en) gemaakt in {folder}: {names}"
        ).format(n=len(result.value), folder=folder, names=names or "-"),
    )
    return result.value


# --- import --------------------------------------------------------------------------------
def import_bundle(parent, desk: Desk, path: str | None = None, notify=None):
    """Preview first, import on confirm; then say what came in, with names, and offer to
    merge likely duplicates. Returns the applied ImportPlan, or None when nothing was read in."""
    path = path or choose_open_file(parent)
    if not path:
        return None
    with busy():
        preview = run_op(parent, desk.exchange.preview, path)
    if not preview.ok:
        return None
    dialog = ImportPreviewDialog(preview.value, parent)
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return None
    with busy():
        result = run_op(parent, desk.exchange.import_file, path)
    if not result.ok:
        return None
    conflicts = run_op(parent, desk.exchange.conflict_count, result.value.trajectory_ids)
    _confirm(
        parent,
        notify,
        QtCore.QCoreApplication.translate("exchange", "Ingelezen"),
        import_summary(result.value, conflicts.value if conflicts.ok else 0),
    )
    offer_merges(parent, desk)
    return result.value


# --- the hub: "Gegevens uitwisselen" (issue #20) ----------------------------------------------
class ExchangeHubDialog(TouchDialog):
    """Every exchange in one place, one tap from the main screen and the candidate's page:
    read a file in, give a file to the jobcoach (or, on the jobcoach's laptop, to each
    employer), update through the shared folder. Each action closes the hub and is
    confirmed in words that name what happened."""

    def __init__(
        self, desk: Desk, parent=None, *, notify=None, trajectory_id: str | None = None, sync=None
    ):
        super().__init__(parent, name="exchangeHubDialog")
        self.desk = desk
        self.notify = notify
        self.sync = sync
        self.trajectory_id = trajectory_id
        self.scope = desk.exchange.scope()
        self.device_text = label(role="muted", wrap=True, name="hubDevice")
        self.body.addWidget(self.device_text)
        content = QtWidgets.QWidget()
        inner = QtWidgets.QVBoxLayout(content)
        inner.setContentsMargins(0, 0, theme.SPACING_S, 0)
        inner.setSpacing(theme.SPACING_S)
        self.in_title = label(name="hubInTitle")
        self.in_title.setProperty("role", "subheading")
        inner.addWidget(self.in_title)
        self.import_button = self._action(inner, "hubImportButton", self._on_import)
        self.sync_button = None
        if desk.exchange.sync_folder() is not None:
            self.sync_button = self._action(inner, "hubSyncButton", self._on_sync)
        self.out_title = label(name="hubOutTitle")
        self.out_title.setProperty("role", "subheading")
        inner.addSpacing(theme.SPACING_S)
        inner.addWidget(self.out_title)
        self.out_buttons: list[tuple[TouchButton, str]] = []  # (button, text)
        if trajectory_id is not None:
            name = desk.trajectories.overview(trajectory_id).candidate.name
            button = self._action(inner, "hubTrajectoryButton", self._on_trajectory)
            self.out_buttons.append((button, self.tr("Alleen {name}").format(name=name)))
        employers = [
            e
            for e in desk.people.employers()
            if self.scope.allows(e.id) and desk.trajectories.summaries(employer_id=e.id, limit=1)
        ]
        self.per_employer_button = None
        if self.scope.kind == "jobcoach":
            if len(employers) > 1:
                self.per_employer_button = self._action(
                    inner, "hubPerEmployerButton", lambda: self._run(export_per_employer)
                )
                self.out_buttons.append(
                    (
                        self.per_employer_button,
                        self.tr("Voor elk leerbedrijf een eigen bestand ({n})").format(
                            n=len(employers)
                        ),
                    )
                )
            for i, employer in enumerate(employers):
                button = self._action(
                    inner,
                    f"hubEmployer{i}",
                    lambda _=False, e=employer.id: self._run(export_for, e),
                )
                self.out_buttons.append(
                    (button, self.tr("Bestand voor {employer}").format(employer=employer.name))
                )
        else:
            for i, employer in enumerate(employers):
                for j, (jobcoach, count) in enumerate(desk.exchange.jobcoaches_of(employer.id)):
                    button = self._action(
                        inner,
                        f"hubJobcoach{i}_{j}",
                        lambda _=False, e=employer.id, p=jobcoach.id: self._run(export_for, e, p),
                    )
                    self.out_buttons.append(
                        (
                            button,
                            self.tr("Voor jobcoach {name} ({n} kandidaat/kandidaten)").format(
                                name=jobcoach.name, n=count
                            ),
                        )
                    )
                button = self._action(
                    inner,
                    f"hubEmployer{i}",
                    lambda _=False, e=employer.id: self._run(export_for, e),
                )
                self.out_buttons.append(
                    (
                        button,
                        self.tr("Alle trajecten van {employer}").format(employer=employer.name),
                    )
                )
        self.nothing_out = label(role="small", wrap=True, name="hubNothingOut")
        self.nothing_out.setVisible(not self.out_buttons)
        inner.addWidget(self.nothing_out)
        inner.addStretch(1)
        self.body.addWidget(_scroll(content), 1)
        self.close_button = self.add_button("", name="closeHubButton", stretch_before=True)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.resize(720, 560)

    def _action(self, layout, name: str, slot) -> TouchButton:
        button = TouchButton(big=True, name=name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gegevens uitwisselen"))
        self.heading.setText(self.tr("Gegevens uitwisselen"))
        names = [e.name for e in self.desk.people.employers() if e.id in self.scope.employer_ids]
        if self.scope.kind == "jobcoach":
            text = self.tr(
                "Dit is de laptop van een jobcoach: u wisselt per leerbedrijf uit. "
                "Elk leerbedrijf krijgt alleen de eigen kandidaten."
            )
        elif self.scope.kind == "employer":
            text = self.tr(
                "Deze computer hoort bij {employers}. Gegevens van andere "
                "leerbedrijven komen hier niet binnen."
            ).format(employers=", ".join(names))
        else:
            text = self.tr(
                "Deze computer hoort nog bij geen leerbedrijf. Het eerste bestand "
                "dat u inleest, bepaalt dat."
            )
        self.device_text.setText(
            text + " " + self.tr("Wijzigen kan in Instellingen › Uitwisselen.")
        )
        self.in_title.setText(self.tr("Binnenhalen"))
        self.import_button.setText(self.tr("Uitwisselbestand inlezen…"))
        if self.sync_button is not None:
            self.sync_button.setText(self.tr("Gedeelde map nu bijwerken"))
        self.out_title.setText(self.tr("Meegeven"))
        for button, text in self.out_buttons:
            button.setText(text.replace("&", "&&"))  # "Groen & Zo": no keyboard mnemonic
            button.setAccessibleName(text)
        self.nothing_out.setText(self.tr("Er zijn nog geen trajecten om mee te geven."))
        self.close_button.setText(self.tr("Sluiten"))

    # Actions: the hub closes first; choosers and confirmations open on the window.
    def _run(self, function, *args):
        parent = self.parentWidget() or self
        self.accept()
        self.result_value = function(parent, self.desk, *args, notify=self.notify)

    def _on_import(self) -> None:
        self._run(lambda parent, desk, notify: import_bundle(parent, desk, notify=notify))

    def _on_trajectory(self) -> None:
        self._run(
            lambda parent, desk, notify: export_bundle(
                parent, desk, self.trajectory_id, notify=notify
            )
        )

    def _on_sync(self) -> None:
        parent = self.parentWidget() or self
        self.accept()
        with busy():
            if self.sync is not None:
                result = self.sync.run_round()
            else:
                outcome = run_op(parent, self.desk.exchange.sync_round)
                result = outcome.value if outcome.ok else None
        if result is not None:
            _confirm(parent, self.notify, self.tr("Gedeelde map"), sync_summary(result))


def sync_summary(result) -> str:
    """What one round with the shared folder did, in words with names."""
    parts = [import_summary(p) for p in result.imported if not p.nothing_new]
    if result.written_all:
        parts.append(
            QtCore.QCoreApplication.translate(
                "exchange", "De wijzigingen van deze computer staan in de map ({n} bestand(en))."
            ).format(n=len(result.written_all))
        )
    if not parts:
        parts.append(
            QtCore.QCoreApplication.translate("exchange", "Bijgewerkt: er was niets nieuws.")
        )
    return " ".join(parts)


def open_hub(parent, desk: Desk, *, notify=None, trajectory_id: str | None = None, sync=None):
    dialog = ExchangeHubDialog(desk, parent, notify=notify, trajectory_id=trajectory_id, sync=sync)
    dialog.exec()
    return dialog


# --- likely duplicates ----------------------------------------------------------------------
class MergeDialog(TouchDialog):
    """Two records of one person: choose which one stays; the other's trajectories move."""

    def __init__(self, desk: Desk, duplicate, parent=None):
        super().__init__(parent, name="mergeDialog")
        self.desk = desk
        self.duplicate = duplicate
        self.intro = label(wrap=True, name="mergeIntro")
        self.body.addWidget(self.intro)
        group = QtWidgets.QButtonGroup(self)
        self.choices: list[tuple[TouchRadioButton, QtWidgets.QLabel, object]] = []
        for i, candidate in enumerate((duplicate.keep, duplicate.drop)):
            card = QtWidgets.QFrame()
            card.setProperty("role", "card")
            inner = QtWidgets.QVBoxLayout(card)
            inner.setContentsMargins(
                theme.SPACING_M, theme.SPACING_S, theme.SPACING_M, theme.SPACING_S
            )
            inner.setSpacing(2)
            radio = TouchRadioButton()
            radio.setObjectName(f"mergeKeep{i}")
            details = label(role="small", wrap=True, name=f"mergeDetails{i}")
            inner.addWidget(radio)
            inner.addWidget(details)
            group.addButton(radio)
            self.body.addWidget(card)
            self.choices.append((radio, details, candidate))
        self.choices[0][0].setChecked(True)
        self.safety = label(role="small", wrap=True, name="mergeSafety")
        self.body.addWidget(self.safety)
        self.body.addStretch(1)
        self.later_button = self.add_button("", name="mergeLaterButton", stretch_before=True)
        self.merge_button = self.add_button("", role="primary", name="confirmMergeButton")
        self.later_button.clicked.connect(self.reject)
        self.merge_button.clicked.connect(self.accept)
        self.retranslate()
        self.resize(760, 540)

    def _trajectories_of(self, candidate) -> list:
        return [
            s
            for s in self.desk.trajectories.summaries(search=candidate.name)
            if s.candidate_id == candidate.id
        ]

    def retranslate(self) -> None:
        d = self.duplicate
        self.setWindowTitle(self.tr("Twee keer dezelfde kandidaat?"))
        self.heading.setText(self.tr("Twee keer dezelfde kandidaat?"))
        born = long_date(d.keep.birth_date) if d.keep.birth_date else ""
        self.intro.setText(
            (
                self.tr("{name}, geboren {born}, staat er twee keer in.")
                if born
                else self.tr("{name} staat er twee keer in.")
            ).format(name=d.keep.name, born=born)
            + " "
            + self.tr(
                "Waarschijnlijk is de kandidaat op twee computers ingevoerd. Kies wie blijft."
            )
        )
        for i, (radio, details, candidate) in enumerate(self.choices):
            text = self.tr("{name} houden").format(name=candidate.name)
            text += "  " + (
                self.tr("(eerst ingevoerd)") if i == 0 else self.tr("(later ingevoerd)")
            )
            radio.setText(text)
            radio.setAccessibleName(text)
            trajectories = self._trajectories_of(candidate)
            if trajectories:
                details.setText(
                    "\n".join(
                        self.tr("Traject bij {employer}: {guide}, gestart {date}").format(
                            employer=s.employer_name,
                            guide=s.guide_title,
                            date=long_date(s.start_date),
                        )
                        for s in trajectories
                    )
                )
            else:
                details.setText(self.tr("Geen trajecten"))
            radio.setAccessibleDescription(details.text())
        self.safety.setText(
            self.tr(
                "Er gaat niets verloren: de trajecten en beoordelingen van de andere gaan mee naar "
                "de kandidaat die blijft. Andere computers doen hetzelfde na de volgende "
                "uitwisseling."
            )
        )
        self.later_button.setText(self.tr("Nu niet"))
        self.merge_button.setText(self.tr("Samenvoegen"))

    def keep_and_drop(self) -> tuple[str, str]:
        keep = next(c for r, _d, c in self.choices if r.isChecked())
        drop = next(c for r, _d, c in self.choices if not r.isChecked())
        return keep.id, drop.id


def offer_person_merges(parent, desk: Desk) -> int:
    """One trainer or jobcoach, two records (issue #20): offer each once (older record kept);
    stops at the first "Nu niet". Returns merges done."""
    from praktijkdesk.ui.dialogs import message

    done = 0
    offered: set[tuple[str, str]] = set()
    while True:
        pending = [
            d
            for d in desk.exchange.likely_duplicate_people()
            if (d.keep.id, d.drop.id) not in offered
        ]
        if not pending:
            return done
        duplicate = pending[0]
        offered.add((duplicate.keep.id, duplicate.drop.id))
        role = (
            QtCore.QCoreApplication.translate("exchange", "praktijkopleider")
            if duplicate.keep.role.value == "trainer"
            else QtCore.QCoreApplication.translate("exchange", "jobcoach")
        )
        if not message.ask(
            parent,
            QtCore.QCoreApplication.translate("exchange", "Twee keer dezelfde persoon?"),
            QtCore.QCoreApplication.translate(
                "exchange",
                "{name} ({role}) staat er twee keer in, waarschijnlijk ingevoerd op twee "
                "computers. Samenvoegen? Er gaat niets verloren: alle beoordelingen blijven "
                "staan, op naam van {name}. Andere computers doen hetzelfde na de volgende "
                "uitwisseling.",
            ).format(name=duplicate.keep.name, role=role),
            QtCore.QCoreApplication.translate("exchange", "Samenvoegen"),
            QtCore.QCoreApplication.translate("exchange", "Nu niet"),
        ):
            return done
        if run_op(parent, desk.exchange.merge_people, duplicate.keep.id, duplicate.drop.id).ok:
            done += 1


def offer_merges(parent, desk: Desk) -> int:
    """Offer each likely duplicate once (candidates, then people); stops at the first
    "Nu niet". Returns merges done."""
    done = 0
    offered: set[tuple[str, str]] = set()
    while True:
        pending = [
            d for d in desk.exchange.likely_duplicates() if (d.keep.id, d.drop.id) not in offered
        ]
        if not pending:
            return done + offer_person_merges(parent, desk)
        duplicate = pending[0]
        offered.add((duplicate.keep.id, duplicate.drop.id))
        dialog = MergeDialog(desk, duplicate, parent)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return done
        keep_id, drop_id = dialog.keep_and_drop()
        if run_op(parent, desk.exchange.merge_candidates, keep_id, drop_id).ok:
            done += 1
