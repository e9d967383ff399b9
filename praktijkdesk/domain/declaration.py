"""The praktijkverklaring: what it may list, the immutable snapshot that is printed, and the
issued ``Declaration`` itself.

A snapshot holds everything the printed page shows, as plain data, so a reprint never
depends on the guide or the candidate's data as they are today. A ``Declaration`` is one
issued praktijkverklaring: its number, who issued it and when, the snapshot as its content,
the sha256 of the PDF stored at issuing, whether it was withdrawn, and the signatures given on
it. Storage maps its rows to this class (storage/declarations.py); the services and the
screens use it as it is. The PDF bytes themselves stay in storage (read them when printing).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field

from praktijkdesk.domain.guide import Guide
from praktijkdesk.domain.progress import TrajectoryProgress
from praktijkdesk.errors import InvalidInput, NothingMastered

SIGNATURE_ROLES = ("trainer", "candidate", "manager", "school")
SIGNATURE_ROLE_LABELS = {
    "trainer": "Praktijkopleider",
    "candidate": "Kandidaat",
    "manager": "Leidinggevende",
    "school": "Namens de mbo-instelling",
}


@dataclass(frozen=True)
class DeclaredWorkProcess:
    code: str
    title: str


@dataclass(frozen=True)
class DeclaredCoreTask:
    code: str
    title: str
    work_processes: tuple[DeclaredWorkProcess, ...]


@dataclass(frozen=True)
class SignatureLine:
    """A block to sign: the role, and the name printed under it (may be empty)."""

    role: str
    name: str = ""


@dataclass(frozen=True)
class Signature:
    """A handwritten signature, bound to the exact snapshot it was given on.

    ``strokes`` are the pen's polylines, each a tuple of (x, y) points in pad pixels: origin
    top-left, y downwards, the same scale on both axes (any unit works if x and y share it).
    The PDF fits the strokes' bounding box into the signature box, keeping the aspect ratio,
    so the pad's size need not be stored. ``signed_at`` is UTC ISO-8601.
    A signature whose ``snapshot_sha256`` differs from the snapshot's ``sha256()`` was given on
    other data and is never printed.
    """

    role: str
    name: str
    signed_at: str
    strokes: tuple[tuple[tuple[float, float], ...], ...]
    snapshot_sha256: str

    def is_for(self, snapshot: DeclarationSnapshot) -> bool:
        return self.snapshot_sha256 == snapshot.sha256()


@dataclass(frozen=True)
class DeclarationSnapshot:
    number: str  # "PV-2026-0007"
    issued_at: str  # UTC ISO-8601; also the PDF creation date, for identical reprints
    candidate_name: str
    candidate_birth_date: str | None
    qualification_name: str
    qualification_crebo: str
    qualification_level: str
    qualification_file: str  # kwalificatiedossier (and version) as the guide names it
    guide_title: str
    guide_version: str
    employer_name: str
    employer_place: str
    employer_sbb_number: str
    trainer_name: str
    core_tasks: tuple[DeclaredCoreTask, ...]
    period_start: str
    period_end: str
    place: str
    date: str  # the local date printed next to the place, ISO
    organisation_name: str = ""
    signature_lines: tuple[SignatureLine, ...] = field(default_factory=tuple)
    draft: bool = False  # a *CONCEPT*, never issued
    # Added with the school (schema step 6). Left out of the JSON while they have their
    # default, so a snapshot issued before keeps its exact JSON, its sha256 and thereby
    # the signatures bound to it.
    school_name: str = ""
    school_brin: str = ""
    school_place: str = ""
    school_wording: str = ""  # a key of domain.school.WORDINGS
    qualification_file_version: str = ""
    example: bool = False  # from an example guide: a VOORBEELD, never issued
    # The page's wording: 1 = as issued before the school (kept for their reprints and
    # signed copies), 2 = with the school's sentence and no product name.
    layout: int = 1

    def work_process_codes(self) -> list[str]:
        return [wp.code for ct in self.core_tasks for wp in ct.work_processes]

    def to_json(self) -> str:
        data = asdict(self)
        for name, default in _LATER_FIELDS.items():
            if data[name] == default:
                del data[name]
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> DeclarationSnapshot:
        data = json.loads(text)
        data["core_tasks"] = tuple(
            DeclaredCoreTask(
                ct["code"],
                ct["title"],
                tuple(DeclaredWorkProcess(**wp) for wp in ct["work_processes"]),
            )
            for ct in data["core_tasks"]
        )
        data["signature_lines"] = tuple(SignatureLine(**s) for s in data["signature_lines"])
        return cls(**data)

    def sha256(self) -> str:
        """What a signature is bound to: any change to what was signed changes this."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Declaration:
    """An issued praktijkverklaring (immutable once issued, except for withdrawing and
    signing, which are recorded beside it)."""

    id: str
    number: str  # "25LH-2026-K7QD-0007"
    trajectory_id: str
    issued_at: str  # UTC ISO-8601
    issued_by: str  # person id
    snapshot: DeclarationSnapshot  # the content: everything the page shows
    sha256: str  # of the PDF bytes stored at issuing (unsigned)
    withdrawn_at: str | None = None
    withdrawn_by: str | None = None
    withdrawn_reason: str | None = None
    signatures: tuple[Signature, ...] = ()  # as stored, stale ones included
    # Names of issued_by / withdrawn_by as they are now, for the screens; filled in by the
    # service (storage leaves them empty: the ids are what is stored).
    issued_by_name: str = ""
    withdrawn_by_name: str = ""

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def valid_signatures(self) -> tuple[Signature, ...]:
        return tuple(s for s in self.signatures if s.is_for(self.snapshot))

    @property
    def stale_signatures(self) -> tuple[Signature, ...]:
        return tuple(s for s in self.signatures if not s.is_for(self.snapshot))

    @property
    def signed(self) -> bool:
        return bool(self.valid_signatures)

    def signature_roles(self) -> list[str]:
        """The roles with a block on this declaration, in print order."""
        return [line.role for line in self.snapshot.signature_lines]

    def unsigned_roles(self) -> list[str]:
        done = {s.role for s in self.valid_signatures}
        return [role for role in self.signature_roles() if role not in done]

    def file_name(self) -> str:
        return pdf_file_name(self.number, self.snapshot.candidate_name)


