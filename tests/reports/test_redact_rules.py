"""Redaction in-process, with oracles written here by hand (never taken from the extractor's output):

- the rules for data a record does not know, on sentences with planted items in several spellings;
- the Plochingen report with further items planted where the extractor does not look (e-mail and
  phone in other spellings, the bare surname after "Herr", the surname in the file and folder name):
  each planted string must be gone from every string of the redacted record, the path included,
  while the offsets still hold and the non-personal content stays.

(tests/reports/test_redaction.py runs the command line on the hand-made set of tests/data/redaction.)
"""
from __future__ import annotations

import re

import pytest

from extractor.core import registry
from extractor.reports.redact import TOKENS, Finder, Finding, OffsetMap, finder_for, redact, replace, shared_path
from tests.support.records import plochingen_planted, strings

RT = registry.get("kfd")
BARE = Finder()     # knows no names: only the rules for unknown data


@pytest.mark.parametrize("text,expected", [
    # e-mail: plain (the catch-all pattern) and spelled out
    ("Fragen an felix@example.org bitte.", "Fragen an [E-Mail] bitte."),
    ("Kontakt: felix.u (at) example (dot) org", "Kontakt: [E-Mail]"),
    ("Kontakt: felix.u[at]example[punkt]org.", "Kontakt: [E-Mail]."),
    ("Mail an felix.u at example punkt org", "Mail an [E-Mail]"),
    # phones in several spellings
    ("Tel. 07153 7005104", "Tel. [Telefon]"),
    ("Tel.: 07153/7005-104", "Tel.: [Telefon]"),
    ("mobil +49 151 23456789.", "mobil [Telefon]."),
    # IBAN: valid by its check digits, or after a cue word with wrong ones
    ("Konto DE89 3704 0044 0532 0130 00 bei", "Konto [IBAN] bei"),
    ("überweisen auf DE89370400440532013000.", "überweisen auf [IBAN]."),
    ("IBAN: DE44 6439 0130 0123 4567 89", "IBAN: [IBAN]"),
    # dates of birth, not other dates
    ("Er, geb. 14.03.2001, kam", "Er, geb. [Geburtsdatum], kam"),
    ("geboren am 3. Mai 1998 in", "geboren am [Geburtsdatum] in"),
    ("Die Mutter (* 07.11.1979) und", "Die Mutter (* [Geburtsdatum]) und"),
    ("Jahrgang 1985.", "Jahrgang [Geburtsdatum]."),
    ("Am 14.03.2017 tagte der Rat.", "Am 14.03.2017 tagte der Rat."),
    # profiles on social networks, not other links
    ("Siehe https://www.facebook.com/felix.unseld.7 und", "Siehe [Profil] und"),
    ("instagram.com/felix_u", "[Profil]"),
    ("Infos: www.plochingen.de/fluechtlinge", "Infos: www.plochingen.de/fluechtlinge"),
    # local paths
    (r"Fotos unter C:\Users\Felix Unseld\Bilder\KFD liegen", "Fotos unter [Pfad] liegen"),
    ("abgelegt in /home/funseld/berichte/kfd.docx.", "abgelegt in [Pfad]."),
    (r"auf \\server01\home$\funseld\KFD", "auf [Pfad]"),
    ("siehe ~/berichte/2017", "siehe [Pfad]"),
    ("und/oder Stadt/Land", "und/oder Stadt/Land"),
    # street addresses, with postal code and town when given
    ("wohnt Lindenstraße 12, 79183 Waldkirch.", "wohnt [Adresse]."),
    ("in der Marktstr. 3 statt", "in der [Adresse] statt"),
    ("Im Jahr 2017 kamen", "Im Jahr 2017 kamen"),
])
def test_unknown_personal_data_is_found_by_its_shape(text, expected):
    assert BARE.scrub(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Herr Unseld lobte", "Herr [Name] lobte"),
    ("Frau Dr. med. Weber sprach", "Frau Dr. med. [Name] sprach"),
    ("Die Dolmetscherin Fatima Haddad half.", "Die Dolmetscherin [Name] half."),
    ("Familie Nguyen zog um.", "Familie [Name] zog um."),
    ("i.A. M. Schulze", "i.A. [Name]"),
    ("gez. K.-H. Maier", "gez. [Name]"),
    ("Frank Weber kam.", "[Name] kam."),
    ("Felix sagte", "[Name] sagte"),
    ("Im August kamen", "Im August kamen"),            # a first name that is also a word: only with a surname
    ("August Zeller kam", "[Name] kam"),
    ("Der Bürgermeister eröffnete.", "Der Bürgermeister eröffnete."),   # a role, no name after it
    ("Die Familien kamen mit Kindern.", "Die Familien kamen mit Kindern."),
    ("Frau Bürgermeisterin Schmid", "Frau Bürgermeisterin [Name]"),   # an office title between
])
def test_unknown_names_are_found_by_their_context(text, expected):
    assert BARE.scrub(text) == expected


