"""Spreadsheet 附表 (.xlsx and .xls, through python-calamine) → one page and one SourceTable per sheet.

A sheet prints its table's title and "单位：万元" as merged rows above the header: those become the
table's caption and unit (the sheet name when there is no title row). Cells keep the number as stored,
written back without float noise (0.30000000000000004 → 0.3).
"""
from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from decimal import Decimal

from .text import Extracted, split_title_rows, table_lines
from .types import ParseError, SourceTable

MAX_CELLS = 400_000  # a 附表 sheet has a few thousand cells; more is not a disclosure


def sheet_source(data: bytes, *, kind: str) -> Extracted:
    pages: list[str] = []
    tables: list[SourceTable] = []
    warnings: list[str] = []
    for number, sheet in enumerate(_read_isolated(data), start=1):
        name = str(sheet.get("name", "")).strip()
        if "error" in sheet:
            # A hidden sheet often keeps last year's figures or lookup data: never read as the disclosure.
            why = {"large": "过大", "hidden": "为隐藏工作表"}.get(sheet["error"], "无法读取")
            warnings.append(f"工作表“{name}”{why}，已跳过")
            pages.append("")
            continue
        grid = _grid(sheet["rows"], [tuple(map(tuple, pair)) for pair in sheet["merged"]])
        if not grid:
            pages.append("")
            continue
        lines: list[str] = []
        for part in stacked_tables(grid):
            caption, unit, body, notes = split_title_rows(part)
            table = SourceTable(grid=body, page=number, caption=caption or name, unit=unit, origin=kind)
            tables.append(table)
            rows = table_lines(table)
            lines += rows[:1] + notes + rows[1:]
        pages.append("\n".join(lines))
    if not any(page.strip() for page in pages):
        raise ParseError("表格文件中没有内容")
    return Extracted(pages=pages, tables=tables, warnings=warnings)


# calamine is native code: a damaged .xls can make it ask for gigabytes and abort the whole process, which
# no try/except can catch. It runs in a child process with a memory ceiling; the parent gets plain JSON.
_CHILD = r"""
import datetime, io, json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (%(memory)d, %(memory)d))
from python_calamine import CalamineWorkbook

def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.strftime("%%Y-%%m-%%d")
    if isinstance(value, datetime.time):
        return value.strftime("%%H:%%M")
    if isinstance(value, datetime.timedelta):
        return str(value)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return ""
    return value

try:
    book = CalamineWorkbook.from_filelike(io.BytesIO(sys.stdin.buffer.read()))
except BaseException:
    print(json.dumps({"error": "damaged"}))
    sys.exit(0)
sheets = []
for meta in book.sheets_metadata:
    name = meta.name
    try:
        if str(meta.visible).split(".")[-1] != "Visible" or str(meta.typ).split(".")[-1] != "WorkSheet":
            sheets.append({"name": name, "error": "hidden"})
            continue
        sheet = book.get_sheet_by_name(name)
        if sheet.height * max(sheet.width, 1) > %(cells)d:
            sheets.append({"name": name, "error": "large"})
            continue
        rows = [[plain(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
        sheets.append({"name": name, "rows": rows, "merged": sheet.merged_cell_ranges or []})
    except BaseException:
        sheets.append({"name": name, "error": "unreadable"})
print(json.dumps({"sheets": sheets}, ensure_ascii=False))
"""
CHILD_MEMORY = 1536 * 1024 * 1024
CHILD_SECONDS = 60


def _read_isolated(data: bytes) -> list[dict]:
    code = _CHILD % {"memory": CHILD_MEMORY, "cells": MAX_CELLS}
    try:
        done = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True,
                              timeout=CHILD_SECONDS, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ParseError("表格文件过大或已损坏，读取超时") from exc
    try:
        result = json.loads(done.stdout.decode("utf-8")) if done.returncode == 0 else {"error": "crashed"}
    except (UnicodeDecodeError, json.JSONDecodeError):
        result = {"error": "crashed"}
    if "sheets" not in result:
        raise ParseError("表格文件已损坏或已加密，无法读取")
    return result["sheets"]


_TABLE_TITLE = re.compile(r"表$|表[(（]|[(（]表[一二三四五六七八九十\d]+[)）]$|^(?:附)?表[一二三四五六七八九十\d]+")


def stacked_tables(grid: list[list[str | None]]) -> list[list[list[str | None]]]:
    """A sheet holding several tables one under another → one grid each, cut above every title row
    ("…“三公”经费预算表" alone in its row) that follows rows holding numbers."""
    parts: list[list[list[str | None]]] = [[]]
    seen_numbers = False
    for row in grid:
        values = list(dict.fromkeys(c.strip() for c in row if c and c.strip()))
        titled = len(values) == 1 and len(values[0]) <= 80 and bool(_TABLE_TITLE.search(values[0]))
        if titled and seen_numbers:
            parts.append([])
            seen_numbers = False
        parts[-1].append(row)
        seen_numbers = seen_numbers or any(_NUMBER.match(c or "") for c in row)
    trimmed = []
    for part in (p for p in parts if p):
        width = max((j + 1 for row in part for j, c in enumerate(row) if c), default=0)
        trimmed.append([row[:width] for row in part])
    return trimmed


_NUMBER = re.compile(r"^-?[\d,]+(?:\.\d+)?$")


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
