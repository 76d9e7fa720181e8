"""A 部门's income table broken down by member unit, read from its printed lines (TB-TOTAL, TB-ROW, PR-REPEAT).

Many counties print the 部门收入总表 (or a 分单位 table under the prose) with one row per member unit instead of one
per 科目: a header “(单位编码)单位名称 合计 一般公共预算拨款 … 上年结转”, a 合计 row first or last, then each unit's
row. The parser keeps none of its rows, so here: every column's 合计 cell = Σ the units' cells (部门 = Σ 单位 inside
one document, issue 9), every row's 合计 = Σ its sources, and a unit's amount stated in the prose (“分单位看：某某中心
收入预算X万元”) or in the unit's own statement later in the same file (`member_statements`, called by
`parse_disclosures` once every segment is parsed) = its row. A table whose rows do not each print one cell per column
(a blank or a dash) is not read: its cells cannot be placed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterator

from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, coarse_vs_fine, compare, term
from .summaries import _CELL, _INCOME_COLUMNS
from .text import NUM, Text, printed_decimals, text_rule, squeeze

# a header names a fund column short too (“政府性基金”, “国有资本经营”)
_COLUMNS = rf"{_INCOME_COLUMNS}|政府性基金(?:预算)?|国有资本经营(?:预算)?"
_HEADER = re.compile(rf"(?:单位(?:编码|代码)|编码)?单位名称(本年收入合计|收入合计|合计|总计)((?:{_COLUMNS})+)")
_HEADER_START = re.compile(r"单位(?:编|代|名)|编码")
_UNIT = re.compile(r"单位[:：]\s*(万元|千元|亿元|元)")
# a row as printed once spaces are dropped: an optional unit code, the unit's name (no digits), its cells
_ROW = re.compile(rf"(\d{{3,12}})?([^\d.,]*)((?:{_CELL})+)")
_WHOLE_ROW = ("合计", "总计")


@dataclass
class Row:
    label: str
    cells: list[str]  # as printed, one per column
    page: int


@dataclass
class MemberTable:
    columns: list[str]  # the 合计 column first, then the sources
    unit: str
    total: Row
    members: list[Row]
    page: int

    def cell(self, row: Row, k: int, shown: str | None = None) -> Term:
        raw = row.cells[k]
        return Term(shown or f"{row.label}{self.columns[k]}", Decimal(raw.replace(",", "")) * UNIT_FACTOR[self.unit],
                    printed_decimals(raw), self.unit, row.page, f"分单位收入表 · {row.label} · {self.columns[k]}")


def _compact(text: str) -> str:
    return squeeze(text)


def member_tables(lines: list[Any]) -> list[MemberTable]:
    """Every income table by member unit among the lines (objects with `.text` and `.page`). A table that runs onto
    the next page under its header printed again is one table: its pieces are joined before anything is added."""
    if "单位名称" not in _compact("".join(line.text for line in lines)):
        return []  # no such header anywhere (most documents): one pass over the text instead of one per line
    texts = [_compact(line.text) for line in lines]
    pieces: list[tuple[list[str], str, list[Row], int, int, int]] = []  # columns, unit, rows, page, first, last line
    i = 0
    while i < len(texts):
        if re.search(_CELL, texts[i]) or not _HEADER_START.match(texts[i]):
            i += 1
            continue
        piece, after = _read_piece(lines, texts, i)
        if piece is not None:
            columns, unit, rows = piece
            last = pieces[-1] if pieces else None
            if (last is not None and last[0] == columns and last[1] == unit and i - last[5] <= 6
                    and lines[i].page > lines[last[5] - 1].page):
                pieces[-1] = (columns, unit, last[2] + rows, last[3], last[4], after)
            else:
                pieces.append((columns, unit, rows, lines[i].page, i, after))
        i = max(after, i + 1)
    return [table for piece in pieces if (table := _whole(*piece[:4])) is not None]


def _read_piece(lines: list[Any], texts: list[str], at: int) -> tuple[tuple[list[str], str, list[Row]] | None, int]:
    """The header starting at line `at` and the rows under it (columns, unit, rows), and the line after them; None
    when the header is not one of a table by member unit, or a row does not print one cell per column."""
    header, j = "", at
    while j < len(texts) and j - at < 20 and not re.search(_CELL, texts[j]):
        header += texts[j]
        j += 1
    named = _HEADER.fullmatch(header)
    unit = next((u.group(1) for k in range(at, max(-1, at - 4), -1) if (u := _UNIT.search(texts[k]))), None)
    if named is None:
        return None, at + 1
    if unit is None:
        return None, j
    columns = [named.group(1), *re.findall(_COLUMNS, named.group(2))]
    rows: list[Row] = []
    pending: list[str] = []
    while j < len(texts):
        text = texts[j]
        if pending and lines[j].page != lines[j - 1].page:
            pending = []  # a name is never wrapped across pages: what was held is the page's foot
        if not re.search(_CELL, text):
            if len(text) > 16 or len(pending) >= 3 or re.search(r"表|单位[:：]|。", text) or not text:
                break
            pending.append(text)  # a unit's name (or its code) wrapped above its cells
            j += 1
            continue
        row = _ROW.fullmatch(text)
        if row is None:
            break
        cells = re.findall(_CELL, row.group(3))
        label = re.sub(r"^\d{3,12}", "", "".join(pending) + row.group(2))
        if len(cells) != len(columns) or not label:
            return None, j + 1  # a row short of cells: none of them can be placed
        rows.append(Row(label, cells, lines[j].page))
        pending = []
        j += 1
    return (columns, unit, rows), j


def _whole(columns: list[str], unit: str, rows: list[Row], page: int) -> MemberTable | None:
    """The table when it has one 合计 row and two units or more, each once, and no 小计 row (a subtotal of some
    units would be added twice)."""
    totals = [row for row in rows if row.label in _WHOLE_ROW]
    members = [row for row in rows if row.label not in _WHOLE_ROW]
    if len(totals) != 1 or len(members) < 2 or len({row.label for row in members}) != len(members):
        return None
    if any(re.search(r"小计|其中|合计|总计", row.label) for row in members):
        return None
    return MemberTable(columns, unit, totals[0], members, page)


def _tables(view: Text) -> list[MemberTable]:
    if "member_tables" not in view._cache:
        view._cache["member_tables"] = member_tables(view.lines)
    return view._cache["member_tables"]


@text_rule
def member_rows_total(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-TOTAL: in each column, the 合计 row = Σ the member units' rows."""
    for table in _tables(view):
        for k, column in enumerate(table.columns):
            whole = table.cell(table.total, k, f"合计行{column}")
            parts = [table.cell(row, k, row.label) for row in table.members]
            check = compare("TB-TOTAL", "分单位收入表合计行等于各单位之和", [whole], parts,
                            what=f"分单位收入表{column}列各单位之和")
            check.basis = "text"
            yield check


