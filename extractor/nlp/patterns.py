"""Surface patterns of German entities that cross token boundaries (dates, times, money, phones, ...).

These run over ``doc.text`` inside a spaCy component and are aligned to tokens with
``Doc.char_span``; what each match means is decided by ``extractor.normalize``.
"""
from __future__ import annotations

import re

from extractor.lang.de import calendar, numbers, organisations, places
from extractor.normalize.qualifiers import QUALIFIER_PATTERN


def _words(names) -> str:
    """A regex alternation of ``names``, longest first."""
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


# On the number's line ("Gesamt" in a table cell above is a label), or ending a line of running text that
# wraps before the number ("sind etwa\n2800 Euro": the qualifier follows a word on its line).
QUALIFIER = (r"(?:(?:" + QUALIFIER_PATTERN + r")[ \t]+|(?<=\S[ \t])(?:" + QUALIFIER_PATTERN + r")[ \t]*\n[ \t]*)")

# --- e-mail and web addresses -----------------------------------------------------------------
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}\b")
URL = re.compile(
    r"(?<![\w@.])(?:https?://[^\s<>\"()]+|www\.[^\s<>\"()]+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?:de|com|org|net|eu|info|at|ch)(?:/[^\s<>\"()]*)?)(?<![.,;:!?])(?![\w@])", re.I)

# --- phone numbers: a German trunk or country prefix and enough digits --------------------------
PHONE = re.compile(
    r"(?<![\w.,/])(?:\+\s?49|0049|\(0\d{2,5}\)|0\d{2,5})(?:[ \t]?(?:\(0\))?[ \t/\-–]*\d[\d \t/\-–]*)?\d(?![\w.,]\d)")

# --- dates --------------------------------------------------------------------------------------
# Weekday names take an optional dot ("Mi., 31.01."); month abbreviations too ("Sept. 2016").
_WEEKDAY_NAMES = _words([*calendar.WEEKDAYS, *calendar.WEEKDAY_VARIANTS, *calendar.WEEKDAY_ABBREVIATIONS])
WEEKDAY = rf"(?:(?:{_WEEKDAY_NAMES})\.?,?\s+(?:den\s+)?)"
MONTH = (rf"(?:{_words([*calendar.MONTHS, *calendar.MONTH_VARIANTS])}"
         rf"|(?:{_words(calendar.MONTH_ABBREVIATIONS)})\.?)(?![\wäöü])")
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:\d{4}|\d{2}|\d{3})"  # 3 digits: a typo ("29.11.216"), reported; repaired only if context confirms
_SEP = r"\s*(?:-|–|—|bis(?:\s+zum)?|/)\s*"  # a range; dates joined by "und" are a list (DATE_LIST)
_NUMERIC = rf"{_D}\.\s?{_M}\.\s?{_Y}(?!\d)"
_NUMERIC_NOYEAR = rf"{_D}\.\s?{_M}\."
_NAMED = rf"{_D}\.\s?{MONTH}(?:\s+\d{{4}})?"
DATE = re.compile(
    rf"(?<![\w.]){WEEKDAY}?(?:"
    rf"{_D}\.?{_SEP}{WEEKDAY}?{_D}\.\s?(?:{_M}\.\s?{_Y}(?!\d)|{MONTH}(?:\s+\d{{4}})?)"  # 24.-30. September 2016, 10./11.02.2017
    rf"|(?:{_NUMERIC}|{_NUMERIC_NOYEAR}){_SEP}{WEEKDAY}?{_NUMERIC}"                # 14.10. - 15.10.2018
    rf"|{_NUMERIC}"                                                             # 07.06.2017, 7.6.17
    rf"|(?:(?<=\bam )|(?<=\bvom )|(?<=\bden )){_NUMERIC_NOYEAR}(?![\d\w])"        # am 31.01. (no year)
    rf"|{_NAMED}"                                                               # 22. Juni 2017, 24. Juni
    rf"|{MONTH}\s+\d{{4}}"                                                      # Juni 2017
    rf")(?![\w])")

# A list of dates ("am 03.05., 10.05. und 17.05.2017", "am 3. und 17. Mai 2017", "09.05.2017 und 13.05.217"):
# each of its dates becomes an entity of its own (normalize.dates.parse_date_list says which and what).
_LIST_ITEM = rf"{WEEKDAY}?(?:{_NUMERIC}|{_NAMED}|{_NUMERIC_NOYEAR}|{_D}\.)"
DATE_LIST = re.compile(
    rf"(?<![\w.]){_LIST_ITEM}(?:\s*(?:,|;|&|und|sowie)\s*(?:(?:am|den|vom)\s+)?{_LIST_ITEM})+(?![\w])")

# Month and year with a slash, as in a note "(Stand 5/2016)": month precision.
DATE_MONTH_YEAR = re.compile(r"(?<![\w./])(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\w/])")

# A year-less numeric date is only taken after "am"/"vom"/"den" (above) or a weekday ("Mittwoch, 31.01.").
DATE_WEEKDAY_NO_YEAR = re.compile(rf"(?<![\w.]){WEEKDAY}{_NUMERIC_NOYEAR}(?![\d\w])")

