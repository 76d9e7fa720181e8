"""Held-out corpus checks_heldout20: 18 documents written blind (without reading the parser or the check engine).

11 text statements (9 .txt, 2 .html with a pasted “三公” table) and 7 PDFs with cover, 目录, 情况说明 and eight 附表,
for county offices of 重庆, 四川, 贵州 and 湖北 (2023–2026; 预算 and 决算; 部门 and 单位). Each document has a
hand-written <name>.checks.json listing: 16 errors and 6 warnings in 13 documents; 5 documents are fully consistent
(with scope traps: all-funds vs 财政拨款 totals, 其他收入 and 上年结转 outside 财政拨款, 30231 below the 三公 item).
Documents are written by tests/fixtures/make_checks_heldout20_pdfs.py.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout20"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
