"""Rules fixed for the prose misses of the seventh blind corpus of the check engine (issue 9, checks_heldout7): a
决算's completion rate against the amount it spent, a rate against a prior year named by its number, a comparison with
a year that is not the year before, the 政府采购 total printed twice, 三公 items at 0 whose change goes unsaid, a
vehicle category with a note in brackets, and a 决算's 绩效自评 funds against its 一般公共预算 项目支出. Each on small
statements written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.figures import sg_chg
from disclosures.parsing.checks.sangong import pr_veh_sum
from disclosures.parsing.checks.statements import execution_rate
from disclosures.parsing.checks.totals import self_evaluated_funds
from disclosures.parsing.checks.rates import pr_pct
from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_year
from disclosures.parsing.types import Figure, ParsedDisclosure
from tests.parsing.lines import Line


def run(rule, text: str, *, kind: str = "预算", year: int = 2025) -> list:
    result = ParsedDisclosure(unit="某县林业局", year=year, kind=kind, scope="部门")
    return list(rule(result, text_of([Line(line) for line in text.split("\n")])))


def outcomes(rule, text: str, **kw) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in run(rule, text, **kw)]


# --- PR-RATE: in a 决算, “…支出A万元，年初预算B万元，完成年初预算的P%” names the actual without the word 决算 -------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("2023年度一般公共预算财政拨款支出880.00万元，年初预算800.00万元，完成年初预算的110.0%。", [("PR-RATE", "pass", "error")]),
    ("2023年度一般公共预算财政拨款支出880.00万元，年初预算800.00万元，完成年初预算的101.0%。", [("PR-RATE", "fail", "error")]),
    # 0.6 pp beyond the interval: a warning, not an error
    ("2023年度一般公共预算财政拨款支出880.00万元，年初预算800.00万元，完成年初预算的110.6%。",
     [("PR-RATE", "fail", "warning")]),
    # two amounts spent before the rate: which one is the actual is not known
    ("基本支出300.00万元，项目支出580.00万元，年初预算800.00万元，完成年初预算的110.0%。", []),
    # a 预算支出 is the budget, never the actual
    ("年初预算支出800.00万元，年初预算800.00万元，完成年初预算的101.0%。", []),
])
def test_a_juesuan_rate_reads_the_amount_spent_as_the_actual(sentence: str, expected: list) -> None:
    assert outcomes(execution_rate, sentence, kind="决算", year=2023) == expected


def test_a_budget_document_does_not_take_its_spending_for_an_actual() -> None:
    sentence = "2025年一般公共预算财政拨款支出880.00万元，年初预算800.00万元，完成年初预算的101.0%。"
    assert outcomes(execution_rate, sentence, kind="预算") == []


def test_the_rate_message_names_both_amounts() -> None:
    [check] = run(execution_rate, "一般公共预算财政拨款支出880.00万元，年初预算800.00万元，完成年初预算的101.0%。",
                  kind="决算", year=2023)
    assert "880.00" in check.message and "800.00" in check.message and "110.00%" in check.message


# --- PR-PCT: “比2024年的1,860.00万元增加…，增长P%” names its base by the year's number and a 的 ---------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("2025年一般公共预算财政拨款1,100.00万元，比2024年的1,000.00万元增加100.00万元，增长10.0%。",
     [("PR-PCT", "pass", "warning")]),
    ("2025年一般公共预算财政拨款1,100.00万元，比2024年的1,000.00万元增加100.00万元，增长18.0%。",
     [("PR-PCT", "fail", "error")]),
    ("2025年一般公共预算财政拨款1,100.00万元，比上年的1,000.00万元增加100.00万元，增长18.0%。",
     [("PR-PCT", "fail", "error")]),
])
def test_a_rate_is_read_against_the_prior_amount_named_after_de(sentence: str, expected: list) -> None:
    assert outcomes(pr_pct, sentence) == expected


def test_the_named_base_is_the_one_in_the_message() -> None:
    [check] = run(pr_pct, "一般公共预算财政拨款1,100.00万元，比2024年的1,000.00万元增加100.00万元，增长18.0%。")
    assert "上年1000.00万元" in check.message and "10.00%" in check.message


# --- FM-YEAR: a change stated against a year that is not the year before ------------------------------------------

def compared_years(text: str, **kw) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in run(fm_year, text, **kw) if "比较年份" in c.message]


@pytest.mark.parametrize(("sentence", "kind", "year", "expected"), [
    ("公务接待费3.00万元，比2022年减少0.50万元，原因是压减接待。", "预算", 2025, [("FM-YEAR", "fail", "warning")]),
    ("机关运行经费60.00万元，与2021年度相比，增长5.0%。", "决算", 2023, [("FM-YEAR", "fail", "warning")]),
    ("公务接待费3.00万元，比2024年减少0.50万元。", "预算", 2025, []),                    # the year before
    ("公务接待费3.00万元，较2022年决算数减少0.50万元。", "决算", 2023, []),              # a 决算's year before
    ("支出决算820.00万元，与2023年年初预算相比减少30.00万元。", "决算", 2023, []),       # against its own budget
    ("比2020年，本局承担的林区面积扩大一倍，支出结构有所调整。", "预算", 2025, []),      # no change word follows
])
def test_a_comparison_with_another_year_is_a_warning(sentence: str, kind: str, year: int, expected: list) -> None:
    assert compared_years(sentence, kind=kind, year=year) == expected


def test_the_year_warning_quotes_its_sentence_and_names_the_expected_year() -> None:
    [check] = [c for c in run(fm_year, "公务接待费3.00万元，比2022年减少0.50万元。") if "比较年份" in c.message]
    assert "2022" in check.message and "2024年" in check.message and check.figures[0]["value"] == "2022"


# --- PR-REPEAT: the 政府采购 total printed again, e.g. in the 绩效 part ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("六、政府采购\n政府采购预算总额500.00万元，其中货物100.00万元，服务400.00万元。\n七、绩效目标\n本部门项目均已设定绩效目标。全年安排政府采购520.00万元。",
     [("PR-REPEAT", "fail", "error")]),
    ("六、政府采购\n政府采购预算总额500.00万元，其中货物100.00万元，服务400.00万元。\n七、绩效目标\n本部门项目均已设定绩效目标。全年安排政府采购500.00万元。",
     [("PR-REPEAT", "pass", "error")]),
    # the coarser printing rounds the finer one
    ("政府采购预算总额500.04万元。\n全年安排政府采购500.0万元。", [("PR-REPEAT", "pass", "error")]),
    # another year's procurement is another quantity
    ("政府采购预算总额500.00万元。\n2023年政府采购预算为460.00万元。", []),
    ("政府采购预算总额500.00万元。", []),
])
def test_the_procurement_total_printed_twice_must_agree(text: str, expected: list) -> None:
    assert [c for c in outcomes(pr_repeat_amount, text) if c] == expected


def test_a_juesuan_procurement_budget_is_not_its_spending() -> None:
    text = "政府采购支出总额480.00万元。\n政府采购预算500.00万元，实际支出480.00万元。"
    assert outcomes(pr_repeat_amount, text, kind="决算", year=2023) == []


# --- SG-CHG: items at 0 whose change goes unsaid are unchanged ------------------------------------------------------

def sangong(total_change: str, items: dict[str, tuple[str, str | None]]) -> ParsedDisclosure:
    figures = {"sangong_total": Figure("sangong_total", Decimal("12.00"), Decimal(total_change), page=1,
                                       source=f"“三公”经费12.00万元，比上年变动{total_change}万元", display_scale=2)}
    for key, (value, change) in items.items():
        figures[key] = Figure(key, Decimal(value), Decimal(change) if change is not None else None, page=1,
                              source=f"{key}{value}万元", display_scale=2)
    return ParsedDisclosure(unit="某县民政局", year=2025, kind="预算", scope="单位", figures=figures)


ITEMS = {"outbound_travel": ("0", None), "vehicle_purchase": ("0", None), "vehicle_operation": ("9.60", "-1.20"),
         "reception": ("2.40", "0.40")}


@pytest.mark.parametrize(("total_change", "items", "expected"), [
    ("-1.60", ITEMS, [("SG-CHG", "fail", "error")]),
    ("-0.80", ITEMS, [("SG-CHG", "pass", "error")]),
    ("-0.81", ITEMS, [("SG-CHG", "fail", "info")]),  # within the half-steps of the printed changes
    # an item with an amount this year and no change stated: the check cannot be made
    ("-1.60", {**ITEMS, "outbound_travel": ("1.00", None)}, [("SG-CHG", "not_applicable", "error")]),
    # no item's change stated at all
    ("-1.60", {k: (v, None) for k, (v, _) in ITEMS.items()}, [("SG-CHG", "not_applicable", "error")]),
])
def test_zero_items_without_a_change_count_as_unchanged(total_change: str, items: dict, expected: list) -> None:
    assert [(c.rule, c.outcome, c.severity) for c in sg_chg(sangong(total_change, items))] == expected


def test_the_message_says_which_items_were_taken_as_unchanged() -> None:
    [check] = list(sg_chg(sangong("-1.60", ITEMS)))
    assert "因公出国（境）费、公务用车购置费本年为0且未说明变动" in check.message and "-0.8" in check.message


# --- PR-VEH-SUM: a note in brackets between a vehicle category and its count ----------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("本部门实有车辆9辆，其中一般公务用车2辆，执法执勤用车5辆，特种专业技术用车（森林消防、病虫害监测）4辆。",
     [("PR-VEH-SUM", "fail", "error")]),
    ("本部门实有车辆11辆，其中一般公务用车2辆，执法执勤用车5辆，特种专业技术用车（森林消防、病虫害监测）4辆。",
     [("PR-VEH-SUM", "pass", "error")]),
    ("本部门实有车辆12辆，其中一般公务用车2辆，执法执勤用车5辆，特种专业技术用车（森林消防）4辆。",
     [("PR-VEH-SUM", "fail", "info")]),  # fewer: an unlisted category
])
def test_a_bracketed_note_does_not_hide_a_category(sentence: str, expected: list) -> None:
    assert outcomes(pr_veh_sum, sentence) == expected


# --- PR-PERF: a 决算's 绩效自评 funds against the 一般公共预算 项目支出 it states ----------------------------------------

SPENT = "一般公共预算财政拨款支出2,000.00万元，其中基本支出800.00万元，项目支出1,200.00万元。"


@pytest.mark.parametrize(("text", "expected"), [
    (SPENT + "本部门一般公共预算财政拨款项目支出全部开展了绩效自评，涉及资金1,210.00万元。", [("PR-PERF", "fail", "error")]),
    (SPENT + "本部门一般公共预算财政拨款项目支出全部开展了绩效自评，涉及资金1,200.00万元。", [("PR-PERF", "pass", "error")]),
    (SPENT + "本部门对一般公共预算项目开展了绩效自评，涉及资金900.00万元。", [("PR-PERF", "pass", "error")]),
    (SPENT + "本部门对一般公共预算项目开展了绩效自评，涉及资金1,200.004万元。", [("PR-PERF", "fail", "info")]),  # edge
    # the self-evaluation does not name the 一般公共预算: its funds may be of any scope
    (SPENT + "本部门对全部项目开展了绩效自评，涉及资金1,500.00万元。", []),
    # two different 一般公共预算 项目支出 (e.g. 年初预算 and 决算): which one is meant is not known
    (SPENT + "一般公共预算财政拨款项目支出预算1,300.00万元。本部门一般公共预算项目全部开展绩效自评，涉及资金1,250.00万元。", []),
    # no 项目支出 stated
    ("本部门一般公共预算项目全部开展绩效自评，涉及资金1,250.00万元。", []),
])
def test_self_evaluated_funds_cannot_exceed_the_project_spending(text: str, expected: list) -> None:
    assert outcomes(self_evaluated_funds, text, kind="决算", year=2023) == expected


def test_a_budget_document_leaves_self_evaluation_to_the_prior_year() -> None:
    text = SPENT + "本部门一般公共预算财政拨款项目支出全部开展了绩效自评，涉及资金1,210.00万元。"
    assert outcomes(self_evaluated_funds, text, kind="预算") == []
