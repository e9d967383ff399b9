"""Services are built once, with their collaborators passed in (issue #12).

No service reaches back into the Desk; a restore replaces the database content in place and
keeps every service object, so a screen holding ``desk.marking`` goes on working."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from praktijkdesk.desk import Desk
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.services.base import Service
from praktijkdesk.services.marking import MarkingService

SERVICES = Path(__file__).resolve().parents[2] / "praktijkdesk" / "services"
SERVICE_NAMES = (
    "backups",
    "schools",
    "people",
    "guides",
    "trajectories",
    "declarations",
    "marking",
    "demo",
    "exchange",
    "reports",
    "privacy",
    "attention",
)


def _desk_references(source: str) -> list[int]:
    """Lines that use an attribute or name ``desk``, or import praktijkdesk.desk."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "desk":
            lines.append(node.lineno)
        elif isinstance(node, ast.Name) and node.id == "desk":
            lines.append(node.lineno)
        elif isinstance(node, ast.arg) and node.arg == "desk":
            lines.append(node.lineno)
        elif (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").endswith("desk")
            and node.module != "praktijkdesk"
        ):
            lines.append(node.lineno)
    return lines


def test_the_check_catches_a_back_reference():
    assert _desk_references("class S:\n    def f(self):\n        return self.desk.people\n")
    assert _desk_references("def violations(desk, bundle):\n    return desk.db\n")
    assert _desk_references("from praktijkdesk.desk import Desk\n")
    assert not _desk_references("from praktijkdesk.storage import marks\nx = 'self.desk'\n")


@pytest.mark.parametrize("path", sorted(SERVICES.glob("*.py")), ids=lambda p: p.name)
def test_no_service_module_refers_to_the_desk(path):
    assert _desk_references(path.read_text(encoding="utf-8")) == [], path.name


def test_every_service_is_built_once_without_the_desk(desk):
    for name in SERVICE_NAMES:
        service = getattr(desk, name)
        assert not hasattr(service, "desk"), name
    # Collaborators are the Desk's own objects, not copies.
    assert desk.marking._trajectories is desk.trajectories
    assert desk.privacy._exchange is desk.exchange
    assert isinstance(desk.marking, Service)


def test_a_screen_holding_marking_goes_on_after_a_restore(desk, trainer, trajectory, monkeypatch):
    built = []
    original = MarkingService.__init__
    monkeypatch.setattr(
        MarkingService, "__init__", lambda self, **kw: (built.append(1), original(self, **kw))[1]
    )
    marking, guides, device = desk.marking, desk.guides, desk.device_id
    code = trajectory.work_processes[0]
    behaviour = marking.checklist(trajectory.id, code).items[0].behaviour
    before = desk.backups.backup_now()
    marking.record_mark(trajectory.id, behaviour.id, MarkStatus.MASTERED, trainer.id)
    heard = []
    desk.subscribe(heard.append)

    desk.restore_backup(before.path)

    assert desk.marking is marking and desk.guides is guides and built == []
    assert heard and heard[-1].marks and heard[-1].people and heard[-1].settings
    # The held service reads the restored content: the mark made after the backup is gone.
    assert marking.checklist(trajectory.id, code).items[0].mark is None
    # ... and writes on it, still as this device.
    mark = marking.record_mark(trajectory.id, behaviour.id, MarkStatus.PRACTISING, trainer.id)
    assert mark.device_id == device == desk.device_id
    assert marking.checklist(trajectory.id, code).items[0].mark.status is MarkStatus.PRACTISING


def test_a_restore_from_another_device_keeps_this_devices_id(desk, trajectory, tmp_path):
    assert desk.trajectories.summaries()
    with Desk.open(tmp_path / "ander", clock=desk.clock) as other:
        theirs = other.device_id
        backup = other.backups.backup_now()
    assert theirs != desk.device_id
    mine = desk.device_id
    desk.restore_backup(backup.path)
    assert desk.device_id == mine
    assert desk.setting("device_id") == mine
    # Through the service objects held from before: the data is the other folder's now.
    assert desk.trajectories.summaries() == []


def _unannotated(path: Path) -> list[str]:
    """Public functions and methods (and every __init__) with a parameter or return unannotated."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    functions = [(None, f) for f in tree.body if isinstance(f, ast.FunctionDef)]
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        functions += [(cls.name, f) for f in cls.body if isinstance(f, ast.FunctionDef)]
    for owner, fn in functions:
        if fn.name.startswith("_") and fn.name != "__init__":
            continue
        args = fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs
        if owner is not None:
            args = args[1:]  # self / cls
        if fn.returns is None or any(a.annotation is None for a in args):
            found.append(f"{path.name}:{fn.lineno} {owner + '.' if owner else ''}{fn.name}")
    return found


def test_the_desk_and_services_are_typed():
    package = SERVICES.parent
    missing = [
        m for p in [package / "desk.py", *sorted(SERVICES.glob("*.py"))] for m in _unannotated(p)
    ]
    assert missing == []
    assert _unannotated_example()


def _unannotated_example() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.py"
        path.write_text("class S:\n    def go(self, desk) -> None:\n        pass\n")
        return _unannotated(path)


def test_screens_and_dialogs_say_they_take_a_desk():
    ui = SERVICES.parent / "ui"
    untyped = []
    for path in sorted(ui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.FunctionDef)
                and not node.name.startswith("_")
                or (isinstance(node, ast.FunctionDef) and node.name == "__init__")
            ):
                untyped += [
                    f"{path.name}:{node.lineno} {node.name}"
                    for a in node.args.args
                    if a.arg == "desk" and a.annotation is None
                ]
    assert untyped == []
