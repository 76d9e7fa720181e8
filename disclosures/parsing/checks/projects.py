"""A table that lists projects one a row (项目支出表, 项目绩效目标表), read from its printed lines.

Such a table has no 科目编码 hierarchy for rows.py to sum: each row is a project, with an amount column and, after a
“其中：” in the header, the parts of that amount (财政拨款, 一般公共预算, 其他资金…). Two things must hold whatever the
layout: in every row a 其中 part is no larger than the amount it is part of (TT-PERF, “within each form, 其中：财政拨款
≤ 年度资金总额”, and the same reading on a 项目支出表), and the 合计 row of each amount column is the sum of the
project rows above it (TB-TOTAL: rows without codes are part of the sum).

The rows are read only when the header names exactly one amount column before “其中” and no comparison column (上年,
增减…) after it, or names one amount column alone at its end (“项目名称 单位名称 金额”), and when every project row and
the 合计 row carry the same number of amounts: anything else (a wrapped row, a blank cell, a second table on the page)
leaves the table alone. The 合计 row may be printed under the projects or first, right under the header.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, at_most, coarse_vs_fine, compare, term
from .text import (NUM, Text, _body_lines, printed_decimals, span_unit, table_grids, table_spans, table_unit, text_rule,
                   to_decimal, squeeze)

# an amount as a table prints it: two decimals, thousands separators allowed (a 科目编码 or a count has none)
_AMOUNT = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d%])")
_WHOLE_HEAD = re.compile(r"(?:金额|总额|合计|小计|预算数|资金总额|预算金额)$")
_NOT_A_PART = re.compile(r"上年|去年|增减|增长|减少|变动|比上年|%")
_PART_NAMES = re.compile(r"财政拨款|一般公共预算(?:拨款)?|政府性基金(?:预算)?(?:拨款)?|国有资本经营(?:预算)?(?:拨款)?|"
                         r"其他资金|自有资金|单位资金|事业收入|上级补助(?:收入)?|其他收入")
_TOTAL_ROW = re.compile(r"^\s*(?:合\s*计|总\s*计)")


def _printed_body(view: Text, span) -> list[str]:
    """The span's body lines as printed (numbers kept apart by their spaces)."""
    lines = _body_lines(view)
    size = len(span.body)
    for k in range(len(lines) - size + 1):
        if lines[k][0] == span.first and lines[k][1] == span.body[0] and \
                all(lines[k + j][1] == span.body[j] for j in range(size)):
            return [line[3] for line in lines[k:k + size]]
    return []


def _header_and_parts(lines: list[str]) -> tuple[int, list[str] | None] | None:
    """The header line's index and the names of the 其中 columns it prints (as many as can be told apart); None for
    the names when the header ends in its one amount column and prints no 其中 (“项目名称 单位名称 金额”)."""
    for i, line in enumerate(lines[:6]):
        flat = squeeze(line)
        if "名称" not in flat or _AMOUNT.search(line):
            continue
        if "其中" not in flat:
            if _WHOLE_HEAD.search(flat) and len(re.findall(r"金额|总额|合计|小计|预算数", flat)) == 1 \
                    and not _NOT_A_PART.search(flat):
                return i, None
            continue
        before, after = flat.split("其中", 1)
        if _WHOLE_HEAD.search(before) and len(re.findall(r"金额|总额|合计|小计|预算数", before)) == 1 \
                and not _NOT_A_PART.search(after):
            return i, _PART_NAMES.findall(after)
    return None


class _Table(NamedTuple):
    caption: str
    unit: str
    names: list[str]
    rows: list[tuple[str, list[str]]]
    total: tuple[str, list[str]] | None
    page: int
    width: int


def _tables(view: Text, result: ParsedDisclosure) -> list[_Table]:
    if "projects" not in view._cache:
        view._cache["projects"] = [t for t in (_read(view, span) for span in table_spans(view, result)
                                               if "项目" in span.caption and "基本支出" not in span.caption) if t]
    return view._cache["projects"]


