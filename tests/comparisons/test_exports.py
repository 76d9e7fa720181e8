"""XLSX and CSV downloads built from the comparison frame (no database)."""
import csv
import io
from decimal import Decimal

import openpyxl
import pytest

from comparisons import analysis, exports
from tests.comparisons.frames import long_frame, three_offices


@pytest.fixture
def workbook():
    long_df = three_offices()
    data = exports.comparison_xlsx(analysis.comparison(long_df), analysis.widen(long_df))
    return openpyxl.load_workbook(io.BytesIO(data))


def _rows(sheet):
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    return [dict(zip(header, row)) for row in rows]


@pytest.mark.parametrize("text, expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("垫江县人民政府办公室", "垫江县人民政府办公室"), ("", ""),
])
def test_neutralise_prefixes_formula_starts(text, expected):
    assert exports.neutralise(text) == expected


def test_the_workbook_has_its_sheets_with_frozen_headers(workbook):
    assert workbook.sheetnames == ["汇总", "三公", "运行经费", "人员", "人均", "变化", "执行", "全部数据", "来源", "说明"]
    for sheet in workbook.worksheets[:-1]:
        assert sheet.freeze_panes == "B2"  # header row and unit column stay in view
    assert workbook["汇总"].column_dimensions["A"].width >= 2 * len("重庆市铜梁区人民政府办公室")


def test_the_summary_holds_the_numbers_as_numbers(workbook):
    rows = {row["单位"]: row for row in _rows(workbook["汇总"])}
    dianjiang = rows["垫江县人民政府办公室"]
    assert dianjiang["“三公”经费合计（万元）"] == pytest.approx(115.4)
    assert [dianjiang[f"{label}（万元）"] for label in ("因公出国（境）费", "公务接待费", "公务用车运行维护费", "公务用车购置费")] \
        == [pytest.approx(2.5), pytest.approx(26.9), 86, 0]
    assert rows["重庆市铜梁区人民政府办公室"]["机关运行经费（万元）"] == pytest.approx(157.21)
    assert rows["重庆市大足区人民政府办公室"]["机关运行经费（万元）"] == pytest.approx(311.79)
    assert rows["重庆市大足区人民政府办公室"]["人均“三公”经费（按编制数）（万元/人）"] == pytest.approx(66.3 / 55, abs=1e-4)
    assert rows["重庆市大足区人民政府办公室"]["人均“三公”经费（按实有人数）（万元/人）"] is None  # a number or nothing
    assert "未披露实有人数" in rows["重庆市大足区人民政府办公室"]["说明"]  # why, in the 说明 column
    cell = workbook["汇总"]["F2"]
    assert cell.data_type == "n" and cell.number_format == "#,##0.00"


def test_a_decrease_stays_numeric_while_formula_like_text_is_neutralised():
    long_df = long_frame({"key": "d1", "name": "=1+2 办公室", "year": 2024, "source_text": "-恶意 @原文", "figures": {
        "sangong_total": {"value": "10", "change": "-1.20", "reason": "=cmd|' /C calc'!A0"},
    }})
    book = openpyxl.load_workbook(io.BytesIO(exports.comparison_xlsx(analysis.comparison(long_df), analysis.widen(long_df))))
    row = _rows(book["变化"])[0]
    assert row["单位"] == "'=1+2 办公室"
    assert row["“三公”经费合计比上年增减（万元）"] == pytest.approx(-1.2)
    assert row["“三公”经费合计增减原因"] == "'=cmd|' /C calc'!A0"
    source = _rows(book["来源"])[0]
    assert source["“三公”经费合计"] == "第2页：-恶意 @原文" and source["单位"] == "'=1+2 办公室"
    for sheet in book.worksheets:
        for line in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in line)


def test_the_sources_sheet_traces_every_number(workbook):
    sources = {row["单位"]: row for row in _rows(workbook["来源"])}
    assert len(sources) == 3  # one row per document; each stated number is one cell of it
    row = sources["垫江县人民政府办公室"]
    assert (row["年度"], row["类型"], row["口径"]) == (2024, "预算", "部门")
    assert row["文件标题"] == "垫江县人民政府办公室2024年部门预算情况说明"
    assert row["文件名"] == "垫江县人民政府办公室.pdf" and row["SHA-256"] == "ab" * 32
    assert row["“三公”经费合计"] == "第2页：sangong_total的原文"
    assert row["实有人数"] == "第2页：staff_actual的原文"
    assert row["编制数"] is None  # not stated: nothing to trace
    stated = sum(1 for r in sources.values() for key, value in r.items() if value and key not in
                 ("单位", "年度", "类型", "口径", "文件标题", "文件名", "SHA-256"))
    assert stated == 11 * 3  # the stated figures the comparison uses (income_total is not one)


def test_the_workbook_has_a_history_sheet_sorted_by_unit_then_year():
    long_df = long_frame(
        {"key": "d1", "name": "甲县办公室", "year": 2024, "figures": {"sangong_total": "115.4"}, "disclosure_id": 2},
        {"key": "d1", "name": "甲县办公室", "year": 2023, "figures": {"sangong_total": ("91.7", "-1.2")},
         "disclosure_id": 1},
        {"key": "d2", "name": "乙县办公室", "year": 2024, "figures": {"sangong_total": "14.9"}, "disclosure_id": 3},
    )
    wide = analysis.widen(long_df)
    data = exports.comparison_xlsx(analysis.comparison_from_wide(wide), wide, history=analysis.history(wide))
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["汇总", "三公", "运行经费", "人员", "人均", "变化", "执行", "历年", "全部数据", "来源", "说明"]
    rows = _rows(book["历年"])
    assert [(r["单位"], r["年度"], r["“三公”经费合计（万元）"], "推算：据2023年预算说明所列本年数和增减额推算" in r["说明"])
            for r in rows] == [
        ("乙县办公室", 2024, 14.9, False), ("甲县办公室", 2022, pytest.approx(92.9), True),
        ("甲县办公室", 2023, 91.7, False), ("甲县办公室", 2024, 115.4, False)]
    assert rows[2]["“三公”经费合计比上年增减（万元）"] == pytest.approx(-1.2)
    assert book["历年"]["F3"].data_type == "n" and book["历年"]["F3"].number_format == "#,##0.00"
    assert len(_rows(book["汇总"])) == 2


def test_the_csv_has_a_bom_and_the_table_columns():
    data = exports.comparison_csv_bytes(analysis.comparison(three_offices()))
    assert data.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert header[:7] == ["单位", "地区", "年度", "类型", "口径", "数据来源", "“三公”经费合计（万元）"]
    assert [row[6] for row in rows] == ["115.4", "66.3", "14.9"]  # the exact decimal
    assert Decimal(rows[0][header.index("“三公”经费合计比上年增减（万元）")]) == Decimal("23.7")
