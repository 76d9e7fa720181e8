"""Rules fixed for the thirtieth blind corpus of the check engine (issue 9, checks_heldout30): a function class printed
in 亿元 is quoted (and rounded) in 亿元 in IE-EXP-SUM's message; a 预算's 政府采购 total named its 计划金额 is held to its
kinds (also in traditional characters); a 机关运行经费 introduced by what it is for (“用于…的”) is the same quantity
for PR-REPEAT; a change and its rate printed on a year total named without its amount (收支总额, 支出预算), in the second
clause of a sentence or with the rate opening the next sentence, is held to the total the figures hold (PR-PCT); a
决算 printing its 收入总计 but no 支出总计 holds its spending side to the 收入总计 (D-001, the statement balances); the
parser reads the function classes the words list after “分功能科目看”/“从功能分类看” (IE-EXP-SUM, PT-FUNC on them).
Sentences and figures made up for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosures
from disclosures.parsing.checks.changes import change_on_last_year
from disclosures.parsing.checks.figures import ie_exp_sum
from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.totals import final_totals
from disclosures.parsing.checks.wording import pr_proc_sum
from disclosures.parsing.text import page_lines, to_simplified
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "预算", year: int = 2026) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


def _failed(rule, *pages: str, kind: str = "预算") -> list[tuple[str, str, str]]:
    checks = rule(_result(kind), text_of(page_lines(list(pages))))
    return [(c.rule, c.severity, c.message) for c in checks if c.outcome == "fail"]


def _outcomes(rule, *pages: str, kind: str = "预算") -> list[tuple[str, str]]:
    return [(c.rule, c.outcome) for c in rule(_result(kind), text_of(page_lines(list(pages))))]


# --- IE-EXP-SUM: a class printed in 亿元 beside classes in 万元 ----------------------------------------------------

def _exp_sum(total: str, total_unit: str, classes: list[tuple[str, str, str, str]]) -> list:
    """classes: (code, name, amount as printed, unit as printed)."""
    factor = {"亿元": Decimal(10000), "万元": Decimal(1)}
    result = _result()
    result.figures["expenditure_total"] = Figure(
        metric="expenditure_total", value=Decimal(total.replace(",", "")) * factor[total_unit], page=1,
        source=f"支出预算{total}{total_unit}", fund_scope="全口径", origin="prose",
        display_scale=len(total.split(".")[1]) if "." in total else 0, source_unit=total_unit)
    sentence = "按功能分类，" + "，".join(f"{name}{raw}{unit}" for _, name, raw, unit in classes) + "。"
    result.expenditure_by_function = [
        FunctionLine(name, Decimal(raw.replace(",", "").replace(" ", "")) * factor[unit], code, 1, sentence)
        for code, name, raw, unit in classes]
    return list(ie_exp_sum(result))


def test_it_quotes_a_class_printed_in_yi_yuan_as_printed() -> None:
    checks = _exp_sum("4.15", "亿元", [("205", "教育支出", "3.27", "亿元"), ("208", "社会保障和就业支出", "2,904.30", "万元"),
                                     ("221", "住房保障支出", "1,018.70", "万元")])
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("IE-EXP-SUM", "fail", "error")]
    # 32700 + 2904.30 + 1018.70 = 36623.00 against 41500: the 教育支出 is quoted as it was printed
    assert "32700（3.27亿元）" in checks[0].message
    assert "36623.00" in checks[0].message and "4877.00" in checks[0].message
    # the tolerance holds both 亿元 half-steps (50 each) and the 万元 ones
    assert checks[0].tolerance == Decimal("100.010")


def test_it_takes_a_yi_yuan_class_within_its_half_step_for_rounding() -> None:
    # 3.27亿元 stands for 32650–32750万元: 41500 − 2904.30 − 1018.70 = 37577 is out of it, 36577.00 is just in
    checks = _exp_sum("4.05", "亿元", [("205", "教育支出", "3.27", "亿元"), ("208", "社会保障和就业支出", "2,904.30", "万元"),
                                     ("221", "住房保障支出", "1,018.70", "万元")])
    # 40500 − 36623.00 = 3877.00, far outside: still an error
    assert [(c.outcome, c.severity) for c in checks] == [("fail", "error")]
    edge = _exp_sum("3.67", "亿元", [("205", "教育支出", "3.27", "亿元"), ("208", "社会保障和就业支出", "2,904.30", "万元"),
                                    ("221", "住房保障支出", "1,018.70", "万元")])
    # 36700 − 36623.00 = 77.00 ≤ 100.01: the two 亿元 printings can round to that
    assert [(c.outcome, c.severity) for c in edge] == [("fail", "info")]


def test_it_quotes_a_wan_yuan_class_as_before() -> None:
    checks = _exp_sum("3,923.00", "万元", [("205", "教育支出", "2,900.00", "万元"), ("208", "社会保障和就业支出", "1,023.00", "万元")])
    assert [(c.outcome, c.severity) for c in checks] == [("pass", "error")]
    assert "亿元" not in checks[0].message


# --- PR-PROC-SUM: a 预算's total named 计划金额 -----------------------------------------------------------------

@pytest.mark.parametrize("head", ["政府采购计划金额", "政府采购计划数", "政府采购计划总额为"])
def test_it_holds_a_planned_procurement_total_to_its_kinds(head: str) -> None:
    found = _failed(pr_proc_sum, f"本年{head}372.40万元（货物类150.00万元；工程类30.00万元；服务类160.40万元）。")
    # 150.00 + 30.00 + 160.40 = 340.40
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PROC-SUM", "error")]
    assert "372.40" in found[0][2] and "340.40" in found[0][2] and "32.00" in found[0][2]


def test_it_passes_a_planned_procurement_total_its_kinds_add_up_to() -> None:
    assert _outcomes(pr_proc_sum, "政府采购计划金额340.40万元，其中货物类150.00万元、工程类30.00万元、服务类160.40万元。") == [
        ("PR-PROC-SUM", "pass")]


def test_it_reads_a_planned_procurement_total_in_traditional_characters_and_yuan() -> None:
    raw = "全年政府採購計劃金額3,724,000.00元（貨物類1,500,000.00元；工程類300,000.00元；服務類1,604,000.00元）。"
    text, converted = to_simplified(raw)
    assert converted
    found = _failed(pr_proc_sum, text)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PROC-SUM", "error")]
    assert "3,724,000.00元" in found[0][2]


def test_it_leaves_a_plan_followed_by_what_was_bought() -> None:
    # the kinds add up to the actual purchases a 决算 names after its plan, not to the plan
    sentence = "政府采购计划金额372.40万元，实际完成采购340.40万元，其中货物类150.00万元、工程类30.00万元、服务类160.40万元。"
    assert [o for o in _outcomes(pr_proc_sum, sentence, kind="决算") if o[1] == "fail"] == []


# --- PR-REPEAT: “用于…的机关运行经费” ----------------------------------------------------------------------------

def test_it_compares_a_running_cost_introduced_by_its_purpose_with_its_later_printing() -> None:
    found = _failed(pr_repeat_amount, "五、机关运行经费\n答：用于维持机关日常运转的机关运行经费为86.30万元，比上年增加1.20万元。",
                    "七、其他情况\n本单位机关运行经费83.60万元主要用于办公和水电。")
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-REPEAT", "error")]
    assert "86.30万元" in found[0][2] and "83.60万元" in found[0][2]


def test_it_passes_a_running_cost_introduced_by_its_purpose_printed_alike() -> None:
    outcomes = _outcomes(pr_repeat_amount, "用于机关日常运转的机关运行经费为86.30万元。\n本单位机关运行经费86.30 万元主要用于办公。")
    assert outcomes == [("PR-REPEAT", "pass")]


def test_it_still_leaves_a_running_cost_of_another_year() -> None:
    outcomes = _outcomes(pr_repeat_amount, "用于机关日常运转的机关运行经费为86.30万元。\n2025年机关运行经费83.60万元。")
    assert outcomes == []


# --- PR-PCT: a year total's change and rate printed without its amount ---------------------------------------------

def _with_totals(income: str, expenditure: str, unit: str = "万元") -> ParsedDisclosure:
    factor = {"元": Decimal("0.0001"), "万元": Decimal(1)}
    result = _result()
    for key, raw in (("income_total", income), ("expenditure_total", expenditure)):
        result.figures[key] = Figure(metric=key, value=Decimal(raw.replace(",", "")) * factor[unit], page=1,
                                     source=f"{raw}{unit}", display_scale=2, source_unit=unit, fund_scope="全口径")
    return result


def _rates(result: ParsedDisclosure, *pages: str) -> list[tuple[str, str, str]]:
    return [(c.outcome, c.severity, c.message) for c in change_on_last_year(result, text_of(page_lines(list(pages))))
            if c.rule == "PR-PCT"]


def test_it_holds_a_rate_of_the_second_subject_of_a_sentence_to_its_total() -> None:
    # 1,650.00 − 120.00 = 1,530.00 last year: 120.00 / 1,530.00 = 7.84%, not 9.84%
    found = _rates(_with_totals("1,650.00", "1,650.00"),
                   "全年收支预算1,650.00万元。其中收入预算比上年增加120.00万元，支出预算比上年增加120.00万元，增长9.84%。")
    assert [(outcome, severity) for outcome, severity, _ in found] == [("fail", "error")]
    assert "7.84%" in found[0][2] and "9.84%" in found[0][2]


def test_it_passes_a_rate_of_a_total_that_fits() -> None:
    found = _rates(_with_totals("1,650.00", "1,650.00"),
                   "其中收入预算比上年增加120.00万元，支出预算比上年增加120.00万元，增长7.84%。")
    assert [(outcome, severity) for outcome, severity, _ in found] == [("pass", "error")]


def test_it_reads_a_rate_opening_the_next_sentence_in_yuan() -> None:
    # 412,000.00 on 6,180,000.00 − 412,000.00 = 5,768,000.00 is 7.14%; 6.67% is 412,000 on this year's total
    found = _rates(_with_totals("6,180,000.00", "6,180,000.00", "元"),
                   "收支总额较上年增加412,000.00元。增长6.67%，主要是信息化项目增加。")
    assert [(outcome, severity) for outcome, severity, _ in found] == [("fail", "warning")]
    assert "7.14%" in found[0][2] and "6.67%" in found[0][2]


def test_it_takes_the_rate_edge_as_rounding() -> None:
    # 7.14% stated for 7.1428…%: within the rate's own half-step
    assert [o for o, _, _ in _rates(_with_totals("6,180,000.00", "6,180,000.00", "元"),
                                     "收支总额较上年增加412,000.00元。\n增长7.14%。")] == ["pass"]


def test_it_leaves_a_total_subject_whose_income_and_spending_differ() -> None:
    assert _rates(_with_totals("1,650.00", "1,600.00"), "收支总额较上年增加120.00万元，增长9.84%。") == []


def test_it_leaves_a_rate_sentence_after_one_that_prints_its_own_rate() -> None:
    found = _rates(_with_totals("1,650.00", "1,650.00"), "收支总额较上年增加120.00万元，增长7.84%。增长9.84%，主要是…")
    assert [o for o, _, _ in found] == ["pass"]


# --- D-001: a 决算 that prints its 收入总计 but not its 支出总计 -------------------------------------------------------

def test_it_holds_the_spending_side_to_the_income_total_when_no_spending_total_is_printed() -> None:
    found = _failed(final_totals, "答：收入总计为2,418.60万元，其中年初结转和结余64.00万元。本年支出合计2,301.20万元；"
                                  "年末结转和结余137.40万元。", kind="决算")
    # 2,301.20 + 137.40 = 2,438.60
    assert [(rule, severity) for rule, severity, _ in found] == [("D-001", "error")]
    assert "2418.60" in found[0][2] and "2438.60" in found[0][2] and "收入总计（即支出总计）" in found[0][2]


def test_it_passes_a_spending_side_that_adds_to_the_income_total() -> None:
    checks = list(final_totals(_result("决算"), text_of(page_lines(
        ["收入总计为2,438.60万元。本年支出合计2,301.20万元；\n年末结转和结余137.40 万元。"]))))
    assert [(c.rule, c.outcome) for c in checks] == [("D-001", "pass")]


def test_it_keeps_a_printed_spending_total_and_leaves_a_budget() -> None:
    # the 支出总计 printed is the spending side's own total
    checks = list(final_totals(_result("决算"), text_of(page_lines(
        ["收入总计为2,418.60万元。支出总计2,438.60万元，其中本年支出合计2,301.20万元，年末结转和结余137.40万元。"]))))
    assert ("D-001", "支出总计等于本年支出合计加结余分配和年末结转和结余", "pass") in [(c.rule, c.name, c.outcome) for c in checks]
    assert _failed(final_totals, "收入总计为2,418.60万元。本年支出合计2,301.20万元；年末结转和结余137.40万元。") == []


def test_it_leaves_the_income_total_when_a_surplus_allocation_is_named_without_amount() -> None:
    assert _failed(final_totals, "收入总计为2,418.60万元。本年支出合计2,301.20万元；年末结转和结余137.40万元，另有结余分配。",
                   kind="决算") == []


# --- the prose's function classes after “分功能科目看” / “从功能分类看” ----------------------------------------------

_STATEMENT = """某县测试局2026年部门预算情况说明
一、收支预算总体情况
全年收入预算合计为1,380.00万元。全年安排支出1,380.00万元：基本支出900.00万元，项目支出480.00万元。
{lead}农林水支出1,020.00万元，社会保障和就业支出{social}万元，住房保障支出110.00万元。
"""


@pytest.mark.parametrize("lead", ["分功能科目看，", "从功能分类看：", "从支出功能分类来看，"])
def test_it_reads_the_classes_the_words_list_after_a_looked_at_by_function_lead(lead: str, tmp_path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(_STATEMENT.format(lead=lead, social="250.00"), encoding="utf-8")
    [result] = parse_disclosures(path)
    assert [(line.name, line.value, line.table) for line in result.expenditure_by_function] == [
        ("农林水支出", Decimal("1020.00"), None), ("社会保障和就业支出", Decimal("250.00"), None),
        ("住房保障支出", Decimal("110.00"), None)]
    assert [(c.outcome, c.severity) for c in result.checks if c.rule == "IE-EXP-SUM"] == [("pass", "error")]


def test_it_reports_classes_after_such_a_lead_that_miss_their_total(tmp_path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(_STATEMENT.format(lead="分功能科目看，", social="520.00"), encoding="utf-8")
    [result] = parse_disclosures(path)
    failed = [c for c in result.checks if c.rule == "IE-EXP-SUM" and c.outcome == "fail"]
    # 1,020.00 + 520.00 + 110.00 = 1,650.00 against 1,380.00
    assert [(c.severity, "1650.00" in c.message) for c in failed] == [("error", True)]
