"""Rules fixed for the twenty-fifth blind corpus of the check engine (issue 9, checks_heldout25, part b): the
一般公共预算拨款 part of the 政府采购 named in the total's own sentence cannot exceed the total (PR-PROC-SUM), a
vehicle total whose list opens with 分别为/包括 or follows a note in brackets is checked against its parts
(PR-VEH-SUM), and an amount restated as “上述X万元” must read as the amount it restates (PR-REPEAT). Sentences written
for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing import parse_disclosures
from disclosures.parsing.checks.sangong import pr_veh_sum
from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wording import pr_proc_general_part
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试中心"


def _result(year: int = 2026, kind: str = "预算") -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


def _checks(rule, *pages: str, year: int = 2026) -> list:
    return list(rule(_result(year), text_of(page_lines(list(pages)))))


def _failed(rule, *pages: str, year: int = 2026) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in _checks(rule, *pages, year=year) if c.outcome == "fail"]


def _parsed_fails(text: str, rule: str) -> list[tuple[str, str]]:
    (parsed,) = parse_disclosures(text.encode("utf-8"), filename="statement.txt")
    return [(c.severity, c.message) for c in parsed.checks if c.rule == rule and c.outcome == "fail"]


# --- PR-PROC-SUM: the 一般公共预算拨款 part ≤ the procurement total ------------------------------------------------

@pytest.mark.parametrize("said", ["按资金来源，一般公共预算拨款安排的采购为95.00万元",
                                  "使用一般公共预算拨款采购95.00万元",
                                  "其中一般公共预算财政拨款政府采购95.00万元"])
def test_a_general_budget_part_larger_than_the_procurement_total_is_an_error(said: str) -> None:
    sentence = f"（二）政府采购情况。2026年本中心政府采购预算总额80.00万元，其中货物类30.00万元、服务类50.00万元；{said}。"
    found = _failed(pr_proc_general_part, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PROC-SUM", "error")]
    assert "80.00万元" in found[0][2] and "95.00万元" in found[0][2]


def test_a_general_budget_part_within_the_total_passes() -> None:
    sentence = "2026年本中心政府采购预算总额80.00万元，其中货物类30.00万元、服务类50.00万元；使用一般公共预算拨款采购62.50万元。"
    checks = _checks(pr_proc_general_part, sentence)
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("PR-PROC-SUM", "pass", "error")]


@pytest.mark.parametrize(("part", "outcome", "severity"), [("80.04", "fail", "info"), ("80.10", "fail", "error")])
def test_the_part_may_exceed_a_coarser_total_only_by_its_rounding(part: str, outcome: str, severity: str) -> None:
    sentence = f"2026年政府采购预算80.0万元，其中货物类30.0万元、服务类50.0万元；一般公共预算拨款采购{part}万元。"
    checks = _checks(pr_proc_general_part, sentence)
    assert [(c.outcome, c.severity) for c in checks] == [(outcome, severity)]


def test_amounts_in_yuan_with_spaces_inside_the_numbers_are_compared_in_wan_yuan() -> None:
    sentence = "2026年政府采购预算800 000.00元，其中货物类300,000.00元、服务类500,000.00元；使用一般公共预算拨款采购950, 000.00元。"
    found = _failed(pr_proc_general_part, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PROC-SUM", "error")]
    assert "800000.00元" in found[0][2] and "950,000.00元" in found[0][2]


def test_money_other_than_the_general_budget_and_the_part_head_itself_are_not_read_as_the_part() -> None:
    other = "2026年政府采购预算80.00万元，其中货物类30.00万元、服务类50.00万元；一般公共预算拨款以外的资金采购95.00万元。"
    assert _checks(pr_proc_general_part, other) == []
    head = "一般公共预算拨款政府采购预算80.00万元，其中货物类30.00万元、服务类50.00万元；其余95.00万元由政府性基金安排。"
    assert _checks(pr_proc_general_part, head) == []


# --- PR-VEH-SUM: lists opened by 分别为/包括, after a note in brackets ----------------------------------------------

@pytest.mark.parametrize("listed", ["（统计时点为2025年12月31日），分别为一般公务用车2辆、执法执勤用车5辆",
                                    "(截至2025年底)，包括一般公务用车2辆，执法执勤用车5辆",
                                    "(截至2025年底)其中:一般公务用车2辆、执法执勤用车5辆"])
def test_vehicle_parts_above_the_total_after_a_note_or_another_opener_are_an_error(listed: str) -> None:
    found = _failed(pr_veh_sum, f"（四）国有资产占用情况。本中心现有车辆6辆{listed}。")
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-VEH-SUM", "error")]
    assert "2+执法执勤用车5=7辆" in found[0][2] and "总数6辆" in found[0][2]


def test_vehicle_parts_that_add_to_the_total_after_a_note_pass() -> None:
    checks = _checks(pr_veh_sum, "本中心现有车辆7辆（统计时点为2025年12月31日），分别为一般公务用车2辆、执法执勤用车5辆。")
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("PR-VEH-SUM", "pass", "error")]


def test_vehicle_parts_below_the_total_after_a_note_are_a_hint_only() -> None:
    checks = _checks(pr_veh_sum, "本中心现有车辆8辆（统计时点为2025年12月31日），分别为一般公务用车2辆、执法执勤用车5辆。")
    assert [(c.outcome, c.severity) for c in checks] == [("fail", "info")]


def test_a_vehicle_list_in_traditional_script_with_a_note_is_checked() -> None:
    text = ("某縣測試中心2026年部門預算情況說明\n一、收入支出預算總體情況\n2026年收入預算合計120.00萬元，支出預算合計120.00萬元。\n"
            "二、其他重要事項\n本中心現有車輛6輛(統計時點為2025年12月31日)，分別為一般公務用車2輛、執法執勤用車5輛。\n")
    found = _parsed_fails(text, "PR-VEH-SUM")
    assert [severity for severity, _ in found] == ["error"]
    assert "7辆" in found[0][1] and "6辆" in found[0][1]


# --- PR-REPEAT: “上述X万元” restates the amount before it ----------------------------------------------------------

SANGONG = "五、“三公”经费预算\n2026年一般公共预算财政拨款“三公”经费预算8.40万元，比上年减少0.60万元，下降6.7%。"


def test_a_restated_amount_off_by_its_last_digit_is_a_warning() -> None:
    found = _failed(pr_repeat_amount, SANGONG + "上述8.41万元全部由一般公共预算财政拨款安排。")
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-REPEAT", "warning")]
    assert "8.40万元" in found[0][2] and "上述8.41万元" in found[0][2]


def test_a_restated_amount_that_matches_passes() -> None:
    checks = _checks(pr_repeat_amount, SANGONG + "上述8.40万元全部由一般公共预算财政拨款安排。")
    assert [(c.rule, c.outcome) for c in checks] == [("PR-REPEAT", "pass")]


def test_a_restated_amount_beyond_both_half_steps_is_an_error() -> None:
    found = _failed(pr_repeat_amount, SANGONG, "前述经费8.60万元全部由一般公共预算财政拨款安排。")
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-REPEAT", "error")]
    assert "8.40万元" in found[0][2] and "8.60万元" in found[0][2]


@pytest.mark.parametrize("restated", ["上述5.00万元", "上述8.40万元", "以上8.40万元"])
def test_a_restatement_of_a_part_or_of_the_whole_is_no_disagreement(restated: str) -> None:
    text = ("2026年“三公”经费预算8.40万元，其中公务用车运行维护费5.00万元、公务接待费3.40万元。"
            f"{restated}均由一般公共预算财政拨款安排。")
    assert _failed(pr_repeat_amount, text) == []


def test_a_restatement_of_a_sum_of_parts_is_no_disagreement() -> None:
    text = "2026年机关运行经费预算12.00万元，其中办公费4.50万元、印刷费2.30万元。上述6.80万元主要用于日常办公。"
    assert _failed(pr_repeat_amount, text) == []


def test_a_restatement_of_another_year_or_too_far_back_is_not_read() -> None:
    other_year = "2025年“三公”经费预算9.00万元。上述9.10万元全部由财政拨款安排。"
    assert _failed(pr_repeat_amount, other_year) == []
    far = "2026年“三公”经费预算8.40万元。本中心无出国任务。本年未安排购车。上述8.41万元全部由财政拨款安排。"
    assert _failed(pr_repeat_amount, far) == []


def test_a_restatement_with_a_space_inside_the_number_is_read() -> None:
    found = _failed(pr_repeat_amount, SANGONG + "上述 8.4 1万元全部由一般公共预算财政拨款安排。")
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-REPEAT", "warning")]
    assert "8.41万元" in found[0][2]
