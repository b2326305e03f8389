"""Words that qualify a number, grouped by what they say about it: the one list that normalize/qualifiers.py
parses and that the entity recognisers (nlp/patterns.py, nlp/rules.py) find qualifiers with.

Lower case as written; umlaut-less spellings included. A spelling of several words matches with any run of
spaces between them.
"""

# The true value is about the number ("ca. 40").
ABOUT = ["ca.", "ca", "circa", "cirka", "zirka", "etwa", "rund", "rd.", "rd", "ungefähr", "ungefaehr", "ungef.", "annähernd",
         "annaehernd", "schätzungsweise", "schaetzungsweise", "geschätzt", "geschaetzt", "an die", "um die", "~",
         "≈"]
# It is at least or more than the number ("gut 40", "mehr als 25").
AT_LEAST = ["gut", "über", "ueber", "mehr als", "etwas mehr als", "etwas über", "weit über", "deutlich über",
            "deutlich mehr als", "knapp über", "mindestens", "mind.", "min.", "wenigstens", ">", "≥", ">="]
# It is at most or less than the number ("knapp 40", "bis zu 30").
AT_MOST = ["knapp", "fast", "beinahe", "nahezu", "unter", "weniger als", "knapp unter", "bis zu", "max.", "maximal",
           "höchstens", "hoechstens", "<", "≤", "<="]
# It is exactly the number.
EXACT = ["genau", "exakt"]
# The number is a sum ("insgesamt 6.000 €"); exact unless another qualifier says otherwise.
TOTAL = ["insgesamt", "insg.", "insges.", "gesamt", "zusammen", "in summe"]
# A range follows ("zwischen 20 und 30").
RANGE = ["zwischen"]

# After the number: it is at least the number ("100+", "40 und mehr").
TRAILING_AT_LEAST = ["+", "und mehr", "oder mehr", "u. m."]
