"""`praktijkdesk tour OUTDIR`: every main screen with demo data, as PNGs at two sizes.

Runs on a fresh temporary data folder filled with demo data, or on a *copy* of
``--data-dir`` (the tour taps behaviours; your own data is never changed).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.people import Role
from praktijkdesk.paths import DATABASE_NAME
from praktijkdesk.platform import make_folder, write_bytes_atomically

SIZES = ((1280, 800), (1024, 600))
SCREENS = (
    "person-picker",
    "candidates",
    "candidates-filtered",
    "new-candidate",
    "trajectory-overview",
    "checklist",
    "conclusion-proposal",
    "settings",
    "long-names-overview",
    "long-names-checklist",
    "declaration",
    "candidate-mode",
    "candidate-mode-work-process",
)


def _settle(rounds: int = 6) -> None:
    app = QtWidgets.QApplication.instance()
    for _ in range(rounds):
        app.processEvents()
        QtCore.QThread.msleep(5)
    app.processEvents()


def _with_dialog(window: QtWidgets.QWidget, dialog: QtWidgets.QWidget) -> QtGui.QPixmap:
    """The window dimmed with the dialog on top, as the user sees it."""
    shot = window.grab()
    painter = QtGui.QPainter(shot)
    painter.fillRect(
        QtCore.QRect(QtCore.QPoint(0, 0), window.size()), QtGui.QColor(20, 30, 35, 110)
    )
    dialog_shot = dialog.grab()
    x = (window.width() - dialog.width()) // 2
    y = max(0, (window.height() - dialog.height()) // 2)
    painter.drawPixmap(x, y, dialog_shot)
    painter.end()
    return shot


def _prepare_folder(folder: Path, source: Path | None) -> None:
    from praktijkdesk.desk import Desk

    folder.mkdir(parents=True, exist_ok=True)
    if source is not None:
        with Desk.open(source) as original:
            original.backup("tour", folder / DATABASE_NAME)
    with Desk.open(folder) as desk:
        if not desk.trajectories.candidates():
            desk.demo.load()


def _write_png(path: Path, pixmap: QtGui.QPixmap) -> None:
    """Screenshots may show a copy of real data: 0600, whole or not at all (platform)."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    write_bytes_atomically(path, bytes(buffer.data()), overwrite=True)  # a new tour replaces


def run_tour(outdir: Path, data_dir: Path | None = None) -> list[Path]:
    from praktijkdesk.desk import Desk
    from praktijkdesk.ui.application import configure_for_desk, create_application
    from praktijkdesk.ui.dialogs.issue_declaration import IssueDeclarationDialog
    from praktijkdesk.ui.dialogs.new_candidate_wizard import NewCandidateWizard
    from praktijkdesk.ui.main_window import MainWindow

    app = create_application()
    outdir = Path(outdir)
    make_folder(outdir)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="praktijkdesk-tour-") as tmp:
        folder = Path(tmp) / "data"
        _prepare_folder(folder, Path(data_dir) if data_dir else None)
        desk = Desk.open(folder)
        try:
            configure_for_desk(app, desk)
            window = MainWindow(desk)
            window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, False)
            trainer = _trainer_of_richest(desk)
            for width, height in SIZES:
                window.resize(width, height)
                window.show()
                _settle()

                def save(name: str, pixmap: QtGui.QPixmap | None = None, w=width, h=height) -> None:
                    _settle()
                    path = outdir / f"screen-{name}-{w}x{h}.png"
                    _write_png(path, pixmap or window.grab())
                    written.append(path)

                window.events.set_person(None)
                window.show_picker()
                save("person-picker")

                window.set_person(trainer)
                window.show_candidates()
                window.candidates.search.clear()
                window.candidates.ready_filter.setChecked(False)
                window.candidates.refresh()
                save("candidates")

                window.candidates.ready_filter.setChecked(True)
                save("candidates-filtered")
                window.candidates.ready_filter.setChecked(False)

                wizard = NewCandidateWizard(desk, window)
                wizard.preset(trainer)
                wizard.name_edit.setText("Lotte Visser")
                wizard.birth_edit.setText("02-09-1998")
                wizard._go(2)
                wizard.resize(min(760, width - 80), min(600, height - 40))
                wizard.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
                wizard.show()
                _settle()
                save("new-candidate", _with_dialog(window, wizard))
                wizard.close()
                wizard.deleteLater()

                summary = _showcase(desk)
                if summary is not None:
                    window.open_trajectory(summary.id)
                    save("trajectory-overview")
                progress = (
                    desk.trajectories.overview(summary.id).progress.work_processes
                    if summary is not None
                    else ()
                )
                # Any data folder: with nothing marked yet, the first work process will do.
                marked = next(
                    (wp for wp in progress if not wp.concluded and (wp.mastered or wp.practising)),
                    progress[0] if progress else None,
                )
                if marked is not None:
                    window.open_checklist(summary.id, marked.code)
                    save("checklist")

                proposal = next((wp for wp in reversed(progress) if not wp.concluded), None)
                if proposal is not None and summary.status.value == "active":
                    window.open_checklist(summary.id, proposal.code)
                    _settle()
                    for row in window.checklist.rows:
                        if row.isVisible() and row.toggle.status() is not MarkStatus.MASTERED:
                            row.toggle.buttons[MarkStatus.MASTERED].click()
                    _settle()
                    window.checklist.celebration.show_frame(0.33)
                    save("conclusion-proposal")
                    window.checklist.celebration.skip()

                # The kandidaatscherm (issue #16), as it looks where a Dutch voice exists.
                learning = _learning(desk)
                if learning is not None:
                    _candidate_mode(window, learning.id, width, height, save)

                # The longest names and titles: they wrap, nothing is cut off (issue 10).
                longest = _longest_names(desk)
                if longest is not None:
                    window.open_trajectory(longest.id)
                    save("long-names-overview")
                    codes = desk.trajectories.resolve(longest.id).work_processes
                    window.open_checklist(longest.id, _longest_title(desk, longest.id, codes))
                    save("long-names-checklist")

                declarable = _declarable(desk)
                if declarable is not None:
                    dialog = IssueDeclarationDialog(
                        desk, window.events, declarable.id, trainer, window
                    )
                    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
                    QtWidgets.QWidget.resize(dialog, min(1000, width), min(760, height - 32))
                    dialog.show()
                    _settle()
                    save("declaration", _with_dialog(window, dialog))
                    dialog.close()
                    dialog.deleteLater()

                window.show_settings()
                save("settings")
            window.close()
        finally:
            # The window goes before its Desk: nothing may later ask a closed database.
            for widget in QtWidgets.QApplication.topLevelWidgets():
                if getattr(widget, "desk", None) is desk:
                    widget.close()
                    widget.deleteLater()
            QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
            desk.close()
    return written


