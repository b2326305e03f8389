"""Weekday and month names with their numbers: the one list that the date recogniser (nlp/patterns.py), the
date parser (normalize/dates.py) and the weekday check of undated events read.

Written here rather than taken from babel's CLDR names (which normalize/dates.py used to read): the
recogniser's case-sensitive regex and the parser must accept the same spellings, reports use spellings CLDR
lacks ("Sonnabend", "Febr.", "Mrz.", "Maerz"), and CLDR's abbreviations may change with a babel release,
which would change what is found without a change here.
"""

# Weekday -> its number as ``datetime.date.weekday()`` counts (Monday 0).
WEEKDAYS = {"Montag": 0, "Dienstag": 1, "Mittwoch": 2, "Donnerstag": 3, "Freitag": 4, "Samstag": 5, "Sonntag": 6}
# Other names of a weekday.
WEEKDAY_VARIANTS = {"Sonnabend": 5}
# Abbreviations, written with or without a dot ("Mi., 31.01.", "Sa 24.06.").
WEEKDAY_ABBREVIATIONS = {"Mo": 0, "Di": 1, "Mi": 2, "Do": 3, "Fr": 4, "Sa": 5, "So": 6}

# Month -> its number.
MONTHS = {"Januar": 1, "Februar": 2, "März": 3, "April": 4, "Mai": 5, "Juni": 6, "Juli": 7, "August": 8,
          "September": 9, "Oktober": 10, "November": 11, "Dezember": 12}
# Austrian and umlaut-less spellings.
MONTH_VARIANTS = {"Jänner": 1, "Jaenner": 1, "Maerz": 3, "Marz": 3}
# Abbreviations, written with or without a dot ("Sept. 2016", "Jan 2017").
MONTH_ABBREVIATIONS = {"Jan": 1, "Jän": 1, "Feb": 2, "Febr": 2, "Mär": 3, "Mrz": 3, "Apr": 4, "Jun": 6, "Jul": 7,
                       "Aug": 8, "Sep": 9, "Sept": 9, "Okt": 10, "Nov": 11, "Dez": 12}
