"""Token patterns for the SpanRuler: organisations, persons and counts.

Phrase patterns come from the gazetteers in ``lang_de``; token patterns describe
the shapes ("... e.V.", "Herrn Dr. Thomas Pfohl", "gut 40 Bürgerinnen und Bürger").
"""
from __future__ import annotations

from . import lang_de

_ARTICLES = ["die", "der", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "firma", "fa.",
             "büro", "von", "vom", "mit", "durch", "und", "oder", "sowie", "bei", "beim", "im", "in", "am", "an",
             "für", "zum", "zur", "als", "auch", "dass", "wir", "sie", "es", "er", "unsere", "unser", "ihre"]
_MONTHS_AND_UNITS = ["uhr", "euro", "eur", "€", "t€", "teur", "prozent", "%", "januar", "februar", "märz",
                     "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
                     "jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten", "woche", "wochen", "tag",
                     "tage", "tagen", "stunde", "stunden", "minuten", "mal", "uhrzeit", "seite", "seiten",
                     "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "einwohner",
                     "einwohnerinnen", "km", "qm", "m²", "und", "oder", "bis", "stand"]
_QUALIFIER_WORDS = ["ca.", "ca", "circa", "zirka", "etwa", "rund", "gut", "knapp", "über", "mehr", "als", "fast",
                    "annähernd", "ungefähr", "bis", "zu", "weniger", "unter", "mind.", "mindestens", "max.",
                    "maximal", "höchstens", "insgesamt", "nahezu", "beinahe", "knapp", "um", "die", "an",
                    "schätzungsweise", "weit", "deutlich", "etwas"]

