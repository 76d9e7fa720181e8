"""Spreadsheet 附表 (.xlsx and .xls, through python-calamine) → one page and one SourceTable per sheet.

A sheet prints its table's title and "单位：万元" as merged rows above the header: those become the
table's caption and unit (the sheet name when there is no title row). Cells keep the number as stored,
written back without float noise (0.30000000000000004 → 0.3).
"""
from __future__ import annotations

import datetime
import io
from decimal import Decimal

from .text import Extracted, split_title_rows, table_lines
from .types import ParseError, SourceTable

MAX_CELLS = 400_000  # a 附表 sheet has a few thousand cells; more is not a disclosure


def sheet_source(data: bytes, *, kind: str) -> Extracted:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types for damaged or encrypted files
        raise ParseError("表格文件已损坏或已加密，无法读取") from exc
    pages: list[str] = []
    tables: list[SourceTable] = []
    warnings: list[str] = []
    try:
        for number, name in enumerate(workbook.sheet_names, start=1):
            try:
                sheet = workbook.get_sheet_by_name(name)
                if sheet.height * max(sheet.width, 1) > MAX_CELLS:
                    warnings.append(f"工作表“{name}”过大，已跳过")
                    pages.append("")
                    continue
                rows = sheet.to_python(skip_empty_area=False)
                merged = sheet.merged_cell_ranges or []
            except Exception as exc:  # one unreadable sheet does not sink the workbook
                warnings.append(f"工作表“{name}”无法读取，已跳过")
                pages.append("")
                del exc
                continue
            grid = _grid(rows, merged)
            if not grid:
                pages.append("")
                continue
            caption, unit, body = split_title_rows(grid)
            table = SourceTable(grid=body, page=number, caption=caption or name.strip(), unit=unit, origin=kind)
            tables.append(table)
            pages.append("\n".join(table_lines(table)))
    finally:
        workbook.close()
    if not any(page.strip() for page in pages):
        raise ParseError("表格文件中没有内容")
    return Extracted(pages=pages, tables=tables, warnings=warnings)


def _grid(rows: list[list], merged: list[tuple[tuple[int, int], tuple[int, int]]]) -> list[list[str | None]]:
    grid: list[list[str | None]] = [[cell_text(value) for value in row] for row in rows]
    for (top, left), (bottom, right) in merged:
        for r in range(top, min(bottom, len(grid) - 1) + 1):
            for c in range(left, min(right, len(grid[r]) - 1) + 1):
                if (r, c) != (top, left):
                    grid[r][c] = None
    grid = [row for row in grid if any(cell for cell in row)]
    if not grid:
        return []
    used = [j for j in range(max(len(row) for row in grid)) if any(j < len(row) and row[j] for row in grid)]
    first, last = used[0], used[-1]
    return [[(row[j] if j < len(row) else "") for j in range(first, last + 1)] for row in grid]


def cell_text(value: object) -> str:
    """A cell as the sheet shows it: numbers without float noise, dates as YYYY-MM-DD."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        number = Decimal(repr(value))
        if number.as_tuple().exponent < -6:
            number = number.quantize(Decimal("0.000001")).normalize()
        return format(number, "f")
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return str(value).replace("\r", "").strip()
