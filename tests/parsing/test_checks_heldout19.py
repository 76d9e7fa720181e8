"""Held-out corpus 19 for the check engine: 18 county disclosures written blind.

tests/fixtures/checks_heldout19/ holds 14 情况说明 text statements (10 portal pages saved as .html with the site
chrome around the article, 4 pasted as .txt; 9 预算 and 5 决算, 部门 and 单位; 内蒙古, 吉林, 黑龙江, 广西, 云南, 甘肃,
青海; 2023-2026; two state every amount in 元, three carry HTML tables in the article) and 4 full PDFs with their
附表 (cover, 目录, 说明, 8 standard tables), rendered by tests/fixtures/make_checks_heldout19_pdfs.py. Beside each
document, <name>.checks.json lists by hand what a reader finds: 23 errors and 8 warnings in 13 documents; 5
documents are fully consistent (with traps: coarse prose vs fine table, part-smaller-than-whole, different scopes
of the same noun, an empty 政府性基金 table with its note).

The corpus was written blind: without reading the parser, the check engine or the earlier held-out corpora, and
without running either on these documents.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout19"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
