"""Figure rules widened after the held-out corpus (issue 9): small statements written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks.core import _printed_scale

HEAD = "某县某某局2025年部门预算情况说明\n"
SANGONG = ("“三公”经费预算20.00万元，比上年减少{total}万元。其中：因公出国（境）费0万元，与上年持平；公务用车购置费0万元，"
           "与上年持平；公务用车运行维护费14.00万元，{vehicle}；公务接待费6.00万元，比上年减少{reception}万元。")


def outcomes(body: str, rule: str) -> list[tuple[str, str]]:
    return [(c.severity, c.outcome) for c in parse_disclosure((HEAD + body).encode()).checks if c.rule == rule]


@pytest.mark.parametrize(("raw", "value", "scale"), [
    ("比上年减少2.00万元", "-2", 2),           # stored normalized, printed with two decimals
    ("比上年增加1,250.5万元", "1250.5", 1),
    ("比上年减少3万元", "-3", 0),
    ("与上年持平", "0", None),                  # a zero change is exact
    ("比上年减少2.00万元", "-7", None),        # not printed in this sentence
])
def test_it_reads_the_decimals_a_change_was_printed_with(raw: str, value: str, scale: int | None) -> None:
    assert _printed_scale(Decimal(value), raw) == scale


@pytest.mark.parametrize(("total", "vehicle", "reception", "expected"), [
    ("2.50", "与上年持平", "2.50", [("error", "pass")]),
    ("2.50", "与上年持平", "2.00", [("error", "fail")]),                 # 0.50 apart, printed to the cent
    ("2.5", "与上年持平", "2.46", [("info", "fail")]),                   # inside 0.05 + 0.005: a rounding hint
    ("2.50", "比上年减少0.50万元", "2.00", [("error", "pass")]),
    ("2.50", "", "2.50", [("error", "not_applicable")]),                # one item's change not stated
])
def test_it_adds_the_items_changes_printed_to_their_decimals(total: str, vehicle: str, reception: str,
                                                             expected: list[tuple[str, str]]) -> None:
    body = SANGONG.format(total=total, vehicle=vehicle, reception=reception).replace("，；", "；")
    assert outcomes(body, "SG-CHG") == expected
