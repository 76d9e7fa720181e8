"""Blind held-out corpus 39 for the check engine: 18 county 部门/单位 预算 of 2024-2026 (陕西, 宁夏, 甘肃, 山西, 河北)
built by tests/fixtures/make_checks_heldout39_pdfs.py from one consistent model per document: 11 PDFs (a 情况说明
plus 11 附表 in 元 or 万元, 功能分类 to 7-digit 项 with 合计/基本/项目, 基本支出 by 部门经济分类 301/302/303 and by
政府经济分类 501/502/505/509, long tables continued on 续表 pages with repeated headers) and 7 .txt statements
(prose plus text tables, one in 元 without thousands separators). 21 errors and 10 warnings are listed in 14
documents: 项/款/类 and 经济分类 款/类 sums broken, 501 disagreeing with 301, a row 合计 not equal to 基本+项目,
财政拨款收支总表 unbalanced, transposed digits, prose vs table (三公 item, a 类, 项目支出, 一般公共预算拨款),
wrong 三公 Δ, 采购 parts, rates off by more or less than 1 point, direction word clashing with the rate, a wrong
year, a placeholder XX, a table in the 目录 but absent, headcount parts. The 4 consistent documents (a08, a10,
t03, t05) carry traps: 万元 cells rounded independently (sums off by 0.01), prose in 万元 against tables in 元, a
rate printed as a whole percent (7% for 6.60%), a vehicle purchase making 三公 jump, 运行维护费 与上年持平, a unit
without vehicles stating 未安排, empty 政府性基金 tables with their own note; a09 is a 事业单位 using 505 and
stating it is outside the 机关运行经费 scope, and t06 has project items summing 0.01 below their 款 by rounding.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout39"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
