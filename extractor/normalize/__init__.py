"""Pure normalisation: an entity's text -> its normalised value. No spaCy, no I/O.

Every public function is total on ``str``: junk gives ``None`` (a text shaped like a
date that is not a real date gives a ``ParsedDate`` with ``valid=False``). A
non-``str`` argument is a programming error and raises ``TypeError``; so does
nothing else, except ``parse_date`` with a ``default_year`` outside 1900-2099
(``ValueError``).
"""
from .dates import ParsedDate, parse_date, parse_date_list
from .money import Money, parse_money
from .numbers import parse_number, parse_number_word
from .phones import looks_like_phone, normalise_phone, phone_digits
from .qualifiers import Qualifier, parse_qualifier, split_qualifier
from .quantity import Quantity, parse_quantity
from .times import parse_time, parse_time_range

__all__ = [
    "Money", "ParsedDate", "Qualifier", "Quantity",
    "looks_like_phone", "normalise_phone", "parse_date", "parse_date_list", "parse_money", "parse_number",
    "parse_number_word", "parse_qualifier", "parse_quantity", "parse_time", "parse_time_range",
    "phone_digits", "split_qualifier",
]
