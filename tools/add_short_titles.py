"""Give the bundled guides plain words for the shop floor (issue 15): a short title per work
process, behaviour texts that pass the B1 check, and a new version number.

Re-runnable: it edits resources/guides/*.json line by line, so keys another branch added to
the same lines (a behaviour's "picture") stay. Run it again after a merge conflict in those
files: take the other branch's files, then ``python3 tools/add_short_titles.py``.
It ends by parsing every file and checking that it is canonical and passes the B1 check.

A stored guide version never changes (bundles compare them by key), so a changed file gets a
new version; a file already at its new version is left at it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDES = ROOT / "resources" / "guides"

# slug → (the version these texts were written against, the version they become)
VERSIONS = {
    "assistent-dienstverlening": ("2026-1", "2026-2"),
    "assistent-logistiek": ("2026-1", "2026-2"),
    "groene-ruimte-medewerker-hovenier": ("2026-2", "2026-3"),
    "horeca-gastheer-gastvrouw": ("2026-2", "2026-3"),
}

# slug → work process or core task code → short title (at most 40 characters, words from
# the shop floor)
SHORT_TITLES = {
    "assistent-dienstverlening": {
        "X-ADV-K1": "Helpen bij het dagelijkse werk",
        "X-ADV-K1-W1": "Schoonmaken",
        "X-ADV-K1-W2": "Helpen bij eten en drinken",
        "X-ADV-K1-W3": "Zorgen voor de was",
        "X-ADV-K1-W4": "Helpen bij activiteiten van bewoners",
        "X-ADV-K1-W5": "Bezoekers ontvangen en helpen",
    },
    "assistent-logistiek": {
        "X-ALOG-K1": "Werken in het magazijn",
        "X-ALOG-K1-W1": "Goederen ontvangen",
        "X-ALOG-K1-W2": "Goederen opslaan",
        "X-ALOG-K1-W3": "Orders verzamelen",
        "X-ALOG-K1-W4": "Inpakken en klaarzetten",
        "X-ALOG-K1-W5": "Veilig werken en opruimen",
    },
    "groene-ruimte-medewerker-hovenier": {
        "B1-K1": "Werken in de natuur",
        "P1-K1": "Tuinen en parken",
        "B1-K1-W1": "Zorgen voor natuur, grond en water",
        "B1-K1-W2": "Werken met gereedschap",
        "B1-K1-W3": "Praten met klanten en voorbijgangers",
        "B1-K1-W4": "Werk klaarzetten en afmaken",
        "P1-K1-W1": "Tuinen en parken aanleggen",
        "P1-K1-W2": "Tuinen en parken onderhouden",
    },
    "horeca-gastheer-gastvrouw": {
        "B1-K1": "Werken in de bediening",
        "B1-K2": "Zorgen voor de voorraad",
        "B1-K1-W1": "Alles klaarzetten",
        "B1-K1-W2": "Reserveringen aannemen",
        "B1-K1-W3": "Gasten ontvangen",
        "B1-K1-W4": "Gasten helpen kiezen en bestellen",
        "B1-K1-W5": "Drankjes klaarmaken",
        "B1-K1-W6": "Serveren en afruimen",
        "B1-K1-W7": "Zorgen voor een fijne sfeer",
        "B1-K1-W8": "Afrekenen en gedag zeggen",
        "B1-K1-W9": "Opruimen na de dienst",
        "B1-K1-W10": "Werken met de kassa",
        "B1-K2-W1": "Voorraad tellen",
        "B1-K2-W2": "Levering nakijken",
        "B1-K2-W3": "Uitpakken en opbergen",
    },
}

# slug → behaviour id → plain text (the findings of the B1 check on version before)
PLAIN_TEXTS = {
    "assistent-dienstverlening": {
        # 16 words
        "X-ADV-K1-W2-3": "Hij/zij geeft iedereen het eten en drinken van de lijst, ook bij een dieet.",
        # "bijzonderheden": office word
        "X-ADV-K1-W4-5": "Hij/zij vertelt de begeleider wat opvalt aan een bewoner.",
    },
    "assistent-logistiek": {
        # "is afgesproken": passive
        "X-ALOG-K1-W2-2": "Hij/zij stapelt dozen stevig en niet hoger dan afgesproken.",
    },
    "groene-ruimte-medewerker-hovenier": {
        # "aanwijzing": abstract noun
        "P1-K1-W1-2": "Hij/zij zet planten op de goede plek en diepte, zoals de tekening laat zien.",
        "P1-K1-W1-4": "Hij/zij zaait gras of legt graszoden, zoals de leidinggevende het zegt.",
    },
    "horeca-gastheer-gastvrouw": {
        # 16 words
        "B1-K1-W2-2": "Hij/zij kijkt in de agenda of er plaats is op de gevraagde tijd.",
        # "bijzonderheden": office word
        "B1-K1-W9-4": "Hij/zij vertelt een collega of de leidinggevende wat er bijzonder was.",
        # 17 words
        "B1-K1-W10-2": "Hij/zij telt het geld in de kassa bij het begin en eind van de dienst.",
    },
}

_TITLE_LINE = re.compile(
    r'^(\s*\{"code": (?P<code>"[^"]*"), "title": "(?:[^"\\]|\\.)*")'
    r'(?:, "short_title": "(?:[^"\\]|\\.)*")?(?P<rest>.*)$'
)
_BEHAVIOUR_LINE = re.compile(
    r'^(\s*\{"id": (?P<id>"[^"]*"), "text": )"(?:[^"\\]|\\.)*"(?P<rest>.*)$'
)
_VERSION_LINE = re.compile(r'^(\s*"version": )"(?P<version>[^"]*)"(?P<rest>,?)$')


def _j(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def update(text: str, slug: str) -> str:
    titles, texts = SHORT_TITLES[slug], PLAIN_TEXTS.get(slug, {})
    before, after = VERSIONS[slug]
    seen_titles, seen_texts, lines = set(), set(), []
    for line in text.split("\n"):
        if match := _TITLE_LINE.match(line):
            code = json.loads(match["code"])
            if code in titles:
                line = f'{match[1]}, "short_title": {_j(titles[code])}{match["rest"]}'
                seen_titles.add(code)
        elif match := _BEHAVIOUR_LINE.match(line):
            behaviour_id = json.loads(match["id"])
            if behaviour_id in texts:
                line = f"{match[1]}{_j(texts[behaviour_id])}{match['rest']}"
                seen_texts.add(behaviour_id)
        elif (match := _VERSION_LINE.match(line)) and match["version"] == before:
            line = f"{match[1]}{_j(after)}{match['rest']}"
        lines.append(line)
    missing = (set(titles) - seen_titles) | (set(texts) - seen_texts)
    if missing:
        raise SystemExit(f"{slug}: not found in the file: {', '.join(sorted(missing))}")
    return "\n".join(lines)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from praktijkdesk.guides.json_format import dump_json, load_json
    from praktijkdesk.guides.plain_language import check_guide

    for slug in SHORT_TITLES:
        path = GUIDES / f"{slug}.json"
        old = path.read_text(encoding="utf-8")
        new = update(old, slug)
        guide = load_json(new)  # refuses a file this script broke
        if dump_json(guide) != new:
            raise SystemExit(f"{path.name}: not canonical after the update")
        findings = check_guide(guide)
        if findings:
            for f in findings:
                print(f"{path.name}: {f.where}: {f.finding.describe()}", file=sys.stderr)
            raise SystemExit(f"{path.name}: {len(findings)} B1 findings left")
        if new != old:
            path.write_text(new, encoding="utf-8", newline="")
        print(
            f"{path.name}: version {guide.version}, "
            f"{sum(1 for wp in guide.work_processes() if wp.short_title)} + "
            f"{sum(1 for ct in guide.core_tasks if ct.short_title)} short titles, "
            f"{'changed' if new != old else 'unchanged'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
