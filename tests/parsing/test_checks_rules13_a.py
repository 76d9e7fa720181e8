"""目录 and caption numbering fixed for the twentieth and twenty-first blind corpora of the check engine (issue 9,
checks_heldout20 and checks_heldout21): a table's number may be followed by any punctuation (“表一。”, “表1．”,
“3：”) or by a space alone, and the 目录 entry still names the table its caption prints; and the sentence saying what
the document's own 预算/决算 covers (“某局2024年部门预算包括：…”) must name the document's year. Pages written for these
tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.presence import cp_tables
from disclosures.parsing.checks.text import listed_tables, text_of
from disclosures.parsing.checks.years import fm_year
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"
TOTAL = "单位：万元\n收入项目 预算数 支出项目 预算数\n一般公共预算拨款收入 236.40 农林水支出 236.40\n收入总计 236.40 支出总计 236.40\n"
INCOME = "单位：万元\n科目 合计 财政拨款收入\n合计 236.40 236.40\n"


def _result(kind: str = "预算", year: int = 2025) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


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


# --- FM-YEAR: the scope sentence of the document's own 预算/决算 names last year ---------------------------------

def _year_findings(page: str, kind: str = "预算", year: int = 2025) -> list[tuple[str, str, str]]:
    checks = fm_year(_result(kind, year), _view(page))
    return [(c.rule, c.severity, c.figures[0]["value"]) for c in checks if c.outcome == "fail"]


@pytest.mark.parametrize("sentence", [
    f"{UNIT}2024年部门预算包括：{UNIT}（本级）。",  # the failing shape: the unit's name, then last year
    "本部门2024年部门预算包括局机关和下属2个事业单位。",
    "2024年单位预算由本单位本级预算和所属事业单位预算组成。",
    "纳入2024年度部门预算编制范围的二级预算单位共3个。",
])
def test_it_reports_the_scope_sentence_naming_last_year(sentence: str) -> None:
    assert _year_findings("一、部门基本情况\n" + sentence + "\n") == [("FM-YEAR", "warning", "2024")]


def test_it_reports_a_decision_accounts_scope_sentence_naming_another_year() -> None:
    page = "一、部门基本情况\n本部门2023年部门决算包括：局机关本级。\n"
    assert _year_findings(page, kind="决算", year=2024) == [("FM-YEAR", "warning", "2023")]


@pytest.mark.parametrize("sentence", [
    f"{UNIT}2025年部门预算包括：{UNIT}（本级）。",  # the document's own year
    "2024年部门决算包括：局机关本级，共支出300.00万元。",  # last year's 决算 quoted in a 预算
    "2024年部门预算由于人员调整有所减少。",  # 由于 is a reason, not a scope
    "2024年部门预算执行情况良好。",
])
def test_it_leaves_sentences_that_are_no_scope_of_this_document_alone(sentence: str) -> None:
    assert _year_findings("一、部门基本情况\n" + sentence + "\n") == []


def test_a_scope_sentence_naming_a_far_year_is_reported_once() -> None:
    # 2022 in a 2025 预算 opens its clause: the stray-year reading reports it, the scope reading does not repeat it
    findings = _year_findings("一、部门基本情况\n2022年部门预算包括：局机关本级。\n")
    assert [value for _, _, value in findings] == ["2022"]
