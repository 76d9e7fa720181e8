"""Findings and their 已核实/误报 marks: the fingerprint a mark is kept under, the counts behind the 勾稽 column,
the one-query read of the stored check records, and a mark that survives a recheck."""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from disclosures import findings
from disclosures.findings import FindingError, check_summaries, finding_key, finding_mark, summarize
from disclosures.models import FindingMark
from disclosures.review import disclosure_recheck
from tests import factories


def record(rule: str, *, ok: bool | None, severity: str = "error", figures=None, page=None, message="") -> dict:
    outcome = {True: "pass", False: "fail", None: "not_applicable"}[ok]
    return {"rule": rule, "name": f"{rule} 的中文名", "outcome": outcome, "severity": severity, "ok": ok,
            "message": message, "detail": message, "figures": figures or [], "tolerance": "0.005", "page": page,
            "basis": "figures"}


def store(disclosure, checks: list[dict]):
    """Checks written as the services write them: with their findings stamped beside them."""
    disclosure.checks = checks
    findings.stamp(disclosure)
    disclosure.save(update_fields=["checks", "findings"])
    return disclosure


SUM_FAIL = record("SG-SUM", ok=False, page=2, message="分项相加与合计差1.00", figures=[
    {"label": "“三公”经费", "value": "13.30", "page": 2, "source": "合计那句"},
    {"label": "公务接待费", "value": "2.3", "page": 2, "source": "接待那句"},
])


def test_it_keys_a_finding_by_rule_and_numbers_not_by_wording_or_printed_zeros():
    same_numbers = {**SUM_FAIL, "message": "措辞变了", "figures": [
        {**SUM_FAIL["figures"][0], "value": "13.3", "source": "另一句"}, {**SUM_FAIL["figures"][1], "value": "2.300000"}]}
    other_value = {**SUM_FAIL, "figures": [{**SUM_FAIL["figures"][0], "value": "13.31"}, SUM_FAIL["figures"][1]]}
    other_rule = {**SUM_FAIL, "rule": "SG-VEH"}
    assert finding_key(same_numbers) == finding_key(SUM_FAIL)
    assert finding_key(other_value) != finding_key(SUM_FAIL)
    assert finding_key(other_rule) != finding_key(SUM_FAIL)
    assert len(finding_key(SUM_FAIL)) == 32


def test_a_text_finding_without_figures_is_keyed_by_its_page_and_message():
    first = record("FM-YEAR", ok=False, severity="warning", page=4, message="正文出现不属于本文件的年度2019")
    assert finding_key(first) == finding_key(dict(first))
    assert finding_key(first) != finding_key({**first, "page": 5})
    assert finding_key(first) != finding_key({**first, "message": "正文出现不属于本文件的年度2018"})


def test_it_counts_errors_and_warnings_but_not_hints_passes_or_false_alarms():
    warning = record("PR-DIR", ok=False, severity="warning", page=3, message="称增加，数字为减少")
    hint = record("TT-OPC", ok=False, severity="info", message="取整容差以内")
    legacy = {"rule": "sangong_sum", "ok": False, "detail": "旧记录，没有严重程度"}
    checks = [SUM_FAIL, warning, hint, legacy, record("SG-VEH", ok=True), record("YY-GAP", ok=None)]

    plain = summarize(checks, {})
    assert (plain.errors, plain.warnings, plain.false_alarms, plain.status) == (2, 1, 0, "error")
    assert plain.rules == ["SG-SUM", "sangong_sum", "PR-DIR"]
    assert plain.text == "2 错误 · 1 警告"

    marked = summarize(checks, {finding_key(SUM_FAIL): "false_alarm", finding_key(legacy): "false_alarm",
                                finding_key(warning): "confirmed"})
    assert (marked.errors, marked.warnings, marked.false_alarms, marked.confirmed) == (0, 1, 2, 1)
    assert (marked.status, marked.text, marked.rules) == ("warning", "1 警告", ["PR-DIR"])


def test_a_disclosure_with_only_passes_passes_and_one_without_records_is_unchecked():
    assert (summarize([record("SG-SUM", ok=True)], {}).status, summarize([], {}).text) == ("pass", "通过")
    assert (summarize([], {}, checked=False).status, summarize([], {}, checked=False).text) == ("unchecked", "未检查")


@pytest.mark.django_db
def test_summaries_read_the_stored_records_in_a_constant_number_of_queries():
    many = []
    for number in range(12):
        disclosure = factories.make_disclosure(region=f"测试{number}县", department=f"测试{number}县财政局")
        store(disclosure, [record("SG-VEH", ok=True), {**SUM_FAIL, "page": number}] if number % 2 else
              [record("SG-VEH", ok=True)])
        many.append(disclosure.pk)
    bare = factories.make_disclosure(region="空白县", department="空白县财政局")
    FindingMark.objects.create(disclosure_id=many[1], rule="SG-SUM", key=finding_key({**SUM_FAIL, "page": 1}),
                               verdict="false_alarm", reason="合计含上年结转")

    with CaptureQueriesContext(connection) as few:
        small = check_summaries(many[:3])
    with CaptureQueriesContext(connection) as lots:
        found = check_summaries([*many, bare.pk])
    assert len(few) == len(lots) == 2
    assert small.keys() == {many[0], many[1], many[2]}
    assert [found[pk].status for pk in many[:4]] == ["pass", "pass", "pass", "error"]
    assert (found[many[1]].false_alarms, found[many[3]].errors, found[many[3]].rules) == (1, 1, ["SG-SUM"])
    assert bare.pk not in found  # no check records: unchecked
    assert check_summaries([]) == {}


