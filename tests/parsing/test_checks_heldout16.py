"""Blind held-out corpus 16 for the check engine: tests/fixtures/checks_heldout16/.

Eighteen county-level disclosures (浙江, 江苏, 福建, 安徽, 江西, 山东, 上海; 2022-2025): twelve PDFs with 附表
(nine 决算, three 预算; 部门 and 单位) rendered by tests/fixtures/make_checks_heldout16_pdfs.py, and six 情况说明
copied as text or HTML (two carry the pasted “三公” table). Each `<name>.checks.json` was written by hand and lists
17 errors and 6 warnings in 13 documents; 5 documents are fully consistent. The corpus was written blind: its
author never opened the parser, the check engine or the other held-out corpora, and never ran them on it.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout16"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
