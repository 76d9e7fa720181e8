"""The general reader of a change on last year (checks/changes.py): any order and wording of now, prior, change and
rate in one sentence, held to now − prior = change (PR-REPEAT) and rate = change / prior (PR-PCT). Made-up figures."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.changes import read_change
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


@dataclass
class Doc:
    lines: list[Line]


def alarms(sentence: str) -> list[tuple[str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    return [(c.rule, c.severity) for c in run_checks(result, Doc([Line(sentence)]))
            if c.outcome == "fail" and c.severity in ("error", "warning")]


@pytest.mark.parametrize(("sentence", "now", "prior", "change", "rate"), [
    ("机关运行经费57.60万元，比上年增加4.61万元，增长8.7%", "57.60", None, "4.61", "8.7"),
    ("机关运行经费57.60万元，较上年52.99万元提高4.61万元", "57.60", "52.99", "4.61", None),
    ("基本支出430.20万元，与上年465.20万元相比压减35.00万元", "430.20", "465.20", "-35.00", None),
    ("基本支出上年为465.20万元，本年为430.20万元，缩减35.00万元，降幅7.5%", "430.20", "465.20", "-35.00", "-7.5"),
    ("政府采购预算20.00万元，上年预算数为18.40万元，增支1.60万元", "20.00", "18.40", "1.60", None),
    ("政府采购预算比上年增加1.60万元，增长8.7%，为20.00万元", "20.00", None, "1.60", "8.7"),
    ("机关运行经费576,000.00元，比上年529,900.00元增加46,100.00元", "57.6", "52.99", "4.61", None),
    ("机关运行经费57.60万元，与上年57.60万元持平", "57.60", "57.60", "0", None),
    ("机关运行经费57.60万元，上年52.99万元，增减变化4.61万元", "57.60", "52.99", "4.61", None),
    ("机关运行经费57.60万元，比上年62.10万元增加-4.50万元", "57.60", "62.10", "-4.50", None),
])
def test_it_reads_the_slots_of_a_change_in_any_order(sentence, now, prior, change, rate) -> None:
    slots = read_change(sentence)
    assert slots is not None
    shown = lambda p: None if p is None else p.value.normalize()  # noqa: E731
    assert shown(slots.now) == (Decimal(now).normalize() if now else None)
    assert shown(slots.prior) == (Decimal(prior).normalize() if prior else None)
    assert shown(slots.change) == Decimal(change).normalize()
    assert slots.rate == (Decimal(rate) if rate else None)


@pytest.mark.parametrize("sentence", [
    "基本支出430.20万元，比上年增加30.00万元；项目支出82.20万元，比上年减少5.00万元，下降5.7%",  # two subjects
    "主要用于办公、水电和差旅",
    "收入预算512.40万元，其中一般公共预算拨款收入482.40万元",
])
def test_it_leaves_a_sentence_it_cannot_read_without_guessing(sentence) -> None:
    slots = read_change(sentence)
    assert slots is None or (slots.change is None and slots.rate is None)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("机关运行经费57.60万元，较上年52.99万元提高4.61万元。", []),
    ("机关运行经费57.60万元，较上年52.99万元提高7.61万元。", [("PR-REPEAT", "error")]),
    ("机关运行经费57.60万元，较上年52.99万元降低4.61万元。", [("PR-REPEAT", "error")]),     # the wrong way
    ("机关运行经费57.60万元，与上年60.60万元持平。", [("PR-REPEAT", "error")]),
    ("机关运行经费57.60万元，比上年增加4.61万元，增长8.7%。", []),
    ("机关运行经费57.60万元，比上年增加4.61万元，增长11.7%。", [("PR-PCT", "error")]),
    ("机关运行经费57.60万元，比上年52.99万元下降8.7%。", [("PR-PCT", "error")]),           # the wrong way
    ("上年机关运行经费为52.99万元，本年为57.60万元，增加4.61万元，增幅8.7%。", []),
    ("2024年机关运行经费为52.99万元，2025年为57.60万元，增加4.61万元。", []),              # years by number
    ("2024年“三公”经费预算为19.60万元，2025年为17.80万元，减少1.80万元。", []),
])
def test_it_holds_the_slots_to_their_arithmetic(sentence, expected) -> None:
    assert alarms(sentence) == expected


def test_a_heading_word_of_the_change_may_sit_between_the_amount_and_the_comparison() -> None:
    slots = read_change("机关运行经费57.60万元，增减变化情况：比上年增加4.61万元，增长8.7%")
    assert slots is not None and slots.now is not None and slots.now.value == Decimal("57.60")
    assert alarms("机关运行经费57.60万元，增减变化情况：比上年增加7.61万元，增长8.7%。") == [("PR-PCT", "error")]


def test_the_prior_may_stand_in_brackets_after_this_years_amount() -> None:
    assert alarms("机关运行经费57.60万元（上年52.99万元），增加4.61万元。") == []
    assert alarms("机关运行经费57.60万元（上年52.99万元），增加7.61万元。") == [("PR-REPEAT", "error")]


def test_near_is_not_equal() -> None:
    assert alarms("机关运行经费57.80万元，与上年57.60万元基本持平。") == []
    assert alarms("机关运行经费57.80万元，与上年57.60万元持平。") == [("PR-REPEAT", "error")]
