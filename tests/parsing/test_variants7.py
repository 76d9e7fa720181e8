"""The seventh variant corpus: issue 6's held-out estimate. Written blind (without opening the parser or its tests)
in provinces, department types, years and wordings chosen to differ from the earlier batches, each document against
figures checked by hand from the document itself (never by running the parser).

tests/fixtures/variants7 holds
- web statements as text (四川, 湖南, 湖北, 河南, 安徽, 福建, 云南, 贵州, 陕西, 内蒙古, 辽宁, 江苏, 海南, 宁夏, 青海;
  2014–2026): no title (按照…公布如下), a title starting '2022-', a bare-digit title with the unit on a 单位名称： line;
  changes as 比上年增（减）-x万元, as percentages only, in 元; 决算 pairs (年初预算/实际支出/完成预算的x%, 比年初预算少
  before the real change, budgets in a trailing parenthesis); tables flattened one cell per line in 元 with
  separators, or to single-space columns with this year's column first; zeros as 无预算安排/未发生/无公务用车/为0/零/
  未安排预算; page chrome (breadcrumbs, 索引号/发布机构/成文日期, 来源/发布时间/浏览次数, share and print buttons,
  previous/next links, 版权所有); headings glued to their first sentence; label variants (收入/支出总数, 专项项目,
  编制数/在职人员总数, 运行维护及购置费); 机关运行经费 (with a change, 不在统计范围); 政府采购; headcount; 县本级;
  部门汇总 beside 局机关本级 in a .md table; traditional characters; spaces around amounts; mixed brackets; a GBK file;
  refusals: a 工作总结 with money figures, a blank ×× template and a notice linking to attachments;
- saved HTML pages: a meta table with share buttons and a <td>-only table, a 决算 table in 元, a Word-pasted page with
  <strong> headings and numbers split over <span>s, a page of full paragraphs, a <br>-separated 单位 statement;
- .xlsx 附表 workbooks (sheets named 表一…表四 with 7-digit codes, a 决算 in 元 with items as rows, this year's column
  first with a staff sheet) and a .docx 决算, built by tests/fixtures/make_variants7_files.py.

The held-out estimate: the first and only blind run of `.venv/bin/python bench/accuracy.py variants7` (branch
h-w7a off main c64b2d4, 2026-11-30, corpus committed before the run), verbatim:

    refused = disclosures refused; refusals = non-disclosures/templates refused right / expected;
    recall = right / fields; precision = right / returned (values the parser gave for fields the truth covers)
    corpus           docs refused crashed refusals fields right recall returned precision wrong  secs
    variants7          30       0       0      3/3    450   407  0.904      404     0.995     2   2.7
    TOTAL              30       0       0      3/3    450   407  0.904      404     0.995     2   2.7

    all corpora by   fields  recall returned precision
      identity          162   0.938      154     0.987
      value             200   0.900      180     1.000
      change             56   0.786       41     1.000
      budget             26   1.000       26     1.000
      absent              2   1.000        0       -
      function            4   0.750        3     1.000

    == variants7
      WRONG d01_tunchang_cppcc_juesuan_docx_table.docx  region: expected '屯昌县', got '政协屯昌县'
      WRONG t15_xiji_cppcc_zero_words_mixed_brackets.txt  region: expected '西吉县', got '政协西吉县'
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.variant_check import (
    FIXTURES, check_parse, document_for, expected_paths, load, name_of, with_known_gaps,
)

VARIANTS7 = FIXTURES / "variants7"
ALL_EXPECTED = expected_paths(VARIANTS7)
# Saved as GBK rather than UTF-8 (test_corpus.py checks each batch's documents decode as their module says).
GB_DOCUMENTS = {"t16_huangyuan_forestry_station_gbk"}

# Gaps the first run of the parser showed on this batch. strict=True: the day the parser handles one, its xfail
# turns into a failure and the entry must be removed. Each reason is the first thing the parser gets wrong.
KNOWN_GAPS: dict[str, str] = {
}


@pytest.mark.parametrize("expected_path", with_known_gaps(ALL_EXPECTED, KNOWN_GAPS), ids=name_of)
def test_it_parses_held_out_variant_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(document_for(expected_path), load(expected_path))


# The corpus itself: these run without the parser and keep the hand-written expectations coherent.
def test_the_batch_has_enough_documents_of_each_shape() -> None:
    documents = [document_for(p) for p in ALL_EXPECTED]
    suffixes = [d.suffix for d in documents]
    assert len(documents) == 30
    assert suffixes.count(".html") >= 5 and suffixes.count(".xlsx") >= 3 and suffixes.count(".docx") >= 1
    assert suffixes.count(".txt") >= 18 and suffixes.count(".md") >= 1
    expected = [load(p) for p in ALL_EXPECTED]
    assert sum(1 for e in expected if e["parse_error"]) == 3
    assert sum(1 for e in expected if any("budget" in f for f in e.get("figures", {}).values())) >= 6
    assert sum(1 for e in expected if e.get("figures", {}).get("operating_costs", {}).get("not_applicable")) >= 2
    provinces = {e.get("province") for e in expected}
    assert len(provinces - {None}) >= 14 and not provinces & {"重庆市", "上海市"}
    assert {e.get("year") for e in expected} >= {2014, 2015, 2016, 2017, 2026}
