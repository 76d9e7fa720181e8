"""A 预算's 财政拨款收支总表 read from its printed lines (TB-T1, TB-TOTAL).

The parser keeps no total of a 财政拨款收支总表 (its 总计 rows are not the department's whole income), so the figure
rules never see them: here its 收入总计 must equal its 支出总计, and the 功能分类 类 rows of its spending side must add
up to 本年支出 (or, without that row, to 支出总计). A 决算's 总计 rows add 结转和结余 and are left to D-001.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, compare
from .text import TableSpan, Text, printed_decimals, table_grids, table_spans, table_unit, text_rule, squeeze

_CELL = r"(\d[\d,]*?\.\d{2})"  # two decimals: cells glued by the PDF's text still split one way only
_CLASS_NAMES = sorted((name for name, code in FUNCTION_CODES.items() if len(code) == 3), key=len, reverse=True)
# a 类 row starts its line or follows the income side's row on the same line (its amount, or its label when the
# cell is blank: “政府性基金预算拨款卫生健康支出28.46”), with its code or a numbering; never the tail of a longer
# name (20199其他一般公共服务支出) or of a longer code
_CLASS_ROW = re.compile(rf"(?:(?<=\.\d\d)|(?<!\d))(?<!其他)(?:[23]\d\d|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?"
                        rf"({'|'.join(_CLASS_NAMES)}){_CELL}")


def _fiscal_summaries(view: Text, result: ParsedDisclosure) -> Iterator[tuple[TableSpan, list[str], str]]:
    """A 预算's 财政拨款收支总表: its span, its lines without spaces and its unit."""
    if result.kind != "预算":
        return
    for span in table_spans(view, result):
        if "财政拨款" not in span.caption or not re.search(r"收支|收入支出", span.caption):
            continue
        unit = table_unit(view, span)
        if unit is not None:
            yield span, [squeeze(line) for line in span.body], unit


def _labelled(lines: list[str], label: str, span: TableSpan, unit: str) -> Term | None:
    """The first amount printed right after `label` in the table, as a term in 万元."""
    for line in lines:
        if (found := re.search(label + _CELL, line)) is not None:
            return _cell_term(found.group(0)[: -len(found.group(1))], found.group(1), span, unit)
    return None


def _cell_term(label: str, raw: str, span: TableSpan, unit: str) -> Term:
    value = Decimal(raw.replace(",", "")) * UNIT_FACTOR[unit]
    return Term(label, value, printed_decimals(raw), unit, span.first, f"{span.printed or span.caption} · {label}")


