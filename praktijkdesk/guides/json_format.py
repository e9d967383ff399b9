"""The canonical guide file: JSON in the format "praktijkdesk-guide/1" (GUIDE-FORMAT.md).

What the app bundles, stores and exports. ``load_json(dump_json(g)) == g`` for every valid guide.
Error messages name the JSON path, like ``core_tasks[0].work_processes[2].behaviours[1]``.
"""

from __future__ import annotations

import json

from praktijkdesk.domain.guide import (
    Behaviour,
    CoreTask,
    Guide,
    GuideVariant,
    HiddenBehaviour,
    Qualification,
    WorkProcess,
    default_behaviour_id,
)
from praktijkdesk.errors import InvalidGuide
from praktijkdesk.guides import validation as v

FORMAT = "praktijkdesk-guide/1"
_FORMAT_FAMILY = "praktijkdesk-guide/"
_BOM = "\ufeff"


def load_json(data: str | bytes) -> Guide:
    """A valid Guide from the file's text or bytes, or InvalidGuide saying what is wrong where."""
    return guide_from_object(parse_text(data))


def parse_text(data: str | bytes) -> object:
    """The file's JSON value (size, encoding and syntax checked), before any guide rules."""
    return _parse(_decode(data))


def guide_from_object(raw: object) -> Guide:
    """A valid Guide from an already parsed JSON value (see parse_text)."""
    hidden: list[tuple[HiddenBehaviour, str]] = []
    guide = _guide(raw, hidden)
    guide = v.check_structure(guide, _locate)
    _check_hidden(guide, hidden)
    return guide


def dump_json(guide: Guide) -> str:
    """The canonical text: fixed key order, one behaviour per line, UTF-8 as is, final newline."""
    q = guide.qualification
    qualification = {"name": q.name, "crebo": q.crebo, "level": q.level}
    # Optional keys only when present, so a guide without them keeps its canonical bytes.
    if q.file:
        qualification["file"] = q.file
    if q.file_version:
        qualification["file_version"] = q.file_version
    hidden = guide.variant.hidden if guide.variant else ()
    core_tasks = ",\n".join(_dump_core_task(ct, hidden) for ct in guide.core_tasks)
    return (
        "{\n"
        f'  "format": {_j(FORMAT)},\n'
        f'  "slug": {_j(guide.slug)},\n'
        f'  "title": {_j(guide.title)},\n'
        f'  "version": {_j(guide.version)},\n'
        f'  "example": {_j(bool(guide.example))},\n'
        f'  "qualification": {_j(qualification)},\n'
        f'  "source": {_j(guide.source)},\n'
        f"{_dump_variant(guide.variant)}"
        f'  "core_tasks": [\n{core_tasks}\n  ]\n'
        "}\n"
    )


def _dump_variant(variant: GuideVariant | None) -> str:
    # Only on an employer's own version, so a school's guide keeps its canonical bytes.
    if variant is None:
        return ""
    block = {"of": variant.base_key, "employer": variant.employer_id}
    return f'  "variant": {_j(block)},\n'


def _dump_core_task(core_task: CoreTask, hidden: tuple[HiddenBehaviour, ...] = ()) -> str:
    work_processes = ",\n".join(
        _dump_work_process(wp, [h for h in hidden if h.work_process_code == wp.code])
        for wp in core_task.work_processes
    )
    short = f', "short_title": {_j(core_task.short_title)}' if core_task.short_title else ""
    return (
        f'    {{"code": {_j(core_task.code)}, "title": {_j(core_task.title)}{short},\n'
        f'     "work_processes": [\n{work_processes}\n     ]}}'
    )


def _dump_work_process(work_process: WorkProcess, hidden: list[HiddenBehaviour] = ()) -> str:
    # Hidden behaviours (an employer's own version) follow the shown ones of their work process.
    behaviours = ",\n".join(
        [
            f'         {{"id": {_j(b.id)}, "text": {_j(b.text)}{_picture(b.picture)}}}'
            for b in work_process.behaviours
        ]
        + [f'         {{"id": {_j(h.id)}, "text": {_j(h.text)}, "hidden": true}}' for h in hidden]
    )
    # "short_title" only when present, so a guide without one keeps its canonical bytes.
    short = f', "short_title": {_j(work_process.short_title)}' if work_process.short_title else ""
    return (
        f'       {{"code": {_j(work_process.code)}, "title": {_j(work_process.title)}{short}'
        f"{_picture(work_process.picture)},\n"
        f'        "behaviours": [\n{behaviours}\n        ]}}'
    )


def _picture(picture: str) -> str:
    """The optional pictogram key, only when there is one (canonical bytes stay as they were)."""
    return f', "picture": {_j(picture)}' if picture else ""


