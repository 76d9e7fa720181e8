"""A value a person corrected is marked as corrected wherever the comparison shows it: the table (a mark whose title
says who, when, old → new and why), the chart hover, the XLSX and CSV (the 人工更正 column, numbers kept numbers)
and the JSON (``corrected`` per value)."""
from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal

import openpyxl
import pytest
from django.utils import timezone

from disclosures import review
from disclosures.models import Figure
from tests import factories

from .upload_helpers import editor

pytestmark = pytest.mark.django_db

RECEPTION_REASON = "附表所列接待费为27.50"
TOTAL_REASON = "合计按附表更正"


@pytest.fixture
def corrected():
    """The three offices, with 垫江's 公务接待费 corrected 26.90 → 27.50 and its “三公” total 115.40 → 116.00."""
    offices = factories.make_three_offices()
    dianjiang = offices["垫江县"]
    person = editor("审核员")
    for metric, value, reason in (("reception", "27.5", RECEPTION_REASON), ("sangong_total", "116", TOTAL_REASON)):
        review.figure_correct(figure=dianjiang.figures.get(metric=metric, is_primary=True), value=Decimal(value),
                              not_applicable=False, reason=reason, user=person)
    query = "&".join(f"subjects=d{d.department_id}" for d in offices.values())
    return {"offices": offices, "query": f"{query}&years=2024", "when": _when(dianjiang, "reception"),
            "total_when": _when(dianjiang, "sangong_total")}


def _when(disclosure, metric: str) -> str:
    figure = disclosure.figures.get(metric=metric, is_primary=True)
    return timezone.localtime(figure.history.latest("history_date").history_date).strftime("%Y-%m-%d %H:%M")


def _reception_text(when: str) -> str:
    return f"公务接待费人工更正：26.90 → 27.50 万元（审核员，{when}；原因：{RECEPTION_REASON}）"


def test_the_table_marks_the_corrected_number_with_who_when_old_new_and_why(client, corrected):
    page = client.get(f"/compare/?{corrected['query']}").content.decode()
    main, history = page.split('id="history-table"')
    total = _total_text(corrected["total_when"])
    for table in (main, history):  # the 2024 rows of the table and of the 历年 table
        marks = re.findall(r'<abbr class="corrected-mark" title="([^"]*)">更正</abbr>', table)
        assert sorted(marks) == sorted([_reception_text(corrected["when"]), total])
    assert '>27.50</a><abbr class="corrected-mark"' in main and '>116.00</a><abbr class="corrected-mark"' in main


