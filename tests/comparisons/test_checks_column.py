"""The 勾稽 column and filter of the compare page, the same status in CSV and JSON, and the 勾稽检查 sheet of the
XLSX: counts by severity from the stored findings, 误报 marks not counted, no query per row."""
from __future__ import annotations

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from disclosures.findings import finding_key, finding_mark
from tests import factories
from tests.disclosures.test_findings import SUM_FAIL, record, store

pytestmark = pytest.mark.django_db

WARNING = record("PR-DIR", ok=False, severity="warning", page=3, message="文字说减少，两数相减却是增加",
                 figures=[{"label": "支出合计变动", "value": "-611.29", "page": 3}])
SECOND_ERROR = record("TB-TOTAL", ok=False, page=5, message="表内各行相加不等于合计",
                      figures=[{"label": "合计", "value": "1651.99", "page": 5}, {"label": "各行之和", "value": "1652.99",
                                                                                "page": 5}])
HINT = record("TT-OPC", ok=False, severity="info", message="在取整容差以内")


@pytest.fixture
def offices():
    """垫江 2 errors (one marked 误报) and a warning; 铜梁 a warning and a hint; 大足 only passes."""
    offices = {region: factories.make_disclosure(region=region, department=f"{region}人民政府办公室", figures=figures)
               for region, figures in (("垫江县", factories.DIANJIANG_2024), ("铜梁区", factories.TONGLIANG_2024),
                                       ("大足区", factories.DIANJIANG_2024))}
    store(offices["垫江县"], [SUM_FAIL, SECOND_ERROR, WARNING, record("SG-VEH", ok=True)])
    store(offices["铜梁区"], [WARNING, HINT, record("SG-VEH", ok=True)])
    store(offices["大足区"], [record("SG-VEH", ok=True), record("YY-GAP", ok=None)])
    finding_mark(disclosure=offices["垫江县"], key=finding_key(SUM_FAIL), verdict="false_alarm",
                 reason="合计另含一笔结转", user=None)
    return offices


@pytest.fixture
def query(offices):
    return "&".join(f"subjects=d{d.department_id}" for d in offices.values())


def _rows(client, query: str, **extra) -> dict[str, dict]:
    params = "&".join([query, *[f"{k}={v}" for k, v in extra.items()]])
    data = client.get(f"/api/compare/?{params}").json()
    return {row["region"]: row for row in data["rows"]}


def test_the_json_carries_counts_by_severity_and_the_failed_rule_ids(client, query, offices):
    rows = _rows(client, query)
    assert {region: (row["checks"], row["check_status"], row["check_errors"], row["check_warnings"],
                     row["check_rules"]) for region, row in rows.items()} == {
        "垫江县": ("1 错误 · 1 警告", "error", "1", "1", ["TB-TOTAL", "PR-DIR"]),  # SG-SUM marked 误报
        "铜梁区": ("1 警告", "warning", "0", "1", ["PR-DIR"]),  # the info hint does not count
        "大足区": ("通过", "pass", "0", "0", []),
    }
    history = client.get(f"/api/compare/?{query}").json()["history"]
    derived = [row for row in history if row["derived"]]  # 2023, from the 2024 documents' stated changes
    assert len(derived) == 3 and {(row["checks"], row["check_status"], row["check_errors"]) for row in derived} == {
        ("", "", None)}


def test_the_table_cell_links_to_the_documents_checks_and_names_the_failed_rules(client, query, offices):
    page = client.get(f"/compare/?{query}").content.decode()
    cell = page.split(f'href="/disclosures/{offices["垫江县"].pk}/#checks"')[1].split("</a>")[0]
    assert 'title="未通过：TB-TOTAL、PR-DIR（点击查看勾稽检查）">1 错误 · 1 警告' in cell
    assert f'class="check check-pass" href="/disclosures/{offices["大足区"].pk}/#checks"' in page
    assert '<th scope="col" class="text" data-group="notes"' in page and ">勾稽</a></th>" in page


@pytest.mark.parametrize("wanted, regions", [
    ("error", ["垫江县"]), ("warning", ["垫江县", "铜梁区"]), ("pass", ["大足区"]),
])
def test_the_filter_keeps_the_rows_with_that_status(client, query, wanted, regions):
    data = client.get(f"/api/compare/?{query}&checks={wanted}").json()
    assert sorted(row["region"] for row in data["rows"]) == regions
    assert sorted({row["region"] for row in data["history"]}) == regions
    assert any(notice.startswith("只列出勾稽检查") and f"{len(regions)}/3 行" in notice for notice in data["notices"])
    page = client.get(f"/compare/?{query}&checks={wanted}").content.decode()
    assert f'<option value="{wanted}" selected>' in page
    assert f"checks={wanted}" in page.split('class="actions downloads"')[1].split("</p>")[0]  # downloads keep it


