"""Rules fixed for the twenty-fifth blind corpus of the check engine (issue 9, checks_heldout25, part b): the
一般公共预算拨款 part of the 政府采购 named in the total's own sentence cannot exceed the total (PR-PROC-SUM), a
vehicle total whose list opens with 分别为/包括 or follows a note in brackets is checked against its parts
(PR-VEH-SUM), and an amount restated as “上述X万元” must read as the amount it restates (PR-REPEAT). Sentences written
for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing import parse_disclosures
from disclosures.parsing.checks.sangong import pr_veh_sum
from disclosures.parsing.checks.text import text_of
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
