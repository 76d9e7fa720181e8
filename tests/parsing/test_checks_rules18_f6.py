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
    # not applicable: no listed source; last year's income; another year
    (["2025年一般公共预算财政拨款收入549.60万元。"], []),
    ([_SOURCES, "上年一般公共预算财政拨款收入558.00万元。"], []),
    ([_SOURCES, "2024年一般公共预算财政拨款收入558.00万元。"], []),
])
def test_general_budget_income_stated_twice(lines: list[str], expected: list) -> None:
    assert _run(ie_gb_income_in_words, lines, kind="预算", year=2025) == expected