class _VoiceShown(QtCore.QObject):
    """The tour shows the speaker buttons as they are where a Dutch voice exists; it never
    speaks (a tour runs on build machines without sound)."""

    availability_changed = QtCore.Signal(bool)
    available = True

    def say(self, text: str) -> bool:
        return True


def _candidate_mode(window, trajectory_id: str, width: int, height: int, save) -> None:
    window.speaker = window.speaker or _VoiceShown(window)
    view = window.open_candidate_view(trajectory_id)
    view.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(width, height)
    _settle()
    save("candidate-mode", view.grab())
    # A work process partly mastered: checks, and "Dit kan ik" (one said) for the rest.
    card = max(view.cards, key=lambda c: (0 < c.card.mastered < c.card.total, c.card.mastered))
    view.open_work_process(card.card.code)
    _settle()
    open_rows = [r for r in view.rows if r.self_view_button is not None]
    if open_rows and not any(r.behaviour.self_view for r in open_rows):
        open_rows[0].self_view_button.click()
        _settle()
    save("candidate-mode-work-process", view.grab())
    view.leave()
    _settle()


def _learning(desk):
    """The trajectory with the most mastered while still learning (the kandidaatscherm)."""
    summaries = desk.trajectories.summaries()
    learning = [
        s for s in summaries if 0 < s.progress.behaviours_mastered < s.progress.behaviours_total
    ]
    if not learning:
        return summaries[0] if summaries else None
    return max(learning, key=lambda s: s.progress.behaviours_mastered)


def _showcase(desk):
    """A trajectory partly done: some work processes concluded, some in progress."""
    summaries = desk.trajectories.summaries()
    for summary in summaries:
        p = summary.progress
        if 0 < p.concluded_count < p.chosen_count - 1:
            return summary
    return summaries[0] if summaries else None


def _longest_names(desk):
    """The trajectory whose candidate and employer names are longest (None when empty)."""
    summaries = desk.trajectories.summaries()
    if not summaries:
        return None
    return max(summaries, key=lambda s: len(s.candidate_name) + len(s.employer_name))


def _longest_title(desk, trajectory_id: str, codes) -> str:
    guide = desk.guides.get(desk.trajectories.resolve(trajectory_id).guide_key)
    return max(codes, key=lambda code: len(guide.work_process(code).title))


def _declarable(desk):
    """The trajectory with the most work processes for a declaration (None when none has)."""
    summaries = [s for s in desk.trajectories.summaries() if s.progress.concluded_count]
    if not summaries:
        return None
    return max(summaries, key=lambda s: (len(s.candidate_name), s.progress.concluded_count))


def _trainer_of_richest(desk):
    summary = _showcase(desk)
    name = summary.trainer_name if summary is not None else None
    for person in desk.people.people(Role.TRAINER):
        if person.name == name:
            return person
    return desk.people.people()[0]


def copy_screenshots(outdir: Path, target: Path, names: tuple[str, ...]) -> None:
    """Copy chosen 1280×800 shots to docs/images/screen-<name>.png."""
    for name in names:
        shutil.copyfile(outdir / f"screen-{name}-1280x800.png", target / f"screen-{name}.png")
