"""Blind held-out corpus 13 for the check engine: tests/fixtures/checks_heldout13/.

Eighteen disclosures of district and county units in 北京, 上海, 天津, 广东, 浙江, 江苏 and 山东 (2022–2026), written
for this corpus: eleven text statements (nine .txt, two .html web pages with a pasted “三公” table) and seven PDFs
with cover, 目录, 说明 and eight 附表, rendered by tests/fixtures/make_checks_heldout13_pdfs.py. Eight are 决算
(four of them PDFs whose tables print 年初预算 beside 决算数), ten are 预算; 部门 and 单位 both occur.
Beside each document, <name>.checks.json lists by hand 22 errors and 8 warnings in 13 documents; 5 documents are
consistent (traps: 全口径 vs 财政拨款 changes, parts smaller than their whole, unchanged items).
The corpus was written blind: without reading the parser, the check engine or earlier held-out corpora, and
without running either on these documents.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout13"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
