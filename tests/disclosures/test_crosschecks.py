"""Checks across stored disclosures: last year's document of the same unit, a department against its units."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.models import Disclosure
from disclosures.parsing import Figure
from disclosures.services import disclosure_save_parsed

from .helpers import department_result, unit_result

pytestmark = pytest.mark.django_db
D = Decimal


def _rules(disclosure_id: int, rule: str) -> list[dict]:
    return [c for c in Disclosure.objects.get(pk=disclosure_id).checks if c["rule"] == rule]


def test_it_checks_a_stated_change_against_last_years_document_once_it_arrives():
    later = disclosure_save_parsed(parsed=department_result(year=2024, figures={
        "income_total": Figure("income_total", D("120.00"), D("30.00"), page=2, display_scale=2, source="收入句")}))
    assert [c["outcome"] for c in _rules(later.disclosure_id, "YY-GAP")] == ["not_applicable"]
    disclosure_save_parsed(parsed=department_result(year=2023, figures={
        "income_total": Figure("income_total", D("100.00"), page=2, display_scale=2, source="去年收入句")}))
    stated = _rules(later.disclosure_id, "YY-STATED")
    assert [(c["outcome"], c["severity"]) for c in stated] == [("fail", "warning")]
    assert [f["value"] for f in stated[0]["figures"]] == ["120", "-30", "100"]
    assert not _rules(later.disclosure_id, "YY-GAP")


def test_it_passes_a_change_that_matches_last_years_figure():
    disclosure_save_parsed(parsed=department_result(year=2023, figures={
        "income_total": Figure("income_total", D("90.00"), page=2, display_scale=2)}))
    later = disclosure_save_parsed(parsed=department_result(year=2024, figures={
        "income_total": Figure("income_total", D("120.00"), D("30.00"), page=2, display_scale=2)}))
    assert [c["outcome"] for c in _rules(later.disclosure_id, "YY-STATED")] == ["pass"]


def test_it_warns_when_a_units_figure_exceeds_its_departments():
    department = disclosure_save_parsed(parsed=department_result())
    unit = disclosure_save_parsed(parsed=unit_result(figures={
        "sangong_total": Figure("sangong_total", D("13.0"), page=3, display_scale=1)}))
    assert Disclosure.objects.get(pk=unit.disclosure_id).department_id == Disclosure.objects.get(
        pk=department.disclosure_id).department_id
    part = _rules(unit.disclosure_id, "XD-PART")
    assert [(c["outcome"], c["severity"]) for c in part] == [("fail", "warning")]
    assert [f["value"] for f in part[0]["figures"]] == ["13", "12.5"]
