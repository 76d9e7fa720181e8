"""Blind held-out corpus 43 for the check engine: 18 county 部门/单位 预算 of 2023-2026 (10 PDFs with 附表 carrying
上年预算 columns, 8 .txt statements, one of them in 元) that state last year's figures in several places: the 上年预算
columns of the 收支总表, 一般公共预算支出表 and “三公” table, the 上年年初预算 and 上年预计执行数 in the prose, and in
five documents the 上年调整预算. 24 errors and 11 warnings are listed by hand in 13 documents: a prior stated twice
with different values, a change or rate computed against the wrong prior (执行数 for 预算 and back), last year's
figure printed in this year's column (三公 cell and total, 支出总计, a prose 类, 一般公共预算拨款收入), 上年 column
totals that do not add up, 基本+项目 ≠ total, 三公 prose vs table, a wrong direction word, a wrong year, a placeholder
XX, a table listed in the 目录 but absent. The 5 consistent documents carry traps: 上年预算 ≠ 上年执行数 ≠ 上年调整预算
with every change and rate computed on the base its sentence names, rates rounded to whole percent or one decimal, a
prose amount printed to one decimal, 三公 items stated as 未安排 or 与上年持平, a 政府性基金-funded class present in the
收支总表 but not in the 一般公共预算支出表.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout43"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
