"""Patterns of German reports that the first real reports from unseen towns showed (issue 17): lists of dates,
time ranges, multi-word towns, qualifier abbreviations, streets, organisations, names. Each table holds
wordings of the pattern, not sentences of one report."""
import pytest

from extractor.nlp import analyse


def ents(text, label):
    return [(e.text, e._.value) for e in analyse(text).ents if e.label_ == label]


def warnings(text):
    return [(w.code, w.message) for _, w in analyse(text)._.entity_warnings]


# --- lists of dates with one bad element -----------------------------------------------------------

@pytest.mark.parametrize("text,dates", [
    ("Termine: am 03.05.2017 und 17.05.2017 im Rathaus.", [("03.05.2017", "2017-05-03"), ("17.05.2017", "2017-05-17")]),
    ("Die Workshops fanden am 03.05., 10.05. und 17.05.2017 statt.",
     [("03.05.", "2017-05-03"), ("10.05.", "2017-05-10"), ("17.05.2017", "2017-05-17")]),
    ("Treffen am 3. und 17. Mai 2017.", [("3.", "2017-05-03"), ("17. Mai 2017", "2017-05-17")]),
    ("Am Samstag, den 24. Juni und Sonntag, den 2. Juli 2017 wurde gearbeitet.",
     [("Samstag, den 24. Juni", "2017-06-24"), ("Sonntag, den 2. Juli 2017", "2017-07-02")]),
    ("Klausur am 10. und 11. Februar 2017 in Bad Boll.", [("10. und 11. Februar 2017", "2017-02-10/2017-02-11")]),
    ("Klausur am 10./11.02.2017 in Bad Boll.", [("10./11.02.2017", "2017-02-10/2017-02-11")]),
])
def test_each_date_of_a_list_is_its_own_entity(text, dates):
    assert ents(text, "DATE") == dates


def test_a_mistyped_year_in_a_list_spoils_only_its_own_date_and_the_list_confirms_the_repair():
    text = "Termine: am 03.05.2017 und 17.05.217 im Rathaus."
    assert ents(text, "DATE") == [("03.05.2017", "2017-05-03"), ("17.05.217", "2017-05-17")]
    assert [code for code, _ in warnings(text)] == ["date_repaired"]


def test_a_bad_date_that_nothing_confirms_is_left_out_alone_with_a_warning():
    text = "Termine: am 03.05.2016, 10.05.2017 und 17.05.217 im Rathaus."
    assert ents(text, "DATE") == [("03.05.2016", "2016-05-03"), ("10.05.2017", "2017-05-10")]
    assert [code for code, _ in warnings(text)] == ["invalid_date"]
    text = "Termine: am 03.05.2017 und 31.02.2017 im Rathaus."
    assert ents(text, "DATE") == [("03.05.2017", "2017-05-03")]
    assert [code for code, _ in warnings(text)] == ["invalid_date"]


def test_the_weekday_confirms_a_repair():
    assert ents("Am Mittwoch, 17.05.217 war der zweite Termin.", "DATE") == [("Mittwoch, 17.05.217", "2017-05-17")]
    assert ents("Am Donnerstag, 17.05.217 war der zweite Termin.", "DATE") == []  # 17.05.2017 was a Wednesday


# --- time ranges --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Die Veranstaltung lief zwischen 9:30 Uhr und 15:00 Uhr im Saal.", {"start": "09:30", "end": "15:00"}),
    ("Geöffnet war zwischen 9.30 und 15 Uhr.", {"start": "09:30", "end": "15:00"}),
    ("Beginn ab 18 Uhr im Saal.", "18:00"),
    ("Der Abend dauerte 18–21 Uhr.", {"start": "18:00", "end": "21:00"}),
    ("Geöffnet von 10 bis 16 Uhr.", {"start": "10:00", "end": "16:00"}),
    ("Am 12.05.2017, 10.00-16.00h, im Rathaus.", {"start": "10:00", "end": "16:00"}),
    ("Am Samstag vormittags 9 bis 12 Uhr.", {"start": "09:00", "end": "12:00"}),
    ("Von 14 Uhr bis 17:30 Uhr wurde diskutiert.", {"start": "14:00", "end": "17:30"}),
])
def test_time_ranges_give_start_and_end(text, value):
    assert [v for _, v in ents(text, "TIME")] == [value]


def test_two_times_joined_by_und_without_zwischen_stay_two():
    assert [v for _, v in ents("Treffen um 18 Uhr und 20 Uhr.", "TIME")] == ["18:00", "20:00"]


