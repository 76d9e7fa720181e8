"""Marking a finding 已核实/误报 from the disclosure page: editors only, a reason required, the mark shown beside
the finding to every reader and kept in the page's 更正记录."""
from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from disclosures.findings import finding_key
from disclosures.models import FindingMark
from tests import factories

from .test_findings import SUM_FAIL, record, store
from .upload_helpers import editor

pytestmark = pytest.mark.django_db

WARNING = record("PR-DIR", ok=False, severity="warning", page=3, message="文字说减少，两数相减却是增加")


@pytest.fixture
def checked():
    return store(factories.make_disclosure(), [record("SG-VEH", ok=True), WARNING, SUM_FAIL])


def _post(client, disclosure, **data):
    return client.post(reverse("disclosures:finding_mark", args=[disclosure.pk]), data, follow=True)


def test_only_editors_may_mark(client, checked):
    url = reverse("disclosures:finding_mark", args=[checked.pk])
    data = {"key": finding_key(SUM_FAIL), "verdict": "false_alarm", "reason": "看过原文"}
    assert client.post(url, data).status_code == 302  # to the login page
    client.force_login(User.objects.create_user("reader"))
    assert client.post(url, data).status_code == 403
    client.force_login(editor())
    assert client.get(url).status_code == 405
    assert not FindingMark.objects.exists()


def test_an_editor_marks_a_false_alarm_and_every_reader_sees_it_beside_the_finding(client, checked):
    client.force_login(editor("核实员"))
    response = _post(client, checked, key=finding_key(SUM_FAIL), verdict="false_alarm", reason="合计另含结转资金")
    assert response.redirect_chain[-1][0].endswith(f"/disclosures/{checked.pk}/#checks")
    page = response.content.decode()
    assert "已标记为误报：SG-SUM" in page
    assert 'action="/disclosures/%d/findings/"' % checked.pk in page  # the editor sees the forms

    client.logout()
    public = client.get(reverse("disclosures:disclosure", args=[checked.pk])).content.decode()
    row = public.split(f'data-finding="{finding_key(SUM_FAIL)}"')[1].split("</tr>")[0]
    assert 'data-mark="false_alarm"' in public and "误报" in row and "合计另含结转资金" in row and "核实员" in row
    other = public.split(f'data-finding="{finding_key(WARNING)}"')[1].split("</tr>")[0]
    assert "未核实" in other
    assert "/findings/" not in public  # no form for a reader
    trail = public.split('aria-label="更正记录"')[1]
    assert "勾稽检查 SG-SUM" in trail and "合计另含结转资金" in trail
    data = client.get(reverse("disclosures:disclosure", args=[checked.pk]), {"format": "json"}).json()
    marked = [c for c in data["checks"] if c.get("mark")]
    assert [(c["rule"], c["mark"]["verdict"], c["mark"]["user"]) for c in marked] == [
        ("SG-SUM", "false_alarm", "核实员")]


def test_a_mark_without_a_reason_or_for_a_vanished_finding_is_refused_in_chinese(client, checked):
    client.force_login(editor())
    page = _post(client, checked, key=finding_key(SUM_FAIL), verdict="confirmed", reason="").content.decode()
    assert "请写明理由" in page
    page = _post(client, checked, key="0" * 32, verdict="confirmed", reason="看过").content.decode()
    assert "该检查结果已不存在" in page
    page = _post(client, checked, key="<script>", verdict="confirmed", reason="看过").content.decode()
    assert "检查结果无效" in page and "<script>" not in page.split("勾稽检查")[1].split("</p>")[0]
    assert not FindingMark.objects.exists()