# --- times and time ranges ----------------------------------------------------------------------
_T = r"(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?"
_UHR = r"(?:\s*(?:Uhr|h)(?!\w))"
# "18:00 - 20:30", "10 bis 16 Uhr", "10.00-16.00h"; "und" joins a range only after "zwischen"
TIME_RANGE = re.compile(
    rf"(?<![\w.:,])(?:{_T}{_UHR}?\s*(?:-|–|—|bis)|zwischen\s+{_T}{_UHR}?\s+und)\s*{_T}{_UHR}?"
    rf"(?![\w.:]\d|\.\d|[\w])", re.I)
TIME = re.compile(rf"(?<![\w.:,])(?:(?:[01]?\d|2[0-4])[:.][0-5]\d{_UHR}?|(?:[01]?\d|2[0-4]){_UHR})(?![\w.:]\d|\w)")

# --- money --------------------------------------------------------------------------------------
_NUM = r"\d{1,3}(?:[.\s']\d{3})+(?:,(?:\d{1,2}|-{1,2}))?|\d+(?:,(?:\d{1,2}|-{1,2}))?"
_CUR = r"(?:€|EUR|Euro)"
_SCALE = (rf"(?:T€|TEUR|(?:{_words(numbers.SCALE_ABBREVIATIONS)})\.?\s*{_CUR}"
          rf"|(?:{_words(numbers.SCALE_WORDS)})\s+{_CUR})")
MONEY = re.compile(
    rf"(?<![\w.,]){QUALIFIER}?(?:(?:{_NUM})\s*(?:{_SCALE}|{_CUR})(?!\w)|{_CUR}\s*(?:{_NUM})(?![\d,]))", re.I)

# --- counts written as "Group: number" lines ("Ehrenamtliche: 25"); the entity is the number --------------
COUNT_LABELLED = re.compile(
    rf"(?m)^[ \t]*(?!Anzahl|Zahl|Einwohner)(?P<noun>[A-ZÄÖÜ][\wäöüß/ -]{{1,60}}?(?:innen|er|e|en|ende|enden|personen|leute|gäste))[ \t]*:"
    rf"[ \t]*(?P<ent>{QUALIFIER}?\d{{1,3}}(?:\.\d{{3}})*(?:[ \t]*(?:-|–|bis)[ \t]*\d+)?)[ \t]*$")

# --- addresses ----------------------------------------------------------------------------------
_STREET_ENDING = rf"(?i:{_words(places.STREET_ENDINGS)})" + "".join(
    rf"(?<!{re.escape(e)})" for e in places.NOT_STREET_ENDINGS)  # "Moderator 2" is no street
_STREET_PREPOSITION = "|".join(sorted((p.replace(" ", r"\s") for p in places.STREET_PREPOSITIONS), key=len,
                                      reverse=True))
# "12", "12a", "12 a", "5-7", "3/1"; on the street's own line, and never a year ("Schlossberg 2016")
_HOUSE_NO = (r"(?!(?:19|20)\d\d(?!\d))\d{1,4}[ \t]?[a-zA-Z]?(?:[ \t]?[-–/][ \t]?\d{1,4}[ \t]?[a-zA-Z]?)?"
             r"(?![\d\w])")
STREET = re.compile(
    rf"(?<![\w])(?:"
    rf"[A-ZÄÖÜ][\wäöüß\-]*{_STREET_ENDING}"                             # Schulstraße, Konrad-Adenauer-Platz
    rf"|(?:[A-ZÄÖÜ][\wäöüß\-]+[ \t])(?:{_words(places.STREET_WORDS)})"   # Rohrbacher Straße, Oberes Tor
    rf"|(?P<preposition>{_STREET_PREPOSITION})[ \t][A-ZÄÖÜ][\wäöüß\-]+"                 # Am Felsenkeller
    rf")[ \t]?{_HOUSE_NO}")
_TOWN = r"[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*"
_TOWN_PREFIX = rf"(?:{_words(places.TOWN_PREFIXES)}|[A-ZÄÖÜ][a-zäöüß]+{places.TOWN_PREFIX_ENDING})"
_TOWN_JOINER = "|".join(sorted((j.replace(" ", r"\s") for j in places.TOWN_JOINERS), key=len, reverse=True))
_TOWN_JOINER_ABBR = "|".join(sorted((re.escape(j).replace(r"\ ", r"\s?") for j in places.TOWN_JOINER_ABBREVIATIONS),
                                    key=len, reverse=True))
# "73525 Schwäbisch Gmünd", "71686 Remseck am Neckar", "79098 Freiburg i. Br.", "70771 Leinfelden-Echterdingen"
POSTAL_CITY = re.compile(
    rf"(?<![\d\w.-])(?:D-)?(\d{{5}})[ \t]+((?:{_TOWN_PREFIX}[ \t])?{_TOWN}(?:/{_TOWN}|\s\({_TOWN}\)"
    rf"|[ \t](?:{_TOWN_JOINER})[ \t]{_TOWN}|[ \t](?:{_TOWN_JOINER_ABBR})\s?[A-ZÄÖÜ][\wäöüß]*\.?)?)")

# --- organisations named in quotes ---------------------------------------------------------------
# "Initiative „Willkommen in Lindach“", "Verein "Miteinander leben"": the kind, then the name in quotes.
ORG_QUOTED = re.compile(
    rf"(?<![\w-])(?:{_words(organisations.QUOTED_NAME_HEADS)})[ \t]+[„\"“»‚'](?P<name>[^„\"“”»«‚‘’'\n]{{2,60}}?)[“”\"«‘’']")
