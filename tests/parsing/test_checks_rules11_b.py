"""Rules fixed for the blind corpora checks_heldout16 and checks_heldout17 (issue 9, items of helper b), each on small
statements written for these tests (made-up figures and units)."""
from __future__ import annotations

import pytest

from disclosures.parsing import parse_disclosure

STATEMENT = """某省某县水务局2024年单位预算情况说明
一、单位基本情况
某县水务局为独立核算单位，无下属二级单位。
二、收支预算总体情况
{change}
三、“三公”经费预算情况说明
2024年“三公”经费预算3.00万元，与上年持平。
"""


def failures(change: str, *rules: str) -> list:
    result = parse_disclosure(STATEMENT.format(change=change).encode(), filename="t.txt")
    return [c for c in result.checks if c.rule in rules and c.outcome == "fail" and c.severity in ("error", "warning")]


def values(check) -> list[str]:
    return [str(f["value"]) for f in check.figures]


# --- last year's amount in brackets after its word: the change held to both years --------------------------------

@pytest.mark.parametrize("change", [
    "2024年收入、支出预算总计均为229.29万元，比上年（220.90万元）减少8.39万元，下降3.80%。",
    "2024年支出预算229.29万元,比上年(220.90万元)减少8.39万元,下降3.80%。",
    "2024年支出预算229.29万元，与上年（220.90万元）相比减少8.39万元。",
    "2024年支出预算229.29万元，较上年（220.90万元）下降8.39万元，降幅3.80%。",
])
def test_it_flags_a_change_worded_against_a_bracketed_prior(change: str) -> None:
    found = failures(change, "PR-DIR", "PR-REPEAT", "PR-PCT")
    assert [(c.rule, c.severity) for c in found] == [("PR-DIR", "error")]
    assert "实为增加8.39万元" in found[0].message and "220.90万元" in found[0].message


@pytest.mark.parametrize("change", [
    "2024年一般公共预算财政拨款支出预算1,124.44万元，与上年（1,064.81万元）相比增加58.71万元，增长5.51%。",
    "2024年支出预算1,124.44万元，比上年（1,064.81万元）增加58.71万元。",
    "2024年支出预算1,124.44万元,较上年(1,064.81万元)增长58.71万元。",
])
def test_it_flags_a_wrong_change_beside_a_bracketed_prior(change: str) -> None:
    found = failures(change, "PR-DIR", "PR-REPEAT")
    assert [(c.rule, c.severity) for c in found] == [("PR-REPEAT", "error")]
    assert "两年之差为59.63万元" in found[0].message and "58.71" in values(found[0])


@pytest.mark.parametrize("change", [
    "2024年收入、支出预算总计均为229.29万元，比上年（220.90万元）增加8.39万元，增长3.80%。",
    "2024年支出预算229.29万元,与上年(220.90万元)相比增加8.39万元。",
    "2024年支出预算212.51万元，比上年（220.90万元）减少8.39万元，下降3.80%。",
    "2024年支出预算229.29万元，比上年（2023年）增加8.39万元，增长3.80%。",
])
def test_it_accepts_a_change_that_fits_its_bracketed_prior(change: str) -> None:
    assert failures(change, "PR-DIR", "PR-REPEAT", "PR-PCT") == []
