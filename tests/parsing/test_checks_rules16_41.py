"""Readings added for the forty-first blind corpus of the check engine (issue 9, checks_heldout41): a 部门's member
units listed in the words with their 合计 (IE-EXP-SUM, and PR-REPEAT against the stated total when every counted unit
is listed); a 预算 收支总表 that prints only 收入总计 (IE-INC-SUM over every income row, 上年结转 included); a 绩效 share
of a fund's 项目支出 that the words state only inside that fund's split (PR-SHARE); a total's change against its
parts' changes when the comparison names the prior year by number and a reason closes the total's sentence
(IE-CHG-BP); an unfilled year “20XX年” (FM-PLACEHOLDER); a list of the 附表 under its own heading below the body
(CP-TABLES). Pages and figures written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks.listings import split_changes_add_up
from disclosures.parsing.checks.presence import cp_tables
from disclosures.parsing.checks.rates import pr_share
from disclosures.parsing.checks.table_lines import summary_income_sources
from disclosures.parsing.checks.text import listed_tables, text_of
from disclosures.parsing.checks.wholes import member_units_in_words
from disclosures.parsing.checks.years import fm_placeholder
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Check, ParsedDisclosure

UNIT = "某县测试局"


def _result(figures: dict | None = None) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope="部门", figures=figures or {})


def _view(*pages: str):
    return text_of(page_lines(list(pages)))


def _run(rule, *pages: str) -> list[Check]:
    return list(rule(_result(), _view(*pages)))


def _outcomes(rule, *pages: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in _run(rule, *pages)]


def _parsed(body: str, rule: str) -> list[Check]:
    text = f"{UNIT}2025年部门预算公开说明\n（金额单位：万元）\n" + body
    return [c for c in parse_disclosure(text.encode(), filename="t.txt").checks if c.rule == rule]


# --- IE-EXP-SUM / PR-REPEAT: member units listed in the words with their 合计 ----------------------------------------

def _members(total: str, *, count: str = "共3个单位", stated: str = "900.00") -> str:
    return (f"一、部门构成\n纳入本部门预算编制范围的有局机关、甲中心、乙站，{count}。\n"
            f"各单位支出预算分别为：某县测试局机关400.00万元，某县甲中心300.00万元，某县乙站200.00万元，合计{total}万元。\n"
            f"二、支出预算\n支出预算总额{stated}万元，其中：基本支出500.00万元，项目支出400.00万元。\n")


def test_member_units_that_add_up_to_their_total_pass() -> None:
    assert _outcomes(member_units_in_words, _members("900.00")) == [("IE-EXP-SUM", "pass", "error")]


def test_member_units_that_do_not_add_up_to_their_total_are_an_error() -> None:
    [check] = _run(member_units_in_words, _members("990.00"))
    assert (check.rule, check.outcome, check.severity) == ("IE-EXP-SUM", "fail", "error")
    assert "差90.00" in check.message
    assert {Decimal(f["value"]) for f in check.figures} == {Decimal("990.00"), Decimal("400.00"), Decimal("300.00"),
                                                            Decimal("200.00")}


def test_a_list_with_another_amount_in_it_is_not_read() -> None:
    body = ("各单位支出预算分别为：某县测试局机关400.00万元，比上年增加20.00万元，某县甲中心300.00万元，"
            "合计990.00万元。\n")
    assert _run(member_units_in_words, body) == []


def test_a_list_without_its_total_is_not_read() -> None:
    assert _run(member_units_in_words, "各单位支出预算分别为：某县测试局机关400.00万元，某县甲中心300.00万元。\n") == []


def test_the_units_total_is_the_stated_total_printed_again() -> None:
    # both printed to the cent: a cent apart is no rounding (a warning); 30.00 apart is an error; equal passes
    assert [(c.outcome, c.severity) for c in _parsed(_members("900.00", stated="900.01"), "PR-REPEAT")] == \
        [("fail", "warning")]
    assert [(c.outcome, c.severity) for c in _parsed(_members("900.00", stated="930.00"), "PR-REPEAT")
            if c.outcome == "fail"] == [("fail", "error")]
    assert [c.outcome for c in _parsed(_members("900.00"), "PR-REPEAT")] == ["pass"]


def test_a_list_of_fewer_units_than_counted_is_not_the_total() -> None:
    assert _parsed(_members("900.00", count="共4个单位", stated="930.00"), "PR-REPEAT") == []


# --- IE-INC-SUM: a 预算 收支总表 printing only 收入总计 -------------------------------------------------------------

def _summary(total: str, carried: str = "上年结转 60.00") -> str:
    return ("附表1 某县测试局2025年部门收支总表\n单位：万元\n收入项目 2025年预算数 支出项目 2025年预算数\n"
            "一般公共预算拨款 700.00 一般公共服务支出 500.00\n政府性基金预算拨款 100.00 农林水支出 360.00\n"
            f"事业收入 0.00 住房保障支出 0.00\n{carried}\n收入总计 {total} 支出总计 860.00\n")


def test_a_grand_income_total_equal_to_its_rows_passes() -> None:
    assert _outcomes(summary_income_sources, _summary("860.00")) == [("IE-INC-SUM", "pass", "error")]


def test_a_grand_income_total_off_its_rows_is_an_error() -> None:
    [check] = _run(summary_income_sources, _summary("806.00"))
    assert (check.outcome, check.severity) == ("fail", "error")
    assert "收入总计806.00" in check.message and "=860.00" in check.message


def test_a_grand_total_above_a_row_that_is_no_income_is_not_read() -> None:
    assert _run(summary_income_sources, _summary("806.00", carried="用事业基金弥补收支差额 60.00")) == []


# --- PR-SHARE: a 绩效 share of a fund's 项目支出 stated inside that fund's split ------------------------------------

def _coverage(share: str, split: bool = True) -> str:
    stated = ("一般公共预算财政拨款支出1,000.00万元，其中基本支出400.00万元，项目支出600.00万元。\n" if split
              else "一般公共预算财政拨款支出1,000.00万元。\n")
    return stated + f"本部门8个项目编制了绩效目标，涉及一般公共预算财政拨款550.00万元，占一般公共预算项目支出的{share}%。\n"


@pytest.mark.parametrize(("share", "expected"), [
    ("91.7", ("pass", "warning")),    # 550.00 / 600.00
    ("92.3", ("fail", "warning")),    # 0.6 points off
    ("81.7", ("fail", "error")),      # ten points off
])
def test_a_share_of_a_funds_project_spending_is_read_from_its_split(share: str, expected: tuple[str, str]) -> None:
    [check] = _run(pr_share, _coverage(share))
    assert (check.outcome, check.severity) == expected
    assert {f["value"] for f in check.figures} >= {"550.00", "600.00"}


def test_a_share_without_its_funds_split_has_nothing_to_be_read_against() -> None:
    assert _run(pr_share, _coverage("92.3", split=False)) == []


# --- IE-CHG-BP: changes named against the prior year by number, a reason before the split ------------------------

def _changes(project_change: str) -> str:
    return ("支出预算总额900.00万元，比2024年减少50.00万元，下降5.3%，主要原因是部分项目完成。其中：基本支出500.00万元，"
            "比2024年增加30.00万元，增长6.4%；项目支出400.00万元，比2024年减少" + project_change + "万元，下降16.7%。\n")


def test_a_split_whose_changes_add_up_passes() -> None:
    assert _outcomes(split_changes_add_up, _changes("80.00")) == [("IE-CHG-BP", "pass", "error")]


def test_a_split_whose_changes_do_not_add_up_is_an_error() -> None:
    [check] = _run(split_changes_add_up, _changes("90.00"))
    assert (check.outcome, check.severity) == ("fail", "error")
    assert "支出预算总额变动-50.00" in check.message and "=-60.00" in check.message


def test_parts_that_are_not_the_whole_leave_their_changes_alone() -> None:
    body = _changes("90.00").replace("项目支出400.00万元", "项目支出300.00万元")
    assert _run(split_changes_add_up, body) == []


# --- FM-PLACEHOLDER: an unfilled year ---------------------------------------------------------------------------

@pytest.mark.parametrize("year", ["20XX", "202X", "20××"])
def test_an_unfilled_year_is_a_placeholder(year: str) -> None:
    [check] = _run(fm_placeholder, f"{year}年收入预算总额900.00万元，比上年减少50.00万元。\n")
    assert (check.outcome, check.severity) == ("fail", "warning")
    assert f"{year}年" in check.message


@pytest.mark.parametrize("text", ["2025年收入预算总额900.00万元。\n", "车辆编号A20XX1已报废。\n"])
def test_a_year_filled_in_or_a_code_is_no_placeholder(text: str) -> None:
    assert _run(fm_placeholder, text) == []


# --- CP-TABLES: the 附表 listed under their own heading below the body -----------------------------------------------

BODY = "一、部门构成\n本局收入预算合计120.00万元，支出预算合计120.00万元。\n"
TABLES = ("附表1：某县测试局2025年部门收支总表\n单位：万元\n项目 金额\n合计 120.00\n"
          "附表2：某县测试局2025年部门支出总表\n单位：万元\n项目 金额\n合计 120.00\n")


def test_a_table_listed_under_the_body_and_missing_is_reported() -> None:
    view = _view(BODY + "附表目录\n附表1：部门收支总表\n附表2：部门支出总表\n附表3：政府采购预算表\n", TABLES)
    assert [norm for _, norm, _ in listed_tables(view, _result())] == ["部门收支总表", "部门支出总表", "政府采购表"]
    failed = [c for c in cp_tables(_result(), view) if c.outcome == "fail"]
    assert [(c.rule, c.severity, c.page) for c in failed] == [("CP-TABLES", "warning", 1)]
    assert "政府采购预算表" in failed[0].message


def test_every_table_listed_under_the_body_present_passes() -> None:
    view = _view(BODY + "附表目录\n附表1：部门收支总表\n附表2：部门支出总表\n", TABLES)
    assert [c.outcome for c in cp_tables(_result(), view)] == ["pass"]


def test_a_heading_without_entries_under_it_lists_nothing() -> None:
    view = _view(BODY + "附表目录\n本部门公开的附表见下页。\n", TABLES)
    assert listed_tables(view, _result()) == []


def test_a_grand_total_is_read_in_a_budget_only() -> None:
    view = _view(_summary("806.00"))
    result = ParsedDisclosure(unit=UNIT, year=2025, kind="决算", scope="部门", figures={})
    assert list(summary_income_sources(result, view)) == []


def test_a_year_end_balance_on_the_spending_side_is_no_income_row() -> None:
    page = _summary("860.00").replace("上年结转 60.00\n", "上年结转 60.00\n年末结转和结余 25.00\n")
    assert _outcomes(summary_income_sources, page) == [("IE-INC-SUM", "pass", "error")]
