"""The third variant corpus: text documents (tests/fixtures/variants3) and rendered PDFs
(tests/fixtures/variants3_pdf), each against figures checked by hand from the document itself.

variants3 adds templates of other provinces (四川 部门预算公开说明 with tables between the prose, 广东 单位预算说明 in 元,
浙江 部门预算编制说明 with 会议费/培训费 beside 三公), 2019–2022 years and a Chinese-numeral year, 林区/特区/自治州-prefixed
regions, a 部门 with 33 member units hard-wrapped through their names, headcount only in a table, typing slips
(12。5万元) and approximations (约/近) that must stay absent, 千元, text from a two-column layout, 决算 with
使用非财政拨款结余 and 预算数 before 决算数, per-unit 三公 subtotals as decoys, a 三公 section without a total,
and three more non-disclosures (绩效自评报告, 预算公开目录, 审计结果公告).
variants3_pdf holds PDFs rendered by tests/fixtures/make_variant_pdfs.py (running header with the unit name and
"第X页 共Y页" footer on every page, a 三公 table split over two pages, a two-column layout, a 决算 in 元 with a
paragraph across pages). The PDF bytes are parsed with a .pdf filename.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.variant_check import (
    FIXTURES, TEXT_SUFFIXES, check_parse, document_of,
    expected_paths, load, name_of,
)

VARIANTS3 = FIXTURES / "variants3"
VARIANTS3_PDF = FIXTURES / "variants3_pdf"
PDF_SUFFIXES = (".pdf",)
ALL_EXPECTED = expected_paths(VARIANTS3) + expected_paths(VARIANTS3_PDF)


def _document(expected_path: Path) -> Path:
    suffixes = PDF_SUFFIXES if expected_path.parent == VARIANTS3_PDF else TEXT_SUFFIXES
    return document_of(expected_path, suffixes=suffixes)


@pytest.mark.parametrize("expected_path", expected_paths(VARIANTS3), ids=name_of)
def test_it_parses_text_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(_document(expected_path), load(expected_path))


@pytest.mark.parametrize("expected_path", expected_paths(VARIANTS3_PDF), ids=name_of)
def test_it_parses_pdf_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(_document(expected_path), load(expected_path))


# The corpora themselves: these run without the parser and keep the hand-written expectations coherent.
