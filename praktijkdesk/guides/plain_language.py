"""A plain-language check (B1) for the texts a trainer reads on the shop floor.

Pure: text in, findings out; no storage, no Qt, no network. Four kinds of finding, each with a
Dutch message and a suggestion:

- ``long_sentence``: a sentence of more than MAX_WORDS words;
- ``jargon``: a word or phrase from a list of school and office language (JARGON_WORDS);
- ``passive``: "wordt/worden/werd/werden/is/zijn … ge…d/t" (lijdende vorm);
- ``abstract_noun``: a noun ending in -ing, -heid or -atie that hides a verb
  ("de uitvoering" instead of "doet"), except common concrete words (CONCRETE).

The API is stable (the employer's own version editor calls it):
``check_text(text) -> list[Finding]`` and ``check_guide(guide) -> list[GuideFinding]``.
A finding's ``start``/``end`` are offsets in the text given, so an editor can underline them.
The check is a help, not a rule: a guide with findings can still be imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from praktijkdesk.domain.guide import Guide

MAX_WORDS = 15

LONG_SENTENCE = "long_sentence"
JARGON = "jargon"
PASSIVE = "passive"
ABSTRACT_NOUN = "abstract_noun"
KINDS = (LONG_SENTENCE, JARGON, PASSIVE, ABSTRACT_NOUN)

# School and office words, with a plain word to use instead. Lower case; a phrase of several
# words is matched as a whole. Inflected forms are listed where they are common.
JARGON_WORDS: dict[str, str] = {
    "ten behoeve van": "voor",
    "t.b.v.": "voor",
    "draagt zorg voor": "zorgt voor",
    "zorg dragen voor": "zorgen voor",
    "in het kader van": "bij, voor",
    "met betrekking tot": "over",
    "m.b.t.": "over",
    "door middel van": "met",
    "d.m.v.": "met",
    "naar aanleiding van": "na, door",
    "n.a.v.": "na, door",
    "in verband met": "door, omdat",
    "i.v.m.": "door, omdat",
    "c.q.": "of",
    "en/of": "en, of (kies één)",
    "middels": "met",
    "conform": "volgens",
    "inzake": "over",
    "omtrent": "over",
    "betreffende": "over",
    "alsmede": "en",
    "teneinde": "om",
    "derhalve": "daarom",
    "indien": "als",
    "mits": "als",
    "reeds": "al",
    "tevens": "ook",
    "wederom": "weer",
    "zodoende": "zo",
    "dient te": "moet",
    "dienen te": "moeten",
    "hanteert": "gebruikt",
    "hanteren": "gebruiken",
    "faciliteert": "helpt, maakt mogelijk",
    "faciliteren": "helpen, mogelijk maken",
    "facilitaire": "praktische",
    "facilitair": "praktisch",
    "communiceert": "praat, vertelt",
    "communiceren": "praten, vertellen",
    "creëert": "maakt",
    "creëren": "maken",
    "adequaat": "goed",
    "adequate": "goede",
    "evalueert": "bespreekt",
    "evalueren": "bespreken",
    "implementeert": "voert in",
    "implementeren": "invoeren",
    "optimaliseert": "maakt beter",
    "optimaliseren": "beter maken",
    "initieert": "begint",
    "initiëren": "beginnen",
    "prioriteert": "kiest wat eerst moet",
    "prioriteren": "kiezen wat eerst moet",
    "bewerkstelligen": "zorgen dat",
    "competentie": "wat iemand kan",
    "competenties": "wat iemand kan",
    "derden": "anderen",
    "werkzaamheden": "werk, taken",
    "serveergereed": "klaar om te serveren",
    "bijzonderheden": "wat opvalt, wat anders is",
    "kerntaak": "hoofdtaak",
    "begeleidingsdocument": "lijst met werk",
}

# Abstract endings; a word with one of these hides a verb unless it is a common concrete word.
ABSTRACT_ENDINGS = ("ing", "ingen", "heid", "heden", "atie", "aties")
# Common words with those endings that a B1 reader knows as things, not as hidden verbs.
CONCRETE = frozenset(
    """
    ding dingen ring kring koning woning leerling leerlingen kleding bestelling bestellingen
    rekening rekeningen reservering reserveringen levering leveringen verpakking verpakkingen
    koeling verwarming verlichting leiding opleiding tekening tekeningen lading boeking
    boekingen vergadering vergaderingen omgeving opening zending zendingen ingang
    gehoorbescherming bescherming bediening tuinverlichting regeling regelingen mening
    informatie situatie locatie organisatie vakantie station stations nation natie
    waarheid gezondheid veiligheid vrijheid gelegenheid eenheid eenheden overheid
    hoeveelheid hoeveelheden mogelijkheid mogelijkheden moeilijkheid
    ring lening storing storingen wasmachine
    """.split()
)
# A few abstract nouns with a better verb to use.
ABSTRACT_SUGGESTIONS: dict[str, str] = {
    "uitvoering": "doet, voert uit",
    "ondersteuning": "helpt",
    "begeleiding": "helpt, begeleidt",
    "beoordeling": "beoordeelt, kijkt of",
    "voorbereiding": "zet klaar, bereidt voor",
    "afhandeling": "handelt af, maakt af",
    "verwerking": "verwerkt",
    "toepassing": "gebruikt",
    "naleving": "houdt zich aan",
    "signalering": "ziet en meldt",
    "samenwerking": "werkt samen",
    "communicatie": "praat, vertelt",
    "registratie": "schrijft op",
    "presentatie": "laat zien",
    "evaluatie": "bespreekt",
    "coördinatie": "regelt",
    "realisatie": "maakt",
    "verantwoordelijkheid": "zorgt dat",
    "zelfstandigheid": "zelf, alleen",
    "nauwkeurigheid": "precies",
    "vaardigheid": "kan",
    "vaardigheden": "kan",
}

_PASSIVE_AUX_STRONG = frozenset({"wordt", "worden", "werd", "werden"})
_PASSIVE_AUX_WEAK = frozenset({"is", "zijn"})
# After wordt/worden: a participle, with ge- (gemaakt, schoongemaakt, gegeven) or with be-,
# ver-, ont-, her- or er- (besproken, verwijderd).
_PARTICIPLE_STRONG = re.compile(
    r"[a-z]{0,8}ge\w{2,}(?:d|t|en)|(?:be|ver|ont|her|er)\w{2,}(?:d|t|en)"
)
# After is/zijn only ge…d/t (gezegd, opgeruimd) and a few common ge…en: "is gestopt" may be
# active, but the passive is the usual case in a work instruction.
_PARTICIPLE_WEAK = re.compile(r"[a-z]{0,8}ge\w{2,}[dt]")
_IRREGULAR_PARTICIPLES = frozenset(
    """
    gedaan gegeven genomen geschreven gelezen gesloten gezien gedragen gewassen gesproken
    afgesproken gebroken gegeten opgegeven aangegeven doorgegeven meegenomen opgenomen
    """.split()
)
# Words that look like a participle but are not one.
_NOT_PARTICIPLES = frozenset(
    """
    gezond gewoon geduld gebied gebit gedicht gemiddeld gelijk geheel genoeg gerecht
    gerechten gesprek gebouw geld gevaarlijk gebruik beleid bericht betaald verschil
    verder even eten ontbijt
    """.split()
)
_PASSIVE_WINDOW = 5  # words after the auxiliary in which the participle may stand

_WORD = re.compile(r"[^\W\d_](?:[\w'’./-]*\w)?\.?|\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Finding:
    """One place in a text that is harder to read than it needs to be."""

    kind: str  # one of KINDS
    start: int  # offset of the finding in the text checked
    end: int
    found: str  # the words found (the whole sentence for a long sentence)
    message: str  # what is wrong, in Dutch
    suggestion: str  # what to do instead, in Dutch

    def describe(self) -> str:
        return f"{self.message} {self.suggestion}"


@dataclass(frozen=True)
class GuideFinding:
    """A finding in one text of a guide; ``where`` says which (a code or behaviour id)."""

    where: str
    field: str  # "gedragsvoorbeeld" or "korte titel"
    text: str
    finding: Finding


def check_text(text: str) -> list[Finding]:
    """Every finding in ``text``, in the order they occur in it."""
    if not isinstance(text, str) or not text.strip():
        return []
    findings: list[Finding] = []
    for start, sentence in _sentences(text):
        words = _words(sentence, start)
        findings += _long_sentence(sentence, start, words)
        findings += _jargon(sentence, start)
        findings += _passive(words)
        findings += _abstract_nouns(words)
    findings.sort(key=lambda f: (f.start, KINDS.index(f.kind)))
    return findings


def check_guide(guide: Guide) -> list[GuideFinding]:
    """The texts a trainer reads: every behaviour and every short title.

    The official titles of core tasks and work processes come from the kwalificatiedossier
    and are not checked: the school cannot change them."""
    results: list[GuideFinding] = []
    for core_task in guide.core_tasks:
        if core_task.short_title:
            for finding in check_text(core_task.short_title):
                results.append(
                    GuideFinding(core_task.code, "korte titel", core_task.short_title, finding)
                )
    for work_process in guide.work_processes():
        if work_process.short_title:
            for finding in check_text(work_process.short_title):
                results.append(
                    GuideFinding(
                        work_process.code, "korte titel", work_process.short_title, finding
                    )
                )
        for behaviour in work_process.behaviours:
            for finding in check_text(behaviour.text):
                results.append(
                    GuideFinding(behaviour.id, "gedragsvoorbeeld", behaviour.text, finding)
                )
    return results


# --- the four checks ---------------------------------------------------------------------


def _sentences(text: str) -> list[tuple[int, str]]:
    result, position = [], 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[position : match.start()]
        if piece.strip():
            result.append((position, piece))
        position = match.end()
    if text[position:].strip():
        result.append((position, text[position:]))
    return result


def _words(sentence: str, offset: int) -> list[tuple[int, int, str]]:
    words = []
    for match in _WORD.finditer(sentence):
        word = match.group()
        end = match.end()
        if word.endswith(".") and word.count(".") == 1:
            word, end = word[:-1], end - 1  # the full stop ends the sentence
        words.append((offset + match.start(), offset + end, word))
    return words


def _long_sentence(sentence: str, offset: int, words) -> list[Finding]:
    if len(words) <= MAX_WORDS:
        return []
    stripped = sentence.strip()
    start = offset + sentence.index(stripped)
    return [
        Finding(
            LONG_SENTENCE,
            start,
            start + len(stripped),
            stripped,
            f"Deze zin heeft {len(words)} woorden; dat is meer dan {MAX_WORDS}.",
            "Maak er twee zinnen van, of laat woorden weg die niets toevoegen.",
        )
    ]


def _jargon(sentence: str, offset: int) -> list[Finding]:
    findings = []
    for match in _JARGON_PATTERN.finditer(sentence):
        found = match.group()
        phrase = " ".join(found.casefold().split())
        findings.append(
            Finding(
                JARGON,
                offset + match.start(),
                offset + match.end(),
                found,
                f"'{found}' is school- of kantoortaal.",
                f"Schrijf liever: {JARGON_WORDS[phrase]}.",
            )
        )
    return findings


def _phrase_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(p) for p in phrase.split())


# One pattern for the whole list, longest phrase first, so "draagt zorg voor" is one finding
# and not also a shorter one inside it. Not inside a longer word ("reeds" not in "kreeds"),
# but "en/of" and "t.b.v." as they are.
_JARGON_PATTERN = re.compile(
    r"(?<![\w/])(?:"
    + "|".join(_phrase_pattern(p) for p in sorted(JARGON_WORDS, key=len, reverse=True))
    + r")(?![\w/])",
    re.IGNORECASE,
)


def _passive(words) -> list[Finding]:
    findings = []
    lowered = [w.casefold() for _, _, w in words]
    for i, word in enumerate(lowered):
        if word in _PASSIVE_AUX_STRONG:
            pattern = _PARTICIPLE_STRONG
        elif word in _PASSIVE_AUX_WEAK:
            pattern = _PARTICIPLE_WEAK
        else:
            continue
        for j in range(i + 1, min(len(words), i + 1 + _PASSIVE_WINDOW)):
            candidate = lowered[j]
            if candidate in _PASSIVE_AUX_STRONG | _PASSIVE_AUX_WEAK:
                break
            if candidate in _NOT_PARTICIPLES:
                continue
            if candidate in _IRREGULAR_PARTICIPLES or pattern.fullmatch(candidate):
                start, end = words[i][0], words[j][1]
                found = (
                    f"{words[i][2]} … {words[j][2]}"
                    if j > i + 1
                    else f"{words[i][2]} {words[j][2]}"
                )
                findings.append(
                    Finding(
                        PASSIVE,
                        start,
                        end,
                        found,
                        f"'{found}' is een lijdende zin: er staat niet wie het doet.",
                        "Zeg wie het doet: 'Hij/zij maakt …' in plaats van '… wordt gemaakt'.",
                    )
                )
                break
    return findings


def _abstract_nouns(words) -> list[Finding]:
    findings = []
    for start, end, word in words:
        lowered = word.casefold()
        if len(lowered) < 7 or lowered in CONCRETE or lowered in JARGON_WORDS:
            continue  # a jargon word is found once, as jargon
        if "/" in lowered or "." in lowered:
            continue
        if not lowered.endswith(ABSTRACT_ENDINGS):
            continue
        better = ABSTRACT_SUGGESTIONS.get(lowered)
        suggestion = (
            f"Schrijf wat iemand doet, met een werkwoord: {better}."
            if better
            else "Schrijf wat iemand doet, met een werkwoord (bijvoorbeeld 'zet klaar' in plaats "
            "van 'de voorbereiding')."
        )
        findings.append(
            Finding(
                ABSTRACT_NOUN,
                start,
                end,
                word,
                f"'{word}' is een moeilijk woord van een werkwoord gemaakt.",
                suggestion,
            )
        )
    return findings