def pdf_file_name(number: str, candidate_name: str) -> str:
    """A file name to suggest: 'PV-2026-0007 Şükrü Öztürk.pdf' (no path separators)."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", f"{number} {candidate_name}").strip()
    return f"{' '.join(safe.split())}.pdf"


_LATER_FIELDS = {
    "school_name": "",
    "school_brin": "",
    "school_place": "",
    "school_wording": "",
    "qualification_file_version": "",
    "example": False,
    "layout": 1,
}
LAYOUT = 2  # what build_snapshot writes now


def declarable_work_processes(progress: TrajectoryProgress) -> list[str]:
    """Chosen work processes concluded *beheerst*: the only ones a declaration may list."""
    return [wp.code for wp in progress.work_processes if wp.concluded]


def choose_work_processes(progress: TrajectoryProgress, wanted: list[str] | None) -> list[str]:
    """The work processes to declare; refuses anything not concluded *beheerst*."""
    allowed = declarable_work_processes(progress)
    if not allowed:
        raise NothingMastered(
            "Er is nog geen werkproces afgerond als beheerst. "
            "Een praktijkverklaring kan pas als minstens één werkproces beheerst is."
        )
    if wanted is None:
        return allowed
    refused = [code for code in wanted if code not in allowed]
    if refused:
        raise InvalidInput(
            "Deze werkprocessen zijn niet afgerond als beheerst en kunnen niet op de "
            f"verklaring: {', '.join(refused)}."
        )
    if not wanted:
        raise NothingMastered("Kies minstens één werkproces voor de verklaring.")
    return [code for code in allowed if code in wanted]


def group_by_core_task(guide: Guide, codes: list[str]) -> tuple[DeclaredCoreTask, ...]:
    chosen = set(codes)
    groups = []
    for ct in guide.core_tasks:
        wps = tuple(
            DeclaredWorkProcess(wp.code, wp.title) for wp in ct.work_processes if wp.code in chosen
        )
        if wps:
            groups.append(DeclaredCoreTask(ct.code, ct.title, wps))
    return tuple(groups)


def number_prefix(series: str, year: int, device: str) -> str:
    """'25LH-2026-K7QD-': the school's series (or PV), the year and this device's code.

    The device code keeps two devices that issue for the same school apart: each counts its
    own numbers, so no two devices can ever hand out the same number, even offline.
    """
    return f"{series}-{year}-{device}-"


def declaration_number(prefix: str, sequence: int) -> str:
    return f"{prefix}{sequence:04d}"
