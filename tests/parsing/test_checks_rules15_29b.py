"""Prose rules fixed for the twenty-ninth blind corpus of the check engine (issue 9, checks_heldout29): income sources
listed before their total (…，合计本年收入X万元) are summed; a class list naming 本年支出 as its total adds up to the
amount printed for it; two completion rates after 分别, or each with its own budget, are read; 人员经费 and 公用经费
printed before the 基本支出 they make; the 项目支出 of an all-一般公共预算 paragraph bounds the self-evaluated funds.
Sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.statements import paired_execution_rates, rates_naming_their_budgets
from disclosures.parsing.checks.splits import split_then_basic
from disclosures.parsing.checks.totals import self_evaluated_funds
from disclosures.parsing.checks.wholes import named_class_list_adds_up
from disclosures.parsing.checks.wording import ie_inc_sum
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "决算", year: int = 2025) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


def _inc(*pages: str, kind: str = "决算") -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.outcome, c.severity, c.message)
            for c in ie_inc_sum(_result(kind), text_of(page_lines(list(pages))))]


# --- IE-INC-SUM: the sources first, their total after them ---------------------------------------------------------

def test_it_reports_sources_listed_before_a_total_they_do_not_add_up_to() -> None:
    found = _inc("三、收入决算情况\n按来源划分，财政拨款收入712.40万元，占98.80%，其他收入8.60万元，占1.20%，"
                 "合计本年收入723.00万元。")
    assert [(r, o, s) for r, o, s, _ in found] == [("IE-INC-SUM", "fail", "error")]
    assert "723.00" in found[0][3] and "712.40+8.60=721.00" in found[0][3] and "差2.00" in found[0][3]


def test_it_passes_sources_listed_before_the_total_they_add_up_to() -> None:
    found = _inc("按来源划分，财政拨款收入712.40万元，占98.81%，其他收入8.60万元，占1.19%，合计本年收入721.00万元。")
    assert [(r, o) for r, o, _, _ in found] == [("IE-INC-SUM", "pass")]


def test_a_gap_within_the_rounding_of_two_parts_is_no_error() -> None:
    # two parts printed to 0.01 and a total to 0.01: the envelope is 0.015, so 0.01 is rounding and 0.02 is not
    within = _inc("财政拨款收入712.40万元，其他收入8.60万元，合计本年收入721.01万元。")
    beyond = _inc("财政拨款收入712.40万元，其他收入8.60万元，合计本年收入721.02万元。")
    assert [(o, s) for _, o, s, _ in within] != [("fail", "error")]
    assert [(o, s) for _, o, s, _ in beyond] == [("fail", "error")]


@pytest.mark.parametrize("closing", ["，共计收入723.00万元。", ",本年收入合计723.00万元。", "；合计收入为723.00万元。"])
def test_other_wordings_and_half_width_punctuation_close_the_list(closing: str) -> None:
    found = _inc(f"财政拨款收入712.40万元,其他收入8.60万元{closing}")
    assert [(r, o, s) for r, o, s, _ in found] == [("IE-INC-SUM", "fail", "error")]


def test_a_shortfall_that_another_stated_source_fills_is_only_a_hint() -> None:
    found = _inc("财政拨款收入712.40万元，其他收入8.60万元，合计本年收入723.00万元。另有事业收入2.00万元，已单独核算。")
    assert [(o, s) for _, o, s, _ in found] == [("fail", "info")]


def test_a_total_that_opens_its_own_list_is_read_once() -> None:
    found = _inc("本年收入合计723.00万元，其中：财政拨款收入712.40万元，其他收入8.60万元。")
    assert len(found) == 1 and found[0][1:3] == ("fail", "error")


def test_a_lone_source_before_a_total_is_no_list() -> None:
    assert _inc("财政拨款收入712.40万元，合计本年收入723.00万元。") == []


# --- IE-EXP-SUM: a class list that names 本年支出 as its total, the amount printed just before ------------------------

_LIST = ("三、支出决算情况\n本年支出合计1200.10万元，其中基本支出700.10万元，项目支出500.00万元。\n"
         "按支出功能分类，本年支出包括：农林水支出{farm}万元；社会保障和就业支出80.10万元；住房保障支出20.00万元。")


def _named(text: str) -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.outcome, c.severity, c.message)
            for c in named_class_list_adds_up(_result(), text_of(page_lines([text])))]


def test_classes_that_do_not_add_up_to_the_spending_their_list_names_are_an_error() -> None:
    found = _named(_LIST.format(farm="1127.00"))
    assert [(r, o, s) for r, o, s, _ in found] == [("IE-EXP-SUM", "fail", "error")]
    assert "本年支出1200.10" in found[0][3] and "1127.00+80.10+20.00=1227.10" in found[0][3] and "差27.00" in found[0][3]


def test_classes_that_add_up_pass_and_a_rounding_gap_is_no_error() -> None:
    assert [o for _, o, _, _ in _named(_LIST.format(farm="1100.00"))] == ["pass"]
    # three parts and a total printed to 0.01: envelope 0.02
    assert [(o, s) for _, o, s, _ in _named(_LIST.format(farm="1100.02"))] != [("fail", "error")]
    assert [(o, s) for _, o, s, _ in _named(_LIST.format(farm="1100.03"))] == [("fail", "error")]


def test_half_width_punctuation_commas_in_numbers_and_the_total_named_after_the_grand_total() -> None:
    text = ("支出总计中,本年支出1,200.10万元,年末结转和结余30.30万元。\n"
            "按功能分类,本年支出为:农林水支出1,127.00万元,社会保障和就业支出80.10万元,住房保障支出20.00万元。")
    found = _named(text)
    assert [(o, s) for _, o, s, _ in found] == [("fail", "error")] and "1227.10" in found[0][3]


def test_a_list_after_another_total_or_without_a_printed_total_is_not_read() -> None:
    other = ("财政拨款支出1100.00万元。按功能分类：农林水支出1000.00万元，社会保障和就业支出80.00万元，住房保障支出20.00万元。")
    assert _named(other) == []
    assert _named("按支出功能分类，本年支出包括：农林水支出1127.00万元；住房保障支出20.00万元。") == []
    # a list that does not end its sentence may go on with other items: not read
    assert _named(_LIST.format(farm="1127.00").replace("20.00万元。", "20.00万元等。")) == []


# --- PR-RATE: two completion rates after 分别, each against the budget named in its place ------------------------

def _paired(sentence: str, kind: str = "决算") -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.outcome, c.severity, c.message)
            for c in paired_execution_rates(_result(kind), text_of(page_lines([sentence])))]


_BOTH = "一般公共预算财政拨款支出年初预算1200.00万元，调整预算1250.00万元，决算1230.00万元，分别为年初预算和调整预算的{}%和{}%。"


def test_two_rates_printed_in_each_others_place_are_one_error() -> None:
    found = _paired(_BOTH.format("98.40", "102.50"))
    assert [(r, o, s) for r, o, s, _ in found] == [("PR-RATE", "fail", "error")]
    assert "应分别约为102.50%和98.40%" in found[0][3] and "对调" in found[0][3]


def test_two_rates_that_fit_their_budgets_pass() -> None:
    # 1230 / 1200 = 102.50%, 1230 / 1250 = 98.40%
    assert [(r, o) for r, o, _, _ in _paired(_BOTH.format("102.50", "98.40"))] == [("PR-RATE", "pass")] * 2


def test_one_wrong_rate_names_its_budget() -> None:
    found = _paired(_BOTH.format("102.50", "96.40"))
    assert [(o, s) for _, o, s, _ in found] == [("pass", "error"), ("fail", "error")]
    assert "调整预算1250.00万元=98.40%" in found[1][3] and "96.40%" in found[1][3]


def test_a_rate_off_by_its_last_digit_is_within_rounding_and_one_beyond_is_a_warning() -> None:
    # 1230.00 / 1200.00 = 102.50% exactly: 102.50 holds, 102.51 is beyond the half-steps but within a point
    assert [o for _, o, _, _ in _paired(_BOTH.format("102.50", "98.40"))][0] == "pass"
    found = _paired(_BOTH.format("102.51", "98.40"))
    assert [(o, s) for _, o, s, _ in found][0] == ("fail", "warning")


def test_other_wordings_and_half_width_punctuation() -> None:
    sentence = ("一般公共预算财政拨款支出年初预算为1200.00万元,调整后预算为1250.00万元,决算数为1230.00万元,"
                "分别完成年初预算与调整后预算的98.40%、102.50%。")
    found = _paired(sentence)
    assert [(o, s) for _, o, s, _ in found] == [("fail", "error")] and "对调" in found[0][3]


def test_no_reading_without_an_amount_for_each_budget_or_outside_a_final_account() -> None:
    assert _paired("决算1230.00万元，分别为年初预算和调整预算的98.40%和102.50%。") == []
    assert _paired(_BOTH.format("98.40", "102.50"), kind="预算") == []


# --- PR-RATE: one actual, two rates each printing its own budget ---------------------------------------------------

def _own_budgets(sentence: str) -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.outcome, c.severity, c.message)
            for c in rates_naming_their_budgets(_result(), text_of(page_lines([sentence])))]


_OWN = "2025年一般公共预算财政拨款支出决算{}万元，完成年初预算1200.00万元的102.50%，完成调整预算1250.00万元的98.40%。"


def test_an_actual_that_neither_rate_fits_is_reported_against_each_budget() -> None:
    found = _own_budgets(_OWN.format("1320.00"))  # 1230.00 with two digits swapped
    assert [(r, o, s) for r, o, s, _ in found] == [("PR-RATE", "fail", "error")] * 2
    assert "1320.00万元/预算1200.00万元=110.00%" in found[0][3] and "102.50%" in found[0][3]
    assert "1320.00万元/预算1250.00万元=105.60%" in found[1][3]


def test_an_actual_that_both_rates_fit_passes() -> None:
    assert [(r, o) for r, o, _, _ in _own_budgets(_OWN.format("1230.00"))] == [("PR-RATE", "pass")] * 2


def test_rates_within_a_point_are_warnings_and_half_width_commas_are_read() -> None:
    found = _own_budgets(_OWN.format("1231.00").replace("，", ","))  # 102.58% and 98.48%
    assert [(o, s) for _, o, s, _ in found] == [("fail", "warning")] * 2


def test_a_rate_without_its_own_budget_amount_leaves_the_sentence_to_the_single_pair_rule() -> None:
    assert _own_budgets("支出决算1230.00万元，完成年初预算1200.00万元的102.50%，完成调整预算的98.40%。") == []


# --- IE-BP: 人员经费 and 公用经费 first, then their sum named as the 基本支出 ------------------------------------------

def _split(sentence: str) -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.outcome, c.severity, c.message)
            for c in split_then_basic(_result(), text_of(page_lines([sentence])))]


def test_a_split_whose_sum_differs_from_the_basic_spending_named_after_it_is_an_error() -> None:
    found = _split("七、基本支出情况\n人员经费301.20万元、公用经费45.80万元，两项合计即一般公共预算财政拨款基本支出342.00万元。")
    assert [(r, o, s) for r, o, s, _ in found] == [("IE-BP", "fail", "error")]
    assert "342.00" in found[0][3] and "301.20+45.80=347.00" in found[0][3] and "差5.00" in found[0][3]


def test_a_split_that_adds_up_passes_and_a_rounding_gap_is_no_error() -> None:
    assert [o for _, o, _, _ in _split("人员经费301.20万元、公用经费45.80万元，合计为基本支出347.00万元。")] == ["pass"]
    # envelope 0.015 for two parts and a total printed to 0.01: 0.01 is rounding, 0.02 is not
    assert [(o, s) for _, o, s, _ in _split("人员经费301.20万元、公用经费45.80万元，合计为基本支出347.01万元。")] \
        != [("fail", "error")]
    assert [(o, s) for _, o, s, _ in _split("人员经费301.20万元、公用经费45.80万元，合计为基本支出347.02万元。")] \
        == [("fail", "error")]


def test_half_width_commas_and_a_part_in_yuan() -> None:
    found = _split("人员经费3012000.00元,公用经费45.80万元,两项之和即基本支出347.00万元。")
    assert [(r, o) for r, o, _, _ in found] == [("IE-BP", "pass")]


def test_a_sum_not_named_as_the_basic_spending_is_not_read() -> None:
    assert _split("人员经费301.20万元、公用经费45.80万元，合计347.00万元。") == []


# --- PR-PERF: the 一般公共预算 项目支出 of a paragraph that says all 财政拨款 is 一般公共预算 ----------------------------

_PERF = ("五、财政拨款收入支出决算总体情况\n2025年度财政拨款支出980.00万元，全部为一般公共预算财政拨款，无政府性基金预算财政拨款。"
         "按支出性质分，基本支出600.00万元，项目支出{project}万元。\n"
         "九、其他重要事项\n本部门对6个一般公共预算项目开展了绩效自评，涉及财政拨款{funds}万元。")


def _perf(text: str) -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.outcome, c.severity, c.message)
            for c in self_evaluated_funds(_result(), text_of(page_lines([text])))]


def test_self_evaluated_funds_beyond_the_project_spending_of_an_all_general_paragraph_are_an_error() -> None:
    found = _perf(_PERF.format(project="380.00", funds="480.00"))
    assert [(r, o, s) for r, o, s, _ in found] == [("PR-PERF", "fail", "error")]
    assert "480.00" in found[0][3] and "380.00" in found[0][3]


def test_self_evaluated_funds_within_it_pass_and_a_rounding_excess_is_only_a_hint() -> None:
    assert [o for _, o, _, _ in _perf(_PERF.format(project="380.00", funds="380.00"))] == ["pass"]
    assert [(o, s) for _, o, s, _ in _perf(_PERF.format(project="380.00", funds="380.01"))] == [("fail", "info")]


def test_half_width_punctuation_and_the_claim_worded_jun_wei() -> None:
    text = _PERF.format(project="380.00", funds="480.00").replace("全部为", "均为").replace("，", ",")
    assert [(o, s) for _, o, s, _ in _perf(text)] == [("fail", "error")]


def test_no_project_spending_is_taken_without_the_claim_or_from_the_next_paragraph() -> None:
    assert _perf(_PERF.format(project="380.00", funds="480.00").replace("全部为一般公共预算财政拨款，", "")) == []
    moved = ("2025年度财政拨款支出980.00万元，全部为一般公共预算财政拨款。\n六、支出情况\n项目支出380.00万元。\n"
             "本部门对6个一般公共预算项目开展了绩效自评，涉及财政拨款480.00万元。")
    assert _perf(moved) == []
