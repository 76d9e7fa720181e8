"""Table against table and prose against the same-scope table: TB-T1/IE-BAL, TT-T1-T2, TT-T2-T8, TT-T6-T7-T8,
PT-GF, PT-FUNC, IE-BRIDGE. Hand-made figures; captions in the shapes counties print."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.tables import (is_expenditure, is_fiscal_summary, is_general_expenditure, is_income,
                                               is_summary)
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure

D = Decimal
T1 = "某中心财政拨款收支预算总表"
T2 = "某中心一般公共预算支出功能分类预算表"
T6 = "某中心财务收支预算总表"
T7 = "某中心部门收入总表"
T8 = "某中心支出预算总表"


def _cell(metric: str, value: str, table: str, fund: str = "全口径", exp: str = "total", unit: str = "万元",
          scale: int | None = 2) -> Figure:
    return Figure(metric, D(value), display_scale=scale, source_unit=unit, origin="table", table=table, row="合计",
                  column="合计", fund_scope=fund, exp_scope=exp, page=5)


def _doc(*cells: Figure, kind: str = "预算") -> ParsedDisclosure:
    result = ParsedDisclosure(unit="某中心", year=2025, kind=kind, scope="单位")
    result.table_figures = list(cells)
    return result


def _by(result: ParsedDisclosure, rule: str):
    return [c for c in run_checks(result) if c.rule == rule]


@pytest.mark.parametrize("caption, kinds", [
    (T1, {"fiscal"}), (T2, {"general"}), (T6, {"summary"}), (T7, {"income"}), (T8, {"expenditure"}),
    ("表八部门支出总表", {"expenditure"}), ("一般公共预算基本支出表", set()), ("政府性基金预算支出表", set()),
    ("收入支出决算总表", {"summary"}), ("一般公共预算“三公”经费支出表", set()),
])
def test_it_tells_the_standard_tables_apart_by_their_captions(caption: str, kinds: set[str]) -> None:
    tests = {"fiscal": is_fiscal_summary, "general": is_general_expenditure, "summary": is_summary, "income": is_income,
             "expenditure": is_expenditure}
    assert {name for name, test in tests.items() if test(caption)} == kinds


def test_it_balances_income_and_expenditure_inside_a_summary_table_of_a_budget() -> None:
    result = _doc(_cell("income_total", "1212.1164", T6, unit="元", scale=0),
                  _cell("expenditure_total", "1212.1164", T6, unit="元", scale=0))
    assert [(c.outcome, c.rule) for c in _by(result, "IE-BAL")] == [("pass", "IE-BAL")]
    result.table_figures[1].value = D("1212.1165")  # one 元 apart: two half-steps of 0.5 元 allow it
    assert [c.severity for c in _by(result, "IE-BAL")] == ["info"]
    result.table_figures[1].value = D("1212.1264")
    assert [c.severity for c in _by(result, "IE-BAL")] == ["error"]
    result.kind = "决算"  # a 决算's 总计 rows add 结余 and carry-over
    assert not _by(result, "IE-BAL")


def test_it_calls_the_fiscal_tables_balance_tb_t1() -> None:
    result = _doc(_cell("income_total", "900.00", T1), _cell("expenditure_total", "905.00", T1))
    assert [(c.outcome, c.severity) for c in _by(result, "TB-T1")] == [("fail", "error")]


def test_it_compares_the_general_budget_of_the_fiscal_table_with_the_general_budget_table() -> None:
    fund = "一般公共预算财政拨款"
    result = _doc(_cell("general_budget_appropriation", "3064.66", T1, fund),
                  _cell("general_budget_appropriation", "3064.66", T2, fund))
    assert [c.outcome for c in _by(result, "TT-T1-T2")] == ["pass"]
    result.table_figures[1].value = D("3046.66")
    assert [c.severity for c in _by(result, "TT-T1-T2")] == ["error"]
    assert not _by(_doc(*result.table_figures, kind="决算"), "TT-T1-T2")


def test_it_holds_the_general_budget_table_at_most_the_all_funds_table_never_equal() -> None:
    fund = "一般公共预算财政拨款"
    result = _doc(_cell("general_budget_appropriation", "3064.66", T2, fund), _cell("expenditure_total", "3356.04", T8),
                  _cell("project_expenditure", "552.37", T2, fund, "项目"), _cell("project_expenditure", "843.75", T8, exp="项目"))
    assert [c.outcome for c in _by(result, "TT-T2-T8")] == ["pass", "pass"]
    result.table_figures[2].value = D("843.76")  # one cent over: within two half-steps
    assert sorted((c.outcome, c.severity) for c in _by(result, "TT-T2-T8")) == [("fail", "info"), ("pass", "error")]
    result.table_figures[2].value = D("900.00")
    assert sorted((c.outcome, c.severity) for c in _by(result, "TT-T2-T8")) == [("fail", "error"), ("pass", "error")]


def test_it_matches_the_summary_tables_totals_with_the_income_and_expenditure_tables() -> None:
    result = _doc(_cell("income_total", "500.00", T6), _cell("income_total", "500.00", T7),
                  _cell("expenditure_total", "500.00", T6), _cell("expenditure_total", "499.00", T8))
    assert sorted((c.outcome, c.severity) for c in _by(result, "TT-T6-T7-T8")) == [("fail", "error"), ("pass", "error")]


def test_it_compares_the_prose_government_fund_with_the_tables_cell() -> None:
    result = _doc(_cell("gov_fund_appropriation", "0", T1, "政府性基金", scale=None))
    result.figures["gov_fund_appropriation"] = Figure("gov_fund_appropriation", D("0"), display_scale=2, page=3,
                                                      source="政府性基金拨款0.00万元", fund_scope="政府性基金")
    assert [c.outcome for c in _by(result, "PT-GF")] == ["pass"]
    result.table_figures[0].value = D("12.50")
    assert [c.severity for c in _by(result, "PT-GF")] == ["error"]
    result.table_figures = []
    assert not _by(result, "PT-GF")


def test_it_compares_prose_function_classes_with_the_table_rows_of_the_same_funds() -> None:
    result = _doc()
    fund = "一般公共预算财政拨款"
    result.expenditure_by_function = [FunctionLine("一般公共服务支出", D("2106.7"), "201", 4, "一般公共服务支出2106.7万元", fund)]
    result.function_lines = [FunctionLine("一般公共服务支出", D("2106.66"), "201", 9, fund_scope=fund, table=T2)]
    assert [c.outcome for c in _by(result, "PT-FUNC")] == ["pass"]  # 2106.66 rounds to the printed 2106.7
    result.function_lines[0].value = D("2116.66")
    assert [c.severity for c in _by(result, "PT-FUNC")] == ["error"]
    result.function_lines[0].fund_scope = "全口径"  # another scope is never paired
    assert not _by(result, "PT-FUNC")


def test_it_explains_the_all_funds_change_by_the_carry_over_as_a_hint_only() -> None:
    result = _doc()
    result.figures = {"income_total": Figure("income_total", D("3356.04"), D("299.29"), display_scale=2, page=3),
                      "general_budget_appropriation": Figure("general_budget_appropriation", D("3064.66"), D("7.91"),
                                                             display_scale=2, page=3),
                      "carryover": Figure("carryover", D("291.38"), display_scale=2, page=3)}
    assert [c.outcome for c in _by(result, "IE-BRIDGE")] == ["pass"]
    result.figures["carryover"].value = D("1.31")
    assert [(c.outcome, c.severity) for c in _by(result, "IE-BRIDGE")] == [("fail", "info")]


def test_it_pairs_pension_and_housing_fund_lines_across_the_two_classifications_as_a_hint() -> None:
    from disclosures.parsing.types import EconomicLine

    result = _doc()
    result.function_lines = [FunctionLine("机关事业单位职业年金缴费支出", D("38.3789"), "2080506", 7, level="项", table=T2)]
    result.economic_lines = [EconomicLine("职业年金缴费", D("38.3789"), "30109", 9, "某基本支出表")]
    assert [(c.outcome, c.severity) for c in _by(result, "TT-FUNC-ECON")] == [("pass", "info")]
    result.economic_lines[0].value = D("30.0000")
    assert [(c.outcome, c.severity) for c in _by(result, "TT-FUNC-ECON")] == [("fail", "info")]
    result.economic_lines[0].name = "退休人员活动费"  # the code reused for something else: not paired
    assert not _by(result, "TT-FUNC-ECON")


def test_it_compares_prose_totals_with_the_same_scope_table_cells() -> None:
    result = _doc(_cell("income_total", "9101.677535", T6, unit="元"), _cell("basic_expenditure", "2460.68", T8, exp="基本"))
    result.figures = {"income_total": Figure("income_total", D("9101.68"), display_scale=2, page=6, source="收入预算9101.68万元",
                                             fund_scope="全口径"),
                      "basic_expenditure": Figure("basic_expenditure", D("2460.68"), display_scale=2, page=6,
                                                  fund_scope="一般公共预算财政拨款")}
    assert [(c.outcome, c.name) for c in _by(result, "PT-MAP")] == [("pass", "正文与表格一致：收入合计")]  # rounded to 2 dp
    result.table_figures[0].value = D("9111.677535")
    assert [c.severity for c in _by(result, "PT-MAP")] == ["error"]
    result.kind = "决算"
    result.table_figures[0].row = "收入总计"  # a 决算's 总计 adds carry-over: not the prose 本年收入合计
    assert not _by(result, "PT-MAP")


def test_it_accepts_a_prose_income_total_that_leaves_out_exactly_the_carry_over() -> None:
    result = _doc(_cell("income_total", "4683.35", T6))
    result.figures = {"income_total": Figure("income_total", D("4682.04"), display_scale=2, page=3, fund_scope="全口径"),
                      "carryover": Figure("carryover", D("1.31"), display_scale=2, page=3)}
    assert [c.outcome for c in _by(result, "PT-MAP")] == ["pass"]
    result.figures["carryover"].value = D("2.00")
    assert [c.severity for c in _by(result, "PT-MAP")] == ["error"]


def test_it_does_not_call_a_column_read_in_the_wrong_place_a_contradiction() -> None:
    result = _doc(_cell("basic_expenditure", "2460.68", T8, exp="基本"), _cell("project_expenditure", "6641.00", T8, exp="项目"))
    result.figures = {"basic_expenditure": Figure("basic_expenditure", D("6641.00"), display_scale=2, page=6,
                                                  fund_scope="全口径")}
    found = _by(result, "PT-MAP")
    assert [(c.outcome, c.severity) for c in found] == [("insufficient_data", "error")]
    assert "错位" in found[0].message


def test_it_holds_performance_funds_within_all_funds_project_spending_as_a_warning() -> None:
    result = _doc()
    result.figures = {"performance_managed_funds": Figure("performance_managed_funds", D("6626"), display_scale=0, page=21),
                      "project_expenditure": Figure("project_expenditure", D("6641.00"), display_scale=2, page=12,
                                                    fund_scope="全口径", origin="table")}
    assert [(c.outcome, c.severity) for c in _by(result, "PR-PERF")] == [("pass", "warning")]
    result.figures["performance_managed_funds"].value = D("6700")
    assert [(c.outcome, c.severity) for c in _by(result, "PR-PERF")] == [("fail", "warning")]
    result.figures["project_expenditure"].fund_scope = "一般公共预算财政拨款"  # then figures.py's PR-PERF decides
    assert [c.name for c in _by(result, "PR-PERF")] == ["实行绩效目标管理的财政拨款不超过项目支出"]
