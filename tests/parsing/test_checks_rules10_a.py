"""Prose readers fixed for the fourteenth and fifteenth blind corpora of the check engine (issue 9, checks_heldout14
and checks_heldout15): a change and its rate with clashing direction words, a 大于/小于 word after a completion rate,
an aside clause between an amount and its comparison, a 元/万元 slip that only a completion rate exposes, and a 总计
whose 基本/项目 split exceeds it. Sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.statements import comparison_after_rate, rate_across_units
from disclosures.parsing.checks.splits import split_adds_up
from disclosures.parsing.checks.rates import pr_pct
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def _result(kind: str) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试中心", year=2024, kind=kind, scope="部门", figures={})


def _run(rule, kind: str, *sentences: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in rule(_result(kind), text_of([Line(s) for s in sentences]))]


def _failed(rule, kind: str, *sentences: str) -> list[tuple[str, str]]:
    return [(rule_, severity) for rule_, outcome, severity in _run(rule, kind, *sentences) if outcome == "fail"]


# --- PR-DIR: 增加 beside 下降 in one sentence; the rate says which word is wrong --------------------------------------

@pytest.mark.parametrize("sentence", [
    # 0.50 / 9.60 = 5.21 %: the fall fits, 0.50 / 8.60 = 5.81 % does not; so 增加 is against the numbers
    "2024年机关运行经费预算9.10万元，比上年增加0.50万元，下降5.21%，主要用于办公费。",
    "2024年培训费预算12.00万元，比上年减少3.00万元，增长33.33%。",  # 3 / 9 fits the rise only
    "本年度会议费6.40万元。与上年相比，增加1.60万元，下降20.00%。",  # 1.60 / 8.00 fits the fall only
])
def test_it_makes_a_direction_clash_an_error_when_the_rate_settles_it(sentence: str) -> None:
    assert _failed(pr_pct, "预算", sentence) == [("PR-DIR", "error")]


def test_it_names_the_word_the_rate_contradicts() -> None:
    view = text_of([Line("2024年机关运行经费预算9.10万元，比上年增加0.50万元，下降5.21%。")])
    [check] = [c for c in pr_pct(_result("预算"), view) if c.outcome == "fail"]
    assert "“增加”一词与数字不符" in check.message
    assert [f["value"] for f in check.figures] == ["9.10", "0.50", "5.21%"]


def test_a_clash_the_rate_fits_neither_way_stays_a_warning() -> None:
    # 0.50 / 9.60 = 5.21 %, 0.50 / 8.60 = 5.81 %: 7.00 % is neither, so the words alone clash
    assert _failed(pr_pct, "预算", "2024年机关运行经费预算9.10万元，比上年增加0.50万元，下降7.00%。") == [("PR-DIR", "warning")]


def test_words_that_agree_raise_no_direction_finding() -> None:
    assert _run(pr_pct, "预算", "2024年机关运行经费预算9.10万元，比上年减少0.50万元，下降5.21%。") == [
        ("PR-PCT", "pass", "warning")]


# --- PR-PCT: an aside clause between the amount and its comparison ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # 18.40 / 230.22 = 7.99 %, stated 8.68 %: 0.69 points off, a warning (CHECKS.md PR-PCT)
    ("2020年本单位收入预算总额248.62万元，全部为一般公共预算拨款，比上年预算增加18.40万元，增长8.68%。",
     [("PR-PCT", "fail", "warning")]),
    ("2020年支出预算248.62万元，主要用于保障机构正常运转，比上年增加18.40万元，增长7.99%。", [("PR-PCT", "pass", "warning")]),
    ("收入预算248.62万元，均为财政拨款，无其他收入，比上年增加18.40万元，增长10.50%。", [("PR-PCT", "fail", "error")]),
])
def test_it_reads_a_comparison_after_an_aside_clause(sentence: str, expected: list) -> None:
    assert _run(pr_pct, "预算", sentence) == expected


def test_an_aside_after_last_years_amount_is_not_read_as_this_years() -> None:
    sentence = "本年支出248.62万元，上年为230.22万元，全部为财政拨款，比上年增加18.40万元，增长8.68%。"
    assert _run(pr_pct, "预算", sentence) == []


def test_an_aside_with_a_figure_is_not_skipped() -> None:
    # the clause between holds a share (a figure): the amount before it is no longer plainly the subject
    assert _run(pr_pct, "预算", "收入预算248.62万元，占全县的0.5%，比上年增加18.40万元，增长8.68%。") == []


# --- PR-DIR: 决算数大于/小于预算数 after a completion rate that fits the amounts ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "小学教育（项）年初预算1,321.50万元，支出决算1,289.46万元，完成年初预算的97.58%，决算数大于预算数的主要原因是人员调入。",
    "行政运行（项）支出决算为80.00万元，年初预算为100.00万元，完成年初预算的80.00%，决算数高于年初预算数。",
    "一般行政管理事务（项）年初预算50.00万元，决算支出60.00万元，完成年初预算的120.00%，决算数小于预算数。",
    "事业运行（项）年初预算为40.00万元，决算为40.00万元，预算完成率100.00%，决算支出低于年初预算。",
    "机关服务（项）年初预算为40.00万元，决算为36.00万元，完成年初预算的90.00%，决算数与年初预算持平。",
])
def test_it_catches_a_comparison_word_against_a_rate_and_its_amounts(sentence: str) -> None:
    assert _failed(comparison_after_rate, "决算", sentence) == [("PR-DIR", "error")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("小学教育（项）年初预算1,321.50万元，支出决算1,289.46万元，完成年初预算的97.58%，决算数小于预算数。",
     [("PR-DIR", "pass", "error")]),
    ("事业运行（项）年初预算为40.00万元，决算为40.00万元，完成年初预算的100.00%，决算数等于预算数。",
     [("PR-DIR", "pass", "error")]),
    ("事业运行（项）年初预算为40.00万元，决算为40.00万元，完成年初预算的100.00%，决算数与预算数持平。",
     [("PR-DIR", "pass", "error")]),
    # the rate misses the amounts (PR-RATE's finding): the word is not judged here
    ("财政拨款支出1,536.73万元，年初预算为1,500.88万元，完成年初预算的104.62%，决算数小于年初预算数。", []),
    # no rate in the sentence: another reader's shape
    ("行政运行（项）年初预算为100.00万元，支出决算为80.00万元。决算数大于预算数。", []),
])
def test_it_leaves_agreeing_or_unsettled_comparisons(sentence: str, expected: list) -> None:
    assert _run(comparison_after_rate, "决算", sentence) == expected


# --- FM-UNIT-10K: a 万元 beside a 元 that the completion rate reads as the same unit --------------------------------

@pytest.mark.parametrize("sentence", [
    "2022年度“三公”经费财政拨款支出决算为3,600.00元，全部为公务用车运行维护费，年初预算4,000.00万元，完成年初预算的90.00%。",
    "公务接待费决算为1,200.00万元，年初预算为1,500.00元，完成年初预算的80.00%。",
    "培训费实际支出2,500.00元，预算数为2,000.00万元，预算执行率125.00%。",
])
def test_it_catches_a_unit_slip_the_rate_exposes(sentence: str) -> None:
    assert _failed(rate_across_units, "决算", sentence) == [("FM-UNIT-10K", "error")]


@pytest.mark.parametrize("sentence", [
    "公务接待费决算为3,600.00元，年初预算0.40万元，完成年初预算的90.00%。",  # a plain change of unit that fits
    "公务接待费决算为3,600.00元，年初预算为4,000.00元，完成年初预算的90.00%。",  # one unit throughout
    "公务接待费决算为3,600.00元，年初预算4,000.00万元，完成年初预算的75.00%。",  # the rate fits neither reading
])
def test_it_leaves_amounts_the_rate_does_not_convict(sentence: str) -> None:
    assert _failed(rate_across_units, "决算", sentence) == []


# --- IE-BP: a 支出总计 and its own 基本/项目 split -----------------------------------------------------------------------

def test_it_catches_a_split_above_its_total() -> None:
    sentence = "支出总计1261.46万元，其中基本支出1061.76万元，项目支出244.70万元；支出总计比上年减少23.19万元。"
    assert _failed(split_adds_up, "预算", sentence) == [("IE-BP", "error")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("支出总计1261.46万元，其中基本支出1016.76万元，项目支出244.70万元。", [("IE-BP", "pass", "error")]),
    ("本年支出总计为500.00万元，其中：基本支出300.00万元，项目支出150.00万元。", []),  # the rest may be carried over
])
def test_it_holds_a_total_only_to_be_no_less_than_its_split(sentence: str, expected: list) -> None:
    assert _run(split_adds_up, "决算", sentence) == expected
