"""A 决算's 一般公共预算财政拨款支出 table printed 年初预算数 | 调整预算数 | 决算数(合计) | 基本支出 | 项目支出, and the
rules that read it (checks_heldout50): a text row whose blank cells were dropped is placed when every way of putting
its amounts back agrees on its 决算数 (the reader); a table with rows the reader could not place gives no finding
where a parent or its 合计 only exceeds the lines read (TB-HIER, TB-TOTAL, IE-EXP-SUM: not_applicable); the row sum
reads a "决算数合计" column and leaves out other-spending columns that no row fills (TB-ROW). Then the words: a share
with no whole named, in a sentence opened by “X支出决算中”, read against X's stated amount; a share of one fund's
项目支出 that the words never state, held to the floor the all-funds 项目支出 gives, or read against that fund's table
cell, and a share of such a whole above 100% (PR-SHARE); a rate after a completion rate (PR-PCT); a table head line
naming another year than the other tables' (FM-YEAR); this year's 一般公共预算财政拨款支出 printed twice in the words
with no table to hold them to (PR-REPEAT). Tables, statements and figures made up for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.attachments import Row, _total
from disclosures.parsing.checks import rows
from disclosures.parsing.checks.figures import ie_exp_sum, tb_hier, tb_total
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.document import load_document
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure

FIVE = ["年初预算数", "调整预算数", "决算数", "基本支出", "项目支出"]


def _row(*values: str) -> Row:
    return Row(code=["20101"], label="人大事务", values=list(values), page=3, placed=False)


# ---- the reader: a row's 决算数 beside two budget columns, blanks dropped ------------------------------------------

@pytest.mark.parametrize(("values", "expected"), [
    (("10.00", "12.00", "12.00", "5.00", "7.00"), "12.00"),   # every cell printed: placed as it is
    (("10.00", "12.00", "12.00", "12.00"), "12.00"),          # 基本 or 项目 blank: either way the 决算数 is 12.00
    (("1,000.00", "1,250.50", "1,250.50", "1,250.50"), "1,250.50"),
    (("12.00", "12.00", "5.00", "7.00"), "12.00"),            # a budget left blank: only one placement adds up
    (("10.00", "12.00", "12.01", "12.00"), "12.01"),          # 万元 cells a cent apart: rounding
    (("10.00", "12.00", "12.02", "12.00"), None),             # two cents: no placement adds up, the row stays out
    (("10.00", "12.00", "11.00", "12.00"), None),             # a printed part above its 决算数: nothing adds up
    (("12.00", "12.00", "12.00"), "12.00"),                   # a budget and a part blank: every placement agrees
    (("20.00", "12.00", "8.00"), "20.00"),                    # both budgets blank: 20.00 = 12.00 + 8.00
    (("12.00", "12.00"), None),                               # two of five: too few to place
])
def test_a_row_with_a_dropped_blank_is_placed_when_its_placements_agree(values, expected) -> None:
    assert _total(_row(*values), FIVE, "万元") == expected


def test_placements_that_disagree_on_the_actual_leave_the_row_unplaced() -> None:
    # 24.00 12.00 12.00: 24 = 12 + 12 with both budgets blank, or 12 = 12 + 0 with a budget and a part blank
    assert _total(_row("24.00", "12.00", "12.00"), FIVE, "万元") is None


def test_a_table_in_yuan_is_placed_only_when_its_cells_add_up_exactly() -> None:
    assert _total(_row("100000", "120000", "120000", "120000"), FIVE, "元") == "120000"
    assert _total(_row("100000", "120000", "120001", "120000"), FIVE, "元") is None


def test_the_older_shape_with_one_budget_column_still_reads() -> None:
    four = ["年初预算数", "决算数", "基本支出", "项目支出"]
    assert _total(_row("10.00", "12.00", "12.00"), four, "万元") == "12.00"
    assert _total(_row("12.00", "5.00", "7.00"), four, "万元") == "12.00"


# ---- TB-HIER / TB-TOTAL / IE-EXP-SUM on a table with unplaced rows ---------------------------------------------

CAPTION = "一般公共预算财政拨款支出决算表"


def _result(lines: list[tuple[str, str, str]], total: str, *, partial: bool) -> ParsedDisclosure:
    result = ParsedDisclosure(unit="某县测试局", year=2024, kind="决算", scope="部门", figures={})
    levels = {3: "类", 5: "款", 7: "项"}
    for code, name, value in lines:
        result.function_lines.append(FunctionLine(name=name, value=Decimal(value), code=code, page=5,
                                                  fund_scope="一般公共预算财政拨款", level=levels[len(code)],
                                                  table=CAPTION))
    result.expenditure_by_function = [line for line in result.function_lines if line.level == "类"]
    result.table_figures.append(Figure(metric="general_budget_appropriation", value=Decimal(total), page=5,
                                       origin="table", fund_scope="一般公共预算财政拨款", exp_scope="total",
                                       table=CAPTION, period="本年", side="支出"))
    if partial:
        result.warnings.append(f"附表“{CAPTION}”有2行的合计无法确定所在列，未采用")
    return result


SHORT = [("201", "一般公共服务支出", "100.00"), ("20101", "人大事务", "40.00"), ("2010101", "行政运行", "40.00")]


def _outcomes(rule, result: ParsedDisclosure) -> list[tuple[str, str]]:
    return [(c.outcome, c.severity) for c in rule(result) if c.outcome != "pass"]


def test_a_parent_above_the_lines_read_of_a_partial_table_is_not_applicable() -> None:
    assert _outcomes(tb_hier, _result(SHORT, "100.00", partial=True)) == [("not_applicable", "error")]
    assert _outcomes(tb_hier, _result(SHORT, "100.00", partial=False)) == [("fail", "error")]


def test_a_parent_below_its_lines_is_an_error_even_in_a_partial_table() -> None:
    lines = [("201", "一般公共服务支出", "30.00"), ("20101", "人大事务", "40.00")]
    assert _outcomes(tb_hier, _result(lines, "30.00", partial=True)) == [("fail", "error")]


def test_a_total_above_the_classes_read_of_a_partial_table_is_not_applicable() -> None:
    lines = [("201", "一般公共服务支出", "100.00"), ("208", "社会保障和就业支出", "20.00")]
    assert _outcomes(tb_total, _result(lines, "150.00", partial=True)) == [("not_applicable", "error")]
    assert _outcomes(ie_exp_sum, _result(lines, "150.00", partial=True)) == [("not_applicable", "error")]
    assert _outcomes(tb_total, _result(lines, "150.00", partial=False)) == [("fail", "warning")]
    # the whole below its classes cannot be a lost row
    assert _outcomes(tb_total, _result(lines, "110.00", partial=True)) == [("fail", "error")]


def test_a_partial_table_that_adds_up_passes() -> None:
    lines = [("201", "一般公共服务支出", "100.00"), ("208", "社会保障和就业支出", "20.00")]
    assert _outcomes(tb_total, _result(lines, "120.00", partial=True)) == []


# ---- TB-ROW: 决算数合计 columns, and other-spending columns no row fills ---------------------------------------------

def _row_checks(header: str, *lines: str) -> list[tuple[str, str, str]]:
    text = "\n".join(["某县测试局2024年部门决算", "五、一般公共预算财政拨款支出决算表          单位：万元", header,
                      *lines]) + "\n"
    document = load_document(text.encode(), filename="t.txt")
    view = text_of(document.lines, document)
    result = ParsedDisclosure(unit="某县测试局", year=2024, kind="决算", scope="部门", figures={})
    return [(c.rule, c.outcome, c.message) for c in rows.tb_row_grid(result, view)]


BUDGETS = "科目编码  科目名称  年初预算数  调整预算数  决算数合计  基本支出  项目支出"
LAND = ["220  自然资源海洋气象等支出  300.00  310.00  300.00  100.00  200.00",
        "22001  自然资源事务  300.00  310.00  300.00  100.00  200.00",
        "2200101  行政运行  100.00  100.00  100.00  100.00  -",
        "2200104  自然资源规划及管理  200.00  210.00  {actual}  -  200.00",
        "合计    300.00  310.00  300.00  100.00  200.00"]


def test_a_row_under_a_decision_total_column_that_adds_up_passes() -> None:
    found = _row_checks(BUDGETS, *[line.format(actual="200.00") for line in LAND])
    assert not any(o == "fail" for _r, o, _m in found)
    assert any(r == "TB-ROW" and o == "pass" for r, o, _m in found)


@pytest.mark.parametrize(("header", "failing"), [
    (BUDGETS, True),
    (BUDGETS.replace("决算数合计", "决算合计"), True),
    (BUDGETS.replace("决算数合计", "合计"), True),
])
def test_a_row_whose_total_is_not_its_printed_part_is_an_error(header: str, failing: bool) -> None:
    found = _row_checks(header, *[line.format(actual="280.00") for line in LAND])
    failed = [m for r, o, m in found if r == "TB-ROW" and o == "fail"]
    assert bool(failed) == failing
    assert "280.00" in failed[0] and "200.00" in failed[0]


SPENDING = "科目编码  科目名称  本年支出合计  基本支出  项目支出  上缴上级支出  经营支出  对附属单位补助支出"
WELFARE = ["208  社会保障和就业支出  150.00  100.00  50.00  -  -  -",
           "20802  民政管理事务  150.00  100.00  50.00  -  -  -",
           "2080201  行政运行  100.00  {basic}  -  -  -  -",
           "2080208  基层政权建设和社区治理  50.00  -  50.00  -  -  -",
           "合计    150.00  100.00  50.00  -  -  -"]


def test_other_spending_columns_no_row_fills_do_not_hide_a_row_error() -> None:
    found = _row_checks(SPENDING, *[line.format(basic="90.00") for line in WELFARE])
    failed = [m for r, o, m in found if r == "TB-ROW" and o == "fail"]
    assert len(failed) == 1 and "2080201" in failed[0] and "90.00" in failed[0]


def test_other_spending_columns_no_row_fills_pass_a_row_that_adds_up() -> None:
    found = _row_checks(SPENDING, *[line.format(basic="100.00") for line in WELFARE])
    assert not any(o == "fail" for _r, o, _m in found)


def test_an_other_spending_column_a_row_fills_still_counts() -> None:
    lines = [line.format(basic="90.00") for line in WELFARE]
    # the 10.00 printed under 上缴上级支出 makes the row whole: 100.00 = 90.00 + 10.00
    lines[2] = "2080201  行政运行  100.00  90.00  -  10.00  -  -"
    lines[0] = "208  社会保障和就业支出  150.00  90.00  50.00  10.00  -  -"
    lines[1] = "20802  民政管理事务  150.00  90.00  50.00  10.00  -  -"
    lines[4] = "合计    150.00  90.00  50.00  10.00  -  -"
    found = _row_checks(SPENDING, *lines)
    assert not any(r == "TB-ROW" and o == "fail" for r, o, _m in found)


# ---- the words: shares, a rate after a completion rate, table head years, a total printed twice ------------------

from disclosures.parsing import parse_disclosure  # noqa: E402
from disclosures.parsing.types import Check  # noqa: E402

FINAL = "某县测试局2024年部门决算情况说明\n"


def _checks(body: str, rule: str, head: str = FINAL) -> list[Check]:
    return [c for c in parse_disclosure((head + body).encode()).checks if c.rule == rule]


def _found(body: str, rule: str, head: str = FINAL) -> list[tuple[str, str]]:
    return [(c.outcome, c.severity) for c in _checks(body, rule, head) if c.outcome != "pass"]


CLASSES = ("2024年度一般公共预算财政拨款支出800.00万元。\n"
           "2024年度一般公共预算财政拨款支出决算中，教育支出600.00万元，占{share}%；住房保障支出200.00万元，占25.0%。\n")


@pytest.mark.parametrize(("share", "expected"), [
    ("75.0", []),                                   # 600 / 800
    ("75", []),                                     # printed whole: within its half-step
    ("75.8", [("fail", "warning")]),                # under a point off
    ("57.0", [("fail", "error")]),                  # digits swapped
])
def test_a_class_share_is_read_against_the_whole_its_sentence_opens_on(share: str, expected) -> None:
    assert _found(CLASSES.format(share=share), "PR-SHARE") == expected


def test_a_share_with_no_whole_stated_anywhere_is_not_checked() -> None:
    body = "2024年度一般公共预算财政拨款支出决算中，教育支出600.00万元，占57.0%；住房保障支出200.00万元，占25.0%。\n"
    assert _found(body, "PR-SHARE") == []


def test_a_share_whose_opening_follows_an_amount_names_no_whole() -> None:
    body = ("2024年度一般公共预算财政拨款支出800.00万元。\n"
            "项目支出300.00万元，一般公共预算财政拨款支出决算中，教育支出600.00万元，占57.0%。\n")
    assert _found(body, "PR-SHARE") == []


PERF = ("2024年度本年支出合计900.00万元，其中：基本支出400.00万元；项目支出500.00万元。\n"
        "本部门对一般公共预算项目支出开展绩效自评，涉及资金{funds}万元，占一般公共预算项目支出总额的{share}%。\n")


@pytest.mark.parametrize(("funds", "share", "expected"), [
    ("450.00", "95.0", []),                         # at least 450 / 500 = 90%: 95% may hold
    ("450.00", "90.0", []),                         # the floor itself
    ("450.00", "89.5", [("fail", "warning")]),      # half a point under the floor
    ("450.00", "80.0", [("fail", "error")]),
])
def test_a_share_of_one_funds_project_spending_has_the_all_funds_floor(funds: str, share: str, expected) -> None:
    assert _found(PERF.format(funds=funds, share=share), "PR-SHARE") == expected


def test_a_share_above_a_hundred_of_a_whole_it_is_part_of_is_an_error() -> None:
    body = ("2024年度一般公共预算财政拨款支出500.00万元，其中：基本支出200.00万元，项目支出300.00万元。\n"
            "本部门开展绩效自评，涉及资金330.00万元，占一般公共预算项目支出总额的110.0%。\n")
    [check] = [c for c in _checks(body, "PR-SHARE") if c.outcome == "fail"]
    assert check.severity == "error" and "超过100%" in check.message
    assert {f["value"] for f in check.figures} >= {"330.00", "300.00"}


def test_a_total_named_only_with_other_words_gives_no_whole() -> None:
    # “支出合计” is printed only as “支出预算合计”: no amount is taken for it, least of all a 支出 part's
    body = "2026年本部门支出预算合计900.00万元，其中基本支出300.00万元，占支出合计的33.33%；项目支出600.00万元。\n"
    assert _found(body, "PR-SHARE", head="某县测试局2026年部门预算情况说明\n") == []


def test_a_share_above_a_hundred_of_a_budget_is_a_completion_rate_not_a_part() -> None:
    body = "本部门项目支出330.00万元，占年初预算的110.0%。\n"
    assert _found(body, "PR-SHARE") == []


SANGONG = ("2024年度“三公”经费财政拨款支出预算为24.00万元，支出决算为19.99万元，完成预算的83.3%，"
           "比上年减少1.87万元，下降{pct}%。\n")


@pytest.mark.parametrize(("pct", "expected"), [
    ("8.6", []),                                    # 1.87 / 21.86
    ("8.5", []),                                    # within the printed half-steps
    ("9.2", [("fail", "warning")]),
    ("11.6", [("fail", "error")]),
])
def test_a_rate_after_a_completion_rate_is_read_against_the_amount_before_it(pct: str, expected) -> None:
    assert _found(SANGONG.format(pct=pct), "PR-PCT") == expected


def test_a_completion_rate_in_other_words_still_opens_the_comparison() -> None:
    body = "项目支出决算为50.00万元，完成了调整预算的90.0%，较上年增加10.00万元，增长25.0%。\n"
    assert _found(body, "PR-PCT") == []
    assert _found(body.replace("增长25.0%", "增长20.0%"), "PR-PCT") == [("fail", "error")]


def _heads(years: list[int]) -> str:
    captions = ["收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表"]
    return "2024年度本年支出合计900.00万元。\n" + "".join(f"{caption}\n编制单位：某县测试局　　{y}年度　　单位：万元\n" for caption, y in zip(captions, years))


@pytest.mark.parametrize(("years", "expected"), [
    ([2024, 2024, 2024, 2024], []),
    ([2024, 2024, 2023, 2024], [("fail", "warning")]),
    ([2024, 2023, 2023, 2024], [("fail", "warning"), ("fail", "warning")]),
    ([2023, 2023, 2023, 2024], []),                 # one table only on the document's year: no majority to hold to
])
def test_a_table_head_naming_another_year_is_a_warning(years: list[int], expected) -> None:
    found = [c for c in _checks(_heads(years), "FM-YEAR") if c.outcome == "fail" and "表头" in c.message]
    assert [(c.outcome, c.severity) for c in found] == expected


def test_a_table_head_of_the_other_filling_words_is_read_too() -> None:
    body = _heads([2024, 2024, 2024, 2024]) + "一般公共预算财政拨款支出决算表\n填报单位：某县测试局 2023年 单位：万元\n"
    assert len([c for c in _checks(body, "FM-YEAR") if c.outcome == "fail" and "表头" in c.message]) == 1


TWICE = ("2024年度一般公共预算财政拨款支出{first}万元，占本年支出合计的100.0%。\n"
         "2024年度一般公共预算财政拨款支出年初预算为700.00万元，支出决算为{second}万元，完成年初预算的{rate}%。\n")


@pytest.mark.parametrize(("first", "second", "rate", "expected"), [
    ("800.00", "800.00", "114.3", []),
    ("800.00", "800.01", "114.3", [("fail", "warning")]),   # the last digit: a slip
    ("800.00", "880.00", "125.7", [("fail", "error")]),
    ("800.0", "800.04", "114.3", []),                        # printed to other places: the finer rounds to the coarser
])
def test_the_spending_total_printed_twice_in_the_words_is_held_to_itself(first, second, rate, expected) -> None:
    assert _found(TWICE.format(first=first, second=second, rate=rate), "PR-REPEAT") == expected


def test_a_decisions_budget_is_not_its_spending_printed_twice() -> None:
    body = ("2024年度一般公共预算财政拨款支出800.00万元，占本年支出合计的100.0%。\n"
            "2024年度一般公共预算财政拨款支出预算为700.00万元。\n")
    assert _found(body, "PR-REPEAT") == []


# --- TB-ROW on a table's 合计 row read as figures: a 决算's 合计 may hold spending beyond 基本 + 项目 ---------------------

def _total_row(kind: str, whole: str, basic: str, project: str) -> list[tuple[str, str]]:
    from disclosures.parsing.checks.figures import ie_bp

    def cell(metric: str, value: str) -> Figure:
        return Figure(metric, Decimal(value), origin="table", table="支出决算表", row="合计", fund_scope="全口径")

    result = ParsedDisclosure(unit="某县林业局", year=2024, kind=kind, scope="部门", table_figures=[
        cell("expenditure_total", whole), cell("basic_expenditure", basic), cell("project_expenditure", project)])
    return [(c.outcome, c.severity) for c in ie_bp(result) if c.rule == "TB-ROW"]


@pytest.mark.parametrize(("kind", "whole", "expected"), [
    ("决算", "3396.33", []),  # 57.92 of 经营支出 in a column of its own: part ≤ whole is all that holds
    ("决算", "3338.41", [("pass", "error")]),
    ("决算", "3330.00", [("fail", "error")]),  # the parts above the whole: wrong whatever the other columns hold
    ("预算", "3396.33", [("fail", "error")]),  # a 预算's spending is 基本 + 项目
])
def test_a_final_accounts_total_row_may_hold_other_spending(kind: str, whole: str, expected: list) -> None:
    assert _total_row(kind, whole, "1905.20", "1433.21") == expected
