"""Rules fixed for the eighth blind corpus of the check engine (issue 9, checks_heldout8; its false alarms and table
items), each on statements written for these tests (made-up units and figures):

- IE-INC-SUM: the year's own income (本年收入, or a 决算's 收入合计) leaves out the carry-over (年初结转和结余, 上年结转)
  printed after it; a 收入总计 and a 预算's plain 收入合计 still count it.
- PR-PROC-BOUND: the procurement outside 一般公共预算 may be paid from the 政府性基金 income unless the text states the
  政府性基金's own procurement, which is then set aside with that income.
- Tables: a header cell that joins a group to its column with a dot (决算数·基本支出) names that column, so a 决算
  function table printing 年初预算数 | 决算数合计 | 决算数·基本支出 | 决算数·项目支出 is read by its actual.
- IE-EXP-SUM from the words: a class list opening its own sentence (“…。按功能分类：A万元…”) lists the spending the
  sentence before it opens on (“一般公共预算财政拨款支出X万元，年初预算…”).
- PR-REPEAT (决算数比年初预算增加/减少D): in a 决算, the spending the sentence states with no 决算 word is the actual the
  gap speaks of, so the gap's direction and amount are held to it.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.attachments import Row, Table, _column_words, _read_function
from disclosures.parsing.checks.listings import function_list_total
from disclosures.parsing.checks.wholes import budget_gap
from disclosures.parsing.checks.stated import pr_proc_bound
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wording import ie_inc_sum
from disclosures.parsing.tables import TableResult
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure
from tests.parsing.lines import Line


def run(rule, *lines: str, kind: str = "预算", figures: dict | None = None) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind=kind, scope="部门", figures=figures or {})
    return [(c.rule, c.outcome, c.severity) for c in rule(result, text_of([Line(text) for text in lines]))]


# ---- IE-INC-SUM: the year's income leaves the carry-over out ------------------------------------------------------

YEAR_INCOME = "2024年度本年收入{total}万元，其中财政拨款收入{grant}万元，事业收入120.00万元；年初结转和结余60.00万元。"


@pytest.mark.parametrize(("total", "grant", "kind", "expected"), [
    ("1,020.00", "900.00", "决算", ("IE-INC-SUM", "pass", "error")),
    ("1,020.00", "900.00", "预算", ("IE-INC-SUM", "pass", "error")),  # 本年 says it in a 预算 too
    ("1,080.00", "900.00", "决算", ("IE-INC-SUM", "fail", "error")),  # the old reading (with the carry-over) is wrong
    ("1,020.01", "900.00", "决算", ("IE-INC-SUM", "fail", "info")),   # within 3 × 0.005
    ("1,020.02", "900.00", "决算", ("IE-INC-SUM", "fail", "error")),  # just beyond it
    ("1,000.00", "900.00", "决算", ("IE-INC-SUM", "fail", "error")),  # the parts overshoot the total
])
def test_the_years_own_income_does_not_count_the_carry_over(total: str, grant: str, kind: str, expected) -> None:
    assert run(ie_inc_sum, YEAR_INCOME.format(total=total, grant=grant), kind=kind) == [expected]


def test_a_finals_plain_income_total_is_the_years_own() -> None:
    text = "2024年收入合计510.00万元，其中财政拨款收入470.00万元、其他收入40.00万元；年初结转和结余35.00万元。"
    assert run(ie_inc_sum, text, kind="决算") == [("IE-INC-SUM", "pass", "error")]
    assert run(ie_inc_sum, text.replace("510.00", "545.00"), kind="决算") == [("IE-INC-SUM", "fail", "error")]


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # a 预算's plain 收入合计 holds its 上年结转 (f3's convention, unchanged)
    ("收入预算合计520.40万元，其中：一般公共预算拨款收入480.40万元，事业收入25.00万元，上年结转15.00万元。", "预算",
     ("IE-INC-SUM", "pass", "error")),
    ("收入预算合计505.40万元，其中：一般公共预算拨款收入480.40万元，事业收入25.00万元，上年结转15.00万元。", "预算",
     ("IE-INC-SUM", "fail", "error")),
    # a 收入总计 holds the carry-over, in a 决算 too
    ("2024年收入总计545.00万元，其中财政拨款收入470.00万元、其他收入40.00万元、年初结转和结余35.00万元。", "决算",
     ("IE-INC-SUM", "pass", "error")),
    ("2024年收入总计510.00万元，其中财政拨款收入470.00万元、其他收入40.00万元、年初结转和结余35.00万元。", "决算",
     ("IE-INC-SUM", "fail", "error")),
])
def test_a_grand_total_and_a_budgets_income_total_still_count_the_carry_over(text: str, kind: str, expected) -> None:
    assert run(ie_inc_sum, text, kind=kind) == [expected]


def test_a_list_left_with_one_source_after_the_carry_over_is_not_checked() -> None:
    text = "2024年度本年收入900.00万元，其中财政拨款收入900.00万元；年初结转和结余60.00万元。"
    assert run(ie_inc_sum, text, kind="决算") == []


# ---- PR-PROC-BOUND: the 政府性基金 income may pay for the rest of the procurement ----------------------------------

def figures(fund: str | None = "300.00") -> dict:
    found = {"procurement_total": Figure("procurement_total", Decimal("500.00"), page=1),
             "income_total": Figure("income_total", Decimal("2450.00"), page=1, source="收入预算2,450.00万元"),
             "general_budget_appropriation": Figure("general_budget_appropriation", Decimal("2100.00"), page=1)}
    if fund is not None:
        found["gov_fund_appropriation"] = Figure("gov_fund_appropriation", Decimal(fund), page=1)
    return found  # income outside 一般公共预算: 300.00 fund + 50.00 carry-over


PROCURED = "政府采购预算总额500.00万元，其中一般公共预算拨款安排的政府采购{general}万元，其余由政府性基金安排。"


@pytest.mark.parametrize(("general", "fund", "expected"), [
    ("300.00", "300.00", ("PR-PROC-BOUND", "pass", "warning")),   # 200 of the rest ≤ 350 (fund + carry-over)
    ("150.00", "300.00", ("PR-PROC-BOUND", "pass", "warning")),   # 350 of the rest = 350, at the bound
    ("149.00", "300.00", ("PR-PROC-BOUND", "fail", "warning")),   # 351 beyond it
    ("300.00", None, ("PR-PROC-BOUND", "fail", "warning")),       # no 政府性基金: 200 of the rest > the 50.00 carry-over
])
def test_the_rest_of_the_procurement_may_be_paid_from_the_fund(general: str, fund: str | None, expected) -> None:
    found = figures(fund)
    if fund is None:  # the income outside 一般公共预算 is then only the 50.00 carry-over
        found["income_total"] = Figure("income_total", Decimal("2150.00"), page=1, source="收入预算2,150.00万元")
    assert run(pr_proc_bound, PROCURED.format(general=general), figures=found) == [expected]


def test_a_stated_fund_procurement_is_set_aside_with_the_fund_income() -> None:
    text = ("政府采购预算总额500.00万元，其中一般公共预算拨款安排的政府采购300.00万元，"
            "政府性基金安排的政府采购{fund}万元。")
    assert run(pr_proc_bound, text.format(fund="150.00"), figures=figures()) == [("PR-PROC-BOUND", "pass", "warning")]
    # 500 − 300 − 100 = 100 bought outside both, beyond the 50.00 carry-over
    assert run(pr_proc_bound, text.format(fund="100.00"), figures=figures()) == [("PR-PROC-BOUND", "fail", "warning")]


def test_no_bound_without_the_general_budget_part() -> None:
    assert run(pr_proc_bound, "政府采购预算总额500.00万元，其余由政府性基金安排。", figures=figures()) == []


# ---- table header: "决算数·基本支出" names the 基本支出 column ---------------------------------------------------------

@pytest.mark.parametrize(("header", "columns"), [
    ("科目编码 科目名称 年初预算数 决算数合计 决算数·基本支出 决算数·项目支出", ["年初预算数", "决算数", "基本支出", "项目支出"]),
    ("科目编码 科目名称 年初预算数 决算数合计 决算数・基本支出 决算数・项目支出", ["年初预算数", "决算数", "基本支出", "项目支出"]),
    ("科目编码 科目名称 合计 基本支出 项目支出", ["合计", "基本支出", "项目支出"]),  # no dot: unchanged
    ("科目编码 科目名称 项目·支出预算", []),  # a dot inside a word that is no column stays no column
])
def test_a_group_header_joined_to_its_column_by_a_dot_names_the_column(header: str, columns: list[str]) -> None:
    assert _column_words(header) == columns


def test_a_finals_function_table_with_dotted_headers_is_read_by_its_actual() -> None:
    table = Table(caption="表四一般公共预算财政拨款支出决算表", kind="general_function", unit="元",
                  columns=_column_words("年初预算数 决算数合计 决算数·基本支出 决算数·项目支出"))
    table.rows = [Row(["208"], "社会保障和就业支出", ["900,000.00", "902,400.00", "902,400.00", "0.00"], 7, False),
                  Row(["224"], "灾害防治及应急管理支出", ["8,550,000.00", "8,847,000.00", "4,682,000.00", "4,165,000.00"], 7,
                      False)]
    found = TableResult()
    _read_function(table, found, kind="决算")
    assert [(line.code, line.value) for line in found.function_lines] == [("208", Decimal("90.24")),
                                                                          ("224", Decimal("884.70"))]


# ---- IE-EXP-SUM: a class list that opens its own sentence lists the spending the sentence before names -------------

CLASS_ROWS = (("208", "社会保障和就业支出", "61.85"), ("210", "卫生健康支出", "18.38"), ("224", "灾害防治及应急管理支出", "523.30"))
BARE_LIST = "按功能分类：社会保障和就业支出61.85万元，卫生健康支出18.38万元，灾害防治及应急管理支出523.30万元。"


def classes(text: str) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2024, kind="决算", scope="部门")
    result.expenditure_by_function = [FunctionLine(name, Decimal(value), code, 1, f"{name}{value}万元", level="类",
                                                   fund_scope="一般公共预算财政拨款") for code, name, value in CLASS_ROWS]
    return [(c.rule, c.outcome, c.severity) for c in function_list_total(result, text_of([Line(text)]))]


@pytest.mark.parametrize(("total", "expected"), [
    ("603.53", [("IE-EXP-SUM", "pass", "error")]),
    ("602.53", [("IE-EXP-SUM", "fail", "error")]),   # the classes add to 603.53
    ("603.55", [("IE-EXP-SUM", "fail", "info")]),    # 0.02 ≤ 4 × 0.005
    ("603.56", [("IE-EXP-SUM", "fail", "error")]),
])
def test_a_subjectless_class_list_is_held_to_the_spending_its_previous_sentence_opens_on(total: str, expected) -> None:
    text = f"2024年度一般公共预算财政拨款支出{total}万元，年初预算590.00万元，超出年初预算的原因是追加了救灾经费。" + BARE_LIST
    assert classes(text) == expected


def test_a_subjectless_class_list_after_a_sentence_on_something_else_is_not_read() -> None:
    assert classes("2024年度基本支出602.53万元，项目支出1.00万元。" + BARE_LIST) == []
    assert classes("超出年初预算的原因是一般公共预算财政拨款支出602.53万元中追加了救灾经费。" + BARE_LIST) == []


# ---- PR-REPEAT (决算 vs 年初预算): the spending named with no 决算 word is the actual the gap speaks of ---------------

GAP = "2024年度一般公共预算财政拨款支出{actual}万元，年初预算为{budget}万元，决算数比年初预算{word}{delta}万元，主要是项目结转。"


def gap(text: str, kind: str = "决算") -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2024, kind=kind, scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in budget_gap(result, text_of([Line(text)]))]


@pytest.mark.parametrize(("actual", "budget", "word", "delta", "expected"), [
    ("954.68", "1,387.00", "减少", "432.32", [("PR-REPEAT", "pass", "error")]),
    ("954.68", "1,387.00", "增加", "432.32", [("PR-REPEAT", "fail", "error")]),   # the direction is wrong
    ("954.68", "1,387.00", "减少", "423.32", [("PR-REPEAT", "fail", "error")]),   # the amount is wrong
    ("954.68", "1,387.00", "减少", "432.33", [("PR-REPEAT", "fail", "info")]),    # 0.01 within the envelope
    ("1,454.68", "1,387.00", "增加", "67.68", [("PR-REPEAT", "pass", "error")]),
])
def test_a_finals_spending_is_held_to_the_gap_it_states_against_its_budget(actual, budget, word, delta, expected) -> None:
    assert gap(GAP.format(actual=actual, budget=budget, word=word, delta=delta)) == expected


def test_the_spending_stands_for_the_actual_only_in_a_final_and_when_the_gap_names_it() -> None:
    text = GAP.format(actual="954.68", budget="1,387.00", word="增加", delta="432.32")
    assert gap(text, kind="预算") == []
    assert gap(text.replace("决算数比年初预算", "比年初预算")) == []  # the gap does not say it is the actual's
    # two spending amounts before the gap: which one it speaks of is not said
    assert gap("基本支出500.00万元，项目支出454.68万元，年初预算为1,387.00万元，决算数比年初预算减少432.32万元。") == []
