"""Prose causes behind two misses of the second blind corpus (issue 9): a 基本/项目 split whose halves a semicolon
separates keeps one fund scope (so IE-BP can run), and 机关运行经费 stated inside the split (“其中机关运行经费…”) is the
same quantity as the one in the other-matters part (PR-REPEAT). Statements written for these tests."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing import parse_disclosure


def statement(body: str) -> bytes:
    return ("某县林业局2025年部门预算情况说明\n一、收支总体情况\n2025年收入900.00万元，其中一般公共预算拨款收入800.00万元，"
            "其他收入100.00万元；支出900.00万元，其中农林水支出900.00万元。\n" + body).encode()


SPLIT = ("三、一般公共预算拨款支出\n一般公共预算拨款支出800.00万元，按经济性质：基本支出{basic}万元，用于人员和日常运转，"
         "其中机关运行经费{inner}万元；项目支出{project}万元，主要用于造林。\n"
         "四、其他重要事项\n（一）机关运行经费\n2025年本部门机关运行经费预算为{outer}万元。\n")


def checks(rule: str, **amounts: str) -> list[tuple[str, str]]:
    parsed = parse_disclosure(statement(SPLIT.format(**amounts)), filename="s.txt")
    return [(c.outcome, c.severity) for c in parsed.checks if c.rule == rule]


def test_both_halves_of_a_split_take_the_general_budget_scope() -> None:
    parsed = parse_disclosure(statement(SPLIT.format(basic="500.00", inner="30.00", project="300.00", outer="30.00")),
                              filename="s.txt")
    basic, project = parsed.figures["basic_expenditure"], parsed.figures["project_expenditure"]
    assert (basic.value, project.value) == (Decimal("500.00"), Decimal("300.00"))
    assert basic.fund_scope == project.fund_scope == "一般公共预算财政拨款"


def test_ie_bp_passes_and_fails_on_a_semicolon_split() -> None:
    assert checks("IE-BP", basic="500.00", inner="30.00", project="300.00", outer="30.00") == [("pass", "error")]
    assert checks("IE-BP", basic="500.00", inner="30.00", project="320.00", outer="30.00") == [("fail", "error")]
    assert checks("IE-BP", basic="500.00", inner="30.00", project="300.01", outer="30.00") == [("fail", "info")]


def test_a_new_total_between_the_halves_keeps_the_scopes_apart() -> None:
    body = ("三、一般公共预算拨款支出\n一般公共预算拨款支出800.00万元，其中基本支出500.00万元；全部支出中项目支出400.00万元。\n")
    parsed = parse_disclosure(statement(body), filename="s.txt")
    assert parsed.figures["basic_expenditure"].fund_scope == "一般公共预算财政拨款"
    assert parsed.figures["project_expenditure"].fund_scope != "一般公共预算财政拨款"


def test_operating_costs_inside_the_split_must_match_the_later_statement() -> None:
    assert checks("PR-REPEAT", basic="500.00", inner="30.00", project="300.00", outer="30.00") == [("pass", "error")]
    assert checks("PR-REPEAT", basic="500.00", inner="30.00", project="300.00", outer="33.00") == [("fail", "error")]
