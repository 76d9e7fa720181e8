"""The 合计 rows of expenditure tables, read from their printed lines (TB-ROW, TB-TOTAL).

The 基本支出 table's 合计 row (often alone on the next page) must add up like any other row and equal its 类 rows
(tb_total_row_lines); a function table's 合计 row must equal its 类 rows, column by column (tb_total_class_lines); so
must a table pasted into the words that names its 类 without codes (tb_total_pasted_classes). The cell readers here
(`_CELL`, `_printed`, `_row_cells`, `_class_rows_and_total`) serve the other modules that read printed table lines.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, compare
from .text import Text, continued, printed_decimals, squeeze, table_spans, table_unit, text_rule


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
        body = [squeeze(line) for line in span.body]
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


# A function table whose header ends with 合计 基本支出 项目支出 (a 部门支出总表, a 支出表): its 合计 row prints the three
# totals, and 合计 = 基本支出 + 项目支出 holds there as on every row.
_SPENDING_HEADER = re.compile(r"(?:合计|总计)基本支出项目支出$")


@text_rule
def tb_total_row_spending(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The 合计 row of a table printed 合计 | 基本支出 | 项目支出, read from its printed lines: 合计 = 基本支出 + 项目支出
    (TB-ROW). The coded rows are rows.py's; the parser's figures of the table are figures.py's (this rule defers)."""
    for span in table_spans(view, result):
        if not any("项目支出" in line for line in span.body):
            continue  # most tables: read no further
        body = [squeeze(line) for line in span.body]
        header = next((i for i, line in enumerate(body) if _SPENDING_HEADER.search(line)), None)
        unit = table_unit(view, span)
        if header is None or unit is None:
            continue
        total = next((m for line in body[header + 1:] if (m := _TOTAL_ROW.fullmatch(line)) is not None), None)
        if total is None:
            continue
        caption, page, factor = span.printed or span.caption, span.last, UNIT_FACTOR[unit]
        where = f"{caption} · {total.group(1)}行"
        whole, basic, project = (_printed(total.group(i)) for i in (2, 3, 4))
        check = compare("TB-ROW", "表中合计行：合计等于基本支出加项目支出",
                        [Term(f"{total.group(1)}行合计", whole[0] * factor, whole[1], unit, page, where)],
                        [Term("基本支出", basic[0] * factor, basic[1], unit, page, where),
                         Term("项目支出", project[0] * factor, project[1], unit, page, where)],
                        what=f"{caption}{total.group(1)}行")
        check.basis = "text"
        yield check


tb_total_row_spending.defers = True  # type: ignore[attr-defined]


# A table listed by function class whose rows the parser did not keep as function lines (a 收入总表 printed by 科目,
# a 财政拨款支出表 …): its printed 合计 row, first column, must equal the sum of the 类 rows (3-digit codes) above it.
_FN_CLASS_ROW = re.compile(rf"([12]\d\d)(\D+?)((?:{_CELL})+)")
_FN_TOTAL_ROW = re.compile(rf"(合计|总计)((?:{_CELL})+)")
# A row with no 科目编码 under the 类 rows (“其他资金安排的项目支出”): group 1 stays empty as a code would be.
_UNCODED_ROW = re.compile(rf"()([\u4e00-\u9fff][\u4e00-\u9fff、（）()]{{3,}}?)((?:{_CELL})+)")
_SUB_ROW = r"[12]\d{4}(?:\d{2})?\D+?(?:\d[\d,]*?\.\d{2})+"  # 款 and 项 rows
_SUB_ROW_RE = re.compile(_SUB_ROW)
_NOT_A_PART = re.compile(r"^(?:其中|含)|[合小总]计")


_ROW_AMOUNTS = re.compile(rf"(?:{_CELL})+")
_NAME_PIECE = re.compile(r"[\u4e00-\u9fff、（）()]+")
_CODE_PIECE = re.compile(r"([12]\d\d(?:\d\d){0,2})([\u4e00-\u9fff、（）()]*)")


