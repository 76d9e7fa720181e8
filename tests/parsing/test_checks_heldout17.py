"""Held-out corpus 17 for the check engine: 18 invented county disclosures (河北, 山东, 辽宁, 湖南, 河南, 陕西, 重庆;
2023-2026; 预算 and 决算; 部门 and 单位). 14 are 情况说明 saved from a portal: 10 .html pages with the portal chrome
(four with a “三公” <table> in the article, two stating every amount in 元) and 4 .txt pastes (one with a pasted
table). 4 are PDFs with cover, 目录, 说明 and the standard 附表. All are written by
tests/fixtures/make_checks_heldout17_pdfs.py. Beside each document a
<name>.checks.json lists the planted problems by hand: 19 errors and 6 warnings in 13 documents; 5 documents are
consistent. The corpus was written blind, without reading the parser or the check engine.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout17"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
