"""The examples in the normalize modules' docstrings are true (they are the API's documentation)."""
from __future__ import annotations

import doctest
import importlib

import pytest

import extractor.normalize as normalize

MODULES = ["numbers", "qualifiers", "quantity", "money", "dates", "times", "phones"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"extractor.normalize.{name}")
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0


def test_public_api_is_exported():
    for name in normalize.__all__:
        assert callable(getattr(normalize, name))
