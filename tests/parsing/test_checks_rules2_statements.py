"""Sentence rules of checks/statements.py (issue 9, second blind corpus): a change printed before the prior year's
amount, a rate beside both years' amounts (and on a zero base), a 决算's completion rate, a headcount split by kind
of establishment. Sentences written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.statements import change_then_prior, execution_rate, rate_after_both_years
from disclosures.parsing.checks.splits import split_adds_up
from disclosures.parsing.checks.wholes import headcount_split
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def run(rule, *sentences: str) -> list[tuple[str, str, str]]:
    view = text_of([Line(s) for s in sentences])
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in rule(result, view)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("商务支出650.00万元，比上年减少50.00万元，上年预算为700.00万元，主要是展会压缩。", [("PR-REPEAT", "pass", "error")]),
    ("商务支出650.00万元，比上年增加50.00万元，上年预算为700.00万元，主要是展会压缩。", [("PR-REPEAT", "fail", "error")]),
    ("商务支出650.00万元，较上年减少49.90万元，上年为700.00万元。", [("PR-REPEAT", "fail", "error")]),
    ("商务支出650.00万元，较上年减少49.99万元，上年为700.00万元。", [("PR-REPEAT", "fail", "info")]),  # ≤ 3 half-steps
    ("商务支出650.00万元，比上年减少50.00万元。", []),                                          # no prior amount: n/a
])
def test_it_checks_a_change_printed_before_the_prior_amount(sentence: str, expected: list) -> None:
    assert run(change_then_prior, sentence) == expected


def test_the_change_message_names_both_years_and_the_difference() -> None:
    view = text_of([Line("商务支出650.00万元，比上年增加50.00万元，上年预算为700.00万元。")])
    check = next(change_then_prior(ParsedDisclosure(unit=None, year=2025, kind="预算", scope="部门"), view))
    assert "650.00" in check.message and "700.00" in check.message and "-50.00" in check.message
    assert check.basis == "text" and Decimal(check.figures[0]["value"]) == Decimal("50")  # the change as stated


@pytest.mark.parametrize(("sentence", "expected"), [
    ("公务接待费合计8.00万元，上年为10.00万元，减少2.00万元，下降20.0%。", [("PR-PCT", "pass", "error")]),
    ("公务接待费合计8.00万元，上年为10.00万元，减少2.00万元，下降30.0%。", [("PR-PCT", "fail", "error")]),
    ("公务接待费合计8.00万元，上年为10.00万元，减少2.00万元，下降20.6%。", [("PR-PCT", "fail", "warning")]),  # < 1 pp off
    ("公务接待费合计8.00万元，上年为10.00万元，下降20%。", [("PR-PCT", "pass", "error")]),  # the rate's own half-step
    ("会议费6.00万元，上年为4.00万元，增长50.0%。", [("PR-PCT", "pass", "error")]),
    ("因公出国（境）费5.00万元，上年未安排，较上年增长100%。", [("PR-PCT", "fail", "error")]),  # zero base in words
    ("因公出国（境）费5.00万元，上年为0万元，增长100%。", [("PR-PCT", "fail", "error")]),      # zero base in figures
    ("公务接待费合计8.00万元，上年为10.00万元，增长20.0%。", []),  # a direction against the amounts is PR-DIR's
    ("公务接待费合计8.00万元，比上年减少2.00万元。", []),          # no rate: n/a
])
def test_it_checks_a_rate_printed_beside_both_years(sentence: str, expected: list) -> None:
    assert run(rate_after_both_years, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("年初预算为800.00万元，支出决算为760.00万元，完成年初预算的95.0%。", [("PR-RATE", "pass", "error")]),
    ("年初预算为800.00万元，支出决算为760.00万元，完成年初预算的90.0%。", [("PR-RATE", "fail", "error")]),
    ("年初预算为800.00万元，支出决算为760.00万元，完成年初预算的95.6%。", [("PR-RATE", "fail", "warning")]),
    ("支出决算7.60万元，完成预算的76.0%，预算为10.00万元。", [("PR-RATE", "pass", "error")]),  # budget named after
    ("年初预算为800.00万元，完成年初预算的95.0%。", []),                                         # no actual: n/a
    ("基本支出预算为500.00万元，项目预算为300.00万元，决算为760.00万元，完成预算的95.0%。", []),  # two budgets: n/a
])
def test_it_checks_a_completion_rate_against_budget_and_actual(sentence: str, expected: list) -> None:
    assert run(execution_rate, sentence) == expected


def test_the_rate_check_reads_the_interval_of_the_printed_amounts() -> None:
    # 7.6 / 10 printed with one decimal: 75.5 … 76.5 over 9.95 … 10.05 keeps 76% and rejects 78%
    assert run(execution_rate, "决算为7.6万元，预算为10.0万元，完成预算的76%。") == [("PR-RATE", "pass", "error")]
    assert run(execution_rate, "决算为7.6万元，预算为10.0万元，完成预算的78%。")[0][1] == "fail"
    assert Decimal("7.6") / Decimal("10.0") * 100 == Decimal("76")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("本局核定编制30名，其中行政编制18名、事业编制12名；实有28人。", [("PR-HEAD-SUM", "pass", "warning")]),
    ("本局核定编制30名，其中行政编制18名、事业编制11名；实有28人。", [("PR-HEAD-SUM", "fail", "warning")]),
    ("实有人数40人，其中行政编制人员25人，事业编制人员10人，工勤人员5人。", [("PR-HEAD-SUM", "pass", "warning")]),
    ("实有人数40人，其中行政编制人员25人，事业编制人员16人。", [("PR-HEAD-SUM", "fail", "warning")]),  # exact: 1 off
    ("编制30名，其中局机关22名。", []),                                   # one part: a partial list, not a split
    ("实有人数40人，其中党员22人、女职工9人。", []),                      # parts that are not kinds of establishment
    ("编制合计30名，其中局机关22名、检测站8名。", []),                     # member units: PR-HEAD-SUM on unit rows
])
def test_it_adds_a_headcount_split_by_kind(sentence: str, expected: list) -> None:
    assert run(headcount_split, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2025年一般公共预算拨款支出900.00万元，其中基本支出600.00万元，项目支出300.00万元。", [("IE-BP", "pass", "error")]),
    ("2025年一般公共预算拨款支出960.00万元，其中基本支出600.00万元，项目支出300.00万元。", [("IE-BP", "fail", "error")]),
    ("支出预算900.01万元，其中基本支出600.00万元，项目支出300.00万元。", [("IE-BP", "fail", "info")]),  # ≤ 3 half-steps
    ("一般公共预算拨款支出900.00万元，按经济性质：基本支出600.00万元，其中机关运行经费40.00万元；项目支出320.00万元。",
     [("IE-BP", "fail", "error")]),
    ("支出预算950.00万元，其中基本支出600.00万元，项目支出300.00万元，事业单位经营支出50.00万元。", []),  # a third part
    ("支出合计950.00万元，其中基本支出600.00万元。另有项目支出300.00万元。", []),  # not one sentence
])
def test_it_adds_a_totals_own_split(sentence: str, expected: list) -> None:
    assert run(split_adds_up, sentence) == expected


def test_the_split_is_left_to_ie_bp_when_the_figures_hold_the_same_amounts() -> None:
    from disclosures.parsing.types import Figure
    view = text_of([Line("支出预算960.00万元，其中基本支出600.00万元，项目支出300.00万元。")])
    result = ParsedDisclosure(unit=None, year=2025, kind="预算", scope="部门", figures={
        "expenditure_total": Figure(metric="expenditure_total", value=Decimal("960.00")),
        "basic_expenditure": Figure(metric="basic_expenditure", value=Decimal("600.00")),
        "project_expenditure": Figure(metric="project_expenditure", value=Decimal("300.00"))})
    assert list(split_adds_up(result, view)) == []