def _chart(page: str, chart_id: str) -> dict:
    found = re.search(rf'<script[^>]* id="{chart_id}-spec"[^>]*>(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def test_the_chart_hover_says_the_value_was_corrected(client, corrected):
    page = client.get(f"/compare/?{corrected['query']}").content.decode()
    composition = _chart(page, "chart-composition")
    reception = next(t for t in composition["data"] if t["name"] == "公务接待费")
    assert "%{customdata}" in reception["hovertemplate"]
    notes = dict(zip(reception["x"], reception["customdata"]))
    assert [note for label, note in notes.items() if "垫江县" in label] == [
        "<br>" + _reception_text(corrected["when"])]
    assert [note for label, note in notes.items() if "垫江县" not in label] == [""]
    trend = _chart(page, "chart-trend")
    line = next(t for t in trend["data"] if t["name"] == "垫江县人民政府办公室")
    by_year = dict(zip(line["x"], line["customdata"]))
    assert by_year[2024].startswith("“三公”经费合计人工更正：115.40 → 116.00 万元")
    assert "人工更正" not in by_year[2023]  # 2023 is derived (本年数 − 增减额): not the number the person wrote


def _total_text(when: str) -> str:
    return f"“三公”经费合计人工更正：115.40 → 116.00 万元（审核员，{when}；原因：{TOTAL_REASON}）"


def test_the_sheet_names_the_correction_and_keeps_the_number_a_number(client, corrected):
    response = client.get(f"/compare/export.xlsx?{corrected['query']}")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    for title in ("汇总", "历年", "全部数据"):
        sheet = book[title]
        headers = [cell.value for cell in sheet[1]]
        rows = [dict(zip(headers, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=2)]
        dianjiang = next(row for row in rows if row["单位"] == "垫江县人民政府办公室" and row["年度"] == 2024)
        assert dianjiang["人工更正"] == "；".join([_total_text(corrected["total_when"]),
                                               _reception_text(corrected["when"])])
        assert (dianjiang["“三公”经费合计（万元）"], dianjiang["公务接待费（万元）"]) == (116, 27.5)
        other = next(row for row in rows if row["单位"] == "重庆市铜梁区人民政府办公室")
        assert other["人工更正"] is None
        assert (title, sheet.cell(row=1, column=headers.index("人工更正") + 1).comment.text) == (
            title, "本行经人工更正或补录的数字：原值 → 新值、更正人、时间和原因")


def test_the_csv_has_the_correction_column_and_plain_numbers(client, corrected):
    response = client.get(f"/compare/export.csv?{corrected['query']}")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    dianjiang = next(row for row in rows if row["单位"] == "垫江县人民政府办公室")
    assert dianjiang["公务接待费（万元）"] == "27.5"
    assert _reception_text(corrected["when"]) in dianjiang["人工更正"]
    assert next(row for row in rows if row["单位"] == "重庆市铜梁区人民政府办公室")["人工更正"] == ""


def test_the_json_gives_each_corrected_value_its_original_and_reason(client, corrected):
    data = client.get(f"/api/compare/?{corrected['query']}").json()
    dianjiang = next(row for row in data["rows"] if row["subject_name"] == "垫江县人民政府办公室")
    figure = Figure.objects.get(disclosure=corrected["offices"]["垫江县"], metric="reception", is_primary=True)
    stamp = timezone.localtime(figure.history.latest("history_date").history_date).isoformat(timespec="seconds")
    assert dianjiang["sources"]["reception"]["corrected"] == {
        "original": "26.9", "original_not_applicable": False, "added": False, "value": "27.5",
        "not_applicable": False, "by": "审核员", "at": stamp, "reason": RECEPTION_REASON,
        "text": _reception_text(corrected["when"])}
    assert dianjiang["reception"] == "27.5"
    assert dianjiang["sources"]["outbound_travel"]["corrected"] is None
    other = next(row for row in data["rows"] if row["subject_name"] == "重庆市铜梁区人民政府办公室")
    assert all(source["corrected"] is None for source in other["sources"].values())
    assert other["corrections"] == ""


def test_a_figure_a_person_set_is_marked_as_added(client):
    from disclosures.parsing.metrics import METRICS

    offices = factories.make_three_offices()
    tongliang = offices["铜梁区"]
    assert not tongliang.figures.filter(metric="staff_actual").exists()
    review.figure_set(disclosure=tongliang, metric="staff_actual", value=Decimal("27"), not_applicable=False,
                      reason="人员表所列", user=editor())
    query = "&".join(f"subjects=d{d.department_id}" for d in offices.values())
    data = client.get(f"/api/compare/?{query}&years=2024").json()
    row = next(row for row in data["rows"] if row["subject_name"] == "重庆市铜梁区人民政府办公室")
    found = row["sources"]["staff_actual"]["corrected"]
    assert (found["original"], found["added"], found["value"], found["by"]) == (None, True, "27", "editor")
    assert found["text"].startswith(f"{METRICS['staff_actual'].label}人工补录：27 人（editor，")
    assert found["text"].endswith("；原因：人员表所列）")
    assert row["staff_actual"] == "27"


def test_nothing_is_marked_and_no_query_is_added_when_nothing_was_corrected(client, django_assert_num_queries):
    offices = factories.make_three_offices()
    query = "&".join(f"subjects=d{d.department_id}" for d in offices.values())
    page = client.get(f"/compare/?{query}").content.decode()
    assert "corrected-mark" not in page
    from comparisons.selectors import wide_figures_df

    with django_assert_num_queries(2):
        wide = wide_figures_df(metrics=["reception"], department_ids=[offices["垫江县"].department_id])
    assert wide["corrected:reception"].tolist() == [None]


def test_the_department_page_trend_says_the_value_was_corrected(client, corrected):
    dianjiang = corrected["offices"]["垫江县"]
    page = client.get(f"/departments/{dianjiang.department_id}/").content.decode()
    trend = _chart(page, "chart-sangong-total-years")
    by_year = dict(zip(trend["data"][0]["x"], trend["data"][0]["customdata"]))
    assert by_year[2024] == _total_text(corrected["total_when"])
    assert "人工更正" not in by_year[2023]
