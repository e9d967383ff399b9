"""Guides as a spreadsheet makes them: one row per behaviour (GUIDE-FORMAT.md).

Reading is lenient where Excel differs (``;`` or ``,``, UTF-8 with or without BOM or
Windows-1252, columns in any order, empty rows) and strict about meaning. Messages name the
physical line in the file, counting the header as ``regel 1``.

Writing carries everything a JSON file does (slug, title, version, source, example flag and
behaviour ids in extra columns), so importing an export gives back the same guide.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field, replace

from praktijkdesk.domain.guide import (
    Behaviour,
    CoreTask,
    Guide,
    Qualification,
    WorkProcess,
    default_behaviour_id,
)
from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides import validation as v

REQUIRED_COLUMNS = (
    "kwalificatie",
    "crebo",
    "niveau",
    "kerntaak_code",
    "kerntaak",
    "werkproces_code",
    "werkproces",
    "gedragsvoorbeeld",
)
OPTIONAL_COLUMNS = (
    "gedragsvoorbeeld_id",
    "titel",
    "slug",
    "versie",
    "bron",
    "voorbeeld",
    "werkproces_kort",
    "kerntaak_kort",
)
# Columns that describe the whole guide: they repeat on every row and must agree.
GUIDE_COLUMNS = ("kwalificatie", "crebo", "niveau", "titel", "slug", "versie", "bron", "voorbeeld")
SEPARATORS = (";", ",")
_YES = ("ja", "j", "yes", "true", "waar", "1", "x")
_NO = ("nee", "n", "no", "false", "onwaar", "0", "")


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection:
# "=HYPERLINK(...)", "@SUM(...)"). Such a cell is written with a ' in front, which a
# spreadsheet shows as text, and the ' is taken off again on import. A cell that itself starts
# with ' and then one of these gets a second ', so the round trip is exact.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    text = str(cell)
    if text.startswith(FORMULA_STARTS) or (
        text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS)
    ):
        return "'" + text
    return text


def from_spreadsheet(cell: str) -> str:
    """The text as it was before spreadsheet_safe(); other cells unchanged (kept as text)."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def dump_csv(guide: Guide) -> str:
    """The guide as Dutch Excel reads it: ``;``, CRLF, every column on every row."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)
    q = guide.qualification
    for core_task in guide.core_tasks:
        for work_process in core_task.work_processes:
            for behaviour in work_process.behaviours:
                writer.writerow(
                    spreadsheet_safe(cell)
                    for cell in [
                        q.name,
                        q.crebo,
                        q.level,
                        core_task.code,
                        core_task.title,
                        work_process.code,
                        work_process.title,
                        behaviour.text,
                        behaviour.id,
                        guide.title,
                        guide.slug,
                        guide.version,
                        guide.source,
                        "ja" if guide.example else "nee",
                        work_process.short_title,
                        core_task.short_title,
                    ]
                )
    return out.getvalue()


def load_csv(data: bytes, *, today: str) -> Guide:
    """A valid Guide from a CSV file's bytes; ``today`` is the version when there is no
    ``versie`` column."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"load_csv takes bytes, not {type(data).__name__}")
    data = bytes(data)
    v.check_size(len(data))
    rows = _rows(_decode(data))
    header_line, header = _header(rows)
    columns = _columns(header, header_line)
    builder = _Builder(columns, len(header), today=today)
    for line, cells in rows:
        builder.add(line, cells)
    return builder.guide()


# --- bytes → rows ------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InvalidGuide(
            "Het bestand is opgeslagen als UTF-16 ('Unicode-tekst'). Sla het in "
            "Excel op als 'CSV UTF-8' of 'CSV (puntkomma-gescheiden)'."
        )
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _not_text(data, exc.start + 3) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Dutch Excel's "CSV (puntkomma-gescheiden)" is Windows-1252.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise _not_text(data, exc.start) from None


def _not_text(data: bytes, position: int) -> InvalidGuide:
    line = data.count(b"\n", 0, position) + 1
    return InvalidGuide(
        "Het bestand is geen tekst in UTF-8 of Windows-1252. Sla het in Excel op als "
        "'CSV UTF-8' en probeer het opnieuw.",
        where=f"regel {line}",
    )


