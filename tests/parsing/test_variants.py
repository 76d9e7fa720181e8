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
    FIXTURES, TEXT_SUFFIXES, check_parse, check_sangong_arithmetic, check_well_formed, document_of,
    expected_paths, load, name_of,
)

VARIANTS = FIXTURES / "variants"


@pytest.mark.parametrize("expected_path", expected_paths(VARIANTS), ids=name_of)
def test_it_parses_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(document_of(expected_path), load(expected_path))


# The corpus itself: these run without the parser and keep the hand-written expectations coherent.

def test_it_has_enough_variants_and_refusals() -> None:
    expectations = [load(p) for p in expected_paths(VARIANTS)]
    assert len(expectations) >= 18
    assert sum(1 for e in expectations if e["parse_error"]) >= 2


def test_it_pairs_every_document_with_one_expectation() -> None:
    documents = {p.stem for p in VARIANTS.iterdir() if p.suffix in TEXT_SUFFIXES}
    expected = {name_of(p) for p in expected_paths(VARIANTS)}
    assert documents == expected, f"documents without expectations: {documents - expected}; " \
                                  f"expectations without documents: {expected - documents}"
    for path in expected_paths(VARIANTS):
        document_of(path).read_bytes().decode("utf-8")  # every document is UTF-8


@pytest.mark.parametrize("expected_path", expected_paths(VARIANTS), ids=name_of)
def test_it_keeps_expectations_well_formed(expected_path: Path) -> None:
    check_well_formed(load(expected_path))


@pytest.mark.parametrize("expected_path", expected_paths(VARIANTS), ids=name_of)
def test_it_keeps_hand_checked_sangong_arithmetic(expected_path: Path) -> None:
    check_sangong_arithmetic(load(expected_path))
