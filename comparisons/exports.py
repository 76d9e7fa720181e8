"""The comparison as a download: XLSX (openpyxl) and CSV (UTF-8 with BOM), from the same frame as the page.

XLSX: 汇总 (the table's columns), one sheet per metric group (三公 / 运行经费 / 人员车辆 / 收支) and 来源 (each stated
number with its document, file name, sha256, page and sentence). Numbers are numeric cells ('#,##0.00' for 万元 and
ratios, '#,##0' for counts); text cells that a spreadsheet would read as a formula (= + - @ at the start) get a
leading apostrophe, while amounts — a decrease of −1.20 included — stay numbers.
"""
from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from disclosures.parsing.metrics import METRICS

from .analysis import BASE_METRICS, COLUMN_LABELS
from .tables import AMOUNT, COLUMN_KINDS, COUNT, PERCENT, RATIO, SIGNED, TABLE_COLUMNS, TEXT, cell_plain

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
AMOUNT_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
IDENTITY = ["subject_name", "region", "year", "kind", "scope"]
SHEET_GROUPS: dict[str, list[str]] = {
    "三公": [*IDENTITY, "sangong_total", "outbound_travel", "reception", "vehicle_operation", "vehicle_purchase",
             "sangong_per_actual", "sangong_per_authorized", "sangong_share", "sangong_total_change",
             "sangong_total_change_pct", "sangong_total_reason", "rank", "peer_signal"],
    "运行经费": [*IDENTITY, "operating_costs", "operating_per_actual", "operating_per_authorized",
                 "operating_costs_change", "operating_costs_change_pct", "operating_costs_reason"],
    "人员车辆": [*IDENTITY, "staff_authorized", "staff_actual", "vehicles_count", "vehicle_operation",
                 "vehicle_operation_per_vehicle"],
    "收支": [*IDENTITY, "expenditure_total", "basic_expenditure", "project_expenditure"],
}
SOURCE_HEADERS = ["单位", "年度", "类型", "口径", "指标", "数值", "单位（计量）", "文件标题", "文件名", "SHA-256",
                  "页码", "原文"]


def neutralise(text: str) -> str:
    """Text a spreadsheet would evaluate as a formula gets a leading apostrophe; other text is unchanged."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _number(value: Any) -> Decimal | int | float | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, Decimal):
        return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return value


def _sheet_rows(frame: pd.DataFrame, columns: list[str]) -> list[list[Any]]:
    rows = []
    for record in frame.to_dict("records"):
        row: list[Any] = []
        for key in columns:
            kind = COLUMN_KINDS[key]
            if kind == TEXT:
                row.append(neutralise(str(record.get(key) or "")))
            elif kind == RATIO and _number(record.get(key)) is None:
                row.append(cell_plain(key, record))  # "—（未披露实有人数）"
            else:
                row.append(_number(record.get(key)))
        rows.append(row)
    return rows


def _source_rows(frame: pd.DataFrame, long_df: pd.DataFrame) -> list[list[Any]]:
    used = long_df[long_df["disclosure_id"].isin(frame["disclosure_id"]) & long_df["metric"].isin(BASE_METRICS)]
    rows = []
    for record in used.sort_values(["subject_name", "year", "kind", "metric"]).to_dict("records"):
        metric = METRICS[record["metric"]]
        title = f"{record['title_name']}{record['year']}年{record['scope']}{record['kind']}情况说明"
        value = "不适用" if record["not_applicable"] else _number(record["value"])
        if metric.unit != "万元" and value is not None and not isinstance(value, str):
            value = int(value)
        rows.append([
            neutralise(str(record["subject_name"])), record["year"], record["kind"], record["scope"], metric.label,
            value, metric.unit, neutralise(title), neutralise(str(record["source_file"] or "")),
            str(record["sha256"] or ""), record["page"], neutralise(str(record["source_text"] or "")),
        ])
    return rows


def _width(value: Any) -> int:
    text = f"{value:,.2f}" if isinstance(value, (Decimal, float)) else str("" if value is None else value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _write_sheet(workbook: Workbook, title: str, headers: list[str], rows: list[list[Any]],
                 formats: list[str | None]) -> None:
    sheet = workbook.create_sheet(title)
    for index, header in enumerate(headers):
        widest = max([_width(header)] + [_width(row[index]) for row in rows[:2000]])
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(widest + 2, 8), 60)
    sheet.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8EEF5")
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(wrap_text=True, vertical="center")
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        cells: list[Any] = []
        for value, number_format in zip(row, formats):
            if number_format and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = COUNT_FORMAT if number_format == AMOUNT_FORMAT and isinstance(value, int) \
                    else number_format
                cells.append(cell)
            elif isinstance(value, str) and value:
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # never a formula, whatever the text
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)


def _formats(columns: list[str]) -> list[str | None]:
    out: list[str | None] = []
    for key in columns:
        kind = COLUMN_KINDS[key]
        if kind in (AMOUNT, RATIO, SIGNED, PERCENT):
            out.append(AMOUNT_FORMAT)
        elif kind == COUNT:
            out.append("0" if key in ("year", "rank") else COUNT_FORMAT)
        else:
            out.append(None)
    return out


def comparison_xlsx(frame: pd.DataFrame, long_df: pd.DataFrame) -> bytes:
    """The workbook as bytes: 汇总, 三公, 运行经费, 人员车辆, 收支, 来源."""
    workbook = Workbook(write_only=True)
    summary = [key for key, _kind in TABLE_COLUMNS]
    _write_sheet(workbook, "汇总", [COLUMN_LABELS[k] for k in summary], _sheet_rows(frame, summary),
                 _formats(summary))
    for title, columns in SHEET_GROUPS.items():
        _write_sheet(workbook, title, [COLUMN_LABELS[k] for k in columns], _sheet_rows(frame, columns),
                     _formats(columns))
    source_formats: list[str | None] = [None, "0", None, None, None, AMOUNT_FORMAT, None, None, None, None, "0", None]
    _write_sheet(workbook, "来源", SOURCE_HEADERS, _source_rows(frame, long_df), source_formats)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def comparison_csv(frame: pd.DataFrame) -> str:
    """The table's columns and headers; UTF-8 with BOM is applied by the caller's encoding ("utf-8-sig")."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([COLUMN_LABELS[key] for key, _kind in TABLE_COLUMNS])
    for record in frame.to_dict("records"):
        writer.writerow([
            neutralise(cell_plain(key, record)) if kind == TEXT else cell_plain(key, record)
            for key, kind in TABLE_COLUMNS
        ])
    return buffer.getvalue()


def comparison_csv_bytes(frame: pd.DataFrame) -> bytes:
    return comparison_csv(frame).encode("utf-8-sig")

