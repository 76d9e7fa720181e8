"""Table, caption and section rules fixed for the sixteenth and seventeenth blind corpora of the check engine (issue 9,
checks_heldout16 and checks_heldout17): a part's divider line above the first table's caption is no 附表 list, a
收入支出 caption names the listed 收支 table, captions are quoted with the space between a table's number and its
year, and “一、概况” heads the basic-situation part. Pages written for these tests (made-up units and figures)."""
from __future__ import annotations

import re

import pytest

from disclosures.parsing.checks.prose import SECTIONS
from disclosures.parsing.checks.text import cp_tables, listed_tables, tb_empty, text_of
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
    ("附表8：2026年政府性基金预算支出表", "附表8:2026年政府性基金预算支出表"),
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
