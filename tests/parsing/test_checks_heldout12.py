"""Held-out corpus 12 for the check engine: 18 fictional county disclosures written blind.

tests/fixtures/checks_heldout12/ holds 11 text statements (9 .txt, 2 .html pages copied as from a government site,
each with a pasted table) and 7 PDFs with cover, 目录, 说明 and eight 附表, rendered by
tests/fixtures/make_checks_heldout12_pdfs.py. They cover offices of many kinds in 河北, 河南, 山东, 江苏, 浙江, 安徽, 湖北,
四川, 重庆, 新疆 and 天津, years 2023-2026, 预算 and 决算, 部门 and 单位. Beside each document, <name>.checks.json
lists by hand the planted problems: 20 errors and 7 warnings in 13 documents; the other 5 documents are consistent
(with legitimate traps: a 0.01 rounding difference in a class list, 全口径 vs 财政拨款 scopes of the same noun,
机关运行经费 below 公用经费, an all-zero 三公 section stated as such, a 事业单位 outside the 机关运行经费 scope).
The corpus was written without reading the parser, the check engine or the other held-out corpora.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout12"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
