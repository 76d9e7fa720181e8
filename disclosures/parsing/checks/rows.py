"""Every coded row of an expenditure table, column by column (TB-ROW, TB-HIER on the 基本/项目 columns).

The figure rules see a function table's 合计 column only (FunctionLine keeps one value per 科目), and its 合计 row.
Here the table's own grid is read: each coded row must have 合计 = 基本支出 + 项目支出 (表二, 表五, 表八) or
合计 = 人员经费 + 公用经费 (表三), and in the 基本支出 and 项目支出 columns a 类/款 must be the sum of its 款/项
(parents by code prefix, never by row position). A blank cell is not stated, never 0: its row is skipped. The
基本支出 table's 合计 row is also read from the printed lines (tb_total_row_lines), so a total on the next page counts;
so is a table pasted into the words that names its 类 without codes (tb_total_pasted_classes).

A PDF's rows are read from the page's text lines (`text_tables`): a line that starts with a 科目编码 and carries as
many amounts as the header line names amount columns is a whole row; one with fewer has blank cells and is skipped.
The page's ruled-table geometry (slow to read) is asked for only when the text cannot tell: a header whose words are
not one clean line, a row with more amounts than columns or amounts without a code, or a sum that could fail
depending on which cells are blank (`_needs_geometry`).

A 决算's summary tables are read from their printed lines too (the end of this module): the all-funds 收支总表's
本年收入合计 against the income rows above it (IE-INC-SUM), a one-column 基本支出 table's 合计 row against its
人员经费合计 and 公用经费合计 rows (TB-T3) and the expenditure table's 基本支出 (TT-T2-T3), and each 财政拨款收入 the
words state for the year against the 财政拨款收入支出决算总表's 本年收入合计 (PT-MAP).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import combinations
from typing import Callable, Iterator

from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, anchored, at_most, coarse_vs_fine, compare, term
from .text import TableSpan, Text, printed_decimals, table_grids, table_spans, table_unit, text_rule

Grid = list[list[str | None]]

# the columns a row adds up: (whole, parts) as their headers read once blanks are dropped
ROW_SUMS = (
    (("合计", "总计", "本年支出合计", "支出合计"),
     (("基本支出", "基本支出小计", "基本支出合计"), ("项目支出", "项目支出小计", "项目支出合计"))),
    (("合计", "总计"), (("人员经费",), ("公用经费",))),
)
CHILD_COLUMNS = ("基本支出", "项目支出")
# a 决算's 支出决算表 may print the spending that is neither 基本 nor 项目 in columns of its own: they add to the total too
_OTHER_SPENDING = re.compile(r"^(?:上缴上级支出|(?:事业单位)?经营支出|对附属单位补助支出|对下级单位补助支出)$")
_CODE = re.compile(r"\d{3}(?:\d{2}){0,2}")


def _cell(raw: str | None) -> tuple[Decimal, int] | None:
    text = re.sub(r"\s", "", raw or "").replace(",", "")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return None
    try:
        return Decimal(text), printed_decimals(text)
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
    for span in table_spans(view, result):
        body = "".join(span.body)
        if (span.first in seen or not any(all(word in body for word in pair) for pair in _PART_WORDS)
                or len(_CODE_IN_TEXT.findall(body)) < 2):
            continue  # a PDF page's geometry is slow to read: only tables with codes and the columns summed here
        seen.add(span.first)
        caption = span.printed or span.caption
        read = _text_tables(view, span.first) if getattr(view.document, "is_pdf", False) else None
        if read is not None:
            out += [(span.first, caption, labels, rows, unfinished, False) for labels, rows, unfinished in read]
            continue
        grids = [(grid, header) for grid in table_grids(view, span) if (header := _header(grid)) is not None]
        out += [(span.first, caption, header[0], _coded_rows(grid, header[1]), set(), False) for grid, header in grids]
        if not grids and getattr(view.document, "format", "") == "text":
            # a text file's lines are its tables: rows the grids missed are read as a PDF page's text lines are
            read = _text_tables(view, span.first)
            out += [(span.first, _caption_of(view, result, rows, caption), labels, rows, unfinished, True)
                    for labels, rows, unfinished in read or []]
    return out


def _caption_of(view: Text, result: ParsedDisclosure, rows: list[Row], default: str) -> str:
    """The caption of the table that prints these rows: a text file is one page, whose tables each have their own."""
    if not rows:
        return default
    first = rows[0][0] + rows[0][1]
    for span in table_spans(view, result):
        if any(re.sub(r"\s", "", line).startswith(first) for line in span.body):
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
    while len(code) < 7 and at < len(tokens) and len(tokens[0]) == 3 and re.fullmatch(r"\d{2}", tokens[at]):
        code, at = code + tokens[at], at + 1
    return code, tokens[at:]


def _split_amounts(tokens: list[str]) -> tuple[list[str], list[str]] | None:
    """(name tokens, trailing amounts); None when a name token looks like an amount or a blank mark."""
    at = len(tokens)
    while at > 0 and _AMOUNT.fullmatch(tokens[at - 1]):
        at -= 1
    name = tokens[:at]
    if any(_BLANK_MARK.fullmatch(t) or re.fullmatch(r"-?[\d,]*\d[.,]\d+", t) for t in name):
        return None
    return name, tokens[at:]


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
    for line in getattr(view.document, "lines", []):
        tokens = line.raw.split() if line.page == page else []
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
        split = _split_amounts(coded[1] if coded else tokens)
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
                parts_at += [i for i, label in enumerate(labels) if _OTHER_SPENDING.match(label)]
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
        yield from _hierarchy(labels, rows, page, caption, unfinished, whole=own)


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
    return Decimal(raw.replace(",", "")), printed_decimals(raw)


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



# A table listed by function class whose rows the parser did not keep as function lines (a 收入总表 printed by 科目,
# a 财政拨款支出表 …): its printed 合计 row, first column, must equal the sum of the 类 rows (3-digit codes) above it.
_FN_CLASS_ROW = re.compile(rf"([12]\d\d)(\D+?)((?:{_CELL})+)")
_FN_TOTAL_ROW = re.compile(rf"(合计|总计)((?:{_CELL})+)")
# A row with no 科目编码 under the 类 rows (“其他资金安排的项目支出”): group 1 stays empty as a code would be.
_UNCODED_ROW = re.compile(rf"()([\u4e00-\u9fff][\u4e00-\u9fff、（）()]{{3,}}?)((?:{_CELL})+)")
_SUB_ROW = r"[12]\d{4}(?:\d{2})?\D+?(?:\d[\d,]*?\.\d{2})+"  # 款 and 项 rows
_NOT_A_PART = re.compile(r"^(?:其中|含)|[合小总]计")


_ROW_AMOUNTS = re.compile(rf"(?:{_CELL})+")
_NAME_PIECE = re.compile(r"[\u4e00-\u9fff、（）()]+")
_CODE_PIECE = re.compile(r"([12]\d\d(?:\d\d){0,2})([\u4e00-\u9fff、（）()]*)")


def _rejoin_wrapped_names(body: list[str]) -> list[str] | None:
    """A table's lines (spaces removed) with each coded row whose 科目名称 wrapped in a narrow column made whole again.
    A wrapped name leaves its row's amounts on a line of their own, the name's pieces on the lines above and/or below
    it, and the code beside the first piece, beside the amounts or nowhere (a bare “208” line is dropped as a page
    number): “社会保障和就业支” / “出” / “84.9684.96”. The row is rebuilt when its pieces spell the name the
    classification gives a 类 code (the printed code, if any, agreeing); a 款/项 row (5 or 7 digits) keeps any pieces.
    None when a row of amounts cannot be named so: a 类 row may be missing, nothing is summed."""
    out = list(body)
    for i, line in enumerate(body):
        readings = []  # (code printed beside the amounts, the amounts)
        for width in (3, 5, 7):  # a code glued to its amounts: the reading whose amounts add up
            code, cells = line[:width], line[width:]
            if re.fullmatch(r"[12]\d+", code) and _ROW_AMOUNTS.fullmatch(cells) and _row_cells(cells) is not None:
                readings.append((code, cells))
        if not readings and _ROW_AMOUNTS.fullmatch(line):
            readings.append(("", line))  # no code printed beside them (or one dropped as a page number)
        if not readings:
            continue
        above = []  # the run of pieces right above, nearest last; its first may carry the code
        for j in range(i - 1, max(-1, i - 4), -1):
            if out[j] and _NAME_PIECE.fullmatch(out[j]):
                above.insert(0, j)
                continue
            if out[j] and _CODE_PIECE.fullmatch(out[j]):
                above.insert(0, j)
            break
        below = [j for j in range(i + 1, min(len(out), i + 3)) if _NAME_PIECE.fullmatch(out[j])]
        below = below[:next((k for k, j in enumerate(below) if j != i + 1 + k), len(below))]
        rebuilt = None
        for code, cells in readings:
            for up in range(len(above) + 1):
                for down in range(len(below) + 1):
                    used = above[len(above) - up:] + below[:down]
                    pieces = [out[j] for j in used]
                    codes = {code} - {""}
                    if pieces and (first := _CODE_PIECE.fullmatch(pieces[0])) and used[0] < i:
                        codes.add(first.group(1))
                        pieces[0] = first.group(2)
                    name = "".join(pieces)
                    if not name or len(codes) > 1:
                        continue
                    given = next(iter(codes), FUNCTION_CODES.get(name, ""))
                    if (len(given) > 3 and codes) or (given and FUNCTION_CODES.get(name) == given):
                        rebuilt = (f"{given}{name}{cells}", used)
                        break
                if rebuilt:
                    break
            if rebuilt:
                break
        if rebuilt is None:
            return None
        out[i] = rebuilt[0]
        for j in rebuilt[1]:
            out[j] = ""
    return [line for line in out if line]


def _class_rows_and_total(body: list[str], within: frozenset[int] = frozenset()) -> tuple[list[re.Match], re.Match | None]:
    """The 类 rows of a table printed by 类/款/项 rows and its 合计 row, printed either under the rows or (as most
    templates print it) right under the header, above them; the rows under a top 合计 run to the next 合计 row."""
    classes: list[re.Match] = []
    total = None
    whole = False  # the line before ended a row of its own (no name wrapped onto the next line)
    for line in body:
        if (match := _FN_CLASS_ROW.fullmatch(line)) is not None or re.fullmatch(_SUB_ROW, line):
            # a coded row under an uncoded one: that one was a piece of a wrapped name, or a row the sum never took
            classes = [row for row in classes if row.group(1)]
            if match is not None:
                classes.append(match)
            whole = True
        elif (match := _FN_TOTAL_ROW.fullmatch(line)) is not None:
            if total is not None or classes:
                return _clean_under_top(classes, total, match, within)
            total, whole = match, True
        elif (classes and whole and (match := _UNCODED_ROW.fullmatch(line)) is not None
              and not _NOT_A_PART.search(match.group(2))):
            classes.append(match)  # a row of funds printed without a code (其他资金安排的…) is part of the 合计
        else:
            whole = False
    return _clean_under_top(classes, total, None, within)


def _clean_under_top(classes: list[re.Match], top: re.Match | None, bottom: re.Match | None,
                     within: frozenset[int] = frozenset()) -> tuple[list[re.Match], re.Match | None]:
    """A 合计 printed under the rows is read as before; a top one only over rows that read cleanly (each 类 named as
    the classification names its code, each row's amounts adding up), since nothing below it bounds the rows."""
    if top is None:
        return classes, bottom
    clean = all((not row.group(1) or FUNCTION_CODES.get(row.group(2)) == row.group(1))
                and _row_cells(row.group(3), within) is not None for row in classes)
    return (classes, top) if clean else ([], None)


@text_rule
def tb_total_class_lines(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """In the 合计 column of a table printed by 类/款/项 rows, 合计 = Σ 类 rows (TB-TOTAL), read from its printed lines.
    Tables whose rows were read as function lines are left to the figure rule (no second check of the same cells)."""
    parsed = {line.table for line in result.function_lines if line.table}
    for span in table_spans(view, result):
        # the parser's captions drop the space a quoted caption keeps (“表8 2026年…”)
        if ((span.printed.replace(" ", "") or span.caption) in parsed
                or any(span.caption and span.caption in t for t in parsed)):
            continue
        body = _rejoin_wrapped_names([re.sub(r"\s", "", line) for line in span.body])
        if body is None:
            continue  # a 类 row whose name cannot be read back: a row may be misread, nothing is summed
        within = _within_columns(span.body)
        classes, total = _class_rows_and_total(body, within)
        if total is None or len(classes) < 2:
            continue
        caption = span.printed or span.caption
        page = span.last
        unit, factor = ("元", Decimal("0.0001")) if body and re.search(r"单位[:：]元", body[0]) else ("万元", Decimal(1))

        def first_cell(cells: str, label: str, source: str) -> Term:
            value, scale = _printed(re.match(_CELL, cells).group(1))  # type: ignore[union-attr]
            return Term(label, value * factor, scale, unit, page, source)

        terms = [first_cell(m.group(3), f"{m.group(1)}{m.group(2)}", caption) for m in classes]
        whole = first_cell(total.group(2), f"{total.group(1)}行合计", f"{caption} · {total.group(1)}行")
        check = compare("TB-TOTAL", "表中合计等于各类科目之和", [whole], terms, what=f"{caption}合计列")
        check.basis = "text"
        yield check
        if check.outcome == "pass":  # a 合计 row wrong in its first column is that one finding, not one per column
            yield from _other_columns(classes, total, _amount_columns(span.body), caption, page, unit, factor)


def _other_columns(classes: list[re.Match], total: re.Match, columns: list[str], caption: str, page: int,
                   unit: str, factor: Decimal) -> Iterator[Check]:
    """The columns after 合计 of a table whose header names every amount column and whose every row reads whole (a
    cell under each label, each row adding up to its 合计): each column's 合计 row = Σ its 类 rows, and the 合计 row's
    own 合计 = Σ its columns (a “其中” column adds nothing). Only a failure is reported; the first column's pass is
    the check above."""
    within = frozenset(i for i, name in enumerate(columns) if name.startswith("其中"))
    rows = [_row_cells(m.group(3), within) for m in classes]
    top = [_printed(raw) for raw in re.findall(_CELL, total.group(2))]
    if len(top) < 2 or len(top) != len(columns) or any(r is None or len(r) != len(top) for r in rows):
        return
    label = total.group(1)
    for i in range(1, len(top)):
        whole = Term(f"{label}行{columns[i]}", top[i][0] * factor, top[i][1], unit, page, f"{caption} · {label}行")
        terms = [Term(f"{m.group(1)}{m.group(2)}", r[i][0] * factor, r[i][1], unit, page, caption)  # type: ignore[index]
                 for m, r in zip(classes, rows)]
        check = compare("TB-TOTAL", "表中合计等于各类科目之和", [whole], terms, what=f"{caption}{columns[i]}列")
        check.basis = "text"
        if check.outcome == "fail":
            yield check
    parts = [Term(f"{label}行{columns[i]}", top[i][0] * factor, top[i][1], unit, page, f"{caption} · {label}行")
             for i in range(1, len(top)) if i not in within]
    whole = Term(f"{label}行合计", top[0][0] * factor, top[0][1], unit, page, f"{caption} · {label}行")
    check = compare("TB-ROW", "合计行的合计等于各列之和", [whole], parts, what=f"{caption}{label}行")
    check.basis = "text"
    if check.outcome == "fail":
        yield check


# A table pasted into a statement's text (a web page's <table>, a text file's aligned columns), often with no caption
# and no 科目编码: its 类 rows are named ("节能环保支出 1,642.37 809.22 833.15"), and its 合计 row must equal their sum
# as a 附表's does. The header names the columns; its first amount column must be the row's total.
_PASTED_HEADER = re.compile(r"^(?:\D*?(?:科目|项目|名称|分类))+(合计|总计|(?:(\d{4})年度?|本年)?(?:预算|决算)数?|金额)")
_NAMED_ROW = re.compile(rf"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?(\D+?)((?:{_CELL})+)")
_PASTED_TOTAL = re.compile(rf"(合计|总计)((?:{_CELL})+)")
_CODED_ROW = re.compile(rf"([12]\d\d(?:\d\d){{0,2}})\D+?(?:{_CELL})+")


def _row_cells(cells: str, within: frozenset[int] = frozenset()) -> list[tuple[Decimal, int]] | None:
    """A row's amounts, first the one under the total column. A row of several amounts is read only when its first
    equals the sum of the others (合计 = 基本 + 项目, 合计 = the funds): a blank cell cannot shift which one is first.
    `within` holds the places of “其中：…” columns, a part of the column before them, which add nothing."""
    values = [_printed(raw) for raw in re.findall(_CELL, cells)]
    if within and len(values) <= max(within):
        return None
    summed = [v for i, (v, _) in enumerate(values) if i and i not in within]
    if len(values) > 1 and abs(values[0][0] - sum(summed)) > Decimal("0.005") * len(values):
        return None
    return values


# the amount columns of an income or spending table by function, as a header names them
_COLUMN_LABEL = re.compile(r"(其中[:：]?)?(财政拨款(?:收入)?|一般公共预算(?:财政)?(?:拨款)?(?:收入)?|政府性基金(?:预算)?(?:财政)?(?:拨款)?"
                           r"(?:收入)?|国有资本经营预算(?:财政)?(?:拨款)?(?:收入)?|财政专户管理资金(?:收入)?|事业(?:单位)?经营收入"
                           r"|事业收入|经营收入|其他收入|上级补助收入|附属单位上缴收入|单位资金|上年结转(?:结余)?|年初结转和?结余"
                           r"|用事业基金弥补收支差额|基本支出|项目支出|人员经费|公用经费)")


def _amount_columns(lines: list[str]) -> list[str]:
    """The labels of the amount columns from 合计 on, read from a header line that names them all (“合计财政拨款其中：
    一般公共预算事业收入”); [] when no header line reads whole."""
    for line in lines[:4]:
        line = re.sub(r"\s", "", line)
        head = re.search(r"(?:合计|总计)(?=\D)", line)
        if head is None or re.search(r"\d", line):
            continue
        at, labels = head.end(), [head.group(0)]
        while at < len(line):
            found = _COLUMN_LABEL.match(line, at)
            if found is None:
                return []
            labels.append(found.group(0))
            at = found.end()
        return labels
    return []


def _within_columns(lines: list[str]) -> frozenset[int]:
    """The amount columns headed “其中：…” (其中：一般公共预算 under 财政拨款), by their place among the amount columns:
    a part of the column before them."""
    return frozenset(i for i, label in enumerate(_amount_columns(lines)) if label.startswith("其中"))


def _pasted_class_sum(lines: list[str], year: int | None) -> tuple[list[tuple[str, tuple[Decimal, int]]],
                                                                  tuple[str, tuple[Decimal, int]]] | None:
    """The named 类 rows and the 合计 row of the table whose header is lines[0], or None when any row of it cannot be
    read as one (a name outside the classification, an amount that may sit in another column, no 合计 row)."""
    header = _PASTED_HEADER.match(lines[0])
    if header is None or (header.group(2) and year and int(header.group(2)) != year):
        return None
    classes: list[tuple[str, tuple[Decimal, int]]] = []
    width = 0  # the most amounts a row holds: the table's amount columns
    for line in lines[1:]:
        if _CODED_ROW.fullmatch(line):
            return None  # a coded table: read by the rules on coded rows
        if (total := _PASTED_TOTAL.fullmatch(line)) is not None:
            # the 合计 row under test is read whole (every column filled), never by its own sum
            cells = [_printed(raw) for raw in re.findall(_CELL, total.group(2))]
            return (classes, (total.group(1), cells[0])) if len(cells) == width and len(classes) >= 2 else None
        row = _NAMED_ROW.fullmatch(line)
        cells = _row_cells(row.group(2)) if row else None
        if row is None or row.group(1) not in FUNCTION_CODES or cells is None:
            return None
        classes.append((row.group(1), cells[0]))
        width = max(width, len(cells))
    return None


@text_rule
def tb_total_pasted_classes(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A table in the words that lists the 功能分类 类 by name (no codes, often no caption): 合计 = Σ 类 rows in its
    first amount column (TB-TOTAL), read from the printed lines whatever the format. A table whose 类 the parser
    read as function lines is left to the figure rule (tb_total)."""
    lines = [view.text[start:end] for start, end in zip(view.starts, view.starts[1:] + [len(view.text)])]
    read = {(line.name, line.page) for line in result.function_lines if line.level == "类"}
    for i, line in enumerate(lines):
        if view.pages_of[i] in view.listing_pages or _PASTED_HEADER.match(line) is None:
            continue
        found = _pasted_class_sum(lines[i:i + 40], result.year)
        if found is None:
            continue
        classes, (label, whole) = found
        page, where = view.pages_of[i], "正文所列表格"
        if all((name, page) in read for name, _ in classes):
            continue
        unit, factor = _pasted_unit(lines[max(0, i - 3):i + 1])
        terms = [Term(name, value * factor, scale, unit, page, where) for name, (value, scale) in classes]
        check = compare("TB-TOTAL", "表中合计等于各类科目之和",
                        [Term(f"{label}行", whole[0] * factor, whole[1], unit, page, f"{where} · {label}行")], terms,
                        what=f"第{page}页表格合计列")
        check.basis = "text"
        yield check


def _pasted_unit(lines: list[str]) -> tuple[str, Decimal]:
    """The unit the lines above a table (or its header) state: 元 tables are compared in 万元 like the rest."""
    stated = next((m.group(1) for line in reversed(lines) if (m := re.search(r"单位[:：]\s*(万元|元)", line))), "万元")
    return stated, Decimal(1) if stated == "万元" else Decimal("0.0001")


# The spending side of a 决算's 收入支出总表 (and of its 财政拨款 one), as its printed lines read: 支出总计 = 本年支出合计
# + 结余分配 + 年末结转和结余 (CHECKS.md D-001). The income side prints its own rows on the same lines; the 总计 of the
# spending side is the last one printed.
_SPEND_ROWS = {
    "本年支出合计": re.compile(r"本年支出合计"),
    "结余分配": re.compile(r"结余分配"),
    "年末结转和结余": re.compile(r"年末(?:财政拨款)?结转(?:和|及)?结余"),
}
_INCOME_ROWS = re.compile(r"本年收入合计|年初(?:财政拨款)?结转(?:和|及)?结余|总计")
_LABELLED = r"(-?\d[\d,]*\.\d{2})"  # two decimals: a code glued after the amount ("1,420.00208…") stays apart


@text_rule
def final_spending_balance(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """D-001 in a 决算's 收入支出总表: the spending side's 总计 = 本年支出合计 + 结余分配 + 年末结转和结余. Runs only when
    the rows from 本年支出合计 down to the last 总计 hold nothing but these rows and the income side's (本年收入合计,
    年初结转和结余, 总计): a template with another row there (使用非财政拨款结余 …) is left alone."""
    if result.kind != "决算":
        return

    name = "决算总表：支出总计等于本年支出合计、结余分配与年末结转和结余之和"
    for span in table_spans(view, result):
        if not re.search(r"收入支出|收支", span.caption):
            continue
        start = next((i for i, line in enumerate(span.body) if _SPEND_ROWS["本年支出合计"].search(line)), None)
        ends = [i for i, line in enumerate(span.body) if "总计" in line]
        if start is None or not ends or ends[-1] < start:
            continue
        lines = span.body[start: ends[-1] + 1]
        found: dict[str, str] = {}
        rest = []
        for line in lines:
            for label, pattern in _SPEND_ROWS.items():
                if (match := re.search(pattern.pattern + _LABELLED, line)) is not None:
                    found.setdefault(label, match.group(1))
                    line = line.replace(match.group(0), "")
            rest.append(re.sub(rf"(?:{_INCOME_ROWS.pattern}){_LABELLED}", "", line))
        totals = re.findall(rf"总计{_LABELLED}", lines[-1])
        unit = table_unit(view, span)
        if any(re.search(r"[\u4e00-\u9fff]", line) for line in rest) or not totals or unit is None \
                or "本年支出合计" not in found or "年末结转和结余" not in found:
            continue
        factor = UNIT_FACTOR[unit]
        page = span.first

        def cell(label: str, raw: str) -> Term:
            return Term(label, _printed(raw)[0] * factor, _printed(raw)[1], unit, page, f"{span.printed} · {label}")

        check = compare("D-001", name, [cell("支出总计", totals[-1])],
                        [cell(label, raw) for label, raw in found.items()], what=f"{span.printed}支出方")
        check.basis = "text"
        yield check


# The spending side of a 财政拨款收支总表 by fund: 合计 | 一般公共预算 | 政府性基金预算 (| 国有资本经营预算), each row's 合计 the
# sum of its fund columns. Read from the native grid (a PDF page's ruled table, an HTML or sheet grid).
_FUND_COLUMN = re.compile(r"^(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?(?:支出)?$")


@text_rule
def fiscal_summary_funds(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-ROW on a 财政拨款收支总表: in every row whose cells are all printed, 合计 = Σ the fund columns. A header row
    must name one 合计 (or 小计) and at least two fund columns after it; a row with a blank fund cell is skipped (blank
    is not 0). Amounts are compared in the table's own unit (a sum within one table does not depend on it)."""

    for span in table_spans(view, result):
        if "财政拨款" not in span.caption or not re.search(r"收支|收入支出", span.caption):
            continue
        unit = table_unit(view, span)
        if unit is None or (getattr(view.document, "is_pdf", False) and not _funds_suspect(span.body)):
            continue  # a PDF page's geometry is slow to read: only when its text lines show a row that may not add up
        for grid in table_grids(view, span):
            clean = [[re.sub(r"\s", "", cell or "") for cell in row] for row in grid]
            header = next((i for i, row in enumerate(clean) if sum(c in ("合计", "小计") for c in row) == 1
                           and sum(bool(_FUND_COLUMN.match(c)) for c in row) >= 2), None)
            if header is None:
                continue
            labels = clean[header]
            whole = next(j for j, c in enumerate(labels) if c in ("合计", "小计"))
            parts = [j for j, c in enumerate(labels) if j > whole and _FUND_COLUMN.match(c)]
            if len(parts) < 2 or len({labels[j] for j in parts}) != len(parts):
                continue
            summed = failed = 0
            for row in clean[header + 1:]:
                cells = [_cell(row[j]) if j < len(row) else None for j in [whole, *parts]]
                if any(c is None for c in cells):
                    continue
                summed += 1
                name = next((c for c in reversed(row[:whole]) if c and _cell(c) is None), "")
                where = f"{span.printed} · {name}"
                check = compare("TB-ROW", "财政拨款收支总表各行：合计等于各类资金之和",
                                [_term(f"{name}{labels[whole]}", cells[0], span.first, where)],  # type: ignore[arg-type]
                                [_term(labels[j], c, span.first, where) for j, c in zip(parts, cells[1:])],  # type: ignore[arg-type]
                                what=f"{span.printed}{name}行（单位：{unit}）")
                check.basis = "text"
                if check.outcome != "pass":
                    failed += 1
                    yield check
            if summed and not failed:
                yield Check("TB-ROW", "财政拨款收支总表各行：合计等于各类资金之和", "pass", "error",
                            f"{span.printed}各行{labels[whole]}等于各类资金之和", [], None, span.first, "text")


_GLUED = re.compile(r"\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2}")


def _funds_suspect(body: list[str]) -> bool:
    """Whether a line of the table's text (spaces gone) ends in 合计 and every fund's cell, and they do not add up:
    the header line names the fund columns after its 合计; a line ending in fewer amounts has blank cells."""
    header = next((line for line in body if "合计" in line
                   and len(re.findall(r"一般公共预算|政府性基金|国有资本经营", line.split("合计")[-1])) >= 2), None)
    if header is None:
        return False
    funds = len(re.findall(r"一般公共预算|政府性基金|国有资本经营", header.split("合计")[-1]))
    for line in body[body.index(header) + 1:]:
        tail = re.search(r"[\d,.]+$", line)
        run = [Decimal(a.replace(",", "")) for a in _GLUED.findall(tail.group(0))] if tail else []
        if len(run) >= funds + 1 and run[-funds - 1] != sum(run[-funds:]):
            return True
    return False


_TABLE_UNIT = re.compile(r"单位[:：]\s*(亿元|万元|元)")


@text_rule
def pt_func_spending_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-FUNC for the classes the prose lists for all funds, against the 类 rows of the 支出总表 (the table of all funds
    by function), when that table's rows are not among the function lines because a 一般公共预算 function table was
    read instead: a class amount moved to another class is found by its own row."""
    from ..attachments import table_kind
    from .core import coarse_vs_fine
    from .figures import _printed as prose_scale

    prose = [line for line in result.expenditure_by_function if line.table is None and line.code and line.fund_scope == "全口径"]
    if not prose or any(line.fund_scope == "全口径" for line in result.function_lines):
        return  # no prose classes of all funds, or PT-FUNC already reads the all-funds table's rows
    units = {span.first: _TABLE_UNIT.search("".join(span.body[:3])) for span in table_spans(view, result)}
    for page, caption, labels, rows, _unfinished, _own in _tables(view, result):
        unit = units.get(page)
        if table_kind(caption) != "expenditure" or unit is None:
            continue
        whole_at = _column(labels, ROW_SUMS[0][0])
        if whole_at is None:
            continue
        factor = UNIT_FACTOR[unit.group(1)]
        cells = {code: (name, _cell(row[whole_at])) for code, name, row in rows if len(code) == 3 and whole_at < len(row)}
        for line in prose:
            name, cell = cells.get(line.code or "", ("", None))
            if cell is None:
                continue
            yield coarse_vs_fine("PT-FUNC", f"正文功能分类与表格一致：{line.name}",
                                 Term("正文" + line.name, line.value, prose_scale(line.value, line.source), "万元", line.page,
                                      line.source[:200]),
                                 Term(f"表中{line.code}{name}", cell[0] * factor, cell[1] + (4 if factor < 1 else 0), "万元",
                                      page, caption))
        return  # the first 支出总表 is the one the prose summarizes


# A table whose amount columns are exactly 合计 and its two parts, as its header line prints them: only the row's
# label columns (科目编码, 科目名称 …) before its 合计, so no other amount column (上年预算数) can be a row's first.
_TWO_PART_HEADER = re.compile(r"(?:\D*?(?:科目|编码|代码|名称|分类|项目))*(?:合计|总计)(?:人员经费公用经费|基本支出项目支出)")
_CODED_LINE = re.compile(rf"(\d{{3}}(?:\d{{2}}){{0,2}})(\D+?)({_CELL}(?:{_CELL}){{0,2}})")


def _first_cells(body: list[str]) -> dict[str, tuple[str, str]] | None:
    """Each coded row's name and first amount (its 合计: a row that prints anything prints its 合计 first) in a
    table of 合计 and two parts, from its printed lines; None when no header line says the columns are these."""
    header = next((i for i, line in enumerate(body) if _TWO_PART_HEADER.fullmatch(line)), None)
    if header is None:
        return None
    rows: dict[str, tuple[str, str]] = {}
    closed = False  # a 合计 row or a note under the rows: the table does not go on over the page
    for line in body[header + 1:]:
        if (row := _CODED_LINE.fullmatch(line)) is not None:
            rows.setdefault(row.group(1), (row.group(2), re.match(_CELL, row.group(3)).group(1)))  # type: ignore[union-attr]
        elif re.match(r"(?:备注|注|说明)[:：]|.*。", line):
            closed = bool(rows)
            break
        elif re.fullmatch(rf"(?:合计|总计)(?:{_CELL})*", line):
            closed = bool(rows)
        elif not re.fullmatch(r"[-—－第页共/\d]*", line):
            return None  # a name wrapped over lines, a header printed again: a row may be missing, nothing is summed
    if rows and not closed:  # the last row's parents may have more rows on the next page (“表5…（续）”)
        last = list(rows)[-1]
        rows = {code: row for code, row in rows.items() if code == last or not last.startswith(code)}
    return rows


@text_rule
def tb_hier_total_lines(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-HIER in the 合计 column of a 基本支出 or 支出 table read from its printed lines: a 类/款 = Σ its 款/项. The
    parser keeps no row whose cells it cannot place (“302 商品和服务支出 72.31 56.14”, one part blank), so the figure
    rule never sees such a parent; a failure the figure rule made already is not repeated (`defers`)."""
    for span in table_spans(view, result):
        rows = _first_cells([re.sub(r"\s", "", line) for line in span.body])
        unit = table_unit(view, span)
        if not rows or unit is None:
            continue
        caption = span.printed or span.caption

        def cell(code: str) -> Term:
            value, scale = _printed(rows[code][1])
            return Term(f"{code}{rows[code][0]}", value * UNIT_FACTOR[unit], scale, unit, span.first, f"{caption} · 合计")

        for code in rows:
            children = [c for c in rows if len(c) == len(code) + 2 and c.startswith(code)]
            if not children:
                continue
            check = compare("TB-HIER", "表内层级：上级科目等于下级科目之和", [cell(code)], [cell(c) for c in children],
                            what=f"{caption}合计列{code}{rows[code][0]}与其下级科目之和")
            check.basis = "text"
            if check.outcome != "pass":
                yield check


tb_hier_total_lines.defers = True  # type: ignore[attr-defined]


# ---- 决算 summary tables read from their printed lines -------------------------------------------------------------

_AMOUNT2 = r"(-?\d[\d,]*\.\d{2})"  # a table cell: two decimals, so a code or row number glued to it stays apart
# the income side's first cell on a line of a 收支总表: “三、事业收入12.00…”, “上级补助收入0.00…”
_INCOME_CELL = re.compile(rf"^(?:[一二三四五六七八九十]+[、.．])?([^\d、.．]{{2,24}}?){_AMOUNT2}")
_INCOME_TOTAL = re.compile(rf"^本年收入(?:决算)?合计{_AMOUNT2}")


def _summary_tables(view: Text, result: ParsedDisclosure,
                    total: Callable[[str], object]) -> Iterator[tuple[TableSpan, list[str], int, int, str]]:
    """Each all-funds 收支总表 (no fund named in its caption) with its lines (spaces dropped), the line of its header
    (收入 … 支出, no amount), the line `total` finds after it, and its unit."""
    for span in table_spans(view, result):
        if not re.search(r"收入支出|收支", span.caption) or re.search(r"财政拨款|政府性基金|国有资本", span.caption):
            continue
        body = [re.sub(r"\s", "", line) for line in span.body]
        at = next((i for i, line in enumerate(body) if total(line)), None)
        unit = table_unit(view, span)
        header = next((i for i, line in enumerate(body) if "收入" in line and "支出" in line and not re.search(r"\d\.\d", line)), None)
        if at is not None and unit is not None and header is not None and header <= at:
            yield span, body, header, at, unit


@text_rule
def summary_income_sources(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-INC-SUM in the all-funds 收支总表 (决算 表一, 预算 收支总表): 本年收入合计 = Σ the income rows printed above it.
    The income side is the first cell of each line; a line whose first cell is a spending row belongs to the other
    side only. Runs only when every line above the total reads cleanly: a 收入 row without its amount (blank is not 0),
    a sub-row (其中) or a first cell that is neither 收入 nor 支出 leaves the table alone."""
    name = "收支总表：本年收入合计等于各项收入之和"
    for span, body, header, at, unit in _summary_tables(view, result, _INCOME_TOTAL.match):
        parts: list[tuple[str, str]] = []
        clean = True
        for line in body[header + 1:at]:
            if "其中" in line[:6]:
                clean = False
                break
            cell = _INCOME_CELL.match(line)
            label = cell.group(1) if cell else re.split(r"\d", line, maxsplit=1)[0]
            if "支出" in label and "收入" not in label:
                continue  # the spending side alone on this line
            if cell is None or not label.endswith("收入") or re.search(r"合计|总计|小计", label):
                clean = False
                break
            parts.append((label, cell.group(2)))
        if not clean or len(parts) < 2:
            continue
        total = _INCOME_TOTAL.match(body[at]).group(1)  # type: ignore[union-attr]
        yield _summary_sum("IE-INC-SUM", name, span, unit, ("本年收入合计", total), parts, "各项收入")



_SPEND_CELL = re.compile(rf"(?:[一二三四五六七八九十]+[、.．])?([^\d、.．]{{2,24}}?支出){_AMOUNT2}")
# “本年支出合计”, or in an older 预算 template a bare “支出合计” on the line of “收入合计”
_SPEND_TOTAL = re.compile(rf"((?:本年)?支出(?:决算|预算)?合计){_AMOUNT2}$")
# the income cell ahead of a spending one: a 收入 row, or (older templates) an appropriation or carry-over named bare
_INCOME_SIDE = re.compile(r"(?:收入|拨款|结转|结余)$")


@text_rule
def summary_spending_classes(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-EXP-SUM on the spending side of the all-funds 收支总表: 本年支出合计 = Σ the spending rows printed above it
    (the function classes, or 基本/项目支出). The spending side is what follows the income cell on each line. Runs
    only when every such part above the total is one “…支出” label and one amount ending its line (a table with
    fund columns, a 其中 row, or classes beside 基本/项目支出 leaves the table alone)."""
    name = "收支总表：本年支出合计等于各项支出之和"
    for span, body, header, at, unit in _summary_tables(view, result, _SPEND_TOTAL.search):
        parts: list[tuple[str, str]] = []
        clean = True
        for line in body[header + 1:at]:
            income = _INCOME_CELL.match(line)
            rest = line[income.end():] if income is not None and _INCOME_SIDE.search(income.group(1)) else line
            if not rest:
                continue  # the income side alone on this line
            cell = _SPEND_CELL.fullmatch(rest)
            if cell is None or re.search(r"合计|总计|小计|其中", cell.group(1)):
                clean = False
                break
            # an income row printed without its amount runs into the spending label: "其他收入住房保障支出"
            parts.append((re.sub(r"^.*收入", "", cell.group(1)), cell.group(2)))
        labels = {label for label, _ in parts}
        by_nature = {label for label in labels if re.fullmatch(r"基本支出|项目支出", label)}
        if not clean or len(parts) < 2 or (by_nature and by_nature != labels):
            continue
        label, total = _SPEND_TOTAL.search(body[at]).groups()  # type: ignore[union-attr]
        yield _summary_sum("IE-EXP-SUM", name, span, unit, (label, total), parts, "各项支出")


def _summary_sum(rule: str, name: str, span: TableSpan, unit: str, total: tuple[str, str], parts: list[tuple[str, str]],
                 what: str) -> Check:
    """A 收支总表's printed total (label, as printed) against its printed rows, in the table's unit."""
    factor, page = UNIT_FACTOR[unit], span.first
    where = span.printed or span.caption

    def cell(label: str, raw: str) -> Term:
        value, scale = _printed(raw)
        return Term(label, value * factor, scale, unit, page, f"{where} · {label}")

    check = compare(rule, name, [cell(*total)], [cell(label, raw) for label, raw in parts],
                    what=f"{where}{total[0]}与所列{what}之和")
    check.basis = "text"
    return check

_STACKED_ROW = re.compile(rf"(人员经费|公用经费)(?:合计|小计)?{_AMOUNT2}|(合计|总计){_AMOUNT2}")


@text_rule
def basic_table_stacked_total(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 基本支出 table of one amount column that prints 人员经费合计, 公用经费合计 and 合计 as rows of their own: its
    合计 = 人员经费 + 公用经费 (TB-T3), and the 合计 = the 基本支出 of the 一般公共预算 expenditure table of the same
    funds (TT-T2-T3). Each of the three must be printed once, alone on its line."""
    for span in table_spans(view, result):
        if "基本支出" not in span.caption or "项目" in span.caption or "三公" in span.caption:
            continue
        unit = table_unit(view, span)
        rows: dict[str, list[str]] = {}
        for line in (re.sub(r"\s", "", line) for line in span.body):
            if (match := _STACKED_ROW.fullmatch(line)) is not None:
                label = match.group(1) or "合计"
                rows.setdefault(label, []).append(match.group(2) or match.group(4))
        if unit is None or set(rows) != {"人员经费", "公用经费", "合计"} or any(len(v) != 1 for v in rows.values()):
            continue
        factor, page = UNIT_FACTOR[unit], span.last
        where = span.printed or span.caption

        def cell(label: str) -> Term:
            value, scale = _printed(rows[label][0])
            return Term(f"基本支出表{label}", value * factor, scale, unit, page, f"{where} · {label}")  # type: ignore[arg-type]

        whole = cell("合计")
        check = compare("TB-T3", "基本支出表：合计等于人员经费与公用经费之和", [whole], [cell("人员经费"), cell("公用经费")],
                        what=f"{where}合计")
        check.basis = "text"
        yield check
        basic = next((f for f in result.table_figures if f.metric == "basic_expenditure" and f.period == "本年"
                      and f.fund_scope == "一般公共预算财政拨款" and f.value is not None and f.table
                      and "基本支出" not in f.table), None)
        if basic is None:
            continue
        check = compare("TT-T2-T3", "基本支出表合计等于支出表基本支出", [whole], [term(basic, f"{basic.table}基本支出")],
                        what="两表的基本支出")
        check.basis = "text"
        yield check


# a class (or 款) row of a 基本支出 table whose columns are 合计 | 人员经费 | 公用经费: its code, name, amounts
_BASIC_ROW = re.compile(rf"(30[1239]\d{{0,2}}|310\d{{0,2}}|399\d{{0,2}})([^\d]{{2,24}}?){_AMOUNT2}{_AMOUNT2}?{_AMOUNT2}?")
_PERSONNEL = ("301", "303")


@text_rule
def basic_table_row_sides(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-T3 row by row in a 基本支出 table printed 合计 | 人员经费 | 公用经费: a row's 合计 = its 人员经费 + 公用经费.
    A 301/303 row is 人员经费 only and a 302/310 row 公用经费 only, so a row printing two amounts prints its 合计 and
    that one side, which must be equal; three amounts must add up. Rows whose amounts cannot be told apart are left."""
    for span in table_spans(view, result):
        if "基本支出" not in span.caption or "项目" in span.caption or "三公" in span.caption:
            continue
        body = [re.sub(r"\s", "", line) for line in span.body]
        header = next((line for line in body if re.search(r"合计.*人员经费.*公用经费", line)), None)
        unit = table_unit(view, span)
        if header is None or unit is None or re.search(r"\d\.\d", header):
            continue
        factor, where = UNIT_FACTOR[unit], span.printed or span.caption
        for line in body:
            match = _BASIC_ROW.fullmatch(line)
            if match is None:
                continue
            code, name, *raws = match.groups()
            amounts = [raw for raw in raws if raw is not None]
            if len(amounts) < 2:
                continue
            side = "人员经费" if code[:3] in _PERSONNEL else "公用经费"
            labels = ["合计", side] if len(amounts) == 2 else ["合计", "人员经费", "公用经费"]

            def cell(label: str, raw: str) -> Term:
                value, scale = _printed(raw)
                return Term(f"{code}{name}{label}", value * factor, scale, unit, span.first,  # type: ignore[operator]
                            f"{where} · {code}{name} · {label}")

            terms = [cell(label, raw) for label, raw in zip(labels, amounts)]
            check = compare("TB-T3", "基本支出表：各行合计等于人员经费与公用经费之和", terms[:1], terms[1:],
                            what=f"{where}{code}{name}")
            check.basis = "text"
            if check.outcome != "pass":
                yield check


# “财政拨款收入1,785.25万元” with no fund named: every fund's appropriation of the year, the 本年收入合计 of a 决算's
# 财政拨款收入支出决算总表 (CHECKS.md PT-MAP). A fund named before it, 年初/上年, or 总计 (which adds carry-over) is
# another figure.
_BARE_FISCAL_INCOME = re.compile(r"(?<![预算基金经营上初])财政拨款收入(?:决算)?(?:合计)?数?(?:为|是|共计|共)?"
                                 r"(\d[\d,]*(?:\.\d+)?)万元")
_FISCAL_INCOME_TOTAL = re.compile(rf"本年收入(?:决算)?合计{_AMOUNT2}")
_ANOTHER_YEAR = re.compile(r"上年|去年|上一年|同期|((?:19|20)\d\d)年")


@text_rule
def fiscal_income_words_vs_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-MAP: each 财政拨款收入 the words of a 决算 state for the year, against the 本年收入合计 of its 财政拨款收入支出
    决算总表 (one line of the table, printed once)."""
    if result.kind != "决算" or "财政拨款收入" not in view.text:
        return
    spans = [s for s in table_spans(view, result) if "财政拨款" in s.caption and re.search(r"收入支出|收支", s.caption)
             and not re.search(r"一般公共预算|政府性基金|国有资本", s.caption)]
    if len(spans) != 1 or table_unit(view, spans[0]) is None:
        return
    span = spans[0]
    totals = {m.group(1) for line in span.body if (m := _FISCAL_INCOME_TOTAL.search(re.sub(r"\s", "", line)))}
    if len(totals) != 1:
        return
    raw_cell = totals.pop()
    unit = table_unit(view, span)
    value, scale = _printed(raw_cell)
    where = span.printed or span.caption
    cell = Term(f"{where}本年收入合计", value * UNIT_FACTOR[unit], scale, unit, span.first, f"{where} · 本年收入合计")  # type: ignore[index]
    table_pages = {p for s in table_spans(view, result) for p in range(s.first, s.last + 1)}
    for match in _BARE_FISCAL_INCOME.finditer(view.text):
        page = view.page_at(match.start())
        if page in table_pages or page in view.listing_pages:
            continue
        clause = re.split(r"[。；;，,]", view.text[max(0, match.start() - 40):match.start()])[-1]
        years = {m.group(1) for m in _ANOTHER_YEAR.finditer(clause)}
        if years and years != {str(result.year)}:
            continue  # the prior year's income, or another year's
        raw = match.group(1)
        prose = Term("正文财政拨款收入", *_printed(raw), "万元", page, match.group(0))
        check = coarse_vs_fine("PT-MAP", "正文与表格一致：财政拨款收入", prose, cell)
        check.basis = "text"
        yield check


# A 政府采购预算明细表 by 采购品目: its 合计 row, first (总计) column, is the sum of the 货物, 工程 and 服务 rows
# (CHECKS.md PR-PROC-SUM, the table's side: 合计 = A + B + C). The kind rows may carry a letter or a number
# (“A货物”, “一、工程”, “2.服务类”); rows of 品目 under them (“A02010101台式计算机”) are not kinds and are not added.
_PROC_KIND_ROW = re.compile(rf"(?:[A-Ca-c]|[一二三]、|\d[.、．])?(货物|工程|服务)类?(?:采购)?((?:{_CELL})*)")
_PROC_TOTAL_ROW = re.compile(rf"(合计|总计)((?:{_CELL})+)")


@text_rule
def pr_proc_sum_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-PROC-SUM in a 政府采购 table read from its printed lines: 合计 = 货物 + 工程 + 服务 in its first column.
    Read only when every kind row it prints has its amounts adding up across the columns (a blank cell cannot shift
    which amount is the row's total) and no kind is printed twice."""
    for span in table_spans(view, result):
        if "采购" not in (span.caption or "") + (span.printed or ""):
            continue
        body = [re.sub(r"\s", "", line) for line in span.body]
        kinds: dict[str, tuple[Decimal, int]] = {}
        total = None
        readable = True
        for line in body:
            if (row := _PROC_KIND_ROW.fullmatch(line)) is not None:
                cells = _row_cells(row.group(2)) if row.group(2) else None
                if cells is None or row.group(1) in kinds:
                    readable = False
                    break
                kinds[row.group(1)] = cells[0]
            elif (row := _PROC_TOTAL_ROW.fullmatch(line)) is not None and total is None:
                cells = _row_cells(row.group(2))
                if cells is None:
                    readable = False
                    break
                total = (row.group(1), cells[0])
        unit = table_unit(view, span)
        if not readable or total is None or len(kinds) < 2 or unit is None:
            continue
        factor = UNIT_FACTOR[unit]
        caption = span.printed or span.caption
        page = span.last
        label, (value, scale) = total
        check = compare("PR-PROC-SUM", "政府采购表合计等于货物、工程、服务之和",
                        [Term(label, value * factor, scale, unit, page, f"{caption} · {label}行")],
                        [Term(kind, v * factor, s, unit, page, f"{caption} · {kind}") for kind, (v, s) in kinds.items()],
                        what=f"{caption}{label}行")
        check.basis = "text"
        yield check


# ---- TT-PERF: a 绩效目标表 that prints its total and “其中：财政拨款” side by side ------------------------------------

_PERF_FORM_PAIR = re.compile(rf"((?:预算|年度)?(?:支出|资金)(?:预算)?总额|部门支出预算数|预算总额)(?:\(万元\))?[:：]?{_AMOUNT2}(?:万元)?"
                             rf"[,，;；]?其中[:：]?((?:一般公共预算)?财政拨款(?:资金)?|一般公共预算拨款)[:：]?{_AMOUNT2}")
_QIZHONG = re.compile(r"其中")


@text_rule
def tt_perf_form_part(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """Within a 绩效目标 form printed as label–value pairs (“预算支出总额 3,007.80 其中：财政拨款 3,143.70”), the
    appropriation is a part of the total and cannot exceed it (CHECKS.md TT-PERF)."""
    for match in anchored(_PERF_FORM_PAIR, _QIZHONG, view.text, before=40, after=40):
        page = view.page_at(match.start())
        source = match.group(0)
        whole = Term(match.group(1), *_printed(match.group(2)), "万元", page, source)
        part = Term(f"其中：{match.group(3)}", *_printed(match.group(4)), "万元", page, source)
        check = at_most("TT-PERF", "绩效目标表中财政拨款不超过资金总额", part, whole, severity="error")
        check.basis = "text"
        yield check
