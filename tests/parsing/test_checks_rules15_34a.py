"""Amounts printed in 千元 (checks_heldout34, issue 9): the check engine knows 千元 as it knows 元, 万元 and 亿元, so
a figure printed in 千元 keeps its own half-step (0.005千元, not 0.005万元) and its message quotes it as printed.
Figures made up for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.core import UNIT_FACTOR, Term, compare, term
from disclosures.parsing.numbers import AMOUNT_RE
from disclosures.parsing.types import Figure


def _thousand(label: str, printed: str, scale: int = 2) -> Term:
    """A term printed in 千元, stored (as every term) in 万元."""
    return Term(label, Decimal(printed.replace(",", "").replace(" ", "")) * Decimal("0.1"), scale, "千元", 3)


def test_kilo_yuan_is_a_known_unit_worth_a_tenth_of_a_wan_yuan() -> None:
    assert UNIT_FACTOR["千元"] == Decimal("0.1")


def test_a_kilo_yuan_figure_keeps_its_unit_as_a_term() -> None:
    figure = Figure("sangong_reception", Decimal("2.80"), page=3, source="公务接待费28.00千元", display_scale=2,
                    source_unit="千元")
    made = term(figure, "公务接待费")
    assert made.unit == "千元"
    assert made.half == Decimal("0.0005")  # half of 0.01千元, in 万元


def test_a_kilo_yuan_sum_that_is_off_quotes_the_printed_figures() -> None:
    whole = [_thousand("“三公”经费合计", "78.00")]
    parts = [_thousand("公务用车运行维护费", "56.00"), _thousand("公务接待费", "12.00")]
    check = compare("SG-SUM", "三公合计", whole, parts)
    assert (check.outcome, check.severity) == ("fail", "error")
    assert "78.00千元" in check.message and "56.00千元" in check.message and "12.00千元" in check.message
    assert check.tolerance == Decimal("0.0015")


def test_a_kilo_yuan_sum_that_holds_passes() -> None:
    check = compare("SG-SUM", "三公合计", [_thousand("合计", "68.00")],
                    [_thousand("运行维护费", "56.00"), _thousand("接待费", "12.00")])
    assert check.outcome == "pass"


def test_a_kilo_yuan_gap_inside_the_half_steps_is_only_rounding() -> None:
    # 68.0 + 0.01 千元 against 56.00 + 12.00: three half-steps of 0.005千元 (0.0015万元) cover a 0.001万元 gap
    check = compare("SG-SUM", "三公合计", [_thousand("合计", "68.01")],
                    [_thousand("运行维护费", "56.00"), _thousand("接待费", "12.00")])
    assert (check.outcome, check.severity) == ("fail", "info")
    off = compare("SG-SUM", "三公合计", [_thousand("合计", "68.02")],
                  [_thousand("运行维护费", "56.00"), _thousand("接待费", "12.00")])
    assert (off.outcome, off.severity) == ("fail", "error")


@pytest.mark.parametrize("printed, value", [("88,465.20千元", "8846.520"), ("1 234.5千元", None)])
def test_the_number_reader_takes_kilo_yuan(printed: str, value: str | None) -> None:
    found = AMOUNT_RE.search(printed.replace(" ", ""))
    assert found is not None and found.group("unit") == "千元"
    if value is not None:
        assert Decimal(found.group("num").replace(",", "")) * UNIT_FACTOR["千元"] == Decimal(value)


# --- PR-PCT / PR-DIR: the change reader takes amounts in 千元 ---------------------------------------------------------

from disclosures.parsing.checks.changes import change_on_last_year  # noqa: E402
from disclosures.parsing.checks.text import text_of  # noqa: E402
from disclosures.parsing.text import page_lines  # noqa: E402
from disclosures.parsing.types import ParsedDisclosure  # noqa: E402


def _failed(*pages: str) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县测试局", year=2026, kind="预算", scope="部门", figures={})
    return [(c.rule, c.severity, c.message) for c in change_on_last_year(result, text_of(page_lines(list(pages))))
            if c.outcome == "fail"]


@pytest.mark.parametrize("sentence", [
    "2026年收入预算合计6,420.00千元，比上年增加320.00千元，增长6.8%。",
    "2026年收入预算合计6 420.00千元，比上年增加320.00千元，增长6.8%。",
    "2026年收入预算合计6,420.00千元，比上年增加\n320.00千元，增长6.8%。",
])
def test_it_reports_a_rate_that_misses_a_kilo_yuan_change(sentence: str) -> None:
    # 320.00 / (6,420.00 - 320.00) = 5.25%, not 6.8%
    found = _failed(sentence)
    assert [rule for rule, _, _ in found] == ["PR-PCT"]
    assert "6.8%" in found[0][2] and "5.25%" in found[0][2] and "320.00千元" in found[0][2]


def test_it_passes_a_rate_that_fits_a_kilo_yuan_change() -> None:
    assert _failed("2026年收入预算合计6,420.00千元，比上年增加320.00千元，增长5.2%。") == []


# --- PR-HEAD-SUM: a split after a full stop, each unit's count with its own 实有, units named the sentence before ---

from disclosures.parsing.checks.wholes import headcount_split  # noqa: E402


def _heads(*pages: str) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县测试局", year=2026, kind="预算", scope="部门", figures={})
    return [(c.rule, c.outcome, c.message) for c in headcount_split(result, text_of(page_lines(list(pages))))]


@pytest.mark.parametrize("sentence", [
    "本部门由2个预算单位组成，分别为局机关、调解处。年末编制38人，实有35人。其中局机关实有25人，调解处实有8人。",
    "本部门由两个预算单位组成，即局机关和调解处。年末编制38人，实有35人。其中：局机关实有25人，调解处实有8人。",
    "本部门由2个预算单位组成，分别为局机关、调解处。年末编制38人，实有35人。\n其中局机关25人，调解处8人。",
])
def test_it_adds_a_split_by_named_units_after_a_full_stop(sentence: str) -> None:
    found = _heads(sentence)
    assert [(rule, outcome) for rule, outcome, _ in found] == [("PR-HEAD-SUM", "fail")]
    assert "35" in found[0][2] and "局机关25+调解处8=33" in found[0][2]


def test_it_passes_a_split_by_named_units_that_adds_up() -> None:
    found = _heads("本部门由2个预算单位组成，分别为局机关、调解处。年末编制38人，实有33人。其中局机关实有25人，调解处实有8人。")
    assert [(rule, outcome) for rule, outcome, _ in found] == [("PR-HEAD-SUM", "pass")]


def test_it_leaves_a_split_whose_units_are_not_all_named() -> None:
    # three units counted, two listed: the list may be partial
    assert _heads("本部门由3个预算单位组成，分别为局机关、调解处、法援中心。年末编制38人，实有35人。"
                  "其中局机关实有25人，调解处实有8人。") == []


# --- the parser: a 收支总表 printed as “收支总体情况表” is read as one (its totals then meet TB-T1 / IE-BAL) -------------

from disclosures.parsing.attachments import table_kind  # noqa: E402


@pytest.mark.parametrize("caption", ["表一 收支总体情况表", "2026年部门收支总体情况表", "表1  收入支出预算总体情况表"])
def test_an_overall_income_and_spending_table_is_a_summary_table(caption: str) -> None:
    assert table_kind(caption) == "overview"


@pytest.mark.parametrize("caption", ["项目支出情况表", "财政拨款收支总体情况表", "政府采购情况表"])
def test_other_situation_tables_keep_their_kind(caption: str) -> None:
    assert table_kind(caption) != "overview"