# --- towns after a postal code ----------------------------------------------------------------------

@pytest.mark.parametrize("city", ["Bad Krozingen", "Remseck am Neckar", "Freiburg im Breisgau", "Schwäbisch Gmünd",
                                  "Schwäbisch Hall", "Leinfelden-Echterdingen", "Villingen-Schwenningen",
                                  "Neustadt an der Weinstraße", "Freiburg i. Br.", "St. Georgen",
                                  "Bad Friedrichshall-Kochendorf", "Lahr/Schwarzwald", "Weil am Rhein"])
def test_the_whole_town_name_after_a_postal_code(city):
    assert ents(f"Rathausplatz 3\n79098 {city}\nTel. 07661 9300", "ADDRESS")[-1] == (
        f"79098 {city}", {"postal_code": "79098", "city": city})


# --- qualifier abbreviations before a count --------------------------------------------------------

@pytest.mark.parametrize("qualifier", ["rd.", "rund", "ca.", "ca", "Ca.", "etwa", "ungef.", "knapp", "gut", "über",
                                       "mehr als", "bis zu"])
def test_every_qualifier_before_a_count(qualifier):
    [(text, value)] = ents(f"Zum Dialog kamen {qualifier} 120 Bürgerinnen und Bürger.", "COUNT")
    assert (text, value["value"], value["qualifier"], value["approximate"]) == (
        f"{qualifier} 120 Bürgerinnen und Bürger", 120, qualifier, True)


def test_a_range_after_zwischen_is_one_count():
    [(_, value)] = ents("Es kamen zwischen 20 und 30 Personen.", "COUNT")
    assert (value["value"], value["max"], value["qualifier"]) == (20, 30, "zwischen")


# --- streets ------------------------------------------------------------------------------------

@pytest.mark.parametrize("street", [
    "Marktplatz 1", "Lindenweg 12a", "Kastanienallee 4", "Ostring 9", "Färbergasse 2", "Alter Markt 5",
    "Kirchsteige 4", "Alte Steige 11", "Neckardamm 3", "Rheinufer 8", "Mühlgraben 2", "Bahnhofsanlage 4",
    "Kelterhof 3", "Schlossberg 10", "Oberes Tor 2", "Stadttor 3", "Stadtwall 5", "Konrad-Adenauer-Platz 3",
    "Theodor-Heuss-Platz 1", "Friedrich-Blos-Str. 40", "Adolf-Schlitter-Str. 15/1", "Schulstraße 5-7",
    "Am Markt 5 - 7", "Hauptstr. 12 a", "Neuer Markt 3", "In der Au 7",
])
def test_street_and_house_number(street):
    assert ents(f"Kontakt:\n{street}\n72070 Tübingen", "ADDRESS")[0] == (street, {"street": street})


def test_a_postal_code_glued_to_a_house_number_with_a_letter():
    assert ents("Schlossberg 10a,76274 Schönbrunn am Berg", "ADDRESS") == [
        ("Schlossberg 10a", {"street": "Schlossberg 10a"}),
        ("76274 Schönbrunn am Berg", {"postal_code": "76274", "city": "Schönbrunn am Berg"})]


@pytest.mark.parametrize("text", ["Der Moderator 2 Stunden lang", "Am Schlossberg 2016 gebaut",
                                  "Theodor-Heuss-Platz 1\n\n88074 Meckenbeuren"])
def test_no_street_across_a_line_or_from_a_year_or_a_noun(text):
    assert all("\n" not in t and not t.endswith("2016") for t, _ in ents(text, "ADDRESS"))
    assert ents("Der Moderator 2 Stunden lang", "ADDRESS") == []


