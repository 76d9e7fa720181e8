"""Rules for totals and parts the words state twice (the prose-only corruptions of family B), each on small
statements written for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.splits import opc_within_public_in_words
from disclosures.parsing.checks.subjects import ie_gb_income_in_words
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wording import ie_bal_grand_in_words
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def _result(kind: str = "决算", year: int = 2024) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县档案局", year=year, kind=kind, scope="部门")


def _run(rule, lines: list[str], *, kind: str = "决算", year: int = 2024) -> list[tuple[str, str, str]]:
    view = text_of([Line(line) for line in lines])
    return [(c.rule, c.outcome, c.severity) for c in rule(_result(kind, year), view)]


# --- IE-BAL in words: every 收入总计/支出总计 pair of the words, each in its own fund ---------------------------------

@pytest.mark.parametrize(("lines", "expected"), [
    # the all-funds pair balances; the 财政拨款 pair after it does not: read too (it used to stop at the first pair)
    (["2024年度收入总计520.40万元，支出总计520.40万元。", "2024年度财政拨款收入总计500.10万元、支出总计503.10万元。"],
     [("IE-BAL", "pass", "error"), ("IE-BAL", "fail", "error")]),
    (["2024年度收入总计520.40万元，支出总计520.40万元。", "2024年度财政拨款收入总计500.10万元、支出总计500.10万元。"],
     [("IE-BAL", "pass", "error"), ("IE-BAL", "pass", "error")]),
    # at the edge: a cent apart, within the two printings' half-steps (traditional 財)
    (["2024年度財政拨款收入总计500.10万元、支出总计500.11万元。"], [("IE-BAL", "fail", "info")]),
    (["2024年度財政拨款收入总计500.10万元、支出总计500.12万元。"], [("IE-BAL", "fail", "error")]),
    # amounts in 元 (a document in 元 is read in 万元)
    (["本年收入5,001,000.00元，本年支出5,001,300.00元。",
      "2024年度财政拨款收入总计5,001,000.00元、支出总计5,001,300.00元。"], [("IE-BAL", "fail", "error")]),
    # a 支出总计 naming another fund is not the 财政拨款 pair's other side
    (["2024年度财政拨款收入总计500.10万元，政府性基金支出总计20.00万元。"], []),
    # the same pair printed twice is read once
    (["收入总计520.40万元，支出总计520.40万元。", "即收入总计520.40万元，支出总计520.40万元。"],
     [("IE-BAL", "pass", "error")]),
    # last year's pair: not read
    (["上年财政拨款收入总计480.00万元、支出总计470.00万元。"], []),
])
def test_every_grand_total_pair_balances(lines: list[str], expected: list) -> None:
    assert _run(ie_bal_grand_in_words, lines) == expected


# --- TT-OPC-ECON in words: 机关运行经费 ≤ the 公用经费 of a split of the 基本支出; equal where the words say so ---------

_SPLIT = "基本支出412.30万元，其中：人员经费350.10万元，公用经费62.20万元。"


@pytest.mark.parametrize(("lines", "expected"), [
    ([_SPLIT, "（一）机关运行经费：2024年机关运行经费62.20万元。"], [("TT-OPC-ECON", "pass", "error")]),
    ([_SPLIT, "（一）机关运行经费：2024年机关运行经费65.20万元。"], [("TT-OPC-ECON", "fail", "error")]),
    ([_SPLIT, "2024年本单位机关运行经费决算40.00万元，比上年减少2.00万元。"], [("TT-OPC-ECON", "pass", "error")]),
    # at the edge: two printings to one decimal 0.05 apart (within both half-steps)
    (["其中：人员经费350.1万元，公用经费62.2万元。", "机关运行经费62.25万元。"], [("TT-OPC-ECON", "fail", "info")]),
    # the 人员经费 in the clause before a semicolon (“…用于基本工资等；公用经费…”), and 人员类/公用类
    (["人员经费350.10万元，主要用于基本工资、津贴补贴等；公用经费62.20万元，主要用于办公费。", "机关运行经费支出70.00万元。"],
     [("TT-OPC-ECON", "fail", "error")]),
    (["基本支出412.30万元，其中人员类350.10万元、公用类62.20万元。", "本年机关运行经费63.20万元。"],
     [("TT-OPC-ECON", "fail", "error")]),
    # amounts in 元 (read in 万元, each with the step it was printed with)
    (["基本支出4,123,000.00元，其中：人员经费3,501,000.00元，公用经费622,000.00元。", "机关运行经费622,003.00元。"],
     [("TT-OPC-ECON", "fail", "error")]),
    # the words say the two are one: a smaller 机关运行经费 is then a clash too (PR-REPEAT)
    ([_SPLIT, "（一）机关运行经费预算60.20万元，与公用经费一致。"], [("PR-REPEAT", "fail", "error")]),
    ([_SPLIT, "机关運行经费62.20万元。", "机关运行经费62.20万元，与一般公共预算财政拨款基本支出中的公用经费一致。"],
     [("PR-REPEAT", "pass", "error")]),
    # not applicable: no split of the 基本支出 in the words, last year's amount, another year's split
    (["（一）机关运行经费：2024年机关运行经费65.20万元。"], []),
    ([_SPLIT, "上年机关运行经费80.00万元。"], []),
    (["2023年基本支出412.30万元，其中：人员经费350.10万元，公用经费62.20万元。", "机关运行经费65.20万元。"], []),
])
def test_running_costs_within_the_stated_public_costs(lines: list[str], expected: list) -> None:
    assert _run(opc_within_public_in_words, lines) == expected


# --- IE-GB in words: the 一般公共预算财政拨款收入 of 三 is the 一般公共预算拨款 listed among 二's sources ------------------

_SOURCES = "2025年部门收入预算549.60万元，比上年减少8.40万元。其中：一般公共预算拨款549.60万元。"


@pytest.mark.parametrize(("lines", "expected"), [
    ([_SOURCES, "2025年一般公共预算财政拨款收入549.60万元，比上年减少8.40万元。"], [("IE-GB", "pass", "error")]),
    ([_SOURCES, "2025年一般公共预算财政拨款收入542.60万元，比上年减少15.40万元。"], [("IE-GB", "fail", "error")]),
    # “收入和支出均为X”, and 公共财政预算 (the former name)
    (["分来源看，收入预算合计620.00万元，其中一般公共预算拨款600.00万元。", "当年一般公共预算财政拨款收入和支出均为603.00万元。"],
     [("IE-GB", "fail", "error")]),
    (["收入预算合计412.63万元，其中：公共财政预算拨款412.63万元。", "公共财政预算拨款收入412.63万元。"],
     [("IE-GB", "pass", "error")]),
    # at the edge: printed to one decimal against two
    ([_SOURCES, "2025年一般公共预算财政拨款收入549.6万元。"], [("IE-GB", "pass", "error")]),
    # a heading the sentence runs on from does not hide its subject
    ([_SOURCES, "（三）一般公共预算财政拨款支出预算情况：当年一般公共预算财政拨款收入和支出均为542.60万元。"],
     [("IE-GB", "fail", "error")]),
    # another fund, listed after the first (其中：…，政府性基金预算拨款X), and its own section
    (["收入预算合计6,118.97万元。其中：一般公共预算拨款1,510.97万元，政府性基金预算拨款4,520.00万元，上年结转88.00万元。",
      "第四部分政府性基金预算支出预算2025年政府性基金预算拨款收入4,523.00万元，全部用于项目支出。"], [("IE-GB", "fail", "error")]),
    (["收入预算合计6,118.97万元。其中：一般公共预算拨款1,510.97万元，政府性基金预算拨款4,520.00万元。",
      "政府性基金预算拨款4,520.00万元，全部用于项目支出。"], [("IE-GB", "pass", "error")]),
    # funds a 绩效 sentence names, or a fund's spending: other quantities
    ([_SOURCES, "全部项目纳入绩效目标管理，涉及一般公共预算拨款500.00万元。"], []),
    ([_SOURCES, "2025年一般公共预算财政拨款支出560.00万元。"], []),
    # not applicable: no listed source; last year's income; another year
    (["2025年一般公共预算财政拨款收入549.60万元。"], []),
    ([_SOURCES, "上年一般公共预算财政拨款收入558.00万元。"], []),
    ([_SOURCES, "2024年一般公共预算财政拨款收入558.00万元。"], []),
])
def test_general_budget_income_stated_twice(lines: list[str], expected: list) -> None:
    assert _run(ie_gb_income_in_words, lines, kind="预算", year=2025) == expected


# --- IE-SCOPE-LE in words: the 财政拨款 part's 基本支出 (项目支出) within the all-funds one of a 预算 -----------------------

def _split_checks(lines: list[str], *, kind: str = "预算") -> list[tuple[str, str, str]]:
    from disclosures.parsing.checks.subjects import pr_repeat_split
    view = text_of([Line(line) for line in lines])
    return [(c.rule, c.outcome, c.severity) for c in pr_repeat_split(_result(kind, 2025), view) if c.rule == "IE-SCOPE-LE"]


_ALL = "二、支出预算情况。2025年部门支出预算合计1,369.80万元，其中：基本支出607.80万元，项目支出762.00万元。"


@pytest.mark.parametrize(("lines", "expected"), [
    ([_ALL, "三、财政拨款支出预算情况。一般公共预算财政拨款支出1,300.00万元，其中基本支出607.80万元，项目支出692.20万元。"],
     [("IE-SCOPE-LE", "pass", "error"), ("IE-SCOPE-LE", "pass", "error")]),
    ([_ALL, "三、财政拨款支出预算情况。一般公共预算财政拨款支出1,303.00万元，其中基本支出610.80万元，项目支出692.20万元。"],
     [("IE-SCOPE-LE", "fail", "error"), ("IE-SCOPE-LE", "pass", "error")]),
    # at the edge: one decimal against two, within both half-steps
    ([_ALL, "三、财政拨款支出预算情况。一般公共预算财政拨款支出1,300.0万元，其中基本支出607.8万元，项目支出692.2万元。"],
     [("IE-SCOPE-LE", "pass", "error"), ("IE-SCOPE-LE", "pass", "error")]),
    # a 决算 is not read (its 财政拨款 words may count last year's money), nor a lone scope
    ([_ALL, "三、财政拨款支出决算情况。一般公共预算财政拨款支出1,303.00万元，其中基本支出610.80万元，项目支出692.20万元。"], []),
    ([_ALL], []),
])
def test_fiscal_split_within_the_all_funds_split(lines: list[str], expected: list) -> None:
    kind = "决算" if "决算情况" in lines[-1] else "预算"
    assert _split_checks(lines, kind=kind) == expected


# --- PR-PERF in words: the funds under 绩效目标 within the year's 项目支出; equal when every project is covered --------

def _perf(lines: list[str]) -> list[tuple[str, str, str]]:
    from disclosures.parsing.checks.subjects import pr_perf_in_words
    return _run(pr_perf_in_words, lines, kind="预算", year=2025)


_FISCAL = "一般公共预算财政拨款支出1,201.90万元，其中：基本支出770.60万元。项目支出431.30万元，用于本部门各项业务工作。"


@pytest.mark.parametrize(("lines", "expected"), [
    ([_FISCAL, "2025年项目支出均实行了绩效目标管理，涉及一般公共预算当年财政拨款431.30万元。"], [("PR-PERF", "pass", "error")]),
    ([_FISCAL, "2025年项目支出均实行了绩效目标管理，涉及一般公共预算当年财政拨款434.30万元。"], [("PR-PERF", "fail", "error")]),
    ([_FISCAL, "纳入绩效目标管理的项目涉及财政拨款428.30万元，覆盖全部项目支出。"], [("PR-PERF", "fail", "error")]),
    # no claim that every project is covered: only a bound
    ([_FISCAL, "实行绩效目标管理的项目3个，涉及一般公共预算拨款400.00万元。"], [("PR-PERF", "pass", "error")]),
    ([_FISCAL, "实行绩效目标管理的项目3个，涉及一般公共预算拨款440.00万元。"], [("PR-PERF", "fail", "error")]),
    # a subset named (其中…重点项目): only a bound
    ([_FISCAL, "所有项目均编制了绩效目标，其中3个重点项目的绩效目标随本预算公开，涉及资金400.00万元。"],
     [("PR-PERF", "pass", "warning")]),
    # at the edge: printed to one decimal
    ([_FISCAL, "项目支出均实行了绩效目标管理，涉及一般公共预算当年财政拨款431.3万元。"], [("PR-PERF", "pass", "error")]),
    # not applicable: no 项目支出 in the words, or last year's funds
    (["项目支出均实行了绩效目标管理，涉及一般公共预算当年财政拨款431.30万元。"], []),
    ([_FISCAL, "上年项目支出均实行了绩效目标管理，涉及资金500.00万元。"], []),
])
def test_performance_funds_against_the_stated_projects(lines: list[str], expected: list) -> None:
    assert _perf(lines) == expected


# --- PR-REPEAT: the year's all-funds grand totals, each printed more than once, read the same ---------------------

def _grand(lines: list[str]) -> list[tuple[str, str, str]]:
    from disclosures.parsing.checks.subjects import pr_repeat_grand_totals
    return _run(pr_repeat_grand_totals, lines)


@pytest.mark.parametrize(("lines", "expected"), [
    (["收入总计1432.46万元，支出总计1432.46万元，收支平衡。其中本年收入1425.44万元，较上年减少90.41万元。",
      "按来源分，财政拨款收入1400.56万元，其他收入24.88万元，合计本年收入1425.44万元。"], [("PR-REPEAT", "pass", "error")]),
    (["收入总计1432.46万元，支出总计1432.46万元，收支平衡。其中本年收入1428.44万元，较上年减少87.41万元。",
      "按来源分，财政拨款收入1400.56万元，其他收入24.88万元，合计本年收入1425.44万元。"], [("PR-REPEAT", "fail", "error")]),
    # 本年支出合计 and 本年支出 are one name; at the edge, one decimal against two
    (["本年支出合计9,280.2万元。", "支出总计9,716.95万元，其中本年支出9,280.18万元。"], [("PR-REPEAT", "pass", "error")]),
    (["本年支出合计9,280.2万元。", "支出总计9,716.95万元，其中本年支出9,280.28万元。"], [("PR-REPEAT", "fail", "warning")]),
    # another scope (财政拨款, a member unit) or last year: not the same quantity
    (["本年收入1425.44万元。", "财政拨款本年收入1400.56万元。"], []),
    (["本年收入1425.44万元。", "上年本年收入1300.00万元。"], []),
    (["本年收入1425.44万元。", "2023年本年收入1300.00万元。"], []),
    # a member unit's total, its name opening the clause (按单位分 lists), is not the document's
    (["2024年度本年收入合计3,210.50万元。", "按单位分：某局（本级）本年收入800.20万元；某县公路养护中心本年收入1,400.30万元。"], []),
    (["2024年度本年收入合计3,210.50万元。", "按单位分：某县公路养护中心本年收入1,400.30万元。", "本部门本年收入3,210.80万元。"],
     [("PR-REPEAT", "fail", "error")]),
])
def test_grand_totals_printed_twice(lines: list[str], expected: list) -> None:
    assert _grand(lines) == expected


# --- PR-REPEAT: an amount that is “全部为” one thing, and that thing's amount ---------------------------------------

def _all_of_it(lines: list[str]) -> list[tuple[str, str, str]]:
    from disclosures.parsing.checks.subjects import pr_repeat_all_of_it
    return _run(pr_repeat_all_of_it, lines, kind="预算", year=2026)


@pytest.mark.parametrize(("lines", "expected"), [
    (["2026年收入预算1712.86万元，全部为一般公共预算拨款收入1712.86万元。"], [("PR-REPEAT", "pass", "error")]),
    (["2026年收入预算1712.86万元，全部为一般公共预算拨款收入1715.86万元。"], [("PR-REPEAT", "fail", "error")]),
    (["政府性基金预算支出300.00万元,均为项目支出300.0万元。"], [("PR-REPEAT", "pass", "error")]),
    (["支出预算3,862,450.00元，全部为基本支出3,862,470.00元。", "其中人员经费1,000.00元。", "公用经费2,000.00元。"],
     [("PR-REPEAT", "fail", "error")]),
    # a share of it, or a change: not all of it
    (["收入预算1712.86万元，全部为一般公共预算拨款，比上年减少205.00万元。"], []),
    (["收入预算1712.86万元，均为上年结转以外的收入，其中一般公共预算拨款1600.00万元。"], []),
])
def test_an_amount_all_of_one_thing(lines: list[str], expected: list) -> None:
    assert _all_of_it(lines) == expected


# --- IE-CHG-BAL: a 决算's 收入总计 and 支出总计 balance in both years, so their changes are equal ------------------------

def _chg(lines: list[str], kind: str = "决算") -> list[tuple[str, str, str]]:
    from disclosures.parsing.checks.stated import ie_chg_bal_totals
    return _run(ie_chg_bal_totals, lines, kind=kind)


@pytest.mark.parametrize(("lines", "expected"), [
    (["某县水利局收入总计1,509.48万元，比上年增加152.44万元。", "支出总计1,509.48万元，比上年增加152.44万元。"],
     [("IE-CHG-BAL", "pass", "error")]),
    (["某县水利局收入总计1,509.48万元，比上年增加155.44万元。", "支出总计1,509.48万元，比上年增加152.44万元。"],
     [("IE-CHG-BAL", "fail", "error")]),
    # a 决算's 合计 (本年收入 against 本年支出) need not balance: not read
    (["收入合计1,509.48万元，比上年增加155.44万元。", "支出合计1,400.00万元，比上年增加52.44万元。"], []),
])
def test_a_final_accounts_grand_totals_change_alike(lines: list[str], expected: list) -> None:
    assert _chg(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # the change opens the sentence right after the total's own 其中 list: read
    (["2026年收入预算合计1,200.00万元，其中：一般公共预算拨款收入1,100.00万元，事业收入100.00万元。较上年减少80.00万元。",
      "2026年支出预算合计1,200.00万元，其中：基本支出700.00万元，项目支出500.00万元。较上年减少60.00万元。"],
     [("IE-CHG-BAL", "fail", "error")]),
    # a change that follows other subjects' amounts (members, last year's total, 基本支出) is not the total's
    (["2026年收入预算合计1,200.00万元，较上年减少80.00万元。",
      "支出预算合计1,200.00万元，其中：基本支出700.00万元。分单位看：某中心收入预算500.00万元，较上年减少6.00万元。"], []),
    (["2026年收入预算合计1,200.00万元，较上年减少80.00万元。",
      "支出总额1,200.00万元，上年1,280.00万元，下降6.25%。基本支出700.00万元，较上年减少15.00万元。"], []),
])
def test_a_budget_total_change_is_read_only_next_to_its_total(lines: list[str], expected: list) -> None:
    assert _chg(lines, kind="预算") == expected


# --- IE-BAL in words with a carry-over: a fund's spending is at least its listed appropriation -----------------------

def _fund(lines: list[str]) -> list[tuple[str, str, str]]:
    from disclosures.parsing.checks.subjects import ie_bal_fund_in_words
    return [c for c in _run(ie_bal_fund_in_words, lines, kind="预算", year=2025) if c[0] == "IE-BAL"]


_WITH_CARRY = "2025年部门收入预算2,118.60万元，其中：一般公共预算拨款收入1,986.60万元，政府性基金预算拨款收入82.00万元，上年结转50.00万元。"


@pytest.mark.parametrize(("lines", "expected"), [
    ([_WITH_CARRY, "2025年政府性基金预算拨款支出82.00万元，全部用于污水管网建设。"], [("IE-BAL", "pass", "error")]),
    ([_WITH_CARRY, "2025年政府性基金预算拨款支出100.00万元，含上年结转18.00万元。"], [("IE-BAL", "pass", "error")]),
    ([_WITH_CARRY, "2025年政府性基金预算拨款支出79.00万元，全部用于污水管网建设。"], [("IE-BAL", "fail", "error")]),
    # at the edge: one decimal against two
    ([_WITH_CARRY, "2025年政府性基金预算拨款支出81.96万元。"], [("IE-BAL", "fail", "error")]),
    ([_WITH_CARRY, "2025年政府性基金预算拨款支出82.0万元。"], [("IE-BAL", "pass", "error")]),
])
def test_a_funds_spending_with_a_carry_over(lines: list[str], expected: list) -> None:
    assert _fund(lines) == expected