def _j(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# --- reading -------------------------------------------------------------------------------


def _decode(data: str | bytes) -> str:
    if isinstance(data, str):
        v.check_size(len(data.encode("utf-8", "surrogatepass")))
        return data.removeprefix(_BOM)
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"load_json takes str or bytes, not {type(data).__name__}")
    data = bytes(data)
    v.check_size(len(data))
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InvalidGuide("Het bestand is opgeslagen als UTF-16. Sla het op als UTF-8.")
    try:
        return data.decode("utf-8").removeprefix(_BOM)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InvalidGuide(
            "Het bestand is geen UTF-8-tekst. Sla het op als UTF-8 en probeer het opnieuw.",
            where=f"regel {line}",
        ) from None


def _parse(text: str) -> object:
    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise InvalidGuide(
            "Dit is geen geldige JSON. Kijk of er een komma, aanhalingsteken of haakje "
            "ontbreekt of te veel is.",
            where=f"regel {exc.lineno}, kolom {exc.colno}",
        ) from None
    except RecursionError:
        raise InvalidGuide("De JSON is te diep genest; dit is geen begeleidingsdocument.") from None
    except ValueError:
        # e.g. a number with thousands of digits: Python refuses to convert it.
        raise InvalidGuide("De JSON bevat een getal dat niet te lezen is.") from None


def _refuse_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            # json.loads would silently keep the last one; a school would never notice.
            raise InvalidGuide(f"De sleutel '{key}' staat twee keer in hetzelfde blok.")
        result[key] = value
    return result


def _locate(indices: tuple[int, ...]) -> str | None:
    parts = ["core_tasks"]
    names = ("core_tasks", "work_processes", "behaviours")
    for depth, index in enumerate(indices):
        if depth:
            parts.append(f".{names[depth]}")
        parts.append(f"[{index}]")
    return "".join(parts)


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _object(value: object, path: str) -> dict:
    if not isinstance(value, dict):
        what = "Het bestand" if not path else "Dit onderdeel"
        raise InvalidGuide(f"{what} moet een blok {{ … }} zijn.", where=path or None)
    return value


def _list(value: object, path: str) -> list:
    if not isinstance(value, list):
        raise InvalidGuide("Dit moet een lijst [ … ] zijn.", where=path)
    return value


def _required(obj: dict, key: str, path: str) -> object:
    if key not in obj:
        raise InvalidGuide(f"'{key}' ontbreekt.", where=path or None)
    return obj[key]


def _guide(raw: object, hidden: list[tuple[HiddenBehaviour, str]]) -> Guide:
    top = _object(raw, "")
    _check_format(top)
    title = v.clean_title(_required(top, "title", ""), what="De titel", where="title")
    slug = (
        v.clean_slug(top["slug"], where="slug")
        if "slug" in top
        else v.slug_from_title(title, where="title")
    )
    example = top.get("example", False)
    if not isinstance(example, bool):
        raise InvalidGuide("'example' moet true of false zijn.", where="example")
    core_tasks = _list(_required(top, "core_tasks", ""), "core_tasks")
    return Guide(
        slug=slug,
        title=title,
        version=v.clean_version(_required(top, "version", ""), where="version"),
        qualification=_qualification(_required(top, "qualification", "")),
        source=v.clean_source(top.get("source", ""), where="source"),
        core_tasks=tuple(
            _core_task(ct, _join("core_tasks", i), hidden) for i, ct in enumerate(core_tasks)
        ),
        example=example,
        variant=_variant(top["variant"], hidden) if "variant" in top else None,
    )


def _variant(raw: object, hidden: list[tuple[HiddenBehaviour, str]]) -> GuideVariant:
    obj = _object(raw, "variant")
    base_key = v.clean_text(
        _required(obj, "of", "variant"),
        what="De schoolversie ('of')",
        where="variant.of",
        max_length=200,
    )
    employer = v.clean_text(
        _required(obj, "employer", "variant"),
        what="Het leerbedrijf ('employer')",
        where="variant.employer",
        max_length=200,
    )
    return GuideVariant(base_key=base_key, employer_id=employer, hidden=tuple(h for h, _ in hidden))


def _check_hidden(guide: Guide, hidden: list[tuple[HiddenBehaviour, str]]) -> None:
    if hidden and guide.variant is None:
        raise InvalidGuide(
            "Alleen een eigen versie van een leerbedrijf kan gedragsvoorbeelden verbergen "
            '("hidden"). Haal "hidden" weg.',
            where=hidden[0][1],
        )
    seen = {b.id.casefold() for b in guide.behaviours()}
    for item, where in hidden:
        if item.id.casefold() in seen:
            raise InvalidGuide(
                f"De id van een gedragsvoorbeeld {item.id} komt twee keer voor. "
                "Elke code moet uniek zijn.",
                where=where,
            )
        seen.add(item.id.casefold())


