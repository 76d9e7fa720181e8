"""A 决算 against its 年初预算 in more wordings (checks/statements.py): the completion rate named “(预算)完成率” or
“为年初预算B万元的P%” (PR-RATE), and a gap that names the budget it is taken from, “比年初预算B万元增加D万元”
(PR-REPEAT). Made-up figures."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.statements import execution_rate
from disclosures.parsing.checks.wholes import budget_gap
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def run(rule, sentence: str) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2024, kind="决算", scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in rule(result, text_of([Line(sentence)]))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("机关运行经费年初预算为54.14万元，决算数为57.60万元，预算完成率106.4%。", [("PR-RATE", "pass", "error")]),
    ("机关运行经费年初预算为54.14万元，决算数为57.60万元，预算完成率110.4%。", [("PR-RATE", "fail", "error")]),
    ("机关运行经费年初预算为54.14万元，决算数为57.60万元，执行率106.4%。", [("PR-RATE", "pass", "error")]),
    ("机关运行经费决算数为57.60万元，为年初预算54.14万元的106.4%。", [("PR-RATE", "pass", "error")]),
    ("机关运行经费决算数为57.60万元，为年初预算54.14万元的110.4%。", [("PR-RATE", "fail", "error")]),
])
def test_it_reads_a_completion_rate_in_more_wordings(sentence: str, expected: list) -> None:
    assert run(execution_rate, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("支出决算数为482.40万元，比年初预算453.46万元增加28.94万元。", [("PR-REPEAT", "pass", "error")]),
    ("支出决算数为482.40万元，比年初预算453.46万元增加31.94万元。", [("PR-REPEAT", "fail", "error")]),
    ("支出决算数为482.40万元，比年初预算453.46万元减少28.94万元。", [("PR-REPEAT", "fail", "error")]),
    ("支出决算数为482.40万元，比年初预算数453.46万元相比增加28.94万元。", [("PR-REPEAT", "pass", "error")]),
])
def test_a_gap_naming_its_budget_is_held_to_the_difference(sentence: str, expected: list) -> None:
    assert run(budget_gap, sentence) == expected


@pytest.mark.parametrize(("pct", "expected"), [("106.4", "pass"), ("110.4", "fail")])
def test_a_completion_rate_worded_as_a_share_of_the_budget(pct: str, expected: str) -> None:
    sentence = f"机关运行经费支出决算57.60万元，占年初预算54.14万元的{pct}%。"
    assert run(execution_rate, sentence) == [("PR-RATE", expected, "error")]
