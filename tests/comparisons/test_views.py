"""The compare page, its JSON twin and downloads, with the three 人民政府办公室 created through factories."""
import csv
import io
import json
from html.parser import HTMLParser

import openpyxl
import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comparisons.tables import TABLE_COLUMNS, cell_text
from disclosures.models import Department
from tests import factories

pytestmark = pytest.mark.django_db


class _TableParser(HTMLParser):
    """Header texts and row cell texts of table#compare-table."""

    def __init__(self) -> None:
        super().__init__()
        self.inside, self.cell, self.headers, self.rows = False, None, [], []

    def handle_starttag(self, tag, attrs):
        if tag == "table" and ("id", "compare-table") in attrs:
            self.inside = True
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False
        elif self.inside and tag in ("td", "th") and self.cell is not None:
            text = "".join(self.cell).strip()
            (self.headers if tag == "th" else self.rows[-1]).append(text)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def _table(response):
    parser = _TableParser()
    parser.feed(response.content.decode())
    rows = [dict(zip(parser.headers, row)) for row in parser.rows if row]
    return parser.headers, rows


@pytest.fixture
def offices():
    return factories.make_three_offices()


@pytest.fixture
def query(offices):
    return "&".join(f"subjects=d{d.department_id}" for d in offices.values())


def test_the_compare_page_shows_the_three_offices(client, query):
    response = client.get(f"{reverse('comparisons:compare')}?{query}")
    assert response.status_code == 200
    headers, rows = _table(response)
    by_name = {row["单位"]: row for row in rows}
    dianjiang = by_name["垫江县人民政府办公室"]
    assert (dianjiang["年度"], dianjiang["“三公”经费合计（万元）"]) == ("2024", "115.40")
    assert [dianjiang[f"{label}（万元）"] for label in ("因公出国（境）费", "公务接待费", "公务用车运行维护费", "公务用车购置费")] \
        == ["2.50", "26.90", "86.00", "0.00"]
    assert by_name["重庆市铜梁区人民政府办公室"]["“三公”经费合计（万元）"] == "14.90"
    assert by_name["重庆市大足区人民政府办公室"]["年度"] == "2023"
    assert by_name["重庆市大足区人民政府办公室"]["“三公”经费合计（万元）"] == "66.30"
    assert [by_name[n]["机关运行经费（万元）"] for n in by_name] == ["400.04", "311.79", "157.21"]
    assert dianjiang["支出预算合计（万元）"] == "4,683.35"
    assert dianjiang["人均“三公”经费（按实有人数，万元/人）"] == "1.18"
    for name in ("重庆市铜梁区人民政府办公室", "重庆市大足区人民政府办公室"):
        assert by_name[name]["人均“三公”经费（按实有人数，万元/人）"] == "—（未披露实有人数）"
        assert "未披露实有人数" in by_name[name]["说明"]
    assert by_name["重庆市铜梁区人民政府办公室"]["人均“三公”经费（按编制数，万元/人）"] == "0.51"
    assert by_name["重庆市大足区人民政府办公室"]["人均“三公”经费（按编制数，万元/人）"] == "1.21"
    assert by_name["重庆市大足区人民政府办公室"]["人均机关运行经费（按编制数，万元/人）"] == "5.67"
    assert "单位口径" in by_name["重庆市铜梁区人民政府办公室"]["说明"]
    page = response.content.decode()
    assert 'data-plotly-spec="chart-composition-spec"' in page
    assert f"{reverse('comparisons:export_xlsx')}?{query.replace('&', '&amp;')}" in page


def test_the_table_sorts_on_a_column(client, query):
    response = client.get(f"{reverse('comparisons:compare')}?{query}&sort=operating_costs")
    _, rows = _table(response)
    assert [row["机关运行经费（万元）"] for row in rows] == ["157.21", "311.79", "400.04"]


def test_the_json_twin_equals_the_table(client, query):
    page = client.get(f"{reverse('comparisons:compare')}?{query}")
    data = client.get(f"{reverse('comparisons:compare')}?{query}&format=json").json()
    api = client.get(f"{reverse('comparisons:api_compare')}?{query}").json()
    assert data == api
    _, rows = _table(page)
    assert data["count"] == 3
    assert [cell_text(key, {**record, **_numbers(record)}) for record in data["rows"] for key, _ in TABLE_COLUMNS] \
        == [value for row in rows for value in row.values()]
    assert data["rows"][0]["sangong_total"] == "115.4" and data["rows"][0]["staff_actual"] == 98


def _numbers(record):
    from decimal import Decimal
    return {k: Decimal(v) for k, v in record.items() if isinstance(v, str) and k in dict(TABLE_COLUMNS)
            and dict(TABLE_COLUMNS)[k] in ("amount", "signed") and v}


