"""Every coded row of an expenditure table, column by column (TB-ROW, TB-HIER on the 基本/项目 columns).

The figure rules see a function table's 合计 column only (FunctionLine keeps one value per 科目), and its 合计 row.
Here the table's own grid is read: each coded row must have 合计 = 基本支出 + 项目支出 (表二, 表五, 表八) or
合计 = 人员经费 + 公用经费 (表三), and in the 基本支出 and 项目支出 columns a 类/款 must be the sum of its 款/项
(parents by code prefix, never by row position). A blank cell is not stated, never 0: its row is skipped. The 合计
rows read from printed lines are total_lines.py's; other tables' grids (财政拨款收支总表, 支出总表) are table_sums.py's,
through the readers here (`_tables`, `_cell`, `_column`).

A PDF's rows are read from the page's text lines (`text_tables`): a line that starts with a 科目编码 and carries as
many amounts as the header line names amount columns is a whole row; one with fewer has blank cells and is skipped.
The page's ruled-table geometry (slow to read) is asked for only when the text cannot tell: a header whose words are
not one clean line, a row with more amounts than columns or amounts without a code, or a sum that could fail
depending on which cells are blank (`_needs_geometry`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import combinations
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import Term, compare
from .text import TableSpan, Text, printed_decimals, squeeze, table_grids, table_spans, text_rule


Grid = list[list[str | None]]

# the columns a row adds up: (whole, parts) as their headers read once blanks are dropped
ROW_SUMS = (
    # (a 决算 printing its budgets first heads the actual's total "决算数合计" over its 基本/项目 parts)
    (("合计", "总计", "本年合计", "本年支出合计", "支出合计", "决算数合计", "决算合计"),
     (("基本支出", "基本支出小计", "基本支出合计"), ("项目支出", "项目支出小计", "项目支出合计"))),
    (("合计", "总计"), (("人员经费",), ("公用经费",))),
)
CHILD_COLUMNS = ("基本支出", "项目支出")
# a 决算's 支出决算表 may print the spending that is neither 基本 nor 项目 in columns of its own: they add to the total too
_OTHER_SPENDING = re.compile(r"^(?:上缴上级支出|(?:事业单位)?经营支出|对附属单位补助支出|对下级单位补助支出)$")
_CODE = re.compile(r"\d{3}(?:\d{2}){0,2}")


_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_TWO_DIGITS = re.compile(r"\d{2}")


@lru_cache(maxsize=4096)
def _cell(raw: str | None) -> tuple[Decimal, int] | None:
    """A cell's amount and the decimals it prints (memoized: the rules read each cell several times)."""
    text = squeeze(raw or "").replace(",", "")
    if not _PLAIN_NUMBER.fullmatch(text):
        return None
    try:
        return Decimal(text), printed_decimals(text)
    except InvalidOperation:
        return None


def _header(grid: Grid) -> tuple[list[str], int] | None:
    """Column labels (header cells above the first coded row, joined) and that row's index."""
    clean = [[squeeze(cell or "") for cell in row] for row in grid]
    first = next((i for i, row in enumerate(clean) if row and _CODE.fullmatch(row[0])), None)
    if not first:
        return None
    width = max(len(row) for row in clean)
    # a 合计 row printed above the coded rows (“合计 7,326,730.71 …”) carries amounts: it is no part of the header
    above = [row for row in clean[:first] if not any(_cell(cell) is not None for cell in row[1:])]
    labels = ["".join(row[col] for row in above if col < len(row)) for col in range(width)]
    return labels, first


def _column(labels: list[str], names: tuple[str, ...]) -> int | None:
    found = [i for i, label in enumerate(labels) if label in names]
    return found[0] if len(found) == 1 else None


def _coded_rows(grid: Grid, first: int) -> list[tuple[str, str, list[str | None]]]:
    rows = []
    for row in grid[first:]:
        code = squeeze(row[0] or "") if row else ""
        if _CODE.fullmatch(code):
            rows.append((code, squeeze(row[1] or "") if len(row) > 1 else "", row))
    return rows


