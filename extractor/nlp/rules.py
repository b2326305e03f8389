"""Token patterns for the SpanRuler: organisations, persons and counts.

Phrase patterns and word sets come from the language data in ``extractor.lang.de``; token patterns describe
the shapes ("... e.V.", "Herrn Dr. Thomas Pfohl", "gut 40 Bürgerinnen und Bürger").
"""
from __future__ import annotations

from extractor.lang.de import calendar, function_words, names, numbers, organisations, qualifiers

# Lower-case words that do not belong to an organisation's name: function words, and the introducers
# that stand before one ("Fa. Tatendrang").
NOT_NAME_WORDS = sorted({*function_words.ARTICLES, *function_words.PREPOSITIONS, *function_words.CONJUNCTIONS,
                         *function_words.PRONOUNS, "auch", "fa.", "firma", "büro"})
# A lower-case word with an adjective's ending ("operativen", "neue").
ADJECTIVE = rf"^[a-zäöüß]{{3,}}(?:{'|'.join(function_words.ADJECTIVE_ENDINGS)})$"
# An adjective in the genitive plural before a noun ("deutscher", "katholischer", "ehrenamtlicher").
GENITIVE_PLURAL_ADJECTIVE = r"^[a-zäöüß]{2,}(?:isch|lich|sch)er$"
# Words that are not the noun a number counts: units, months, weekdays, and words that join or end a range.
_NOT_COUNTED = sorted({*numbers.NOT_COUNTED, *(m.lower() for m in calendar.MONTHS),
                       *(d.lower() for d in calendar.WEEKDAYS), "und", "oder", "bis"})
# Each word of a qualifier ("mehr als" -> "mehr", "als"); a count's span takes those in front of its number.
_QUALIFIER_SPELLINGS = (*qualifiers.ABOUT, *qualifiers.AT_LEAST, *qualifiers.AT_MOST, *qualifiers.EXACT,
                        *qualifiers.TOTAL, *qualifiers.RANGE)
_QUALIFIER_WORDS = sorted({word for spelling in _QUALIFIER_SPELLINGS for word in spelling.split()})
# Qualifier words that end in an abbreviation's dot ("rd.", "ungef."): the tokenizer keeps each one token.
QUALIFIER_ABBREVIATIONS = sorted({word for word in _QUALIFIER_WORDS if word.endswith(".") and word[:-1].isalpha()})

NAME = {"IS_TITLE": True, "IS_ALPHA": True, "ORTH": {"NOT_IN": sorted(names.NOT_SURNAMES)}}
NAME_HYPHENATED = {"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+$"}}
PARTICLE = {"LOWER": {"IN": [*names.NAME_PARTICLES, *names.PARTICLE_ARTICLES]}, "OP": "?"}


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
    forms = {"ORTH": {"IN": names.ADDRESS_FORMS}}
    titles = {"ORTH": {"IN": names.ACADEMIC_TITLES}, "OP": "*"}
    titles_req = {"ORTH": {"IN": names.ACADEMIC_TITLES}, "OP": "+"}
    functions = {"LOWER": {"IN": sorted({f.lower() for f in names.FUNCTION_TITLES if " " not in f})}}
    first = {"ORTH": {"IN": names.FIRST_NAMES}}
    for name in _name_tokens(1, 3):
        pats.append({"label": "PERSON", "pattern": [forms, titles, PARTICLE, *name], "id": "form"})
        pats.append({"label": "PERSON", "pattern": [titles_req, PARTICLE, *name], "id": "title"})
    for name in _name_tokens(2, 3):
        pats.append({"label": "PERSON", "pattern": [functions, titles, *name], "id": "function"})
    # A name on a line of its own, whatever its first name ("Idalia Dias Heller"): checked against the e-mail
    # addresses of the report when the value is made
    for name in _name_tokens(2, 3):
        pats.append({"label": "PERSON", "pattern": name, "id": "line_name"})
    for surname in _name_tokens(1, 1):
        pats.append({"label": "PERSON", "pattern": [first, *surname], "id": "first_name"})
        # "Kleiser, Karl" (only at a line start; checked when the value is made)
        pats.append({"label": "PERSON", "pattern": [*surname, {"ORTH": ","}, first], "id": "last_first"})
        pats.append({"label": "PERSON", "pattern": [first, first, *surname], "id": "first_name"})
    return pats


