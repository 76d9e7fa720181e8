"""Real published 部门预算/决算 PDFs (../shared/realdocs, 上海市普陀区) against their hand-checked truth.

Each truth file gives the identity, the figures (value and, where the document states it, change) and the
功能分类 类 lines (expenditure_by_function). Amounts are compared exactly: the JSON number's text is read as a
Decimal (950.1164 stays 950.1164). The documents are read from ../shared at run time and never copied here; without
../shared every test skips with the reason.

Files the parser cannot read yet are strict xfails in KNOWN_GAPS (one line each): the day the parser reads one, its
mark fails and must be removed.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from disclosures.parsing import ParseError, parse_disclosure

REALDOCS = Path(__file__).resolve().parents[2].parent / "shared" / "realdocs"
TRUTH = REALDOCS / "truth"
IDENTITY = ("unit", "region", "province", "year", "kind", "scope")
TEMPLATE = "bb5707f5e6"  # the blank 决算 template (XX局, XXX 万元): refused, or parsed with no figures
CORRUPTED = "7709dd0f29"  # GovBudgetChecker's deliberately corrupted copy of 8f34519435

pytestmark = pytest.mark.skipif(not TRUTH.is_dir(), reason=f"../shared/realdocs is absent ({REALDOCS})")

KNOWN_GAPS: dict[str, str] = {}


def truth_names() -> list[str]:
    return sorted(p.stem for p in TRUTH.glob("*.json")) if TRUTH.is_dir() else []


def load_truth(name: str) -> dict[str, Any]:
    # parse_float=Decimal keeps the number's text exact (6.40 -> Decimal("6.40"), never a float).
    return json.loads((TRUTH / f"{name}.json").read_text(encoding="utf-8"), parse_float=Decimal)


def parse(name: str):
    path = REALDOCS / "pdf" / f"{name}.pdf"
    return parse_disclosure(path.read_bytes(), filename=path.name)


def same(got: Any, want: Any) -> bool:
    if got is None or isinstance(got, (float, bool)):
        return False
    return Decimal(str(got)) == Decimal(str(want))


def problems_of(result: Any, truth: dict[str, Any]) -> list[str]:
    problems = [f"{field}: expected {truth.get(field)!r}, got {getattr(result, field)!r}"
                for field in IDENTITY if getattr(result, field) != truth.get(field)]
    for key, want in truth["figures"].items():
        fig = result.figures.get(key)
        if fig is None:
            problems.append(f"figures.{key}: expected {want['value']}, got missing")
            continue
        if not same(fig.value, want["value"]):
            problems.append(f"figures.{key}.value: expected {want['value']}, got {fig.value!r}")
        if "change" in want and not same(fig.change, want["change"]):
            problems.append(f"figures.{key}.change: expected {want['change']}, got {fig.change!r}")
    lines = {line.name: line.value for line in result.expenditure_by_function}
    for name, value in truth["expenditure_by_function"].items():
        if name not in lines:
            problems.append(f"expenditure_by_function[{name}]: expected {value}, got missing")
        elif not same(lines[name], value):
            problems.append(f"expenditure_by_function[{name}]: expected {value}, got {lines[name]!r}")
    return problems


def _marked(names: list[str], aspect: str = "") -> list:
    """Mark a file's test as a strict xfail when KNOWN_GAPS names it (key "name" or "name:aspect")."""
    keys = {n: f"{n}:{aspect}" if aspect else n for n in names}
    return [pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_GAPS[keys[n]], strict=True))
            if keys[n] in KNOWN_GAPS else n for n in names]


@pytest.mark.parametrize("name", _marked([n for n in truth_names() if n != TEMPLATE]))
def test_it_reads_the_real_pdf_as_its_truth(name: str) -> None:
    truth = load_truth(name)
    try:
        result = parse(name)
    except ParseError as exc:
        pytest.fail(f"{name}.pdf refused: {exc}")
    problems = problems_of(result, truth)
    assert not problems, f"{name}.pdf ({truth['unit']} {truth['year']} {truth['kind']}):\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("name", _marked([TEMPLATE], "template") if TEMPLATE in truth_names() else [])
def test_it_never_reads_figures_from_the_blank_template(name: str) -> None:
    try:
        result = parse(name)
    except ParseError:
        return  # refused as a template: right
    invented = {key: fig.value for key, fig in result.figures.items() if fig.value is not None}
    assert not invented and not result.expenditure_by_function, f"figures read from a blank template: {invented}"


@pytest.mark.parametrize("name", _marked([CORRUPTED], "checks") if CORRUPTED in truth_names() else [])
def test_it_reports_a_failed_check_on_the_corrupted_copy(name: str) -> None:
    result = parse(name)
    failed = [check.rule for check in result.checks if check.ok is False]
    assert failed, f"{name}.pdf: no check failed although its 收入支出总计 prose says 0 against a table of 2,995.39"


def test_the_truth_files_are_complete() -> None:
    names = truth_names()
    if not names:
        pytest.skip("no truth files")
    assert {p.stem for p in (REALDOCS / "pdf").glob("*.pdf")} == set(names)
    for name in names:
        truth = load_truth(name)
        assert all(field in truth for field in ("unit", "province", "year", "kind", "scope", "figures"))
        assert all(isinstance(fig["value"], Decimal) or isinstance(fig["value"], int)
                   for fig in truth["figures"].values())
