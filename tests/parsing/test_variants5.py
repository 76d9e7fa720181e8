"""The fifth variant corpus: documents in the shapes real counties publish and the earlier batches lack, each against
figures checked by hand from the document itself (never by running the parser).

tests/fixtures/variants5 holds
- web statements as text: untitled ones opening with 按照…要求，现将…公开如下 or straight with the figure sentence;
  titles ending in …情况/…公开/…汇总说明/…经费支出说明, a year as "2019-", bare digits, 二〇二二 or full-width digits;
  决算 pairs (预算数/决算数, 年初预算/实际支出, 完成预算的X%); tables flattened to one cell per line or to single-space
  columns; amounts in 元; zeros as 无…预算安排/无公务用车/未发生; label variants; 县本级 totals; page chrome; pinyin
  junk; glued headings; a GBK file; a unit that is not named (missing); last year's 决算 and this year's 预算 in one
  file (two disclosures); refusals: an XX template, a ×× template and a news report;
- saved HTML pages: chrome (nav, breadcrumbs, 索引号/发布机构 tables, related links), <table>s with merged headers,
  预算数/决算数 columns, 元 captions and dash cells, a GB2312 table-layout page and a Word-pasted page of <span>s;
- .xlsx/.xls 附表 workbooks and .docx statements, built by tests/fixtures/make_variants5_files.py.
tests/fixtures/variants5_pdf holds PDFs rendered by tests/fixtures/make_variants5_pdfs.py: a 部门 PDF holding its
member units' budgets one after another, a full-template 部门预算 with 附表 in 元, a 部门决算 with 预算数/决算数 columns,
a web page printed with its chrome, a 单位预算 whose borderless 功能分类 table crosses a page, a full 部门决算 with
wrapped table cells, a 湖南-style 部门预算公开 with an empty 政府性基金 table, and a scanned image-only page
(refused: no text layer).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.variant_check import (
    FIXTURES, check_parse, document_for, expected_paths, load, name_of, with_known_gaps,
)

VARIANTS5 = FIXTURES / "variants5"
VARIANTS5_PDF = FIXTURES / "variants5_pdf"
ALL_EXPECTED = expected_paths(VARIANTS5) + expected_paths(VARIANTS5_PDF)
# Saved as GB2312/GBK rather than UTF-8 (test_corpus.py checks each batch's documents decode as their module says).
GB_DOCUMENTS = {"h10_fucheng_health_gb2312_table_layout", "t32_fengtai_water_gbk_text"}

# Parser gaps this batch found and that are not fixed yet (the parser is being rebuilt in issue 6). strict=True: the
# day the parser handles one, its xfail turns into a failure and the entry must be removed, so the list cannot go
# stale. Each reason is the first thing the parser gets wrong on that document.
KNOWN_GAPS: dict[str, str] = {
}


@pytest.mark.parametrize("expected_path", with_known_gaps(expected_paths(VARIANTS5), KNOWN_GAPS), ids=name_of)
def test_it_parses_web_text_sheet_and_docx_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(document_for(expected_path), load(expected_path))


@pytest.mark.parametrize("expected_path", with_known_gaps(expected_paths(VARIANTS5_PDF), KNOWN_GAPS), ids=name_of)
def test_it_parses_pdf_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(document_for(expected_path), load(expected_path))


# The corpus itself: these run without the parser and keep the hand-written expectations coherent.
def test_the_batch_has_enough_documents_of_each_shape() -> None:
    documents = [document_for(p) for p in ALL_EXPECTED]
    suffixes = [d.suffix for d in documents]
    assert len(documents) >= 45
    assert suffixes.count(".html") >= 6 and suffixes.count(".xlsx") >= 3 and suffixes.count(".docx") >= 2
    assert suffixes.count(".xls") >= 1
    assert suffixes.count(".pdf") >= 4
    expected = [load(p) for p in ALL_EXPECTED]
    assert sum(1 for e in expected if e["parse_error"]) >= 2
    assert any("missing" in e for e in expected) and any("disclosures" in e for e in expected)
    assert sum(1 for e in expected if any("budget" in f for f in e.get("figures", {}).values())) >= 6
