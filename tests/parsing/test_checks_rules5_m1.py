"""Rules fixed for the eighth blind corpus of the check engine (issue 9, checks_heldout8; its false alarms and table
items), each on statements written for these tests (made-up units and figures):

- IE-INC-SUM: the year's own income (本年收入, or a 决算's 收入合计) leaves out the carry-over (年初结转和结余, 上年结转)
  printed after it; a 收入总计 and a 预算's plain 收入合计 still count it.
- PR-PROC-BOUND: the procurement outside 一般公共预算 may be paid from the 政府性基金 income unless the text states the
  政府性基金's own procurement, which is then set aside with that income.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from disclosures.parsing.checks.text import pr_proc_bound, text_of
from disclosures.parsing.checks.wording import ie_inc_sum
from disclosures.parsing.types import Figure, ParsedDisclosure


@dataclass
class Line:
    text: str
    page: int = 1
    tabular: bool = False


def run(rule, *lines: str, kind: str = "预算", figures: dict | None = None) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind=kind, scope="部门", figures=figures or {})
    return [(c.rule, c.outcome, c.severity) for c in rule(result, text_of([Line(text) for text in lines]))]


# ---- IE-INC-SUM: the year's income leaves the carry-over out ------------------------------------------------------

YEAR_INCOME = "2024年度本年收入{total}万元，其中财政拨款收入{grant}万元，事业收入120.00万元；年初结转和结余60.00万元。"


@pytest.mark.parametrize(("total", "grant", "kind", "expected"), [
    ("1,020.00", "900.00", "决算", ("IE-INC-SUM", "pass", "error")),
    ("1,020.00", "900.00", "预算", ("IE-INC-SUM", "pass", "error")),  # 本年 says it in a 预算 too
    ("1,080.00", "900.00", "决算", ("IE-INC-SUM", "fail", "error")),  # the old reading (with the carry-over) is wrong
    ("1,020.01", "900.00", "决算", ("IE-INC-SUM", "fail", "info")),   # within 3 × 0.005
    ("1,020.02", "900.00", "决算", ("IE-INC-SUM", "fail", "error")),  # just beyond it
    ("1,000.00", "900.00", "决算", ("IE-INC-SUM", "fail", "error")),  # the parts overshoot the total
])
def test_the_years_own_income_does_not_count_the_carry_over(total: str, grant: str, kind: str, expected) -> None:
    assert run(ie_inc_sum, YEAR_INCOME.format(total=total, grant=grant), kind=kind) == [expected]


def test_a_finals_plain_income_total_is_the_years_own() -> None:
    text = "2024年收入合计510.00万元，其中财政拨款收入470.00万元、其他收入40.00万元；年初结转和结余35.00万元。"
    assert run(ie_inc_sum, text, kind="决算") == [("IE-INC-SUM", "pass", "error")]
    assert run(ie_inc_sum, text.replace("510.00", "545.00"), kind="决算") == [("IE-INC-SUM", "fail", "error")]


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # a 预算's plain 收入合计 holds its 上年结转 (f3's convention, unchanged)
    ("收入预算合计520.40万元，其中：一般公共预算拨款收入480.40万元，事业收入25.00万元，上年结转15.00万元。", "预算",
     ("IE-INC-SUM", "pass", "error")),
    ("收入预算合计505.40万元，其中：一般公共预算拨款收入480.40万元，事业收入25.00万元，上年结转15.00万元。", "预算",
     ("IE-INC-SUM", "fail", "error")),
    # a 收入总计 holds the carry-over, in a 决算 too
    ("2024年收入总计545.00万元，其中财政拨款收入470.00万元、其他收入40.00万元、年初结转和结余35.00万元。", "决算",
     ("IE-INC-SUM", "pass", "error")),
    ("2024年收入总计510.00万元，其中财政拨款收入470.00万元、其他收入40.00万元、年初结转和结余35.00万元。", "决算",
     ("IE-INC-SUM", "fail", "error")),
])
def test_a_grand_total_and_a_budgets_income_total_still_count_the_carry_over(text: str, kind: str, expected) -> None:
    assert run(ie_inc_sum, text, kind=kind) == [expected]


def test_a_list_left_with_one_source_after_the_carry_over_is_not_checked() -> None:
    text = "2024年度本年收入900.00万元，其中财政拨款收入900.00万元；年初结转和结余60.00万元。"
    assert run(ie_inc_sum, text, kind="决算") == []


# ---- PR-PROC-BOUND: the 政府性基金 income may pay for the rest of the procurement ----------------------------------

def figures(fund: str | None = "300.00") -> dict:
    found = {"procurement_total": Figure("procurement_total", Decimal("500.00"), page=1),
             "income_total": Figure("income_total", Decimal("2450.00"), page=1, source="收入预算2,450.00万元"),
             "general_budget_appropriation": Figure("general_budget_appropriation", Decimal("2100.00"), page=1)}
    if fund is not None:
        found["gov_fund_appropriation"] = Figure("gov_fund_appropriation", Decimal(fund), page=1)
    return found  # income outside 一般公共预算: 300.00 fund + 50.00 carry-over


PROCURED = "政府采购预算总额500.00万元，其中一般公共预算拨款安排的政府采购{general}万元，其余由政府性基金安排。"


@pytest.mark.parametrize(("general", "fund", "expected"), [
    ("300.00", "300.00", ("PR-PROC-BOUND", "pass", "warning")),   # 200 of the rest ≤ 350 (fund + carry-over)
    ("150.00", "300.00", ("PR-PROC-BOUND", "pass", "warning")),   # 350 of the rest = 350, at the bound
    ("149.00", "300.00", ("PR-PROC-BOUND", "fail", "warning")),   # 351 beyond it
    ("300.00", None, ("PR-PROC-BOUND", "fail", "warning")),       # no 政府性基金: 200 of the rest > the 50.00 carry-over
])
def test_the_rest_of_the_procurement_may_be_paid_from_the_fund(general: str, fund: str | None, expected) -> None:
    found = figures(fund)
    if fund is None:  # the income outside 一般公共预算 is then only the 50.00 carry-over
        found["income_total"] = Figure("income_total", Decimal("2150.00"), page=1, source="收入预算2,150.00万元")
    assert run(pr_proc_bound, PROCURED.format(general=general), figures=found) == [expected]


def test_a_stated_fund_procurement_is_set_aside_with_the_fund_income() -> None:
    text = ("政府采购预算总额500.00万元，其中一般公共预算拨款安排的政府采购300.00万元，"
            "政府性基金安排的政府采购{fund}万元。")
    assert run(pr_proc_bound, text.format(fund="150.00"), figures=figures()) == [("PR-PROC-BOUND", "pass", "warning")]
    # 500 − 300 − 100 = 100 bought outside both, beyond the 50.00 carry-over
    assert run(pr_proc_bound, text.format(fund="100.00"), figures=figures()) == [("PR-PROC-BOUND", "fail", "warning")]


def test_no_bound_without_the_general_budget_part() -> None:
    assert run(pr_proc_bound, "政府采购预算总额500.00万元，其余由政府性基金安排。", figures=figures()) == []
