"""Every coded row of an expenditure table, column by column (TB-ROW, TB-HIER on the 基本/项目 columns).

The figure rules see a function table's 合计 column only (FunctionLine keeps one value per 科目), and its 合计 row.
Here the table's own grid is read: each coded row must have 合计 = 基本支出 + 项目支出 (表二, 表五, 表八) or
合计 = 人员经费 + 公用经费 (表三), and in the 基本支出 and 项目支出 columns a 类/款 must be the sum of its 款/项
(parents by code prefix, never by row position). A blank cell is not stated, never 0: its row is skipped. The
基本支出 table's 合计 row is also read from the printed lines (tb_total_row_lines), so a total on the next page counts.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import Term, compare
from .text import Text, _decimals, _grids, table_spans, text_rule

Grid = list[list[str | None]]

# the columns a row adds up: (whole, parts) as their headers read once blanks are dropped
ROW_SUMS = (
    (("合计", "总计"), (("基本支出", "基本支出小计", "基本支出合计"), ("项目支出", "项目支出小计", "项目支出合计"))),
    (("合计", "总计"), (("人员经费",), ("公用经费",))),
)
CHILD_COLUMNS = ("基本支出", "项目支出")
_CODE = re.compile(r"\d{3}(?:\d{2}){0,2}")


def _cell(raw: str | None) -> tuple[Decimal, int] | None:
    text = re.sub(r"\s", "", raw or "").replace(",", "")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return None
    try:
        return Decimal(text), _decimals(text)
    except InvalidOperation:
        return None


def _header(grid: Grid) -> tuple[list[str], int] | None:
    """Column labels (header cells above the first coded row, joined) and that row's index."""
    clean = [[re.sub(r"\s", "", cell or "") for cell in row] for row in grid]
    first = next((i for i, row in enumerate(clean) if row and _CODE.fullmatch(row[0])), None)
    if not first:
        return None
    width = max(len(row) for row in clean)
    labels = ["".join(row[col] for row in clean[:first] if col < len(row)) for col in range(width)]
    return labels, first


def _column(labels: list[str], names: tuple[str, ...]) -> int | None:
    found = [i for i, label in enumerate(labels) if label in names]
    return found[0] if len(found) == 1 else None


def _coded_rows(grid: Grid, first: int) -> list[tuple[str, str, list[str | None]]]:
    rows = []
    for row in grid[first:]:
        code = re.sub(r"\s", "", row[0] or "") if row else ""
        if _CODE.fullmatch(code):
            rows.append((code, re.sub(r"\s", "", row[1] or "") if len(row) > 1 else "", row))
    return rows


def _term(label: str, cell: tuple[Decimal, int], page: int, where: str) -> Term:
    return Term(label, cell[0], cell[1], "万元", page, where)


def _grid_pages(view: Text, result: ParsedDisclosure) -> list[tuple[int, str, Grid]]:
    """Each native grid once, with its page and the caption of the first table printed on that page."""
    seen: set[int] = set()
    out = []
    for span in table_spans(view, result):
        body = "".join(span.body)
        if (span.first in seen or not any(all(word in body for word in pair) for pair in _PART_WORDS)
                or len(_CODE_IN_TEXT.findall(body)) < 2):
            continue  # a PDF page's geometry is slow to read: only tables with codes and the columns summed here
        seen.add(span.first)
        out += [(span.first, span.printed or span.caption, grid) for grid in _grids(view, span)]
    return out


_PART_WORDS = (("基本支出", "项目支出"), ("人员经费", "公用经费"))
_CODE_IN_TEXT = re.compile(r"[23]\d{2}(?:\d{2}){0,2}(?=[\u4e00-\u9fff])")  # "21303水利…": a code before its name


