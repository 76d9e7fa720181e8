"""Blind held-out corpus 34 for the check engine: 18 older county disclosures of 2018-2022 (内蒙古, 广西, 海南, 贵州,
云南, 陕西, 甘肃, 青海, 新疆; 部门 and 单位, 预算 and 决算; amounts in 万元, 元 or 千元), nine PDFs with four or five
附表 and nine plain-text statements, written without seeing the engine or the parser. The listings name 18 errors and
10 warnings in 13 documents; 5 documents are consistent but carry traps (a rate rounded to a whole percent, an empty
政府性基金 table with its note, 三公 items stated as 未安排, carryover and 政府性基金 beside 财政拨款). Every listed
problem was re-computed from the printed text (pdfplumber for the PDFs) before commit.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout34"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
