"""Review and correct: the queue, a correction with its reason in the audit trail, identity completion, checks
recomputed, and a correction that survives a re-parse."""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User

from disclosures import review, services, uploads
from disclosures.models import Disclosure, Figure
from disclosures.services import disclosure_reparse
from tests.hostile.corpus import disclosure_text

from .helpers import department_result
from .upload_helpers import editor

pytestmark = pytest.mark.django_db


SPLIT = disclosure_text("财政局").replace(
    "公务用车购置及运行维护费10.00万元",
    "公务用车购置及运行维护费10.00万元，其中公务用车购置费4.00万元，公务用车运行维护费6.00万元")


def _imported(text: str) -> Disclosure:
    upload = uploads.upload_receive(data=text.encode(), filename="a.txt")
    uploads.upload_process(upload_id=upload.pk)
    return Disclosure.objects.get()


def test_the_review_pages_need_the_review_permission(client, media):
    disclosure = _imported(disclosure_text("财政局"))
    assert client.get("/review/").status_code == 302
    client.force_login(User.objects.create_user("reader"))
    assert client.get(f"/review/{disclosure.pk}/").status_code == 403


def test_a_correction_is_kept_with_who_and_why_and_the_checks_are_recomputed(client, media):
    # the parts add up to 12.30: correcting the total to 13.30 must make the sum check fail
    disclosure = _imported(SPLIT)
    assert [c["ok"] for c in disclosure.checks if c["rule"] == "SG-SUM"] == [True]
    client.force_login(editor("审核员"))

    response = client.post(f"/review/{disclosure.pk}/", {"metric": "sangong_total", "value": "13.30",
                                                         "reason": "原文表格合计为13.30"}, follow=True)

    figure = disclosure.figures.get(metric="sangong_total", is_primary=True)
    assert (figure.value, figure.corrected) == (Decimal("13.3"), True)
    disclosure.refresh_from_db()
    assert [c["ok"] for c in disclosure.checks if c["rule"] == "SG-SUM"] == [False]
    page = response.content.decode()
    assert "已更正：“三公”经费" in page or "已更正" in page
    assert "原文表格合计为13.30" in page and "审核员" in page
    assert [(row["old"], row["new"], row["why"]) for row in review.disclosure_history(disclosure)] == [
        ("12.3", "13.3", "原文表格合计为13.30")]
    assert disclosure in list(review.review_queue())
    public = client.get(f"/disclosures/{disclosure.pk}/").content.decode()
    assert "更正记录" in public and "原文表格合计为13.30" in public


def test_a_missing_figure_can_be_set_or_marked_not_applicable(client, media):
    disclosure = _imported(disclosure_text("财政局"))
    client.force_login(editor())
    client.post(f"/review/{disclosure.pk}/", {"metric": "vehicles_count", "not_applicable": "on",
                                              "reason": "本单位无公务用车"})
    figure = disclosure.figures.get(metric="vehicles_count")
    assert (figure.value, figure.not_applicable, figure.corrected, figure.origin) == (None, True, True, "manual")


def test_a_correction_without_a_reason_is_refused(client, media):
    disclosure = _imported(disclosure_text("财政局"))
    client.force_login(editor())
    page = client.post(f"/review/{disclosure.pk}/", {"metric": "reception", "value": "9"}, follow=True)
    assert disclosure.figures.get(metric="reception", is_primary=True).value == Decimal("2.3")
    assert "原因" in page.content.decode()


def test_an_editor_completes_a_missing_year_and_the_disclosure_leaves_the_queue(client, media):
    services.disclosure_import_file(data=b"x", filename="a.txt",
                                    parsed=[department_result(year=None, missing=["year"])])
    disclosure = Disclosure.objects.get()
    assert disclosure.year is None and disclosure.missing == ["year"]
    client.force_login(editor())
    assert disclosure.title_name in client.get("/review/").content.decode()

    client.post(f"/review/{disclosure.pk}/", {"form": "identity", "year": "2025", "reason": "网页发布年度"})

    disclosure.refresh_from_db()
    assert (disclosure.year, disclosure.missing, disclosure.status) == (2025, [], "ok")
    assert disclosure.history.first().history_change_reason == "网页发布年度"


def test_a_reparse_keeps_the_correction(client, media):
    disclosure = _imported(disclosure_text("财政局"))
    client.force_login(editor())
    client.post(f"/review/{disclosure.pk}/", {"metric": "reception", "value": "2.40", "reason": "据原件"})
    disclosure_reparse(disclosure=disclosure)
    assert Figure.objects.get(disclosure=disclosure, metric="reception", is_primary=True).value == Decimal("2.4")


def _department(**overrides) -> Disclosure:
    services.disclosure_import_file(data=b"first rendition", filename="a.txt",
                                    parsed=[department_result(**overrides)])
    return Disclosure.objects.get()


def test_a_newer_parser_reading_a_corrected_figure_elsewhere_does_not_add_a_second_value(media, monkeypatch):
    # corrected where the old parser read it (prose); the newer parser reads the same metric from a table cell
    from disclosures import parsing
    from disclosures.parsing import Figure as ParsedFigure

    disclosure = _department()
    person = editor()
    review.figure_correct(figure=disclosure.figures.get(metric="reception", is_primary=True), value=Decimal("2.7"),
                          not_applicable=False, reason="据原件核对", user=person)
    review.figure_set(disclosure=disclosure, metric="vehicles_count", value=Decimal("3"), not_applicable=False,
                      reason="车辆表所列", user=person)
    newer = department_result()
    newer.figures["reception"] = ParsedFigure("reception", Decimal("9.9"), page=8, origin="table")
    newer.figures["vehicles_count"] = ParsedFigure("vehicles_count", Decimal("5"), page=8)
    monkeypatch.setattr(parsing, "PARSER_VERSION", "99.0")

    disclosure_reparse(disclosure=disclosure, parsed=[newer])

    disclosure.refresh_from_db()
    assert disclosure.parser_version == "99.0"
    for metric, value in (("reception", Decimal("2.7")), ("vehicles_count", Decimal("3"))):
        assert [(f.value, f.corrected) for f in disclosure.figures.filter(metric=metric, is_primary=True)] == [
            (value, True)]
    from comparisons.selectors import wide_figures_df
    wide = wide_figures_df(metrics=["reception", "vehicles_count"], disclosure_ids=[disclosure.pk])
    assert (wide["value:reception"].tolist(), wide["value:vehicles_count"].tolist()) == (
        [Decimal("2.7")], [Decimal("3")])
