"""One sentence read against itself (issue 9, third blind corpus): a change named 下降/压减/增长 as well as 增加/减少
beside both years' amounts, the prior year also in brackets after the change; and a completion rate that names its
budget amount ("完成预算B万元的P%"). Statements written for these tests."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.statements import change_then_prior, execution_rate
from disclosures.parsing.checks.wholes import headcount_split
from disclosures.parsing.checks.stated import pr_repeat_change
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def run(rule, text: str, kind: str = "预算") -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind=kind, scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in rule(result, text_of([Line(text)]))]


@pytest.mark.parametrize(("text", "expected"), [
    ("机关运行经费预算为60.40万元，上年为52.10万元，比上年下降8.30万元。", ("PR-REPEAT", "fail", "error")),
    ("机关运行经费预算为60.40万元，上年为52.10万元，比上年增长8.30万元。", ("PR-REPEAT", "pass", "error")),
    ("机关运行经费预算为44.00万元，上年为52.10万元，比上年压减8.10万元。", ("PR-REPEAT", "pass", "error")),
    ("机关运行经费预算为44.00万元，上年为52.10万元，比上年上升8.10万元。", ("PR-REPEAT", "fail", "error")),
])
def test_it_reads_every_direction_word_of_a_change_beside_both_years(text: str, expected: tuple) -> None:
    assert run(pr_repeat_change, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("会议费安排3.40万元，比上年压减0.50万元（上年为4.20万元），严格控制。", ("PR-REPEAT", "fail", "error")),
    ("会议费安排3.40万元，比上年压减0.80万元（上年为4.20万元），严格控制。", ("PR-REPEAT", "pass", "error")),
    ("会议费安排3.40万元，比上年减少0.80万元，上年预算为4.20万元。", ("PR-REPEAT", "pass", "error")),
])
def test_it_reads_the_prior_year_printed_after_the_change(text: str, expected: tuple) -> None:
    assert run(change_then_prior, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("“三公”经费支出决算27.00万元，完成预算30.00万元的90.0%。", [("PR-RATE", "pass", "error")]),
    ("“三公”经费支出决算27.00万元，完成预算30.00万元的96.0%。", [("PR-RATE", "fail", "error")]),
    ("“三公”经费支出决算27.00万元，完成年初预算30.00万元的90.4%。", [("PR-RATE", "fail", "warning")]),
    ("“三公”经费支出决算27.00万元，完成预算的90.0%。", []),  # no budget amount: nothing to recompute
])
def test_it_recomputes_a_rate_that_names_its_budget_amount(text: str, expected: list) -> None:
    assert run(execution_rate, text, kind="决算") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("本局实有在职人员40人，其中行政人员25人、事业人员12人。", [("PR-HEAD-SUM", "fail", "warning")]),
    ("本局实有在职人员40人，其中行政人员25人、事业人员15人。", [("PR-HEAD-SUM", "pass", "warning")]),
    ("本局在职人员40人，其中行政人员25人、事业人员12人。", [("PR-HEAD-SUM", "fail", "warning")]),
    ("本局实有在职人员40人，其中党员25人。", []),  # not a split by kind of establishment
])
def test_it_adds_a_split_of_the_staff_in_post(text: str, expected: list) -> None:
    assert run(headcount_split, text) == expected
