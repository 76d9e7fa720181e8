"""The compare page, its JSON twin and downloads, with the three 人民政府办公室 created through factories."""
import csv
import io
from html.parser import HTMLParser

import openpyxl
import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comparisons.columns import COLUMNS, cell_text
from comparisons.tables import IN_SUBJECT_CELL
from disclosures.models import Department
from tests import factories

pytestmark = pytest.mark.django_db


class _TableParser(HTMLParser):
    """Column header texts (``th scope="col"``) and row cell texts of table#compare-table. The unit's row header
    gives its name (the link) as 单位 and its badges, joined with "；", as 说明."""

    def __init__(self) -> None:
        super().__init__()
        self.inside, self.cell, self.headers, self.rows = False, None, [], []
        self.in_head, self.in_badges, self.badges = False, False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("id") == "compare-table":
            self.inside = True
        elif not self.inside:
            return
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr" and not self.in_head:
            self.rows.append([])
        elif tag == "th" and self.in_head:
            self.cell = [] if attrs.get("scope") == "col" else None
        elif tag in ("td", "th"):
            self.cell = []
            self.badges = [] if attrs.get("scope") == "row" else None
        elif tag == "span" and attrs.get("class") == "badges":
            self.in_badges = True
        elif tag == "span" and self.in_badges:
            self.badges.append("")

    def handle_endtag(self, tag):
        if tag == "table":
            self.inside = False
        elif tag == "thead":
            self.in_head = False
        elif self.inside and tag in ("td", "th") and self.cell is not None:
            text = "".join(self.cell).strip()
            if self.in_head:
                self.headers.append(text)
            else:
                self.rows[-1].append(text)
                if self.badges is not None:
                    self.rows[-1].append("；".join(self.badges))
            self.cell, self.badges, self.in_badges = None, None, False

    def handle_data(self, data):
        if self.in_badges and self.badges:
            self.badges[-1] += data
        elif self.cell is not None:
            self.cell.append(data)


def _table(response):
    parser = _TableParser()
    parser.feed(response.content.decode())
    headers = [parser.headers[0], "说明", *parser.headers[1:]]
    rows = [dict(zip(headers, row)) for row in parser.rows if row]
    return headers, rows


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
    assert dianjiang["人均“三公”经费（按实有人数）（万元/人）"] == "1.18"
    for name in ("重庆市铜梁区人民政府办公室", "重庆市大足区人民政府办公室"):
        assert by_name[name]["人均“三公”经费（按实有人数）（万元/人）"] == "—（未披露实有人数）"
        assert "未披露实有人数" in by_name[name]["说明"]
    assert by_name["重庆市铜梁区人民政府办公室"]["人均“三公”经费（按编制数）（万元/人）"] == "0.51"
    assert by_name["重庆市大足区人民政府办公室"]["人均“三公”经费（按编制数）（万元/人）"] == "1.21"
    assert by_name["重庆市大足区人民政府办公室"]["人均机关运行经费（按编制数）（万元/人）"] == "5.67"
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
    headers, rows = _table(page)
    assert data["count"] == 3
    by_header = {COLUMNS[key].header: key for key in COLUMNS}
    keys = [by_header[h] for h in headers if h in by_header and by_header[h] not in IN_SUBJECT_CELL]
    assert "sangong_total" in keys and "operating_costs" in keys
    expected = [[cell_text(key, _numbers(record)) for key in keys] for record in data["rows"]]
    assert expected == [[row[COLUMNS[key].header] for key in keys] for row in rows]
    assert data["rows"][0]["sangong_total"] == "115.4" and data["rows"][0]["staff_actual"] == 98


def _numbers(record):
    from decimal import Decimal
    return {k: Decimal(v) if isinstance(v, str) and v and k in COLUMNS and COLUMNS[k].kind in ("amount", "signed")
            else v for k, v in record.items()}


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
    assert len(list(book["来源"].iter_rows())) == 1 + 3  # one row per document


def test_the_csv_matches_the_table(client, query):
    page = client.get(f"{reverse('comparisons:compare')}?{query}")
    response = client.get(f"{reverse('comparisons:export_csv')}?{query}")
    assert response.content.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    table_headers, table_rows = _table(page)
    shared = [h for h in table_headers if h in header and h != "说明"]
    assert {"单位", "“三公”经费合计（万元）", "机关运行经费（万元）"} <= set(shared)
    normalise = lambda text: text.replace(",", "").replace("−", "-")  # noqa: E731
    csv_rows = [dict(zip(header, row)) for row in rows]
    assert [[row[h] for h in shared] for row in csv_rows] == [[normalise(row[h]) for h in shared] for row in table_rows]


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
    assert by_region["铜梁区"]["人均“三公”经费（按实有人数）（万元/人）"] == "—（未披露实有人数）"
    assert by_region["大足区"]["人均“三公”经费（按编制数）（万元/人）"] == "1.21"


def _history(response):
    """Header texts and rows of table#history-table."""
    parser = _TableParser()
    parser.feed(response.content.decode().replace('id="history-table"', 'id="compare-table" data-h="1"')
                .split('<section class="history"', 1)[1])
    headers = [parser.headers[0], "说明", *parser.headers[1:]]
    return [dict(zip(headers, row)) for row in parser.rows if row]