def _check_format(top: dict) -> None:
    if "format" not in top:
        raise InvalidGuide(
            f'\'format\' ontbreekt. Een begeleidingsdocument begint met "format": "{FORMAT}".'
        )
    found = top["format"]
    if found == FORMAT:
        return
    if isinstance(found, str) and found.startswith(_FORMAT_FAMILY):
        raise InvalidGuide(
            f"Dit bestand heeft vorm '{found}'; deze versie van praktijkdesk kent alleen "
            f"'{FORMAT}'. Werk praktijkdesk bij.",
            where="format",
        )
    raise InvalidGuide(
        f"Dit is geen begeleidingsdocument: 'format' moet '{FORMAT}' zijn.", where="format"
    )


def _qualification(raw: object) -> Qualification:
    obj = _object(raw, "qualification")
    return Qualification(
        name=v.clean_title(
            _required(obj, "name", "qualification"),
            what="De naam van de kwalificatie",
            where="qualification.name",
        ),
        crebo=v.clean_crebo(obj.get("crebo", ""), where="qualification.crebo"),
        level=v.clean_level(obj.get("level", ""), where="qualification.level"),
        file=_optional_title(obj, "file", "De naam van het kwalificatiedossier"),
        file_version=_optional_title(obj, "file_version", "De versie van het kwalificatiedossier"),
    )


def _optional_title(obj: dict, key: str, what: str) -> str:
    if not obj.get(key):
        return ""
    return v.clean_title(obj[key], what=what, where=f"qualification.{key}")


def _core_task(raw: object, path: str, hidden: list[tuple[HiddenBehaviour, str]]) -> CoreTask:
    obj = _object(raw, path)
    code = v.clean_code(
        _required(obj, "code", path), what="De kerntaakcode", where=_join(path, "code")
    )
    work_processes = _list(_required(obj, "work_processes", path), _join(path, "work_processes"))
    return CoreTask(
        code=code,
        title=v.clean_title(
            _required(obj, "title", path),
            what="De titel van de kerntaak",
            where=_join(path, "title"),
        ),
        short_title=v.clean_short_title(
            obj.get("short_title"), where=_join(path, "short_title"), what="van de kerntaak"
        ),
        work_processes=tuple(
            _work_process(wp, _join(_join(path, "work_processes"), j), hidden)
            for j, wp in enumerate(work_processes)
        ),
    )


def _work_process(raw: object, path: str, hidden: list[tuple[HiddenBehaviour, str]]) -> WorkProcess:
    obj = _object(raw, path)
    code = v.clean_code(
        _required(obj, "code", path), what="De werkprocescode", where=_join(path, "code")
    )
    behaviours = _list(_required(obj, "behaviours", path), _join(path, "behaviours"))
    return WorkProcess(
        code=code,
        title=v.clean_title(
            _required(obj, "title", path),
            what="De titel van het werkproces",
            where=_join(path, "title"),
        ),
        short_title=v.clean_short_title(obj.get("short_title"), where=_join(path, "short_title")),
        behaviours=_shown_behaviours(code, behaviours, _join(path, "behaviours"), hidden),
        picture=v.clean_picture(obj.get("picture"), where=_join(path, "picture")),
    )


def _shown_behaviours(
    code: str, raw: list, path: str, hidden: list[tuple[HiddenBehaviour, str]]
) -> tuple[Behaviour, ...]:
    """The shown behaviours; a hidden one (``"hidden": true``) goes to ``hidden`` instead."""
    shown = []
    for k, item in enumerate(raw):
        where = _join(path, k)
        behaviour = _behaviour(item, code, k + 1, where)
        flag = item.get("hidden", False) if isinstance(item, dict) else False
        if not isinstance(flag, bool):
            raise InvalidGuide("'hidden' moet true of false zijn.", where=_join(where, "hidden"))
        if flag:
            hidden.append((HiddenBehaviour(code, behaviour.id, behaviour.text), where))
        else:
            shown.append(behaviour)
    return tuple(shown)


def _behaviour(raw: object, work_process_code: str, position: int, path: str) -> Behaviour:
    if isinstance(raw, str):
        return Behaviour(
            id=default_behaviour_id(work_process_code, position),
            text=v.clean_behaviour_text(raw, where=path),
        )
    if not isinstance(raw, dict):
        raise InvalidGuide(
            "Een gedragsvoorbeeld is een tekst of een blok met id en text.", where=path
        )
    # Without an id it is numbered like a plain string: the same rule, one meaning.
    behaviour_id = (
        v.clean_behaviour_id(raw["id"], where=_join(path, "id"))
        if "id" in raw
        else default_behaviour_id(work_process_code, position)
    )
    text = v.clean_behaviour_text(_required(raw, "text", path), where=_join(path, "text"))
    picture = v.clean_picture(raw.get("picture"), where=_join(path, "picture"))
    return Behaviour(id=behaviour_id, text=text, picture=picture)