@text_rule
def member_rows_sources(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-ROW: in each row (the 合计 row too), the 合计 cell = Σ its income sources."""
    for table in _tables(view):
        for row in [table.total, *table.members]:
            whole = table.cell(row, 0, f"本行{table.columns[0]}")
            parts = [table.cell(row, k, table.columns[k]) for k in range(1, len(table.columns))]
            check = compare("TB-ROW", "分单位收入表每行合计等于各收入来源之和", [whole], parts,
                            what=f"分单位收入表“{row.label}”行")
            check.basis = "text"
            yield check


member_rows_sources.defers = True  # type: ignore[attr-defined]  (a 收入总表's 合计 row is income_total_row's first)


def _stated(view: Text, name: str) -> Iterator[tuple[str, str, int]]:
    """“某某中心收入预算X万元” (also 预算收入, 收入合计, with a year between): (amount, unit, page)."""
    pattern = re.compile(rf"{re.escape(name)}(?:\d{{4}}年)?(?:单位)?(?:收入预算|预算收入|收入)(?:合计|总额|总计)?(?:为|是|共)?"
                         rf"{NUM}(万元|千元|亿元|元)")
    for found in pattern.finditer(view.text):
        yield found.group(1), found.group(2), view.page_at(found.start())


@text_rule
def member_rows_prose(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-REPEAT: a member unit's income stated in the words = its row's 合计. An amount equal to the 合计 row is the
    部门's own total said under a member's name (the 部门 and its 本级 share one name), not the unit's."""
    for table in _tables(view):
        whole = table.cell(table.total, 0)
        for row in table.members:
            for raw, unit, page in _stated(view, row.label):
                said = Term(f"正文{row.label}收入预算", Decimal(raw.replace(",", "")) * UNIT_FACTOR[unit],
                            printed_decimals(raw), unit, page)
                if said.value == whole.value:
                    continue
                yield _repeat(said, table.cell(row, 0, f"分单位收入表{row.label}合计"))


def _repeat(said: Term, cell: Term) -> Check:
    coarse, fine = sorted([said, cell], key=lambda t: t.half, reverse=True)
    check = coarse_vs_fine("PR-REPEAT", "同一单位的金额在说明与分单位表中一致", coarse, fine)
    check.basis = "text"
    return check


# what a unit's own statement states, against its row's column in the 部门's table
_STATEMENT_COLUMNS = {"income_total": (0, "收入合计"),
                      "general_budget_appropriation": (r"一般公共预算", "一般公共预算拨款")}


def member_statements(parts: list[tuple[ParsedDisclosure, list[Any]]]) -> None:
    """PR-REPEAT across the segments of one file: a member unit's own statement (a later segment of scope 单位 whose
    unit names a row of a 部门 segment's table by member unit) states its income and 一般公共预算拨款 as its row does.
    The checks are the unit's own, appended to its `checks`."""
    tables: list[MemberTable] = []
    for result, lines in parts:
        if result.scope == "部门":
            tables += member_tables(lines)
        elif result.scope == "单位" and result.unit and tables:
            row, table = next(((r, t) for t in reversed(tables) for r in t.members if _same_unit(r.label, result.unit)),
                              (None, None))
            if row is None or table is None:
                continue
            for metric, (column, shown) in _STATEMENT_COLUMNS.items():
                figure = result.figures.get(metric)
                k = column if isinstance(column, int) else next(
                    (k for k, c in enumerate(table.columns) if k and re.match(column, c)), None)
                if figure is None or figure.value is None or k is None:
                    continue
                said = term(figure, f"{result.unit}单位说明{shown}")
                cell = table.cell(row, k, f"部门分单位收入表{row.label}{table.columns[k]}")
                result.checks.append(_repeat(said, cell))


def _same_unit(label: str, unit: str) -> bool:
    bare = re.sub(r"[(（](?:本级|机关|本部)[)）]$", "", label)
    return unit in (label, bare)


__all__ = ["member_tables", "member_statements"]
