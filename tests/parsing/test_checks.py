"""The three sums the parser checks itself: 三公 parts, 基本+项目, function classes. A failed sum is reported,
never corrected."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks import run_checks
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure


def doc(figures: dict[str, tuple[str, str | None]], lines: list[tuple[str, str, str]] | None = None) -> ParsedDisclosure:
    result = ParsedDisclosure(unit="某局", year=2024, kind="决算", scope="部门")
    result.figures = {k: Figure(metric=k, value=Decimal(v), fund_scope=scope) for k, (v, scope) in figures.items()}
    result.expenditure_by_function = [FunctionLine(name=n, value=Decimal(v), fund_scope=s) for n, v, s in lines or []]
    return result


def by_rule(result: ParsedDisclosure) -> dict[str, bool | None]:
    return {c.rule: c.ok for c in run_checks(result)}


def test_it_checks_the_three_gong_total_against_its_four_parts() -> None:
    ok = doc({"sangong_total": ("9.5", None), "outbound_travel": ("0", None), "vehicle_purchase": ("0", None),
              "vehicle_operation": ("6.8", None), "reception": ("2.7", None)})
    bad = doc({"sangong_total": ("9.6", None), "outbound_travel": ("0", None), "vehicle_purchase": ("0", None),
               "vehicle_operation": ("6.8", None), "reception": ("2.7", None)})
    assert by_rule(ok)["sangong_sum"] is True
    assert by_rule(bad)["sangong_sum"] is False


def test_it_checks_the_three_gong_total_with_the_combined_vehicle_item_when_its_parts_are_not_stated() -> None:
    result = doc({"sangong_total": ("9.5", None), "outbound_travel": ("0", None), "vehicle_total": ("6.8", None),
                  "reception": ("2.7", None)})
    check = next(c for c in run_checks(result) if c.rule == "sangong_sum")
    assert (check.ok, check.detail) == (True, "0+6.8+2.7=9.5，合计9.5")


def test_it_says_it_cannot_check_the_three_gong_total_without_its_parts() -> None:
    assert by_rule(doc({"sangong_total": ("9.5", None), "reception": ("2.7", None)}))["sangong_sum"] is None


def test_it_adds_all_funds_basic_and_project_to_the_expenditure_total() -> None:
    result = doc({"basic_expenditure": ("620.3", "全口径"), "project_expenditure": ("860.2", "全口径"),
                  "expenditure_total": ("1480.5", "全口径"), "general_budget_appropriation": ("1430", None)})
    assert by_rule(result)["basic_plus_project"] is True


def test_it_adds_general_budget_basic_and_project_to_the_general_budget_appropriation() -> None:
    result = doc({"basic_expenditure": ("600", "一般公共预算财政拨款"),
                  "project_expenditure": ("830", "一般公共预算财政拨款"),
                  "expenditure_total": ("1480.5", "全口径"), "general_budget_appropriation": ("1431", None)})
    check = next(c for c in run_checks(result) if c.rule == "basic_plus_project")
    assert (check.ok, check.detail) == (False, "600+830=1430，一般公共预算财政拨款1431")


def test_it_compares_general_budget_function_classes_with_the_general_budget_figure() -> None:
    lines = [("一般公共服务支出", "2106.66", "一般公共预算财政拨款"), ("社会保障和就业支出", "833.40", "一般公共预算财政拨款")]
    result = doc({"general_budget_appropriation": ("2940.05", None), "expenditure_total": ("2950", None)}, lines)
    check = next(c for c in run_checks(result) if c.rule == "function_sum")
    assert (check.ok, check.detail) == (False, "功能分类合计2940.06，一般公共预算财政拨款支出2940.05")
    assert result.figures["general_budget_appropriation"].value == Decimal("2940.05")  # reported, not corrected


def test_it_compares_all_funds_function_classes_with_the_expenditure_total() -> None:
    lines = [("教育支出", "100", "全口径"), ("卫生健康支出", "50", "全口径")]
    assert by_rule(doc({"expenditure_total": ("150", None)}, lines))["function_sum"] is True
