"""Rules fixed for the blind corpus checks_heldout25 (issue 9): a share's whole is the total a change follows, not the
change; a sentence that opens with one fund's name gives no all-funds total; a rate after “较上一年度决算数多出D万元，增幅为P%” is read as any other change's; a 三公 total given after the funds it comes from (“全部由…安排，预算数A万元”) is read with its change; a 决算's “收入支出总计均为X” is both totals of D-001, and a fund's own year balances in the words; “…列入机关运行经费X万元” is a second printing of that amount; “X收支均为A万元…。从支出结构看，基本支出…项目支出…” is a split of A. Sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks.rates import pr_pct, pr_share
from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.splits import split_adds_up
from disclosures.parsing.checks.totals import final_totals, fund_year_balance
from disclosures.parsing.checks.wholes import _without_heading
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "预算", year: int = 2026) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


def _checks(rule, *pages: str, kind: str = "预算") -> list:
    return list(rule(_result(kind), text_of(page_lines(list(pages)))))


def _failed(rule, *pages: str, kind: str = "预算") -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in _checks(rule, *pages, kind=kind) if c.outcome == "fail"]


# --- PR-SHARE: the whole of “其中…占P%” after “合计X万元，比上年增加D万元” is X, never D ------------------------------

@pytest.mark.parametrize("change", ["比上年增加", "较上年减少", "与2025年相比增加", "较上年多", "同上年相比压减"])
def test_a_share_after_a_change_is_read_against_the_total_the_change_follows(change: str) -> None:
    sentence = f"本年支出预算合计1,250.00万元，{change}150.00万元，其中基本支出400.00万元，占32.0%；项目支出850.00万元，占68.0%。"
    checks = _checks(pr_share, sentence)
    assert [(c.rule, c.outcome) for c in checks] == [("PR-SHARE", "pass"), ("PR-SHARE", "pass")]
    assert [c.figures[1]["value"] for c in checks] == ["1,250.00", "1,250.00"]


def test_a_wrong_share_after_a_change_is_still_reported_against_the_total() -> None:
    sentence = "本年支出预算合计1,250.00万元,比上年增加150.00万元,其中基本支出400.00万元,占36.0%;项目支出850.00万元,占68.0%。"
    found = _failed(pr_share, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-SHARE", "error")]
    assert "400.00万元占1,250.00万元应为32.00%，文中为36.0%" in found[0][2]


def test_a_share_one_point_off_the_total_is_a_warning_at_the_edge() -> None:
    # 400.00 / 1,250.00 = 32.00%: 33.0% is one point off (a warning), 33.1% just over (an error)
    warned = _failed(pr_share, "支出合计1,250.00万元，比上年增加150.00万元，其中基本支出400.00万元，占33.0%。")
    erred = _failed(pr_share, "支出合计1,250.00万元，比上年增加150.00万元，其中基本支出400.00万元，占33.1%。")
    assert [(r, s) for r, s, _ in warned] == [("PR-SHARE", "warning")]
    assert [(r, s) for r, s, _ in erred] == [("PR-SHARE", "error")]


def test_a_change_with_no_total_before_it_is_no_whole_for_the_shares() -> None:
    sentence = "比上年增加150.00万元，其中基本支出400.00万元，占32.0%；项目支出850.00万元，占68.0%。"
    assert _checks(pr_share, sentence) == []


def test_a_total_followed_by_its_breakdown_is_still_the_whole() -> None:
    found = _failed(pr_share, "支出预算1,250.00万元，其中基本支出400.00万元，占40.0%。")
    assert [(r, s) for r, s, _ in found] == [("PR-SHARE", "error")]
    assert "应为32.00%" in found[0][2]


# --- IE-EXP-SUM / IE-BP: a 决算's “一般公共预算财政拨款…本年支出B万元” is one fund's spending, not the unit's total ---

def _final(overview: str, general: str, extra: str = "") -> ParsedDisclosure:
    doc = ("某县测试镇人民政府2024年单位决算公开\n（一）收入支出决算总体情况\n"
           "2024年度收入合计900.00万元。其中：一般公共预算拨款700.00万元，政府性基金预算拨款200.00万元。\n"
           f"{overview}\n（二）一般公共预算财政拨款支出决算\n{general}\n{extra}")
    return parse_disclosure(doc.encode("utf-8"), filename="final.txt")


def _failed_of(result: ParsedDisclosure, *rules: str) -> list[tuple[str, str]]:
    return [(c.rule, c.severity) for c in result.checks if c.outcome == "fail" and c.rule in rules]


@pytest.mark.parametrize("stop", ["；", ";", "，"])
def test_a_sentence_opening_with_the_general_budget_gives_no_all_funds_total(stop: str) -> None:
    result = _final("2024年度支出合计910.00万元，其中基本支出500.00万元，项目支出410.00万元。",
                    f"2024年度一般公共预算财政拨款年初结转和结余10.00万元，本年收入700.00万元{stop}本年支出710.00万元。")
    assert result.figures["expenditure_total"].value == Decimal("910.00")
    assert _failed_of(result, "IE-BP", "IE-EXP-SUM") == []


def test_a_sentence_opening_with_the_government_fund_gives_no_all_funds_total() -> None:
    result = _final("2024年度支出合计910.00万元，其中基本支出500.00万元，项目支出410.00万元。",
                    "2024年度一般公共预算财政拨款本年支出710.00万元。",
                    "（三）政府性基金预算财政拨款支出决算\n2024年度政府性基金预算财政拨款年初结转和结余0.00万元，本年收入200.00万元，本年支出200.00万元。")
    assert result.figures["expenditure_total"].value == Decimal("910.00")


def test_a_budget_the_spending_is_measured_against_is_not_the_spending() -> None:
    result = _final("2024年度支出合计910.00万元，其中基本支出500.00万元，项目支出410.00万元。",
                    "一般公共预算财政拨款本年支出710.00万元。本年支出为年初预算650.00万元的109.2%。")
    assert result.figures["expenditure_total"].value == Decimal("910.00")


def test_an_all_funds_total_that_its_split_misses_is_still_reported() -> None:
    # 500.00 + 410.00 = 910.00 against 911.00: the fund sentences no longer hide the slip nor stand in for the total
    result = _final("2024年度支出合计911.00万元，其中基本支出500.00万元，项目支出410.00万元。",
                    "2024年度一般公共预算财政拨款年初结转和结余10.00万元，本年收入700.00万元；本年支出710.00万元。")
    assert result.figures["expenditure_total"].value == Decimal("911.00")
    assert ("IE-BP", "error") in _failed_of(result, "IE-BP")


# --- PR-PCT: “较上一年度决算数多出D万元，增幅为P%” is a change and its rate like “比上年增加D万元，增长P%” -----------

@pytest.mark.parametrize("sentence", [
    "全年收入总额1,500.00万元，较上一年度决算数多出300.00万元，增幅为20.0%。",  # 300 / 1,500: the rate on this year
    "全年收入总额1,500.00万元,较上一年度决算多300.00万元,增幅20.0%。",
    "全年收入总额1,500.00万元，比2023年度决算数多出300.00万元，增长20.0%。",
])
def test_a_rate_worked_on_this_years_amount_is_reported(sentence: str) -> None:
    found = _failed(pr_pct, sentence, kind="决算")
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PCT", "error")]
    assert "推算上年1200.00万元，变动率应约为25.00%，而文中为20.0%" in found[0][2]


@pytest.mark.parametrize("sentence", [
    "全年收入总额1,500.00万元，较上一年度决算数多出300.00万元，增幅为25.0%。",
    "全年支出总额900.00万元，较上一年度少100.00万元，降幅为10.0%。",  # 100 / 1,000
])
def test_a_rate_on_last_years_amount_passes(sentence: str) -> None:
    checks = _checks(pr_pct, sentence, kind="决算")
    assert [(c.rule, c.outcome) for c in checks] == [("PR-PCT", "pass")]


def test_the_rate_of_a_change_in_words_keeps_the_tolerance_of_its_printed_decimals() -> None:
    # 300.00 / 1,200.00 = 25.00%: 26.0% is one point off (a warning), 26.1% more (an error)
    warned = _failed(pr_pct, "收入总额1,500.00万元，较上一年度决算数多出300.00万元，增幅为26.0%。", kind="决算")
    erred = _failed(pr_pct, "收入总额1,500.00万元，较上一年度决算数多出300.00万元，增幅为26.1%。", kind="决算")
    assert [(r, s) for r, s, _ in warned] == [("PR-PCT", "warning")]
    assert [(r, s) for r, s, _ in erred] == [("PR-PCT", "error")]


def test_a_named_prior_after_the_fuller_comparison_is_still_the_base() -> None:
    # “比上年预算数1,250.00万元增加250.00万元”: the base is the named 1,250.00, 250 / 1,250 = 20%
    checks = _checks(pr_pct, "支出1,500.00万元，比上年预算数1,250.00万元增加250.00万元，增长20.0%。")
    assert [(c.rule, c.outcome) for c in checks] == [("PR-PCT", "pass")]


def test_a_fall_word_against_a_rise_in_words_is_a_direction_clash() -> None:
    found = _failed(pr_pct, "收入总额1,500.00万元，较上一年度决算数多出300.00万元，降幅为25.0%。", kind="决算")
    assert [rule for rule, _, _ in found] == ["PR-DIR"]


# --- SG-CHG: ““三公”经费全部由…安排，预算数A万元，同上年相比压减D万元” gives the total and its change ---------------

def _sangong(total_sentence: str, items: str) -> ParsedDisclosure:
    doc = ("某县测试局2026年部门预算\n一、收支预算总体情况\n2026年本部门收入预算合计500.00万元，支出预算合计500.00万元。\n"
           f"二、“三公”经费预算\n{total_sentence}\n{items}\n")
    return parse_disclosure(doc.encode("utf-8"), filename="sangong.txt")


_ITEMS = ("分项看：因公出国（境）费0.00万元，与上年持平；公务用车购置费0.00万元，与上年持平；"
          "公务用车运行维护费8.00万元，比上年减少1.00万元；公务接待费4.00万元，比上年减少{reception}万元。")


@pytest.mark.parametrize("total_sentence", [
    "本部门2026年“三公”经费全部由一般公共预算财政拨款安排，预算数12.00万元，同上年相比压减1.00万元。",
    "本部门2026年\"三公\"经费均由一般公共预算拨款安排,预算数为12.00万元,比上年减少1.00万元。",
    "2026年“三公”经费全部使用一般公共预算财政拨款，预算数12.00万元，比上年减少1.00万元。",
])
def test_a_sangong_total_after_its_funds_is_read_and_its_change_checked(total_sentence: str) -> None:
    result = _sangong(total_sentence, _ITEMS.format(reception="0.50"))
    total = result.figures["sangong_total"]
    assert (total.value, total.change) == (Decimal("12.00"), Decimal("-1.00"))
    failed = [(c.rule, c.severity, c.message) for c in result.checks if c.outcome == "fail" and c.rule == "SG-CHG"]
    assert [(r, s) for r, s, _ in failed] == [("SG-CHG", "error")]
    assert "-1.00" in failed[0][2] and "-1.50" in failed[0][2]


def test_a_sangong_total_after_its_funds_whose_items_agree_passes() -> None:
    result = _sangong("本部门2026年“三公”经费全部由一般公共预算财政拨款安排，预算数12.00万元，同上年相比压减1.00万元。",
                      _ITEMS.format(reception="0.00"))
    checks = {c.rule: c.outcome for c in result.checks if c.rule in ("SG-SUM", "SG-CHG")}
    assert checks == {"SG-SUM": "pass", "SG-CHG": "pass"}


# --- D-001: “收入支出总计均为X” is both totals; one fund's sentences are not the all-funds parts -------------------

_OVERVIEW = ("二、收入支出决算总体情况\n本年收入合计800.00万元。其中：一般公共预算拨款600.00万元，政府性基金预算拨款200.00万元。"
             "年初结转和结余50.00万元。\n2024年度支出合计780.00万元，其中基本支出300.00万元，项目支出480.00万元。"
             "年末结转和结余{closing}万元。{grand}\n"
             "三、政府性基金预算财政拨款支出决算\n2024年度政府性基金预算财政拨款年初结转和结余10.00万元，本年收入200.00万元，"
             "本年支出190.00万元，年末结转和结余20.00万元。\n")


def _d001(rule, text: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.message) for c in _checks(rule, text, kind="决算") if c.rule == "D-001"]


@pytest.mark.parametrize("grand", ["收入支出总计均为850.00万元。", "收支总计均为850.00万元。", "收入、支出总计都是850.00万元。"])
def test_a_grand_total_printed_once_for_both_sides_is_checked_on_each(grand: str) -> None:
    found = _d001(final_totals, _OVERVIEW.format(closing="70.00", grand=grand))
    assert [(r, o) for r, o, _ in found] == [("D-001", "pass"), ("D-001", "pass")]


def test_a_spending_side_that_misses_the_grand_total_is_reported() -> None:
    # 780.00 + 75.00 = 855.00 against 850.00; the income side (800.00 + 50.00) holds
    found = _d001(final_totals, _OVERVIEW.format(closing="75.00", grand="收入支出总计均为850.00万元。"))
    assert [(r, o) for r, o, _ in found] == [("D-001", "fail"), ("D-001", "pass")]
    assert "支出总计850.00" in found[0][2] and "780.00+75.00=855.00" in found[0][2]


def test_a_grand_total_off_by_a_rounding_step_is_no_error() -> None:
    found = [c for c in _checks(final_totals, _OVERVIEW.format(closing="70.01", grand="收入支出总计均为850.00万元。"),
                                kind="决算") if c.rule == "D-001"]
    # 780.00 + 70.01 = 850.01: 0.01 off, inside the three printed amounts' rounding (0.015): a note, not an error
    assert [(c.outcome, c.severity) for c in found] == [("fail", "info"), ("pass", "error")]
    assert "780.00+70.01=850.01" in found[0].message


@pytest.mark.parametrize("spent, outcome", [("190.00", "pass"), ("170.00", "fail")])
def test_a_funds_own_year_balances_in_the_words(spent: str, outcome: str) -> None:
    text = _OVERVIEW.format(closing="70.00", grand="").replace("本年支出190.00万元", f"本年支出{spent}万元")
    found = _d001(fund_year_balance, text)
    assert [(r, o) for r, o, _ in found] == [("D-001", outcome)]
    if outcome == "fail":
        assert "10.00+200.00=210.00" in found[0][2] and "170.00+20.00=190.00" in found[0][2] and "差20.00" in found[0][2]


def test_a_funds_year_in_a_tables_note_with_half_width_marks_is_read() -> None:
    text = "注:本年一般公共预算财政拨款年初结转和结余5.00万元;本年收入100.00万元;本年支出96.00万元;年末结转和结余8.00万元。"
    found = _d001(fund_year_balance, text)
    assert [(r, o) for r, o, _ in found] == [("D-001", "fail")]


def test_a_budget_document_has_no_fund_year_balance() -> None:
    text = "一般公共预算财政拨款年初结转和结余5.00万元，本年收入100.00万元，本年支出96.00万元，年末结转和结余8.00万元。"
    assert _checks(fund_year_balance, text, kind="预算") == []


# --- PR-REPEAT: “运行开支列入机关运行经费X万元” prints the 机关运行经费 a second time ---------------------------------

_FIRST = "（一）机关运行经费。2026年本部门机关运行经费预算48.30万元，比上年减少1.20万元。"


@pytest.mark.parametrize("second", [
    "（四）国有资产占用情况。本年度不新购车辆，现有车辆的运行开支列入机关运行经费84.30万元统筹保障。",
    "（四）国有资产占用情况。本年度不新購車輛，車輛运行费用纳入机关运行经费84.30万元统筹安排。",
    "车辆运行开支计入机关运行经费84.30万元。",
])
def test_an_amount_a_cost_is_put_into_is_a_second_printing_of_it(second: str) -> None:
    found = _failed(pr_repeat_amount, _FIRST, second)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-REPEAT", "error")]
    assert "第1页为48.30万元，在第2页为84.30万元" in found[0][2]


def test_the_same_amount_a_cost_is_put_into_passes() -> None:
    checks = _checks(pr_repeat_amount, _FIRST, "现有车辆的运行开支列入机关运行经费48.30万元统筹保障。")
    assert [(c.rule, c.outcome) for c in checks] == [("PR-REPEAT", "pass")]


def test_an_amount_put_into_the_costs_of_another_year_is_not_this_years() -> None:
    checks = _checks(pr_repeat_amount, _FIRST, "2025年车辆运行开支列入机关运行经费84.30万元。")
    assert checks == []


def test_an_amount_before_the_words_put_into_is_the_parts_not_the_wholes() -> None:
    checks = _checks(pr_repeat_amount, _FIRST, "公务用车运行维护费6.00万元列入机关运行经费统筹保障。")
    assert checks == []


# --- IE-BP in the words: “…收支均为A万元，较上年…。从支出结构看，基本支出B万元…；项目支出C万元…” ------------------

_BALANCED = ("当年一般公共预算财政拨款收支均为1,250.00万元，较上年增长4.0%（增加48.00万元）。{opener}基本支出400.00万元，"
             "增加10.00万元；项目支出{project}万元，增加38.00万元。")


@pytest.mark.parametrize("opener", ["从支出结构看，", "从支出性质看:", "按支出结构分，"])
def test_a_split_after_a_balanced_total_is_held_to_it(opener: str) -> None:
    found = _failed(split_adds_up, _BALANCED.format(opener=opener, project="820.00"))
    assert [(rule, severity) for rule, severity, _ in found] == [("IE-BP", "error")]
    assert "一般公共预算财政拨款1250.00 与 基本支出+项目支出=400.00+820.00=1220.00，差30.00" in found[0][2]


def test_a_split_after_a_balanced_total_that_adds_up_passes() -> None:
    checks = _checks(split_adds_up, _BALANCED.format(opener="从支出结构看，", project="850.00"))
    assert [(c.rule, c.outcome) for c in checks] == [("IE-BP", "pass")]


def test_a_split_a_rounding_step_off_its_balanced_total_is_no_error() -> None:
    checks = _checks(split_adds_up, _BALANCED.format(opener="从支出结构看，", project="850.01"))
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("IE-BP", "fail", "info")]


@pytest.mark.parametrize(("label", "bare"), [
    ("三、一般公共预算财政拨款预算安排当年一般公共预算财政拨款", "一般公共预算财政拨款"),
    ("当年一般公共预算财政拨款", "一般公共预算财政拨款"),
    ("二、支出决算情况本年支出", "本年支出"),
])
def test_the_splits_total_is_named_without_its_heading_or_when(label: str, bare: str) -> None:
    assert _without_heading(label) == bare
