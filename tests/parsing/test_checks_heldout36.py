"""Blind held-out corpus 36 for the check engine: 18 county 部门/单位 决算 of 2021-2025 from 河南, 河北, 山西 and 山东 (10 PDFs with a 目录, prose and the nine 决算 附表 one per page, 8 text statements with prose plus the 一般公共预算 and “三公” tables as text lines), built by tests/fixtures/make_checks_heldout36_pdfs.py from one model of figures per document with each slip a single overridden printed string. 13 documents carry 24 listed errors and 12 listed warnings (a row total not updated, 类 or 款 not equal to its parts, 基本+项目 not equal to the total, 收支总表 totals not balancing, prose vs table amounts, a repeated amount with transposed digits, 三公 sum, change and completion rate wrong, 采购 parts and 中小企业 share, vehicle counts, 机关运行经费 above 公用经费, 绩效 amount above 项目支出, rates off by more or less than one point, direction words, wrong years, an XX placeholder, a table in the 目录 but absent, an empty table without its note). The 5 consistent ones carry traps: 决算 above 年初预算 with completion rates over 100%, 全口径 vs 财政拨款 basic/project splits, carryover in the 收支总表, 政府性基金 present in two and empty tables with notes in the others, completion and share rates rounded to whole percent or one decimal, prose amounts rounded to one decimal, and a unit with no “三公” spending and no vehicles stated as 0/未安排.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout36"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
