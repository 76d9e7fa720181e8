"""Blind held-out corpus 15 for the check engine: 18 invented county disclosures (广西, 云南, 贵州, 西藏, 甘肃, 宁夏,
新疆, 江西, 海南; 2018–2025; 预算 and 决算; 部门 and 单位), 11 text statements (.txt, or .html as copied from a web
page) and 7 full PDFs with 附表 (rendered by tests/fixtures/make_checks_heldout15_pdfs.py; one in 元 throughout,
old class names such as 医疗卫生与计划生育支出 and 国土海洋气象等支出, 7 or 8 附表).

The `.checks.json` beside each document lists, by hand, 17 errors and 6 warnings in 13 documents; 5 documents are
fully consistent (with legitimate traps: income shares that add to 100.01, a rate that rounds 17.1875 to 17.19,
项目支出 and class totals of two scopes (全口径 vs 财政拨款), 经济分类 lines smaller than their 三公 item).
The corpus was written blind: without reading the parser, the check engine, their tests or the other held-out
corpora, and without running either on these documents.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout15"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
