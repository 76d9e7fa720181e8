"""The comparison as a download: XLSX (openpyxl) and CSV (UTF-8 with BOM), from the same frames as the page.

XLSX: 汇总 (the table's columns), one sheet per metric group (三公 / 运行经费 / 人员车辆 / 收支), 历年 (every year of the
compared units, the page's 历年数据 rows) and 来源 (one row per document: file name, sha256, and for each stated
number its page and sentence, so every number in 汇总 and 历年 is traced once). Numbers are numeric cells ('#,##0.00' for 万元 and ratios, '#,##0' for counts); text cells that
a spreadsheet would read as a formula (= + - @ at the start) get a leading apostrophe and are written as inline
strings, never formulas, while amounts — a decrease of −1.20 included — stay numbers.

Speed: openpyxl builds the workbook (sheets, styles, column widths, frozen header rows, header cells), but its
per-cell path costs 10–20 µs a cell on our machine, and 1,000 units × 5 years make about 900,000 cells. So the data
rows are written as SpreadsheetML ``<row>`` elements here (about 1 µs a cell) and spliced into the sheets openpyxl
saved, before ``</sheetData>``. The cell markup is the one openpyxl writes (inline strings, ``r`` references,
the style ids openpyxl registered), so the file opens in openpyxl, Excel, WPS and LibreOffice alike.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
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


def neutralise(text: str) -> str:
    """Text a spreadsheet would evaluate as a formula gets a leading apostrophe; other text is unchanged."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _number(value: Any) -> Decimal | int | float | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, Decimal):
        return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return value


def _sheet_columns(frame: pd.DataFrame, columns: list[str]) -> list[list[Any]]:
    """The cell values of `columns`, column by column: text neutralised, numbers as they are (Decimal, int,
    float), a ratio that cannot be computed as its "—（reason）" text."""
    out = []
    for key in columns:
        kind, values = COLUMN_KINDS[key], frame[key].tolist()
        if kind == TEXT:
            out.append([neutralise(str(v)) if v else "" for v in values])
        elif kind == RATIO:
            reasons = frame[f"{key}_reason"].tolist()
            out.append([(f"—（{why}）" if why else "—") if _number(v) is None else v for v, why in zip(values, reasons)])
        else:
            out.append([None if v is None or v != v else v for v in values])
    return out


def _sheet_rows(frame: pd.DataFrame, columns: list[str]) -> list[list[Any]]:
    return [list(row) for row in zip(*_sheet_columns(frame, columns))]


SOURCE_PREFIX = ["单位", "年度", "类型", "口径", "文件标题", "文件名", "SHA-256"]


def _source_columns(wide: pd.DataFrame) -> tuple[list[str], list[list[Any]]]:
    """The 来源 sheet, one row per document (every year of the compared units), each stated number once: for each
    metric its page and sentence ("第3页：…"), or 不适用. The numbers themselves are in 汇总 and 历年, on the row
    with the same 单位/年度/类型."""
    headers = [*SOURCE_PREFIX, *[METRICS[key].label for key in BASE_METRICS]]
    if wide.empty:
        return headers, [[] for _ in headers]
    wide = wide.sort_values(["subject_name", "year", "kind"], kind="stable")
    names, years, kinds, scopes = (wide[c].tolist() for c in ("subject_name", "year", "kind", "scope"))
    columns: list[list[Any]] = [
        [neutralise(str(n)) for n in names], [int(y) for y in years], kinds, scopes,
        [neutralise(f"{t}{y}年{s}{k}情况说明") for t, y, s, k in zip(wide["title_name"], years, scopes, kinds)],
        [neutralise(str(f or "")) for f in wide["source_file"]], [str(h or "") for h in wide["sha256"]],
    ]
    for key in BASE_METRICS:
        cells = []
        for value, not_applicable, page, text in zip(wide[f"value:{key}"], wide[f"na:{key}"], wide[f"page:{key}"],
                                                     wide[f"text:{key}"]):
            if value is None and not not_applicable:
                cells.append("")
                continue
            where = f"第{int(page)}页：" if page is not None and page == page else ""
            cells.append(("不适用；" if not_applicable else "") + neutralise(f"{where}{text or ''}"))
        columns.append(cells)
    return headers, columns


