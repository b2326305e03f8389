"""Typed fields of the record: the spec's worked example (Plochingen, every format) and the seven real reports.

Expected values come from the data contract (../shared/spec/kfd-record.md) and from reading the files.
"""
import pytest

from extractor.lang.de import calendar
from extractor.pipeline.engine import extract
from extractor.report_types.kfd.topics import tag
from tests.conftest import SAMPLES

FORMATS = ["txt", "docx", "pdf"]


@pytest.fixture(scope="module", params=FORMATS)
def plochingen(request):
    return extract(SAMPLES / f"plochingen.{request.param}")


def qty(q):
    return None if q is None else (q["value"], q["max"], q["approximate"], q["qualifier"])


def test_municipality(plochingen):
    m = plochingen["municipality"]
    assert (m["name"], m["kind"], m["website"], m["district"], m["region"]) == (
        "Plochingen", None, "www.plochingen.de", "Esslingen", "Stuttgart")
    assert qty(m["population"]) == (14000, None, True, "ca.")
    assert m["population"]["text"] == "ca. 14.000"


def test_contact(plochingen):
    assert plochingen["contact"] == {
        "name": "Felix Unseld", "role": "Kommunaler Flüchtlingskoordinator", "organisation": None,
        "street": "Schulstraße 5-7", "postal_code": "73207", "city": "Plochingen",
        "phone": "07153-7005-104", "email": "unseld@plochingen.de"}


def test_events(plochingen):
    assert plochingen["events"] == [
        {"kind": "Bürgerdialog", "date": "2017-06-07", "end_date": None, "start": "18:00", "end": "20:30"},
        {"kind": "Expertenworkshop", "date": "2017-06-22", "end_date": None, "start": "10:00", "end": "15:00"}]


def test_participants(plochingen):
    p = plochingen["participants"]
    assert [(x["group"], qty(x["count"]), x["event"]) for x in p] == [
        ("Bürgerinnen und Bürger", (40, None, True, "gut"), "Bürgerdialog"),
        ("Vertreter aus der operativen Flüchtlingsarbeit", (20, None, False, None), "Expertenworkshop")]


def test_organisations_and_moderation(plochingen):
    names = [o["name"] for o in plochingen["organisations"]]
    for org in ("Taten.Drang", "AWO", "Kreisdiakonie", "GARP"):
        assert org in names
    assert plochingen["moderation"] == {"organisations": ["Taten.Drang"],
                                        "persons": ["Dr. Thomas Pfohl", "Daniel Paric"]}


def test_topics(plochingen):
    for t in ("Wohnen", "Freizeit/Teilhabe", "Bildung", "Arbeit"):
        assert t in plochingen["topics"]


def test_results(plochingen):
    assert plochingen["results"] == [
        "Umsetzung einer neuen Organisationsstruktur des Beirats Flüchtlinge",
        "die Einrichtung einer zentralen Anlaufstelle für Migranten",
        "Organisation einer konkreten Interessensvertretung für Geflüchtete",
        "Formulieren eines gemeinsamen Integrationsbegriffes"]


def test_costs(plochingen):
    c = plochingen["costs"]
    assert [(qty(a), a["label"], a["currency"]) for a in c["amounts"]] == [
        ((5000, None, True, "ca."), "Beratung, Konzeption und Moderation", "EUR"),
        ((6000, None, True, "ca."), "Gesamtkosten", "EUR")]
    assert qty(c["total"]) == (6000, None, True, "ca.")


def test_quality(plochingen):
    assert plochingen["quality"]["missing_sections"] == []
    assert plochingen["quality"]["unanswered_sections"] == ["recommendations"]


