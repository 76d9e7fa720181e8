"""Blind held-out corpus 55 for the check engine: 18 county 部门预算 disclosures (发改, 商务, 应急, 退役军人, 医保 and
市场监管 departments of 陕西, 甘肃, 四川, 重庆 and 宁夏 counties, years 2022-2027), 9 rendered PDFs of 6 pages and 9
portal .txt statements with tab-separated tables. Each carries a 情况说明 (收支 totals with 上年 增减额/增减率 and
reasons, 基本/项目 split, each project's amount, the 政府采购 total with 货物/工程/服务, the 政府购买服务 total, the
绩效目标 coverage) and five 附表: a two-sided 部门收支总表 (收入 left, 支出 right, 上年预算/本年预算/增减), a
项目支出预算表 by fund source, a 项目支出绩效目标表 (text-heavy indicator rows, running over two pages with a
（续表） caption in the PDFs), a 政府采购预算表 and a 政府购买服务预算表. 12 documents carry 20 planted errors (prose
project amount ≠ table, 项目/采购/购买服务/绩效 table totals ≠ their rows, a row 合计 ≠ its fund sources, a 增减 cell ≠
本年 − 上年, 支出总计 not updated so the two sides do not balance, prose 采购 total ≠ its parts, stated 增减额 or
增减率 off, 绩效 coverage > 项目支出) and 7 warnings (a leftover template prompt, an XX placeholder, a wrong title
year, a direction word clashing with the figures, the same 项目支出 printed 0.01 apart, two tables listed in the 目录
or the prose but missing). The 6 consistent ones carry traps: 上年结转 making 本年支出 > 本年收入合计, project amounts
restated in 元, zero items stated in words with an empty table that has its note, 一般公共预算 scope vs 全口径 project
amounts and 绩效 coverage, a 0.01 rounding gap explained in the 购买服务 table with the total also given in 元 and a
one-decimal 增减率, and a stated 上年执行数 differing from the 上年年初预算 used for comparison.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout55"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
