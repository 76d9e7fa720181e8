"""Blind held-out corpus 56 for the check engine: 18 county 部门预算/决算 disclosures (9 PDFs, 9 portal .txt statements)
of 教育局/卫生健康委员会/住房和城乡建设局/水利局/交通运输局 in 江西, 湖南, 广西 and 湖北, years 2022–2027, whose money
is not printed in 万元 everywhere: prose and tables in 元 with thousands separators; prose in 万元 over tables in 元;
large totals in 亿元 in the prose over 万元 tables; amounts given in 万元 and 元 in one sentence. 政府性基金 lines
(彩票公益金, 专项债券, 国有土地使用权出让收入 and its 债务付息) appear in most; 国有资本经营 tables are empty with a
note. 12 documents carry 25 planted errors: a one-digit slip in an 元 table leaf (项 and 经济分类 rows not summing into
their 款/类), prose 万元 figures that do not round from the 元 table (三公 接待, 人员经费, 项目支出), a 亿元 total with
swapped digits, 万元/元 restatements in one sentence that disagree, source sums and 三公 sums off (in 元 and 万元),
a 政府性基金 total not equal to its items, 基本 + 项目 ≠ 支出, 收入 + 结转 ≠ 支出 + 年末结转 in a 决算, percentages
(growth and shares) off by more than one point, a direction word contradicting its percentage, 机关运行经费 above
公用经费, a 收支决算总表 cell and a 三公 table total with digit slips. 7 warnings: two placeholders (XX), two wrong
years in figure sentences, a 目录 entry without its table, an empty table without a note, and one figure printed
0.01 apart. The 6 consistent documents carry traps: 元 tables restated in 万元 or 亿元 prose that agree only after
rounding, 0.01 gaps between independently rounded parts and totals, 上年结转/年初结转 making 支出 > 收入,
决算 ≠ 年初预算 with the reason stated, 机关运行经费 below 公用经费, empty 政府性基金 tables with a note, zero 三公
items stated in words or left blank in the table, and 全口径 vs 一般公共预算 项目支出.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout56"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
