"""The same quantity stated twice in the words, by subject and scope (issue 9, family “prose repeats”): 基本支出 and
项目支出 printed in two sentences of one scope (PR-REPEAT), a 预算's 财政拨款收入 and 支出 in one sentence, and a fund's
appropriation listed among the sources against its own section's spending (IE-BAL in words). Sentences written for
these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks.subjects import ie_bal_fund_in_words, pr_repeat_split
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure

D = Decimal


def _result(kind: str = "预算", income: str = "500.00", general: str = "400.00") -> ParsedDisclosure:
    figures = {key: Figure(key, D(value), display_scale=2, source="句", page=1, origin="prose")
               for key, value in (("income_total", income), ("general_budget_appropriation", general))}
    return ParsedDisclosure(unit="某县测试站", year=2025, kind=kind, scope="单位", figures=figures)


def _checks(rule, text: str, result: ParsedDisclosure | None = None) -> list:
    return list(rule(result or _result(), text_of(page_lines([text]))))


def _fails(rule, text: str, result: ParsedDisclosure | None = None) -> list[tuple[str, str]]:
    return [(c.rule, c.severity) for c in _checks(rule, text, result) if c.outcome == "fail"]


ALL = "二、收支预算总体情况\n2025年部门支出预算500.00万元，其中基本支出300.00万元，项目支出200.00万元。\n"
FISCAL = ("三、一般公共预算财政拨款支出预算情况\n2025年一般公共预算财政拨款支出400.00万元，比上年增加10.00万元。"
          "其中：基本支出{basic}万元，项目支出{project}万元。\n")
SPLIT = "按支出性质分：基本支出{basic}万元，项目支出{project}万元。\n"


# ---- pr_repeat_split ----------------------------------------------------------------------------------------------

def test_split_printed_twice_in_the_all_funds_part_passes_when_equal() -> None:
    text = ALL + SPLIT.format(basic="300.00", project="200.00") + FISCAL.format(basic="300.00", project="100.00")
    checks = _checks(pr_repeat_split, text)
    assert checks and all(c.outcome == "pass" for c in checks)


def test_split_of_the_fiscal_part_is_another_quantity() -> None:
    # 项目支出 200.00 (all funds) and 100.00 (财政拨款) are two scopes: nothing to compare across them
    assert _fails(pr_repeat_split, ALL + FISCAL.format(basic="300.00", project="100.00")) == []


def test_split_printed_twice_in_one_scope_with_two_amounts_is_an_error() -> None:
    text = ALL + SPLIT.format(basic="330.00", project="200.00")
    assert _fails(pr_repeat_split, text) == [("PR-REPEAT", "error")]


def test_split_differing_by_its_last_digit_is_a_warning() -> None:
    # 300.00 and 300.01, printed to one step: not rounding, two readings of one number (CHECKS.md §0.2 rule 5)
    assert _fails(pr_repeat_split, ALL + SPLIT.format(basic="300.01", project="200.00")) == [("PR-REPEAT", "warning")]


def test_split_whose_scope_only_the_heading_gives_is_a_warning() -> None:
    text = FISCAL.format(basic="300.00", project="100.00") + "（二）支出结构\n基本支出360.00万元。\n"
    assert _fails(pr_repeat_split, text) == [("PR-REPEAT", "warning")]


def test_a_document_of_one_fund_compares_across_its_parts() -> None:
    one = _result(income="400.00", general="400.00")
    text = ("二、收支预算总体情况\n2025年部门支出预算400.00万元，其中基本支出300.00万元，项目支出100.00万元。\n"
            + FISCAL.format(basic="300.00", project="110.00"))
    assert _fails(pr_repeat_split, text, one) == [("PR-REPEAT", "error")]


def test_a_split_of_last_year_or_a_comparison_is_not_this_years() -> None:
    text = ALL + "上年基本支出280.00万元。绩效目标涉及项目支出150.00万元。\n"
    assert _fails(pr_repeat_split, text) == []


def test_a_split_of_another_fund_or_a_cost_is_left_alone() -> None:
    text = (ALL + "五、政府性基金预算支出情况\n2025年政府性基金预算支出100.00万元，其中项目支出100.00万元。\n"
            "公务用车运行维护费8.00万元，比上年减少1.00万元，其中基本支出安排6.00万元。\n")
    assert _fails(pr_repeat_split, text) == []


# ---- ie_bal_fund_in_words ------------------------------------------------------------------------------------------

PAIR = "三、财政拨款收支预算总体情况\n2025年财政拨款收入预算{income}万元，包括一般公共预算拨款400.00万元；财政拨款支出预算{spend}万元。\n"


def test_fiscal_income_and_spending_in_one_sentence_balance() -> None:
    checks = _checks(ie_bal_fund_in_words, PAIR.format(income="400.00", spend="400.00"))
    assert any(c.rule == "IE-BAL" and c.outcome == "pass" for c in checks)


def test_fiscal_income_and_spending_that_differ_are_an_error() -> None:
    assert ("IE-BAL", "error") in _fails(ie_bal_fund_in_words, PAIR.format(income="400.00", spend="409.00"))


def test_fiscal_income_and_spending_at_the_last_digit_are_a_warning() -> None:
    assert _fails(ie_bal_fund_in_words, PAIR.format(income="400.00", spend="400.01")) == [("IE-BAL", "warning")]


def test_no_balance_is_asked_of_a_final_account_or_of_spending_the_stated_carry_over() -> None:
    text = PAIR.format(income="400.00", spend="409.00")
    assert _fails(ie_bal_fund_in_words, text, _result(kind="决算")) == []
    assert _fails(ie_bal_fund_in_words, text + "另有上年结转资金9.00万元。\n") == []
    assert _fails(ie_bal_fund_in_words, text + "另有上年结转资金8.99万元。\n") == []  # at the tolerance edge


def test_with_a_carry_over_spending_above_income_by_another_amount_is_a_warning() -> None:
    text = PAIR.format(income="400.00", spend="409.00") + "另有上年结转资金1.31万元。\n"
    checks = [c for c in _checks(ie_bal_fund_in_words, text) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in checks] == [("IE-BAL", "warning")]
    assert "多9.00万元" in checks[0].message and "1.31万元" in checks[0].message


def test_with_a_carry_over_spending_below_income_is_still_an_error() -> None:
    # a carry-over can only raise a 预算's spending above its income, never lower it
    text = PAIR.format(income="403.00", spend="400.00") + "另有上年结转资金1.31万元。\n"
    assert _fails(ie_bal_fund_in_words, text) == [("IE-BAL", "error")]


def test_a_funds_appropriation_against_its_own_sections_spending() -> None:
    sources = "二、收支预算总体情况\n2025年部门收入预算500.00万元，其中：一般公共预算拨款400.00万元，政府性基金预算拨款100.00万元。\n"
    good = sources + "五、政府性基金预算支出情况\n2025年政府性基金预算支出100.00万元，全部为项目支出。\n"
    bad = sources + "五、政府性基金预算支出情况\n2025年政府性基金预算支出90.00万元，全部为项目支出。\n"
    assert _fails(ie_bal_fund_in_words, good) == []
    assert _fails(ie_bal_fund_in_words, bad) == [("IE-BAL", "error")]


def test_a_funds_appropriation_listed_twice_reads_the_same() -> None:
    text = ("二、收支预算总体情况\n2025年部门收入预算500.00万元，其中：一般公共预算拨款400.00万元，事业收入100.00万元。\n"
            "三、财政拨款收支预算总体情况\n2025年财政拨款收入预算400.01万元，包括一般公共预算拨款400.01万元。\n")
    assert ("PR-REPEAT", "warning") in _fails(ie_bal_fund_in_words, text)


def test_an_appropriation_that_funds_a_part_is_no_source() -> None:
    text = ("二、收支预算总体情况\n2025年部门收入预算500.00万元，其中：一般公共预算拨款400.00万元，事业收入100.00万元。\n"
            "项目支出200.00万元，其中一般公共预算拨款安排150.00万元。\n")
    assert _fails(ie_bal_fund_in_words, text) == []
