"""目录 and caption numbering fixed for the twentieth and twenty-first blind corpora of the check engine (issue 9,
checks_heldout20 and checks_heldout21): a table's number may be followed by any punctuation (“表一。”, “表1．”,
“3：”) or by a space alone, and the 目录 entry still names the table its caption prints. Pages written for these
tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.text import cp_tables, listed_tables, text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"
TOTAL = "单位：万元\n收入项目 预算数 支出项目 预算数\n一般公共预算拨款收入 236.40 农林水支出 236.40\n收入总计 236.40 支出总计 236.40\n"
INCOME = "单位：万元\n科目 合计 财政拨款收入\n合计 236.40 236.40\n"


def _result() -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope="部门", figures={})


def _view(*pages: str):
    return text_of(page_lines(list(pages)))


def _failed(*pages: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in cp_tables(_result(), _view(*pages)) if c.outcome == "fail"]


def _contents(first: str, second: str) -> str:
    return f"目 录\n第一部分 附表\n{first}\n{second}\n第二部分 2025年部门预算情况说明\n"


def _tables(first: str, second: str) -> str:
    return f"{first}\n{TOTAL}{second}\n{INCOME}"


# --- CP-TABLES: any punctuation (or a space) after a table's number in the 目录 ---------------------------------

@pytest.mark.parametrize("first, second", [
    ("表一。收支总表", "表二。收入总表"),  # the failing shape: a full stop after the Chinese number
    ("表一．收支总表", "表二．收入总表"),  # a full-width dot
    ("表1。收支总表", "表2：收入总表"),  # Arabic numbers, a full stop and a full-width colon
    ("1。收支总表", "2．收入总表"),  # a bare number
    ("1 收支总表", "2 收入总表"),  # a bare number set off by a space only
    ("表一 收支总表", "表二、收入总表"),
])
def test_it_finds_tables_listed_with_any_punctuation_after_their_number(first: str, second: str) -> None:
    pages = (_contents(first, second), _tables("表一 收支总表", "表二 收入总表"))
    assert _failed(*pages) == []


@pytest.mark.parametrize("entry, expected", [
    ("表一。收支总表", "收支总表"),
    ("表三．支出总表", "支出总表"),
    ("表12。项目支出表", "项目支出表"),
    ("4：政府采购预算表", "政府采购表"),
])
def test_it_reads_the_title_behind_the_number(entry: str, expected: str) -> None:
    view = _view(_contents(entry, "表九。收入总表"), _tables("收支总表", "收入总表"))
    assert expected in {norm for _, norm, _ in listed_tables(view, _result())}


def test_a_listed_table_really_absent_is_still_reported() -> None:
    contents = _contents("表一。收支总表", "表二。收入总表").replace("第二部分", "表八。项目支出表\n第二部分")
    found = _failed(contents, _tables("表一 收支总表", "表二 收入总表"))
    assert [(rule, severity) for rule, severity, _ in found] == [("CP-TABLES", "warning")]
    assert "项目支出表" in found[0][2]


def test_a_year_after_the_number_is_not_taken_for_the_number() -> None:
    # “表1 2025年…”: the 1 is the number, 2025 the year; the title still matches its caption
    pages = (_contents("表1 2025年收支总表", "表2 2025年收入总表"), _tables("表一 收支总表", "表二 收入总表"))
    assert _failed(*pages) == []
