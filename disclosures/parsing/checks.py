"""The few arithmetic checks the parser runs itself; the full engine (CHECKS.md) is a later issue."""
from __future__ import annotations

from decimal import Decimal

from .metrics import SANGONG_PARTS
from .types import Check, ParsedDisclosure


def run_checks(result: ParsedDisclosure) -> list[Check]:
    checks = []
    figures = result.figures
    parts = [figures.get(k) for k in SANGONG_PARTS]
    if any(p is None for p in parts[1:3]) and figures.get("vehicle_total") is not None:
        # "公务用车购置及运行维护费X万元" without its two parts: the sum is checked with the combined item.
        parts = [figures.get("outbound_travel"), figures["vehicle_total"], figures.get("reception")]
    total = figures.get("sangong_total")
    if total and total.value is not None:
        if all(p is not None and p.value is not None for p in parts):
            values = [p.value for p in parts]  # type: ignore[union-attr]
            detail = "+".join(_fmt(v) for v in values) + f"={_fmt(sum(values, Decimal(0)))}，合计{_fmt(total.value)}"
            checks.append(Check("sangong_sum", sum(values, Decimal(0)) == total.value, detail))
        else:
            checks.append(Check("sangong_sum", None, "“三公”经费分项不全，无法核对合计"))
    basic, project = figures.get("basic_expenditure"), figures.get("project_expenditure")
    # 基本+项目 add up to the total of the same funds: all funds (收支总表, 决算 三) or 一般公共预算 (预算 三).
    all_funds = any(f is not None and f.fund_scope == "全口径" for f in (basic, project))
    whole = figures.get("expenditure_total" if all_funds else "general_budget_appropriation")
    whole_label = "支出合计" if all_funds else "一般公共预算财政拨款"
    if basic and project and whole and None not in (basic.value, project.value, whole.value):
        total_bp = basic.value + project.value  # type: ignore[operator]
        checks.append(Check("basic_plus_project", total_bp == whole.value,
                            f"{_fmt(basic.value)}+{_fmt(project.value)}={_fmt(total_bp)}，{whole_label}{_fmt(whole.value)}"))
    lines = result.expenditure_by_function
    general_lines = bool(lines) and all(line.fund_scope == "一般公共预算财政拨款" for line in lines)
    stated_figure = figures.get("general_budget_appropriation" if general_lines else "expenditure_total")
    if lines and stated_figure and stated_figure.value is not None:
        spent = sum((line.value for line in lines), Decimal(0))
        label = "一般公共预算财政拨款支出" if general_lines else "支出合计"
        checks.append(Check("function_sum", spent == stated_figure.value,
                            f"功能分类合计{_fmt(spent)}，{label}{_fmt(stated_figure.value)}"))
    return checks


def _fmt(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
