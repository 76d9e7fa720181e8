"""The browse pages: status, key numbers, the JSON twin, and pinned query counts."""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from disclosures.models import Disclosure, FunctionLine, Headcount, Region, SourceFile
from tests.factories import make_disclosure, make_three_offices

pytestmark = pytest.mark.django_db


@pytest.fixture
def offices():
    return make_three_offices()


def test_it_shows_an_empty_state_in_chinese(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "尚无数据：运行 make run 载入演示数据，或导入公开文件" in html
    assert '<html lang="zh-CN">' in html


def test_it_loads_plotly_once_from_static_and_nothing_from_the_internet(client, offices):
    html = client.get("/").content.decode()
    assert html.count("vendor/plotly-basic.min.js") == 1
    assert "http://" not in html and "https://" not in html
    assert 'data-plotly-spec="chart-headline-spec"' in html


def test_it_summarises_the_database_on_home(client, offices):
    response = client.get("/")
    html = response.content.decode()
    assert "垫江县" in html and "铜梁区" in html and "大足区" in html
    assert "115.40" in html and "14.90" in html and "66.30" in html
    data = client.get("/?format=json").json()
    assert data["counts"] == {"regions": 3, "departments": 3, "units": 1, "disclosures": 3, "failed": 0}
    assert data["years"] == [2024, 2023]
    assert data["kinds"] == ["预算"]
    totals = {row["department"]: row["sangong_total"] for row in data["headline"]}
    assert totals == {"垫江县人民政府办公室": "115.40", "重庆市铜梁区人民政府办公室": "14.90",
                      "重庆市大足区人民政府办公室": "66.30"}


def test_it_keeps_home_queries_constant(client, django_assert_num_queries, offices):
    with django_assert_num_queries(6):
        client.get("/")
    for year in (2021, 2022):
        make_disclosure(region="铜梁区", department="重庆市铜梁区财政局", year=year, figures={"sangong_total": "9"})
    with django_assert_num_queries(6):
        client.get("/")


def test_it_lists_a_regions_departments_with_latest_figures_and_coverage(client, offices):
    make_disclosure(region="垫江县", department="垫江县人民政府办公室", year=2023, kind="决算",
                    figures={"sangong_total": "91.7"}, status=Disclosure.Status.CONFLICT)
    make_disclosure(region="垫江县", department="垫江县财政局", year=2024, status=Disclosure.Status.FAILED)
    region = Region.objects.get(name="垫江县")
    response = client.get(reverse("disclosures:region", args=[region.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "115.40" in html and "400.04" in html and "4,683.35" in html
    data = client.get(reverse("disclosures:region", args=[region.pk]), {"format": "json"}).json()
    assert [d["name"] for d in data["departments"]] == ["垫江县人民政府办公室", "垫江县财政局"]
    office, finance = data["departments"]
    assert (office["latest"]["year"], office["latest"]["kind"]) == (2024, "预算")
    assert office["figures"]["sangong_total"]["value"] == "115.40"
    assert office["figures"]["staff_actual"]["value"] == 98
    assert office["figures"]["staff_authorized"] is None
    states = {(c["year"], c["kind"]): c["state"] for c in office["coverage"]}
    assert states == {(2024, "预算"): "ok", (2024, "决算"): "missing", (2023, "预算"): "missing",
                      (2023, "决算"): "conflict"}
    assert finance["latest"] is None  # a failed parse never stands in for the department
    assert {(c["year"], c["kind"]): c["state"] for c in finance["coverage"]}[(2024, "预算")] == "failed"


def test_it_keeps_region_queries_constant(client, django_assert_num_queries, offices):
    region = Region.objects.get(name="垫江县")
    url = reverse("disclosures:region", args=[region.pk])
    with django_assert_num_queries(6):
        client.get(url)
    for name in ("垫江县财政局", "垫江县教育委员会", "垫江县卫生健康委员会"):
        make_disclosure(region="垫江县", department=name, year=2024, figures={"sangong_total": "3"})
    with django_assert_num_queries(6):
        client.get(url)


def test_it_shows_a_departments_years_trend_charts_and_units(client, offices):
    make_disclosure(region="垫江县", department="垫江县人民政府办公室", year=2026,
                    figures={"sangong_total": "97.8", "operating_costs": "381.5"})
    make_disclosure(region="垫江县", department="垫江县人民政府办公室", year=2024, scope="单位",
                    unit="垫江县人民政府电子政务中心", figures={"sangong_total": "1.2"})
    department = offices["垫江县"].department
    response = client.get(reverse("disclosures:department", args=[department.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "chart-sangong-trend" in html and "chart-operating-costs-years" in html
    assert "97.80" in html and "381.50" in html
    data = client.get(reverse("disclosures:department", args=[department.pk]), {"format": "json"}).json()
    assert [(d["year"], d["scope"]) for d in data["disclosures"]] == [(2026, "部门"), (2024, "部门")]
    assert [u["name"] for u in data["units"]] == ["垫江县人民政府电子政务中心"]
    assert len(data["member_units"]) == 6


def test_it_shows_a_member_units_own_page(client, offices):
    disclosure = make_disclosure(region="垫江县", department="垫江县人民政府办公室", year=2024, scope="单位",
                                 unit="垫江县人民政府电子政务中心",
                                 figures={"sangong_total": "1.2", "operating_costs": {
                                     "value": None, "not_applicable": True, "note": "事业单位不在统计范围"}})
    response = client.get(reverse("disclosures:unit", args=[disclosure.unit_id]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "垫江县人民政府电子政务中心" in html and "1.20" in html and "不适用" in html
    data = client.get(reverse("disclosures:unit", args=[disclosure.unit_id]), {"format": "json"}).json()
    assert data["disclosures"][0]["figures"]["operating_costs"] == {
        "value": None, "change": None, "not_applicable": True, "note": "事业单位不在统计范围"}


def test_it_keeps_department_queries_constant(client, django_assert_num_queries, offices):
    department = offices["垫江县"].department
    url = reverse("disclosures:department", args=[department.pk])
    with django_assert_num_queries(8):
        client.get(url)
    for year in (2021, 2022, 2023):
        make_disclosure(region="垫江县", department="垫江县人民政府办公室", year=year, figures={"sangong_total": "5"})
    with django_assert_num_queries(8):
        client.get(url)


@pytest.fixture
def full_disclosure(offices):
    disclosure = offices["垫江县"]
    disclosure.warnings = ["表四合计与正文不一致"]
    disclosure.checks = [{"rule": "sangong_sum", "ok": True, "detail": "2.5+26.9+86+0=115.4"}]
    disclosure.save()
    FunctionLine.objects.create(disclosure=disclosure, code="201", name="一般公共服务支出",
                                value=Decimal("4118.09"), page=2)
    Headcount.objects.create(disclosure=disclosure, unit_name="垫江县公共资源交易中心", authorized=None,
                             authorized_text="事业编制 12 名、工勤 1 名", actual=13, page=1)
    make_disclosure(region="垫江县", department="垫江县机关事务管理局", year=2024, figures={
        "operating_costs": {"value": None, "not_applicable": True, "note": "事业单位，不在机关运行经费统计范围"}})
    return disclosure


def test_it_shows_every_figure_with_page_and_source(client, full_disclosure):
    response = client.get(reverse("disclosures:disclosure", args=[full_disclosure.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("115.40", "+23.70", "−2.50", "4,683.35", "4,118.09", "一般公共服务支出", "sangong_total as stated",
                 "表四合计与正文不一致", "2.5+26.9+86+0=115.4", "事业编制 12 名、工勤 1 名", "垫江县公共资源交易中心",
                 "垫江县人民政府办公室2024年部门预算.pdf"):
        assert text in html, text
    data = client.get(reverse("disclosures:disclosure", args=[full_disclosure.pk]), {"format": "json"}).json()
    by_metric = {f["metric"]: f for f in data["figures"]}
    assert by_metric["sangong_total"]["value"] == "115.40"
    assert by_metric["sangong_total"]["change"] == "23.70"
    assert by_metric["staff_actual"]["value"] == 98
    assert by_metric["sangong_total"]["page"] == 1
    assert data["function_lines"][0]["value"] == "4118.090000"
    assert data["sources"][0]["url"] == f"/sources/{data['sources'][0]['id']}/download/"
    assert len(data["member_units"]) == 6


def test_it_shows_not_applicable_with_its_note_never_zero(client, full_disclosure):
    disclosure = Disclosure.objects.get(department__name="垫江县机关事务管理局")
    html = client.get(reverse("disclosures:disclosure", args=[disclosure.pk])).content.decode()
    row = html.split('data-metric="operating_costs"')[1].split("</tr>")[0]
    assert "不适用" in row and "事业单位，不在机关运行经费统计范围" in row
    assert "0.00" not in row


def test_it_keeps_disclosure_queries_constant(client, django_assert_num_queries, full_disclosure):
    # 5 for the page, 1 for the findings' 已核实/误报 marks, 3 for its audit trail (figure, identity, mark history)
    with django_assert_num_queries(9):
        client.get(reverse("disclosures:disclosure", args=[full_disclosure.pk]))


def test_it_opens_the_source_file_inline_under_its_original_name(client, offices):
    source = SourceFile.objects.get(disclosure=offices["垫江县"])
    source.file.save(f"{source.sha256}.txt", ContentFile("原文内容".encode()), save=True)
    response = client.get(reverse("disclosures:source_download", args=[source.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode() == "原文内容"
    assert response["Content-Disposition"].startswith("inline;")
    assert "filename*=utf-8''" in response["Content-Disposition"]


def test_it_answers_404_when_the_stored_file_is_gone(client, offices):
    source = SourceFile.objects.get(disclosure=offices["垫江县"])
    assert client.get(reverse("disclosures:source_download", args=[source.pk])).status_code == 404


def test_it_answers_404_for_unknown_ids(client):
    for name in ("region", "department", "unit", "disclosure", "source_download"):
        assert client.get(reverse(f"disclosures:{name}", args=[999])).status_code == 404


def _chart_specs(html: str) -> dict[str, dict]:
    import json
    import re
    return {name: json.loads(body) for name, body in
            re.findall(r'<script id="([^"]+)" type="application/json">(.*?)</script>', html, re.S)}


def test_it_ticks_small_amounts_with_decimals_and_gives_each_chart_a_text_alternative(client):
    make_disclosure(region="垫江县", department="垫江县机关事务管理局", unit="垫江县机关事务管理局", principal=True,
                    scope="单位", figures={"sangong_total": "0.9", "reception": "0.9", "operating_costs": "0.4"})
    unit = Disclosure.objects.get(title_name="垫江县机关事务管理局").unit
    html = client.get(reverse("disclosures:unit", args=[unit.pk])).content.decode()
    specs = _chart_specs(html)
    assert specs and all(spec["layout"]["yaxis"]["tickformat"] == ",.2~f" for spec in specs.values())
    assert html.count('class="chart-data"') == len(specs)
    assert "<td>公务接待费</td><th scope=\"row\">2024年预算</th><td class=\"num\">0.90</td>" in html
    assert 'aria-label="“三公”经费及构成（万元）（数字见下方“图表数据”）"' in html


def test_the_department_page_draws_every_year_a_document_speaks_for_with_derived_years_marked(client):
    """Acceptance (issue 7): 垫江县人民政府办公室 三公 2024 = 115.40 (own), 2025 = 59.30 (the 2026 document's
    上年数, derived), 2026 = 43.80; 机关运行经费 2025 = 198.11 (derived from the 2026 document's stated change)."""
    from io import StringIO

    from django.core.management import call_command

    from disclosures.models import Department

    call_command("load_demo", stdout=StringIO())
    department = Department.objects.get(name="垫江县人民政府办公室")
    html = client.get(reverse("disclosures:department", args=[department.pk])).content.decode()
    specs = _chart_specs(html)
    for key, expected in (("chart-sangong-total-years-spec", {2024: 115.4, 2025: 59.3, 2026: 43.8}),
                          ("chart-operating-costs-years-spec", {2024: 400.04, 2025: 198.11, 2026: 278.71})):
        (trace,) = specs[key]["data"]
        points = dict(zip(trace["x"], trace["y"]))
        assert {year: points[year] for year in expected} == expected
        symbols = dict(zip(trace["x"], trace["marker"]["symbol"]))
        assert (symbols[2024], symbols[2025], symbols[2026]) == ("circle", "circle-open", "circle")
        assert trace["connectgaps"] is False
    assert "推算：据2026年预算说明" in html  # the text alternative says where 2025 came from


def test_it_draws_each_metric_in_its_registry_colour_on_the_browse_pages(client, offices):
    from comparisons.columns import metric_colour

    html = client.get(reverse("disclosures:department", args=[offices["垫江县"].department_id])).content.decode()
    traces = {t["name"]: t for t in _chart_specs(html)["chart-sangong-trend-spec"]["data"]}
    assert traces["公务接待费"]["marker"]["color"] == metric_colour("reception")
    assert traces["因公出国（境）费"]["marker"]["color"] == metric_colour("outbound_travel")