_CLASS_CODE = re.compile(r"[12]\d+")


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
            if _CLASS_CODE.fullmatch(code) and _ROW_AMOUNTS.fullmatch(cells) and _row_cells(cells) is not None:
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
        if (match := _FN_CLASS_ROW.fullmatch(line)) is not None or _SUB_ROW_RE.fullmatch(line):
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
        body = _rejoin_wrapped_names([squeeze(line) for line in span.body])
        if body is None:
            continue  # a 类 row whose name cannot be read back: a row may be misread, nothing is summed
        within = _within_columns(span.body)
        classes, total = _class_rows_and_total(body, within)
        if total is None or len(classes) < 2 or continued(view, result, span):
            continue  # (a table continued on the next page: its 类 rows there are not read here)
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
        line = squeeze(line)
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
        if view.pages_of[i] in view.listing_pages or (_PASTED_HEADER.match(line) is None
                                                      and ("年" not in line or _YEAR_HEADER.match(line) is None)):
            continue
        found = _pasted_class_sum(lines[i:i + 40], result.year) or _year_class_sum(lines[i:i + 40], result.year)
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


# the same table printed with both years and their change (“科目 本年 上年 增减额”, “项目 2025年预算数 2024年预算数
# 增减额 增减率”): this year's column, wherever it stands of the two, is the one summed; a row may print its 类 code
_YEAR_COLUMN = r"(本年|上年|(?:19|20)\d\d年)度?(?:预算|决算|执行)?数?"
_YEAR_HEADER = re.compile(rf"^\D*?(?:科目|项目|名称|分类)(?:名称|编码)?{_YEAR_COLUMN}{_YEAR_COLUMN}"
                          r"((?:增减|变动)(?:额|数)?)?((?:增减|增长|变动)(?:率|幅度?)(?:[(（]?%[)）]?)?)?$")
_SIGNED_CELL = r"(-?\d[\d,]*?\.\d{2})"
_YEAR_ROW = re.compile(rf"([12]\d\d(?:\d\d){{0,2}})?(\D+?)((?:{_SIGNED_CELL})+)(?:-?\d+(?:\.\d+)?%|[-—－–/]+)?")


def _year_class_sum(lines: list[str], year: int | None) -> tuple[list[tuple[str, tuple[Decimal, int]]],
                                                                  tuple[str, tuple[Decimal, int]]] | None:
    """The 类 rows and the 合计 row of a table by function class with this year's and last year's columns (and their
    change): this year's cells, each row read only when it prints one cell per amount column. 款/项 rows (5 or 7
    digit codes) are skipped; an uncoded row outside the classification, or a code other than its name's, stops it."""
    header = _YEAR_HEADER.match(lines[0])
    if header is None:
        return None
    first, second = header.group(1), header.group(2)
    def rank(word: str) -> int:
        return 1 if word == "本年" else 0 if word == "上年" else int(word[:4])
    if (first in ("本年", "上年")) != (second in ("本年", "上年")) or rank(first) == rank(second):
        return None  # 本年 beside a year by number, or one year twice: which column is this year's is not said
    this = 0 if rank(first) > rank(second) else 1
    if year and first not in ("本年", "上年") and int((first, second)[this][:4]) != year:
        return None
    width = 2 + bool(header.group(3))
    classes: list[tuple[str, tuple[Decimal, int]]] = []
    for line in lines[1:]:
        row = _YEAR_ROW.fullmatch(line)
        if row is None:
            return None
        cells = [_printed(raw) for raw in re.findall(_SIGNED_CELL, row.group(3))]
        if len(cells) != width:
            return None
        code, name = row.group(1), row.group(2)
        if name in ("合计", "总计") and not code:
            return (classes, (name, cells[this])) if len(classes) >= 2 else None
        if code and len(code) > 3:
            continue  # a 款 or 项 row: a part of its 类, not summed again
        if FUNCTION_CODES.get(name) is None or (code and FUNCTION_CODES[name] != code):
            return None
        classes.append((f"{code or ''}{name}", cells[this]))
    return None


def _pasted_unit(lines: list[str]) -> tuple[str, Decimal]:
    """The unit the lines above a table (or its header) state: 元 tables are compared in 万元 like the rest."""
    stated = next((m.group(1) for line in reversed(lines) if (m := re.search(r"单位[:：]\s*(万元|元)", line))), "万元")
    return stated, Decimal(1) if stated == "万元" else Decimal("0.0001")
