"""IE-EXP-SUM's severity (issue 9, third blind corpus): a list of function classes printed in full in the prose, each
class named and every amount exact, that adds to less than the stated 支出合计 is an error (CHECKS.md); a table's class
rows that fall short stay a warning (a row may be cut by a page or misread). Figures made up for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.figures import ie_exp_sum
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure

CLASSES = [("201", "一般公共服务支出", "300.00"), ("208", "社会保障和就业支出", "45.50"), ("221", "住房保障支出", "24.50")]


def run(total: str, *, table: str | None = None, code: bool = True) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    result.figures["expenditure_total"] = Figure(metric="expenditure_total", value=Decimal(total), page=1,
                                                 source=f"支出预算{total}万元", fund_scope="全口径", origin="prose")
    result.expenditure_by_function = [
        FunctionLine(name, Decimal(value), code if code else None, 1, f"{name}{value}万元", table=table)
        for code, name, value in CLASSES]
    return [(c.rule, c.outcome, c.severity) for c in ie_exp_sum(result)]


@pytest.mark.parametrize(("total", "expected"), [
    ("370.00", ("IE-EXP-SUM", "pass", "error")),
    ("380.00", ("IE-EXP-SUM", "fail", "error")),   # the prose classes add to 370.00
    ("360.00", ("IE-EXP-SUM", "fail", "error")),
    ("370.01", ("IE-EXP-SUM", "fail", "info")),    # within the half-steps
])
def test_it_holds_a_list_printed_in_full_to_its_total(total: str, expected: tuple[str, str, str]) -> None:
    assert run(total) == [expected]


def test_it_keeps_a_short_table_sum_a_warning() -> None:
    assert run("380.00", table="部门支出总表") == [("IE-EXP-SUM", "fail", "warning")]