def _genitive_forms(name: str) -> list[str]:
    """"Asylkreises", "Jobcenters", "Landratsamts": the genitive of a one-word name (no effect on feminine
    names, whose forms that are made here occur nowhere)."""
    if " " in name or name.isupper() or len(name) < 5 or not name[-1].isalpha() or name[-1] in "aeiouy":
        return []
    return [name + "es"] if name[-1] in "sßxz" else [name + "s", name + "es"]


# Genitive form -> the gazetteer name it inflects ("des Asylkreises" names the Asylkreis).
GAZETTEER_GENITIVES = {form: name for name in organisations.ORGANISATIONS for form in _genitive_forms(name)
                       if form not in organisations.ORGANISATIONS}


def org_patterns() -> list[dict]:
    pats: list[dict] = [{"label": "ORG", "pattern": name, "id": "gazetteer"} for name in organisations.ORGANISATIONS]
    pats.append({"label": "ORG", "pattern": [{"ORTH": {"IN": sorted(GAZETTEER_GENITIVES)}}], "id": "genitive"})
    word = {"IS_TITLE": True, "LOWER": {"NOT_IN": NOT_NAME_WORDS}}
    brand = {"TEXT": {"REGEX": r"^[A-Za-zÄÖÜäöüß][\w&.+-]*$"}, "LOWER": {"NOT_IN": NOT_NAME_WORDS}}
    suffix = {"ORTH": {"IN": [s for s in organisations.ORG_SUFFIXES if " " not in s]}}
    acronym = {"TEXT": {"REGEX": r"^[A-ZÄÖÜ]{2,6}$"}, "ORTH": {"NOT_IN": sorted(organisations.NOT_ACRONYMS)}}
    for n in (1, 2, 3, 4):
        pats.append({"label": "ORG", "pattern": [*([word] * (n - 1)), brand, suffix], "id": "legal_form"})
    pats.append({"label": "ORG", "pattern": [brand, {"ORTH": "e."}, {"ORTH": "V."}], "id": "legal_form"})
    # "Büro Taten.Drang", "Fa. Tatendrang", "Initiative Frühlingserwachen"
    intro = {"ORTH": {"IN": [*organisations.ORG_INTRODUCERS, *organisations.ORG_NAME_HEADS]}}
    for n in (1, 2):
        pats.append({"label": "ORG", "pattern": [intro, *([word] * n)], "id": "introduced"})
    # "Anlaufstelle PFIFF": a descriptor, then a name in capitals
    pats.append({"label": "ORG", "pattern": [{"ORTH": {"IN": organisations.ACRONYM_INTRODUCERS}}, acronym],
                 "id": "introduced"})
    # "Institut für Sozialforschung", "Universität Freiburg", "Stiftung für ein offenes Miteinander",
    # "Verband deutscher Sinti": the name may go on with lower-case words
    heads = {"ORTH": {"IN": sorted({*organisations.INSTITUTIONS_WITH_ATTRIBUTE, *organisations.NAME_HEADS})}}
    of_or_for = {"LOWER": {"IN": ["für", *function_words.GENITIVE_ARTICLES]}}
    article = {"LOWER": {"IN": function_words.ARTICLES}, "OP": "?"}
    adjectives = {"LOWER": {"REGEX": ADJECTIVE}, "OP": "*"}
    pats.append({"label": "ORG", "pattern": [heads, of_or_for, article, adjectives, word], "id": "head"})
    pats.append({"label": "ORG", "pattern": [heads, {"LOWER": {"REGEX": GENITIVE_PLURAL_ADJECTIVE}}, word],
                 "id": "head"})
    # "Universitäten Freiburg und Kassel": a plural head coordinates names, each its own organisation
    plural = {"ORTH": {"IN": sorted(organisations.INSTITUTION_PLURALS)}}
    joint = {"LOWER": {"IN": [",", *function_words.AND_CONJUNCTIONS]}}
    pats.append({"label": "ORG", "pattern": [plural, word], "id": "plural"})
    pats.append({"label": "ORG", "pattern": [plural, word, joint, word], "id": "coordinated"})
    pats.append({"label": "ORG", "pattern": [plural, word, joint, word, joint, word], "id": "coordinated"})
    # "Weinmann Moderation Prozessbegleitung Beratung": a consultant's firm, the owner's surname first
    service = {"ORTH": {"IN": organisations.FIRM_SERVICE_WORDS}, "OP": "+"}
    pats.append({"label": "ORG", "pattern": [NAME, service], "id": "owner_firm"})
    pats.append({"label": "ORG", "pattern": [{"ORTH": {"IN": organisations.INSTITUTIONS_BEFORE_PLACE}}, word],
                 "id": "head"})
    pats.append({"label": "ORG", "pattern": [word, {"ORTH": {"IN": organisations.INSTITUTIONS_AFTER_NAME}}],
                 "id": "head"})
    # Compounds with an organisation head noun: "Bürgerverein", "Zeppelin-Universität"
    heads_re = "|".join(organisations.ORG_COMPOUND_ENDINGS)
    pats.append({"label": "ORG", "pattern": [{"TEXT": {"REGEX": rf"^[A-ZÄÖÜ][\w-]{{2,}}(?i:{heads_re})$"}}],
                 "id": "compound"})
    # Office and agency compounds with a proper name after them: "Zukunftsbüro Oberschwaben"
    offices_re = "|".join(organisations.OFFICE_COMPOUND_ENDINGS)
    pats.append({"label": "ORG", "pattern": [{"TEXT": {"REGEX": rf"^[A-ZÄÖÜ][\wäöüß-]{{2,}}(?:{offices_re})$"}},
                                             word], "id": "compound"})
    # "Zeppelin-Uni", "Dualen Hochschule-Stiftung": a hyphenated name ending in an institution word
    pats.append({"label": "ORG", "pattern": [{"IS_TITLE": True}, {"ORTH": "-"}, {"ORTH": {
        "IN": organisations.INSTITUTIONS_AFTER_HYPHEN}}], "id": "compound"})
    # Clubs: "TSV Rotfelden"
    pats.append({"label": "ORG", "pattern": [{"ORTH": {"IN": organisations.CLUB_ABBREVIATIONS}}, word], "id": "club"})
    # Names with an internal dot ("Taten.Drang") and all-caps acronyms (kept only inside enumerations).
    pats.append({"label": "ORG", "pattern": [{"TEXT": {"REGEX": r"^[A-ZÄÖÜ][a-zäöüß]+\.[A-ZÄÖÜ][a-zäöüß]+$"}}],
                 "id": "dotted"})
    pats.append({"label": "ORG", "pattern": [acronym], "id": "acronym"})
    return pats


