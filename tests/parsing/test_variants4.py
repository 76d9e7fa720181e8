"""The fourth variant corpus: text documents (tests/fixtures/variants4) and rendered PDFs
(tests/fixtures/variants4_pdf), each against figures checked by hand from the document itself.

variants4 aims at what real published files do and the earlier batches do not: OCR/typing noise (三 公, 万 元,
1，234.50 with a full-width thousands comma, a letter O inside a number or a title year), no-break / zero-width /
ideographic spaces from web copies with portal chrome around the title, 公务接待费 split into 国内/国（境）外 parts,
公务用车购置费 stated with a vehicle count, 决算 sentences giving 比年初预算 before 比上年决算, 机关运行经费 only in 元,
tables with 万元 in every cell, a .md file with a raw HTML table whose columns start with 公务接待费, decimal section
numbers (4.1, 4.2), 分别为 lists, a vehicle item stated only combined, an unrelated “三公” heading before the real one,
two disclosures concatenated (read as two), and refusals: a tender notice and an inspection notice.
variants4_pdf holds PDFs rendered by tests/fixtures/make_variant_pdfs.py (a bilingual Chinese/English export, a
traditional-character 决算 across pages, a table in 元 with blank cells and 接待 first, OCR noise, and an unrelated
“三公” heading with a page break inside a bracket). The PDF bytes are parsed with a .pdf filename.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.variant_check import (
    FIXTURES, TEXT_SUFFIXES, check_parse, document_of,
    expected_paths, load, name_of, with_known_gaps,
)

VARIANTS4 = FIXTURES / "variants4"
VARIANTS4_PDF = FIXTURES / "variants4_pdf"
PDF_SUFFIXES = (".pdf",)
ALL_EXPECTED = expected_paths(VARIANTS4) + expected_paths(VARIANTS4_PDF)


# Known parser gaps this batch found and that are not fixed yet. strict=True: the day the parser handles one,
# its xfail turns into a failure and the entry must be removed, so the list cannot go stale.
KNOWN_GAPS = {
}


def _document(expected_path: Path) -> Path:
    suffixes = PDF_SUFFIXES if expected_path.parent == VARIANTS4_PDF else TEXT_SUFFIXES
    return document_of(expected_path, suffixes=suffixes)


@pytest.mark.parametrize("expected_path", with_known_gaps(expected_paths(VARIANTS4), KNOWN_GAPS), ids=name_of)
def test_it_parses_text_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(_document(expected_path), load(expected_path))


@pytest.mark.parametrize("expected_path", with_known_gaps(expected_paths(VARIANTS4_PDF), KNOWN_GAPS), ids=name_of)
def test_it_parses_pdf_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(_document(expected_path), load(expected_path))


# The corpora themselves: these run without the parser and keep the hand-written expectations coherent.
