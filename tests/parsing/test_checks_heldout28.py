"""Blind held-out corpus 28 for the check engine: 18 county budget disclosures (山东, 河南, 湖北, 湖南, 江西, 福建, 广东,
广西; 2023–2026) written without seeing the engine or the parser: 8 部门 PDFs that carry the 部门预算 followed by one or
two member 单位预算 (each with cover, 目录, 情况说明 and 附表), 6 single-unit PDFs (two of them with tables in 元) and
4 text statements (.txt/.html). The listings name 21 errors and 9 warnings in 13 documents; 5 documents are consistent
but carry traps (全口径 vs 财政拨款 scopes, carryover-funded projects, tables in 元 beside prose in 万元, 三公 items not
arranged, empty tables with their note, a 0.01 rounding gap within the envelope). Every listed problem was re-computed
from the text extracted from the rendered documents, and every listed figure was checked to be printed on the page given,
before commit.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout28"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
