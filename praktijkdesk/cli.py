"""The command line: every capability scriptable without a screen (like calibredb beside calibre).

Errors go to stderr in Dutch with exit code 2 for bad input; never a traceback for a user
mistake. Qt is imported only inside the commands that show or render screens, so scripts
start fast and run on machines without Qt's system libraries.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from praktijkdesk import __version__
from praktijkdesk.errors import InvalidInput, UserError, os_reason
from praktijkdesk.paths import PORTABLE_FOLDER, enter_portable_mode, resolve_data_dir

EXIT_OK = 0
EXIT_BAD_INPUT = 2
# Windows' classic limit is 260; Linux allows 4096. A longer path is a mistake, not a place.
MAX_PATH_CHARS = 1024
FORCE_HELP = "vervang een bestand dat er al staat"

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def command(name: str):
    def register(function: Command) -> Command:
        COMMANDS[name] = function
        return function

    return register


def open_desk(args: argparse.Namespace, *, daily_backup: bool = True, damaged_ok: bool = False):
    """The Desk for the chosen data folder. ``damaged_ok``: None instead of DatabaseDamaged
    (for commands that help repair, like listing backups)."""
    from praktijkdesk.desk import Desk
    from praktijkdesk.errors import DatabaseDamaged

    try:
        desk = Desk.open(resolve_data_dir(args.data_dir), daily_backup=daily_backup)
    except DatabaseDamaged as exc:
        if not damaged_ok:
            raise
        print(f"praktijkdesk: {exc.message}", file=sys.stderr)
        return contextlib.nullcontext()
    for warning in desk.warnings:
        print(f"praktijkdesk: {warning}", file=sys.stderr)
    return desk


def print_json(value) -> None:
    import json  # not at the top: the app's start does not need it

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# --- app ----------------------------------------------------------------------------------
@command("gui")
def cmd_gui(args: argparse.Namespace) -> int:
    # Imported here: Qt must never load for the scriptable commands.
    from praktijkdesk.ui.application import run_app

    open_path = getattr(args, "open", None)
    if open_path:
        open_path = os.path.abspath(open_path)  # the first instance has another working folder
        if not os.path.isfile(open_path):
            raise InvalidInput(f"Het uitwisselbestand {open_path} bestaat niet (meer).")
    return run_app(resolve_data_dir(args.data_dir), argv=[sys.argv[0]], open_path=open_path)


@command("tour")
def cmd_tour(args: argparse.Namespace) -> int:
    # Imported here: Qt must never load for the scriptable commands. The tour works on a
    # fresh demo folder, or on a copy of --data-dir (it taps behaviours).
    from praktijkdesk.ui.tour import run_tour

    written = run_tour(
        Path(args.outdir), Path(args.data_dir).expanduser() if args.data_dir else None
    )
    print(f"{len(written)} schermafbeeldingen in {args.outdir}")
    return EXIT_OK


@command("demo")
def cmd_demo(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        added = desk.demo.load()
        total = len(desk.trajectories.candidates())
    if added:
        print(f"Voorbeeldgegevens toegevoegd: {added} kandidaten ({total} in totaal).")
    else:
        print(f"De voorbeeldgegevens waren er al ({total} kandidaten); niets toegevoegd.")
    return EXIT_OK


# --- guides -------------------------------------------------------------------------------
@command("guides")
def cmd_guides(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        summaries = desk.guides.summaries()
    if args.json:
        print_json([s.as_dict() for s in summaries])
        return EXIT_OK
    for s in summaries:
        example = "  (voorbeeld)" if s.example else ""
        print(
            f"{s.slug:40} {s.version:10} {s.work_process_count:3} werkprocessen  {s.title}{example}"
        )
    return EXIT_OK


@command("guide-import")
def cmd_guide_import(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        if desk.guide_variants.is_variant_file(args.file):
            # An employer's own version (guide-variant --out): its next version.
            before = {g.key for g in desk.guides.summaries()}
            guide = desk.guide_variants.import_file(args.file)
            differences = desk.guide_variants.differences(guide)
            if guide.key in before:
                print(f"Niets veranderd: het bestand is gelijk aan eigen versie {guide.version}.")
                return EXIT_OK
            print(
                f"Ingelezen als eigen versie: {guide.title} (versie {guide.version}, "
                f"{len(differences)} verschil(len) met de tekst van de school)."
            )
            return EXIT_OK
        guide = desk.guides.import_file(args.file)
    print(
        f"Ingelezen: {guide.title} (versie {guide.version}, {len(guide.work_processes())} werkprocessen)."
    )
    return EXIT_OK


@command("guide-variant")
def cmd_guide_variant(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        employer = desk.guide_variants.employer(args.employer)
        existing = desk.guide_variants.current(args.guide, employer.id)
        guide = desk.guide_variants.write_file(
            args.guide, employer.id, args.out, overwrite=args.force
        )
        differences = desk.guide_variants.differences(guide)
    if existing is None:
        print(
            f"Nieuwe eigen versie voor {employer.name} opgeslagen in {args.out}: nog de tekst "
            "van de school. Pas het bestand aan en lees het in met guide-import."
        )
    else:
        print(
            f"Eigen versie {guide.version} van {employer.name} opgeslagen in {args.out} "
            f"({len(differences)} verschil(len) met de tekst van de school)."
        )
    for difference in differences:
        print(f"  {difference.work_process_code}: {difference.describe()}")
    return EXIT_OK


@command("migrate")
def cmd_migrate(args: argparse.Namespace) -> int:
    # A dry run writes nothing at all: not even the day's first backup.
    with open_desk(args, daily_backup=not args.dry_run) as desk:
        trajectory = desk.migrations.trajectory(args.trajectory)
        plan = desk.migrations.plan(trajectory.id, args.to)
        if args.json:
            print_json(_plan_as_dict(plan, dry_run=args.dry_run))
        else:
            _print_plan(plan)
        if args.dry_run:
            if not args.json:
                print("Proefrit: er is niets veranderd.")
            return EXIT_OK if plan.possible else EXIT_BAD_INPUT
        if not plan.possible:
            raise InvalidInput(" ".join(plan.problems))
        _, person = _trajectory_and_trainer(desk, args)
        desk.migrations.apply(trajectory.id, plan.to_key, person.id)
    if not args.json:
        print(f"Het traject gebruikt nu {plan.to_key}. Ongedaan maken kan (Ctrl+Z in de app).")
    return EXIT_OK


def _print_plan(plan) -> None:
    print(f"Overstap van {plan.from_key} naar {plan.to_key}:")
    print(f"  {plan.summary()}")
    for title, items in (
        ("Blijven, anders gezegd", [b for b in plan.kept if b.old_text]),
        ("Nieuw (nog niet beoordeeld)", plan.new),
        ("Vervallen (beoordeling blijft in de geschiedenis, 'uit een vorige versie')", plan.gone),
    ):
        if items:
            print(f"  {title}:")
            for b in items:
                mark = f" [{b.status.label}]" if b.status else ""
                print(f"    {b.behaviour_id}: {b.text}{mark}")
    if plan.conclusions_to_check:
        print(
            "  Afrondingen blijven staan; kijk opnieuw naar: "
            + ", ".join(plan.conclusions_to_check)
        )
    for problem in plan.problems:
        print(f"  Kan niet: {problem}")


def _plan_as_dict(plan, *, dry_run: bool) -> dict:
    def rows(items):
        return [
            {
                "work_process": b.work_process_code,
                "id": b.behaviour_id,
                "text": b.text,
                "old_text": b.old_text,
                "status": b.status.value if b.status else None,
            }
            for b in items
        ]

    return {
        "from": plan.from_key,
        "to": plan.to_key,
        "dry_run": dry_run,
        "counts": plan.counts(),
        "kept": rows(plan.kept),
        "new": rows(plan.new),
        "gone": rows(plan.gone),
        "conclusions_kept": list(plan.conclusions_kept),
        "conclusions_to_check": list(plan.conclusions_to_check),
        "problems": list(plan.problems),
    }


@command("guide-export")
def cmd_guide_export(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        guide = desk.guides.export(args.slug, args.file, overwrite=args.force)
    print(f"Opgeslagen: {guide.title} (versie {guide.version}) in {args.file}.")
    return EXIT_OK


@command("guide-check")
def cmd_guide_check(args: argparse.Namespace) -> int:
    """The plain-language check (B1) of a guide file or a stored guide; exit 1 with findings."""
    with open_desk(args) as desk:
        # A file gets the same checks and Dutch errors as guide-import; nothing is stored.
        guide, findings = desk.guides.plain_language(args.guide)
    if args.json:
        print_json(
            [
                {
                    "where": f.where,
                    "field": f.field,
                    "text": f.text,
                    "kind": f.finding.kind,
                    "found": f.finding.found,
                    "message": f.finding.message,
                    "suggestion": f.finding.suggestion,
                }
                for f in findings
            ]
        )
        return 1 if findings else EXIT_OK
    if not findings:
        print(
            f"{guide.title} (versie {guide.version}): geen punten gevonden. "
            "De teksten zijn eenvoudig genoeg (B1)."
        )
        return EXIT_OK
    count = len(findings)
    print(
        f"{guide.title} (versie {guide.version}): {count} "
        f"{'punt' if count == 1 else 'punten'} om eenvoudiger te schrijven."
    )
    last = None
    for f in findings:
        if (f.where, f.field) != last:
            print(f"\n{f.where} ({f.field}): {f.text}")
            last = (f.where, f.field)
        print(f"  - {f.finding.message} {f.finding.suggestion}")
    return 1


# --- candidates and trajectories ----------------------------------------------------------
@command("candidates")
def cmd_candidates(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        # One query for every trajectory, not two per candidate: lists may hold thousands.
        by_candidate: dict[str, list[dict]] = {}
        for summary in desk.trajectories.summaries():
            by_candidate.setdefault(summary.candidate_id, []).append(summary.as_dict())
        rows = [
            {
                "id": candidate.id,
                "name": candidate.name,
                "birth_date": candidate.birth_date,
                "trajectories": by_candidate.get(candidate.id, []),
            }
            for candidate in desk.trajectories.candidates()
        ]
    if args.json:
        print_json(rows)
        return EXIT_OK
    # The trajectory id first: `declaration`, `conclude` and `mark` need that one.
    print(f"{'TRAJECT':8}  {'KANDIDAAT':8}  {'NAAM':32} {'LEERBEDRIJF':34} BEGELEIDINGSDOCUMENT")
    for row in rows:
        for t in row["trajectories"] or [{}]:
            print(
                f"{t.get('id', '-')[:8]:8}  {row['id'][:8]}  {row['name']:32} "
                f"{t.get('employer', ''):34} {t.get('guide_title', '')}"
            )
    return EXIT_OK


@command("trajectories")
def cmd_trajectories(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        summaries = desk.trajectories.summaries(search=args.search, ready_only=args.ready)
    if args.json:
        print_json([s.as_dict() for s in summaries])
        return EXIT_OK
    for s in summaries:
        p = s.progress
        print(
            f"{s.id[:8]}  {s.candidate_name:28} {s.guide_title[:34]:34} "
            f"{p.behaviours_mastered:3}/{p.behaviours_total:<3} gedragsvoorbeelden beheerst  "
            f"{p.concluded_count}/{p.chosen_count} werkprocessen afgerond"
            + (
                "  klaar voor verklaring"
                if p.ready_for_declaration
                else "  voorbeeld-leerlijst: geen echte verklaring"
                if p.ready_on_example
                else f"  verklaring gemaakt op {p.declared_on}"
                if p.fully_declared
                else ""
            )
        )
    return EXIT_OK


@command("candidate-add")
def cmd_candidate_add(args: argparse.Namespace) -> int:
    from praktijkdesk.domain.people import Role

    # One transaction: a refused trajectory (a wrong code) leaves no new employer or trainer.
    with open_desk(args) as desk, desk.transaction():
        guide = desk.guides.latest(args.guide)
        employer = desk.people.employer_named(args.employer, create=True)
        trainer = desk.people.person_named(
            args.trainer, Role.TRAINER, create=True, employer_id=employer.id
        )
        jobcoach = (
            desk.people.person_named(args.jobcoach, Role.JOBCOACH, create=True)
            if args.jobcoach
            else None
        )
        codes = _codes(args.work_processes)
        same = desk.trajectories.same_candidates(args.name, args.birth_date)
        if same and not args.duplicate_ok:
            raise InvalidInput(
                f"Er is al een kandidaat '{same[0].name}' met deze geboortedatum "
                f"(kandidaat {same[0].id[:8]}). Is het iemand anders met dezelfde naam? "
                "Voeg dan --duplicate-ok toe."
            )
        if args.school:
            school = desk.schools.school_named(args.school, create=True)
        else:  # the school this employer's last candidate had, if any
            school = desk.schools.school(employer.school_id) if employer.school_id else None
        candidate, trajectory = desk.trajectories.add_candidate(
            name=args.name,
            birth_date=args.birth_date,
            employer_id=employer.id,
            trainer_id=trainer.id,
            guide_key=guide.key,
            work_processes=codes,
            start_date=args.start_date,
            jobcoach_id=jobcoach.id if jobcoach else None,
            school_id=school.id if school else None,
        )
        warning = desk.people.sbb_warning(desk.people.employer(employer.id))
    if warning:
        print(
            f"praktijkdesk: {warning} Vul het erkenningsnummer in met: praktijkdesk "
            f'employer-edit "{employer.name}" --sbb NUMMER',
            file=sys.stderr,
        )
    print_json(
        {
            "candidate": candidate.id,
            "trajectory": trajectory.id,
            "employer": employer.id,
            "trainer": trainer.id,
            "school": school.id if school else None,
        }
    )
    return EXIT_OK


# --- schools and employers ----------------------------------------------------------------
def _school_dict(school, trajectories: int = 0) -> dict:
    from praktijkdesk.domain.school import WORDING_LABELS

    return {
        "id": school.id,
        "name": school.name,
        "brin": school.brin,
        "place": school.place,
        "contact_name": school.contact_name,
        "contact_phone": school.contact_phone,
        "contact_email": school.contact_email,
        "wording": school.wording,
        "wording_label": WORDING_LABELS.get(school.wording, school.wording),
        "co_signs": school.co_signs,
        "number_series": school.number_series(),
        "logo": school.has_logo,
        "trajectories": trajectories,
    }


@command("schools")
def cmd_schools(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        counts = desk.schools.trajectory_counts()
        rows = [_school_dict(s, counts.get(s.id, 0)) for s in desk.schools.schools()]
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print("Er zijn nog geen scholen. Voeg er een toe met: praktijkdesk school-edit NAAM --new")
    for r in rows:
        where = ", ".join(p for p in (r["brin"] and f"BRIN {r['brin']}", r["place"]) if p)
        contact = " · ".join(
            p for p in (r["contact_name"], r["contact_phone"], r["contact_email"]) if p
        )
        print(f"{r['name']}" + (f" ({where})" if where else ""))
        print(f"    Praktijkloket: {contact or 'nog geen contact'}")
        print(
            f"    {r['wording_label']}; tekent {'mee' if r['co_signs'] else 'niet mee'}; "
            f"nummers {r['number_series']}-…; {r['trajectories']} traject(en)"
        )
    return EXIT_OK


@command("school-edit")
def cmd_school_edit(args: argparse.Namespace) -> int:
    fields = {
        "name": args.name,
        "brin": args.brin,
        "place": args.place,
        "contact_name": args.contact_name,
        "contact_phone": args.contact_phone,
        "contact_email": args.contact_email,
        "wording": args.wording,
        "series": args.series,
        "co_signs": args.co_signs,
    }
    with open_desk(args) as desk:
        if args.new:
            school = desk.schools.add_school(
                args.school, **{k: v for k, v in fields.items() if v is not None and k != "name"}
            )
            if args.name:
                school = desk.schools.edit_school(school.id, name=args.name)
            what = "Toegevoegd"
        else:
            school = desk.schools.edit_school(desk.schools.resolve(args.school).id, **fields)
            what = "Opgeslagen"
        if args.logo:
            school = desk.schools.set_logo(school.id, args.logo)
        elif args.no_logo:
            school = desk.schools.set_logo(school.id, None)
    print(f"{what}: {school.name}.")
    return EXIT_OK


@command("employers")
def cmd_employers(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        rows = []
        for e in desk.people.employers():
            school = desk.schools.school(e.school_id) if e.school_id else None
            rows.append(
                {
                    "id": e.id,
                    "name": e.name,
                    "place": e.place,
                    "sbb_number": e.sbb_number,
                    "manager_name": e.manager_name,
                    "school": school.name if school else None,
                    "warning": desk.people.sbb_warning(e),
                }
            )
    if args.json:
        print_json(rows)
        return EXIT_OK
    for r in rows:
        details = ", ".join(
            p for p in (r["place"], r["sbb_number"] and f"SBB {r['sbb_number']}", r["school"]) if p
        )
        print(f"{r['id'][:8]}  {r['name']}" + (f" ({details})" if details else ""))
        if r["warning"]:
            print(f"          Let op: {r['warning']}")
    return EXIT_OK


@command("employer-edit")
def cmd_employer_edit(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        employer = _employer(desk, args.employer)
        school_id = None
        if args.school:
            school_id = desk.schools.school_named(args.school, create=False).id
        employer = desk.people.edit_employer_details(
            employer.id,
            name=args.name,
            place=args.place,
            sbb_number=args.sbb,
            manager_name=args.manager,
            school_id=school_id,
        )
        warning = desk.people.sbb_warning(employer)
    print(f"Opgeslagen: {employer.name}.")
    if warning:
        print(f"praktijkdesk: {warning}", file=sys.stderr)
    return EXIT_OK


def _employer(desk, text: str):
    """An employer by id, by a unique start of its id, or by its name."""
    from praktijkdesk.errors import NotFound

    text = text.strip()
    matches = [
        e
        for e in desk.people.employers()
        if e.id == text or (len(text) >= 4 and e.id.startswith(text))
    ]
    if len(matches) == 1:
        return matches[0]
    try:
        return desk.people.employer_named(text, create=False)
    except NotFound:
        raise NotFound(f"Leerbedrijf '{text}' bestaat niet. Zie: praktijkdesk employers") from None


def _codes(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [c.strip() for c in text.split(",") if c.strip()]


# --- marking ------------------------------------------------------------------------------
# One line of `mark --stdin` is a small JSON object; anything longer is refused on its own
# (read in pieces, never held whole), and the stream goes on.
MAX_MARK_LINE = 64 * 1024
# How long a line waits in total for another writer (the app, a second stream) before it is
# answered with an error line; each attempt already waits the busy timeout.
BUSY_PATIENCE_SECONDS = 600.0


@command("mark")
def cmd_mark(args: argparse.Namespace) -> int:
    from praktijkdesk.errors import DatabaseDamaged

    if not args.stdin:
        raise InvalidInput("Gebruik: praktijkdesk mark --stdin (één JSON-regel per beoordeling).")
    failures = 0
    with open_desk(args) as desk:
        for number, line in enumerate(_stdin_lines(MAX_MARK_LINE), start=1):
            if isinstance(line, str) and not line.strip():
                continue
            try:
                event_uuid = _mark_line_patiently(desk, line)
            except DatabaseDamaged:
                raise  # not this line's fault: the stream stops, exit 3 with the backup named
            except UserError as exc:
                failures += 1
                _say(f"error {number} {exc.message}")
                continue
            # Printed only after the commit returned: an "ok" is a promise that it is on disk.
            _say(f"ok {event_uuid}")
    return EXIT_BAD_INPUT if failures else EXIT_OK


def _stdin_lines(limit: int):
    """Lines of standard input as text; a line longer than ``limit`` bytes or not UTF-8 comes
    as an InvalidInput instead, so the caller can refuse just that line. A byte-order mark at
    the very start (Notepad and PowerShell write one) is skipped, as platform/stdio.py promises:
    the bytes are read here past the text layer, so its utf-8-sig does not see them."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream put in place of stdin (an embedding program, a test)
        for number, line in enumerate(sys.stdin):
            if number == 0:
                line = line.removeprefix("\ufeff")
            too_long = len(line.encode("utf-8", "surrogatepass")) > limit
            yield InvalidInput("regel te lang; overgeslagen") if too_long else line
        return
    first = True
    while True:
        raw = stream.readline(limit + 1)
        if first:
            first = False
            if raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :] + (
                    b"" if raw.endswith(b"\n") else stream.readline(len(codecs.BOM_UTF8))
                )
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of this line, in pieces
                raw = stream.readline(limit)
            yield InvalidInput(f"regel te lang (meer dan {limit // 1024} kB); overgeslagen")
            continue
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield InvalidInput("geen geldige UTF-8-tekst")