def test_a_known_name_is_found_in_every_form_and_part():
    f = Finder(names={"Felix Unseld"}, phones={"07153-7005-104"}, emails={"unseld@plochingen.de"})
    assert f.scrub("Felix Unseld; Herr Unseld; UNSELD; Unselds Idee; Unseld's; Unseld' Plan") == (
        "[Name]; Herr [Name]; [Name]; [Name] Idee; [Name]; [Name] Plan")
    assert f.scrub("Rückfragen: 071537005104 oder 07153 / 7005 104") == "Rückfragen: [Telefon] oder [Telefon]"
    # spellings the rule for unknown numbers does not take for a phone: only the known number finds them
    assert f.scrub("Tel. 07153.7005.104 oder 0 71 53 / 7 00 51 04.") == "Tel. [Telefon] oder [Telefon]."
    assert f.scrub("an unseld@plochingen.de") == "an [E-Mail]"
    assert f.scrub("die Unseldinger kamen") == "die Unseldinger kamen"       # a part inside a longer word stays
    assert Finder(names={"Jürgen Müller"}).scrub("Herrn Mueller, MUELLER, MÜLLER") == "Herrn [Name], [Name], [Name]"
    assert Finder(names={"Dr. Anna Weiß"}).scrub("Dr. sagte, Anna kam") == "Dr. sagte, [Name] kam"


def test_organisations_the_record_names_are_no_names():
    f = Finder(organisations={"Frank Stiftung"})
    assert f.scrub("die Frank Stiftung half") == "die Frank Stiftung half"
    assert Finder().scrub("die Frank Stiftung half") == "die [Name] half"
    assert Finder(not_names={"Nguyen"}).scrub("Familie Nguyen") == "Familie Nguyen"


def test_overlapping_findings_become_one_token_of_the_longest_kind():
    assert BARE.scrub("Felix Weber, Lindenstraße 12, 79183 Waldkirch") == "[Name], [Adresse]"
    text, edits = replace("ab felix@example.org cd", BARE.find("ab felix@example.org cd"))
    assert text == "ab [E-Mail] cd" and edits == [(3, 20, len(TOKENS["email"]))]


def test_overlapping_findings_merge_into_the_kind_of_the_longer():
    assert Finder(names={"Felix Weber"}).find("Felix.Weber@example.org") == [Finding(0, 23, "email")]
    # "Anna Lindenstraße" (a first name and a name word, 0-17) overlaps the street (5-20): one name
    assert Finder(names={"Anna"}).find("Anna Lindenstraße 12") == [Finding(0, 20, "name")]
    assert Finder(names={"Waldkirch Meier"}).find("wohnt Lindenstraße 12, 79183 Waldkirch Meier kam") == [
        Finding(6, 38, "address"), Finding(39, 44, "name")]


