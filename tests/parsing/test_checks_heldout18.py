"""Blind held-out corpus 18 for the check engine: tests/fixtures/checks_heldout18/.

Eighteen county-level disclosures written for this corpus (北京, 上海, 天津, 重庆, 广东, 四川, 湖北; 2023-2026):
twelve PDFs rendered by tests/fixtures/make_checks_heldout18_pdfs.py (nine 部门/单位预算 with 11 附表 including
项目支出表, 政府采购预算表 and 项目绩效目标表; three 部门/单位决算 with 9 附表 and 完成率 lines) and six text
statements (four .txt, two .html with a pasted “三公” table). Each <name>.checks.json, written by hand, lists the
planted problems: 17 errors and 8 warnings over 13 documents; 5 documents are fully consistent.
The corpus was written blind: without reading the parser or the check engine, and never run through them.
First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout18"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
