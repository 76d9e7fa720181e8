"""Word documents (.docx, through python-docx) → one page of text, tables where they stand.

Paragraphs and tables are read in body order; each table becomes a SourceTable (caption and unit from
the lines printed just above it, or from title rows inside it) and TABLE_ROW lines in the text.
"""
from __future__ import annotations

import io
import re

from .text import Extracted, caption_above, split_title_rows, table_lines, unit_above
from .types import ParseError, SourceTable


def docx_source(data: bytes) -> Extracted:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors … on damaged files
        raise ParseError("Word文件已损坏，无法读取") from exc
    lines: list[str] = []
    tables: list[SourceTable] = []
    for block in blocks:
        if isinstance(block, Table):
            grid = _grid(block)
            if not grid:
                continue
            if len(grid[0]) == 1 or len(grid) == 1:  # a one-column or one-row table is a text box
                lines.extend(cell for row in grid for cell in row if cell)
                continue
            title, unit, body = split_title_rows(grid)
            caption = title or caption_above(lines)
            unit = unit or unit_above(lines)
            table = SourceTable(grid=body, page=len(tables) + 1, caption=caption, unit=unit, origin="docx")
            tables.append(table)
            head = [title] if title else []
            if unit and not unit_above(lines + head):
                head.append(f"单位：{unit}")
            lines.extend(head + table_lines(table, caption=False))
        else:
            text = block.text.replace("\r", "").strip()
            lines.extend(part for part in text.split("\n") if part.strip())
    if not lines:
        raise ParseError("Word文件中没有文字内容")
    return Extracted(pages=["\n".join(lines)], tables=tables)


def _grid(table) -> list[list[str | None]]:
    grid: list[list[str | None]] = []
    above: list[object] = []
    for row in table.rows:
        cells = [None] * row.grid_cols_before + list(row.cells) + [None] * row.grid_cols_after
        out: list[str | None] = []
        elements: list[object] = []
        for j, cell in enumerate(cells):
            element = cell._tc if cell is not None else None
            elements.append(element)
            if element is None:
                out.append("")
            elif (j and elements[j - 1] is element) or (j < len(above) and above[j] is element):
                out.append(None)  # covered by a merged cell
            else:
                out.append(re.sub(r"\s+", " ", cell.text).strip())
        above = elements
        if any(out):
            grid.append(out)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]
