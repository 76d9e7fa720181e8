"""Blind held-out corpus 21 for the check engine: 18 county documents written without reading the engine or parser.

tests/fixtures/checks_heldout21/ holds 8 text statements (5 .txt, 3 .html pages with the “三公” table pasted in) and
10 PDFs with cover, 目录, 说明 and 附表 (rendered by tests/fixtures/make_checks_heldout21_pdfs.py), from schools,
hospitals, 卫生院, a 疾控中心, a 妇幼保健院, a 敬老院, a library, a 文化馆 and two 部门 in nine provinces,
2023–2026, 预算 and 决算. The hand-written listings beside them name 17 errors and 7 warnings in 13 documents; the
other 5 documents are consistent. Every listed problem and every consistent document was re-computed from the
printed text before commit.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout21"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
