"""Function words (lower case): articles, prepositions, conjunctions, pronouns and determiners; and the endings of
inflected adjectives. Rules combine them into the word sets they need ("words that do not belong to a name")."""

DEFINITE_ARTICLES = ["der", "die", "das", "den", "dem", "des"]
INDEFINITE_ARTICLES = ["ein", "eine", "einer", "einem", "einen", "eines"]
ARTICLES = [*DEFINITE_ARTICLES, *INDEFINITE_ARTICLES]
# The genitive's articles, which attach an attribute to a noun ("Vertreter der Kirchengemeinden").
GENITIVE_ARTICLES = ["der", "des"]

PREPOSITIONS = ["an", "am", "auf", "aus", "bei", "beim", "durch", "für", "im", "in", "mit", "nach", "seit", "über",
                "unter", "vom", "von", "vor", "zum", "zur"]
# Prepositions that attach an origin to a noun ("Vertreter aus der Verwaltung", "Helfer vom Asylkreis").
ORIGIN_PREPOSITIONS = ["aus", "von", "vom"]

# Conjunctions that join coordinated words ("Politik und Verwaltung", "Bürger sowie Vereine").
AND_CONJUNCTIONS = ["und", "sowie"]
CONJUNCTIONS = [*AND_CONJUNCTIONS, "oder", "als", "dass"]

PRONOUNS = ["er", "es", "sie", "wir", "unser", "unsere", "ihre"]
# Demonstratives and quantifiers ("diese Gruppe", "jede AG", "alle Vereine").
DETERMINERS = ["diese", "dieser", "dieses", "jede", "alle"]

# Endings of an inflected adjective ("operativen", "neue", "kommunaler").
ADJECTIVE_ENDINGS = ["e", "en", "er", "es", "em"]

# Endings of adjectives and participles used as nouns for people ("die Beteiligten", "Engagierten",
# "Ehrenamtlichen", "Helfenden"): such a word ends a name, it is not part of one.
NOMINALISED_ENDINGS = ["igten", "ierten", "enden", "lichen", "tigen"]
