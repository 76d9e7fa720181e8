"""The seventh variant corpus, the blind held-out estimate of issue 6: sixteen full PDFs written by someone who had not
read the parser, each against figures checked by hand from the document itself (never by running the parser).

tests/fixtures/variants7_pdf holds PDFs rendered by tests/fixtures/make_variants7_pdfs.py, in provinces and shapes
the earlier batches lack (四川, 湖南, 湖北, 河南, 安徽, 福建, 云南, 贵州, 陕西, 辽宁, 江苏, 宁夏; 2016–2026): a full
national-template 部门预算 (cover, dotted 目录, 职能, 机构, 名词解释 before the 情况说明, eight 附表 in 元 with 类|款|项 in
three columns, an economic table, an empty 政府性基金 table with its note), borderless tables with one-column codes and
a 功能分类 table crossing a page with its header repeated, a court's four-part 部门决算 with 年初预算|调整预算|决算数
columns, a 部门 PDF whose member units each open with a 预算单位 cover, another whose schools follow under 单位名称
lines, a two-column 镇 budget, a hospital with a landscape table page, a school whose numbers wrap inside narrow
cells, 决算 pairs worded 全年预算/实际支出/执行率 and 预算X、决算Y, a 决算 whose 预算数 is the adjusted one, a running
header with '- N -' footers, amounts in 元 throughout, a 上年结转 line, 三公 figures only in a 元 附表, and one refusal
(a 政府采购 statistics report).

The first run of `bench/accuracy.py variants7_pdf` on this corpus (main as branched on 2026-11-30, run once, after
the corpus was committed and before its author looked at the parser), verbatim:

    refused = disclosures refused; refusals = non-disclosures/templates refused right / expected;
    recall = right / fields; precision = right / returned (values the parser gave for fields the truth covers)
    corpus           docs refused crashed refusals fields right recall returned precision wrong  secs
    variants7_pdf      16       0       0      0/1    397   379  0.955      378     0.992     3   2.8
    TOTAL              16       0       0      0/1    397   379  0.955      378     0.992     3   2.8

    all corpora by   fields  recall returned precision
      identity          114   1.000      114     1.000
      value             225   0.947      215     0.991
      change             18   0.944       17     1.000
      budget             23   0.870       21     0.952
      absent              4   1.000        0       -
      function           13   0.846       11     1.000

    == variants7_pdf
      ACCEPTED w16_jianou_procurement_statistics_refused.pdf: a non-disclosure parsed with 1 figure(s)
      WRONG w03_yuanan_court_juesuan_adjusted_budget_columns.pdf  general_budget_appropriation.value: expected Decimal('2298.46'), got Decimal('2270.16')
      WRONG w12_pingluo_health_juesuan_initial_adjusted_sangong.pdf  sangong_total.value: expected Decimal('19.46'), got Decimal('22')
      WRONG w12_pingluo_health_juesuan_initial_adjusted_sangong.pdf  sangong_total.budget: expected Decimal('22.00'), got Decimal('20')

Recall misses the summary does not list (each is a KNOWN_GAPS entry below): w01 vehicles_purchase_planned; w04's
units' outbound_travel and one unit's not-applicable 机关运行经费; w06 all five totals; w11 both function lines;
w12 sangong change and the zero items.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing.variant_check import (
    FIXTURES, check_parse, document_for, expected_paths, load, name_of, with_known_gaps,
)

VARIANTS7_PDF = FIXTURES / "variants7_pdf"
ALL_EXPECTED = expected_paths(VARIANTS7_PDF)

# Gaps the first run of the parser showed on this batch. strict=True: the day the parser handles one, its xfail turns
# into a failure and the entry must be removed. Each reason is the first thing the parser gets wrong on that document.
KNOWN_GAPS: dict[str, str] = {
}


@pytest.mark.parametrize("expected_path", with_known_gaps(ALL_EXPECTED, KNOWN_GAPS), ids=name_of)
def test_it_parses_held_out_pdf_as_checked_by_hand(expected_path: Path) -> None:
    check_parse(document_for(expected_path), load(expected_path))


# The corpus itself: these run without the parser and keep the hand-written expectations coherent.
def test_the_batch_has_enough_documents_of_each_shape() -> None:
    expected = [load(p) for p in ALL_EXPECTED]
    assert len(expected) == 16
    assert sum(1 for e in expected if e["parse_error"]) == 1
    assert sum(1 for e in expected if "disclosures" in e) >= 2
    singles = [e for e in expected if not e["parse_error"] and "disclosures" not in e]
    assert sum(1 for e in singles if e["kind"] == "决算") >= 4
    assert sum(1 for e in singles if any("budget" in f for f in e["figures"].values())) >= 4
    assert sum(1 for e in singles if e.get("expenditure_by_function")) >= 4
    provinces = {e.get("province") for e in expected} | {d["province"] for e in expected
                                                          for d in e.get("disclosures", [])}
    assert len(provinces - {None}) >= 10 and not provinces & {"重庆市", "上海市"}