def _blank(raw: str | None) -> bool:
    """A cell printed empty or with a mark for none (“-”, “—”): known blank, unlike a cell the reading could not place
    (None). A blank is not 0 (CHECKS.md §0.3), yet spending is never negative: parts printed beside it that already
    exceed their whole cannot be made right by it."""
    if raw is None:
        return False
    text = squeeze(raw)
    return text == "" or bool(_BLANK_MARK.fullmatch(text))


def _term(label: str, cell: tuple[Decimal, int], page: int, where: str) -> Term:
    return Term(label, cell[0], cell[1], "万元", page, where)


Row = tuple[str, str, list[str | None]]  # code, name, the row's cells (code and name first)


def _tables(view: Text, result: ParsedDisclosure) -> list[tuple[int, str, list[str], list[Row], set[str], bool]]:
    """Each table with codes and the columns summed here, once per page: (page, caption of the first table printed
    on that page, column labels, coded rows, parents whose rows may go on over the page, whether only this module
    reads the rows). A PDF page is read from its text lines when they tell the rows apart, else from its geometry;
    other formats from their native grids, and a text file whose grids hold no coded table (columns set apart by
    runs of spaces, a name among them) from its lines as a PDF page's are: the parser keeps no function lines of
    such a table, so its 合计 column is summed here too."""
    seen: set[int] = set()
    out = []
    for whole in table_spans(view, result):
        body = "".join(whole.body)
        if not any(all(word in body for word in pair) for pair in _PART_WORDS) or len(_CODE_IN_TEXT.findall(body)) < 2:
            continue  # a PDF page's geometry is slow to read: only tables with codes and the columns summed here
        # a table continued under a (续表) caption is one span over its pages: each page is read as printed
        for span in _pages_of(whole):
            if span.first in seen:
                continue
            seen.add(span.first)
            caption = span.printed or span.caption
            read = _text_tables(view, span.first) if getattr(view.document, "is_pdf", False) else None
            if read is not None:
                out += [(span.first, caption, labels, rows, unfinished, False) for labels, rows, unfinished in read]
                continue
            grids = [(grid, header) for grid in table_grids(view, span) if (header := _header(grid)) is not None]
            out += [(span.first, caption, header[0], rows, _open_end(view, span.first, grid, rows), False)
                    for grid, header in grids for rows in [_coded_rows(grid, header[1])]]
            if not grids and getattr(view.document, "format", "") == "text":
                # a text file's lines are its tables: rows the grids missed are read as a PDF page's text lines are
                read = _text_tables(view, span.first)
                out += [(span.first, _caption_of(view, result, rows, caption), labels, rows, unfinished, True)
                        for labels, rows, unfinished in read or []]
    if getattr(view.document, "format", "") == "text":
        # a text file's table may carry its unit in its heading (“支出功能分类（单位：万元）”): no caption line and 单位
        # line make a span of it, yet its header and coded rows are as plain as under one
        for page in sorted(set(view.pages_of) - seen):
            for labels, rows, unfinished in _text_tables(view, page) or []:
                if rows:
                    out.append((page, _heading_above(view, page, rows), labels, rows, unfinished, True))
    return out


def _pages_of(span: TableSpan) -> list[TableSpan]:
    """The span itself when it is printed on one page, else one span a page (the later ones keep its caption), so
    that each page is read from its own lines or grid."""
    if span.last == span.first:
        return [span]
    return [span] + [replace(span, first=page, last=page) for page in range(span.first + 1, span.last + 1)]


def _open_end(view: Text, page: int, grid: Grid, rows: list[Row]) -> set[str]:
    """The parents of a grid's last coded row when nothing closes the table under it (no 合计 row or note: a 合计
    printed above the rows closes nothing) and a page follows: the table may go on there, so they are not summed."""
    if not rows or page + 1 not in view.pages:
        return set()
    last = rows[-1]
    if grid and grid[-1] is not last[2]:
        return set()
    return {code for code, _n, _r in rows if last[0].startswith(code) and code != last[0]}


