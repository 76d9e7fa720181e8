"""Table, caption and section rules fixed for the sixteenth and seventeenth blind corpora of the check engine (issue 9,
checks_heldout16 and checks_heldout17): a part's divider line above the first table's caption is no 附表 list, a
收入支出 caption names the listed 收支 table, captions are quoted with the space between a table's number and its
year, “一、概况” heads the basic-situation part, a numbered “三公” caption over its 单位 line is the table's own, and a
“三公” item blank in both the 预算数 and the 决算数 row is 0 when the 预算数 row adds up only that way. Pages and grids
written for these tests (made-up units and figures)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import pytest

from disclosures.parsing.checks.figures import sg_sum
from disclosures.parsing.checks.prose import SECTIONS
from disclosures.parsing.checks.presence import cp_tables, tb_empty
from disclosures.parsing.checks.text import listed_tables, text_of
from disclosures.parsing.tables import TableResult, _numbered_caption, read_sangong_grid
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "决算") -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2024, kind=kind, scope="部门", figures={})


def _view(*pages: str):
    return text_of(page_lines(list(pages)))


def _failed(rule, *pages: str, kind: str = "决算") -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in rule(_result(kind), _view(*pages)) if c.outcome == "fail"]


CONTENTS = "目 录\n第一部分 附表\n1. 收支决算总表\n2. 收入决算表\n第二部分 2024年部门决算情况说明\n"
TOTAL = "单位：万元\n收入项目 决算数 支出项目 决算数\n一般公共预算财政拨款收入 412.30 教育支出 412.30\n收入总计 412.30 支出总计 412.30\n"
INCOME = "2. 收入决算表\n单位：万元\n科目 合计 财政拨款收入\n合计 412.30 412.30\n"


# --- CP-TABLES: a divider line (“第一部分附表”) joined to the first caption is no 附表 list --------------------------

@pytest.mark.parametrize("pages", [
    # the divider alone on its page, the table on the next
    (CONTENTS, "第一部分 附表\n", "1. 收支决算总表\n" + TOTAL + INCOME),
    # the divider on the table's own page, right above its caption
    (CONTENTS, "第一部分 附表\n1. 收支决算总表\n" + TOTAL + INCOME),
    # a 附表： divider, a maker's line between caption and unit
    (CONTENTS, "附表：\n1. 收支决算总表\n编制单位：某县测试局\n" + TOTAL + INCOME),
])
def test_it_finds_the_first_table_under_a_divider(pages: tuple[str, ...]) -> None:
    assert _failed(cp_tables, *pages) == []


def test_the_divider_and_caption_are_not_read_as_a_listing() -> None:
    view = _view(CONTENTS, "第一部分 附表\n", "1. 收支决算总表\n" + TOTAL + INCOME)
    listed = listed_tables(view, _result())
    assert {page for _, _, page in listed} == {1}  # the 目录 only: nothing from the divider's or the table's page
    assert {norm for _, norm, _ in listed} == {"收支总表", "收入表"}


def test_a_listed_table_really_absent_is_still_reported() -> None:
    contents = CONTENTS.replace("2. 收入决算表\n", "2. 收入决算表\n3. 项目支出决算表\n")
    found = _failed(cp_tables, contents, "第一部分 附表\n", "1. 收支决算总表\n" + TOTAL + INCOME)
    assert [(rule, severity) for rule, severity, _ in found] == [("CP-TABLES", "warning")]
    assert "“3.项目支出决算表”" in found[0][2]


def test_an_attachment_list_in_running_text_still_names_its_tables() -> None:
    # “附表：1.…表2.…表” followed by prose, not by a 单位 line: a real list; its 项目支出表 is absent
    prose = "附表：1. 收支决算总表2. 项目支出决算表\n以上附表随本说明一并公开，请查阅下列各表\n"
    found = _failed(cp_tables, prose + "1. 收支决算总表\n" + TOTAL)
    assert [(rule, severity) for rule, severity, _ in found] == [("CP-TABLES", "warning")]
    assert "项目支出决算表" in found[0][2]


@pytest.mark.parametrize("caption", ["1. 收入支出决算总表", "1. 某县测试局收入支出决算总表", "1. 部门收入支出决算总表"])
def test_a_income_and_spending_caption_names_the_listed_total_table(caption: str) -> None:
    assert _failed(cp_tables, CONTENTS, caption + "\n" + TOTAL + INCOME) == []


def test_a_narrower_total_table_does_not_stand_for_the_listed_one() -> None:
    # 财政拨款收入支出决算总表 is another table: the listed 收支决算总表 stays missing
    found = _failed(cp_tables, CONTENTS, "1. 财政拨款收入支出决算总表\n" + TOTAL + INCOME)
    assert [(rule, severity) for rule, severity, _ in found] == [("CP-TABLES", "warning")]


# --- captions quoted as printed: the table's number stays apart from the year -----------------------------------

EMPTY_FUND = "单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n合计\n"


@pytest.mark.parametrize("caption, quoted", [
    ("表8 2026年政府性基金预算支出表", "表8 2026年政府性基金预算支出表"),
    ("8. 2026年政府性基金预算支出表", "8. 2026年政府性基金预算支出表"),
    ("附表8：2026年政府性基金预算支出表", "附表8：2026年政府性基金预算支出表"),  # its full-width colon as printed
    ("表 8　2026年政府性基金预算支出表", "表8 2026年政府性基金预算支出表"),
])
def test_an_empty_table_is_quoted_with_its_number_apart_from_the_year(caption: str, quoted: str) -> None:
    found = _failed(tb_empty, caption + "\n" + EMPTY_FUND, kind="预算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-EMPTY", "warning")]
    assert f"“{quoted}”" in found[0][2]


def test_a_caption_without_a_number_is_quoted_unspaced() -> None:
    found = _failed(tb_empty, "2026年 政府性基金 预算支出表\n" + EMPTY_FUND, kind="预算")
    assert "“2026年政府性基金预算支出表”" in found[0][2]


def test_a_missing_listed_table_is_quoted_as_the_contents_print_it() -> None:
    contents = "目 录\n1. 2025年部门收支总表\n8. 2025年政府性基金预算支出表\n"
    found = _failed(cp_tables, contents, "表1 2025年部门收支总表\n" + TOTAL, kind="预算")
    assert [message for _, _, message in found] == [
        "第1页所列“8. 2025年政府性基金预算支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核"]


# --- CP-SECT: “一、概况” heads the basic-situation part ---------------------------------------------------------------

BASIC = SECTIONS[0][1]


@pytest.mark.parametrize("heading", ["一、概况", "1.概况", "一、部门概况", "一、单位基本情况", "一、主要职能"])
def test_it_takes_these_headings_for_the_basic_situation(heading: str) -> None:
    assert re.search(BASIC, heading + "本局负责全县水利工程建设管理。")


@pytest.mark.parametrize("text", ["二、收入支出预算概况", "三、“三公”经费预算安排概况", "五、其他重要事项的情况说明"])
def test_other_overviews_are_not_the_basic_situation(text: str) -> None:
    assert not re.search(BASIC, text)


# --- the “三公” table: its numbered caption, and a blank item neither budgeted nor spent -----------------------------

@dataclass
class Line:
    text: str
    page: int = 1


@pytest.mark.parametrize("caption", [
    "7.一般公共预算财政拨款“三公”经费支出决算表",
    "4、“三公”经费支出预算表",
    "10.一般公共预算“三公”经费支出表",
])
def test_a_numbered_sangong_caption_over_its_unit_line_is_the_tables_own(caption: str) -> None:
    lines = [Line("第一部分附表"), Line(caption), Line("单位:万元"), Line("项目合计")]
    assert _numbered_caption(lines, 1)


@pytest.mark.parametrize("lines", [
    [Line("7.一般公共预算财政拨款“三公”经费支出决算表"), Line("8.政府性基金预算财政拨款收入支出决算表")],  # a list
    [Line("7.一般公共预算财政拨款“三公”经费支出决算表"), Line("单位:万元", page=2)],  # unit on another page
    [Line("7.一般公共预算财政拨款支出决算表"), Line("单位:万元")],  # not the “三公” table
])
def test_a_list_item_is_no_sangong_caption(lines: list[Line]) -> None:
    assert not _numbered_caption(lines, 0)


HEADER = ["项目", "合计", "因公出国(境)费", "公务用车购置及运行维护费", "其中:公务用车购置费", "其中:公务用车运行维护费",
          "公务接待费"]


def _read(budget_row: list[str], actual_row: list[str], *, budget_label: str = "年初预算数") -> dict:
    grid = [HEADER, [budget_label, *budget_row], ["决算数", *actual_row]]
    figures = read_sangong_grid(grid, year=2024, page=10, title="“三公”经费支出决算表 单位:万元", result=TableResult())
    return {f.metric: f for f in figures if f.period == "本年"}


@pytest.mark.parametrize("budget_label", ["年初预算数", "预算数", "调整预算数"])
def test_an_item_blank_in_both_rows_is_zero_when_the_budget_row_adds_up(budget_label: str) -> None:
    cells = _read(["11.00", "", "7.20", "", "7.20", "3.80"], ["11.46", "", "6.95", "", "6.95", "3.51"],
                  budget_label=budget_label)
    assert cells["outbound_travel"].value == Decimal(0) and cells["outbound_travel"].note
    assert cells["sangong_total"].value == Decimal("11.46")


def test_the_total_that_disagrees_with_its_parts_is_then_reported() -> None:
    cells = _read(["11.00", "", "7.20", "", "7.20", "3.80"], ["11.46", "", "6.95", "", "6.95", "3.51"])
    result = ParsedDisclosure(unit=UNIT, year=2024, kind="决算", scope="部门", figures={},
                              table_figures=list(cells.values()))
    [check] = [c for c in sg_sum(result) if c.rule == "TB-T4"]
    assert (check.outcome, check.severity) == ("fail", "error")
    assert "合计11.46" in check.message and "=0+6.95+3.51=10.46" in check.message


def test_a_consistent_table_with_the_blank_raises_nothing() -> None:
    cells = _read(["11.00", "", "7.20", "", "7.20", "3.80"], ["10.46", "", "6.95", "", "6.95", "3.51"])
    result = ParsedDisclosure(unit=UNIT, year=2024, kind="决算", scope="部门", figures={},
                              table_figures=list(cells.values()))
    assert [(c.rule, c.outcome) for c in sg_sum(result) if c.rule == "TB-T4"] == [("TB-T4", "pass")]


@pytest.mark.parametrize("budget_row", [
    ["12.00", "1.00", "7.20", "", "7.20", "3.80"],  # the item was budgeted: a blank 决算数 may hide an amount
    ["12.00", "", "7.20", "", "7.20", "3.80"],  # the budget row does not add up with the blank as 0
])
def test_a_blank_the_budget_row_does_not_settle_stays_unknown(budget_row: list[str]) -> None:
    cells = _read(budget_row, ["11.46", "", "6.95", "", "6.95", "3.51"])
    assert cells["outbound_travel"].value is None



def test_a_wholly_blank_actual_row_gets_no_zeros() -> None:
    # nothing spent, nothing printed: no 合计 to check, so no item is filled in
    cells = _read(["0.95", "", "", "", "", "0.95"], ["", "", "", "", "", ""])
    assert {metric: cell.value for metric, cell in cells.items()} == {metric: None for metric in cells}
