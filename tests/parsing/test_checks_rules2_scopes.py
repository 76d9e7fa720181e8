"""Two false errors of the second blind corpus fixed at their cause in the prose reader (issue 9): a 本级 “三公”
total is not the department's when the department's is stated too, and a source's change (事业收入比上年增加…) is not
the income total's. Statements written for these tests."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing import parse_disclosure

HEAD = "某县司法局2025年部门预算情况说明\n一、部门构成\n本部门由局机关和县公证处组成。\n"


def parse(body: str):
    return parse_disclosure((HEAD + body).encode(), filename="s.txt")


def sangong(level_first: str, whole: str, items: str) -> str:
    return (f"二、“三公”经费\n局机关本级“三公”经费预算{level_first}万元，全部为公务接待费；部门“三公”经费预算{whole}万元，"
            f"其中{items}。\n")


ITEMS = "公务接待费7.50万元，公务用车运行维护费1.50万元，因公出国（境）费和公务用车购置费为0万元"


def test_the_department_total_wins_over_the_own_level_one() -> None:
    parsed = parse(sangong("5.00", "9.00", ITEMS))
    assert parsed.figures["sangong_total"].value == Decimal("9.00")
    assert [(c.outcome, c.severity) for c in parsed.checks if c.rule == "SG-SUM"] == [("pass", "error")]


def test_sg_sum_still_fails_when_the_department_total_does_not_add() -> None:
    parsed = parse(sangong("5.00", "9.50", ITEMS))
    assert parsed.figures["sangong_total"].value == Decimal("9.50")
    assert [(c.outcome, c.severity) for c in parsed.checks if c.rule == "SG-SUM"] == [("fail", "error")]


def test_an_own_level_total_alone_is_still_read() -> None:
    parsed = parse("二、“三公”经费\n局机关本级“三公”经费预算5.00万元，全部为公务接待费。\n")
    assert parsed.figures["sangong_total"].value == Decimal("5.00")


def overview(source_change: str, spend_change: str = "70.00") -> str:
    return ("二、收支预算总体情况\n2025年部门收入预算1,200.00万元，比上年增加70.00万元，其中一般公共预算拨款收入1,000.00万元，"
            f"事业收入200.00万元。部门支出预算1,200.00万元，比上年增加{spend_change}万元，其中公共安全支出1,200.00万元。\n"
            f"三、一般公共预算拨款支出\n一般公共预算拨款支出1,000.00万元，比上年增加30.00万元。差异是因为事业收入比上年增加"
            f"{source_change}万元。\n")


def test_a_sources_change_is_not_the_totals() -> None:
    parsed = parse(overview("40.00"))
    assert parsed.figures["income_total"].change == Decimal("70.00")
    assert [(c.outcome, c.severity) for c in parsed.checks if c.rule == "IE-CHG-BAL"] == [("pass", "error")]


def test_ie_chg_bal_still_fails_on_totals_that_change_differently() -> None:
    parsed = parse(overview("40.00", spend_change="75.00"))
    assert [(c.outcome, c.severity) for c in parsed.checks if c.rule == "IE-CHG-BAL"] == [("fail", "error")]
