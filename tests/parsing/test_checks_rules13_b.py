"""Prose rules fixed for the twentieth and twenty-first blind corpora of the check engine (issue 9, checks_heldout20
and checks_heldout21): a 政府采购 total joined to its figure by 共计/合计/总计 is checked against its kinds, and amounts
printed in the wrong unit are caught, and a 决算's change against its 年初预算 agrees with the 年初预算 it states. Sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.core import Term, at_most
from disclosures.parsing.checks.priors import stated_budget
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wording import pr_proc_sum
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "预算", year: int = 2026) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


def _checks(rule, *pages: str, kind: str = "预算") -> list:
    return list(rule(_result(kind), text_of(page_lines(list(pages)))))


def _failed(rule, *pages: str, kind: str = "预算") -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in _checks(rule, *pages, kind=kind) if c.outcome == "fail"]


# --- PR-PROC-SUM: the total's verb is 共计, 合计, 总计 or 共 as often as 为 ------------------------------------------

@pytest.mark.parametrize("verb", ["共计", "合计", "总计", "共", "为"])
def test_it_reports_a_procurement_total_whatever_verb_joins_it_to_its_figure(verb: str) -> None:
    sentence = f"（二）政府采购情况。2026年政府采购预算{verb}1,564.50万元，其中：货物类1,120.00万元，工程类240.00万元，服务类186.50万元。"
    found = _failed(pr_proc_sum, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PROC-SUM", "error")]
    assert "1564.50" in found[0][2] and "1546.50" in found[0][2]


def test_it_reports_a_procurement_total_named_zong_e_and_joined_by_gong_ji() -> None:
    found = _failed(pr_proc_sum, "政府采购预算总额共计263.00万元，其中货物类184.00万元、服务类89.00万元。")
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PROC-SUM", "error")]


@pytest.mark.parametrize("verb", ["共计", "合计", "为"])
def test_it_passes_a_procurement_total_that_its_kinds_add_up_to(verb: str) -> None:
    sentence = f"2026年政府采购预算{verb}1,546.50万元，其中：货物类1,120.00万元，工程类240.00万元，服务类186.50万元。"
    checks = _checks(pr_proc_sum, sentence)
    assert [(c.rule, c.outcome) for c in checks] == [("PR-PROC-SUM", "pass")]


@pytest.mark.parametrize("verb", ["共计", "合计", "为"])
def test_it_reports_a_procurement_total_printed_in_yuan_under_a_wan_yuan_label(verb: str) -> None:
    sentence = f"2026年政府采购预算{verb}263,000.00万元，其中：货物类18.40万元，工程类0.00万元，服务类7.90万元。"
    found = _failed(pr_proc_sum, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("FM-UNIT-10K", "error")]
    assert "263000.00" in found[0][2] and "26.30" in found[0][2]


# --- FM-UNIT-10K: a part over its whole by a hundredfold that a 元 reading removes ---------------------------------

def _at_most(part: str, whole: str, part_label: str = "机关运行经费", whole_label: str = "基本支出"):
    return at_most("IE-SCOPE-LE", "部分不大于整体", Term(part_label, Decimal(part), 2),
                   Term(whole_label, Decimal(whole), 2))


@pytest.mark.parametrize("part, whole, part_label, whole_label", [
    ("1130000.00", "1070.46", "机关运行经费", "基本支出"),  # 113.00万元 typed in 元
    ("265800.00", "412.30", "公用经费", "基本支出"),
    ("56000.00", "31.20", "“三公”经费", "一般公共预算拨款"),  # 5.60万元 typed in 元
])
def test_it_reads_a_part_a_hundred_times_its_whole_as_a_figure_typed_in_yuan(part: str, whole: str, part_label: str,
                                                                              whole_label: str) -> None:
    check = _at_most(part, whole, part_label, whole_label)
    assert (check.rule, check.outcome, check.severity) == ("FM-UNIT-10K", "fail", "error")
    assert f"若按元计即为{Decimal(part) / 10000:.2f}" in check.message


@pytest.mark.parametrize("part, whole", [
    ("1180.00", "1070.46"),  # a little over: a plain breach, not a unit
    ("15000.00", "14000.00"),  # large amounts, but far from a hundredfold
    ("20000000.00", "1070.46"),  # read as 元 it still exceeds its whole: no unit explains it
])
def test_it_keeps_a_part_over_its_whole_that_no_yuan_reading_explains_as_a_breach(part: str, whole: str) -> None:
    check = _at_most(part, whole)
    assert (check.rule, check.outcome, check.severity) == ("IE-SCOPE-LE", "fail", "warning")


def test_it_passes_a_part_within_its_whole() -> None:
    assert _at_most("113.00", "1070.46").outcome == "pass"


# --- PR-REPEAT: the 年初预算 a change implies against the 年初预算 stated elsewhere -----------------------------------

SANGONG = "2025年一般公共预算财政拨款“三公”经费决算2.83万元，{change}。其中：公务接待费0.38万元。"


def _budget_checks(clause: str, stated: str) -> list:
    figure = Figure("sangong_total", Decimal("2.83"), page=1, source=clause.split("。")[0], display_scale=2)
    result = ParsedDisclosure(unit=UNIT, year=2025, kind="决算", scope="部门", figures={"sangong_total": figure})
    return list(stated_budget(result, text_of(page_lines([clause + stated]))))


@pytest.mark.parametrize("change, stated", [
    ("比年初预算减少0.67万元", "年初预算“三公”经费为3.80万元。"),
    ("较年初预算节约0.67万元", "“三公”经费年初预算数为3.80万元。"),
    ("比年初预算下降0.67万元", "年初预算安排“三公”经费3.80万元。"),
])
def test_it_reports_a_budget_that_the_change_against_it_does_not_imply(change: str, stated: str) -> None:
    checks = [c for c in _budget_checks(SANGONG.format(change=change), stated) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in checks] == [("PR-REPEAT", "error")]
    assert "年初预算应为3.50万元" in checks[0].message and "3.80" in checks[0].message


def test_it_reads_a_rise_against_the_budget_as_a_budget_below_the_actual() -> None:
    checks = _budget_checks(SANGONG.format(change="比年初预算增加0.33万元"), "年初预算“三公”经费为2.50万元。")
    assert [(c.rule, c.outcome) for c in checks] == [("PR-REPEAT", "pass")]


def test_it_passes_a_stated_budget_that_the_change_implies() -> None:
    checks = _budget_checks(SANGONG.format(change="比年初预算减少0.67万元"), "年初预算“三公”经费为3.50万元。")
    assert [(c.rule, c.outcome) for c in checks] == [("PR-REPEAT", "pass")]


@pytest.mark.parametrize("change", [
    "比上年减少0.67万元",  # against last year: the 年初预算 is another quantity
    "年初预算3.20万元，决算数比年初预算减少0.37万元",  # the change follows the budget, not the actual
])
def test_it_leaves_a_budget_that_no_change_against_the_actual_implies(change: str) -> None:
    assert _budget_checks(SANGONG.format(change=change), "年初预算“三公”经费为3.80万元。") == []