_UNIT_IN_HEADING = re.compile(r"[(（]?(?:金额)?单位[:：][^)）]{0,8}[)）]?$")


def _heading_above(view: Text, page: int, rows: list[Row]) -> str:
    """The words printed above the header line of the table whose first coded row is `rows[0]`, without the unit
    they carry (“支出功能分类（单位：万元）” → “支出功能分类”); “支出表” when there are none."""
    lines = [line for line in getattr(view.document, "lines", []) if line.page == page]
    code = rows[0][0]
    for at, line in enumerate(lines):
        tokens = line.raw.split()
        if tokens and tokens[0] == code:
            for k in range(at - 1, max(-1, at - 4), -1):
                if _header_labels(lines[k].raw.split()) is not None:
                    above = lines[k - 1].text if k > 0 else ""
                    heading = _UNIT_IN_HEADING.sub("", above)
                    if heading and len(heading) <= 30 and not _AMOUNT.search(heading):
                        return heading
                    break
            break
    return "支出表"


def _caption_of(view: Text, result: ParsedDisclosure, rows: list[Row], default: str) -> str:
    """The caption of the table that prints these rows: a text file is one page, whose tables each have their own."""
    if not rows:
        return default
    first = rows[0][0] + rows[0][1]
    for span in table_spans(view, result):
        if any(squeeze(line).startswith(first) for line in span.body):
            return span.printed or span.caption
    return default


_PART_WORDS = (("基本支出", "项目支出"), ("人员经费", "公用经费"))
_CODE_IN_TEXT = re.compile(r"[23]\d{2}(?:\d{2}){0,2}(?=[\u4e00-\u9fff])")  # "21303水利…": a code before its name


# ---- a PDF page's rows from its text lines ------------------------------------------------------------------------

_AMOUNT = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_BLANK_MARK = re.compile(r"[-—－–/]+")
_TABLE_END = re.compile(r"(?:合计|总计|小计|备注|注[:：]|附表|表[一二三四五六七八九十\d]|第[一二三四五六七八九十]+部分"
                        r"|[一二三四五六七八九十]+、|(?:金额)?单位[:：]|(?:编制|填报)(?:部门|单位)[:：])")
_HEADER_WORDS = {name for whole, parts in ROW_SUMS for group in (whole, *parts) for name in group}
# a 决算 may print its budgets before the actual's 合计 | 基本 | 项目: columns of their own, never summed here
_HEADER_WORDS |= {"年初预算数", "调整预算数", "年初预算", "调整预算", "调整后预算数", "全年预算数"}


@dataclass
class _TextRow:
    code: str
    name: str
    amounts: list[str]


def _header_labels(tokens: list[str]) -> list[str] | None:
    """The amount columns' labels when the line is a header naming both parts of a row sum as cells of their own."""
    if not any(all(any(t in names for t in tokens) for names in parts) for _whole, parts in ROW_SUMS):
        return None
    start = next(i for i, t in enumerate(tokens) if t in _HEADER_WORDS)
    labels = tokens[start:]
    return None if any(_AMOUNT.fullmatch(t) for t in labels) else labels


def _split_code(tokens: list[str]) -> tuple[str, list[str]] | None:
    """A 科目编码 at the start of the line, also printed 类/款/项 apart (“201 13 01”), and the tokens after it."""
    if not _CODE.fullmatch(tokens[0]):
        return None
    code, at = tokens[0], 1
    while len(code) < 7 and at < len(tokens) and len(tokens[0]) == 3 and _TWO_DIGITS.fullmatch(tokens[at]):
        code, at = code + tokens[at], at + 1
    return code, tokens[at:]