def test_every_entity_is_traceable(plochingen):
    text = plochingen["text"]
    assert plochingen["entities"]
    for e in plochingen["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
        if plochingen["source"]["format"] == "pdf":
            assert e["page"] >= 1
    # every typed string value can be found in the text
    for value in (plochingen["municipality"]["name"], plochingen["contact"]["role"],
                  plochingen["participants"][1]["group"], plochingen["costs"]["amounts"][0]["label"]):
        assert value in text


REAL = {
    "aidlingen": (
        ("Aidlingen", "Gemeinde", "www.aidlingen.de", 8979, "Böblingen", "Stuttgart"),
        ("Ekkehard Fauth", "Bürgermeister", None, "Hauptstraße 6", "71134", "Aidlingen", "07034/125-21",
         "e.fauth@aidlingen.de"),
        ("2016-11-09", None, "16:00", "19:30")),
    "dusslingen": (
        ("Dußlingen", "Gemeinde", "www.dusslingen.de", 6000, "Tübingen", "Tübingen"),
        ("Iris Manz", "Hauptamtsleiterin", None, "Rathausplatz 1", "72144", "Dußlingen", "07072-929920",
         "imanz@dusslingen.de"),
        ("2017-02-04", None, None, None)),
    "friedrichshafen": (
        ("Friedrichshafen", "Stadt", "www.friedrichshafen.de", None, "Bodenseekreis", "Tübingen"),
        ("Simone Kugelmann", None, None, None, None, None, "07541-2033101", "s.kugeömann@friedrichsafen.de"),
        ("2016-09-24", "2016-09-30", None, None)),
    "hemsbach": (
        ("Hemsbach", "Stadt", "www.hemsbach.de", 12363, "Rhein-Neckar-Kreis", "Karlsruhe"),
        ("Pohl", None, "Stadtverwaltung Hemsbach, Ordnungsamt", "Schloßgasse 41", "69502", "Hemsbach",
         "06201-707-90", "ordnungsamt@hemsbach.de"),
        ("2016-10-29", None, "10:00", "17:00")),
    "konstanz_landkreis": (
        ("Konstanz", "Landkreis", "www.lrakn.de", 280288, "Konstanz", "Freiburg"),
        ("Barbara Singler", "Integrationsbeauftragte", "Landkreis Konstanz", "Benediktinerplatz 1", "78467",
         "Konstanz", "07531 - 800 1178", "barbara.singler@lrakn.de"),
        ("2017-06-24", None, "09:30", "14:00")),
    "lahr": (
        ("Lahr/Schwarzwald", "Stadt", "www.lahr.de", 44884, "Ortenau", "Freiburg"),
        ("Sophia Stappel", None, "Stadt Lahr, Amt für Soziales, Schulen und Sport, Ansprechstelle Flüchtlingsfragen",
         "Friedrichstr. 7", "77933", "Lahr/Schwarzwald", "07821/ 3273923", "sophia.stappel@lahr.de"),
        ("2017-02-11", None, "09:30", "15:00")),
    "march": (
        ("March", "Gemeinde", "www.march.de", 9007, "Breisgau Hochschwarzwald", "Freiburg"),
        ("Yana Gineva", None, "Gemeinde March", "Am Felsenkeller 2", "79232", "March", "07665 - 4229501",
         "yana.gineva@march.de"),
        ("2017-06-24", None, "10:00", "16:00")),
}


@pytest.fixture(scope="module", params=sorted(REAL))
def real(request):
    return request.param, extract(SAMPLES / "real" / f"{request.param}.txt")


def test_real_municipality(real):
    name, rec = real
    m = rec["municipality"]
    pop = m["population"]["value"] if m["population"] else None
    assert (m["name"], m["kind"], m["website"], pop, m["district"], m["region"]) == REAL[name][0]


def test_real_contact(real):
    name, rec = real
    c = rec["contact"]
    assert tuple(c[k] for k in ("name", "role", "organisation", "street", "postal_code", "city", "phone",
                                "email")) == REAL[name][1]


def test_real_first_event(real):
    name, rec = real
    e = rec["events"][0]
    assert (e["date"], e["end_date"], e["start"], e["end"]) == REAL[name][2]


def test_corrections_and_inferences_are_named():
    aid = extract(SAMPLES / "real" / "aidlingen.txt")
    assert any(w["code"] == "name_corrected" and "Aidingen" in w["message"] for w in aid["quality"]["warnings"])
    march = extract(SAMPLES / "real" / "march.txt")
    assert any(w["code"] == "year_inferred" for w in march["quality"]["warnings"])


def test_population_notes_stay_in_text():
    lahr = extract(SAMPLES / "real" / "lahr.txt")["municipality"]["population"]
    assert lahr["text"] == "44884 (Stat. Landesamt Baden-Württemberg, 31.12.2015)"
    fn = extract(SAMPLES / "real" / "friedrichshafen.txt")
    assert [(p["count"]["value"], p["count"]["max"], p["count"]["approximate"]) for p in fn["participants"]] == [
        (600, 800, True)]


def test_invalid_event_date_is_left_out_and_warned(tmp_path):
    src = (SAMPLES / "plochingen.txt").read_text(encoding="utf-8").replace("07.06.2017", "07.06.217")
    p = tmp_path / "bad_date.txt"
    p.write_text(src, encoding="utf-8")
    rec = extract(p)
    assert [e["date"] for e in rec["events"]] == ["2017-06-22"]
    assert any(w["code"] == "invalid_date" and "07.06.217" in w["message"] for w in rec["quality"]["warnings"])


WEEKDAY_SPELLINGS = [(written, number) for table in (calendar.WEEKDAYS, calendar.WEEKDAY_VARIANTS,
                                                       calendar.WEEKDAY_ABBREVIATIONS)
                     for name, number in table.items() for written in (name, f"{name}.")]


@pytest.mark.parametrize("weekday,number", WEEKDAY_SPELLINGS)
def test_event_without_year_is_placed_by_its_weekday(tmp_path, weekday, number):
    # 5 to 11 June fall on Monday to Sunday in 2017, and on other weekdays in 2016 and 2018, the years around
    # the report's 2017
    day = 5 + number
    src = (SAMPLES / "plochingen.txt").read_text(encoding="utf-8").replace("07.06.2017", f"{weekday}, {day:02d}.06.")
    p = tmp_path / "no_year.txt"
    p.write_text(src, encoding="utf-8")
    rec = extract(p)
    assert [e["date"] for e in rec["events"]] == [f"2017-06-{day:02d}", "2017-06-22"]
    assert any(w["code"] == "year_inferred" for w in rec["quality"]["warnings"])


def plochingen_with(tmp_path, *replacements):
    """The Plochingen report with ``(old, new)`` replacements, as a file."""
    text = (SAMPLES / "plochingen.txt").read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    p = tmp_path / "plochingen_changed.txt"
    p.write_text(text, encoding="utf-8")
    return extract(p)


DATE_LINES = "Bürgerdialog am 07.06.2017 von 18:00 - 20:30\nExpertenworkshop am 22.06.2017 von 10:00 - 15:00"
PLOCHINGEN_EVENTS = [
    {"kind": "Bürgerdialog", "date": "2017-06-07", "end_date": None, "start": "18:00", "end": "20:30"},
    {"kind": "Expertenworkshop", "date": "2017-06-22", "end_date": None, "start": "10:00", "end": "15:00"}]


def test_a_date_named_again_is_one_event_with_what_each_mention_tells(tmp_path):
    rec = plochingen_with(tmp_path, ("Durchführung:\n" + DATE_LINES, (
        "Durchführung am: 07.06.2017 und 22.06.2017\n"
        "07.06.2017 – Der Bürgerdialog lief von 18:00 - 20:30 im Rathaus.\n"
        "22.06.2017 – Der Expertenworkshop lief von 10:00 - 15:00 im Rathaus.")))
    assert rec["events"] == PLOCHINGEN_EVENTS
    assert [e["value"] for e in rec["entities"] if e["label"] == "DATE"][:2] == ["2017-06-07", "2017-06-22"]


def test_mentions_of_one_day_that_disagree_stay_two_events(tmp_path):
    rec = plochingen_with(tmp_path, ("Expertenworkshop am 22.06.2017 von 10:00 - 15:00",
                                     "Expertenworkshop am 07.06.2017 von 10:00 - 15:00"))
    assert [(e["kind"], e["date"], e["start"]) for e in rec["events"]] == [
        ("Bürgerdialog", "2017-06-07", "18:00"), ("Expertenworkshop", "2017-06-07", "10:00")]


def test_a_list_of_event_dates_keeps_its_good_dates_and_repairs_a_confirmed_typo(tmp_path):
    rec = plochingen_with(tmp_path, ("Durchführung:\n" + DATE_LINES, "Durchführung am: 07.06.2017 und 22.06.217"))
    assert [e["date"] for e in rec["events"]] == ["2017-06-07", "2017-06-22"]
    assert any(w["code"] == "date_repaired" and "22.06.217" in w["message"] for w in rec["quality"]["warnings"])
    rec = plochingen_with(tmp_path, ("Durchführung:\n" + DATE_LINES, "Durchführung am: 07.06.2016, 14.06.2017 und "
                                                                     "22.06.217"))
    assert [e["date"] for e in rec["events"]] == ["2016-06-07", "2017-06-14"]
    assert any(w["code"] == "invalid_date" and "22.06.217" in w["message"] for w in rec["quality"]["warnings"])


@pytest.mark.parametrize("title,kind", [("Stadt Plochingen", "Stadt"), ("Gemeinde Plochingen:", "Gemeinde"),
                                        ("Steckbrief\nStadt Plochingen", "Stadt"), ("Bericht Plochingen", None),
                                        ("Stadt Esslingen", None)])
def test_the_title_gives_the_kind_of_a_name_written_bare(tmp_path, title, kind):
    rec = plochingen_with(tmp_path, ("Angaben zur Kommune\n", f"{title}\nAngaben zur Kommune\n"))
    assert (rec["municipality"]["name"], rec["municipality"]["kind"]) == ("Plochingen", kind)


CONSULTING = ("Die Konzeption und Durchführung des Kommunalen Flüchtlingsdialogs wurde durch Herrn Dr. Thomas Pfohl und "
              "Herrn Daniel Paric von Taten.Drang unterstützt.")


@pytest.mark.parametrize("answer,orgs,persons", [
    # an affiliation is where a person works, not who moderated
    ("Moderiert hat Herr Dr. Thomas Pfohl, Dozent an der Universität Tübingen.", [], ["Dr. Thomas Pfohl"]),
    ("Moderiert hat Herr Dr. Thomas Pfohl, Dozent an den Universitäten Tübingen und Kassel.", [],
     ["Dr. Thomas Pfohl"]),
    # the body another belongs to did not moderate itself
    ("Moderiert hat die Initiative Frühlingserwachen der Zeppelin-Uni.", ["Initiative Frühlingserwachen"], []),
    # the town's own contact person prepared with the moderator; moderating was the moderator's
    ("Moderiert hat Herr Dr. Thomas Pfohl von Taten.Drang. Herr Pfohl hat mit Herrn Unseld vorbereitet.",
     ["Taten.Drang"], ["Dr. Thomas Pfohl"]),
])
def test_moderation_is_who_moderated(tmp_path, answer, orgs, persons):
    rec = plochingen_with(tmp_path, (CONSULTING, answer))
    assert rec["moderation"] == {"organisations": orgs, "persons": persons}


def test_the_contact_e_mail_is_lower_case_as_its_entity(tmp_path):
    rec = plochingen_with(tmp_path, ("\nunseld@plochingen.de\n", "\nUnseld@Plochingen.de\n"))
    assert rec["contact"]["email"] == "unseld@plochingen.de"
    assert [(e["text"], e["value"]) for e in rec["entities"] if e["label"] == "EMAIL"] == [
        ("Unseld@Plochingen.de", "unseld@plochingen.de")]


def test_the_contact_blocks_own_offices_are_no_organisation_entities():
    rec = extract(SAMPLES / "real" / "hemsbach.txt")
    assert rec["contact"]["organisation"] == "Stadtverwaltung Hemsbach, Ordnungsamt"
    assert "Ordnungsamt" not in [e["value"] for e in rec["entities"] if e["label"] == "ORG"]
    assert "Ordnungsamt" not in [o["name"] for o in rec["organisations"]]


@pytest.mark.parametrize("text,tags", [
    ("Ehren- und Hauptamtliche, Geflüchtete", ["Ehrenamt"]),
    ("Ehren- Hauptamtliche und Geflüchtete", ["Ehrenamt"]),
    ("Ehren - und Hauptamtlichen", ["Ehrenamt"]),
    ("Wohn- und Geschäftshäuser", []),
    ("Zuverlässigkeit und Pünktlichkeit", ["Zusammenleben"]),
    ("Toleranz im Ort", ["Zusammenleben"]),
])
def test_topic_words(text, tags):
    assert tag(text) == tags


def _report(tmp_path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path)


def test_a_street_after_the_name_on_one_line_is_the_street(tmp_path):
    """Two lines of a narrow table cell that a PDF gives as one wrapped line."""
    rec = _report(tmp_path, "Angaben zur Kommune\n\nName der Stadt oder Gemeinde: Obersulmingen\n"
                            "Name und Adresse der Kontaktperson: Sauter, Serkan Uhlandstraße 8\n72191 Obersulmingen\n")
    assert {k: rec["contact"][k] for k in ("name", "organisation", "street", "postal_code")} == {
        "name": "Serkan Sauter", "organisation": None, "street": "Uhlandstraße 8", "postal_code": "72191"}


def test_a_street_before_a_blank_line_is_the_street(tmp_path):
    """Contact lines as paragraphs with spacing: the street's entity ends at its house number."""
    rec = _report(tmp_path, "Angaben zur Kommune\n\nName und Adresse der Kontaktperson:\n\nArmin Lämmle\n\n"
                            "Amt für Familie und Soziales\n\nRathausplatz 21\n\n71657 Laufenhardt\n")
    assert (rec["contact"]["organisation"], rec["contact"]["street"]) == ("Amt für Familie und Soziales",
                                                                          "Rathausplatz 21")
    assert [e["text"] for e in rec["entities"] if e["label"] == "ADDRESS"] == ["Rathausplatz 21", "71657 Laufenhardt"]


def test_an_amount_across_a_line_break_is_a_cost(tmp_path):
    """The sentence splitter starts a sentence at the line break inside "etwa | 2800 Euro"."""
    rec = _report(tmp_path, "Angaben zur Kommune\n\nName der Stadt oder Gemeinde: Obersulmingen\n\n"
                            "Kosten und Effizienz\n\nFür Prozessbegleitung sind etwa\n2800 Euro angefallen.\n")
    assert [(a["value"], a["qualifier"], a["label"]) for a in rec["costs"]["amounts"]] == [
        (2800, "etwa", "Prozessbegleitung")]


@pytest.mark.parametrize("speck", ["Felix Unseld\n.\n", "Felix Unseld.\n"])
def test_a_stray_mark_in_the_contact_block_is_no_organisation(tmp_path, speck):
    """A speck on a scan read as "." (OCR), on a line of its own or after the name, is neither the contact's
    authority nor a role."""
    contact = plochingen_with(tmp_path, ("Felix Unseld\n", speck))["contact"]
    assert (contact["name"], contact["role"], contact["organisation"]) == (
        "Felix Unseld", "Kommunaler Flüchtlingskoordinator", None)
