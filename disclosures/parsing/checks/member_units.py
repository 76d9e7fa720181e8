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

from ..text import normalize
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, coarse_vs_fine, compare, term
from .summaries import _CELL, _INCOME_COLUMNS
from .text import NUM, Text, printed_decimals, text_rule, squeeze

# a header names a fund column short too (“政府性基金”, “国有资本经营”)
_COLUMNS = rf"{_INCOME_COLUMNS}|政府性基金(?:预算)?|国有资本经营(?:预算)?|财政拨款(?:收入)?|经营收入"
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


def member_tables(lines: list[Any], document: Any = None) -> list[MemberTable]:
    """Every income table by member unit among the lines (objects with `.text` and `.page`). A table that runs onto
    the next page under its header printed again is one table: its pieces are joined before anything is added. With
    the PDF `document`, a table whose lines leave some cells blank is read from the page's ruled grid instead."""
    if "单位名称" not in _compact("".join(line.text for line in lines)):
        return []  # no such header anywhere (most documents): one pass over the text instead of one per line
    texts = [_compact(line.text) for line in lines]
    pieces: list[tuple[list[str], str, list[Row], int, int, int]] = []  # columns, unit, rows, page, first, last line
    i = 0
    while i < len(texts):
        if re.search(_CELL, texts[i]) or not _HEADER_START.match(texts[i]):
            i += 1
            continue
        piece, after = _read_piece(lines, texts, i, document)
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


def _read_piece(lines: list[Any], texts: list[str], at: int,
                document: Any = None) -> tuple[tuple[list[str], str, list[Row]] | None, int]:
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
    short: int | None = None  # the page of a row short of cells (a blank cell the text does not show)
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
        tabbed = None if pending else _tab_cells(getattr(lines[j], "raw", ""), len(columns))
        if row is None and tabbed is None:
            break
        if row is not None:
            cells = re.findall(_CELL, row.group(3))
            label = re.sub(r"^\d{3,12}", "", "".join(pending) + row.group(2))
        else:
            first = [f for f in lines[j].raw.strip().split("\t") if not re.fullmatch(r"\s*\d{3,12}\s*", f)][:1]
            label, cells = _compact(normalize(first[0] if first else "")), tabbed
        if tabbed is not None and len(cells) != len(columns):
            cells = tabbed
        if not label:
            return None, j + 1
        if len(cells) != len(columns):
            if len(cells) > len(columns) or document is None or not getattr(document, "is_pdf", False):
                return None, j + 1  # a row short of cells: none of them can be placed
            short = lines[j].page if short is None else short
            if lines[j].page != short:
                return None, j + 1
        rows.append(Row(label, cells, lines[j].page))
        pending = []
        j += 1
    if short is not None:
        if any(row.page != short for row in rows):
            return None, j
        rows = _grid_rows(document, short, columns) or []
        if not rows:
            return None, j
    return (columns, unit, rows), j


def _grid_rows(document: Any, page: int, columns: list[str]) -> list[Row] | None:
    """The rows of the page's ruled table by member unit whose header names `columns`, a blank cell (or a dash) as
    0.00; None when the page has no such table or a row is not a label and one amount (or blank) per column."""
    try:
        tables = document.pdf_page_tables(page)
    except Exception:  # noqa: BLE001 - an unreadable page: the table is left unread, as before
        return None
    for grid in tables:
        if not grid or len(grid[0]) != len(columns) + 1:
            continue
        named = _HEADER.fullmatch(_compact("".join(cell or "" for cell in grid[0])))
        if named is None or [named.group(1), *re.findall(_COLUMNS, named.group(2))] != columns:
            continue
        rows = []
        for cells in grid[1:]:
            label = _compact(normalize(cells[0] or ""))
            amounts = [_compact(cell or "") for cell in cells[1:]]
            if not label or re.search(r"\d", label) or not all(a in _BLANK or re.fullmatch(_CELL, a) for a in amounts):
                return None
            rows.append(Row(label, [a if a not in _BLANK else "0.00" for a in amounts], page))
        return rows
    return None


_BLANK = ("", "-", "—", "--", "－")


def _tab_cells(raw: str, width: int) -> list[str] | None:
    """The cells of a row whose cells are split by tabs, a blank (or a dash) standing for nothing: one per column,
    a blank as 0.00 (a text file drops the row's trailing tabs, so missing last cells are blank too). None when the
    row is not so split, or its fields are not the label and amounts."""
    if "\t" not in raw:
        return None
    fields = [field.strip() for field in raw.strip().split("\t")]
    if len(fields) > 1 and re.fullmatch(r"\d{3,12}", fields[0]):
        fields = fields[1:]  # the unit's code in a column of its own
    fields = fields[1:]
    if not fields or len(fields) > width:
        return None
    fields += [""] * (width - len(fields))
    cells = []
    for field in fields:
        if field in _BLANK:
            cells.append("0.00")
        elif re.fullmatch(_CELL, field):
            cells.append(field)
        else:
            return None
    return cells


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
        view._cache["member_tables"] = member_tables(view.lines, view.document)
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
        for name, raw, unit, page in _listed(view):
            row = _named_row(table, name)
            if row is None:
                continue
            said = Term(f"正文{name}", Decimal(raw.replace(",", "")) * UNIT_FACTOR[unit], printed_decimals(raw), unit, page)
            if said.value == whole.value or any(found[0] == raw for found in _stated(view, row.label)):
                continue
            yield _repeat(said, table.cell(row, 0, f"分单位收入表{row.label}合计"))


# the words listing the 部门's income by member unit: “按单位分：甲单位X万元；乙单位Y万元。”
_LISTING = re.compile(r"(?:按|分)(?:预算)?单位(?:分|看|划分|构成)?[:：]")
_LISTED = re.compile(rf"([^\d；;。，,：:、]{{4,40}}?)(?:收入(?:预算)?|预算)?(?:为|是)?{NUM}(万元|千元|亿元|元)")


def _listed(view: Text) -> Iterator[tuple[str, str, str, int]]:
    """Each (name, amount, unit, page) of a list of the income by member unit in the words."""
    for opening in _LISTING.finditer(view.text):
        end = view.text.find("。", opening.end())
        clause = view.text[opening.end(): end if end >= 0 else len(view.text)]
        for item in re.split(r"[；;]", clause):
            found = _LISTED.fullmatch(item.strip("，, "))
            if found is not None:
                yield found.group(1), found.group(2), found.group(3), view.page_at(opening.start())


def _named_row(table: MemberTable, name: str) -> Row | None:
    """The member's row that `name` names: its label, or its label's end (the county's name left out); one only."""
    rows = [row for row in table.members if row.label == name or row.label.endswith(name)]
    return rows[0] if len(rows) == 1 else None


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