def _split_amounts(tokens: list[str], width: int | None = None) -> tuple[list[str], list[str]] | None:
    """(name tokens, trailing amounts); None when a name token looks like an amount or a blank mark. With the table's
    `width`, a row that prints a mark (“-”, “—”) in each blank cell and so fills every column is read cell by cell,
    the marks kept (`_blank`, never 0): where the blank cells stand the marks tell."""
    at = len(tokens)
    while at > 0 and _AMOUNT.fullmatch(tokens[at - 1]):
        at -= 1
    if width is not None and at > 0 and _BLANK_MARK.fullmatch(tokens[at - 1]):
        marked = len(tokens)
        while marked > 0 and (_AMOUNT.fullmatch(tokens[marked - 1]) or _BLANK_MARK.fullmatch(tokens[marked - 1])):
            marked -= 1
        cells = tokens[marked:]
        name = tokens[:marked]
        if (marked > 0 and len(cells) == width and any(_AMOUNT.fullmatch(t) for t in cells)
                and not any(_DECIMAL_TOKEN.fullmatch(t) for t in name)):
            return name, list(cells)
    name = tokens[:at]
    if any(_BLANK_MARK.fullmatch(t) or _DECIMAL_TOKEN.fullmatch(t) for t in name):
        return None
    return name, list(tokens[at:])


_DECIMAL_TOKEN = re.compile(r"-?[\d,]*\d[.,]\d+")  # an amount among a row's name tokens (compiled once: read per token)
_TAIL_ROW = re.compile(r"(?!其中|含)[\u4e00-\u9fff（）()、]{4,}")


@dataclass
class _TextTable:
    labels: list[str]  # the amount columns' labels, as the header line prints them
    rows: list[_TextRow]
    closed: bool = False  # a 合计 row, a note or another table follows its rows on the page
    tail: bool = False  # an uncoded row of funds printed under the coded rows: no coded row may follow it


def _text_tables(view: Text, page: int) -> list[tuple[list[str], list[Row], set[str]]] | None:
    """The page's tables as (labels, coded rows, codes whose rows may go on over the page) read from its text lines;
    None when the text cannot tell."""
    found: list[_TextTable] = []
    table: _TextTable | None = None
    waiting: _TextRow | None = None  # a coded row whose amounts are on a following line (its name wraps)
    last: _TextRow | None = None  # the row of the previous line, whose name may go on below its amounts
    before: list[str] = []  # the words since the last table ended, to tell a header the text lost from none
    for line in _document_lines(view).get(page, ()):
        tokens = line.raw.split()
        if not tokens:
            continue
        head = _header_labels(tokens)
        if head is not None:
            if table is not None:
                table.closed = True
            table, waiting, last, before = _TextTable(head, []), None, None, []
            found.append(table)
            continue
        coded = _split_code(tokens)
        end = None if coded else _TABLE_END.match(line.text)
        over = (end is not None and not end.group().startswith(("合计", "总计", "小计"))) or (
            not coded and "。" in line.text)  # a caption, a unit line or a note: the table is over
        if table is None:
            if coded and _lost_header(before):
                return None  # a header the text lines do not give whole: the grid may still name its columns
            before = [] if over else before + ([] if coded else tokens)
            continue
        if end or over:
            waiting, last = None, None
            table.closed = table.closed or bool(table.rows)
            if over:
                table, before = None, []
            continue
        split = _split_amounts(coded[1] if coded else tokens, len(table.labels))
        if split is None:
            return None
        name, amounts = split
        if coded:
            if (amounts and not name) or len(amounts) > len(table.labels) or table.tail:
                return None  # (a coded row under an uncoded one: the uncoded row may be a row whose code was lost)
            row = _TextRow(coded[0], "".join(name), amounts)
            table.rows.append(row)
            waiting, last = (None, row) if amounts else (row, None)
            continue
        if waiting is not None:
            if len(amounts) > len(table.labels):
                return None
            waiting.name += "".join(name)
            waiting.amounts = amounts
            waiting, last = (None, waiting) if amounts else (waiting, None)
        elif amounts and table.rows and len(amounts) == len(table.labels) and _TAIL_ROW.fullmatch("".join(name)):
            # a named row of funds under the coded rows (“其他资金安排的项目支出”): no 科目, so in no row sum here
            table.tail, waiting, last = True, None, None
        elif amounts:
            return None  # amounts no coded row can be named for
        elif last is not None:
            last.name += "".join(name)
            last = None
    out = []
    for table in found:
        # a table that runs to the foot of the page may go on over it: the last row's parents may have more rows
        unfinished = set() if table.closed or not table.rows else {
            r.code for r in table.rows if table.rows[-1].code.startswith(r.code) and r is not table.rows[-1]}
        if table.rows and _needs_geometry(table.labels, table.rows, unfinished):
            return None
        width = len(table.labels)
        rows = [(r.code, r.name, [r.code, r.name, *(r.amounts if len(r.amounts) == width else [None] * width)])
                for r in table.rows]
        out.append((["", "", *table.labels], rows, unfinished))
    return out


