"""The eighth variant corpus: a second blind held-out batch for issue 6. Written from scratch by someone who had not
read the parser (nor variants7, which was measured and then fixed, so it no longer estimates anything), each document
against figures computed by hand from the document itself (never by running the parser).

tests/fixtures/variants8 holds
- web statements as text and saved HTML (北京, 天津, 上海郊区, 重庆 乡镇, 山东, 江苏, 浙江 山区县, 甘肃, 新疆兵团 师市, 西藏;
  2013–2026) for department types the earlier batches do not use (机关事务管理局, 退役军人事务局, 融媒体中心/广播电视台,
  供销合作社, 消防救援大队, 气象局, 国家税务总局…税务局, 公证处, 殡仪馆, 水库管理所): totals in 亿元, 三公 in 千元, a 2013 page
  in 元; counts in Chinese numerals; 较上年/同比/与上年相比/比上年预算数; 三公 items in reverse order; 公务接待 split 国内/国外
  and 公务用车 split 购置/运行 with a car count; a year-as-column-header table; 决算 '支出决算数为…，完成年初预算的…%' and
  '预算数为A万元，决算数为B万元'; '一、关于…的说明' headings; one long paragraph; nested layout tables with inline styles;
  a page with this year's and last year's statements; a ①②③ list in full-width digits; a 三公 total only in a 合计 row;
- refusals: a ×× template with filling instructions and a 殡仪馆 fee schedule;
- two .xlsx 附表 workbooks (one 科目编码 column; a 决算 in 元 with 预算数|决算数) and a .docx with a Word table, built by
  tests/fixtures/make_variants8_files.py.
tests/fixtures/variants8_pdf holds PDFs rendered by tests/fixtures/make_variants8_pdfs.py: a full 部门预算 with 附表,
单位预算s with 附表 in 元 and with the 三公 amounts only in an annex, a four-part 部门决算 with 预算数|决算数, a 部门 PDF followed
by its member unit, a table-only 三公 under a bare year, a 2014 乡镇 决算, a two-year table with this year first, and a
财政局 fund allocation notice (refused).

The held-out estimate: `bench/accuracy.py variants8`, run once on main as merged on 2026-11-30 after this corpus was
committed, printed:

    refused = disclosures refused; refusals = non-disclosures/templates refused right / expected;
    recall = right / fields; precision = right / returned (values the parser gave for fields the truth covers)
    corpus           docs refused crashed refusals fields right recall returned precision wrong  secs
    variants8          21       0       0      2/2    383   320  0.836      322     0.994     2   1.8
    variants8_pdf       9       0       0      1/1    194   187  0.964      187     1.000     0   0.7
    TOTAL              30       0       0      3/3    577   507  0.879      509     0.996     2   2.5

    all corpora by   fields  recall returned precision
      identity          174   0.943      166     0.988
      value             314   0.847      266     1.000
      change             50   0.800       40     1.000
      budget             30   1.000       30     1.000
      function            9   0.778        7     1.000

    == variants8
      WRONG h18_wencheng_media_juesuan_metadata_chrome.html  scope: expected '部门', got '单位'
      WRONG t09_wujiaqu_reservoir_bingtuan_unit.txt  unit: expected '第六师五家渠市猛进水库管理所', got '五家渠市猛进水库管理所'
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.variant_check import (
    FIXTURES, check_parse, document_for, expected_paths, load, name_of, with_known_gaps,
)

VARIANTS8 = FIXTURES / "variants8"
VARIANTS8_PDF = FIXTURES / "variants8_pdf"
ALL_EXPECTED = expected_paths(VARIANTS8) + expected_paths(VARIANTS8_PDF)

# Gaps the single measuring run showed on this batch. strict=True: the day the parser handles one, its xfail turns
# into a failure and the entry must be removed. Each reason is the first thing the parser gets wrong on that document.
KNOWN_GAPS: dict[str, str] = {
}


@pytest.mark.parametrize("expected_path", with_known_gaps(expected_paths(VARIANTS8), KNOWN_GAPS), ids=name_of)
def test_it_parses_web_text_sheet_and_docx_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(document_for(expected_path), load(expected_path))


@pytest.mark.parametrize("expected_path", with_known_gaps(expected_paths(VARIANTS8_PDF), KNOWN_GAPS), ids=name_of)
def test_it_parses_pdf_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(document_for(expected_path), load(expected_path))


# The corpus itself: these run without the parser and keep the hand-written expectations coherent.
def test_the_batch_has_enough_documents_of_each_shape() -> None:
    documents = [document_for(p) for p in ALL_EXPECTED]
    suffixes = [d.suffix for d in documents]
    assert len(documents) == 30
    assert suffixes.count(".txt") + suffixes.count(".html") == 18 and suffixes.count(".html") >= 5
    assert suffixes.count(".xlsx") == 2 and suffixes.count(".docx") == 1 and suffixes.count(".pdf") == 9
    expected = [load(p) for p in ALL_EXPECTED]
    assert sum(1 for e in expected if e["parse_error"]) == 3
    assert sum(1 for e in expected if "disclosures" in e) >= 2
    assert sum(1 for e in expected if any("budget" in f for f in e.get("figures", {}).values())) >= 6
    identities = [e for e in expected if not e["parse_error"] and "disclosures" not in e]
    identities += [d for e in expected for d in e.get("disclosures", [])]
    provinces = {d["province"] for d in identities}
    assert provinces >= {"北京市", "天津市", "上海市", "重庆市", "山东省", "江苏省", "浙江省", "甘肃省",
                         "新疆维吾尔自治区", "西藏自治区"}
    years = {d["year"] for d in identities}
    assert min(years) == 2013 and max(years) == 2026
