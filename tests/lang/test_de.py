"""The German language data is read alike by every rule that uses it: each spelling in a list is found by the
entity recogniser and understood by the normaliser."""
import pytest

from extractor.lang.de import calendar, numbers, qualifiers
from extractor.nlp import analyse, get_nlp


def found(text, label):
    return [(e.text, e._.value) for e in analyse(text).ents if e.label_ == label]


def spellings(names, abbreviations):
    """Every spelling of ``names`` and ``abbreviations`` with its number; abbreviations also with a dot."""
    return [*names.items(), *abbreviations.items(), *((f"{a}.", n) for a, n in abbreviations.items())]


@pytest.mark.parametrize("month,number", spellings({**calendar.MONTHS, **calendar.MONTH_VARIANTS},
                                                   calendar.MONTH_ABBREVIATIONS))
def test_every_month_spelling_is_found_and_read(month, number):
    assert found(f"Der Workshop fand am 12. {month} 2017 im Rathaus statt.", "DATE") == [
        (f"12. {month} 2017", f"2017-{number:02d}-12")]


@pytest.mark.parametrize("weekday,number", spellings({**calendar.WEEKDAYS, **calendar.WEEKDAY_VARIANTS},
                                                     calendar.WEEKDAY_ABBREVIATIONS))
def test_every_weekday_spelling_marks_a_date_without_year(weekday, number):
    # found, and left for the field rules to place in a year (value None)
    assert found(f"Treffen am {weekday}, 31.01. um 10 Uhr", "DATE") == [(f"{weekday}, 31.01.", None)]


LEADING = [*qualifiers.ABOUT, *qualifiers.AT_LEAST, *qualifiers.AT_MOST, *qualifiers.EXACT, *qualifiers.TOTAL]


@pytest.mark.parametrize("qualifier", LEADING)
def test_every_qualifier_is_kept_with_an_amount_of_money(qualifier):
    money = [(text, value["qualifier"]) for text, value in found(f"Die Kosten betrugen {qualifier} 500 € für die "
                                                                   f"Miete.", "MONEY")]
    assert money == [(f"{qualifier} 500 €", qualifier)]


def _one_token_each(spelling):
    return all(len(get_nlp().make_doc(word)) == 1 for word in spelling.split())


@pytest.mark.parametrize("qualifier", [q for q in LEADING if _one_token_each(q)])
def test_every_qualifier_of_whole_words_is_kept_with_a_count(qualifier):
    # Counts are matched token by token, so a qualifier the tokenizer splits (">=", "insg.") is not one of them.
    counts = [(text, value["qualifier"]) for text, value in found(f"Es kamen {qualifier} 20 Personen zum Treffen.",
                                                                  "COUNT")]
    assert counts == [(f"{qualifier} 20 Personen", qualifier)]


@pytest.mark.parametrize("word", numbers.COUNT_WORDS)
def test_every_count_word_starts_a_count(word):
    assert [text for text, _ in found(f"Es kamen {word} Personen zum Treffen.", "COUNT")] == [f"{word} Personen"]


@pytest.mark.parametrize("scale", [*numbers.SCALE_WORDS, *numbers.SCALE_ABBREVIATIONS])
def test_every_scale_word_makes_money(scale):
    value = {**numbers.SCALE_WORDS, **numbers.SCALE_ABBREVIATIONS}[scale]
    assert [(text, v["value"]) for text, v in found(f"Die Kosten betrugen 2 {scale} Euro.", "MONEY")] == [
        (f"2 {scale} Euro", 2 * value)]