def test_the_xlsx_download_holds_numbers_as_numbers(client, query):
    response = client.get(f"{reverse('comparisons:export_xlsx')}?{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    header, *rows = list(book["汇总"].iter_rows(values_only=True))
    column = header.index("“三公”经费合计（万元）")
    assert [row[column] for row in rows] == [pytest.approx(115.4), pytest.approx(66.3), pytest.approx(14.9)]
    assert all(isinstance(row[column], (int, float)) for row in rows)
    operating = header.index("机关运行经费（万元）")
    assert [row[operating] for row in rows] == [pytest.approx(400.04), pytest.approx(311.79), pytest.approx(157.21)]
    assert len(list(book["来源"].iter_rows())) == 1 + 33


def test_the_csv_matches_the_table(client, query):
    page = client.get(f"{reverse('comparisons:compare')}?{query}")
    response = client.get(f"{reverse('comparisons:export_csv')}?{query}")
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    table_headers, table_rows = _table(page)
    assert header == table_headers
    normalise = lambda text: text.replace(",", "").replace("−", "-")  # noqa: E731
    assert rows == [[normalise(value) for value in row.values()] for row in table_rows]


def test_query_count_does_not_grow_with_units(client, django_assert_num_queries):
    for i in range(30):
        factories.make_disclosure(region=f"测试{i}县", department=f"测试{i}县人民政府办公室",
                                  figures=factories.DIANJIANG_2024)
    ids = list(Department.objects.order_by("id").values_list("id", flat=True))
    counts = {}
    for size in (3, 30):
        query = "&".join(f"subjects=d{i}" for i in ids[:size])
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/compare/?{query}").status_code == 200
        counts[size] = len(captured)
    assert counts[3] == counts[30]
    with django_assert_num_queries(counts[3]):
        client.get("/compare/?" + "&".join(f"subjects=d{i}" for i in ids[:10]))
    with CaptureQueriesContext(connection) as small:
        client.get(f"/compare/export.xlsx?subjects=d{ids[0]}")
    with django_assert_num_queries(len(small)):
        client.get("/compare/export.xlsx?" + "&".join(f"subjects=d{i}" for i in ids))


def test_region_and_department_type_pick_peers(client, offices):
    dtype = offices["垫江县"].department.department_type_id
    data = client.get(f"/api/compare/?department_type={dtype}").json()
    assert sorted(row["region"] for row in data["rows"]) == ["垫江县", "大足区", "铜梁区"]
    region = offices["大足区"].department.region_id
    data = client.get(f"/api/compare/?region={region}").json()
    assert [row["sangong_total"] for row in data["rows"]] == ["66.3"]


def test_years_select_one_or_several(client, offices, query):
    factories.make_disclosure(year=2023, figures={"sangong_total": ("91.7", "1")})
    rows = client.get(f"/api/compare/?{query}&years=2023").json()["rows"]
    assert sorted((r["region"], r["year"]) for r in rows) == [("垫江县", 2023), ("大足区", 2023)]
    rows = client.get(f"/api/compare/?{query}&years=2023&years=2024").json()["rows"]
    assert len(rows) == 4


def test_a_bad_query_is_refused(client):
    assert client.get("/api/compare/?years=1900").status_code == 400


def test_subjects_api_groups_departments_by_type(client, offices):
    data = client.get(reverse("comparisons:api_subjects")).json()
    assert data["departments"][0]["department_type"] == "人民政府办公室"
    assert len(data["departments"][0]["subjects"]) == 3


def test_the_compare_page_with_the_demo_loader(client):
    call_command("load_demo", stdout=io.StringIO())
    offices = Department.objects.filter(name__endswith="人民政府办公室").values_list("id", flat=True)
    assert len(offices) == 3
    query = "&".join(f"subjects=d{i}" for i in offices) + "&years=2023&years=2024"
    _, rows = _table(client.get(f"/compare/?{query}"))
    by_region = {row["地区"]: row for row in rows}
    assert by_region["垫江县"]["“三公”经费合计（万元）"] == "115.40"
    assert by_region["铜梁区"]["“三公”经费合计（万元）"] == "14.90"
    assert by_region["大足区"]["“三公”经费合计（万元）"] == "66.30"
    assert [by_region[r]["机关运行经费（万元）"] for r in ("垫江县", "铜梁区", "大足区")] == ["400.04", "157.21", "311.79"]
    assert by_region["铜梁区"]["人均“三公”经费（按实有人数，万元/人）"] == "—（未披露实有人数）"
    assert by_region["大足区"]["人均“三公”经费（按编制数，万元/人）"] == "1.21"