def _document_lines(view: Text) -> dict[int, list]:
    """The document's own lines by page, grouped once per text (`_text_tables` reads one page at a time)."""
    if "document lines by page" not in view._cache:
        pages: dict[int, list] = {}
        for line in getattr(view.document, "lines", []):
            pages.setdefault(line.page, []).append(line)
        view._cache["document lines by page"] = pages
    return view._cache["document lines by page"]


def _lost_header(tokens: list[str]) -> bool:
    """Whether a grid could still name both parts of a row sum: each printed as a cell, or begun on one line."""
    def printed(word: str) -> bool:
        return any(t == word or (len(t) >= 2 and word.startswith(t)) for t in tokens)

    return any(all(printed(word) for word in (names[0] for names in parts)) for _whole, parts in ROW_SUMS)


def _needs_geometry(labels: list[str], rows: list[_TextRow], unfinished: set[str]) -> bool:
    """Whether a row with blank cells could change a result: which of its cells are blank the text does not say.

    TB-ROW: a row whose amounts fit the summed columns in some placement that does not add up. TB-HIER (基本/项目):
    a parent whose rows with blanks cannot be split between the two columns so that both add up (`_splits`; a row
    that prints anything prints its 合计 first). Where some split adds up the document is taken as consistent: a
    document wrong in a way that a split happens to hide to the cent is missed, as are sums over rows with blanks
    that the grid would have checked and found right."""
    width = len(labels)
    partial = [r for r in rows if 0 < len(r.amounts) < width]
    if not partial:
        return False
    for whole_names, part_names in ROW_SUMS:
        cols = [_column(labels, whole_names), *(_column(labels, names) for names in part_names)]
        if any(c is None for c in cols):
            continue
        for row in partial:
            for places in combinations(range(width), len(row.amounts)):
                if all(c in places for c in cols):
                    cells = [_cell(row.amounts[places.index(c)]) for c in cols]  # type: ignore[arg-type]
                    if any(c is None for c in cells) or cells[0][0] != sum(c[0] for c in cells[1:]):  # type: ignore[index]
                        return True
    at = [_column(labels, (c, c + "小计", c + "合计")) for c in CHILD_COLUMNS]
    if all(c is None for c in at):
        return False
    simple = width == 3 and at == [1, 2] and labels[0] in ROW_SUMS[0][0]
    for parent in rows:
        if parent.code in unfinished:
            continue
        kids = [r for r in rows if len(r.code) == len(parent.code) + 2 and r.code.startswith(parent.code)]
        involved = [parent, *kids]
        if not kids or all(len(r.amounts) == width for r in involved) or any(len(r.amounts) < 2 for r in involved):
            continue  # read exactly, or a cell known blank (a row with its 合计 alone) that the sums skip
        if not simple or not _splits(parent, kids, width):
            return True
    return False


