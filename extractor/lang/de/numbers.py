"""Numbers in words: number words with their values, scale words, and the words after a number that are not
what it counts."""

# Number words and their values; normalize/numbers.py composes the rest ("einundzwanzig", "zweihundert").
UNITS = {"eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7,
         "acht": 8, "neun": 9}
TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
         "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "fuenfzig": 50, "sechzig": 60,
        "siebzig": 70, "achtzig": 80, "neunzig": 90}

# Number words a count is written with in front of its noun ("zwanzig Personen", "dreihundert Gäste"): those
# above but "eins" (a count says "ein"), and the hundreds and "tausend".
COUNT_WORDS = [*(w for w in UNITS if w != "eins"), *TEENS, *TENS, "hundert",
               *(f"{unit}hundert" for unit in ["ein", *UNITS] if unit != "eins"), "tausend"]

# Scale words after a number ("5 Tausend", "1,2 Millionen"), and their abbreviations, written with or without a
# dot ("5 Tsd.", "1,2 Mio").
SCALE_WORDS = {"Tausend": 1_000, "Million": 1_000_000, "Millionen": 1_000_000, "Milliarde": 1_000_000_000,
               "Milliarden": 1_000_000_000}
SCALE_ABBREVIATIONS = {"Tsd": 1_000, "Mio": 1_000_000, "Mrd": 1_000_000_000}

# Words after a number that are not what it counts: units, spans of time, pages, inhabitants (a population, not
# people taking part) and "Stand" (a date note). Lower case.
NOT_COUNTED = ["uhr", "euro", "eur", "€", "t€", "teur", "prozent", "%", "jahr", "jahre", "jahren", "jahres",
               "monat", "monate", "monaten", "woche", "wochen", "tag", "tage", "tagen", "stunde", "stunden",
               "minuten", "mal", "uhrzeit", "seite", "seiten", "einwohner", "einwohnerinnen", "km", "qm", "m²",
               "stand"]