def _separator(text: str) -> str:
    """The separator that splits the header into the most known columns (ties: ``;``)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    known = set(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)

    def score(sep: str) -> tuple[int, int]:
        cells = next(csv.reader([first], delimiter=sep), [])
        return (sum(_column_name(c) in known for c in cells), len(cells))

    return max(SEPARATORS, key=score)


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """Non-empty records, each with the physical line it starts on."""
    separator = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error:
            raise InvalidGuide(
                'Deze regel is niet te lezen. Kijk of de aanhalingstekens (") kloppen: een '
                'tekst die met " begint, moet ook met " eindigen.',
                where=f"regel {line}",
            ) from None
        if any(cell.strip() for cell in cells):
            rows.append((line, cells))
            # One row per behaviour plus the header: more rows can never make a valid guide.
            if len(rows) > v.MAX_BEHAVIOURS + 1:
                raise InvalidGuide(
                    f"Het bestand heeft meer dan {v.MAX_BEHAVIOURS} regels met "
                    "gedragsvoorbeelden; dat is te veel.",
                    where=f"regel {line}",
                )
        line = reader.line_num + 1


def _column_name(cell: str) -> str:
    # "Kerntaak code" and "kerntaak-code" mean kerntaak_code; a BOM may cling to the first name.
    name = cell.replace("\ufeff", "").strip().casefold()
    return "_".join(name.replace("-", " ").split())


def _header(rows: list[tuple[int, list[str]]]) -> tuple[int, list[str]]:
    if not rows:
        raise InvalidGuide("Het bestand is leeg.")
    return rows.pop(0)


def _columns(header: list[str], line: int) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = _column_name(cell)
        if not name:
            continue
        if name in columns:
            raise InvalidGuide(
                f"De kolom '{name}' staat twee keer in de kopregel.", where=f"regel {line}"
            )
        columns[name] = index
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise InvalidGuide(
            f"De kopregel mist {'de kolom' if len(missing) == 1 else 'de kolommen'} "
            f"{', '.join(missing)}. Nodig zijn: {';'.join(REQUIRED_COLUMNS)}.",
            where=f"regel {line}",
        )
    return columns


# --- rows → guide ------------------------------------------------------------------------


@dataclass
class _WorkProcessDraft:
    code: str
    title: str
    line: int
    short_title: str = ""
    behaviours: list[tuple[int, Behaviour]] = field(default_factory=list)


@dataclass
class _CoreTaskDraft:
    code: str
    title: str
    line: int
    work_processes: dict[str, _WorkProcessDraft] = field(default_factory=dict)
    short_title: str = ""


class _Builder:
    """Collects rows into core tasks and work processes, in the order they first appear."""

    def __init__(self, columns: dict[str, int], width: int, *, today: str):
        self.columns = columns
        self.width = width
        self.today = today
        self.guide_values: dict[str, tuple[int, str]] = {}  # column → (first line, value)
        self.core_tasks: dict[str, _CoreTaskDraft] = {}
        self.work_process_owner: dict[str, str] = {}  # work process code (casefold) → core task
        self.locations: dict[tuple[int, ...], int] = {}

    def cell(self, cells: list[str], name: str) -> str:
        index = self.columns.get(name)
        return from_spreadsheet(cells[index]) if index is not None and index < len(cells) else ""

    def add(self, line: int, cells: list[str]) -> None:
        where = f"regel {line}"
        # Excel may add empty cells at the end of a row; text beyond the header is a mistake.
        if any(cell.strip() for cell in cells[self.width :]):
            raise InvalidGuide(
                "Deze regel heeft meer kolommen dan de kopregel. Staat er een "
                "scheidingsteken te veel in een tekst? Zet die tekst dan tussen "
                "aanhalingstekens.",
                where=where,
            )
        self._agree(line, cells)
        core_task = self._core_task(line, cells)
        work_process = self._work_process(line, cells, core_task)
        text = v.clean_behaviour_text(self.cell(cells, "gedragsvoorbeeld"), where=where)
        raw_id = self.cell(cells, "gedragsvoorbeeld_id").strip()
        position = len(work_process.behaviours) + 1
        behaviour_id = (
            v.clean_behaviour_id(raw_id, where=where)
            if raw_id
            else default_behaviour_id(work_process.code, position)
        )
        work_process.behaviours.append((line, Behaviour(id=behaviour_id, text=text)))

    def _agree(self, line: int, cells: list[str]) -> None:
        for name in GUIDE_COLUMNS:
            if name not in self.columns:
                continue
            value = v.clean_text(
                self.cell(cells, name),
                what=f"De kolom {name}",
                where=f"regel {line}",
                max_length=v.MAX_SOURCE_LENGTH,
                required=False,
            )
            first = self.guide_values.setdefault(name, (line, value))
            if first[1] != value:
                raise InvalidGuide(
                    f"In de kolom {name} staat '{_short(value)}', maar op regel {first[0]} "
                    f"staat '{_short(first[1])}'. Deze kolom moet op elke regel hetzelfde zijn.",
                    where=f"regel {line}",
                )

    def _core_task(self, line: int, cells: list[str]) -> _CoreTaskDraft:
        where = f"regel {line}"
        code = v.clean_code(self.cell(cells, "kerntaak_code"), what="De kerntaakcode", where=where)
        title = v.clean_title(self.cell(cells, "kerntaak"), what="De kerntaak", where=where)
        short_title = v.clean_short_title(
            self.cell(cells, "kerntaak_kort"), where=where, what="van de kerntaak"
        )
        draft = self.core_tasks.get(code.casefold())
        if draft is None:
            draft = _CoreTaskDraft(code, title, line)
            self.core_tasks[code.casefold()] = draft
        elif (draft.code, draft.title) != (code, title):
            raise InvalidGuide(
                f"Kerntaak {code} heet hier '{_short(title)}', maar op regel {draft.line} "
                f"'{_short(draft.title)}' ({draft.code}). Gebruik steeds dezelfde code en naam.",
                where=where,
            )
        if short_title and short_title != draft.short_title:
            if draft.short_title:
                raise InvalidGuide(
                    f"Kerntaak {code} heeft hier de korte titel '{_short(short_title)}', maar "
                    f"eerder '{_short(draft.short_title)}'. Gebruik steeds dezelfde korte titel.",
                    where=where,
                )
            draft.short_title = short_title
        return draft

    def _work_process(
        self, line: int, cells: list[str], core_task: _CoreTaskDraft
    ) -> _WorkProcessDraft:
        where = f"regel {line}"
        code = v.clean_code(
            self.cell(cells, "werkproces_code"), what="De werkprocescode", where=where
        )
        title = v.clean_title(self.cell(cells, "werkproces"), what="Het werkproces", where=where)
        short_title = v.clean_short_title(self.cell(cells, "werkproces_kort"), where=where)
        owner = self.work_process_owner.setdefault(code.casefold(), core_task.code)
        if owner != core_task.code:
            raise InvalidGuide(
                f"Werkproces {code} staat hier bij kerntaak {core_task.code}, maar eerder bij "
                f"kerntaak {owner}. Elke werkprocescode hoort bij één kerntaak.",
                where=where,
            )
        draft = core_task.work_processes.get(code.casefold())
        if draft is None:
            draft = _WorkProcessDraft(code, title, line, short_title)
            core_task.work_processes[code.casefold()] = draft
        elif (draft.code, draft.title) != (code, title):
            raise InvalidGuide(
                f"Werkproces {code} heet hier '{_short(title)}', maar op regel {draft.line} "
                f"'{_short(draft.title)}' ({draft.code}). Gebruik steeds dezelfde code en naam.",
                where=where,
            )
        elif short_title and short_title != draft.short_title:
            # An empty cell repeats nothing; a different short title is a mistake.
            if draft.short_title:
                raise InvalidGuide(
                    f"Werkproces {code} heeft hier de korte titel '{_short(short_title)}', maar "
                    f"eerder '{_short(draft.short_title)}'. Gebruik steeds dezelfde korte titel.",
                    where=where,
                )
            draft.short_title = short_title
        return draft

    def guide(self) -> Guide:
        if not self.core_tasks:
            raise InvalidGuide(
                "Het bestand heeft geen regels met gedragsvoorbeelden onder de kopregel."
            )
        core_tasks = tuple(self._freeze(i, ct) for i, ct in enumerate(self.core_tasks.values()))
        guide = Guide(
            slug="",
            title="",
            version="",
            qualification=self._qualification(),
            source="",
            core_tasks=core_tasks,
        )
        guide = self._describe(guide)
        return v.check_structure(guide, self._locate)

    def _freeze(self, i: int, draft: _CoreTaskDraft) -> CoreTask:
        self.locations[(i,)] = draft.line
        work_processes = []
        for j, wp in enumerate(draft.work_processes.values()):
            self.locations[(i, j)] = wp.line
            for k, (line, _) in enumerate(wp.behaviours):
                self.locations[(i, j, k)] = line
            work_processes.append(
                WorkProcess(
                    wp.code,
                    wp.title,
                    tuple(b for _, b in wp.behaviours),
                    short_title=wp.short_title,
                )
            )
        return CoreTask(
            draft.code, draft.title, tuple(work_processes), short_title=draft.short_title
        )

    def _value(self, name: str) -> tuple[str, str | None]:
        line, value = self.guide_values.get(name, (0, ""))
        return value, (f"regel {line}" if line else None)

    def _qualification(self) -> Qualification:
        name, where = self._value("kwalificatie")
        crebo, crebo_where = self._value("crebo")
        level, level_where = self._value("niveau")
        return Qualification(
            name=v.clean_title(name, what="De kolom kwalificatie", where=where),
            crebo=v.clean_crebo(crebo, where=crebo_where),
            level=v.clean_level(level, where=level_where),
        )

    def _describe(self, guide: Guide) -> Guide:
        """Title, slug, version, source and example flag: from their columns or derived."""
        title, where = self._value("titel")
        title = v.clean_title(title or guide.qualification.name, what="De titel", where=where)
        slug, slug_where = self._value("slug")
        slug = (
            v.clean_slug(slug, where=slug_where) if slug else v.slug_from_title(title, where=where)
        )
        version, version_where = self._value("versie")
        version = v.clean_version(version or self.today, where=version_where)
        source, source_where = self._value("bron")
        example, example_where = self._value("voorbeeld")
        return replace(
            guide,
            title=title,
            slug=slug,
            version=version,
            source=v.clean_source(source, where=source_where),
            example=_yes_no(example, where=example_where),
        )

    def _locate(self, indices: tuple[int, ...]) -> str | None:
        line = self.locations.get(indices)
        return f"regel {line}" if line else None


def _yes_no(value: str, *, where: str | None) -> bool:
    word = value.strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise InvalidGuide(
        f"In de kolom voorbeeld staat '{_short(value)}'. Vul ja of nee in.", where=where
    )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
