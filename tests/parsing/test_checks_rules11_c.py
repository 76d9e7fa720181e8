"""Readers fixed for the sixteenth and seventeenth blind corpora of the check engine (issue 9, checks_heldout16 and
checks_heldout17): a total whose 基本/项目 split follows its list by function class, a year left over from last
year's text (an amount with a thousands separator, a total whose listed parts are this year's), one part of a split
printed in 元 under 万元, a completion rate whose actual sits before a 其中 sentence, and headcount or vehicle parts
given in brackets. Sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.core import Term, compare
from disclosures.parsing.checks.sangong import pr_veh_sum
from disclosures.parsing.checks.statements import execution_rate
from disclosures.parsing.checks.splits import basic_split_adds_up, split_adds_up
from disclosures.parsing.checks.wholes import budget_gap, headcount_split
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_year_on_this_years_amount
from disclosures.parsing.types import Figure, ParsedDisclosure
from tests.parsing.lines import Line


def _result(kind: str, year: int = 2024, figures: dict[str, Figure] | None = None) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试中心", year=year, kind=kind, scope="部门", figures=figures or {})


def _failed(rule, result: ParsedDisclosure, *sentences: str) -> list[tuple[str, str]]:
    return [(c.rule, c.severity) for c in rule(result, text_of([Line(s) for s in sentences])) if c.outcome == "fail"]


def _outcomes(rule, result: ParsedDisclosure, *sentences: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in rule(result, text_of([Line(s) for s in sentences]))]


# --- IE-BP: a total, its list by function class, then its split “按支出性质：基本支出…，项目支出…” --------------------

@pytest.mark.parametrize("sentence", [
    # 612.40 + 1,405.60 = 2,018.00 > 1,838.00: the 项目 amount of another scope slipped in
    "支出总计1838.00万元，按功能分类：社会保障和就业支出55.20万元，农林水支出1742.30万元，住房保障支出40.50万元。"
    "按支出性质：基本支出612.40万元，项目支出1405.60万元。",
    "本年支出合计860.00万元，按支出功能分类划分：一般公共服务支出800.00万元，住房保障支出60.00万元；"
    "按经济性质分：基本支出500.00万元，项目支出400.00万元。",
    "支出预算450.00万元，按支出类型分：基本支出300.00万元，项目支出180.00万元。",
])
def test_it_holds_a_total_to_the_split_after_its_function_list(sentence: str) -> None:
    assert _failed(split_adds_up, _result("预算"), sentence) == [("IE-BP", "error")]


def test_the_split_after_a_function_list_quotes_the_total_and_both_parts() -> None:
    view = text_of([Line("支出总计1838.00万元，按功能分类：农林水支出1838.00万元。按支出性质：基本支出612.40万元，"
                         "项目支出1405.60万元。")])
    [check] = list(split_adds_up(_result("预算"), view))
    assert [f["value"] for f in check.figures] == ["1838", "612.4", "1405.6"]
    assert "差180.00" in check.message


def test_a_split_after_a_function_list_that_adds_up_passes() -> None:
    assert _outcomes(split_adds_up, _result("预算"),
                     "支出总计1838.00万元，按功能分类：农林水支出1838.00万元。按支出性质：基本支出612.40万元，"
                     "项目支出1225.60万元。") == [("IE-BP", "pass", "error")]


def test_a_total_below_its_split_after_a_function_list_may_count_the_carry_over() -> None:
    assert _failed(split_adds_up, _result("决算"),
                   "支出总计1838.00万元，按功能分类：农林水支出1838.00万元。按支出性质：基本支出612.40万元，"
                   "项目支出1100.00万元。") == []


def test_a_split_of_another_subject_after_a_function_list_is_not_the_totals() -> None:
    assert _outcomes(split_adds_up, _result("预算"),
                     "支出总计1838.00万元，按功能分类：农林水支出1838.00万元。一般公共预算财政拨款按支出性质："
                     "基本支出612.40万元，项目支出1000.00万元。") == []


# --- FM-YEAR: last year's year on this year's amount --------------------------------------------------------------

def _figure(metric: str, value: str, *, change: str | None = None, source: str = "附表 · 合计 · 合计") -> Figure:
    return Figure(metric, Decimal(value), Decimal(change) if change is not None else None, source=source,
                  origin="table")


@pytest.mark.parametrize("sentence", [
    "2022年度一般公共预算财政拨款基本支出1,208.37万元，其中：人员经费1,002.15万元，公用经费206.22万元。",
    "2022年基本支出1,208.37万元，主要用于保障机构正常运转。",
    "2022年度一般公共预算财政拨款基本支出决算数为1,208.37万元。",
])
def test_it_reads_an_amount_with_a_thousands_separator_under_last_years_year(sentence: str) -> None:
    result = _result("决算", 2023, {"basic_expenditure": _figure("basic_expenditure", "1208.37")})
    assert _failed(fm_year_on_this_years_amount, result, "七、基本支出情况", sentence) == [("FM-YEAR", "warning")]


def test_an_amount_with_a_separator_that_is_last_years_stays_unflagged() -> None:
    # 1,208.37 − 96.20 = 1,112.17 is last year's figure: the sentence states it truly
    figures = {"basic_expenditure": _figure("basic_expenditure", "1208.37", change="96.20")}
    assert _failed(fm_year_on_this_years_amount, _result("决算", 2023, figures), "七、基本支出情况",
                   "2022年度基本支出1,112.17万元，比上年增加50.00万元。") == []


def _sangong(reception: str = "3.40", change: str = "-0.60") -> dict[str, Figure]:
    return {"outbound_travel": _figure("outbound_travel", "0", change="0"),
            "vehicle_operation": _figure("vehicle_operation", "6.80", change="0"),
            "reception": _figure("reception", reception, change=change)}


@pytest.mark.parametrize("sentences", [
    ("2025年“三公”经费预算数合计10.20万元，比上年减少0.60万元。其中：因公出国（境）费0.00万元，与上年持平；"
     "公务用车运行维护费6.80万元，与上年持平；公务接待费3.40万元，比上年减少0.60万元。",),
    ("2025年“三公”经费预算10.20万元，其中：公务用车运行维护费6.80万元，公务接待费3.40万元。",),
    ("四、“三公”经费情况", "2025年“三公”经费预算合计10.20万元；其中公务用车运行维护费6.80万元、公务接待费3.40万元。"),
])
def test_it_takes_a_total_of_this_years_listed_parts_as_this_years(sentences: tuple[str, ...]) -> None:
    assert _failed(fm_year_on_this_years_amount, _result("预算", 2026, _sangong()), *sentences) == [
        ("FM-YEAR", "warning")]


def test_last_years_total_of_last_years_parts_stays_unflagged() -> None:
    # last year's parts (6.80 and 4.00, 4.00 being this year's 3.40 plus 0.60) are not all this year's
    assert _failed(fm_year_on_this_years_amount, _result("预算", 2026, _sangong()),
                   "2025年“三公”经费预算10.80万元，其中：公务用车运行维护费6.80万元，公务接待费4.00万元。") == []


def test_a_total_its_parts_do_not_make_stays_unflagged() -> None:
    assert _failed(fm_year_on_this_years_amount, _result("预算", 2026, _sangong()),
                   "2025年“三公”经费预算12.00万元，其中：公务用车运行维护费6.80万元，公务接待费3.40万元。") == []


def test_parts_unchanged_from_last_year_say_nothing_of_the_year() -> None:
    # every part is the same both years, so the total is last year's as much as this year's
    figures = _sangong(reception="3.40", change="0")
    assert _failed(fm_year_on_this_years_amount, _result("预算", 2026, figures),
                   "2025年“三公”经费预算10.20万元，其中：公务用车运行维护费6.80万元，公务接待费3.40万元。") == []


# --- FM-UNIT-10K: one part of a split printed in 元 under 万元 --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # 4,281,000.00 元 = 428.10 万元, and 428.10 + 84.30 = 512.40
    "一般公共预算财政拨款基本支出512.40万元（人员经费4281000.00万元，公用经费84.30万元），项目支出300.00万元。",
    "基本支出512.40万元，其中：人员经费428.10万元，公用经费843000.00万元。",
    "基本支出512.40万元，主要用于人员经费4281000万元、公用经费84.30万元。",
])
def test_it_names_a_part_printed_in_yuan_under_wan(sentence: str) -> None:
    assert _failed(basic_split_adds_up, _result("决算"), sentence) == [("FM-UNIT-10K", "error")]


def test_the_slipped_part_is_quoted_with_its_reading_in_yuan() -> None:
    view = text_of([Line("基本支出512.40万元（人员经费4281000.00万元，公用经费84.30万元）。")])
    [check] = list(basic_split_adds_up(_result("决算"), view))
    assert "人员经费4281000.00若按元计即为428.10，等式恰好成立" in check.message
    assert [f["value"] for f in check.figures] == ["512.4", "4281000", "84.3"]


def test_a_bracketed_split_that_adds_up_passes() -> None:
    assert _outcomes(basic_split_adds_up, _result("决算"), "基本支出512.40万元（人员经费428.10万元，公用经费84.30万元）。") == [
        ("IE-BP", "pass", "error")]


def test_a_large_part_that_fits_in_no_unit_is_a_plain_mismatch() -> None:
    # 4,281,500 元 = 428.15 万元: 428.15 + 84.30 = 512.45, not 512.40
    assert _failed(basic_split_adds_up, _result("决算"),
                   "基本支出512.40万元（人员经费4281500.00万元，公用经费84.30万元）。") == [("IE-BP", "error")]


def test_compare_finds_the_one_term_in_yuan_on_either_side() -> None:
    whole = [Term("合计", Decimal("512.40"), 2)]
    parts = [Term("甲", Decimal("4281000.00"), 2), Term("乙", Decimal("84.30"), 2)]
    assert compare("X", "x", whole, parts).rule == "FM-UNIT-10K"
    assert compare("X", "x", parts, whole).rule == "FM-UNIT-10K"
    # read as 元 the big part gives 428.15, and 428.15 + 84.30 = 512.45 misses 512.40 beyond the envelope
    assert compare("X", "x", whole, [Term("甲", Decimal("4281500.00"), 2), parts[1]]).rule == "X"
    # a pair is is_unit_slip's alone: 1,000 万元 against 0.10 万元 is a plain mismatch, not one part in 元
    assert compare("X", "x", [Term("合计", Decimal("1000.00"), 2)], [Term("甲", Decimal("0.10"), 2)]).rule == "X"


# --- PR-RATE: a completion rate whose actual is stated before a 其中 sentence ---------------------------------------

_SPENT = "一般公共预算财政拨款支出1530.00万元，比上年减少40.00万元，下降2.55%。其中基本支出600.00万元，项目支出930.00万元。"


@pytest.mark.parametrize("rate_sentence, severity", [
    ("年初预算为1500.00万元，决算数比年初预算增加30.00万元，完成年初预算的101.50%，主要是年中追加项目资金。", "warning"),
    ("年初预算1500.00万元，完成年初预算的104.00%。", "error"),  # 102.00 % is right: 2 points off
    ("调整预算数为1500.00万元，预算执行率101.60%。", "warning"),
])
def test_it_finds_the_actual_before_a_qizhong_sentence(rate_sentence: str, severity: str) -> None:
    assert _failed(execution_rate, _result("决算"), _SPENT + rate_sentence) == [("PR-RATE", severity)]


def test_a_right_rate_after_a_qizhong_sentence_passes_and_so_does_its_gap() -> None:
    sentences = _SPENT + "年初预算为1500.00万元，决算数比年初预算增加30.00万元，完成年初预算的102.00%。"
    assert _outcomes(execution_rate, _result("决算"), sentences) == [("PR-RATE", "pass", "error")]
    assert _outcomes(budget_gap, _result("决算"), sentences) == [("PR-REPEAT", "pass", "error")]


def test_a_qizhong_sentence_that_names_its_own_actual_is_the_one_read() -> None:
    # 300.00 / 310.00 = 96.77 %: the 其中 sentence's own 决算 amount is the actual, not the total before it
    assert _outcomes(execution_rate, _result("决算"),
                     "财政拨款支出1530.00万元。其中一般公共预算财政拨款支出决算300.00万元。年初预算为310.00万元，"
                     "完成年初预算的96.77%。") == [("PR-RATE", "pass", "error")]


def test_no_actual_is_lent_across_a_sentence_that_names_a_budget() -> None:
    assert _outcomes(execution_rate, _result("决算"),
                     "一般公共预算财政拨款支出1530.00万元，年初预算1400.00万元。其中基本支出600.00万元，项目支出930.00万元。"
                     "年初预算为1500.00万元，完成年初预算的101.50%。") == []


# --- PR-HEAD-SUM and PR-VEH-SUM: the parts in brackets ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "实有人员11名（行政9名、事业3名）。",
    "编制16名（其中行政编制10名，事业编制7名），实有15人。",
    "在职人员20人（行政人员12人、工勤人员9人）。",
])
def test_it_adds_a_headcount_split_given_in_brackets(sentence: str) -> None:
    assert _failed(headcount_split, _result("预算"), sentence) == [("PR-HEAD-SUM", "warning")]


def test_a_bracket_with_one_part_is_no_split() -> None:
    assert _outcomes(headcount_split, _result("预算"), "编制15名（含工勤2名），实有14人。") == []


@pytest.mark.parametrize("sentence, outcome", [
    ("车辆总数9辆（一般公务用车3辆，执法执勤用车7辆）。", ("PR-VEH-SUM", "fail", "error")),  # parts above: wrong
    ("共有车辆9辆（其中一般公务用车3辆、执法执勤用车5辆）。", ("PR-VEH-SUM", "fail", "info")),  # below: may be partial
    ("公务用车6辆（一般公务用车2辆，特种专业技术用车4辆）。", ("PR-VEH-SUM", "pass", "error")),
])
def test_it_adds_vehicle_parts_given_in_brackets(sentence: str, outcome: tuple[str, str, str]) -> None:
    assert _outcomes(pr_veh_sum, _result("预算"), sentence) == [outcome]


def test_a_bracketed_note_on_a_vehicle_count_is_no_split() -> None:
    assert _outcomes(pr_veh_sum, _result("预算"), "共有车辆4辆（均为执法执勤用车），比上年减少1辆。") == []
