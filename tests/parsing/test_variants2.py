"""The second, harder variant corpus: text documents (tests/fixtures/variants2) and rendered PDFs
(tests/fixtures/variants_pdf), each against figures checked by hand from the document itself.

variants2 adds other provinces and departments (教育局 with schools, 公安局, 乡镇人民政府 as a 单位, 自治县 and
county-level cities), 决算 shapes (完成预算的Y%, 收入总计/年末结转和结余, 公务接待费 first), number styles (亿元,
元 next to 万元, full-width digits, signed changes, 为零), wording traps (last year's figure first, a reason clause
naming another item, 预算 next to 上年执行数, percentages only) and three more non-disclosures.
variants_pdf holds PDFs rendered by tests/fixtures/make_variant_pdfs.py from its own HTML with chromium
(justified A4 text wrapping inside numbers, 第 N 页 footers, a paragraph across a page break, a table with merged
cells in 元, traditional characters, a 决算). The PDF bytes are parsed with a .pdf filename.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.variant_check import (
    FIXTURES, TEXT_SUFFIXES, check_parse, check_sangong_arithmetic, check_well_formed, document_of,
    expected_paths, load, name_of,
)

VARIANTS2 = FIXTURES / "variants2"
VARIANTS_PDF = FIXTURES / "variants_pdf"
PDF_SUFFIXES = (".pdf",)
ALL_EXPECTED = expected_paths(VARIANTS2) + expected_paths(VARIANTS_PDF)


def _document(expected_path: Path) -> Path:
    suffixes = PDF_SUFFIXES if expected_path.parent == VARIANTS_PDF else TEXT_SUFFIXES
    return document_of(expected_path, suffixes=suffixes)


@pytest.mark.parametrize("expected_path", expected_paths(VARIANTS2), ids=name_of)
def test_it_parses_text_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(_document(expected_path), load(expected_path))


@pytest.mark.parametrize("expected_path", expected_paths(VARIANTS_PDF), ids=name_of)
def test_it_parses_pdf_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(_document(expected_path), load(expected_path))


# The corpora themselves: these run without the parser and keep the hand-written expectations coherent.

def test_it_has_enough_new_variants_and_refusals() -> None:
    texts = [load(p) for p in expected_paths(VARIANTS2)]
    assert len(texts) >= 14
    assert sum(1 for e in texts if e["parse_error"]) >= 2
    assert len(expected_paths(VARIANTS_PDF)) >= 5


@pytest.mark.parametrize("corpus, suffixes", [(VARIANTS2, TEXT_SUFFIXES), (VARIANTS_PDF, PDF_SUFFIXES)],
                         ids=["variants2", "variants_pdf"])
def test_it_pairs_every_document_with_one_expectation(corpus: Path, suffixes: tuple[str, ...]) -> None:
    documents = {p.stem for p in corpus.iterdir() if p.suffix in suffixes}
    expected = {name_of(p) for p in expected_paths(corpus)}
    assert documents == expected, f"documents without expectations: {documents - expected}; " \
                                  f"expectations without documents: {expected - documents}"


def test_it_keeps_text_variants_utf8() -> None:
    for path in expected_paths(VARIANTS2):
        _document(path).read_bytes().decode("utf-8")


def test_it_keeps_pdfs_small_and_real() -> None:
    for path in expected_paths(VARIANTS_PDF):
        data = _document(path).read_bytes()
        assert data.startswith(b"%PDF-"), f"{path.name}: not a PDF"
        assert len(data) < 150_000, f"{path.name}: {len(data)} bytes, over 150 KB"


@pytest.mark.parametrize("expected_path", ALL_EXPECTED, ids=name_of)
def test_it_keeps_expectations_well_formed(expected_path: Path) -> None:
    check_well_formed(load(expected_path))


@pytest.mark.parametrize("expected_path", ALL_EXPECTED, ids=name_of)
def test_it_keeps_hand_checked_sangong_arithmetic(expected_path: Path) -> None:
    check_sangong_arithmetic(load(expected_path))
