"""Held-out corpus 14 for the check engine: 18 county documents written blind.

tests/fixtures/checks_heldout14 holds 11 情况说明 text statements (.txt, and .html as copied from a web page, three
with the “三公” table pasted in) and 7 full PDFs with cover, 目录, 说明 and nine 附表, for 部门 and 单位 预算 and
决算 of 2023–2026 in 四川, 陕西, 甘肃, 山西, 河南, 湖北, 黑龙江 and 吉林. The PDFs are rendered by
tests/fixtures/make_checks_heldout14_pdfs.py from the figures in tests/fixtures/checks_heldout14_units.py.
The hand-written .checks.json files list 18 errors and 10 warnings; 5 documents are fully consistent.
The corpus was written blind: without reading the parser, the check engine or the other held-out corpora.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout14"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
