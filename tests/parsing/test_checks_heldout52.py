"""Blind held-out corpus 52 for the check engine: 18 county disclosures of 2023-2026 from 17 provinces, half unruled
PDFs (cover, 目录 with page numbers, prose 情况说明, then one 附表 per page drawn as borderless HTML tables or
whitespace-aligned preformatted columns, with 单位：元 on some tables and 万元 on others, and a 支出表 continued over
two pages with its header repeated) and half portal .txt statements (headings with or without section numbers, table
rows flattened with tabs or runs of spaces, whole tables in 元 under 万元 prose, thousands separators, full-width
digits, a number with a space inside or split across a line break, 其中: lines, 同比/较上年/与上年相比 and
增长/上升/下降/降低/持平 wordings); 14 部门预算/单位预算 and 4 部门决算. Twelve documents carry 21 planted errors and
8 warnings: digit swaps in a 项 row or a 类 subtotal not carried into the totals (one on the second page of a
continued 元 table), a 元 table total that disagrees with the 万元 prose, a prose 本年支出 that no longer equals 基本
+ 项目, a stale last-year 公务接待费, a wrong 三公 total and a wrong vehicle 小计, a flipped direction word against 表四,
a stale 支出 change that breaks Δ收入 = Δ支出, wrong growth percentages, 表一 vs 表二 and 表六 vs 表七 mismatches, a
prose function class ≠ the table, 政府采购 total ≠ its parts, 机关运行经费 > 公用经费, a base figure printed twice 0.01
apart, XX and 待填写 template residue, a transposed year (2052), a 目录 table that is missing and an empty 政府性基金
table without its note. The six consistent documents carry traps: 全口径 vs 财政拨款 vs 一般公共预算 totals and
changes that legitimately differ (上年结转, 事业收入, 其他收入, 彩票公益金 基金), tables in whole 元 or in 元 with
cents under 万元 prose, sums that differ by a declared 0.01 尾差, items 与上年持平, a 0.00 出国 item, 机关运行经费 below
公用经费, a continued table, and 决算 totals that include 年初/年末结转和结余.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout52"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
