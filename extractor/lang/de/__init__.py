"""German language data: plain word lists under fixed names, no logic, no imports from the rest of the project.

As spaCy keeps ``spacy/lang/de/`` (stop words, punctuation, ...), each kind of word has its module:

    calendar        weekday and month names with their numbers
    function_words  articles, prepositions, conjunctions, pronouns; adjective endings
    names           first names, forms of address, titles, name particles, words that are not surnames
    numbers         number words and scale words with their values; words after a number that it does not count
    organisations   the gazetteer and the words that make, introduce, join or end an organisation's name
    places          how street names end or begin, and the words that make a town's name longer
    qualifiers      words that qualify a number ("ca.", "mehr als", "insgesamt")
    redaction       role and relation words before a name, cues before a date of birth or an IBAN, ...

The modules that use a list build their regexes and token patterns from it, so a word is added here once and
every rule sees it. This package sits below normalize and nlp.
"""
from . import calendar, function_words, names, numbers, organisations, places, qualifiers, redaction

__all__ = ["calendar", "function_words", "names", "numbers", "organisations", "places", "qualifiers", "redaction"]