@text_rule
def fiscal_summary_balance(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-T1: a 预算's 财政拨款收支总表 balances, 收入总计 = 支出总计."""
    for span, lines, unit in _fiscal_summaries(view, result):
        income = _labelled(lines, "收入总计", span, unit)
        spending = _labelled(lines, "支出总计", span, unit)
        if income is None or spending is None:
            continue
        check = compare("TB-T1", "财政拨款收支总表收入总计等于支出总计", [income], [spending],
                        what=f"{span.printed or span.caption}收入与支出总计")
        check.basis = "text"
        yield check


@text_rule
def fiscal_summary_classes(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-TOTAL: the 类 rows of a 预算's 财政拨款收支总表 add up to its 本年支出 (支出总计 when it prints no 本年支出)."""
    for span, lines, unit in _fiscal_summaries(view, result):
        whole = _labelled(lines, r"本年支出(?:合计)?", span, unit) or _labelled(lines, "支出总计", span, unit)
        classes = [_cell_term(m.group(1), m.group(2), span, unit) for line in lines for m in _CLASS_ROW.finditer(line)]
        if whole is None or len(classes) < 2 or len({c.label for c in classes}) != len(classes):
            continue  # a class printed twice (once per fund) is not one list of rows
        check = compare("TB-TOTAL", "表中合计等于各类科目之和", [whole], classes,
                        what=f"{span.printed or span.caption}支出方各类科目")
        check.basis = "text"
        yield check


# ---- a 收入总表's 合计 row -----------------------------------------------------------------------------------------

_TOTAL_LINE = re.compile(rf"(?:合计|总计)((?:{_CELL})+)")


def _total_suspect(lines: list[str]) -> bool:
    """Whether the 合计 row's printed line holds three amounts or more whose first is not the sum of the rest: only
    then is the page's grid (slow to read from a PDF) asked which column each cell sits in."""
    for line in lines:
        if (found := _TOTAL_LINE.fullmatch(line)) is not None:
            cells = [Decimal(raw.replace(",", "")) for raw in re.findall(_CELL, found.group(1))]
            return len(cells) >= 3 and cells[0] != sum(cells[1:])
    return False


_WHOLE_COLUMN = ("合计", "总计", "收入合计", "本年收入合计")


def _total_row_terms(grid: list[list[str | None]], span: TableSpan, unit: str) -> tuple[Term, list[Term]] | None:
    """The 合计 row's 合计 cell and its income columns' cells, when a header row names one 合计 column with two income
    columns or more after it (none a 其中 or 小计 column inside another) and every one of those cells is printed."""
    from .rows import _cell

    clean = [[squeeze(cell or "") for cell in row] for row in grid]
    at = next((i for i, row in enumerate(clean) if sum(c in _WHOLE_COLUMN for c in row) == 1
               and not any(_cell(c) for c in row)), None)
    if at is None or any("其中" in c or "小计" in c for c in clean[at]):
        return None
    labels = clean[at]
    whole = next(j for j, c in enumerate(labels) if c in _WHOLE_COLUMN)
    parts = [j for j in range(whole + 1, len(labels)) if labels[j]]
    total = next((row for row in clean[at + 1:] if any(c in ("合计", "总计") for c in row[:whole])), None)
    if len(parts) < 2 or total is None:
        return None
    if any(j >= len(total) or _cell(total[j]) is None for j in [whole, *parts]):
        return None
    return (_cell_term(f"合计行{labels[whole]}", total[whole], span, unit),
            [_cell_term(labels[j], total[j], span, unit) for j in parts])


@text_rule
def income_total_row(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-ROW on a 收入总表's 合计 row: its 合计 = Σ its income columns (一般公共预算拨款, 上年结转 …), read from the
    page's grid. The coded rows are tb_row_grid's; this row has no code."""
    from .tables import is_income

    for span in table_spans(view, result):
        unit = table_unit(view, span)
        lines = [squeeze(line) for line in span.body]
        if not is_income(span.caption) or unit is None or not _total_suspect(lines):
            continue
        grids = table_grids(view, span)
        found_all = [_total_row_terms(grid, span, unit) for grid in grids] or [_total_row_from_lines(lines, span, unit)]
        for found in found_all:
            if found is None:
                continue
            check = compare("TB-ROW", "表中合计行：合计等于各收入列之和", [found[0]], found[1],
                            what=f"{span.printed or span.caption}合计行")
            check.basis = "text"
            yield check
            break


# a page without ruled cells (a Word export) prints the header as text, wrapped anywhere (“上年结” / “转”): the columns
# after the 合计 column are read only when the whole header is a run of known income columns, one per cell of the row
_INCOME_COLUMNS = (r"一般公共预算(?:财政)?拨款(?:收入)?|政府性基金(?:预算)?(?:财政)?拨款(?:收入)?|"
                   r"国有资本经营(?:预算)?(?:财政)?拨款(?:收入)?|财政专户管理资金(?:收入)?|事业单位经营收入|事业收入|"
                   r"上级补助收入|附属单位上缴收入|其他收入|上年结转(?:结余)?|用事业基金弥补收支差额")
_HEADER = re.compile(rf"(?:科目名称|项目)(本年收入合计|收入合计|合计|总计)((?:{_INCOME_COLUMNS})+)")


def _total_row_from_lines(lines: list[str], span: TableSpan, unit: str) -> tuple[Term, list[Term]] | None:
    """The 合计 row's 合计 cell and its income columns' cells from the printed lines, when no grid is to be had."""
    at = next((i for i, line in enumerate(lines) if _TOTAL_LINE.fullmatch(line)), None)
    if at is None:
        return None
    header = "".join(line for line in lines[:at] if not line.startswith("单位"))
    named = _HEADER.search(header)
    if named is None or named.end() != len(header):
        return None
    labels = re.findall(_INCOME_COLUMNS, named.group(2))
    cells = re.findall(_CELL, _TOTAL_LINE.fullmatch(lines[at]).group(1))  # type: ignore[union-attr]
    if len(labels) < 2 or len(cells) != len(labels) + 1:
        return None
    return (_cell_term(f"合计行{named.group(1)}", cells[0], span, unit),
            [_cell_term(label, raw, span, unit) for label, raw in zip(labels, cells[1:])])
