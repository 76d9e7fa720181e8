"""The real Shanghai PDFs in ../shared/realdocs: every figure their prose states, exactly (value and change).

Figures the truth takes from a table only (基本/项目支出 of a 预算, from the 支出预算总表) are the table
readers' and are not asserted here; identity (unit, region) is asserted elsewhere.
"""
from __future__ import annotations

import json
from decimal import Decimal
from functools import lru_cache

import pytest

from disclosures.parsing import ParseError, parse_disclosure
from tests.conftest import SHARED

REALDOCS = SHARED / "realdocs"
pytestmark = pytest.mark.skipif(not (REALDOCS / "truth").is_dir(),
                                reason="../shared/realdocs is not beside the repository; its PDFs are never copied in")

TABLE_ONLY = {"预算": {"basic_expenditure", "project_expenditure"}, "决算": set()}


def _truth(name: str) -> dict:
    return json.loads((REALDOCS / "truth" / f"{name}.json").read_text(encoding="utf-8"), parse_float=Decimal)


def _names() -> list[str]:
    if not (REALDOCS / "truth").is_dir():
        return []
    return sorted(p.stem for p in (REALDOCS / "truth").glob("*.json") if _truth(p.stem).get("figures"))


@lru_cache(maxsize=None)
def _parsed(name: str):
    return parse_disclosure(REALDOCS / "pdf" / f"{name}.pdf")


def _cases() -> list[tuple[str, str]]:
    cases = []
    for name in _names():
        truth = _truth(name)
        cases += [(name, key) for key in truth["figures"] if key not in TABLE_ONLY[truth["kind"]]]
    return cases


@pytest.mark.parametrize(("name", "metric"), _cases())
def test_it_reads_each_prose_figure_of_a_real_pdf_exactly(name: str, metric: str) -> None:
    stated = _truth(name)["figures"][metric]
    figure = _parsed(name).figures.get(metric)
    assert figure is not None, f"{metric} missing"
    assert figure.value == Decimal(str(stated["value"]))
    if "change" in stated:
        assert figure.change == Decimal(str(stated["change"]))


@pytest.mark.parametrize("name", _names())
def test_it_reads_no_figure_the_truth_does_not_list_except_the_few_it_omits(name: str) -> None:
    extra = set(_parsed(name).figures) - set(_truth(name)["figures"])
    # The truth files leave out 绩效 amounts, planned vehicle purchases and a 事业单位's n/a 机关运行经费.
    assert extra <= {"performance_managed_funds", "vehicles_purchase_planned", "operating_costs"}


@pytest.mark.parametrize("name", [n for n in _names() if _truth(n)["kind"] == "决算"])
def test_it_reads_a_final_accounts_function_classes_from_its_prose(name: str) -> None:
    got = {line.name: line.value for line in _parsed(name).expenditure_by_function}
    assert got == {k: Decimal(str(v)) for k, v in _truth(name)["expenditure_by_function"].items()}


def test_it_keeps_the_three_gong_budget_beside_the_final_accounts_actual() -> None:
    figure = _parsed("8f34519435").figures["sangong_total"]
    assert (figure.value, figure.budget, figure.change) == (Decimal("0.00"), Decimal("0.95"), Decimal(0))


def test_it_marks_operating_costs_of_a_public_institution_not_applicable_rather_than_zero() -> None:
    figure = _parsed("205fe267e8").figures["operating_costs"]
    assert figure.not_applicable and figure.value is None


def test_it_takes_the_years_own_income_not_the_total_with_carry_over() -> None:
    assert _parsed("8f34519435").figures["income_total"].value == Decimal("2946.25")
    assert _parsed("7709dd0f29").figures["expenditure_total"].value == Decimal("2940.05")


def test_it_invents_no_figure_from_a_blank_template() -> None:
    try:
        result = parse_disclosure(REALDOCS / "pdf" / "bb5707f5e6.pdf")
    except ParseError:
        return
    assert all(f.value is None and not f.not_applicable for f in result.figures.values())
