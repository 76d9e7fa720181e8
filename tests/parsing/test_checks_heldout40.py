"""Blind held-out corpus 40 for the check engine: 18 county 部门决算 (2021-2025) of 广东, 广西, 海南 and 福建 in
the shape where the 一般公共预算财政拨款支出决算 part explains each 功能分类 项 in prose (年初预算, 支出决算, 完成率,
大于/小于/等于 and a reason), followed by 三公 (预算 vs 决算, 完成率, 车辆, 接待), 机关运行经费 (比上年), 政府采购,
国有资产 and 绩效. 10 PDFs carry the nine 决算 附表 (表5 with 年初预算/决算/基本/项目 columns by 类/款/项); 8 are
plain-text web statements, three with a 收入支出决算总表 as text lines. Built by
tests/fixtures/make_checks_heldout40_pdfs.py from one model per document; each slip overrides one printed string.
The hand-written <name>.checks.json list 24 errors and 12 warnings in 14 documents (item rates, item amounts vs 表5,
direction words, a 款 not equal to its 项, a 类 not equal to its 项 in prose, 基本+项目 vs total, 三公 sums and
prose vs 表7, the 表7 vehicle subtotal, 收支总表 balances, 机关运行经费 change and rate, 政府采购 sums, 执法执勤
vehicles above the total, a placeholder, wrong years, a table listed in the 目录 but absent). The 4 consistent documents carry
traps: a04 prints its tables in 元 and its prose in 万元; a09 rounds every 完成率 to a whole percent, uses half-width
brackets and has 年初/年末结转; t03 has carryover on both sides of its text 收支总表; t07 gives rates to one decimal
and has 等于 items at 100.0%. Every document states 出国费 as 未安排 (0); every PDF has empty 基金 and 国资
tables with a note (a08 lacks its 表9).

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout40"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
