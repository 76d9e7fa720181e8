"""Text rules widened after the held-out corpus (issue 9): each with small statements written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.types import Check

HEAD = "某县某某局2025年部门预算情况说明\n"


def checks(body: str, rule: str) -> list[Check]:
    return [c for c in parse_disclosure((HEAD + body).encode()).checks if c.rule == rule]


def failed(body: str, rule: str) -> list[tuple[str, str]]:
    return [(c.severity, c.outcome) for c in checks(body, rule) if c.outcome == "fail"]


# PR-PCT: a rate read against the prior amount the sentence names ------------------------------------------------
SANGONG = "“三公”经费预算9.00万元，比上年{prior}万元减少{delta}万元，下降{pct}%。其中公务接待费9.00万元。"


@pytest.mark.parametrize(("prior", "delta", "pct", "expected"), [
    ("10.00", "1.00", "10", [("warning", "pass")]),                # 1.00 / 10.00
    ("16.00", "1.20", "7.5", [("warning", "pass")]),               # inside the interval
    ("16.00", "1.20", "7.6", [("warning", "fail")]),               # just outside: a warning, not yet an error
    ("16.00", "1.20", "12.5", [("error", "fail")]),                # 5 points off
])
def test_it_reads_a_rate_against_the_prior_amount_the_sentence_names(prior: str, delta: str, pct: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    found = [(c.severity, c.outcome) for c in checks(SANGONG.format(prior=prior, delta=delta, pct=pct), "PR-PCT")]
    assert found == expected


def test_it_quotes_the_named_prior_in_the_message() -> None:
    [check] = [c for c in checks(SANGONG.format(prior="16.00", delta="1.20", pct="12.5"), "PR-PCT")]
    assert "上年16.00万元" in check.message and "7.50%" in check.message
    assert {f["value"] for f in check.figures} == {"9.00", "16.00", "1.20", "12.5%"}


def test_it_has_no_rate_to_check_when_none_is_stated() -> None:
    assert checks("“三公”经费预算9.00万元，比上年10.00万元减少1.00万元。其中公务接待费9.00万元。", "PR-PCT") == []


# PR-REPEAT: the same year's 机关运行经费 printed twice --------------------------------------------------------------
OPC = "一、机关运行经费\n本部门2025年机关运行经费预算{first}万元。\n二、其他事项\n（一）机关运行经费：{second}机关运行经费预算为{value}万元。"


@pytest.mark.parametrize(("first", "second", "value", "expected"), [
    ("80.00", "本部门", "80.00", [("error", "pass")]),
    ("80.0", "2025年", "80.04", [("error", "pass")]),          # the finer printing rounds to the coarser one
    ("80.0", "2025年", "80.05", [("info", "fail")]),           # at the edge of both half-steps: a rounding hint
    ("80.0", "2025年", "80.16", [("error", "fail")]),
    ("80.00", "本部门", "60.00", [("error", "fail")]),
    ("80.00", "2024年", "60.00", []),                          # another year's amount: another quantity
    ("80.00", "上年", "60.00", []),
    ("80.00", "所属学校", "60.00", []),                         # another subject
])
def test_it_compares_a_yearly_amount_printed_twice(first: str, second: str, value: str,
                                                   expected: list[tuple[str, str]]) -> None:
    found = [(c.severity, c.outcome) for c in checks(OPC.format(first=first, second=second, value=value), "PR-REPEAT")]
    assert found == expected


def test_it_names_both_printings_of_a_repeated_amount() -> None:
    [check] = checks(OPC.format(first="96.40", second="", value="69.40"), "PR-REPEAT")
    assert {Decimal(f["value"]) for f in check.figures} == {Decimal("96.40"), Decimal("69.40")}
    assert "96.40万元" in check.message and "69.40万元" in check.message


# PR-DIR: one direction word before a negative number -----------------------------------------------------------
@pytest.mark.parametrize(("sentence", "expected"), [
    ("基本支出300.00万元，比上年增加-8.50万元，主要是人员调出。", [("warning", "fail")]),
    ("项目支出50.00万元，较2024年增长-3.00万元。", [("warning", "fail")]),
    ("项目支出50.00万元，较2024年减少-3.00万元。", [("info", "fail")]),  # a fall written with its sign: redundant, a hint
    ("基本支出300.00万元，比上年减少8.50万元。", []),
    ("基本支出300.00万元，比上年增(减)-8.50万元。", []),          # both directions named: the sign is the number's
    ("基本支出300.00万元，比上年增减-8.50万元。", []),
])
def test_it_warns_of_a_direction_word_before_a_negative_number(sentence: str, expected: list) -> None:
    assert [(c.severity, c.outcome) for c in checks(sentence, "PR-DIR")] == expected


def test_it_quotes_the_clashing_words() -> None:
    [check] = checks("基本支出300.00万元，比上年增加-8.50万元。", "PR-DIR")
    assert "增加-8.50万元" in check.message and check.figures[0]["value"] == "-8.50"


# FM-YEAR: a year that opens a clause about the document's money --------------------------------------------------
@pytest.mark.parametrize(("sentence", "years"), [
    ("2023年项目支出主要用于道路养护。", ["2023"]),
    ("（一）政府采购：2035年本部门政府采购预算6.00万元。", ["2035"]),
    ("2025年项目支出主要用于道路养护。", []),                     # the document's own year
    ("2024年项目支出主要用于道路养护。", []),                     # last year, the usual comparison
    ("本部门自2019年起承担道路养护。", []),                       # not a clause about this year's money
    ("2021年至2025年项目支出主要用于道路养护。", []),             # a span, not a single year
    ("2023年机构改革后，本部门承担道路养护。", []),
])
def test_it_warns_of_a_year_that_does_not_belong_in_a_figure_sentence(sentence: str, years: list[str]) -> None:
    body = "一、收支预算总体情况\n2025年支出预算300.00万元，其中项目支出50.00万元。\n" + sentence
    found = [c for c in checks(body, "FM-YEAR") if c.outcome == "fail"]
    assert [(c.severity, c.figures[0]["value"]) for c in found] == [("warning", y) for y in years]


# PR-REPEAT: a change printed beside both years' amounts ----------------------------------------------------------
@pytest.mark.parametrize(("sentence", "expected"), [
    ("公务接待费6.00万元，上年为8.50万元，比上年减少2.50万元。", [("error", "pass")]),
    ("公务接待费6.00万元，上年为8.50万元，比上年减少2.00万元。", [("error", "fail")]),
    ("“三公”经费预算20.00万元，比上年18.00万元增加2.00万元。", [("error", "pass")]),
    ("“三公”经费预算20.00万元，比上年18.04万元增加1.95万元。", [("info", "fail")]),  # 0.01: inside three half-cents
    ("“三公”经费预算20.00万元，比上年18.04万元增加1.94万元。", [("error", "fail")]),
    ("公务接待费6.00万元，比上年减少2.50万元。", []),                                # no prior stated: nothing to compare
])
def test_it_compares_a_change_with_the_two_years_printed_beside_it(sentence: str, expected: list) -> None:
    found = [(c.severity, c.outcome) for c in checks(sentence, "PR-REPEAT") if "两年之差" in c.name or "本年数" in c.name]
    assert found == expected


def test_it_says_which_change_the_two_years_imply() -> None:
    [check] = [c for c in checks("公务接待费6.00万元，上年为8.50万元，比上年减少2.00万元。", "PR-REPEAT")]
    assert "两年之差为-2.50万元" in check.message and "减少2.00万元" in check.message
