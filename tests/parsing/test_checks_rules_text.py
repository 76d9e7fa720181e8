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
