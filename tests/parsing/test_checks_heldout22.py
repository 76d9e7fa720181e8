"""Blind held-out corpus 22 for the check engine: 18 county disclosures of 黑龙江, 吉林, 辽宁, 内蒙古, 新疆, 宁夏, 青海,
西藏 and 甘肃 units for 2024–2026 (12 Word-export PDFs with cover, 目录, 说明 parts and eight 附表, two of them 决算; 6
portal statements as .txt or .html), written without reading the engine or the parser. The listings name 19 errors and
10 warnings in 13 documents; the other 5 are consistent but carry traps (全口径 vs 财政拨款 scopes through 结转 and 事业收入,
zeros and 未安排 stated in words, blank zero cells, an empty 政府性基金 table with its note, prose amounts and rates
rounded to one decimal, a 决算 compared with its 年初预算). Every listed problem was re-computed from the printed text
(pdfplumber for the PDFs) and every listed figure checked on the page given, before commit.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout22"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