@text_rule
def tb_row_grid(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    for page, caption, grid in _grid_pages(view, result):
        header = _header(grid)
        if header is None:
            continue
        labels, first = header
        rows = _coded_rows(grid, first)
        for whole_names, part_names in ROW_SUMS:
            whole_at = _column(labels, whole_names)
            parts_at = [_column(labels, names) for names in part_names]
            if whole_at is None or any(p is None for p in parts_at):
                continue
            failed = False
            for code, name, row in rows:
                cells = [_cell(row[i]) if i < len(row) else None for i in [whole_at, *parts_at]]  # type: ignore[list-item]
                if any(c is None for c in cells):
                    continue
                where = f"{caption} · {code}{name}"
                check = compare("TB-ROW", "表中各行：合计等于各分列之和",
                                [_term(f"{code}{name}{labels[whole_at]}", cells[0], page, where)],  # type: ignore[arg-type]
                                [_term(labels[i], c, page, where) for i, c in zip(parts_at, cells[1:])],  # type: ignore[arg-type,index]
                                what=f"{caption}{code}{name}行")
                check.basis = "text"
                if check.outcome != "pass":
                    failed = True
                    yield check
            if rows and not failed:
                yield Check("TB-ROW", "表中各行：合计等于各分列之和", "pass", "error",
                            f"{caption}各行{labels[whole_at]}等于{'与'.join(labels[i] for i in parts_at)}之和",  # type: ignore[index]
                            [], None, page, "text")
        yield from _hierarchy(labels, rows, page, caption)


def _hierarchy(labels: list[str], rows: list[tuple[str, str, list[str | None]]], page: int,
               caption: str) -> Iterator[Check]:
    """In the 基本支出 and 项目支出 columns a 类/款 is the sum of its 款/项 (the 合计 column is tb_hier's)."""
    name = "表内层级：上级科目等于下级科目之和"
    for column in CHILD_COLUMNS:
        at = _column(labels, (column, column + "小计", column + "合计"))
        if at is None:
            continue
        cells = {}
        for code, label, row in rows:
            cell = _cell(row[at]) if at < len(row) else None
            if cell is not None:
                cells.setdefault(code, (label, cell))
        for code, (label, cell) in cells.items():
            children = [(c, v) for c, v in cells.items() if len(c) == len(code) + 2 and c.startswith(code)]
            # every child printed: a child whose cell is blank leaves the sum unknown
            printed = [c for c, _l, _r in rows if len(c) == len(code) + 2 and c.startswith(code)]
            if not children or len(children) != len(set(printed)):
                continue
            where = f"{caption} · {column}"
            check = compare("TB-HIER", name, [_term(f"{code}{label}{column}", cell, page, where)],
                            [_term(f"{c}{v[0]}{column}", v[1], page, where) for c, v in children],
                            what=f"{caption}{column}列{code}{label}与其下级科目之和")
            check.basis = "text"
            if check.outcome != "pass":
                yield check


# The 基本支出 table as its printed lines read, whatever page each line sits on: the header ends with 合计 人员经费
# 公用经费, and the 合计 row (often alone on the next page) must add up like any other row, and equal its 类 rows.
_ECON_HEADER = re.compile(r"(?:合计|总计)人员经费公用经费$")
_CELL = r"(\d[\d,]*?\.\d{2})"  # two decimals: cells the PDF's text glued together still split one way only
_TOTAL_ROW = re.compile(rf"(合计|总计){_CELL}{_CELL}{_CELL}")
_CLASS_ROW = re.compile(rf"(3\d\d)(\D+?){_CELL}{_CELL}{_CELL}")


def _printed(raw: str) -> tuple[Decimal, int]:
    return Decimal(raw.replace(",", "")), _decimals(raw)


@text_rule
def tb_total_row_lines(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The 合计 row of a 基本支出 table read from its printed lines (a table that runs over a page break keeps its
    total on the next page, out of the first page's grid): 合计 = 人员经费 + 公用经费 (TB-ROW) and, in the 合计
    column, 合计 = Σ 类 rows (TB-TOTAL). Runs only when the header line ends with those three columns."""
    for span in table_spans(view, result):
        body = [re.sub(r"\s", "", line) for line in span.body]
        header = next((i for i, line in enumerate(body) if _ECON_HEADER.search(line)), None)
        if header is None:
            continue
        classes, total = [], None
        for line in body[header + 1:]:
            if (match := _CLASS_ROW.fullmatch(line)) is not None:
                classes.append(match)
            elif (match := _TOTAL_ROW.fullmatch(line)) is not None:
                total = match
                break
        if total is None:
            continue
        caption = span.printed or span.caption
        page = span.last
        whole, staff, office = (_printed(total.group(i)) for i in (2, 3, 4))
        where = f"{caption} · {total.group(1)}行"
        check = compare("TB-ROW", "表中合计行：合计等于人员经费加公用经费",
                        [Term(f"{total.group(1)}行合计", whole[0], whole[1], "万元", page, where)],
                        [Term("人员经费", staff[0], staff[1], "万元", page, where),
                         Term("公用经费", office[0], office[1], "万元", page, where)], what=f"{caption}{total.group(1)}行")
        check.basis = "text"
        yield check
        if classes:
            terms = [Term(f"{m.group(1)}{m.group(2)}", *_printed(m.group(3)), "万元", page, caption) for m in classes]
            check = compare("TB-TOTAL", "表中合计等于各类科目之和",
                            [Term(f"{total.group(1)}行合计", whole[0], whole[1], "万元", page, where)], terms,
                            what=f"{caption}合计列")
            check.basis = "text"
            yield check
