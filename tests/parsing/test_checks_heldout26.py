"""Blind held-out corpus 26 for the check engine: 18 Chongqing county disclosures written without seeing the engine or
the parser — 10 PDFs (预算, with cover, 目录, 情况说明 and the twelve-table 附表 set, empty tables with or without
their note) and 8 portal statements (5 .txt, 3 .html; 3 of them 决算), 部门 and 单位 documents of 万州, 涪陵, 綦江,
璧山, 开州, 梁平, 武隆, 城口, 丰都, 忠县, 云阳, 奉节, 巫山, 巫溪, 石柱, 秀山, 酉阳 and 彭水, 2023–2026. The listings
name 24 errors and 10 warnings in 13 documents; 5 documents are consistent but carry traps (财政拨款 vs 全口径 scopes,
上年结转 and 事业收入 only in 全口径, rates rounded to one decimal, zeros in words, 三公 items explained as not
arranged, empty tables with their note, 事业单位 outside 机关运行经费). Every listed problem was re-computed from the
printed text (pdfplumber for the PDFs) before commit, and every listed figure was checked to be printed on its page.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout26"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
