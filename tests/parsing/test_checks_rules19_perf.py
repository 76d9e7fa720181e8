"""PR-PERF in words, one reader (issue 19): the funds a 绩效 sentence names are held to the 项目支出 of their own scope
where the words print it, to the other scope's only where they do not, never to an amount printed in the sentence
itself, and with one tolerance for the claim that every project is covered. The two readers this replaces disagreed on
each of these shapes. Pages and figures written for these tests (made-up units and amounts).
"""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.subjects import perf_funds_by_scope, pr_perf_in_words
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

ALL = "二、收入支出预算总体情况\n2025年部门支出预算500.00万元，其中基本支出300.00万元，项目支出{project}万元。\n"
FISCAL = "三、一般公共预算财政拨款支出预算情况\n一般公共预算财政拨款支出400.00万元，其中基本支出280.00万元，项目支出{project}万元。\n"
OTHER = "五、其他重要事项\n{perf}\n"


def _checks(rule, page: str, kind: str = "预算") -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县测试中心", year=2025, kind=kind, scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in rule(result, text_of(page_lines([page])))]


@pytest.mark.parametrize(("funds", "expected"), [
    ("110.00", [("PR-PERF", "pass", "error")]),
    # within the all-funds 项目支出 (200.00) but above the 财政拨款 one it names (120.00): an error, read once
    ("150.00", [("PR-PERF", "fail", "error")]),
])
def test_named_funds_are_held_to_their_own_scope_before_the_largest_amount(funds: str, expected: list) -> None:
    perf = f"2025年实行绩效目标管理的项目4个，涉及一般公共预算财政拨款{funds}万元。"
    page = ALL.format(project="200.00") + FISCAL.format(project="120.00") + OTHER.format(perf=perf)
    assert _checks(pr_perf_in_words, page) == expected
    assert _checks(perf_funds_by_scope, page) == expected


@pytest.mark.parametrize(("perf", "kind", "expected"), [
    # every project covered, the 财政拨款 funds short of the all-funds 项目支出: a hint (one fund's share)
    ("项目支出全部实行绩效目标管理，涉及一般公共预算当年财政拨款150.00万元。", "预算", [("PR-PERF", "fail", "info")]),
    # a fund's part above the all-funds whole cannot hold
    ("项目支出全部实行绩效目标管理，涉及一般公共预算当年财政拨款230.00万元。", "预算", [("PR-PERF", "fail", "error")]),
    ("实行绩效目标管理的项目3个，涉及一般公共预算财政拨款230.00万元。", "预算", [("PR-PERF", "fail", "error")]),
    ("实行绩效目标管理的项目3个，涉及一般公共预算财政拨款190.00万元。", "预算", [("PR-PERF", "pass", "error")]),
    # a 决算's self-evaluated funds are not bounded by the all-funds 项目支出 of its words
    ("对3个项目开展了绩效自评，涉及一般公共预算财政拨款230.00万元。", "决算", []),
])
def test_without_a_printing_of_their_scope_the_funds_meet_the_other_one(perf: str, kind: str, expected: list) -> None:
    page = ALL.format(project="200.00") + OTHER.format(perf=perf)
    assert _checks(pr_perf_in_words, page, kind) == expected
    assert _checks(perf_funds_by_scope, page, kind) == []  # the same reading within its own scope only


@pytest.mark.parametrize(("funds", "expected"), [
    ("200.00", [("PR-PERF", "pass", "error")]),
    # funds of no named fund short of the all-funds 项目支出 though every project is said to be covered: a hint
    ("180.00", [("PR-PERF", "fail", "info")]),
    ("210.00", [("PR-PERF", "fail", "error")]),
])
def test_unnamed_funds_and_every_project(funds: str, expected: list) -> None:
    perf = f"所有项目均编制了绩效目标，涉及资金{funds}万元。"
    page = ALL.format(project="200.00") + OTHER.format(perf=perf)
    assert _checks(pr_perf_in_words, page) == expected


def test_an_amount_printed_only_in_the_performance_sentence_is_not_checked_against_itself() -> None:
    page = "八、绩效目标\n项目支出60.00万元全部设定绩效目标，计划举办讲座6场。\n"
    assert _checks(pr_perf_in_words, page) == []


@pytest.mark.parametrize(("project", "funds", "expected"), [
    ("120.00", "120.00", [("PR-PERF", "pass", "error")]),
    ("120.00", "120.04", [("PR-PERF", "fail", "error")]),
    # at the edge: one decimal against two, within both half-steps: an info, not a pass after rounding
    ("120.0", "120.04", [("PR-PERF", "fail", "info")]),
])
def test_the_claim_that_every_project_is_covered_has_one_tolerance(project: str, funds: str, expected: list) -> None:
    perf = f"项目支出均实行了绩效目标管理，涉及一般公共预算当年财政拨款{funds}万元。"
    page = FISCAL.format(project=project) + OTHER.format(perf=perf)
    assert _checks(pr_perf_in_words, page) == expected


def test_an_amount_stated_as_the_projects_between_two_printings_is_left_alone() -> None:
    # the 项目支出 itself, no fund named, and the words print two different 项目支出 (all funds, 财政拨款): neither is
    # “the other scope” of such an amount, so nothing is held against the smaller one
    perf = "本中心2025年项目支出200.00万元，均已编制绩效目标。"
    page = ALL.format(project="200.00") + FISCAL.format(project="120.00") + OTHER.format(perf=perf)
    assert _checks(pr_perf_in_words, page) == []


def test_a_fund_named_in_brackets_after_the_amount_gives_its_scope() -> None:
    perf = "项目支出{funds}万元（财政拨款）均设定了绩效目标，主要用于社区讲座。"
    page = ALL.format(project="200.00") + FISCAL.format(project="120.00")
    assert _checks(pr_perf_in_words, page + OTHER.format(perf=perf.format(funds="120.00"))) == [("PR-PERF", "pass", "error")]
    assert _checks(pr_perf_in_words, page + OTHER.format(perf=perf.format(funds="125.00"))) == [("PR-PERF", "fail", "error")]
