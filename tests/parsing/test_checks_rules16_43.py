"""Readings added for the forty-third blind corpus of the check engine (issue 9, checks_heldout43): a 预算 收支总表
printed stacked (income rows, 收入总计, function classes, 支出总计) with one amount column per year, each column held
to its own totals (IE-INC-SUM, IE-EXP-SUM), last year's column included. Pages and figures written for these tests
(made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks.table_lines import stacked_summary_columns
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Check, ParsedDisclosure

UNIT = "某县测试局"


def _run(page: str, kind: str = "预算") -> list[Check]:
    result = ParsedDisclosure(unit=UNIT, year=2025, kind=kind, scope="部门", figures={})
    return list(stacked_summary_columns(result, text_of(page_lines([page]))))


def _table(*, prior_income_total: str = "1,000.00", this_class: str = "700.00", extra: str = "") -> str:
    return ("某县测试局2025年部门预算说明\n一、收支预算总体情况\n收入总计1,100.00万元。\n\n"
            "附：2025年收支总表（单位：万元）\n"
            "项目    2025年预算数    2024年预算数\n"
            "一般公共预算拨款收入    1,000.00    900.00\n"
            "上年结转    100.00    100.00\n"
            f"{extra}"
            f"收入总计    1,100.00    {prior_income_total}\n"
            f"教育支出    {this_class}    600.00\n"
            "住房保障支出    400.00    400.00\n"
            "支出总计    1,100.00    1,000.00\n")


def _outcomes(checks: list[Check]) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.name) for c in checks]


def test_both_columns_that_add_up_pass() -> None:
    assert _outcomes(_run(_table())) == [
        ("IE-INC-SUM", "pass", "收支总表：收入总计等于各项收入之和"),
        ("IE-EXP-SUM", "pass", "收支总表：支出总计等于各项支出之和"),
        ("IE-INC-SUM", "pass", "收支总表：2024年预算数收入总计等于各项收入之和"),
        ("IE-EXP-SUM", "pass", "收支总表：2024年预算数支出总计等于各项支出之和")]


def test_last_years_income_total_off_its_rows_is_an_error() -> None:
    failed = [c for c in _run(_table(prior_income_total="1,036.00")) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in failed] == [("IE-INC-SUM", "error")]
    assert "差36.00" in failed[0].message
    assert {Decimal(f["value"]) for f in failed[0].figures} == {Decimal("1036.00"), Decimal("900.00"),
                                                               Decimal("100.00")}


def test_this_years_class_off_the_spending_total_is_an_error() -> None:
    failed = [c for c in _run(_table(this_class="710.00")) if c.outcome == "fail"]
    assert [(c.rule, c.severity, c.name) for c in failed] == [
        ("IE-EXP-SUM", "error", "收支总表：支出总计等于各项支出之和")]
    assert "差10.00" in failed[0].message


def test_a_sub_row_or_a_decision_document_leaves_the_table_alone() -> None:
    assert _run(_table(extra="其中：专项收入    50.00    50.00\n")) == []
    assert _run(_table(), kind="决算") == []


def test_a_row_missing_a_column_leaves_the_table_alone() -> None:
    assert _run(_table(extra="事业收入    0.00\n")) == []