@pytest.mark.django_db
def test_a_mark_needs_a_reason_and_a_finding_that_exists():
    disclosure = store(factories.make_disclosure(), [SUM_FAIL, record("SG-VEH", ok=True)])
    user = User.objects.create_user("核实员")
    with pytest.raises(FindingError, match="理由"):
        finding_mark(disclosure=disclosure, key=finding_key(SUM_FAIL), verdict="false_alarm", reason="  ", user=user)
    with pytest.raises(FindingError, match="已核实"):
        finding_mark(disclosure=disclosure, key=finding_key(SUM_FAIL), verdict="maybe", reason="看过", user=user)
    with pytest.raises(FindingError, match="不存在"):
        finding_mark(disclosure=disclosure, key=finding_key(record("SG-VEH", ok=True)), verdict="confirmed",
                     reason="看过", user=user)
    assert not FindingMark.objects.exists()


@pytest.mark.django_db
def test_a_mark_is_kept_in_the_history_and_survives_a_recheck():
    # reception 2.3 + vehicles 10.0 = 12.3 against a stated total of 13.3: the recheck finds SG-SUM failing
    disclosure = factories.make_disclosure(figures={
        "sangong_total": "13.30", "outbound_travel": "0", "reception": "2.30", "vehicle_total": "10.00"})
    disclosure_recheck(disclosure=disclosure)
    failing = [c for c in disclosure.checks if c["rule"] == "SG-SUM" and c["ok"] is False]
    assert len(failing) == 1
    user = User.objects.create_user("核实员")

    mark = finding_mark(disclosure=disclosure, key=finding_key(failing[0]), verdict="confirmed",
                        reason="原文合计确有误", user=user)
    mark = finding_mark(disclosure=disclosure, key=finding_key(failing[0]), verdict="false_alarm",
                        reason="合计含一笔另列的费用", user=user)
    assert FindingMark.objects.count() == 1
    assert [(h.verdict, h.history_change_reason, h.history_user) for h in mark.history.order_by("history_id")] == [
        ("confirmed", "原文合计确有误", user), ("false_alarm", "合计含一笔另列的费用", user)]

    disclosure_recheck(disclosure=disclosure)  # every check record is written anew
    disclosure.refresh_from_db()
    summary = check_summaries([disclosure.pk])[disclosure.pk]
    assert (summary.false_alarms, "SG-SUM" in summary.rules) == (1, False)
    annotated = [c for c in findings.annotate(disclosure.checks, disclosure.finding_marks.all()) if c.get("mark")]
    assert [(c["rule"], c["mark"]["label"], c["mark"]["reason"]) for c in annotated] == [
        ("SG-SUM", "误报", "合计含一笔另列的费用")]


@pytest.mark.django_db
def test_a_changed_number_is_a_new_finding_the_old_mark_does_not_cover():
    disclosure = factories.make_disclosure(figures={
        "sangong_total": "13.30", "outbound_travel": "0", "reception": "2.30", "vehicle_total": "10.00"})
    disclosure_recheck(disclosure=disclosure)
    failing = next(c for c in disclosure.checks if c["rule"] == "SG-SUM" and c["ok"] is False)
    finding_mark(disclosure=disclosure, key=finding_key(failing), verdict="false_alarm", reason="先标为误报",
                 user=None)
    figure = disclosure.figures.get(metric="sangong_total")
    figure.value = Decimal("14.30")
    figure.save()
    disclosure_recheck(disclosure=disclosure)
    summary = check_summaries([disclosure.pk])[disclosure.pk]
    assert (summary.false_alarms, "SG-SUM" in summary.rules, summary.status) == (0, True, "error")


@pytest.mark.django_db
def test_every_path_that_writes_checks_writes_their_findings(media):
    from disclosures import services
    from disclosures.crosschecks import refresh_cross
    from tests.hostile.corpus import disclosure_text

    # a stated total one more than its parts: SG-SUM fails on import
    text = disclosure_text("财政局").replace("公务用车购置及运行维护费10.00万元", "公务用车购置及运行维护费11.00万元")
    outcome = services.disclosure_import_file(data=text.encode(), filename="a.txt")
    disclosure = factories.Disclosure.objects.get(pk=outcome.disclosure_id)
    assert disclosure.findings == findings.compact(disclosure.checks)
    assert disclosure.findings and disclosure.findings is not None
    disclosure.findings = None
    disclosure.save(update_fields=["findings"])
    refresh_cross(disclosure)
    disclosure.refresh_from_db()
    assert disclosure.findings == findings.compact(disclosure.checks)
    disclosure.findings = None
    disclosure.save(update_fields=["findings"])
    disclosure_recheck(disclosure=disclosure)
    disclosure.refresh_from_db()
    assert disclosure.findings == findings.compact(disclosure.checks)
    assert findings.compact([]) is None and findings.compact([record("SG-VEH", ok=True)]) == []


def test_the_admin_lists_finding_marks_in_chinese(admin_client):
    page = admin_client.get("/admin/disclosures/findingmark/")
    assert page.status_code == 200
    assert "勾稽检查核实标记" in page.content.decode()
