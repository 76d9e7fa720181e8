"""Variant disclosures the parser has never seen, against figures checked by hand.

Each tests/fixtures/variants/<name>.txt (or .md) was written for this corpus in its own words: other counties and
provinces, other wording, half-width punctuation, spaces in numbers, amounts in 元, traditional characters,
PDF-style line breaks and page footers, 决算 documents, tables only, and documents that are not disclosures at all.
<name>.expected.json holds what a reader gets from that document (decimals as strings, 万元); the parser is
never run to produce it. The expected-JSON shape and the checking code are in tests/parsing/variant_check.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.variant_check import (
    FIXTURES, check_parse, document_of,
    expected_paths, load, name_of,
)

VARIANTS = FIXTURES / "variants"


@pytest.mark.parametrize("expected_path", expected_paths(VARIANTS), ids=name_of)
def test_it_parses_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(document_of(expected_path), load(expected_path))


# The corpus itself: these run without the parser and keep the hand-written expectations coherent.
