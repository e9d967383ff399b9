"""Give the bundled guides their pictograms, and ship only the OpenMoji SVGs they use.

Re-runnable: it reads each guide in resources/guides, sets ``picture`` on every work process
(from WORK_PROCESS_PICTURES) and on each behaviour one of BEHAVIOUR_RULES fits, and writes
the canonical JSON back (dump_json), so any other optional field a guide has stays.

    python3 tools/add_pictures.py                       # guides only
    python3 tools/add_pictures.py --openmoji DIR        # also copy the SVGs + licence

DIR is an unpacked OpenMoji package (``npm pack openmoji``; its color/svg folder and
LICENSE.txt). OpenMoji's graphics are CC BY-SA 4.0: the licence text ships beside the SVGs in
resources/pictures, the attribution is in the About dialog and the README.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from praktijkdesk.guides.json_format import dump_json, load_json  # noqa: E402

GUIDES = ROOT / "resources" / "guides"
PICTURES = ROOT / "resources" / "pictures"

# One pictogram per work process of the bundled guides (OpenMoji codes).
WORK_PROCESS_PICTURES = {
    # Assistent dienstverlening
    "X-ADV-K1-W1": "1F9F9",  # broom: schoonmaken
    "X-ADV-K1-W2": "1F37D",  # plate with cutlery: maaltijden
    "X-ADV-K1-W3": "1F9FA",  # laundry basket: linnen en was
    "X-ADV-K1-W4": "1F91D",  # handshake: ondersteunen
    "X-ADV-K1-W5": "1F44B",  # waving hand: bezoekers ontvangen
    # Assistent logistiek
    "X-ALOG-K1-W1": "1F69A",  # delivery truck: goederen ontvangen
    "X-ALOG-K1-W2": "1F5C4",  # cabinet: opslaan
    "X-ALOG-K1-W3": "1F6D2",  # cart: orders verzamelen
    "X-ALOG-K1-W4": "1F4E6",  # package: inpakken
    "X-ALOG-K1-W5": "1F9BA",  # safety vest: veilig werken
    # Groene ruimte — medewerker hovenier
    "B1-K1-W1": "1F331",  # seedling: natuur, grond en water (horeca's B1-K1-W1 differs: below)
    "B1-K1-W2": "1F6E0",  # hammer and wrench: gereedschap
    "B1-K1-W3": "1F4AC",  # speech balloon: communiceren
    "B1-K1-W4": "1F9F0",  # toolbox: voorbereiden en afronden
    "P1-K1-W1": "1F337",  # tulip: tuinen aanleggen
    "P1-K1-W2": "2702",  # scissors: onderhoud (snoeien)
}

# Horeca shares codes (B1-K1-W1 …) with the hovenier guide: per guide where codes overlap.
GUIDE_PICTURES = {
    "horeca-gastheer-gastvrouw": {
        "B1-K1-W1": "1F374",  # fork and knife: voorbereiden
        "B1-K1-W2": "1F4DE",  # telephone: reserveringen
        "B1-K1-W3": "1F44B",  # waving hand: gasten ontvangen
        "B1-K1-W4": "1F4DD",  # memo: bestelling opnemen
        "B1-K1-W5": "2615",  # hot beverage: dranken
        "B1-K1-W6": "1F37D",  # plate: serveren en afruimen
        "B1-K1-W7": "1F56F",  # candle: sfeer
        "B1-K1-W8": "1F4B6",  # euro note: afrekenen
        "B1-K1-W9": "1F9F9",  # broom: afronden
        "B1-K1-W10": "1F9FE",  # receipt: kassa
        "B1-K2-W1": "1F4CB",  # clipboard: voorraad controleren
        "B1-K2-W2": "1F69A",  # truck: bestelling ontvangen
        "B1-K2-W3": "1F4E6",  # package: uitpakken en opslaan
    },
}

# A behaviour gets a picture when one of these words is in its text (first rule wins); most
# behaviours get none, which is fine: the card's picture and the read-aloud carry them.
BEHAVIOUR_RULES = [
    (r"\btelefoon", "1F4DE"),
    (r"\bkoffie", "2615"),
    (r"\bbier\b", "1F37A"),
    (r"\bwijn\b", "1F377"),
    (r"\bkassa", "1F9FE"),
    (r"\b(pinnen|wisselgeld|geld)\b", "1F4B6"),
    (r"\btemperatuur", "1F321"),
    (r"\b(koeling|vriezer|koelcel)\b", "1F9CA"),
    (r"\bafval", "1F5D1"),
    (r"\bhanden\b", "1F9FC"),
    (r"\b(begroet|groet)\b", "1F44B"),
    (r"\blacht\b", "1F642"),
    (r"\bveilig", "1F9BA"),
    (r"\bhandschoenen\b", "1F9E4"),
    (r"\bladder\b", "1FA9C"),
    (r"\bemmer\b", "1FAA3"),
    (r"\bbedden?\b", "1F6CF"),
    (r"\b(planten|plant)\b", "1FAB4"),
    (r"\bbladeren\b", "1F342"),
    (r"\bwater\b", "1F4A7"),
    (r"\b(pakbon|picklijst|lijst)\b", "1F4CB"),
    (r"\b(dozen|doos|pakket)\b", "1F4E6"),
    (r"\betiket", "1F3F7"),
    (r"\bschoon", "1F9FD"),
]

# Pictures the candidate screen itself uses (speaker, check, star, lock, fallback,
# "Dit kan ik", printer, back).
SCREEN_PICTURES = ("1F50A", "2705", "2B50", "1F512", "1F4BC", "1F44D", "1F5A8", "2B05")


def work_process_picture(slug: str, code: str) -> str:
    return GUIDE_PICTURES.get(slug, {}).get(code) or WORK_PROCESS_PICTURES.get(code, "")


def behaviour_picture(text: str) -> str:
    lowered = text.lower()
    for pattern, picture in BEHAVIOUR_RULES:
        if re.search(pattern, lowered):
            return picture
    return ""


def add_pictures(guide):
    core_tasks = []
    for ct in guide.core_tasks:
        work_processes = []
        for wp in ct.work_processes:
            behaviours = tuple(
                replace(b, picture=behaviour_picture(b.text) or b.picture) for b in wp.behaviours
            )
            picture = work_process_picture(guide.slug, wp.code) or wp.picture
            work_processes.append(replace(wp, picture=picture, behaviours=behaviours))
        core_tasks.append(replace(ct, work_processes=tuple(work_processes)))
    return replace(guide, core_tasks=tuple(core_tasks))


def used_pictures(guides) -> set[str]:
    used = set(SCREEN_PICTURES)
    for guide in guides:
        for wp in guide.work_processes():
            used.add(wp.picture)
            used.update(b.picture for b in wp.behaviours)
    used.discard("")
    return used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--openmoji", type=Path, help="an unpacked OpenMoji package")
    args = parser.parse_args(argv)
    guides = []
    for path in sorted(GUIDES.glob("*.json")):
        guide = add_pictures(load_json(path.read_bytes()))
        path.write_text(dump_json(guide), encoding="utf-8", newline="\n")
        guides.append(guide)
        print(
            f"{path.name}: {sum(1 for wp in guide.work_processes() if wp.picture)} werkprocessen, "
            f"{sum(1 for b in guide.behaviours() if b.picture)} gedragsvoorbeelden met plaatje"
        )
    used = used_pictures(guides)
    if args.openmoji:
        source = args.openmoji / "color" / "svg"
        PICTURES.mkdir(exist_ok=True)
        for old in PICTURES.glob("*.svg"):
            if old.stem not in used:
                old.unlink()
        for code in sorted(used):
            shutil.copyfile(source / f"{code}.svg", PICTURES / f"{code}.svg")
        shutil.copyfile(args.openmoji / "LICENSE.txt", PICTURES / "LICENSE-OpenMoji.txt")
        print(f"{len(used)} plaatjes in {PICTURES.relative_to(ROOT)}")
    missing = sorted(code for code in used if not (PICTURES / f"{code}.svg").exists())
    if missing:
        print("Ontbreekt in resources/pictures: " + ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
