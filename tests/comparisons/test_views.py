"""The compare page, its JSON twin and downloads, with the three 人民政府办公室 created through factories."""
import csv
import io
from html.parser import HTMLParser

from urllib.parse import quote

import openpyxl
import pandas as pd
import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from openpyxl.utils import get_column_letter
from disclosures.models import Department
from tests import factories

pytestmark = pytest.mark.django_db


class _TableParser(HTMLParser):
    """Column header texts (``th scope="col"``) and row cell texts of table#compare-table. The unit's row header
    gives its name (the link) as 单位 and its badges, joined with "；", as 说明; the 推/重述 marks beside a
    number (<abbr>) are left out of its cell text."""

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
        elif tag == "abbr":
            self.in_abbr = True

    def handle_endtag(self, tag):
        if tag == "abbr":
            self.in_abbr = False
        elif tag == "table":
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
        if getattr(self, "in_abbr", False):
            return
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


def test_the_compare_page_compares_one_year_by_default_and_marks_derived_rows(client, query):
    response = client.get(f"{reverse('comparisons:compare')}?{query}")
    assert response.status_code == 200
    headers, rows = _table(response)
    by_name = {row["单位"]: row for row in rows}
    # 大足 has only 2023; 垫江 and 铜梁 speak for 2023 through their 2024 documents (本年数 less the stated change)
    assert {row["年度"] for row in rows} == {"2023"}
    assert by_name["重庆市大足区人民政府办公室"]["“三公”经费合计（万元）"] == "66.30"
    assert by_name["垫江县人民政府办公室"]["“三公”经费合计（万元）"] == "91.70"  # 115.40 − 23.70
    assert by_name["重庆市铜梁区人民政府办公室"]["机关运行经费（万元）"] == "168.80"  # 157.21 + 11.59
    assert "推算：据2024年预算说明所列本年数和增减额推算" in by_name["垫江县人民政府办公室"]["说明"]
    page = response.content.decode()
    assert "垫江县人民政府办公室 2023年没有本年文件" in page  # the notice above the charts
    assert 'data-plotly-spec="chart-composition-spec"' in page
    assert f"{reverse('comparisons:export_xlsx')}?{query.replace('&', '&amp;')}" in page


def test_a_chosen_year_shows_its_figures_and_names_the_unit_it_drops(client, query, offices):
    response = client.get(f"{reverse('comparisons:compare')}?{query}&years=2024")
    _, rows = _table(response)
    by_name = {row["单位"]: row for row in rows}
    assert set(by_name) == {"垫江县人民政府办公室", "重庆市铜梁区人民政府办公室"}
    dianjiang = by_name["垫江县人民政府办公室"]
    assert (dianjiang["年度"], dianjiang["“三公”经费合计（万元）"]) == ("2024", "115.40")
    assert [dianjiang[f"{label}（万元）"] for label in ("因公出国（境）费", "公务接待费", "公务用车运行维护费", "公务用车购置费")] \
        == ["2.50", "26.90", "86.00", "0.00"]
    assert dianjiang["支出预算合计（万元）"] == "4,683.35"
    assert dianjiang["人均“三公”经费（按实有人数）（万元/人）"] == "1.18"
    assert by_name["重庆市铜梁区人民政府办公室"]["人均“三公”经费（按编制数）（万元/人）"] == "0.51"
    assert "单位口径" in by_name["重庆市铜梁区人民政府办公室"]["说明"]
    data = client.get(f"/api/compare/?{query}&years=2024").json()
    assert data["dropped"] == [{"subject_key": f"d{offices['大足区'].department_id}", "subject_name": "重庆市大足区人民政府办公室",
                                "reason": "没有2024年预算数据，最近为2023年"}]
    html = response.content.decode()
    assert html.count("重庆市大足区人民政府办公室（没有2024年预算数据，最近为2023年）") == 1  # named once
    assert 'id="dropped-units">未列入比较的单位：' in html


def test_the_table_sorts_on_a_column(client, query):
    response = client.get(f"{reverse('comparisons:compare')}?{query}&years=2024&sort=operating_costs")
    _, rows = _table(response)
    assert [row["机关运行经费（万元）"] for row in rows] == ["157.21", "400.04"]


