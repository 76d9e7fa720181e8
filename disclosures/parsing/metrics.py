"""The metric keys of shared/spec/METRICS.md, their Chinese labels and what they count.

Both the parser and the web app read this table, so a metric is named in one place.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    key: str
    label: str  # Chinese label shown in the UI and sheets
    unit: str  # "万元" for amounts, "人" or "辆" for counts
    group: str  # sheet/table grouping: 收支, 三公, 运行, 人员车辆, 其他


METRICS: dict[str, Metric] = {
    m.key: m
    for m in [
        Metric("income_total", "收入预算合计", "万元", "收支"),
        Metric("expenditure_total", "支出预算合计", "万元", "收支"),
        Metric("general_budget_appropriation", "一般公共预算拨款", "万元", "收支"),
        Metric("gov_fund_appropriation", "政府性基金预算拨款", "万元", "收支"),
        Metric("carryover", "上年结转结余", "万元", "收支"),
        Metric("basic_expenditure", "基本支出", "万元", "收支"),
        Metric("project_expenditure", "项目支出", "万元", "收支"),
        Metric("sangong_total", "“三公”经费合计", "万元", "三公"),
        Metric("outbound_travel", "因公出国（境）费", "万元", "三公"),
        Metric("vehicle_purchase", "公务用车购置费", "万元", "三公"),
        Metric("vehicle_operation", "公务用车运行维护费", "万元", "三公"),
        Metric("vehicle_total", "公务用车购置及运行维护费", "万元", "三公"),
        Metric("reception", "公务接待费", "万元", "三公"),
        Metric("operating_costs", "机关运行经费", "万元", "运行"),
        Metric("procurement_total", "政府采购预算总额", "万元", "其他"),
        Metric("performance_managed_funds", "实行绩效目标管理的财政拨款", "万元", "其他"),
        Metric("commissioned_services", "委托业务费", "万元", "其他"),
        Metric("vehicles_count", "车辆总数", "辆", "人员车辆"),
        Metric("vehicles_purchase_planned", "当年安排购置车辆", "辆", "人员车辆"),
        Metric("staff_authorized", "编制数", "人", "人员车辆"),
        Metric("staff_actual", "实有人数", "人", "人员车辆"),
    ]
}

SANGONG_PARTS = ("outbound_travel", "vehicle_purchase", "vehicle_operation", "reception")
COUNT_METRICS = frozenset(k for k, m in METRICS.items() if m.unit != "万元")