# --- organisations ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,orgs", [
    # coordinated names: one head, several organisations
    ("Er lehrt an den Universitäten Freiburg und Kassel.", ["Universität Freiburg", "Universität Kassel"]),
    ("Beteiligt waren die Hochschulen Esslingen, Nürtingen und Reutlingen.",
     ["Hochschule Esslingen", "Hochschule Nürtingen", "Hochschule Reutlingen"]),
    # names with lower-case words
    ("Mit dabei war der Verein für soziale Arbeit Lindach e.V. aus dem Ort.", ["Verein für soziale Arbeit Lindach e.V."]),
    ("Die Stiftung für ein offenes Miteinander nahm teil.", ["Stiftung für ein offenes Miteinander"]),
    ("Der Verband deutscher Sinti war vertreten.", ["Verband deutscher Sinti"]),
    # initiatives named in quotes
    ("Die Initiative „Willkommen in Lindach“ lud ein.", ["Initiative Willkommen in Lindach"]),
    ('Der Verein "Miteinander leben" hat mitgewirkt.', ["Verein Miteinander leben"]),
    ("Das Netzwerk »Asyl und Arbeit« war vertreten.", ["Netzwerk Asyl und Arbeit"]),
    # a name in capitals after a descriptor; an abbreviation in brackets is no second organisation
    ("Neu ist die Anlaufstelle PFIFF im Rathaus.", ["PFIFF"]),
    ("Ort: Begegnungszentrum Migration und Ehrenamt (BZME)", ["Begegnungszentrum Migration und Ehrenamt"]),
    # a consultant's firm named after its owner
    ("Herr Christoph Weinmann, Weinmann Moderation Prozessbegleitung Beratung, Karlsruhe",
     ["Weinmann Moderation Prozessbegleitung Beratung"]),
    # the genitive of a known body names it
    ("Mitglieder des Asylkreises und Flüchtlinge kamen.", ["Asylkreis"]),
])
def test_organisation_shapes(text, orgs):
    assert [v for _, v in ents(text, "ORG")] == orgs


@pytest.mark.parametrize("text", [
    "Vertreten waren Schule, Feuerwehr, Vereine und Kirchen.",      # fields of work, not bodies
    "Engagierte aus vielen Bereichen (Schule, Sport, Polizei etc.)",
    "Engagierte aus Sportverein, Schule und Feuerwehr brachten ihre Sicht ein.",  # a compound, first in the list
    "Ehrenamtliche und andere an der Flüchtlingshilfe Beteiligten",  # an activity, and people
    "Gute Moderation und Beratung ist wichtig.",                     # no owner named
    "Er lehrt im Forum „Wohnen“ mit.",                               # a workshop group, not a body
])
def test_no_organisation(text):
    assert ents(text, "ORG") == []


def test_known_bodies_in_a_list_of_bodies_stay_organisations():
    assert [v for _, v in ents("Vertreten waren Polizei, Jobcenter und Landratsamt.", "ORG")] == [
        "Polizei", "Jobcenter", "Landratsamt"]
    assert [v for _, v in ents("aus vielen Bereichen (Asylkreis, Schule, Sport, Feuerwehr etc.)", "ORG")] == [
        "Asylkreis"]


def test_a_later_short_mention_takes_the_full_name_given_before():
    text = ("Es gibt einen Helferkreis für Flüchtlinge in Lindach. Die Aufgaben des Helferkreises wurden besprochen.")
    assert ents(text, "ORG") == [("Helferkreis für Flüchtlinge", "Helferkreis für Flüchtlinge"),
                                 ("Helferkreises", "Helferkreis für Flüchtlinge")]
    assert ents("Der Helferkreis traf sich.", "ORG") == [("Helferkreis", "Helferkreis")]


# --- persons ------------------------------------------------------------------------------------

def test_a_later_surname_takes_the_full_name_given_before():
    text = "Herr Christoph Weinmann moderierte.\nHerr Weinmann hat mit Frau Maier vorbereitet."
    assert ents(text, "PERSON") == [("Christoph Weinmann", "Christoph Weinmann"),
                                    ("Weinmann", "Christoph Weinmann"), ("Maier", "Maier")]


@pytest.mark.parametrize("name,email", [("Idalia Dias Heller", "i.dias-heller@ulm.de"),
                                        ("Marcello Lallo", "marcello.lallo@renningen.de"),
                                        ("Jasmine Finckh", "Finckh@Remseck.de"),
                                        ("Nuray Güler", "n.gueler@lindach.de")])
def test_a_name_on_its_own_line_is_a_person_when_the_e_mail_address_confirms_it(name, email):
    text = f"Kontakt:\n{name}\nRathausplatz 3\nE-Mail: {email}"
    assert ents(text, "PERSON") == [(name, name)]
    assert ents(f"Kontakt:\n{name}\nRathausplatz 3\nE-Mail: info@lindach.de", "PERSON") == []


def test_a_name_at_the_end_of_a_text_cut_off_mid_sentence_is_not_taken():
    cut = ("Die methodische und strukturelle Vorbereitung lag im Aufgabenbereich von Herrn Dr. Thomas Pfohl und "
           "von Herrn Dan")
    assert [v for _, v in ents(cut, "PERSON")] == ["Dr. Thomas Pfohl"]
    assert [v for _, v in ents(cut[:-4] + " Daniel Paric.", "PERSON")] == ["Dr. Thomas Pfohl", "Daniel Paric"]