def _splits(parent: _TextRow, kids: list[_TextRow], width: int) -> bool:
    """Whether the kids with one part printed can be put under 基本 or 项目 so that the parent adds up in both: exactly,
    or within the printed half-steps when the kids fall on both sides (then neither column is summed whole) or the
    parent prints one part too (then that column's sum is its 合计's, which the figure rule TB-HIER reports)."""
    cells = [[_cell(a) for a in row.amounts] for row in [parent, *kids]]
    if any(c is None for row in cells for c in row):
        return False
    top, below = cells[0], cells[1:]
    slack = sum((Decimal("0.5") * Decimal(10) ** -c[1] for row in cells for c in row), Decimal(0))  # type: ignore[index]
    first = sum((row[1][0] for row in below if len(row) == width), Decimal(0))  # type: ignore[index]
    second = sum((row[2][0] for row in below if len(row) == width), Decimal(0))  # type: ignore[index]
    loose = [row[1][0] for row in below if len(row) < width]  # type: ignore[index]
    if len(loose) > 16:
        return False
    sums = {(Decimal(0), 0)}  # (sum, how many kids) of every subset put under 基本
    for value in loose:
        sums |= {(total + value, count + 1) for total, count in sums}
    spread = sum(loose, Decimal(0))
    options = ([(top[1][0], top[2][0])] if len(top) == width  # type: ignore[index]
               else [(top[1][0], Decimal(0)), (Decimal(0), top[1][0])])  # type: ignore[index]
    for a, b in options:
        for total, count in sums:
            off = (abs(first + total - a), abs(second + spread - total - b))
            if off == (0, 0) or (max(off) <= slack and (0 < count < len(loose) or len(top) < width)):
                return True
    return False