def test_offsets_move_with_the_replacements():
    moved = OffsetMap([(3, 20, 8), (24, 26, 6)])   # 17 chars became 8, then 2 became 6
    assert [moved(o) for o in (0, 2, 3, 10, 20, 22, 24, 26, 30)] == [0, 2, 3, 3, 11, 13, 15, 21, 25]
    assert moved(10, end=True) == 11 and moved(20, end=True) == 11 and moved(3, end=True) == 3
    assert moved.touches(2, 4) and moved.touches(19, 21) and not moved.touches(0, 3) and not moved.touches(20, 24)
    assert OffsetMap([])(5) == 5 and not OffsetMap([]).touches(0, 9)


@pytest.mark.parametrize("path,root,shared", [
    ("/home/jmeier/kfd/2017/a.txt", "/home/jmeier/kfd", "2017/a.txt"),
    ("/home/jmeier/kfd/a.txt", "/home/jmeier/other", "a.txt"),   # not under its root: the name alone
    ("/home/jmeier/kfd/a.txt", None, "a.txt"),
])
def test_a_shared_path_is_relative_to_its_import_folder(path, root, shared):
    assert shared_path(path, root) == shared


# ------------------------------------------------------------------ a whole record, planted items

SECRETS = ["Unseld", "unseld", "UNSELD", "felix.u", "felix", "Felix", "7005104", "7005-104", "7005.104", "funseld",
           "unseld@plochingen.de"]
FOLDER = "/home/funseld/kfd-berichte"


@pytest.fixture
def plain() -> dict:
    return plochingen_planted()


def test_planted_items_leave_no_trace_in_any_field_or_the_path(plain):
    assert all(any(s in t for t in strings(plain)) for s in ("Unseld", "felix.u", "7005104"))   # really planted
    red = redact(plain, RT, file=shared_path(f"{FOLDER}/2017/bericht_unseld.txt", FOLDER))
    assert red["source"]["file"] == "2017/bericht_[Name].txt"
    leaks = [(s, t) for t in strings(red) for s in SECRETS if s in t]
    assert not leaks, leaks[:5]
    assert red["contact"]["name"] is red["contact"]["email"] is red["contact"]["phone"] is None
    # without a path given: the file name alone, scrubbed
    assert redact(plain, RT)["source"]["file"] == "bericht_[Name].txt"


def test_the_redacted_record_is_valid_and_its_offsets_hold(plain):
    red = redact(plain, RT)
    RT.model.model_validate(red)
    assert red["text"].count("[Name]") >= 4 and "[E-Mail]" in red["text"] and "[Telefon]" in red["text"]
    assert {e["label"] for e in red["entities"]}.isdisjoint({"PERSON", "EMAIL", "PHONE"})
    assert len(red["entities"]) >= len(plain["entities"]) // 2      # the others keep their place
    for ent in red["entities"]:
        assert red["text"][ent["start"]:ent["end"]] == ent["text"], ent
    for key, sec in red["sections"].items():
        if sec["start"] is not None:
            assert red["text"][sec["start"]:sec["end"]] == sec["text"], key
        assert sec["heading"] == plain["sections"][key]["heading"]


def test_what_is_not_personal_stays(plain):
    red = redact(plain, RT)
    for key in ("municipality", "events", "organisations", "costs", "participants", "topics", "quality"):
        assert red[key] == plain[key], key
    assert red["contact"]["role"] == plain["contact"]["role"] and red["contact"]["city"] == "Plochingen"
    assert "Plochingen" in red["text"] and "Taten.Drang" in red["text"]
    assert plain["contact"]["name"] == "Felix Unseld"          # the input is not changed


def test_the_finder_of_a_record_knows_its_names_phones_and_mails(plain):
    f = finder_for(plain, RT)
    assert "Felix Unseld" in f.names and "unseld@plochingen.de" in f.emails and "07153-7005-104" in f.phones
    assert "Plochingen" in f.not_names                    # the word that names the report is no name
    assert not {"Kosten", "Themenfelder"} - f.not_names  # nor are the form's own words
    assert re.search(r"\[Name\]", f.scrub("Herr Pfohl"))  # a PERSON entity of the report is known too