def _read(view: Text, span) -> _Table | None:
    printed = _printed_body(view, span)
    found = _header_and_parts(printed)
    unit = table_unit(view, span)
    if found is None or unit is None:
        return None
    head, parts = found
    rows: list[tuple[str, list[str]]] = []
    total: tuple[str, list[str]] | None = None
    for line in printed[head + 1:]:
        amounts = _AMOUNT.findall(line)
        if not amounts:
            continue
        name = squeeze(line[:line.find(amounts[0])])
        name = re.sub(r"^\d{1,3}(?=\D)", "", re.sub(r"\d{3,7}$", "", name)) or name
        if _TOTAL_ROW.match(line):
            if total is not None:
                return None  # a second 合计 row: a second table, or a 合计 per group
            total = (name, amounts)
            if rows:
                break  # printed under the projects it sums; one printed first (under the header) sums those below
            continue
        rows.append((name, amounts))
    if not rows:
        return None
    width = len(rows[0][1])
    if width < (1 if parts is None else 2) or any(len(amounts) != width for _, amounts in rows) \
            or (total and len(total[1]) != width):
        return None
    parts = parts or []
    names = [f"其中{p}" for p in parts] if len(parts) == width - 1 else [f"其中第{n}列" for n in range(1, width)]
    return _Table(span.quote or span.caption, unit, names, rows, total, span.first, width)


def _cell(table: _Table, label: str, raw: str) -> Term:
    return Term(label, to_decimal(raw) * UNIT_FACTOR[table.unit], printed_decimals(raw), table.unit, table.page,  # type: ignore[operator]
                f"{table.caption} · {label}")


