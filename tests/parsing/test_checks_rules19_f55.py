"""Rules found missing or wrong on blind corpus 55: a 预算's grand totals when the words also give 本年收入合计 or
last year's 年初预算数, a title whose year alone differs from every caption, and the tables of projects, their
绩效 targets, procurement and purchased services read from their printed lines."""
from __future__ import annotations

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_year
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Check, ParsedDisclosure

BUDGET = "某县测试局2025年部门预算情况说明\n二、收支预算总体情况\n"


def _parsed(body: str, head: str = BUDGET):
    return parse_disclosure((head + body).encode())


def _checks(body: str, rule: str, head: str = BUDGET) -> list[Check]:
    return [c for c in _parsed(body, head).checks if c.rule == rule]


def _failed(body: str, rule: str, head: str = BUDGET) -> list[tuple[str, str]]:
    return [(c.outcome, c.severity) for c in _checks(body, rule, head) if c.outcome == "fail"]


# ---- a 预算's 收入总计 is the one that balances its 支出总计 ----------------------------------------------------------

WITH_CARRY = ("2025年部门收入预算总计{income}万元，比上年增加20.00万元。收入包括：一般公共预算拨款收入500.00万元，"
              "上年结转100.00万元。本年收入合计500.00万元，加上年结转后与支出总计相等。\n"
              "2025年部门支出预算总计600.00万元，比上年增加20.00万元。\n")


def test_a_budgets_income_total_is_the_grand_total_not_the_years_own_income() -> None:
    parsed = _parsed(WITH_CARRY.format(income="600.00"))
    assert parsed.figures["income_total"].value == 600
    assert parsed.figures["income_total"].change == 20
    assert _failed(WITH_CARRY.format(income="600.00"), "IE-BAL") == []


def test_a_budgets_grand_totals_that_differ_still_fail() -> None:
    assert ("fail", "error") in _failed(WITH_CARRY.format(income="610.00"), "IE-BAL")


LAST_BUDGET = ("2025年部门收入预算总计500.00万元，比上年减少50.00万元。上年执行中追加了资金，上年实际执行数为700.00万元，"
               "附表“上年预算”一栏仍填列年初预算数550.00万元。\n"
               "2025年部门支出预算总计{spending}万元，比上年减少50.00万元。\n")


def test_last_years_opening_budget_named_in_the_words_is_not_this_years_spending() -> None:
    parsed = _parsed(LAST_BUDGET.format(spending="500.00"))
    assert parsed.figures["expenditure_total"].value == 500
    assert _failed(LAST_BUDGET.format(spending="500.00"), "IE-BAL") == []


def test_this_years_spending_read_past_last_years_budget_still_fails_when_unbalanced() -> None:
    assert ("fail", "error") in _failed(LAST_BUDGET.format(spending="520.00"), "IE-BAL")


# ---- FM-YEAR: a title whose year alone differs from every caption ---------------------------------------------------

def _year_checks(title_year: int, captions: list[int]) -> list[Check]:
    words = (f"某县测试局{title_year}年部门预算情况说明\n一、收支预算总体情况\n"
             f"{captions[0]}年部门收入预算总计100.00万元。\n")
    tables = [f"{year}年部门{name}表\n单位：万元\n项目\t金额\n合计\t100.00\n"
              for year, name in zip(captions, ["收支总", "项目支出预算", "政府采购预算", "政府购买服务预算"])]
    result = ParsedDisclosure(unit="某县测试局", year=title_year, kind="预算", scope="部门", figures={})
    return [c for c in fm_year(result, text_of(page_lines([words, *tables]))) if c.outcome == "fail"]


def test_a_title_year_against_three_captions_of_another_year_is_the_one_warning() -> None:
    [check] = _year_checks(2024, [2025, 2025, 2025])
    assert check.page == 1 and check.severity == "warning"
    assert "2024年部门预算情况说明" in check.message and "2025年" in check.message


def test_title_and_captions_of_one_year_pass() -> None:
    assert _year_checks(2025, [2025, 2025, 2025]) == []


def test_two_captions_are_too_few_to_outweigh_the_title() -> None:
    checks = _year_checks(2024, [2025, 2025])
    assert {c.page for c in checks} >= {2, 3}  # each caption is flagged against the title's year


def test_captions_that_disagree_among_themselves_leave_the_title_year() -> None:
    checks = _year_checks(2024, [2025, 2025, 2024, 2025])
    assert all("情况说明" not in c.message for c in checks) and {2, 3, 5} <= {c.page for c in checks}
