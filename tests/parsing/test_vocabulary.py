"""The shared vocabulary: one table of words per metric, read by prose rules and table readers."""
from __future__ import annotations

import pytest

from disclosures.parsing.metrics import METRICS
from disclosures.parsing.vocabulary import VOCABULARY, label_pattern, metric_for_label


@pytest.mark.parametrize(("label", "metric"), [
    ("公务用车购置及运行维护费", "vehicle_total"),
    ("公务用车购置及运行费", "vehicle_total"),
    ("运行维护及购置费", "vehicle_total"),
    ("公务用车购置费", "vehicle_purchase"),
    ("公务用车购置支出", "vehicle_purchase"),
    ("公务用车运行维护费", "vehicle_operation"),
    ("公务车运维费", "vehicle_operation"),
    ("（一）因公出国（境）费", "outbound_travel"),
    ("1. 因公出国(境)费用", "outbound_travel"),
    ("公务接待费（万元）", "reception"),
    ("国内公务接待费", "reception"),
    ("“三公”经费合计", "sangong_total"),
    ("三公经费预算数", "sangong_total"),
    ("2025年“三公”经费", "sangong_total"),
    ("機關運行經費", "operating_costs"),
    ("一般公共预算拨款收入", "general_budget_appropriation"),
    ("政府性基金预算拨款", "gov_fund_appropriation"),
    ("上年结转结余", "carryover"),
    ("基本支出", "basic_expenditure"),
    ("专项项目支出", "project_expenditure"),
    ("政府采购预算总额", "procurement_total"),
    ("收入总数", "income_total"),
    ("支出总数", "expenditure_total"),
    ("在职人员总数", "staff_actual"),
    ("公务接待", "reception"),  # items named without their closing 费
    ("公车购置", "vehicle_purchase"),
    ("公务用车运行维护", "vehicle_operation"),
    ("因公出国（境）", "outbound_travel"),
    ("公车购置及运行维护", "vehicle_total"),
])
def test_it_names_the_metric_of_a_label(label: str, metric: str) -> None:
    assert metric_for_label(label) == metric


@pytest.mark.parametrize("label", ["一般公共服务支出", "工资福利支出", "人员经费", "", "   ", "合计",
                                   "公务接待批次", "公务用车购置计划", "出国（境）"])
def test_it_names_no_metric_for_labels_that_are_not_one(label: str) -> None:
    assert metric_for_label(label) is None


@pytest.mark.parametrize(("label", "metric"), [
    ("小计", "vehicle_total"), ("购置费", "vehicle_purchase"), ("运行费", "vehicle_operation"),
    ("合计", "sangong_total"),
])
def test_it_reads_the_short_words_of_a_table_header_only_for_tables(label: str, metric: str) -> None:
    assert metric_for_label(label, table=True) == metric
    assert metric_for_label(label) is None


def test_it_has_a_vocabulary_entry_with_the_metric_unit_for_every_metric() -> None:
    assert set(VOCABULARY) == set(METRICS)
    assert all(VOCABULARY[key].unit == METRICS[key].unit for key in METRICS)


def test_it_joins_the_labels_of_a_metric_into_one_pattern() -> None:
    import re
    assert re.fullmatch(label_pattern("vehicle_purchase"), "公务车购置费")
    assert not re.fullmatch(label_pattern("vehicle_purchase"), "公务接待费")
