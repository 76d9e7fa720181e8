"""Readings added for the forty-second blind corpus of the check engine (issue 9, checks_heldout42): a 目录 heading that
names its 附表 in brackets (CP-TABLES reads each table, not one of that whole name); a 预算's function classes listed by
name and its numbered 项 list under them (TB-HIER per class, IE-EXP-SUM of the classes and of all items against the
一般公共预算 spending the section opens with); every amount column of a coded table printed whole, a 上年预算数
column included (TB-TOTAL of the 合计 row, TB-HIER of each 类/款). Pages and figures written for these tests (made-up
units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.listings import budget_items_against_classes
from disclosures.parsing.checks.presence import cp_tables
from disclosures.parsing.checks.table_sums import coded_table_columns
from disclosures.parsing.checks.text import listed_tables, text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Check, ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "预算") -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2025, kind=kind, scope="部门", figures={})


def _view(*pages: str):
    return text_of(page_lines(list(pages)))


def _run(rule, *pages: str, kind: str = "预算") -> list[Check]:
    return list(rule(_result(kind), _view(*pages)))


def _failed(rule, *pages: str, kind: str = "预算") -> list[Check]:
    return [c for c in _run(rule, *pages, kind=kind) if c.outcome == "fail"]


# --- CP-TABLES: a 目录 heading naming its tables in brackets ----------------------------------------------------------

CONTENTS = ("目录\n第一部分部门概况\n第二部分部门预算情况说明\n第三部分附表（收支预算总表、一般公共预算支出表、“三公”经费支出表）\n"
            "第一部分部门概况\n本局收入预算合计120.00万元，支出预算合计120.00万元，基本支出80.00万元，项目支出40.00万元。\n")
TABLES = ("附表1 收支预算总表\n单位：万元\n项目 预算数\n收入总计 120.00\n"
          "附表2 一般公共预算支出表\n单位：万元\n科目编码 科目名称 合计\n合计 120.00\n"
          "附表3 一般公共预算“三公”经费支出表\n单位：万元\n项目 合计\n本年预算数 3.00\n")


def test_tables_named_in_brackets_are_listed_one_by_one() -> None:
    names = [raw for raw, _, _ in listed_tables(_view(CONTENTS, TABLES), _result())]
    assert names[-3:] == ["收支预算总表", "一般公共预算支出表", "“三公”经费支出表"]
    assert not any("第三部分" in name for name in names)


def test_tables_named_in_brackets_and_all_printed_pass() -> None:
    assert [(c.outcome, c.severity) for c in cp_tables(_result(), _view(CONTENTS, TABLES))] == [("pass", "warning")]


def test_a_table_named_in_brackets_and_not_printed_is_still_reported() -> None:
    contents = CONTENTS.replace("“三公”经费支出表）", "“三公”经费支出表、政府采购预算表）")
    failed = [c for c in cp_tables(_result(), _view(contents, TABLES)) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in failed] == [("CP-TABLES", "warning")]
    assert "“政府采购预算表”" in failed[0].message


def test_a_bracket_that_names_no_tables_keeps_the_line_whole() -> None:
    contents = CONTENTS.replace("第三部分附表（收支预算总表、一般公共预算支出表、“三公”经费支出表）",
                                "第三部分附表（共三张）")
    assert not any("收支预算总表" == raw for raw, _, _ in listed_tables(_view(contents, TABLES), _result()))


# --- TB-HIER / IE-EXP-SUM: a 预算's classes by name and the numbered 项 list under them -------------------------------

def _section(total: str = "500.00", item3: str = "120.00", *, claim: str = "按项级科目列示如下：", drop: bool = False) -> str:
    items = [
        "甲类支出（类）甲事务（款）行政运行（项）200.00万元，比上年增加10.00万元，增长5.26%，主要用于机关运转。",
        "甲类支出（类）甲事务（款）专项业务（项）100.00万元，与上年持平，主要用于专项工作。",
        f"乙类支出（类）乙事务（款）基本养老保险缴费支出（项）{item3}万元，比上年减少2.00万元，主要用于缴纳养老保险。",
        "乙类支出（类）乙事务（款）职业年金缴费支出（项）80.00万元，主要用于缴纳职业年金。",
    ]
    if drop:
        items = items[:3]
    numbered = "\n".join(f"{k}.{item}" for k, item in enumerate(items, 1))
    return (f"三、一般公共预算当年拨款支出情况\n2025年一般公共预算当年拨款支出{total}万元，比上年增加8.00万元。\n"
            f"按支出功能分类科目（类级）划分：甲类支出300.00万元；乙类支出200.00万元。\n{claim}\n{numbered}\n"
            "四、一般公共预算基本支出情况\n基本支出300.00万元。\n")


def test_classes_items_and_total_that_agree_pass() -> None:
    checks = _run(budget_items_against_classes, _section())
    assert [(c.rule, c.outcome) for c in checks] == [("IE-EXP-SUM", "pass"), ("TB-HIER", "pass"), ("TB-HIER", "pass"),
                                                     ("IE-EXP-SUM", "pass")]


def test_a_mistyped_item_fails_its_class_and_the_total() -> None:
    failed = _failed(budget_items_against_classes, _section(item3="210.00"))
    assert [(c.rule, c.severity) for c in failed] == [("TB-HIER", "error"), ("IE-EXP-SUM", "error")]
    assert "乙类支出(类)200.00" in failed[0].message and "差90.00" in failed[0].message
    assert Decimal("500.00") in {Decimal(f["value"]) for f in failed[1].figures}


def test_an_item_left_out_leaves_its_class_and_the_total_short() -> None:
    failed = _failed(budget_items_against_classes, _section(drop=True))
    assert [(c.rule, c.severity) for c in failed] == [("TB-HIER", "error"), ("IE-EXP-SUM", "error")]
    assert "差80.00" in failed[0].message


def test_a_spending_total_unlike_its_classes_is_an_error() -> None:
    failed = _failed(budget_items_against_classes, _section(total="518.00"))
    assert [(c.rule, c.severity) for c in failed] == [("IE-EXP-SUM", "error")]
    assert "一般公共预算当年拨款支出518.00" in failed[0].message and "差18.00" in failed[0].message


@pytest.mark.parametrize("claim", ["主要项级科目列示如下：", "具体说明如下："])
def test_a_selection_or_an_unclaimed_list_is_not_summed(claim: str) -> None:
    assert [c.rule for c in _run(budget_items_against_classes, _section(item3="210.00", claim=claim))] == ["IE-EXP-SUM"]


def test_a_final_account_is_left_to_its_own_reader() -> None:
    assert _run(budget_items_against_classes, _section(item3="210.00"), kind="决算") == []


# --- TB-TOTAL / TB-HIER: every amount column of a coded table -----------------------------------------------------

def _table(prior_kuan: str = "150.00", total_now: str = "330.00", name_line: str = "20101 人大事务 150.00 160.00") -> str:
    return ("附表2 一般公共预算支出表\n单位：万元\n科目编码 科目名称 上年预算数 本年合计 基本支出 项目支出\n"
            f"201 一般公共服务支出 200.00 210.00 150.00 60.00\n{name_line.replace('150.00', prior_kuan, 1)} 120.00 40.00\n"
            "2010101 行政运行 100.00 110.00 110.00 0.00\n2010102 一般行政管理事务 50.00 50.00 10.00 40.00\n"
            "20102 政协事务 50.00 50.00 30.00 20.00\n2010201 行政运行 50.00 50.00 30.00 20.00\n"
            "208 社会保障和就业支出 110.00 120.00 120.00 0.00\n20805 行政事业单位养老支出 110.00 120.00 120.00 0.00\n"
            "2080505 机关事业单位基本养老保险缴费支出 110.00 120.00 120.00 0.00\n"
            f"合计 310.00 {total_now} 270.00 60.00\n")


def test_a_coded_table_that_adds_up_in_every_column_reports_nothing() -> None:
    assert _run(coded_table_columns, _table()) == []


def test_a_total_row_not_updated_in_one_column_is_an_error() -> None:
    [check] = _run(coded_table_columns, _table(total_now="303.00"))
    assert (check.rule, check.outcome, check.severity) == ("TB-TOTAL", "fail", "error")
    assert "本年合计列" in check.message and "合计303.00" in check.message and "=330.00" in check.message


def test_a_prior_year_cell_of_a_kuan_unlike_its_items_is_the_row_out() -> None:
    # the 合计 agrees with the 项 rows and the 类 with its own 项: only the 款 is reported (CHECKS.md TB-HIER)
    [check] = _run(coded_table_columns, _table(prior_kuan="105.00"))
    assert (check.rule, check.outcome, check.severity) == ("TB-HIER", "fail", "error")
    assert "上年预算数列" in check.message and "20101人大事务105.00" in check.message and "=150.00" in check.message


def test_a_leaf_unlike_the_total_names_no_subtotal() -> None:
    # a 项 cell out of line with the 合计: which row is out cannot be told, so no subtotal is blamed
    page = _table().replace("2010101 行政运行 100.00 110.00", "2010101 行政运行 130.00 110.00")
    assert _run(coded_table_columns, page) == []


def test_a_row_with_a_blank_cell_or_a_wrapped_name_leaves_the_table_alone() -> None:
    blank = _table(total_now="303.00", name_line="20101 人大事务 150.00 160.00").replace(
        "2010201 行政运行 50.00 50.00 30.00 20.00", "2010201 行政运行 50.00 50.00 30.00")
    assert _run(coded_table_columns, blank) == []
    wrapped = _table(total_now="303.00").replace("2080505 机关事业单位基本养老保险缴费支出",
                                                 "2080505 机关事业单位基本养老保险\n缴费支出")
    assert _run(coded_table_columns, wrapped) == []


def test_a_table_without_its_total_row_is_not_summed() -> None:
    page = _table(prior_kuan="105.00").rsplit("合计", 1)[0]
    assert _run(coded_table_columns, page) == []


def test_tables_named_in_brackets_on_a_contents_page_of_its_own_are_listed() -> None:
    contents = CONTENTS.split("第一部分部门概况\n本局")[0]
    body = "第一部分部门概况\n本局收入预算合计120.00万元，支出预算合计120.00万元，基本支出80.00万元。\n"
    view = _view(contents, body, TABLES)
    assert [raw for raw, _, _ in listed_tables(view, _result())] == ["收支预算总表", "一般公共预算支出表", "“三公”经费支出表"]
    assert [c.outcome for c in cp_tables(_result(), view)] == ["pass"]


def test_a_part_of_the_spending_stated_first_is_not_taken_for_its_total() -> None:
    page = _section().replace("2025年一般公共预算当年拨款支出500.00万元，比上年增加8.00万元。",
                              "2025年一般公共预算财政拨款基本支出300.00万元。")
    assert [(c.rule, c.outcome) for c in _run(budget_items_against_classes, page)] == [("TB-HIER", "pass"),
                                                                                       ("TB-HIER", "pass")]
