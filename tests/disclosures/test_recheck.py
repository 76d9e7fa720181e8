"""The batch recheck behind check_disclosures: the same checks as one document at a time, in a fixed number of
queries per batch, and no empty versions in the audit trail."""
from __future__ import annotations

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from disclosures.models import Disclosure
from disclosures.parsing import Figure
from disclosures.recheck import checks_now, refresh_all_checks, refresh_checks
from disclosures.services import disclosure_save_parsed

from .helpers import department_result, unit_result

pytestmark = pytest.mark.django_db
D = Decimal


def _store_family(name: str = "示例县农业农村委员会", unit: str = "示例县农业技术推广站") -> dict[str, int]:
    """Last year's and this year's 部门 documents, and this year's document of one of its units."""
    members = [f"{name}（本级）", unit]
    ids = {
        "department_2023": disclosure_save_parsed(parsed=department_result(unit=name, year=2023, member_units=members, figures={
            "income_total": Figure("income_total", D("100.00"), page=2, display_scale=2)})).disclosure_id,
        "department_2024": disclosure_save_parsed(parsed=department_result(unit=name, member_units=members, figures={
            "income_total": Figure("income_total", D("120.00"), D("30.00"), page=2, display_scale=2),
            "sangong_total": Figure("sangong_total", D("12.5"), D("-1.5"), page=3, display_scale=1)})).disclosure_id,
        "unit_2024": disclosure_save_parsed(parsed=unit_result(unit=unit, figures={
            "sangong_total": Figure("sangong_total", D("13.0"), page=3, display_scale=1)})).disclosure_id,
    }
    return ids


def _rule(checks: list[dict], rule: str) -> list[tuple[str, str, list[str]]]:
    return [(c["outcome"], c["severity"], [f["value"] for f in c["figures"]]) for c in checks if c["rule"] == rule]


def test_a_batch_recheck_stores_what_rechecking_each_document_alone_gives():
    ids = _store_family()
    Disclosure.objects.update(checks=[])  # nothing stale survives by accident: only text checks would be kept
    alone = {d.pk: checks_now(d) for d in Disclosure.objects.all()}
    yielded = dict((d.pk, checks) for d, checks in refresh_all_checks(Disclosure.objects.all(), batch=2))
    stored = dict(Disclosure.objects.values_list("pk", "checks"))
    assert yielded == stored == alone
    assert _rule(stored[ids["department_2024"]], "YY-STATED") == [("fail", "warning", ["120", "-30", "100"])]
    assert _rule(stored[ids["unit_2024"]], "XD-PART") == [("fail", "warning", ["13", "12.5"])]
    assert [c["outcome"] for c in stored[ids["department_2023"]] if c["rule"] == "YY-GAP"] == ["not_applicable"]


def test_the_number_of_queries_does_not_grow_with_the_number_of_documents():
    _store_family()

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            list(refresh_all_checks(Disclosure.objects.all()))
        return len(captured)

    three = queries()
    _store_family("示例县水利局", "示例县水文站")
    assert Disclosure.objects.count() == 6
    assert queries() == three


def test_rechecking_adds_no_version_to_the_audit_trail():
    ids = _store_family()
    before = Disclosure.history.count()
    call_command("check_disclosures", "--all", stdout=StringIO())
    refresh_checks(Disclosure.objects.get(pk=ids["unit_2024"]))
    assert Disclosure.history.count() == before
    assert _rule(Disclosure.objects.get(pk=ids["unit_2024"]).checks, "XD-PART") == [("fail", "warning", ["13", "12.5"])]