def _mark_line_patiently(desk, line) -> str:
    """One line in one transaction; when another writer holds the database longer than the
    busy timeout, try again (nothing was written) instead of giving up the stream."""
    import time

    from praktijkdesk.errors import DatabaseBusy

    if isinstance(line, UserError):
        raise line
    deadline = time.monotonic() + BUSY_PATIENCE_SECONDS
    while True:
        try:
            return _mark_line(desk, line)
        except DatabaseBusy:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _mark_line(desk, line: str) -> str:
    import json

    from praktijkdesk.domain.people import Role

    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"geen geldige JSON (regel kapot bij kolom {exc.colno})") from None
    except RecursionError:
        raise InvalidInput("te diep genest; verwacht één plat JSON-object") from None
    except ValueError:  # an integer of thousands of digits (Python's own limit)
        raise InvalidInput("een getal met te veel cijfers") from None
    if not isinstance(data, dict):
        raise InvalidInput("verwacht een JSON-object")
    for key in ("trajectory", "by"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise InvalidInput(f"'{key}' ontbreekt")
    trajectory = desk.trajectories.resolve(data["trajectory"])
    if "behaviour" in data:
        person = desk.people.person_named(data["by"])
        mark = desk.marking.record_mark(
            trajectory.id,
            str(data["behaviour"]),
            str(data.get("status", "")),
            person.id,
            data.get("note") if isinstance(data.get("note"), str) else None,
        )
        return mark.uuid
    if "work_process" in data:
        if data.get("conclusion", "mastered") != "mastered":
            raise InvalidInput("'conclusion' kan alleen 'mastered' zijn")
        person = desk.people.person_named(data["by"], Role.TRAINER)
        reason = data.get("reason") if isinstance(data.get("reason"), str) else None
        event = desk.marking.conclude(trajectory.id, str(data["work_process"]), person.id, reason)
        return event.uuid
    raise InvalidInput("verwacht 'behaviour' of 'work_process'")


@command("conclude")
def cmd_conclude(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        trajectory, person = _trajectory_and_trainer(desk, args)
        event = desk.marking.conclude(trajectory.id, args.work_process, person.id, args.reason)
    print(f"Werkproces {event.work_process_code} is afgerond als beheerst door {person.name}.")
    return EXIT_OK


@command("revoke-conclusion")
def cmd_revoke_conclusion(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        trajectory, person = _trajectory_and_trainer(desk, args)
        event = desk.marking.revoke_conclusion(
            trajectory.id, args.work_process, person.id, args.reason
        )
    print(f"De afronding van werkproces {event.work_process_code} is teruggedraaid.")
    return EXIT_OK


def _trajectory_and_trainer(desk, args: argparse.Namespace):
    """The trajectory, and who decides: --by, or else the trajectory's own trainer."""
    from praktijkdesk.domain.people import Role

    trajectory = desk.trajectories.resolve(args.trajectory)
    if args.by:
        return trajectory, desk.people.person_named(args.by, Role.TRAINER)
    return trajectory, desk.people.person(trajectory.trainer_id)


# --- declarations and progress reports -----------------------------------------------------
@command("declaration")
def cmd_declaration(args: argparse.Namespace) -> int:
    from praktijkdesk.documents.files import check_pdf_target, write_pdf  # no fpdf

    codes = _codes(args.work_processes)
    # Before anything is issued: a file that will not be written must not leave an issued
    # declaration behind that nobody has on paper.
    check_pdf_target(args.out, overwrite=args.force)
    with open_desk(args) as desk:
        trajectory = desk.trajectories.resolve(args.trajectory)
        if args.issue:
            if args.by:
                person = desk.people.person_named(args.by)
            else:
                person = desk.people.person(trajectory.trainer_id)
            # All or nothing: --out was checked above (check_pdf_target), and the PDF is written
            # inside the transaction that issues; a file that cannot be written issues nothing.
            with desk.transaction():
                issued = desk.declarations.issue(
                    trajectory.id, person.id, codes, args.place, replaces_reason=args.replace
                )
                data = desk.declarations.reprint(issued.id)
                write_pdf(args.out, data, overwrite=args.force)
            print(
                f"Opgeslagen: verklaring {issued.number} gemaakt door {person.name} in {args.out}."
            )
            return EXIT_OK
        else:
            if args.replace:
                raise InvalidInput("--replace hoort bij --issue.")
            current = desk.declarations.current(trajectory.id)
            if current is not None and codes is None:
                data = desk.declarations.reprint(current.id)
                what = f"verklaring {current.number} (herdruk)"
            else:
                data = desk.declarations.draft(trajectory.id, codes, args.place)
                what = "CONCEPT (nog niet gemaakt; gebruik --issue)"
                if desk.guides.get(trajectory.guide_key).example:
                    what = (
                        "VOORBEELD (met een voorbeeld-begeleidingsdocument kan geen echte "
                        "verklaring worden gemaakt)"
                    )
    write_pdf(args.out, data, overwrite=args.force)
    print(f"Opgeslagen: {what} in {args.out}.")
    return EXIT_OK


@command("registrations")
def cmd_registrations(args: argparse.Namespace) -> int:
    from praktijkdesk.documents.files import write_pdf  # an atomic file write, any bytes

    if not args.out.casefold().endswith(".csv"):
        raise InvalidInput(f"Kies een bestandsnaam die eindigt op .csv (niet '{args.out}').")
    with open_desk(args) as desk:
        data, count = desk.declarations.registrations_csv(
            school=args.school, date_from=args.date_from, date_to=args.date_to
        )
    write_pdf(args.out, data)
    print(f"Opgeslagen: registratielijst met {count} praktijkverklaring(en) in {args.out}.")
    return EXIT_OK


@command("progress-report")
def cmd_progress_report(args: argparse.Namespace) -> int:
    from praktijkdesk.documents.files import check_pdf_target, write_pdf  # no fpdf

    if bool(args.trajectory) == bool(args.employer):
        raise InvalidInput("Geef een traject of --employer, niet allebei en niet geen van beide.")
    check_pdf_target(args.out, overwrite=args.force)
    with open_desk(args) as desk:
        if args.employer:
            employer = desk.reports.employer(args.employer)
            ids = desk.reports.employer_trajectory_ids(employer.id)
            data = desk.reports.for_employer(employer.id)
            what = f"{len(ids)} kandidaten van {employer.name}"
        else:
            trajectory = desk.trajectories.resolve(args.trajectory)
            data = desk.reports.progress_report([trajectory.id])
            what = "1 kandidaat"
    write_pdf(args.out, data, overwrite=args.force)
    print(f"Opgeslagen: voortgangsoverzicht van {what} in {args.out}.")
    return EXIT_OK


# --- exchange between devices (docs/exchange.md) ------------------------------------------
@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        result = desk.exchange.export(
            args.out,
            trajectory_id=args.trajectory,
            employer_id=args.employer,
            everything=args.all,
            overwrite=args.force,
        )
    counts = result.counts
    print(
        f"Opgeslagen: {counts['trajectories']} traject(en), {counts['marks']} beoordeling(en) "
        f"in {result.path}."
    )
    return EXIT_OK


@command("import")
def cmd_import(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        plan = desk.exchange.import_file(args.file, dry_run=args.dry_run)
    if args.json:
        print_json(plan.as_dict())
        return EXIT_OK
    for line in plan.lines():
        print(line)
    if args.dry_run:
        print("Proefrun: er is niets veranderd.")
    return EXIT_OK


@command("devices")
def cmd_devices(args: argparse.Namespace) -> int:
    """This device's code and the devices met in signed files (compare the codes once)."""
    with open_desk(args, daily_backup=False) as desk:
        print(f"Dit apparaat: {desk.device_id[:8]} · controlecode {desk.exchange.device_code()}")
        words = {
            "trusted": "gekoppeld",
            "pending": "wacht op een keuze in de app (Vertrouwen)",
            "refused": "niet vertrouwd",
        }
        for device in desk.exchange.devices():
            print(
                f"Bekend apparaat: {device.short_id} · controlecode {device.code} · sinds "
                f"{device.first_seen_at[:10]} · {words.get(device.trust, device.trust)}"
            )
    return EXIT_OK


@command("sync")
def cmd_sync(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        result = desk.exchange.sync(args.folder)
    if result.written:
        print(f"Geschreven: {result.written}")
    for plan in result.imported:
        for line in plan.lines():
            print(line)
    for name in result.waiting:
        print(f"Nog niet compleet of onbruikbaar, later opnieuw: {name}")
    if not result.written and not result.imported:
        print("Niets nieuws.")
    return EXIT_OK


# --- health, backups and privacy (docs/reliability.md) ------------------------------------
@command("check")
def cmd_check(args: argparse.Namespace) -> int:
    # Opening already runs the quick check: a damaged file is moved aside and the error names
    # the newest good backup (exit 3), like every command that opens the data.
    with open_desk(args, daily_backup=False) as desk:
        problems = desk.integrity_problems()
        path = desk.database_path
        good = desk.backups.newest_good() if problems else None
    if problems:
        print(f"De database {path} is niet in orde:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        if good is not None:
            print(f"De nieuwste goede reservekopie is van {good.describe()}.", file=sys.stderr)
            print(f'Zet die terug met: praktijkdesk restore "{good.path}"', file=sys.stderr)
        return 3
    print(f"In orde: {path}")
    return EXIT_OK


@command("backup")
def cmd_backup(args: argparse.Namespace) -> int:
    with open_desk(args, daily_backup=False) as desk:
        if args.out is not None:
            entry = desk.backups.backup_to(args.out, overwrite=args.force)
        else:
            entry = desk.backups.backup_now()
    print(f"Reservekopie gemaakt en gecontroleerd: {entry.path}")
    print(f"Daarin: {entry.holds()}.")
    return EXIT_OK


@command("backups")
def cmd_backups(args: argparse.Namespace) -> int:
    with open_desk(args, daily_backup=False, damaged_ok=True) as desk:
        entries = desk.backups.list() if desk else _backups_without_desk(args)
    if args.json:
        print_json([e.as_dict() for e in entries])
        return EXIT_OK
    if not entries:
        print("Er zijn nog geen reservekopieën.")
    for entry in entries:
        print(f"{entry.describe()}\n    {entry.path}")
    return EXIT_OK


def _backups_without_desk(args: argparse.Namespace):
    from praktijkdesk.desk import Desk

    return Desk.backups_in(resolve_data_dir(args.data_dir))


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    from praktijkdesk.desk import Desk

    result = Desk.restore(resolve_data_dir(args.data_dir), args.file)
    if result.moved_aside is not None:
        print(f"Het beschadigde bestand is bewaard als {result.moved_aside}.")
    print(result.describe())
    return EXIT_OK


@command("erase-candidate")
def cmd_erase_candidate(args: argparse.Namespace) -> int:
    if not args.yes:
        raise InvalidInput(
            "Wissen kan niet ongedaan worden gemaakt: de kandidaat met alle trajecten, "
            "beoordelingen, verklaringen en handtekeningen verdwijnt. Bevestig met --yes."
        )
    with open_desk(args) as desk:
        result = desk.privacy.erase_candidate(args.candidate)
    print(result.describe())
    return EXIT_OK


@command("erase-from-backups")
def cmd_erase_from_backups(args: argparse.Namespace) -> int:
    if not args.yes:
        raise InvalidInput(
            "Dit wist de kandidaat ook uit elke reservekopie (de rest van elke reservekopie "
            "blijft). Dat kan niet ongedaan worden gemaakt. Bevestig met --yes."
        )
    with open_desk(args, daily_backup=False) as desk:
        result = desk.privacy.erase_from_backups(args.candidate)
    print(result.describe())
    return EXIT_OK if not result.failed else 3


@command("export-candidate")
def cmd_export_candidate(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        folder = desk.privacy.export_candidate(args.candidate, args.out)
    print(f"Alle gegevens van de kandidaat staan in {folder} (gegevens.json en de PDF's).")
    return EXIT_OK


@command("retention")
def cmd_retention(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        due = desk.privacy.due_for_erasure()
        years = desk.privacy.retention_years()
    if args.json:
        print_json(
            [
                {
                    "candidate_id": d.candidate_id,
                    "name": d.name,
                    "last_end_date": d.last_end_date,
                    "trajectories": d.trajectory_count,
                }
                for d in due
            ]
        )
        return EXIT_OK
    if not due:
        print(f"Niemand om te wissen: geen kandidaat is langer dan {years} jaar klaar.")
    for d in due:
        print(f"{d.candidate_id[:8]}  {d.name:32} klaar sinds {d.last_end_date}")
    return EXIT_OK


# --- plumbing -----------------------------------------------------------------------------
# argparse's own words (usage, help, errors), in Dutch. argparse looks them up through its
# module-level gettext functions; main() swaps those only while it builds and parses.
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "onbekende opdracht: %(value)r (kies uit %(choices)s)",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hooguit één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "expected %s argument": "hier hoort %s waarde bij",
    "expected %s arguments": "hier horen %s waarden bij",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "not allowed with argument %s": "kan niet samen met %s",
    "one of the arguments %s is required": "kies een van deze: %s",
    "ambiguous option: %(option)s could match %(matches)s": "onduidelijke optie: %(option)s kan %(matches)s zijn",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "ignored explicit argument %r": "waarde %r hoort hier niet bij",
    "unexpected option string: %s": "onverwachte optie: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: %(message)s\n",
}


def _dutch(text: str) -> str:
    return _ARGPARSE_NL.get(text, text)


@contextlib.contextmanager
def dutch_argparse():
    saved = argparse._, argparse.ngettext
    argparse._ = _dutch
    argparse.ngettext = lambda one, many, n: _dutch(one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class DutchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own messages are English
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"praktijkdesk: ongeldige opdracht: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="praktijkdesk",
        description="praktijkdesk: kandidaten volgen naar een mbo-praktijkverklaring.",
    )
    parser.add_argument("--version", action="version", version=f"praktijkdesk {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", metavar="MAP", help="de gegevensmap (anders de standaardmap)")
    where.add_argument(
        "--portable",
        action="store_true",
        help=f"draagbaar: alle gegevens en instellingen in de map {PORTABLE_FOLDER} naast het "
        "programma (of in de huidige map), nergens anders",
    )
    sub = parser.add_subparsers(
        dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser
    )

    p = sub.add_parser("gui", help="start de app (standaard)")
    p.add_argument(
        "--open",
        metavar="BESTAND.praktijk",
        help="open de app met de voorvertoning van dit uitwisselbestand",
    )
    p = sub.add_parser("tour", help="maak schermafbeeldingen van elk scherm (PNG)")
    p.add_argument("outdir")
    sub.add_parser("demo", help="vul de gegevensmap met voorbeeldgegevens")
    p = sub.add_parser("guides", help="toon de begeleidingsdocumenten")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("guide-import", help="lees een begeleidingsdocument in (.json of .csv)")
    p.add_argument("file")
    p = sub.add_parser(
        "guide-variant",
        help="schrijf de eigen versie van een leerbedrijf naar een .json-bestand om aan te passen",
    )
    p.add_argument("guide", metavar="DOCUMENT", help="de korte naam (slug) of slug@versie")
    p.add_argument("--employer", required=True, metavar="LEERBEDRIJF", help="naam of id")
    p.add_argument("--out", required=True, metavar="BESTAND.json")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p = sub.add_parser(
        "migrate",
        help="laat een traject overstappen naar een andere versie van zijn begeleidingsdocument",
    )
    p.add_argument("trajectory", metavar="TRAJECT", help="traject-id (of de eerste tekens)")
    p.add_argument(
        "--to", required=True, metavar="VERSIE", help="slug@versie (of de slug: de nieuwste)"
    )
    p.add_argument(
        "--dry-run", action="store_true", help="toon alleen wat er zou gebeuren; verandert niets"
    )
    p.add_argument(
        "--by", metavar="NAAM", help="de praktijkopleider (standaard die van het traject)"
    )
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("guide-export", help="sla een begeleidingsdocument op (.json of .csv)")
    p.add_argument("slug")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p = sub.add_parser(
        "guide-check",
        help="controleer of de teksten van een begeleidingsdocument eenvoudig zijn (B1)",
    )
    p.add_argument(
        "guide",
        metavar="BESTAND_OF_NAAM",
        help="een bestand (.json of .csv) of de naam van een opgeslagen document",
    )
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("candidates", help="toon de kandidaten")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("trajectories", help="toon de trajecten met voortgang")
    p.add_argument("--json", action="store_true")
    p.add_argument("--search", help="zoek op naam")
    p.add_argument("--ready", action="store_true", help="alleen klaar voor verklaring")
    p = sub.add_parser("candidate-add", help="voeg een kandidaat met een traject toe")
    p.add_argument("--name", required=True, metavar="NAAM")
    p.add_argument(
        "--birth-date", metavar="DATUM", help="geboortedatum: 23-06-2001 of 2001-06-23 (mag weg)"
    )
    p.add_argument(
        "--duplicate-ok",
        action="store_true",
        help="ook als er al een kandidaat met deze naam en geboortedatum is",
    )
    p.add_argument("--employer", required=True)
    p.add_argument("--trainer", required=True)
    p.add_argument("--jobcoach")
    p.add_argument("--guide", required=True)
    p.add_argument("--work-processes")
    p.add_argument("--start-date")
    p.add_argument(
        "--school",
        metavar="NAAM",
        help="de mbo-instelling (wordt gemaakt als hij nieuw is); standaard die van "
        "het leerbedrijf",
    )
    p = sub.add_parser("schools", help="toon de scholen (mbo-instellingen)")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("school-edit", help="voeg een school toe (--new) of wijzig haar gegevens")
    p.add_argument("school", metavar="SCHOOL", help="naam, BRIN-code of id")
    p.add_argument("--new", action="store_true", help="voeg deze school toe")
    p.add_argument("--name", metavar="NAAM", help="nieuwe naam")
    p.add_argument("--brin", metavar="CODE", help="BRIN-code: 2 cijfers en 2 letters, zoals 25LH")
    p.add_argument("--place", metavar="PLAATS")
    p.add_argument("--contact-name", metavar="NAAM", help="contactpersoon van het Praktijkloket")
    p.add_argument("--contact-phone", metavar="TELEFOON")
    p.add_argument("--contact-email", metavar="E-MAIL")
    p.add_argument(
        "--wording",
        choices=("issued_by", "on_behalf_of", "registered_by"),
        help="de tekst op de verklaring: uitgereikt door / namens / geregistreerd door",
    )
    signs = p.add_mutually_exclusive_group()
    signs.add_argument(
        "--co-signs",
        dest="co_signs",
        action="store_true",
        default=None,
        help="de school tekent de verklaring mee",
    )
    signs.add_argument("--no-co-signs", dest="co_signs", action="store_false")
    p.add_argument(
        "--series", metavar="REEKS", help="begin van de verklaringnummers (standaard de BRIN-code)"
    )
    logo = p.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="BESTAND", help="logo (PNG of JPEG)")
    logo.add_argument("--no-logo", action="store_true", help="haal het logo weg")
    p = sub.add_parser("employers", help="toon de leerbedrijven")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("employer-edit", help="wijzig de gegevens van een leerbedrijf")
    p.add_argument("employer", metavar="LEERBEDRIJF", help="naam of id")
    p.add_argument("--name", metavar="NAAM")
    p.add_argument("--place", metavar="PLAATS")
    p.add_argument("--sbb", metavar="NUMMER", help="erkenningsnummer van SBB")
    p.add_argument("--manager", metavar="NAAM", help="leidinggevende (voor de handtekening)")
    p.add_argument("--school", metavar="NAAM", help="de school voor nieuwe kandidaten")
    p = sub.add_parser(
        "mark",
        help="beoordelingen als JSON-regels van standaardinvoer; status: beheerst, "
        "oefent of nog-niet (of mastered, practising, not_yet)",
    )
    p.add_argument(
        "--stdin", action="store_true", required=True, help="lees de regels van standaardinvoer"
    )
    for name, text in (
        ("conclude", "rond een werkproces af als beheerst"),
        ("revoke-conclusion", "draai de afronding van een werkproces terug"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("trajectory", metavar="TRAJECT", help="traject-id (of de eerste tekens)")
        p.add_argument("work_process", metavar="WERKPROCES", help="bijvoorbeeld B1-K1-W2")
        p.add_argument(
            "--reason", metavar="TEKST", help="waarom (nodig als nog niet alles op beheerst staat)"
        )
        p.add_argument(
            "--by", metavar="NAAM", help="de praktijkopleider (standaard die van het traject)"
        )
    p = sub.add_parser(
        "declaration",
        help="schrijf de praktijkverklaring als PDF (herdruk, concept, of maak hem met --issue)",
    )
    p.add_argument("trajectory", metavar="TRAJECT")
    p.add_argument("--out", required=True, metavar="BESTAND.pdf")
    p.add_argument("--issue", action="store_true", help="maak (geef uit) een nieuwe verklaring")
    p.add_argument(
        "--work-processes",
        metavar="CODES",
        help="alleen deze werkprocessen (komma's ertussen); standaard alle beheerste",
    )
    p.add_argument(
        "--by", metavar="NAAM", help="wie de verklaring maakt (standaard de praktijkopleider)"
    )
    p.add_argument("--place", metavar="PLAATS", help="plaats bij de datum")
    p.add_argument(
        "--replace",
        metavar="REDEN",
        help="met --issue: trek de huidige verklaring in met deze reden",
    )
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p = sub.add_parser(
        "registrations",
        help="registratielijst voor de school: alle uitgereikte en ingetrokken "
        "verklaringen als CSV (voor Excel)",
    )
    p.add_argument("--out", required=True, metavar="BESTAND.csv")
    p.add_argument("--school", metavar="NAAM", help="alleen deze school (naam of BRIN-code)")
    p.add_argument(
        "--from", dest="date_from", metavar="DATUM", help="uitgereikt vanaf (JJJJ-MM-DD)"
    )
    p.add_argument(
        "--to", dest="date_to", metavar="DATUM", help="uitgereikt tot en met (JJJJ-MM-DD)"
    )
    p = sub.add_parser("progress-report", help="schrijf een voortgangsoverzicht als PDF")
    p.add_argument("trajectory", metavar="TRAJECT", nargs="?")
    p.add_argument("--employer", metavar="ID", help="alle lopende trajecten van dit leerbedrijf")
    p.add_argument("--out", required=True, metavar="BESTAND.pdf")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p = sub.add_parser(
        "export", help="maak een uitwisselbestand (.praktijk) voor een ander apparaat"
    )
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--trajectory", metavar="ID", help="één traject")
    scope.add_argument("--employer", metavar="ID", help="alle trajecten van een leerbedrijf")
    scope.add_argument("--all", action="store_true", help="alles")
    p.add_argument("--out", required=True, metavar="BESTAND.praktijk")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p = sub.add_parser("import", help="lees een uitwisselbestand (.praktijk) in")
    p.add_argument("file", metavar="BESTAND")
    p.add_argument("--dry-run", action="store_true", help="toon alleen wat er zou veranderen")
    p.add_argument("--json", action="store_true")
    sub.add_parser("devices", help="toon de controlecode van dit apparaat en de bekende apparaten")
    p = sub.add_parser("sync", help="wissel één keer uit via een gedeelde map (OneDrive, USB, ...)")
    p.add_argument("folder", metavar="MAP")
    sub.add_parser("check", help="controleer de database")
    p = sub.add_parser("backup", help="maak nu een reservekopie")
    p.add_argument("--out", metavar="BESTAND", help="waar (anders in de map backups)")
    p.add_argument("--force", action="store_true", help=FORCE_HELP)
    p = sub.add_parser("backups", help="toon de reservekopieën en wat erin staat")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser(
        "restore", help="zet een reservekopie terug (de huidige stand wordt eerst bewaard)"
    )
    p.add_argument("file", metavar="BESTAND")
    p = sub.add_parser("erase-candidate", help="wis een kandidaat met alles wat erbij hoort (AVG)")
    p.add_argument("candidate", metavar="KANDIDAAT")
    p.add_argument("--yes", action="store_true", help="ja, echt wissen")
    p = sub.add_parser(
        "erase-from-backups", help="wis een (gewiste) kandidaat ook uit alle reservekopieën"
    )
    p.add_argument("candidate", metavar="KANDIDAAT-ID")
    p.add_argument("--yes", action="store_true", help="ja, echt wissen")
    p = sub.add_parser("export-candidate", help="alle gegevens van een kandidaat (inzageverzoek)")
    p.add_argument("candidate", metavar="KANDIDAAT")
    p.add_argument("--out", required=True, metavar="MAP")
    p = sub.add_parser("retention", help="kandidaten die langer dan de bewaartermijn klaar zijn")
    p.add_argument("--json", action="store_true")
    return parser


# Arguments that name a file or folder: refused when empty or longer than any file system
# allows, before anything is opened (an empty --out would be the current folder's name).
_PATH_ARGUMENTS = {
    "data_dir": "--data-dir",
    "out": "--out",
    "file": "BESTAND",
    "folder": "MAP",
    "outdir": "MAP",
}
MAX_NAME_BYTES = 255


def check_path_arguments(args: argparse.Namespace) -> None:
    for attribute, label in _PATH_ARGUMENTS.items():
        value = getattr(args, attribute, None)
        if value is None:
            continue
        if not value.strip():
            raise InvalidInput(f"{label} is leeg: geef een bestand of map op.")
        if "\0" in value:
            raise InvalidInput(f"{label} bevat een ongeldig teken.")
        too_long = len(value) > MAX_PATH_CHARS or any(
            len(part.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES
            for part in Path(value).parts
        )
        if too_long:
            raise InvalidInput(
                f"{label} is te lang: een mapnaam of bestandsnaam mag hoogstens "
                f"{MAX_NAME_BYTES} tekens hebben, het hele pad hoogstens {MAX_PATH_CHARS}."
            )


BUNDLE_SUFFIX = ".praktijk"
# Global options that take a value (the word after them is not the command).
_VALUED_GLOBALS = {"--data-dir"}


def bare_bundle_to_gui(argv: list[str]) -> list[str]:
    """``praktijkdesk x.praktijk`` (a double-click in Explorer, or "Open with") means
    ``praktijkdesk gui --open x.praktijk``: the app with the import preview of that file."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in _VALUED_GLOBALS:
            index += 2
            continue
        if word.startswith("-"):
            index += 1
            continue
        if word not in COMMANDS and word.casefold().endswith(BUNDLE_SUFFIX):
            return [*argv[:index], "gui", "--open", word, *argv[index + 1 :]]
        return argv
    return argv


def plain_app_start(words: list[str]) -> argparse.Namespace | None:
    """What argparse makes of the app's own start (a double-click, the menu entry:
    ``praktijkdesk [--data-dir MAP] [gui]``), without building the parser of every command:
    that takes about 10 ms, 6 % of a bare window's start. None for anything else."""
    data_dir = None
    if words[:1] == ["--data-dir"] and len(words) >= 2 and not words[1].startswith("-"):
        data_dir, words = words[1], words[2:]
    elif words[:1] and words[0].startswith("--data-dir="):
        data_dir, words = words[0].partition("=")[2], words[1:]
    if words == []:
        return argparse.Namespace(data_dir=data_dir, portable=False, command=None)
    if words == ["gui"]:
        return argparse.Namespace(data_dir=data_dir, portable=False, command="gui", open=None)
    return None


def main(argv: list[str] | None = None) -> int:
    from praktijkdesk.platform.stdio import use_utf8_stdio

    # Redirected on Windows, stdio would be cp1252: Yılmaz or Марія would end the output.
    use_utf8_stdio()
    words = bare_bundle_to_gui(sys.argv[1:] if argv is None else list(argv))
    args = plain_app_start(words)
    if args is None:
        with dutch_argparse():
            args = build_parser().parse_args(words)
    name = args.command or "gui"
    try:
        check_path_arguments(args)
        portable = enter_portable_mode(requested=args.portable, explicit=args.data_dir)
        if portable is not None:
            args.data_dir = str(portable)
        return COMMANDS[name](args)
    except UserError as exc:
        if exc.code == "database_damaged" and not hasattr(exc, "backup"):
            # Met halfway (SQLite said "malformed"): say it like every command does, with
            # the newest good backup named.
            exc = _damage_behind(args, name, exc) or exc
        print(f"praktijkdesk: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `praktijkdesk candidates | head`: the reader left; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a file or folder the user named: said in Dutch, no traceback
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"praktijkdesk: dat lukte niet{where}: {os_reason(exc)}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        damage = _damage_behind(args, name, exc)
        if damage is not None:
            print(f"praktijkdesk: {damage.message}", file=sys.stderr)
            return damage.exit_code
        log = _write_crash_log(args)
        where = f"Details staan in {log}." if log else "De details konden niet worden bewaard."
        print(
            "praktijkdesk: er ging iets mis dat niet had mogen gebeuren. "
            f"Er is niets half opgeslagen. {where}",
            file=sys.stderr,
        )
        return 1


# Commands that never open the data folder: a fault there says nothing about the database.
_NO_DATABASE = {"tour", "gui"}


def _damage_behind(args: argparse.Namespace, name: str, exc: Exception):
    """An unexpected fault may come from a damaged file (a changed byte SQLite's quick check
    does not see): check the file, and if it is damaged say so like every command does (exit
    3, the file kept, the newest good backup named) instead of an internal error."""
    if name in _NO_DATABASE:
        return None
    try:
        from praktijkdesk.desk import diagnose_damage

        return diagnose_damage(resolve_data_dir(args.data_dir))
    except Exception:  # the diagnosis must never hide the original fault
        return None


def _write_crash_log(args: argparse.Namespace) -> Path | None:
    from praktijkdesk.platform.logs import write_log

    try:
        data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    except Exception:  # the data folder itself may be what went wrong
        data_dir = None
    return write_log(data_dir, traceback.format_exc())


if __name__ == "__main__":
    raise SystemExit(main())