@text_rule
def tb_row_grid(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    for page, caption, labels, rows, unfinished, own in _tables(view, result):
        for whole_names, part_names in ROW_SUMS:
            whole_at = _column(labels, whole_names)
            parts_at = [_column(labels, names) for names in part_names]
            if whole_at is None or any(p is None for p in parts_at):
                continue
            if part_names is ROW_SUMS[0][1]:
                # a column of other spending left blank in every coded row (known blank, not unread) holds nothing:
                # it is no part of any row, so a row's blank 基本 or 项目 can still be confirmed 0 beside it
                parts_at += [i for i, label in enumerate(labels) if _OTHER_SPENDING.match(label)
                             and not (rows and all(_blank(row[i] if i < len(row) else "") for _c, _n, row in rows))]
            failed = False
            for code, name, row in rows:
                cells = [_cell(row[i]) if i < len(row) else None for i in [whole_at, *parts_at]]  # type: ignore[list-item]
                printed = [(i, c) for i, c in zip(parts_at, cells[1:]) if c is not None]
                if cells[0] is None or not printed:
                    continue
                zeros: list[int] = []
                if len(printed) < len(parts_at):
                    # a part left blank: only parts that already exceed the whole are sure to be wrong, unless the
                    # column's own sum confirms the blank as 0 (CHECKS.md §0.3)
                    blanks = [i for i, c in zip(parts_at, cells[1:]) if c is None]
                    if not all(_blank(row[i] if i < len(row) else None) for i in blanks):
                        continue
                    if sum(c[0] for _i, c in printed) <= cells[0][0]:  # type: ignore[index]
                        if not all(_zero_by_column(rows, code, i) for i in blanks):
                            continue
                        zeros = blanks
                where = f"{caption} · {code}{name}"
                check = compare("TB-ROW", "表中各行：合计等于各分列之和",
                                [_term(f"{code}{name}{labels[whole_at]}", cells[0], page, where)],  # type: ignore[arg-type]
                                [_term(labels[i], c, page, where) for i, c in printed]  # type: ignore[arg-type,index]
                                + [_term(f"{labels[i]}（空白，按上级科目之和确认为0）", (Decimal(0), 2), page, where)
                                   for i in zeros],
                                what=f"{caption}{code}{name}行")
                check.basis = "text"
                if check.outcome != "pass":
                    failed = True
                    yield check
            if rows and not failed:
                yield Check("TB-ROW", "表中各行：合计等于各分列之和", "pass", "error",
                            f"{caption}各行{labels[whole_at]}等于{'与'.join(labels[i] for i in parts_at)}之和",  # type: ignore[index]
                            [], None, page, "text")
        yield from _hierarchy(labels, rows, page, caption, unfinished, whole=own)


def _zero_by_column(rows: list[Row], code: str, at: int) -> bool:
    """Whether a blank cell of the row `code` in column `at` is confirmed 0 by that column's sum: its parent's cell
    equals the sum of the printed cells of the parent's other children (every child printed or blank), so a blank
    holding any amount would break the parent's sum (CHECKS.md §0.3: a blank is 0 only where an identity holds)."""
    if len(code) <= 3:
        return False
    parent = next((row for c, _n, row in rows if c == code[:-2]), None)
    whole = _cell(parent[at]) if parent is not None and at < len(parent) else None
    if whole is None:
        return False
    siblings = [row for c, _n, row in rows if len(c) == len(code) and c.startswith(code[:-2])]
    cells = [row[at] if at < len(row) else None for row in siblings]
    if not all(_cell(c) is not None or _blank(c) for c in cells):
        return False
    total = sum((found[0] for c in cells if (found := _cell(c)) is not None), Decimal(0))
    slack = sum((Decimal("0.5") * Decimal(10) ** -found[1] for c in [*cells, parent[at]]  # type: ignore[index]
                 if (found := _cell(c)) is not None), Decimal(0))
    return abs(total - whole[0]) <= slack


def _hierarchy(labels: list[str], rows: list[tuple[str, str, list[str | None]]], page: int,
               caption: str, unfinished: set[str], *, whole: bool = False) -> Iterator[Check]:
    """In the 基本支出 and 项目支出 columns a 类/款 is the sum of its 款/项 (the 合计 column is tb_hier's, unless
    `whole`: the parser kept no function lines of the table); a parent whose rows may go on over the page is not
    summed."""
    name = "表内层级：上级科目等于下级科目之和"
    columns = [(c, (c, c + "小计", c + "合计")) for c in CHILD_COLUMNS]
    for column, names in ([(ROW_SUMS[0][0][0], ROW_SUMS[0][0])] if whole else []) + columns:
        at = _column(labels, names)
        if at is None:
            continue
        column = column if column in CHILD_COLUMNS else labels[at]  # the total column as its header prints it
        cells = {}
        for code, label, row in rows:
            cell = _cell(row[at]) if at < len(row) else None
            if cell is not None:
                cells.setdefault(code, (label, cell))
        for code, (label, cell) in cells.items():
            if code in unfinished:
                continue
            children = [(c, v) for c, v in cells.items() if len(c) == len(code) + 2 and c.startswith(code)]
            # every child printed: a child whose cell is blank leaves the sum unknown, unless the printed ones
            # already exceed the parent (a blank is never negative)
            printed = [c for c, _l, _r in rows if len(c) == len(code) + 2 and c.startswith(code)]
            if not children:
                continue
            if len(children) != len(set(printed)):
                unread = [r for c, _l, r in rows if len(c) == len(code) + 2 and c.startswith(code) and c not in cells]
                if not all(_blank(r[at] if at < len(r) else None) for r in unread) \
                        or sum(v[1][0] for _c, v in children) <= cell[0]:
                    continue
            where = f"{caption} · {column}"
            check = compare("TB-HIER", name, [_term(f"{code}{label}{column}", cell, page, where)],
                            [_term(f"{c}{v[0]}{column}", v[1], page, where) for c, v in children],
                            what=f"{caption}{column}列{code}{label}与其下级科目之和")
            check.basis = "text"
            if check.outcome != "pass":
                yield check
