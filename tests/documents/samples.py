"""Sample inputs for the document tests, the benchmark and the sample image."""

from __future__ import annotations

import math
import struct
import zlib

from praktijkdesk.domain.declaration import (
    DeclarationSnapshot,
    DeclaredCoreTask,
    DeclaredWorkProcess,
    Signature,
    SignatureLine,
)
from praktijkdesk.domain.mark import MarkStatus
from praktijkdesk.domain.progress_report import (
    BehaviourLine,
    CoreTaskLine,
    ProgressReport,
    WorkProcessLine,
)

NAMES = (
    "Şükrü Öztürk",
    "Nguyễn Thị Ánh",
    "Øyvind Ødegård",
    "Zoë Ĳsselmeer-D'Hondt",
    "Марія Шевченко",
)

SERVING = (
    "Voert voorbereidende werkzaamheden uit",
    "Neemt reserveringen aan",
    "Ontvangt gasten",
    "Adviseert gasten en neemt de bestelling op",
    "Maakt dranken serveergereed",
    "Serveert de bestelling en ruimt af",
    "Creëert en onderhoudt de sfeer",
    "Rekent de bestelling(en) af en neemt afscheid",
    "Voert afrondende werkzaamheden uit",
    "Werkt met de kassa",
)
STOCK = (
    "Controleert de voorraad",
    "Ontvangt en controleert de bestelling",
    "Pakt de bestelling uit en slaat deze op",
)


def snapshot(
    *,
    name: str = NAMES[0],
    work_processes: int = 8,
    draft: bool = False,
    roles: tuple[str, ...] = ("trainer", "candidate", "school"),
    organisation_name: str = "Werkgeversservicepunt Midden-Utrecht",
) -> DeclarationSnapshot:
    serving = tuple(
        DeclaredWorkProcess(f"B1-K1-W{i + 1}", title)
        for i, title in enumerate(SERVING[: min(work_processes, len(SERVING))])
    )
    stock = tuple(
        DeclaredWorkProcess(f"B1-K2-W{i + 1}", title)
        for i, title in enumerate(STOCK[: max(0, work_processes - len(SERVING))])
    )
    core_tasks = (DeclaredCoreTask("B1-K1", "Werkt in de bediening", serving),)
    if stock:
        core_tasks += (DeclaredCoreTask("B1-K2", "Bewaakt de voorraad", stock),)
    names = {"trainer": "Jan de Vries", "candidate": name, "manager": "Fatima el Amrani"}
    return DeclarationSnapshot(
        number="PV-2026-0007",
        issued_at="2026-03-12T09:30:00Z",
        candidate_name=name,
        candidate_birth_date="1990-03-03",
        qualification_name="Gastheer/-vrouw",
        qualification_crebo="25168",
        qualification_level="2",
        qualification_file="Bediening (crebo 23081)",
        guide_title="Horeca — Gastheer/-vrouw",
        guide_version="1.0",
        employer_name="Restaurant De Gouden Leeuw",
        employer_place="Utrecht",
        employer_sbb_number="100234567",
        trainer_name="Jan de Vries",
        core_tasks=core_tasks,
        period_start="2025-09-01",
        period_end="2026-06-30",
        place="Utrecht",
        date="2026-03-12",
        organisation_name=organisation_name,
        signature_lines=tuple(SignatureLine(role, names.get(role, "")) for role in roles),
        draft=draft,
    )


def strokes() -> tuple[tuple[tuple[float, float], ...], ...]:
    """A plausible handwritten name: a wave, a flourish and a dot, in pad pixels."""
    wave = tuple((float(x), 40 + 18 * math.sin(x / 9)) for x in range(0, 150, 3))
    flourish = tuple((160.0 + x, 20 + x * 0.8) for x in range(0, 40, 4))
    return (wave, flourish, ((200.0, 12.0),))


def signature(
    snap: DeclarationSnapshot, role: str = "trainer", *, stale: bool = False
) -> Signature:
    sha = ("0" * 64) if stale else snap.sha256()
    return Signature(role, "Jan de Vries", "2026-03-12T09:31:00Z", strokes(), sha)


def png(width: int = 120, height: int = 40) -> bytes:
    """A small valid RGB PNG (a blue band), made without any imaging library."""
    rows = b"".join(
        b"\x00"
        + bytes((31, 78, 121) if height // 3 <= y < 2 * height // 3 else (255, 255, 255)) * width
        for y in range(height)
    )

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


BEHAVIOURS = (
    "Zet de bestelling klaar volgens de picklijst",
    "Controleert de koeling aan het begin van de dienst",
    "Begroet gasten vriendelijk bij binnenkomst",
)


def progress_report(name: str = NAMES[0], *, small: bool = True) -> ProgressReport:
    def line(text: str, status: MarkStatus | None, day: int, note: str = "") -> BehaviourLine:
        if status is None:
            return BehaviourLine(text)
        return BehaviourLine(text, status, f"2026-03-{day:02d}", "Jan de Vries", note)

    prepare = WorkProcessLine(
        "B1-K1-W1",
        SERVING[0],
        (
            line(BEHAVIOURS[0], MarkStatus.MASTERED, 2),
            line(BEHAVIOURS[1], MarkStatus.MASTERED, 3, "Doet dit nu elke ochtend zelf."),
        ),
        concluded=True,
        concluded_by="Jan de Vries",
        concluded_on="2026-03-10",
    )
    guests = WorkProcessLine(
        "B1-K1-W3",
        SERVING[2],
        (
            line(BEHAVIOURS[2], MarkStatus.PRACTISING, 4, "Oefent met drukke momenten."),
            line(BEHAVIOURS[0], MarkStatus.NOT_YET, 5),
            line(BEHAVIOURS[1], None, 0),
        ),
    )
    work_processes = (prepare, guests)
    if not small:
        work_processes += tuple(
            WorkProcessLine(
                f"B1-K1-W{i}",
                SERVING[i - 1],
                tuple(line(b, MarkStatus.PRACTISING, 6) for b in BEHAVIOURS),
            )
            for i in range(4, 8)
        )
    return ProgressReport(
        candidate_name=name,
        employer_name="Restaurant De Gouden Leeuw",
        guide_title="Horeca — Gastheer/-vrouw",
        guide_version="1.0",
        trainer_name="Jan de Vries",
        jobcoach_name="Aylin Kaya",
        period_start="2025-09-01",
        period_end="2026-06-30",
        generated_at="2026-03-12T09:00:00Z",
        core_tasks=(CoreTaskLine("B1-K1", "Werkt in de bediening", work_processes),),
    )
