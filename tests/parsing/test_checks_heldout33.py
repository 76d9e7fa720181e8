"""Blind held-out corpus 33 for the check engine: 18 documents of county departments in 上海, 江苏, 浙江 and 安徽
(2023–2026): 12 部门/单位 预算 PDFs in the 上海 区级 layout (cover, 目录, 职能, 机构, 名词解释, 编制说明 with
“类-款-项” lines, eight tables in 元 and the 三公 table in 万元, 其他相关情况说明, 项目经费情况说明) and 6 web
statements (.txt) of six of the same departments. The listings name 19 errors and 10 warnings in 13 documents;
5 documents are consistent and carry traps (三公 all zero with an explicit statement, items 未安排, a 持平 line, a
事业单位 out of the 机关运行经费 scope, 全口径 totals above 财政拨款 ones through 结转/事业收入/政府性基金). Every
listed problem was re-computed from the printed text (pdfplumber) before commit, and every listed figure was
checked to be printed on the page given.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout33"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
