"""The phrasing matrix of the check engine (issue 9): the same arithmetic in the many ways real statements word it.

tests/parsing/phrasings.py builds small .txt statements from a grammar of phrasings, in five families: (a) a change
on last year, (b) a 决算 against its 年初预算, (c) a total and its listed parts, (d) one figure stated twice, (e) a
part greater than its whole; a sample of each is also printed with half-width punctuation, spaces inside numbers,
thousands separators, traditional characters and a number split by a line break. Each planted case differs from
its consistent control by one figure. A planted case must end in a failed check of the catalogue's severity (error;
warning for headcount) that quotes the wrong figure (among the figures it read or the amounts its message prints);
a control must raise no error and no warning.

Matrix: 577 statements; per family (planted / controls): a 132 / 60, b 41 / 29, c 114 / 120, d 16 / 32, e 15 / 15
(surfaces included: 6 surfaces over 24 base cases).

First run, on the engine as it stood before this matrix (commit 5699b83), planted found / planted, and controls with
a false error or warning:

    a (change on last year):       20/132   controls with false alarms 1/60
    b (决算 against 年初预算):        25/41    controls with false alarms 0/29
    c (a total and its parts):     50/114   controls with false alarms 0/120
    d (a figure stated twice):      9/16    controls with false alarms 0/32
    e (a part above its whole):    14/15    controls with false alarms 0/15
    total                          118/318 (0.371), controls with false alarms 1/256

The one false alarm: PR-PERF read the prior of “…项目支出上年为88.78万元，本年为82.20万元” as this year's amount.
"""
from __future__ import annotations

from collections import Counter

import pytest

from disclosures.parsing import parse_disclosures
from tests.parsing.phrasings import Case, all_cases
from tests.parsing.test_checks_heldout import check_amounts

CASES = all_cases()
SEVERITIES = {"error": ("error",), "warning": ("error", "warning")}


def alarms(case: Case) -> list:
    """Every failed error or warning check of the statement, parsed as an upload of a .txt is."""
    disclosures = parse_disclosures(case.text.encode("utf-8"), filename=f"{case.family}.txt")
    return [c for d in disclosures for c in d.checks if c.outcome == "fail" and c.severity in ("error", "warning")]


def found(case: Case, checks: list) -> bool:
    return any(c.severity in SEVERITIES[case.severity] and case.wrong in check_amounts(c) for c in checks)


def shown(checks: list) -> str:
    return "\n".join(f"{c.rule} {c.severity}: {c.message}" for c in checks) or "(no alarm)"


def test_the_matrix_is_the_one_described() -> None:
    sizes = Counter((case.family, case.planted) for case in CASES)
    assert all(sizes[(family, planted)] >= 10 for family in "abcde" for planted in (True, False)), sizes


@pytest.mark.parametrize("case", [c for c in CASES if c.planted], ids=lambda c: c.id)
def test_it_reports_the_planted_inconsistency(case: Case) -> None:
    checks = alarms(case)
    assert found(case, checks), f"{case.wrong} not reported:\n{shown(checks)}"


@pytest.mark.parametrize("case", [c for c in CASES if not c.planted], ids=lambda c: c.id)
def test_a_consistent_control_raises_nothing(case: Case) -> None:
    checks = alarms(case)
    assert not checks, shown(checks)
