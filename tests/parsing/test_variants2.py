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
    FIXTURES, TEXT_SUFFIXES, check_parse, document_of,
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