def test_a_false_alarm_mark_moves_a_document_out_of_the_error_filter(client, query, offices):
    finding_mark(disclosure=offices["垫江县"], key=finding_key(SECOND_ERROR), verdict="false_alarm",
                 reason="合计行含另一张表的数", user=None)
    assert _rows(client, query, checks="error") == {}
    assert _rows(client, query)["垫江县"]["checks"] == "1 警告"


def test_a_bad_filter_value_gets_one_chinese_line(client, query):
    response = client.get(f"/api/compare/?{query}&checks=maybe")
    assert response.status_code == 400
    assert response.json()["errors"] == ["勾稽检查只能是有错误、有警告或全部通过"]


def test_sorting_on_the_column_orders_by_errors_then_warnings_not_by_text(client, query):
    # by rank 垫江 would come first; by text "通过" would sort after "1 …"
    page = client.get(f"/compare/?{query}&sort=checks").content.decode().split('id="compare-table"')[1]
    order = [page.index(f">{region}人民政府办公室<") for region in ("大足区", "铜梁区", "垫江县")]
    assert order == sorted(order)
    page = client.get(f"/compare/?{query}&sort=-checks").content.decode().split('id="compare-table"')[1]
    order = [page.index(f">{region}人民政府办公室<") for region in ("垫江县", "铜梁区", "大足区")]
    assert order == sorted(order)


def test_the_csv_carries_the_status_and_numeric_counts(client, query):
    text = client.get(f"/compare/export.csv?{query}").content.decode("utf-8-sig")
    rows = {row["地区"]: row for row in csv.DictReader(io.StringIO(text))}
    assert [(rows[r]["勾稽"], rows[r]["勾稽错误数（项）"], rows[r]["未通过的检查"]) for r in ("垫江县", "大足区")] == [
        ("1 错误 · 1 警告", "1", "TB-TOTAL、PR-DIR"), ("通过", "0", "")]


def test_the_xlsx_lists_every_finding_with_its_figures_and_mark(client, query, offices):
    content = client.get(f"/compare/export.xlsx?{query}").content
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames[-3:] == ["来源", "勾稽检查", "说明"]
    sheet = book["勾稽检查"]
    headers = [c.value for c in sheet[1]]
    rows = [dict(zip(headers, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    assert sorted((r["单位"], r["规则编号"], r["严重程度"], r["核实标记"] or "") for r in rows) == sorted([
        ("垫江县人民政府办公室", "SG-SUM", "错误", "误报"), ("垫江县人民政府办公室", "TB-TOTAL", "错误", ""),
        ("垫江县人民政府办公室", "PR-DIR", "警告", ""), ("铜梁区人民政府办公室", "PR-DIR", "警告", ""),
    ])
    marked = next(r for r in rows if r["规则编号"] == "SG-SUM")
    assert (marked["标记理由"], marked["年度"], marked["文件编号"], marked["页码"]) == (
        "合计另含一笔结转", 2024, offices["垫江县"].pk, 2)
    assert (marked["数字1名称"], marked["数字1"], marked["数字1页码"], marked["数字2"]) == ("“三公”经费", 13.3, 2, 2.3)
    assert marked["数字3"] is None and marked["容差"] == 0.005
    assert marked["所读数字（全部）"] == "“三公”经费 13.30（第2页）；公务接待费 2.3（第2页）"
    total = next(r for r in rows if r["规则编号"] == "TB-TOTAL")
    assert Decimal(str(total["数字2"])) - Decimal(str(total["数字1"])) == Decimal("1")
    for key in ("年度", "文件编号", "页码", "数字1", "数字1页码", "容差"):
        assert isinstance(marked[key], (int, float)), key
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(headers))}{len(rows) + 1}"
    assert sheet.freeze_panes == "C2"


def test_the_column_adds_no_query_per_row(client):
    for number in range(12):
        disclosure = factories.make_disclosure(region=f"测试{number}县", department=f"测试{number}县人民政府办公室",
                                               figures=factories.DIANJIANG_2024)
        store(disclosure, [{**SUM_FAIL, "page": number}, WARNING])
        finding_mark(disclosure=disclosure, key=finding_key({**SUM_FAIL, "page": number}), verdict="confirmed",
                     reason="原文确实如此", user=None)
    from disclosures.models import Department

    ids = list(Department.objects.order_by("id").values_list("id", flat=True))
    counts = {}
    for size in (2, 12):
        subjects = "&".join(f"subjects=d{i}" for i in ids[:size])
        with CaptureQueriesContext(connection) as captured:
            rows = client.get(f"/api/compare/?{subjects}").json()["rows"]
        counts[size] = len(captured)
        assert {row["checks"] for row in rows} == {"1 错误 · 1 警告"}
    assert counts[2] == counts[12]