def count_patterns() -> list[dict]:
    qual = {"LOWER": {"IN": _QUALIFIER_WORDS}, "OP": "*"}
    # a cardinal, not an ordinal or list number ("1. Kulturelles")
    num = {"TEXT": {"REGEX": r"^(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)$"}}
    word = {"LOWER": {"IN": numbers.COUNT_WORDS}}
    digits = {"TEXT": {"REGEX": r"^\d{1,3}(?:\.\d{3})*$|^\d+$"}}
    dash = {"ORTH": {"IN": ["-", "–", "bis"]}}
    adj = {"LOWER": {"REGEX": ADJECTIVE}, "OP": "?"}
    noun = {"IS_TITLE": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": _NOT_COUNTED}}
    noun_any = {"IS_TITLE": True, "LOWER": {"NOT_IN": _NOT_COUNTED}, "TEXT": {"REGEX": r"^[\wÄÖÜäöüß-]+$"}}
    conj = {"LOWER": {"IN": function_words.AND_CONJUNCTIONS}}
    pats = []
    # "zwischen 20 und 30 Personen"
    between = [{"LOWER": {"IN": qualifiers.RANGE}}, digits, {"LOWER": "und"}, digits]
    pats.append({"label": "COUNT", "pattern": [*between, adj, noun_any], "id": "count"})
    for number in ([num], [word], [digits, dash, digits]):
        pats.append({"label": "COUNT", "pattern": [qual, *number, adj, noun_any], "id": "count"})
        pats.append({"label": "COUNT", "pattern": [qual, *number, adj, noun, conj, noun], "id": "count"})
    return pats
