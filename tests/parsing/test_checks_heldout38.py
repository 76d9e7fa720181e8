"""Blind held-out corpus 38 for the check engine: 18 county 部门 disclosures (北京, 天津, 广东, 福建, 浙江; 16 预算 for 2024-2026, 2 决算 for 2024) whose 部门 has 2-8 member units, written without reading the engine. 10 PDFs carry prose, a 部门收入总表 broken down by member unit (单位编码/单位名称, each unit's 合计 and sources), a 支出总表 by 类/款 with 基本/项目, a 项目支出表, a 三公 table with the prior year, 政府性基金 and 国有资本经营 tables (empty ones with a note) and a 部门整体支出绩效目标表; 4 of them add one member unit's own statement on the last page. 8 .txt statements give the same in prose plus text-line tables. Amounts are in 万元 except a05 (元) and t05 (元, no thousands separators); a03's 支出总表 runs over two pages. Hand-listed: 24 errors and 9 warnings in 13 documents (unit rows not summing to the 部门 total, a unit's amount differing between the breakdown and its own statement or the prose, transposed digits, 类≠Σ款, 基本+项目≠total, prose vs table, 三公 sums, wrong rates, a placeholder, a wrong year, a table in the 目录 but absent, headcount sums). The 5 consistent documents (a03, a06, a09, t03, t06) carry traps: 三公 items stated as 未安排/与上年持平, empty fund tables with their note, 政府性基金 spread over units with a matching member statement, a rate rounded to a whole percent (9%, 2%) or to one decimal (10.0%), carryover as an income source, and in the two 决算 (t03, t06) income above spending by the stated 年末结转和结余.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout38"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
