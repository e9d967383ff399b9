"""Instellingen: schools, employer details (SBB warning) and the registration list; the
wizard offers the employer's school."""

from __future__ import annotations

import csv
import io

from PySide6 import QtCore

from praktijkdesk.domain.school import NO_SBB_WARNING
from praktijkdesk.services.demo import SCHOOL, demo_id
from praktijkdesk.ui.dialogs.new_candidate_wizard import NewCandidateWizard
from praktijkdesk.ui.dialogs.school import EmployerDialog, SchoolDialog
from praktijkdesk.ui.screens.school_section import SchoolSection
from tests.services.declaration_data import master, school_guide_key


def click(qtbot, widget):
    qtbot.mouseClick(widget, QtCore.Qt.MouseButton.LeftButton)


def test_adding_a_school_checks_the_brin_code_and_changes_nothing_when_wrong(
    qtbot, app, gui_desk, monkeypatch
):
    shown = []
    monkeypatch.setattr(
        "praktijkdesk.ui.dialogs.message.inform",
        lambda parent, title, text, **kw: shown.append(text),
    )
    dialog = SchoolDialog(gui_desk)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("ROC Mondriaan")
    dialog.brin_edit.setText("2XLH")
    click(qtbot, dialog.ok_button)
    assert shown and "BRIN-code" in shown[0]
    assert [s.name for s in gui_desk.schools.schools()] == [SCHOOL.name]
    dialog.brin_edit.setText("25lh")
    dialog.co_signs.setChecked(True)
    dialog.wording_combo.setCurrentIndex(dialog.wording_combo.findData("registered_by"))
    click(qtbot, dialog.ok_button)
    school = gui_desk.schools.school_named("ROC Mondriaan", create=False)
    assert school.brin == "25LH" and school.co_signs and school.wording == "registered_by"