def test_the_demo_compare_page_shows_every_year_below_the_latest(client):
    call_command("load_demo", stdout=io.StringIO())
    offices = Department.objects.filter(name__endswith="人民政府办公室").order_by("id").values_list("id", flat=True)
    response = client.get("/compare/?" + "&".join(f"subjects=d{i}" for i in offices))
    _, latest = _table(response)
    assert sorted((row["地区"], row["年度"]) for row in latest) == [("垫江县", "2026"), ("大足区", "2023"),
                                                                   ("铜梁区", "2024")]
    history = _history(response)
    assert [(row["地区"], row["年度"]) for row in history] == [
        ("垫江县", "2024"), ("垫江县", "2026"), ("大足区", "2023"), ("铜梁区", "2024")]  # by unit name, then year
    by_year = {(row["地区"], row["年度"]): row for row in history}
    dianjiang = by_year[("垫江县", "2024")]
    assert [dianjiang[k] for k in ("“三公”经费合计（万元）", "因公出国（境）费（万元）", "公务接待费（万元）",
                                   "公务用车运行维护费（万元）", "公务用车购置费（万元）", "机关运行经费（万元）")] \
        == ["115.40", "2.50", "26.90", "86.00", "0.00", "400.04"]
    assert dianjiang["人均“三公”经费（按实有人数）（万元/人）"] == "1.18"
    tongliang, dazu = by_year[("铜梁区", "2024")], by_year[("大足区", "2023")]
    assert (tongliang["“三公”经费合计（万元）"], tongliang["机关运行经费（万元）"]) == ("14.90", "157.21")
    assert (dazu["“三公”经费合计（万元）"], dazu["机关运行经费（万元）"]) == ("66.30", "311.79")
    assert tongliang["人均“三公”经费（按实有人数）（万元/人）"] == "—（未披露实有人数）"
    assert tongliang["人均“三公”经费（按编制数）（万元/人）"] == "0.51"
    assert dazu["人均“三公”经费（按编制数）（万元/人）"] == "1.21"
    page = response.content.decode()
    for text in ("115.40", "2.50", "26.90", "86.00", "0.00", "14.90", "66.30", "400.04", "157.21", "311.79"):
        assert text in page

    book = openpyxl.load_workbook(io.BytesIO(
        client.get("/compare/export.xlsx?" + "&".join(f"subjects=d{i}" for i in offices)).content))
    header, *rows = list(book["历年"].iter_rows(values_only=True))
    sangong = {(row[header.index("地区")], row[header.index("年度")]): row[header.index("“三公”经费合计（万元）")]
               for row in rows}
    assert sangong[("垫江县", 2024)] == pytest.approx(115.4) and isinstance(sangong[("垫江县", 2024)], float)
    assert sangong[("铜梁区", 2024)] == pytest.approx(14.9) and sangong[("大足区", 2023)] == pytest.approx(66.3)
    assert len(rows) == 4
    csv_rows = list(csv.reader(io.StringIO(
        client.get("/compare/export.csv?" + "&".join(f"subjects=d{i}" for i in offices)).content.decode("utf-8-sig"))))
    assert len(csv_rows) == 1 + 3  # the CSV stays the main (latest) table


@pytest.fixture
def sixty_offices():
    for i in range(60):
        factories.make_disclosure(region=f"测试{i:02d}县", department=f"测试{i:02d}县人民政府办公室",
                                  figures={"sangong_total": str(i + 1), "operating_costs": str(200 - i)})
        factories.make_disclosure(region=f"测试{i:02d}县", department=f"测试{i:02d}县人民政府办公室", year=2023,
                                  figures={"sangong_total": str(i + 0.5)})


def test_the_table_is_paginated_fifty_rows_a_page(client, sixty_offices):
    first = client.get("/compare/")
    _, rows = _table(first)
    assert len(rows) == 50
    assert rows[0]["“三公”经费合计（万元）"] == "60.00" and rows[0]["“三公”经费排名"] == "1"
    assert "第 1 / 2 页" in first.content.decode() and 'href="?page=2"' in first.content.decode()
    _, rows = _table(client.get("/compare/?page=2"))
    assert [row["“三公”经费排名"] for row in rows] == [str(n) for n in range(51, 61)]
    assert "比较表（60 行）" in first.content.decode()


def test_sorting_orders_every_row_before_paging(client, sixty_offices):
    _, rows = _table(client.get("/compare/?sort=operating_costs&page=1"))
    assert rows[0]["机关运行经费（万元）"] == "141.00"  # the smallest of all 60, not of the first page
    _, rows = _table(client.get("/compare/?sort=operating_costs&page=2"))
    assert [row["机关运行经费（万元）"] for row in rows][-1] == "200.00"
    _, rows = _table(client.get("/compare/?sort=-sangong_total&page=2"))
    assert [row["“三公”经费合计（万元）"] for row in rows] == [f"{n}.00" for n in range(10, 0, -1)]


def test_the_history_section_pages_on_its_own(client, sixty_offices):
    response = client.get("/compare/?history_page=3")
    history = _history(response)
    assert len(history) == 20  # 120 unit-years, 50 a page
    assert history[0]["单位"] == "测试50县人民政府办公室" and history[0]["年度"] == "2023"
    _, main = _table(response)
    assert len(main) == 50  # the main table stays on its first page
    assert "历年数据（120 行）" in response.content.decode()


def test_a_page_past_the_end_shows_the_last_page(client, sixty_offices):
    _, rows = _table(client.get("/compare/?page=99"))
    assert len(rows) == 10