NAME = {"IS_TITLE": True, "IS_ALPHA": True, "ORTH": {"NOT_IN": sorted(lang_de.NOT_SURNAMES)}}
NAME_HYPHENATED = {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+$"}}
PARTICLE = {"LOWER": {"IN": ["von", "van", "de", "zu", "der", "den"]}, "OP": "?"}


def _name_tokens(min_n: int = 1, max_n: int = 3) -> list[list[dict]]:
    """A name of ``min_n``..``max_n`` capitalised words (hyphenated surnames allowed)."""
    out = []
    for n in range(min_n, max_n + 1):
        for hyphen_last in (False, True):
            toks = [dict(NAME) for _ in range(n)]
            if hyphen_last:
                toks[-1] = dict(NAME_HYPHENATED)
            out.append(toks)
    return out


def person_patterns() -> list[dict]:
    pats = []
    forms = {"ORTH": {"IN": lang_de.ADDRESS_FORMS}}
    titles = {"ORTH": {"IN": lang_de.ACADEMIC_TITLES}, "OP": "*"}
    titles_req = {"ORTH": {"IN": lang_de.ACADEMIC_TITLES}, "OP": "+"}
    functions = {"LOWER": {"IN": sorted({f.lower() for f in lang_de.FUNCTION_TITLES if " " not in f})}}
    first = {"ORTH": {"IN": lang_de.FIRST_NAMES}}
    for name in _name_tokens(1, 3):
        pats.append({"label": "PERSON", "pattern": [forms, titles, PARTICLE, *name], "id": "form"})
        pats.append({"label": "PERSON", "pattern": [titles_req, PARTICLE, *name], "id": "title"})
    for name in _name_tokens(2, 3):
        pats.append({"label": "PERSON", "pattern": [functions, titles, *name], "id": "function"})
    for surname in _name_tokens(1, 1):
        pats.append({"label": "PERSON", "pattern": [first, *surname], "id": "first_name"})
        # "Kleiser, Karl" (only at a line start; checked when the value is made)
        pats.append({"label": "PERSON", "pattern": [*surname, {"ORTH": ","}, first], "id": "last_first"})
        pats.append({"label": "PERSON", "pattern": [first, first, *surname], "id": "first_name"})
    return pats


def org_patterns() -> list[dict]:
    pats: list[dict] = [{"label": "ORG", "pattern": name, "id": "gazetteer"} for name in lang_de.ORGANISATIONS]
    word = {"IS_TITLE": True, "LOWER": {"NOT_IN": _ARTICLES}}
    brand = {"TEXT": {"REGEX": r"^[A-Za-zÄÖÜäöüß][\w&.+-]*$"}, "LOWER": {"NOT_IN": _ARTICLES}}
    suffix = {"ORTH": {"IN": [s for s in lang_de.ORG_SUFFIXES if " " not in s]}}
    for n in (1, 2, 3, 4):
        pats.append({"label": "ORG", "pattern": [*([word] * (n - 1)), brand, suffix], "id": "legal_form"})
    pats.append({"label": "ORG", "pattern": [brand, {"ORTH": "e."}, {"ORTH": "V."}], "id": "legal_form"})
    # "Büro Taten.Drang", "Fa. Tatendrang", "Initiative Frühlingserwachen"
    intro = {"ORTH": {"IN": lang_de.ORG_INTRODUCERS}}
    for n in (1, 2):
        pats.append({"label": "ORG", "pattern": [intro, *([word] * n)], "id": "introduced"})
    # "Institut für Sozialforschung", "Universität Freiburg", "Stiftung Bürgermut"
    heads = {"ORTH": {"IN": ["Institut", "Universität", "Hochschule", "Akademie", "Stiftung", "Verein",
                             "Verband", "Netzwerk", "Landratsamt"]}}
    pats.append({"label": "ORG", "pattern": [heads, {"LOWER": {"IN": ["für", "der", "des"]}}, word], "id": "head"})
    pats.append({"label": "ORG", "pattern": [{"ORTH": {"IN": ["Universität", "Hochschule", "Landratsamt"]}},
                                             word], "id": "head"})
    pats.append({"label": "ORG", "pattern": [word, {"ORTH": {"IN": ["Institut", "Universität", "Stiftung",
                                                                   "Akademie"]}}], "id": "head"})
    # Compounds with an organisation head noun: "Bürgerverein", "Zeppelin-Universität"
    heads_re = "|".join(["verein", "verband", "stiftung", "institut", "akademie", "universität", "-uni",
                         "-hochschule", "initiative", "netzwerk", "kreisverband", "ortsverein"])
    pats.append({"label": "ORG", "pattern": [{"TEXT": {"REGEX": rf"^[A-ZÄÖÜ][\w-]{{2,}}(?i:{heads_re})$"}}],
                 "id": "compound"})
    # Office and agency compounds with a proper name after them: "Zukunftsbüro Oberschwaben"
    pats.append({"label": "ORG", "pattern": [{"TEXT": {"REGEX": r"^[A-ZÄÖÜ][\wäöüß-]{2,}(?:büro|agentur|werkstatt)$"}},
                                             word], "id": "compound"})
    # "Zeppelin-Uni", "Dualen Hochschule-Stiftung": a hyphenated name ending in an institution word
    pats.append({"label": "ORG", "pattern": [{"IS_TITLE": True}, {"ORTH": "-"}, {"ORTH": {"IN": [
        "Uni", "Universität", "Hochschule", "Stiftung", "Institut", "Akademie"]}}], "id": "compound"})
    # Clubs: "TSV Rotfelden"
    pats.append({"label": "ORG", "pattern": [{"ORTH": {"IN": lang_de.CLUB_ABBREVIATIONS}}, word], "id": "club"})
    # Names with an internal dot ("Taten.Drang") and all-caps acronyms (kept only inside enumerations).
    pats.append({"label": "ORG", "pattern": [{"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]+\.[A-ZÄÖÜ][a-zäöüß]+$"}}],
                 "id": "dotted"})
    pats.append({"label": "ORG", "pattern": [{"TEXT": {"REGEX": r"^[A-ZÄÖÜ]{2,6}$"},
                                              "ORTH": {"NOT_IN": sorted(lang_de.NOT_ACRONYMS)}}], "id": "acronym"})
    return pats


def count_patterns() -> list[dict]:
    qual = {"LOWER": {"IN": _QUALIFIER_WORDS}, "OP": "*"}
    # a cardinal, not an ordinal or list number ("1. Kulturelles")
    num = {"TEXT": {"REGEX": r"^(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)$"}}
    word = {"LOWER": {"IN": lang_de.NUMBER_WORDS}}
    digits = {"TEXT": {"REGEX": r"^\d{1,3}(?:\.\d{3})*$|^\d+$"}}
    dash = {"ORTH": {"IN": ["-", "–", "bis"]}}
    adj = {"LOWER": {"REGEX": r"^[a-zäöüß]{3,}(?:e|en|er|es|em)$"}, "OP": "?"}
    noun = {"IS_TITLE": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": _MONTHS_AND_UNITS}}
    noun_any = {"IS_TITLE": True, "LOWER": {"NOT_IN": _MONTHS_AND_UNITS}, "TEXT": {"REGEX": r"^[\wÄÖÜäöüß-]+$"}}
    conj = {"LOWER": {"IN": ["und", "sowie"]}}
    pats = []
    for numbers in ([num], [word], [digits, dash, digits]):
        pats.append({"label": "COUNT", "pattern": [qual, *numbers, adj, noun_any], "id": "count"})
        pats.append({"label": "COUNT", "pattern": [qual, *numbers, adj, noun, conj, noun], "id": "count"})
    return pats