def test_employer_details_warn_while_the_sbb_number_is_missing(qtbot, app, gui_desk):
    employer = gui_desk.people.add_employer("Bakkerij Zonder Nummer", "Zoetermeer")
    section = SchoolSection(gui_desk)
    qtbot.addWidget(section)
    section.refresh()
    texts = [section.employers_list.item(i).text() for i in range(section.employers_list.count())]
    assert any("Bakkerij Zonder Nummer" in t and NO_SBB_WARNING in t for t in texts)
    dialog = EmployerDialog(gui_desk, employer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible() and dialog.warning.text() == NO_SBB_WARNING
    dialog.sbb_edit.setText("100 111 222")
    dialog.manager_edit.setText("Ans de Boer")
    assert not dialog.warning.isVisible()
    click(qtbot, dialog.ok_button)
    saved = gui_desk.people.employer(employer.id)
    assert saved.sbb_number == "100111222" and saved.manager_name == "Ans de Boer"
    section.refresh()
    texts = [section.employers_list.item(i).text() for i in range(section.employers_list.count())]
    assert not any(NO_SBB_WARNING in t for t in texts)


def test_the_registration_list_is_saved_from_the_settings(
    qtbot, app, gui_desk, tmp_path, monkeypatch
):
    monkeypatch.setattr("praktijkdesk.ui.dialogs.message.inform", lambda *a, **kw: None)
    fatma = gui_desk.people.person(demo_id("person", "fatma"))
    _, t = gui_desk.trajectories.add_candidate(
        name="Lotte Visser",
        employer_id=fatma.employer_id,
        trainer_id=fatma.id,
        guide_key=school_guide_key(gui_desk),
        school_id=SCHOOL.id,
    )
    master(gui_desk, t, fatma, ["B1-K1-W1"])
    issued = gui_desk.declarations.issue(t.id, fatma.id)
    section = SchoolSection(gui_desk)
    qtbot.addWidget(section)
    section.refresh()
    section.registration_school.setCurrentIndex(section.registration_school.findData(SCHOOL.id))
    assert "1 praktijkverklaring" in section.registration_count.text()
    section.save_path = str(tmp_path / "lijst")  # ".csv" is added
    assert section._on_save_registration()
    data = (tmp_path / "lijst.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][0] == issued.number and rows[1][4] == "Lotte Visser"


def test_the_wizard_offers_the_employers_school_and_saves_it(qtbot, app, gui_desk):
    wizard = NewCandidateWizard(gui_desk)
    qtbot.addWidget(wizard)
    wizard.employer_combo.setCurrentIndex(
        wizard.employer_combo.findData(demo_id("employer", "groen-en-zo"))
    )
    assert wizard.school_combo.currentText() == SCHOOL.name
    wizard.school_combo.setEditText("ROC Nieuw")  # a school typed in is created
    wizard.name_edit.setText("Lotte Visser")
    wizard.trainer_combo.setCurrentIndex(wizard.trainer_combo.findData(demo_id("person", "jan")))
    wizard._go(3)
    wizard._save()
    assert wizard.trajectory is not None
    school = gui_desk.schools.school(wizard.trajectory.school_id)
    assert school.name == "ROC Nieuw"
    assert gui_desk.people.employer(demo_id("employer", "groen-en-zo")).school_id == school.id


def test_a_jobcoach_sees_the_draft_but_cannot_issue(qtbot, app, gui_desk):
    from praktijkdesk.ui.dialogs.issue_declaration import PREVIEW, IssueDeclarationDialog

    fatma = gui_desk.people.person(demo_id("person", "fatma"))
    coach = gui_desk.people.person(demo_id("person", "marloes"))
    _, t = gui_desk.trajectories.add_candidate(
        name="Lotte Visser",
        employer_id=fatma.employer_id,
        trainer_id=fatma.id,
        guide_key=school_guide_key(gui_desk),
        school_id=SCHOOL.id,
    )
    master(gui_desk, t, fatma, ["B1-K1-W1"])
    for person, allowed in ((coach, False), (fatma, True)):
        dialog = IssueDeclarationDialog(gui_desk, None, t.id, person)
        qtbot.addWidget(dialog)
        dialog.refresh()
        click(qtbot, dialog.next_button)
        assert dialog.stack.currentIndex() == PREVIEW
        assert dialog.issue_button.isEnabled() is allowed
        if not allowed:
            assert "Alleen de praktijkopleider" in dialog.preview_hint.text()
        assert NO_SBB_WARNING not in dialog.preview_hint.text()  # the demo employer has one
    gui_desk.people.edit_employer_details(fatma.employer_id, sbb_number="")
    dialog = IssueDeclarationDialog(gui_desk, None, t.id, fatma)
    qtbot.addWidget(dialog)
    dialog.refresh()
    click(qtbot, dialog.next_button)
    assert dialog.issue_button.isEnabled() and NO_SBB_WARNING in dialog.preview_hint.text()
    # The demo's own trajectories use example guides: the trainer gets the reason, no button.
    dialog = IssueDeclarationDialog(gui_desk, None, demo_id("trajectory", "sukru"), fatma)
    qtbot.addWidget(dialog)
    dialog.refresh()
    click(qtbot, dialog.next_button)
    assert not dialog.issue_button.isEnabled() and "Praktijkloket" in dialog.preview_hint.text()


def test_the_registration_list_can_be_viewed_and_printed(qtbot, app, gui_desk):
    from tests.services.declaration_data import text_of

    fatma = gui_desk.people.person(demo_id("person", "fatma"))
    _, t = gui_desk.trajectories.add_candidate(
        name="Şükrü Öztürk-Lange",
        birth_date="1991-04-17",
        employer_id=fatma.employer_id,
        trainer_id=fatma.id,
        guide_key=school_guide_key(gui_desk),
        school_id=SCHOOL.id,
    )
    master(gui_desk, t, fatma, ["B1-K1-W1", "B1-K2-W1"])
    issued = gui_desk.declarations.issue(t.id, fatma.id)
    gui_desk.declarations.withdraw(issued.id, fatma.id, "Verkeerde kandidaat")
    section = SchoolSection(gui_desk)
    qtbot.addWidget(section)
    section.refresh()
    assert section.print_registration.isEnabled()
    dialog = section.registration_dialog()
    qtbot.addWidget(dialog)
    text = " ".join(text_of(dialog.data).split())
    for expected in (
        issued.number,
        "ingetrokken",
        "Şükrü Öztürk-Lange",
        "B1-K1-W1, B1-K2-W1",
        "SBB 100234567",
        SCHOOL.name,
        "BRIN 99ZZ",
    ):
        assert expected in text, expected
    assert dialog.save_button.isEnabled()
