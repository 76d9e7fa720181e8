"""The review queue lists documents with errors first; a finding marked 误报 stays listed, marked, but no longer
counts as an error there."""
from __future__ import annotations

import pytest

from disclosures.findings import finding_key, finding_mark
from disclosures.review import review_rows
from tests import factories

from .test_findings import SUM_FAIL, record, store
from .upload_helpers import editor

pytestmark = pytest.mark.django_db

WARNING = record("PR-DIR", ok=False, severity="warning", page=3, message="文字说减少，两数相减却是增加")


def _stored(name: str, checks: list[dict]):
    return store(factories.make_disclosure(region=name, department=f"{name}财政局"), checks)


def test_documents_with_errors_come_first_whatever_their_name():
    # by name alone the warning-only documents would come first (a < b < c < d)
    warned = _stored("a县", [WARNING])
    marked = _stored("b县", [SUM_FAIL])
    erring = _stored("c县", [WARNING, SUM_FAIL])
    also_erring = _stored("d县", [SUM_FAIL, record("SG-VEH", ok=True)])
    _stored("e县", [record("SG-VEH", ok=True)])  # nothing failed: not in the queue
    finding_mark(disclosure=marked, key=finding_key(SUM_FAIL), verdict="false_alarm", reason="合计口径不同",
                 user=None)

    rows = review_rows()
    assert [d.pk for d, _found in rows] == [erring.pk, also_erring.pk, warned.pk, marked.pk]
    by_pk = {d.pk: found for d, found in rows}
    assert [c["rule"] for c in by_pk[erring.pk]] == ["SG-SUM", "PR-DIR"]  # the error before the warning
    assert [(c["rule"], c["mark"]["label"]) for c in by_pk[marked.pk]] == [("SG-SUM", "误报")]


def test_the_review_page_shows_the_order_and_the_marks(client):
    warned = _stored("a县", [WARNING])
    erring = _stored("c县", [SUM_FAIL])
    finding_mark(disclosure=warned, key=finding_key(WARNING), verdict="false_alarm", reason="方向词指的是另一项",
                 user=None)
    client.force_login(editor())
    page = client.get("/review/").content.decode()
    assert page.index(f"/review/{erring.pk}/") < page.index(f"/review/{warned.pk}/")
    assert 'data-mark="false_alarm">误报</span>' in page


def test_the_review_detail_shows_the_mark_and_where_to_set_one(client):
    erring = _stored("c县", [SUM_FAIL, WARNING])
    finding_mark(disclosure=erring, key=finding_key(SUM_FAIL), verdict="confirmed", reason="与原文表格核对无误",
                 user=None)
    client.force_login(editor())
    page = client.get(f"/review/{erring.pk}/").content.decode()
    section = page.split('aria-label="未通过的检查"')[1].split("</section>")[0]
    assert 'data-mark="confirmed">已核实</span>' in section and "与原文表格核对无误" in section
    assert f'href="/disclosures/{erring.pk}/#checks"' in section