def test_the_json_twin_equals_the_api_and_holds_exact_decimal_strings(client, query, offices):
    data = client.get(f"{reverse('comparisons:compare')}?{query}&years=2024&format=json").json()
    api = client.get(f"{reverse('comparisons:api_compare')}?{query}&years=2024").json()
    assert data == api
    assert data["count"] == "2" and data["schema"] == "compare/2" and data["year"] == "2024"
    first = data["rows"][0]
    assert first["sangong_total"] == "115.4" and first["staff_actual"] == "98" and first["year"] == "2024"
    assert first["subject_key"] == f"d{offices['垫江县'].department_id}" and first["province"] == "重庆市"
    assert first["department_type"] == "人民政府办公室" and first["disclosure_id"] == str(offices["垫江县"].pk)
    assert first["sources"]["sangong_total"]["origin"] == "stated"
    assert first["sources"]["sangong_total"]["text"] == "sangong_total as stated"
    assert first["sha256"] and first["source_file"].endswith(".pdf")
    for row in data["rows"] + data["history"]:  # every number is a string of its exact decimal, or null
        for key, value in row.items():
            assert not isinstance(value, float), key
            if isinstance(value, int) and not isinstance(value, bool):
                raise AssertionError(key)


def test_the_xlsx_download_holds_numbers_as_numbers(client, query):
    response = client.get(f"{reverse('comparisons:export_xlsx')}?{query}&years=2024")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"] == (
        "attachment; filename=\"compare_2024.xlsx\"; filename*=UTF-8''"
        + quote("三公经费比较_垫江县-铜梁区_2024.xlsx"))
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    header, *rows = list(book["汇总"].iter_rows(values_only=True))
    column = header.index("“三公”经费合计（万元）")
    assert [row[column] for row in rows] == [pytest.approx(115.4), pytest.approx(14.9)]
    assert all(isinstance(row[column], (int, float)) for row in rows)
    operating = header.index("机关运行经费（万元）")
    assert [row[operating] for row in rows] == [pytest.approx(400.04), pytest.approx(157.21)]
    assert len(list(book["来源"].iter_rows())) == 1 + 2  # one row per document of the compared units
    summary = book["汇总"]
    assert summary.auto_filter.ref == f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    assert summary.page_setup.orientation == "landscape" and summary.page_setup.fitToWidth == 1
    assert summary.sheet_properties.pageSetUpPr.fitToPage is True
    assert summary.print_title_rows == "$1:$1"


def test_the_csv_holds_plain_numbers_provenance_and_stable_keys(client, query, offices):
    response = client.get(f"{reverse('comparisons:export_csv')}?{query}&years=2024")
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert "filename*=UTF-8''" + quote("三公经费比较_垫江县-铜梁区_2024.csv") in response["Content-Disposition"]
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    record = dict(zip(header, rows[0]))
    assert record["单位"] == "垫江县人民政府办公室" and record["“三公”经费合计（万元）"] == "115.4"
    assert record["编号"] == f"d{offices['垫江县'].department_id}" and record["省（直辖市）"] == "重庆市"
    assert record["部门类型"] == "人民政府办公室"
    assert record["“三公”经费合计页码"] == "1" and record["“三公”经费合计原文"] == "sangong_total as stated"
    assert len(record["文件SHA-256"]) == 64
    assert record["公务接待费增减原因"] == ""  # every metric has its reason column


def test_pandas_reads_every_numeric_csv_column_as_numbers(client, query):
    from comparisons.columns import COLUMNS
    from comparisons.exports import csv_columns

    response = client.get(f"{reverse('comparisons:export_csv')}?{query}")
    frame = pd.read_csv(io.BytesIO(response.content), encoding="utf-8-sig")
    numeric = [header for key, header in csv_columns()
               if (key in COLUMNS and COLUMNS[key].numeric) or key.endswith(("_page", "_disclosure_id"))]
    assert len(numeric) > 40
    for header in numeric:
        assert pd.api.types.is_numeric_dtype(frame[header]), header
    assert frame["“三公”经费合计（万元）"].tolist() == [91.7, 66.3, 15.4]


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
    assert sorted((r["region"], r["year"], r["sangong_total"], r["derived"]) for r in rows) == [
        ("垫江县", "2023", "91.7", False), ("大足区", "2023", "66.3", False), ("铜梁区", "2023", "15.4", True)]
    rows = client.get(f"/api/compare/?{query}&years=2023&years=2024").json()["rows"]
    assert len(rows) == 5  # 铜梁 2023 comes from its 2024 document


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
    query = "&".join(f"subjects=d{i}" for i in offices) + "&years=2024"
    _, rows = _table(client.get(f"/compare/?{query}"))
    by_region = {row["地区"]: row for row in rows}
    assert set(by_region) == {"垫江县", "铜梁区"}  # 大足 has no 2024 document: dropped and named
    assert by_region["垫江县"]["“三公”经费合计（万元）"] == "115.40"
    assert by_region["铜梁区"]["“三公”经费合计（万元）"] == "14.90"
    assert [by_region[r]["机关运行经费（万元）"] for r in ("垫江县", "铜梁区")] == ["400.04", "157.21"]
    assert by_region["铜梁区"]["人均“三公”经费（按实有人数）（万元/人）"] == "—（未披露实有人数）"
    assert by_region["铜梁区"]["人均“三公”经费（按编制数）（万元/人）"] == "0.51"


