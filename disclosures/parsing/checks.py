"""The few arithmetic checks the parser runs itself; the full engine (CHECKS.md) is a later issue."""
from __future__ import annotations

from decimal import Decimal

from .metrics import SANGONG_PARTS
from .types import Check, ParsedDisclosure


def run_checks(result: ParsedDisclosure) -> list[Check]:
    checks = []
    figures = result.figures
    parts = [figures.get(k) for k in SANGONG_PARTS]
    total = figures.get("sangong_total")
    if total and total.value is not None:
        if all(p is not None and p.value is not None for p in parts):
            values = [p.value for p in parts]  # type: ignore[union-attr]
            detail = "+".join(_fmt(v) for v in values) + f"={_fmt(sum(values, Decimal(0)))}，合计{_fmt(total.value)}"
            checks.append(Check("sangong_sum", sum(values, Decimal(0)) == total.value, detail))
        else:
            checks.append(Check("sangong_sum", None, "“三公”经费分项不全，无法核对合计"))
    basic, project, general = (figures.get(k) for k in ("basic_expenditure", "project_expenditure",
                                                          "general_budget_appropriation"))
    if basic and project and general and None not in (basic.value, project.value, general.value):
        total_bp = basic.value + project.value  # type: ignore[operator]
        checks.append(Check("basic_plus_project", total_bp == general.value,
                            f"{_fmt(basic.value)}+{_fmt(project.value)}={_fmt(total_bp)}，一般公共预算财政拨款{_fmt(general.value)}"))
    if result.expenditure_by_function and figures.get("expenditure_total"):
        spent = sum((line.value for line in result.expenditure_by_function), Decimal(0))
        stated = figures["expenditure_total"].value
        checks.append(Check("function_sum", spent == stated,
                            f"功能分类合计{_fmt(spent)}，支出合计{_fmt(stated)}"))
    return checks


def _fmt(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