@text_rule
def project_table_rows(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    for table in _tables(view, result):
        rule = "TT-PERF" if "绩效" in table.caption else "TB-ROW"
        for name, amounts in table.rows + ([table.total] if table.total else []):
            whole = _cell(table, f"{name}金额", amounts[0])
            for n, raw in enumerate(amounts[1:], 1):
                check = at_most(rule, "项目表中其中数不大于该行金额", _cell(table, f"{name}{table.names[n - 1]}", raw),
                                whole, severity="error")
                check.basis = "text"
                if check.outcome == "fail":
                    check.message = f"{table.caption}：" + check.message
                    yield check
        if table.total is None or len(table.rows) < 2:
            continue
        for n in range(table.width):
            column = "金额" if n == 0 else table.names[n - 1]
            check = compare("TB-TOTAL", "项目表合计行等于各项目之和", [_cell(table, f"合计行{column}", table.total[1][n])],
                            [_cell(table, name, amounts[n]) for name, amounts in table.rows],
                            what=f"{table.caption}合计行{column}")
            check.basis = "text"
            yield check


# a ruled 项目支出预算明细表 with no “其中” in its header: “项目名称 项目类别 合计 一般公共预算拨款 政府性基金 事业收入 上年结转”,
# each fund column a source of the 合计 (a blank cell is none of it)
_FUND_COLUMN = re.compile(r"^(?:一般公共预算(?:拨款)?|政府性基金(?:预算)?(?:拨款)?|国有资本经营(?:预算)?(?:拨款)?|事业收入|"
                          r"事业单位经营收入|上级补助收入|附属单位上缴收入|其他收入|上年结转(?:和结余)?|财政拨款)$")
_GRID_WHOLE = re.compile(r"^(?:合计|金额|总计|预算数|预算金额)$")


def _grid_tables(view: Text, result: ParsedDisclosure) -> list[_Table]:
    """The ruled project tables (a PDF page's native grid) that the printed lines leave alone: a header row with the
    project name, one whole column (合计) and two or more fund columns after it, every other cell an amount or blank.
    Each row's amounts are given as [合计, fund…] with "" for a blank cell."""
    if "project_grids" not in view._cache:
        read_by_lines = {table.page for table in _tables(view, result)}
        found: list[_Table] = []
        seen: set[int] = set()
        for span in table_spans(view, result):
            if "项目" not in span.caption or "基本支出" in span.caption or "绩效" in span.caption \
                    or span.first in read_by_lines:
                continue
            unit = table_unit(view, span)
            if unit is None:
                continue
            for grid in table_grids(view, span):
                seen.add(id(grid))
                table = _read_grid(grid, span, unit)
                if table is not None:
                    found.append(table)
        # a text file's or a web page's table loaded with its own caption and unit, under no caption a span reads
        # (“项目支出明细（单位：万元）：” pasted into the words)
        document = view.document
        for source in ([] if document is None or getattr(document, "is_pdf", False) else getattr(document, "tables", [])):
            if id(source.grid) in seen or source.unit not in UNIT_FACTOR or source.page is None \
                    or "项目" not in source.caption or "基本支出" in source.caption or "绩效" in source.caption:
                continue
            table = _read_grid(source.grid, _Caption(source.caption, source.page), source.unit)
            if table is not None:
                found.append(table)
        view._cache["project_grids"] = found
    return view._cache["project_grids"]


class _Caption(NamedTuple):
    quote: str
    first: int

    @property
    def caption(self) -> str:
        return self.quote


def _read_grid(grid: list[list[str | None]], span, unit: str, columns: re.Pattern[str] = _FUND_COLUMN,
               named: re.Pattern[str] = re.compile("名称")) -> _Table | None:
    if len(grid) < 3 or any(cell is None for cell in grid[0]):
        return None
    header = [squeeze(cell or "") for cell in grid[0]]
    if not named.search(header[0]):
        return None
    wholes = [n for n, cell in enumerate(header) if _GRID_WHOLE.match(cell)]
    if len(wholes) != 1:
        return None
    at = wholes[0]
    funds = header[at + 1:]
    if len(funds) < 2 or not all(columns.match(cell) for cell in funds) \
            or ("财政拨款" in funds and any(f != "财政拨款" and "结转" not in f and "收入" not in f for f in funds)):
        return None  # 财政拨款 beside the funds it is made of: the columns overlap
    rows: list[tuple[str, list[str]]] = []
    total: tuple[str, list[str]] | None = None
    total_first = False
    for row in grid[1:]:
        if len(row) != len(header) or any(cell is None for cell in row):
            return None
        cells = [squeeze(cell or "") for cell in row[at:]]
        if any(cell and not _AMOUNT.fullmatch(cell) for cell in cells) or not cells[0]:
            return None
        name = squeeze(row[0] or "")
        if _TOTAL_ROW.match(name):
            if total is not None:
                return None
            total = (name, cells)
            total_first = not rows  # a 合计 printed first, right under the header, sums the rows below it
        elif total is not None and not total_first:
            return None  # rows under a 合计 printed under rows: a second table
        else:
            rows.append((name, cells))
    if not rows:
        return None
    return _Table(span.quote or span.caption, unit, funds, rows, total, span.first, len(funds) + 1)


def _grid_sums(table: _Table, row_rule: str, row_name: str, total_name: str) -> Iterator[Check]:
    """A ruled grid's arithmetic: in every row (the 合计 row too) its 合计 = the sum of its other columns (`row_rule`),
    and the 合计 row of each column = the sum of the rows (TB-TOTAL); blank cells are none."""
    for name, cells in table.rows + ([table.total] if table.total else []):
        parts = [_cell(table, f"{name}{table.names[n - 1]}", raw) for n, raw in enumerate(cells[1:], 1) if raw]
        if not parts:
            continue
        check = compare(row_rule, row_name, [_cell(table, f"{name}合计", cells[0])], parts,
                        what=f"{table.caption}“{name}”行")
        check.basis = "text"
        yield check
    if table.total is None or len(table.rows) < 2:
        return
    for n in range(table.width):
        column = "合计" if n == 0 else table.names[n - 1]
        column_cells = [(name, cells[n]) for name, cells in table.rows if cells[n]]
        if not table.total[1][n] and not column_cells:
            continue
        check = compare("TB-TOTAL", total_name, [_cell(table, f"合计行{column}", table.total[1][n] or "0.00")],
                        [_cell(table, name, raw) for name, raw in column_cells], what=f"{table.caption}合计行{column}")
        check.basis = "text"
        yield check


@text_rule
def project_grid_sums(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-ROW and TB-TOTAL on a ruled 项目支出预算明细表: in every row (the 合计 row too) the 合计 = the sum of its fund
    columns, and the 合计 row of each column = the sum of the project rows above it (blank cells are none)."""
    for table in _grid_tables(view, result):
        yield from _grid_sums(table, "TB-ROW", "项目表各行合计等于各资金来源之和", "项目表合计行等于各项目之和")


# a 政府采购预算表 by project: “采购项目 | 合计 | 货物 | 工程 | 服务”, each kind a part of the row's 合计
_PROC_KIND_COLUMN = re.compile(r"^(?:货物|工程|服务)(?:类)?(?:采购)?$")
_PROC_NAME_HEAD = re.compile(r"名称|项目|单位")


def _procurement_grids(view: Text, result: ParsedDisclosure) -> list[_Table]:
    """The 政府采购预算表 grids that split each project's (or unit's) 合计 into 货物, 工程 and 服务 columns."""
    if "procurement_grids" not in view._cache:
        found: list[_Table] = []
        seen: set[int] = set()
        for span in table_spans(view, result):
            if "采购" not in span.caption or not any("货物" in line and "工程" in line for line in span.body[:6]):
                continue  # no header with 货物 and 工程 columns: no page geometry is read for it
            unit = span_unit(view, span)
            if unit is None:
                continue
            for grid in table_grids(view, span):
                if id(grid) in seen:
                    continue
                table = _read_grid(grid, span, unit, _PROC_KIND_COLUMN, _PROC_NAME_HEAD)
                if table is not None:
                    seen.add(id(grid))
                    found.append(table)
        document = view.document
        for source in ([] if document is None or getattr(document, "is_pdf", False) else getattr(document, "tables", [])):
            if id(source.grid) in seen or source.unit not in UNIT_FACTOR or source.page is None \
                    or "采购" not in source.caption:
                continue
            table = _read_grid(source.grid, _Caption(source.caption, source.page), source.unit, _PROC_KIND_COLUMN,
                               _PROC_NAME_HEAD)
            if table is not None:
                found.append(table)
        view._cache["procurement_grids"] = found
    return view._cache["procurement_grids"]


@text_rule
def procurement_grid_sums(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-PROC-SUM in a 政府采购预算表 by project: every row's 合计 (the 合计 row's too) = 货物 + 工程 + 服务, and each
    column's 合计 row = the rows above or below it (TB-TOTAL)."""
    for table in _procurement_grids(view, result):
        yield from _grid_sums(table, "PR-PROC-SUM", "政府采购表各行合计等于货物、工程、服务之和", "政府采购表合计行等于各行之和")


_NOT_APPROPRIATED = re.compile(r"事业收入|经营收入|上级补助|附属单位|其他收入|上年结转")


@text_rule
def project_grid_total(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-MAP: the 合计 of a ruled 项目支出预算明细表 that counts funds besides 财政拨款 (事业收入, 上年结转…) = the
    全口径 项目支出 of the year (支出表, words). A table of 财政拨款 columns alone is left to the 财政拨款 readers."""
    spending = result.figures.get("project_expenditure")
    if spending is None or spending.value is None or spending.period not in (None, "本年") \
            or spending.fund_scope not in (None, "全口径"):
        return
    for table in _grid_tables(view, result):
        if table.total is None or not table.total[1][0] or not any(_NOT_APPROPRIATED.search(n) for n in table.names):
            continue
        printed = _cell(table, "合计行合计", table.total[1][0])
        stated = term(spending, "项目支出")
        check = compare("PT-MAP", "项目表合计等于项目支出", [printed], [stated], what=f"{table.caption}合计与项目支出")
        yield _printed_alike(check, printed, stated, f"{table.caption}合计与项目支出")


def _printed_alike(check: Check, one: Term, other: Term, what: str) -> Check:
    """One amount printed twice to the same place (a table's 合计 and the words' total): no rounding stands between
    the two printings, so a gap within the rounding envelope is a slip of the last digit, a warning (CHECKS.md §0.2
    rule 5), not the info a sum's rounding gets."""
    check.basis = "text"
    if check.outcome == "fail" and check.severity == "info" and one.scale is not None and one.scale == other.scale \
            and one.unit == other.unit:
        check.severity = "warning"
        check.message = f"{what}：" + check.message.replace(
            "可能为取整误差", "两处刊印位数相同，不是取整误差；同一金额抄写不一致，需人工复核")
    return check


@text_rule
def project_named_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-MAP for a project: the words' “<项目名称>x万元” = that project's amount in a table of projects. The name must
    be printed whole and the amount follow it at once; the table's own rows carry no 万元 after their amounts."""
    seen: set[tuple[str, int]] = set()
    for table in _tables(view, result) + _grid_tables(view, result):
        for name, amounts in table.rows:
            if len(name) < 4:
                continue
            for found in re.finditer(rf"{re.escape(name)}(?:为|:)?{NUM}(万元|亿元)", view.text):
                if (name, found.start()) in seen:
                    continue
                seen.add((name, found.start()))
                page = view.page_at(found.start())
                source = view.text[max(0, view.text.rfind("。", 0, found.start()) + 1):found.end()][-200:]
                words = Term(f"正文{name}", to_decimal(found.group(1)) * UNIT_FACTOR[found.group(2)],  # type: ignore[operator]
                             printed_decimals(found.group(1)), found.group(2), page, source)
                check = coarse_vs_fine("PT-MAP", f"正文项目金额与{table.caption}一致", words,
                                       _cell(table, f"{table.caption}{name}", amounts[0]))
                check.basis = "text"
                yield check


# A 项目支出绩效目标表 as a grid: “项目名称 | 年度资金（万元） | 一级指标 | 二级指标 | 三级指标 | 指标值”. A project's name
# and amount stand on its first indicator line only (the lines under it leave both blank); the 合计 row closes the
# table, often on the page its “（续表）” runs to.
_PERF_AMOUNT_HEAD = re.compile(r"^(?:年度|项目)?(?:资金|预算)(?:总额|金额|数)?(?:[（(](万元|元)[)）])?$|^金额(?:[（(](万元|元)[)）])?$")


class _PerfRow(NamedTuple):
    name: str
    raw: str
    page: int


def _perf_grid(grid: list[list[str | None]]) -> tuple[int, str | None] | None:
    """The amount column of a 项目支出绩效目标表 grid and the unit its header names: one amount column between the
    project's name and indicator columns (a header cell with 指标)."""
    if len(grid) < 2 or any(cell is None for cell in grid[0]):
        return None
    header = [squeeze(cell or "") for cell in grid[0]]
    amounts = [(n, _PERF_AMOUNT_HEAD.match(cell)) for n, cell in enumerate(header)]
    amounts = [(n, found) for n, found in amounts if found]
    if "名称" not in header[0] or len(amounts) != 1 or not any("指标" in cell for cell in header[amounts[0][0]:]):
        return None
    at, found = amounts[0]
    return at, found.group(1) or found.group(2)


def _perf_tables(view: Text, result: ParsedDisclosure) -> list[tuple[str, str, list[_PerfRow], _PerfRow | None]]:
    """Each 项目支出绩效目标表 read from its grids, over the pages its （续表） runs to: (caption, unit, project rows,
    合计 row). A named row without an amount, or a second 合计, leaves the table unread."""
    if "perf_grids" not in view._cache:
        found: list[tuple[str, str, list[_PerfRow], _PerfRow | None]] = []
        document = view.document
        sources: list[tuple[str, str | None, list[tuple[int, list[list[str | None]]]]]] = []
        if document is not None and getattr(document, "is_pdf", False):
            for span in table_spans(view, result):
                if "绩效" in span.caption and "项目" in span.caption and "整体" not in span.caption \
                        and any("指标" in line for line in span.body[:6]):  # a grid header's words: read its pages
                    grids = [(page, grid) for page in range(span.first, span.last + 1)
                             for grid in table_grids(view, _Caption("", page))]
                    sources.append((span.quote or span.caption, span_unit(view, span), grids))
        elif document is not None:
            for source in getattr(document, "tables", []):
                if "绩效" in source.caption and "项目" in source.caption and "整体" not in source.caption \
                        and source.page is not None:
                    sources.append((source.caption, source.unit, [(source.page, source.grid)]))
        for caption, unit, grids in sources:
            read = _read_perf(grids)
            if read is not None and (read[0] or unit) in UNIT_FACTOR:
                found.append((caption, read[0] or unit, read[1], read[2]))  # type: ignore[arg-type]
        view._cache["perf_grids"] = found
    return view._cache["perf_grids"]


def _read_perf(grids: list[tuple[int, list[list[str | None]]]]) -> tuple[str | None, list[_PerfRow], _PerfRow | None] | None:
    rows: list[_PerfRow] = []
    total: _PerfRow | None = None
    unit: str | None = None
    for page, grid in grids:
        head = _perf_grid(grid)
        if head is None:
            continue
        at, unit = head[0], head[1] or unit
        for row in grid[1:]:
            if len(row) != len(grid[0]):
                return None
            name, cell = squeeze(row[0] or ""), squeeze(row[at] or "")
            if not name and not cell:
                continue  # an indicator line of the project above
            if not name or not _AMOUNT.fullmatch(cell) or total is not None:
                return None  # an amount without its project, a project without its amount, rows under the 合计
            if _TOTAL_ROW.match(name):
                total = _PerfRow(name, cell, page)
            else:
                rows.append(_PerfRow(name, cell, page))
    return (unit, rows, total) if rows else None


@text_rule
def performance_table_projects(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The 项目支出绩效目标表 against itself and the project table: its 合计 = the 年度资金 of its projects (TB-TOTAL),
    and each project's 年度资金 = that project's amount in the 项目支出预算表 (PT-MAP; a name the project table prints
    once, whole)."""
    projects: dict[str, list[tuple[_Table, str]]] = {}
    for table in _tables(view, result) + _grid_tables(view, result):
        if "绩效" not in table.caption:
            for name, amounts in table.rows:
                projects.setdefault(name, []).append((table, amounts[0]))
    for caption, unit, rows, total in _perf_tables(view, result):
        def cell(row: _PerfRow, label: str) -> Term:
            return Term(label, to_decimal(row.raw) * UNIT_FACTOR[unit], printed_decimals(row.raw), unit, row.page,  # type: ignore[operator]
                        f"{caption} · {label}")
        if total is not None and len(rows) >= 2:
            check = compare("TB-TOTAL", "绩效目标表合计等于各项目年度资金之和", [cell(total, "合计行年度资金")],
                            [cell(row, row.name) for row in rows], what=f"{caption}合计")
            check.basis = "text"
            yield check
        for row in rows:
            listed = projects.get(row.name, [])
            if len(listed) != 1 or len(row.name) < 4:
                continue
            table, raw = listed[0]
            check = compare("PT-MAP", f"绩效目标表项目年度资金与{table.caption}一致", [cell(row, f"{row.name}年度资金")],
                            [_cell(table, f"{table.caption}{row.name}", raw)], what=f"{caption}“{row.name}”")
            check.basis = "text"
            yield check


# the 部门整体支出绩效目标表's amount rows: its total (“部门支出预算数”, “年度预算总额”…) and the 基本/项目 split under it;
# the label may carry its unit (“部门支出预算数（万元）”)
_PERF_TOTAL = re.compile(r"^(部门(?:支出)?预算(?:支出)?(?:数|总额|金额)|年度(?:部门)?(?:支出)?预算(?:数|总额|金额)|"
                         r"(?:部门)?预算支出(?:总额|数)|部门支出(?:总额|合计))(?:[（(](?:万元|元)[)）])?[:：]?"
                         r"((?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})$")
_PERF_PART = re.compile(r"^(?:其中[:：]?)?(基本支出|项目支出)(?:[（(](?:万元|元)[)）])?[:：]?((?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})$")


@text_rule
def whole_department_performance_total(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TT-PERF, its first half: the 部门整体支出绩效目标表's 部门支出预算数 = the 支出合计 the document states, and, when
    the form splits it (其中：基本支出 …, 项目支出 …), = 基本 + 项目 (IE-BP within the form). Only a row that states the
    total alone with its amount is read; a 决算 or a form without such a row is left alone."""
    spending = result.figures.get("expenditure_total")
    for span in table_spans(view, result):
        if not ("整体" in span.caption and "绩效" in span.caption):
            continue
        unit = table_unit(view, span)
        if unit is None:
            continue
        total: Term | None = None
        parts: dict[str, Term] = {}
        for line in span.body:
            flat = squeeze(line)
            found = _PERF_TOTAL.match(flat)
            if found and total is None:
                total = Term(found.group(1), to_decimal(found.group(2)) * UNIT_FACTOR[unit],  # type: ignore[operator]
                             printed_decimals(found.group(2)), unit, span.first, f"{span.quote} · {found.group(1)}")
                continue
            part = _PERF_PART.match(flat)
            if part and total is not None:
                parts.setdefault(part.group(1), Term(part.group(1), to_decimal(part.group(2)) * UNIT_FACTOR[unit],  # type: ignore[operator]
                                                     printed_decimals(part.group(2)), unit, span.first,
                                                     f"{span.quote} · {part.group(1)}"))
        if total is None:
            continue
        if spending is not None and spending.value is not None and spending.period in (None, "本年") \
                and spending.fund_scope in (None, "全口径"):
            check = compare("TT-PERF", "部门整体绩效目标表支出预算数等于支出合计", [total], [term(spending, "支出合计")],
                            what=f"{span.quote}{total.label}与支出合计")
            check.basis = "text"
            yield check
        if len(parts) == 2:
            check = compare("IE-BP", "部门整体绩效目标表支出预算数等于基本支出与项目支出之和", [total],
                            [parts["基本支出"], parts["项目支出"]], what=f"{span.quote}{total.label}与其中基本支出、项目支出之和")
            check.basis = "text"
            yield check


# “项目支出预算1,094.66万元，具体为：” closing its line, then the projects one a line: “1. 名称（单位）：81.61万元”
_LIST_HEAD = re.compile(rf"项目支出(?:预算|决算)?数?(?:合计|总额)?(?:为|是|共)?{NUM}(万元|亿元|元)[,，]?"
                        r"(?:具体为|具体包括|包括|其中|明细如下|分别为)[:：]?$")
_LIST_ITEM = re.compile(rf"^(\d{{1,2}})[.、．)）]\s*([^\d:：。；;]{{2,60}}?)[:：]?{NUM}(万元|亿元|元)[,，;；。]?$")


@text_rule
def projects_listed_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """项目支出 and the projects the words list under it, one a numbered line (1., 2., … in order): a closed list
    (具体为, 包括, 其中) names every project, so their amounts add up to the 项目支出 it opens with. A list that says it
    is partial (主要…) is IE-SCOPE-LE's (totals.py)."""
    texts = [line.text for line in view.lines]
    for at, text in enumerate(texts):
        head = _LIST_HEAD.search(text)
        if head is None:
            continue
        items = []
        for line in texts[at + 1:]:
            item = _LIST_ITEM.match(line)
            if item is None or int(item.group(1)) != len(items) + 1:
                break
            items.append(item)
        if len(items) < 2 or (at + 1 + len(items) < len(texts) and re.match(r"^\d{1,2}[.、．)）]", texts[at + 1 + len(items)])):
            continue  # a numbered line that is no project with its amount: the list is not read whole
        page = view.pages_of[at] if at < len(view.pages_of) else None
        whole = Term("项目支出", to_decimal(head.group(1)) * UNIT_FACTOR[head.group(2)],  # type: ignore[operator]
                     printed_decimals(head.group(1)), head.group(2), page, text[-200:])
        terms = [Term(item.group(2).strip(), to_decimal(item.group(3)) * UNIT_FACTOR[item.group(4)],  # type: ignore[operator]
                      printed_decimals(item.group(3)), item.group(4), page, item.group(0)) for item in items]
        check = compare("IE-EXP-SUM", "项目支出等于所列各项目之和", [whole], terms,
                        what=f"第{page}页项目支出与所列{len(terms)}个项目之和")
        check.basis = "text"
        yield check


# the words' 政府购买服务 total of the year (“安排政府购买服务预算40.50万元”), not last year's nor a change
_PURCHASE_TOTAL = re.compile(rf"政府购买服务(?:预算|支出)?(?:资金|金额)?(?:总额|合计|共计)?(?:为|是|共)?{NUM}(万元|亿元)")
_OTHER_YEAR = re.compile(r"上年|去年|上一年|比|较|增|减")


def _purchase_grid(grid: list[list[str | None]]) -> tuple[int, list[tuple[str, str]], str] | None:
    """A 政府购买服务预算表's amount column: (its index, the service rows as (name, amount), the 合计 row's amount)."""
    if len(grid) < 3 or any(cell is None for cell in grid[0]):
        return None
    header = [squeeze(cell or "") for cell in grid[0]]
    amounts = [n for n, cell in enumerate(header) if re.search(r"金额|预算数|合计", cell)]
    if len(amounts) != 1 or not any("服务" in cell for cell in header) \
            or any(_PROC_KIND_COLUMN.match(cell) and cell[:2] != "服务" for cell in header):
        return None  # a 政府采购 table (货物, 工程 and 服务 columns) printed on the same page
    at = amounts[0]
    rows: list[tuple[str, str]] = []
    total = None
    total_first = False
    for row in grid[1:]:
        if len(row) != len(header):
            return None
        cells = [squeeze(cell or "") for cell in row]
        if cells[at] and not _AMOUNT.fullmatch(cells[at]):
            return None
        if any(_TOTAL_ROW.match(cell) for cell in cells[:at]):
            if total is not None:
                return None
            total = cells[at]
            total_first = not rows  # printed right under the header: it sums the rows below it
        elif (total is None or total_first) and cells[at]:
            rows.append(("".join(c for c in cells[:at] if not c.isdigit()) or "服务项目", cells[at]))
        elif total is not None:
            return None
    return (at, rows, total) if total else None


@text_rule
def purchased_services_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The 政府购买服务预算表: its 合计 row = the services above it (TB-TOTAL), and the 政府购买服务 total the words
    state for the year = that 合计 (PT-MAP)."""
    for span in table_spans(view, result):
        if "购买服务" not in span.caption:
            continue
        unit = span_unit(view, span)
        if unit is None:
            continue
        for grid in table_grids(view, span):
            read = _purchase_grid(grid)
            if read is None:
                continue
            _, rows, total = read
            table = _Table(span.quote or span.caption, unit, [], [], None, span.first, 1)
            whole = _cell(table, "政府购买服务预算表合计", total)
            if len(rows) >= 2:
                check = compare("TB-TOTAL", "政府购买服务预算表合计等于各项之和", [whole],
                                [_cell(table, name, raw) for name, raw in rows], what=f"{table.caption}合计")
                check.basis = "text"
                yield check
            seen: set[str] = set()
            for found in _PURCHASE_TOTAL.finditer(view.text):
                before = view.text[max(0, found.start() - 12):found.start()]
                # the words on the table's own page are its notes, unless the file is one page (a web statement)
                if found.group(1) in seen or _OTHER_YEAR.search(before) \
                        or (view.page_at(found.start()) == span.first and len(view.pages) > 1):
                    continue
                seen.add(found.group(1))
                page = view.page_at(found.start())
                words = Term("正文政府购买服务预算", to_decimal(found.group(1)) * UNIT_FACTOR[found.group(2)],  # type: ignore[operator]
                             printed_decimals(found.group(1)), found.group(2), page, found.group(0))
                check = coarse_vs_fine("PT-MAP", f"正文政府购买服务预算与{table.caption}一致", words, whole)
                check.basis = "text"
                yield check
            break
