"""Work done once per word instead of once per token: lexeme flags for the Matcher, and a warm
vocabulary.

Flags. spaCy's Matcher evaluates set and regex predicates (``{"ORTH": {"IN": [...]}}``,
``{"TEXT": {"REGEX": ...}}``, ``{"LOWER": {"NOT_IN": [...]}}``) by calling Python objects at every
token for every pattern that could start or continue there: about 20 ms per 700-token report, a
third of the whole pipeline. All those tests depend only on the word itself (its text, lower-case
form, shape flags), so their result can be stored on the word's ``Lexeme`` once, as a flag bit
(``Vocab.add_flag``), and matched in C like ``IS_ALPHA``. ``flag_patterns(entries, vocab)`` returns
the SpanRuler entries with every such token description replaced by ``{"FLAG<n>": True}`` (its "OP"
kept). The flag's value comes from the same attribute getters the vocabulary uses, with spaCy's
semantics (equality, IN, NOT_IN, REGEX = ``re.search``), so the matches are the same; a description
using anything else (extension attributes, comparisons, token-level attributes such as NORM) is left
as it was. The values for one word are computed together and remembered (bounded).

Warm vocabulary. Documents are analysed in a memory zone (engine.py), so the words a document brings
are forgotten after it: the next document creates their lexemes again (some fifty attribute and
flag getters each) and the tokenizer does not cache inside a zone. ``warm_up`` tokenizes, outside any
zone, the words nearly every German report uses (spaCy's German stop words, numbers, years,
punctuation) and, per form, the form's own headings, questions and labels: those stay in the
vocabulary for good (a few thousand, once) and are looked up instead of rebuilt. This halves the
tokenizer's time on a typical report.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable

from spacy.attrs import IDS
from spacy.vocab import Vocab

# Attributes that belong to the word (lexeme), not to its position in a text (NORM is not: tokenizer
# exceptions set it per token).
_LEXEME_ATTRS = {"ORTH", "TEXT", "LOWER", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "IS_ALPHA",
                 "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT", "IS_SPACE", "IS_TITLE", "IS_UPPER",
                 "LIKE_URL", "LIKE_NUM", "LIKE_EMAIL", "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT",
                 "IS_RIGHT_PUNCT", "IS_CURRENCY"}
_SET_OPS = {"IN", "NOT_IN", "REGEX"}
_CACHE_LIMIT = 50_000  # words whose flags are remembered; cleared when full (memory stays bounded)


def _attr_getter(vocab: Vocab, name: str) -> Callable[[str], object] | None:
    name = "ORTH" if name == "TEXT" else name
    if name == "ORTH":
        return lambda s: s
    if name == "LENGTH":
        return len
    getter = vocab.lex_attr_getters.get(IDS[name])
    return getter


def _test(vocab: Vocab, name: str, value) -> Callable[[str], bool] | None:
    """One ``attribute: value`` of a token description as a test on the word, or None."""
    getter = _attr_getter(vocab, name)
    if getter is None:
        return None
    if isinstance(value, bool):
        return lambda s: bool(getter(s)) == value
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return lambda s: getter(s) == value
    if isinstance(value, dict) and value and set(value) <= _SET_OPS:
        tests = []
        for op, arg in value.items():
            if op == "REGEX":
                rx = re.compile(arg)
                tests.append(lambda s, rx=rx: bool(rx.search(str(getter(s)))))
            elif isinstance(arg, (list, tuple, set)) and all(isinstance(a, str) for a in arg):
                members = frozenset(arg)
                if op == "IN":
                    tests.append(lambda s, m=members: getter(s) in m)
                else:
                    tests.append(lambda s, m=members: getter(s) not in m)
            else:
                return None
        return lambda s: all(t(s) for t in tests)
    return None


def _compile(vocab: Vocab, token: dict) -> Callable[[str], bool] | None:
    tests = []
    for key, value in token.items():
        if key == "OP":
            continue
        if not isinstance(key, str) or key.upper() not in _LEXEME_ATTRS:
            return None
        test = _test(vocab, key.upper(), value)
        if test is None:
            return None
        tests.append(test)
    if len(tests) < 1 or all(k == "OP" or isinstance(v, bool) for k, v in token.items()):
        return None  # plain flags (IS_TITLE: True) are already checked in C
    return lambda s: all(t(s) for t in tests)


class _Flags:
    """All compiled tests of one word at once, remembered per word: a new word gets every flag in a
    row (one getter call each), and only the first call computes."""

    def __init__(self, tests: list[Callable[[str], bool]]):
        self.tests = tests
        self.cache: dict[str, int] = {}

    def bits(self, s: str) -> int:
        found = 0
        for i, test in enumerate(self.tests):
            if test(s):
                found |= 1 << i
        if len(self.cache) >= _CACHE_LIMIT:
            self.cache.clear()
        self.cache[s] = found
        return found

    def getter(self, i: int) -> Callable[[str], bool]:
        mask, get, bits = 1 << i, self.cache.get, self.bits

        def flag(s: str) -> bool:
            found = get(s)
            return bool((bits(s) if found is None else found) & mask)
        return flag


def flag_patterns(entries: list[dict], vocab: Vocab) -> list[dict]:
    """The SpanRuler entries with word-level token descriptions replaced by lexeme flags."""
    # Bits spaCy leaves for users (FLAG19..FLAG63), minus those already taken in this vocabulary.
    free = [bit for bit in range(1, 64) if f"FLAG{bit}" in IDS and bit not in vocab.lex_attr_getters]
    keys: dict[str, int] = {}       # token description (without OP) -> index into tests
    tests: list[Callable[[str], bool]] = []
    out = []
    for entry in entries:
        pattern = entry["pattern"]
        if isinstance(pattern, str):
            out.append(entry)
            continue
        new = []
        for token in pattern:
            bare = {k: v for k, v in token.items() if k != "OP"}
            key = json.dumps(bare, sort_keys=True, ensure_ascii=False)
            if key not in keys and len(keys) < len(free):
                test = _compile(vocab, token)
                if test is not None:
                    keys[key] = len(tests)
                    tests.append(test)
            if key in keys:
                flagged = {f"FLAG{free[keys[key]]}": True}
                if "OP" in token:
                    flagged["OP"] = token["OP"]
                new.append(flagged)
            else:
                new.append(token)
        out.append({**entry, "pattern": new})
    flags = _Flags(tests)
    for i in range(len(tests)):
        vocab.add_flag(flags.getter(i), flag_id=free[i])
    return out


def _common_text() -> str:
    from spacy.lang.de.stop_words import STOP_WORDS

    words = sorted(STOP_WORDS) + sorted(w.capitalize() for w in STOP_WORDS)
    numbers = [str(n) for n in range(0, 101)] + [str(y) for y in range(1990, 2041)]
    marks = list(".,;:!?()[]/-–—\"'„“”‚‘’…•*&%€§+=")
    return " ".join(words + numbers + marks)


def warm_up(nlp, text: str | None = None) -> None:
    """Make the words of ``text`` (default: common German words, numbers, punctuation) permanent
    lexemes and cached tokenizations. Call outside a memory zone."""
    nlp.make_doc(text if text is not None else _common_text())