def _width(value: Any) -> int:
    text = f"{value:,.2f}" if isinstance(value, (Decimal, float)) else str("" if value is None else value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _column_cells(letter: str, values: list[Any], style: str, int_style: str) -> list[str]:
    """One SpreadsheetML cell per row (from row 2; "" for an empty cell), as openpyxl writes them."""
    cells = []
    for row_number, value in enumerate(values, start=2):
        kind = type(value)
        if value is None or value == "":
            cells.append("")
        elif kind is str:
            if "&" in value or "<" in value or ">" in value:
                value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if not value.isprintable():
                value = ILLEGAL_XML.sub("", value)
            space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
            cells.append(f'<c r="{letter}{row_number}" t="inlineStr"><is><t{space}>{value}</t></is></c>')
        elif kind is Decimal:
            cells.append(f'<c r="{letter}{row_number}"{style} t="n"><v>{value:f}</v></c>')
        elif kind is int or kind is bool:
            cells.append(f'<c r="{letter}{row_number}"{int_style} t="n"><v>{int(value)}</v></c>')
        else:
            cells.append(f'<c r="{letter}{row_number}"{style} t="n"><v>{float(value)!r}</v></c>')
    return cells


def _rows_xml(columns: list[list[Any]], styles: list[tuple[str, str]]) -> bytes:
    """Data rows (from row 2) as SpreadsheetML. `styles` holds, per column, the ``s`` attribute for its numbers
    and the one for whole numbers given as int (a count: '#,##0')."""
    built = [_column_cells(get_column_letter(i + 1), values, *style)
             for i, (values, style) in enumerate(zip(columns, styles))]
    rows = [f'<row r="{n}">{"".join(cells)}</row>' for n, cells in enumerate(zip(*built), start=2)]
    return "".join(rows).encode("utf-8")


def _add_sheet(workbook: Workbook, title: str, headers: list[str], columns: list[list[Any]],
               formats: list[str | None]) -> tuple[Any, bytes]:
    """An openpyxl sheet with widths, frozen header and the styled header row; returns (sheet, data rows XML)."""
    sheet = workbook.create_sheet(title)
    for index, header in enumerate(headers):
        widest = max([_width(header)] + [_width(v) for v in columns[index][:200]])
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(widest + 2, 8), 60)
    sheet.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8EEF5")
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(wrap_text=True, vertical="center")
        header_cells.append(cell)
    sheet.append(header_cells)
    styles = [(_style(sheet, number_format),
               _style(sheet, COUNT_FORMAT if number_format == AMOUNT_FORMAT else number_format))
              for number_format in formats]
    return sheet, _rows_xml(columns, styles)


def _style(sheet: Any, number_format: str | None) -> str:
    """The ``s`` attribute for a number format; the probe cell registers it in the workbook's styles."""
    if not number_format:
        return ""
    probe = WriteOnlyCell(sheet)
    probe.number_format = number_format
    return f' s="{probe.style_id}"'


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


def comparison_xlsx(frame: pd.DataFrame, wide: pd.DataFrame, *, history: pd.DataFrame | None = None) -> bytes:
    """The workbook as bytes: 汇总, 三公, 运行经费, 人员车辆, 收支, 历年 (when `history` is given), 来源.

    `frame` is the comparison (`analysis.comparison_from_wide`), `wide` the figures with provenance
    (`selectors.wide_figures_df(provenance=True)` or `analysis.widen` of a long frame).
    """
    workbook = Workbook(write_only=True)
    summary = [key for key, _kind in TABLE_COLUMNS]
    sheets = [(title, columns, frame) for title, columns in [("汇总", summary), *SHEET_GROUPS.items()]]
    if history is not None:
        sheets.append(("历年", summary, history))
    data = [
        _add_sheet(workbook, title, [COLUMN_LABELS[k] for k in columns], _sheet_columns(source, columns),
                   _formats(columns))
        for title, columns, source in sheets
    ]
    source_headers, source_columns = _source_columns(wide)
    data.append(_add_sheet(workbook, "来源", source_headers, source_columns,
                           [None, "0", *[None] * (len(source_headers) - 2)]))
    skeleton = io.BytesIO()
    workbook.save(skeleton)
    return _splice(skeleton.getvalue(), [rows for _sheet, rows in data])


def _splice(skeleton: bytes, sheet_rows: list[bytes]) -> bytes:
    """Copy openpyxl's package, putting each sheet's data rows before its ``</sheetData>``."""
    by_path = {f"xl/worksheets/sheet{number}.xml": rows for number, rows in enumerate(sheet_rows, start=1)}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(skeleton)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename in by_path:
                head, tail = content.rsplit(b"</sheetData>", 1)
                content = b"".join([head, by_path[info.filename], b"</sheetData>", tail])
            target.writestr(info.filename, content)
    return out.getvalue()


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

