"""Blind held-out corpus 31 for the check engine: 18 county disclosures from 江苏, 浙江, 福建, 广东, 山东, 辽宁 and 海南
(12 PDFs printed in a 2025-style finance-bureau template with cover, 目录, 部门概况, nine 预算表 before the 情况说明 and
名词解释, some tables running over two pages with or without the header repeated; 6 text statements, 3 of them 决算).
The hand listings name 18 errors and 10 warnings in 13 documents; 5 documents are consistent but carry traps (prose
rounded to one decimal, 全口径 vs 财政拨款 and 当年 vs 含结转 scopes, zeros and 未安排 items in words, empty tables
with their notes, rates rounded to one decimal). Every listed problem was re-computed from the printed text
(pdfplumber extraction of the PDFs) before commit, and every listed figure was checked to be printed on its page.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout31"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