def _history(response):
    """Header texts and rows of table#history-table."""
    parser = _TableParser()
    parser.feed(response.content.decode().replace('id="history-table"', 'id="compare-table" data-h="1"')
                .split('<section class="history"', 1)[1])
    headers = [parser.headers[0], "说明", *parser.headers[1:]]
    return [dict(zip(headers, row)) for row in parser.rows if row]


def test_the_demo_compare_page_shows_every_year_a_document_speaks_for(client):
    call_command("load_demo", stdout=io.StringIO())
    offices = Department.objects.filter(name__endswith="人民政府办公室").order_by("id").values_list("id", flat=True)
    response = client.get("/compare/?" + "&".join(f"subjects=d{i}" for i in offices))
    _, main = _table(response)
    assert sorted((row["地区"], row["年度"]) for row in main) == [("垫江县", "2023"), ("大足区", "2023"),
                                                                 ("铜梁区", "2023")]  # the latest year all share
    history = _history(response)
    assert [(row["地区"], row["年度"], row["“三公”经费合计（万元）"], row["机关运行经费（万元）"]) for row in history] == [
        ("垫江县", "2023", "91.70", "423.41"), ("垫江县", "2024", "115.40", "400.04"),
        ("垫江县", "2025", "59.30", "198.11"), ("垫江县", "2026", "43.80", "278.71"),
        ("大足区", "2022", "82.00", "311.42"), ("大足区", "2023", "66.30", "311.79"),
        ("铜梁区", "2023", "15.40", "168.80"), ("铜梁区", "2024", "14.90", "157.21"),
    ]  # by unit name, then year; 2025 from the 2026 document's figures less their stated changes
    by_year = {(row["地区"], row["年度"]): row for row in history}
    api = client.get("/api/compare/?" + "&".join(f"subjects=d{i}" for i in offices)).json()
    basis = {(row["region"], row["year"]): row["basis"] for row in api["history"]}
    assert basis[("垫江县", "2025")] == "据2026年预算说明所列本年数和增减额推算"  # the demo has no 上年 table rows
    assert basis[("垫江县", "2024")] == ""
    dianjiang = by_year[("垫江县", "2024")]
    assert [dianjiang[k] for k in ("因公出国（境）费（万元）", "公务接待费（万元）", "公务用车运行维护费（万元）",
                                   "公务用车购置费（万元）")] == ["2.50", "26.90", "86.00", "0.00"]
    assert dianjiang["人均“三公”经费（按实有人数）（万元/人）"] == "1.18"

    book = openpyxl.load_workbook(io.BytesIO(
        client.get("/compare/export.xlsx?" + "&".join(f"subjects=d{i}" for i in offices)).content))
    header, *rows = list(book["历年"].iter_rows(values_only=True))
    sangong = {(row[header.index("地区")], row[header.index("年度")]): row[header.index("“三公”经费合计（万元）")]
               for row in rows}
    assert sangong[("垫江县", 2025)] == pytest.approx(59.3) and isinstance(sangong[("垫江县", 2025)], float)
    assert sangong[("铜梁区", 2024)] == pytest.approx(14.9) and sangong[("大足区", 2023)] == pytest.approx(66.3)
    assert len(rows) == 8
    csv_rows = list(csv.reader(io.StringIO(
        client.get("/compare/export.csv?" + "&".join(f"subjects=d{i}" for i in offices)).content.decode("utf-8-sig"))))
    assert len(csv_rows) == 1 + 3  # the CSV is the main table


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