def test_the_finder_takes_each_personal_field_and_entity_by_its_shape():
    record = {
        "contact": {"name": "Anna Roth", "phone": " 0711 123456 ", "email": "a.roth@example.org"},
        "moderation": {"persons": ["Bernd Keil", "  "]},
        "municipality": {"name": "Plochingen"},
        "entities": [{"label": "PERSON", "text": "Carla Vogt"}, {"label": "EMAIL", "text": "c.vogt@example.org"},
                     {"label": "PHONE", "text": "0711 98765"}, {"label": "ORG", "text": "Frank Stiftung"},
                     {"label": "ORG", "text": "Roth Stiftung"}, {"label": "DATE", "text": "Ernst Lang"},
                     {"label": "NOT A LABEL", "text": "Gerd Sommer"}, {"label": "ORG", "text": " "}],
        "text": "Die Dolmetscherin Dana half. Der Bürgermeister Plochingen sprach.",
    }
    f = finder_for(record, RT)
    assert f.names == {"Anna Roth", "Bernd Keil", "Carla Vogt", "Dana"}
    assert f.phones == {"0711 123456", "0711 98765"} and f.emails == {"a.roth@example.org", "c.vogt@example.org"}
    assert f.organisations == {"Frank Stiftung"}        # "Roth Stiftung" holds a known name: no shield for it
    assert "Plochingen" in f.not_names and "Dana" not in f.not_names and "Roth" not in f.not_names
    assert f.scrub("Dana kam mit Frau Roth zur Frank Stiftung") == "[Name] kam mit Frau [Name] zur Frank Stiftung"


def test_a_name_found_by_its_context_lifts_the_shield_of_an_organisation_named_after_it():
    record = {"contact": {}, "moderation": {"persons": []}, "municipality": {"name": "X"},
              "entities": [{"label": "ORG", "text": "Dana Stiftung"}, {"label": "ORG", "text": "Frank Stiftung"}],
              "text": "Die Dolmetscherin Dana half."}
    f = finder_for(record, RT)
    assert f.names == {"Dana"} and f.organisations == {"Frank Stiftung"}
    assert finder_for({**record, "text": "Ohne Namen."}, RT).organisations == {"Dana Stiftung", "Frank Stiftung"}


def test_section_texts_that_are_not_a_span_of_the_text_and_headings_are_scrubbed_too(plain):
    import copy
    record = copy.deepcopy(plain)
    topics, costs, results = (record["sections"][k] for k in ("topics", "costs", "results"))
    topics["text"] = "Herr Unseld sprach."                       # no longer the text at its offsets
    costs.update(text="Tel. 07153.7005.104", start=None, end=None)
    results["heading"] = "Ergebnisse (Herr Unseld)"
    record["quality"]["warnings"].append({"code": "year_inferred", "message": "Unseld schrieb 2017",
                                          "section": None})
    red = redact(record, RT)
    assert red["sections"]["topics"]["text"] == "Herr [Name] sprach."
    assert red["sections"]["costs"]["text"] == "Tel. [Telefon]" and red["sections"]["costs"]["start"] is None
    assert red["sections"]["results"]["heading"] == "Ergebnisse (Herr [Name])"
    assert red["quality"]["warnings"][-1]["message"] == "[Name] schrieb 2017"


def test_entities_overlapping_a_redacted_span_or_of_no_known_label_are_dropped(plain):
    import copy
    record = copy.deepcopy(plain)
    start = record["text"].index("Unseld")
    record["entities"].append({**record["entities"][0], "label": "ORG", "text": record["text"][start:start + 6],
                               "start": start, "end": start + 6})
    red = redact(record, RT)
    assert not any("Unseld" in e["text"] for e in red["entities"])
    dates = [e["text"] for e in plain["entities"] if e["label"] == "DATE"]
    assert dates and [e["text"] for e in red["entities"] if e["label"] == "DATE"] == dates
    record["entities"].append({**record["entities"][0], "label": "NOT A LABEL"})
    assert len(redact(record, RT)["entities"]) == len(red["entities"])
