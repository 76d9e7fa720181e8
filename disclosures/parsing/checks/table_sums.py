"""Sums across a table's sides and columns, and down a two-part table's printed 合计 column.

The spending side of a 决算's 收入支出总表 as its lines read (D-001), each row of a 财政拨款收支总表 against
its fund columns (TB-ROW, from the grid), the 支出总表's 类 rows against the classes the prose lists (PT-FUNC), and a
类/款 against its 款/项 in the 合计 column of a 基本支出 or 支出 table read from its printed lines (TB-HIER, which
defers to the rules before it on a shared finding), and every amount column of a coded table printed whole, a 上年
column included (TB-TOTAL, TB-HIER; deferring likewise).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, Iterator

from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, coarse_vs_fine, compare
from .rows import ROW_SUMS, _cell, _column, _tables, _term
from .text import Text, table_grids, table_spans, table_unit, text_rule, squeeze
from .total_lines import _CELL, _printed


# The spending side of a 决算's 收入支出总表 (and of its 财政拨款 one), as its printed lines read: 支出总计 = 本年支出合计
# + 结余分配 + 年末结转和结余 (CHECKS.md D-001). The income side prints its own rows on the same lines; the 总计 of the
# spending side is the last one printed.
_SPEND_ROWS = {
    "本年支出合计": re.compile(r"本年支出合计"),
    "结余分配": re.compile(r"结余分配"),
    "年末结转和结余": re.compile(r"年末(?:财政拨款)?结转(?:和|及)?结余"),
}
_INCOME_ROWS = re.compile(r"本年收入合计|年初(?:财政拨款)?结转(?:和|及)?结余|(?:收入|支出)?总计")  # 总计 by side in a one-column table
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
        lines = _unwrapped(span.body[start: ends[-1] + 1])
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


def _unwrapped(lines: list[str]) -> list[str]:
    """A spending-side label wrapped in its cell (“年末财政拨款结转和结” / “余”) prints apart from its amounts: the
    two parts on two lines, the amounts on a line of their own after them, or on the line between them after the
    income side's row. The label is put back before those amounts, so the row reads as one."""
    out = list(lines)
    amounts = re.compile(r"(?:-?\d[\d,]*\.\d{2})+")
    for i in range(len(out) - 2):
        for top, bottom, at in ((i, i + 1, i + 2), (i, i + 2, i + 1)):
            label = out[top] + out[bottom]
            if re.search(r"\d", label) or not label or not any(p.fullmatch(label) for p in _SPEND_ROWS.values()):
                continue
            income = re.match(rf"(?:{_INCOME_ROWS.pattern}){_LABELLED}", out[at])
            left = out[at][income.end():] if income else out[at]
            if amounts.fullmatch(left):
                row = out[at][: len(out[at]) - len(left)] + label + left
                out[top], out[bottom], out[at] = "", "", row
                break
    return [line for line in out if line]


# The spending side of a 财政拨款收支总表 by fund: 合计 | 一般公共预算 | 政府性基金预算 (| 国有资本经营预算), each row's 合计 the
# sum of its fund columns. Read from the native grid (a PDF page's ruled table, an HTML or sheet grid).
# A column may hold two funds together (“政府性基金及国有资本经营”): one cell, one part of the 合计.
_ONE_FUND = r"(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?(?:支出)?"
_FUND_NAME = rf"{_ONE_FUND}(?:(?:及|和|与|、){_ONE_FUND})?"
_FUND_COLUMN = re.compile(rf"^{_FUND_NAME}$")


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
            clean = [[squeeze(cell or "") for cell in row] for row in grid]
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
                   and len(re.findall(_FUND_NAME, line.split("合计")[-1])) >= 2), None)
    if header is None:
        return False
    funds = len(re.findall(_FUND_NAME, header.split("合计")[-1]))
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
        rows = _first_cells([squeeze(line) for line in span.body])
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


@text_rule
def coded_table_columns(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """Every amount column of a coded table read from its printed lines (a 上年预算数 column beside 本年合计, 基本支出
    and 项目支出): in each column the 合计 row = Σ the 3-digit rows (TB-TOTAL) and a 类/款 = Σ its 款/项 (TB-HIER).
    Runs only on a table printed whole: a header naming the code column, then rows that each print a code, a name and
    the same number of amounts, closed by a 合计 row of as many; a wrapped name or a repeated header leaves it alone.
    A failure an earlier rule made already is not repeated (`defers`)."""
    for span in table_spans(view, result):
        table = _coded_rows([squeeze(line) for line in span.body])
        unit = table_unit(view, span)
        if table is None or unit is None:
            continue
        labels, rows, total = table
        caption = span.printed or span.caption
        factor = UNIT_FACTOR[unit]

        def cell(label: str, raw: str, column: str) -> Term:
            value, scale = _printed(raw)
            return Term(label, value * factor, scale, unit, span.first, f"{caption} · {column}")

        rates = {j for j, column in enumerate(labels) if _RATE_COLUMN.search(column)}
        yield from _rate_column_checks(labels, rows, total, rates, caption, span.first)
        yield from _change_column_checks(labels, rows, total, cell, caption)
        for j, column in enumerate(labels):
            if j in rates:
                continue  # a 完成率 is a ratio of two columns, never summed as an amount (PR-RATE reads it)
            classes = [code for code in rows if len(code) == 3]
            if classes:
                check = compare("TB-TOTAL", "表内合计等于各类级科目之和", [cell("合计", total[j], column)],
                                [cell(f"{c}{rows[c][0]}", rows[c][1][j], column) for c in classes],
                                what=f"{caption}{column}列合计行与类级科目之和")
                check.basis = "text"
                if check.outcome != "pass":
                    yield check
            # CHECKS.md TB-HIER: a subtotal is the row out only when the 合计 agrees with the leaves; and a parent
            # that equals its own leaves is not out, whatever a subtotal under it says
            leaves = [c for c in rows if not any(o != c and o.startswith(c) for o in rows)]
            agree = compare("TB-HIER", "", [cell("合计", total[j], column)],
                            [cell(c, rows[c][1][j], column) for c in leaves])
            if agree.outcome == "fail" and agree.severity != "info":
                continue
            for code in rows:
                children = [c for c in rows if len(c) == len(code) + 2 and c.startswith(code)]
                if not children:
                    continue
                own = [c for c in leaves if c != code and c.startswith(code)]
                if own != children and compare("TB-HIER", "", [cell(code, rows[code][1][j], column)],
                                               [cell(c, rows[c][1][j], column) for c in own]).outcome == "pass":
                    continue
                check = compare("TB-HIER", "表内层级：上级科目等于下级科目之和",
                                [cell(f"{code}{rows[code][0]}", rows[code][1][j], column)],
                                [cell(f"{c}{rows[c][0]}", rows[c][1][j], column) for c in children],
                                what=f"{caption}{column}列{code}{rows[code][0]}与其下级科目之和")
                check.basis = "text"
                if check.outcome != "pass":
                    yield check


coded_table_columns.defers = True  # type: ignore[attr-defined]


_CODE_HEADER = re.compile(r"^(?:(?:部门|政府)?(?:经济|功能|支出功能)分类)?(?:科目)?(?:编码|代码)")
_CODED_ROW = re.compile(r"(\d{3}(?:\d{2}){0,2})(\D*?[^\d,.\-])((?:-?\d[\d,]*?\.\d{2})+)")
_TOTAL_CELLS = re.compile(r"(?:合计|总计)((?:-?\d[\d,]*?\.\d{2})+)")
_CELLS = re.compile(r"-?\d[\d,]*?\.\d{2}")
_COLUMN_NAME = re.compile(r"上年[^\d合本基项人公增]*?数|本年[^\d上基项人公增]*?(?:数|合计)|合计|基本支出|项目支出|人员经费|公用经费"
                          r"|(?:年初|调整后?|全年)?预算数|决算数|(?:预算)?(?:完成|执行)率(?:\(%\)|%)?"
                          r"|(?:增减|变动|增长)(?:率|幅度?)(?:\(%\)|%)?|增减(?:变动)?(?:额|金额|数)?")
# a column of rates (决算数 / 预算数 × 100, a change's rate): its 合计 row is a rate of the totals, not a sum
_RATE_COLUMN = re.compile(r"率|幅")
_RATE_BASES = (re.compile(r"调整后?预算数"), re.compile(r"(?:年初|全年)?预算数"))


def _coded_rows(body: list[str]) -> tuple[list[str], dict[str, tuple[str, list[str]]], list[str]] | None:
    """(column labels, code → (name, cells), 合计 cells) of a coded table printed whole, closed by its 合计 row (or
    opened by it, right under the header), or None. A table with negative cells (a 增减 column) is read only when its header names every column."""
    header = next((i for i, line in enumerate(body) if _CODE_HEADER.match(line)), None)
    if header is None:
        return None
    rows: dict[str, tuple[str, list[str]]] = {}
    total: list[str] | None = None
    top = False
    for line in body[header + 1:]:
        if (row := _CODED_ROW.fullmatch(line)) is not None:
            if row.group(1) in rows:
                return None
            rows[row.group(1)] = (row.group(2), _CELLS.findall(row.group(3)))
        elif (closing := _TOTAL_CELLS.fullmatch(line)) is not None:
            if not rows and total is None:
                total = _CELLS.findall(closing.group(1))  # a 合计 printed first, right under the header: the rows follow
                top = True
                continue
            if total is not None:
                return None  # a 合计 above the rows and another below
            total = _CELLS.findall(closing.group(1))
            break
        elif not re.fullmatch(r"[-—－第页共/\d]*", line):
            return None
    width = len(total) if total is not None else None
    if width is None or len(rows) < 2 or any(len(cells) != width for _name, cells in rows.values()):
        return None
    names = _COLUMN_NAME.findall(body[header])
    if len(names) != width:  # the column names on their own line above the code header (“年初预算数 … 完成率(%)”)
        names = next((found for line in reversed(body[:header]) if len(found := _COLUMN_NAME.findall(line)) == width),
                     names)
    if len(names) != width and any(c.startswith("-") for _n, cells in rows.values() for c in [*cells, *total]):
        return None  # negative cells in columns the header does not name: a change or its rate may be among them
    labels = names if len(names) == width else [f"第{k + 1}个金额" for k in range(width)]
    if top and not _clean_under_top(labels, rows):
        return None
    return labels, rows, total


def _clean_under_top(labels: list[str], rows: dict[str, tuple[str, list[str]]]) -> bool:
    """Whether the rows under a 合计 printed first read cleanly, nothing below bounding them: an economic table's (3xx
    codes); or a function table's whose 类 are named as the classification names their codes and whose 本年合计 =
    基本支出 + 项目支出 on each row (total_lines reads the other top totals of function tables)."""
    if all(code.startswith("3") for code in rows):
        return True
    if any(len(code) == 3 and FUNCTION_CODES.get(name) != code for code, (name, _cells) in rows.items()):
        return False
    if labels[:3] not in (["合计", "基本支出", "项目支出"], ["本年合计", "基本支出", "项目支出"]):
        return False
    return all(_printed(cells[0])[0] == _printed(cells[1])[0] + _printed(cells[2])[0] for _n, cells in rows.values())


def _change_column_checks(labels: list[str], rows: dict[str, tuple[str, list[str]]], total: list[str],
                          cell: Callable[[str, str, str], Term], caption: str) -> Iterator[Check]:
    """TB-ROW on a coded table that prints this year, last year and their change: in each row (合计 too) the 增减
    column = 本年 − 上年, i.e. 本年 = 上年 + 增减."""
    def one(pattern: str) -> int | None:
        found = [j for j, label in enumerate(labels) if re.fullmatch(pattern, label)]
        return found[0] if len(found) == 1 else None

    prior, delta = one(r"上年.*数"), one(r"增减(?:变动)?(?:额|金额|数)?")
    now = one(r"本年.*(?:数|合计)")
    now = one(r"合计") if now is None else now
    if prior is None or delta is None or now is None:
        return
    for label, cells in [*((f"{code}{name}", cells) for code, (name, cells) in rows.items()), ("合计", total)]:
        check = compare("TB-ROW", "表中各行：本年数等于上年数加增减额",
                        [cell(f"{label}{labels[now]}", cells[now], labels[now])],
                        [cell(labels[prior], cells[prior], labels[prior]), cell(labels[delta], cells[delta], labels[delta])],
                        what=f"{caption}{label}行")
        check.basis = "text"
        if check.outcome != "pass":
            yield check


# A table of rows that print this year, last year and their change (增减额), a rate of change after it or not: the
# header names two periods and the change; each row is a label (a code, a numbering) and those three cells.
_PERIOD = re.compile(r"((?:19|20)\d\d)年(?:预算|决算)?数?|(本年|上年)(?:预算|决算)?数?")
_CHANGE_HEADER = re.compile(r"增减(?:变动)?(?:额|金额|数)?|变动(?:额|金额)")
_CHANGE_ROW = re.compile(r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{3,7})?"
                         r"([\u4e00-\u9fff][^\d%]*?)(-?\d[\d,]*?\.\d{2})(-?\d[\d,]*?\.\d{2})(-?\d[\d,]*?\.\d{2})"
                         r"(?:-?\d+(?:\.\d+)?%|[—\-－]|)")


def _change_header(body: list[str]) -> tuple[int, bool] | None:
    """(index of the header line, whether its first period is this year) of a table whose header names two periods,
    then their change, and no other amount column (a rate may follow the change). None otherwise."""
    for i, line in enumerate(body[:6]):
        if re.search(r"\d\.\d\d", line) or (change := _CHANGE_HEADER.search(line)) is None:
            continue
        periods = list(_PERIOD.finditer(line[: change.start()]))
        rest = line[change.end():]
        if len(periods) != 2 or re.search(r"合计|基本支出|项目支出|小计|预算数|决算数", rest) \
                or re.search(r"合计|基本支出|项目支出|小计", line[periods[0].end(): change.start()]):
            return None
        first, second = (m.group(1) or m.group(2) for m in periods)
        if first.isdigit() and second.isdigit() and first != second:
            return i, first > second
        if {first, second} == {"本年", "上年"}:
            return i, first == "本年"
        return None
    return None


@text_rule
def change_column_rows(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-ROW on a table that prints this year, last year and their change on each row (a 收支总表 or a class table
    beside last year's, with a 增减额 column): 本年 = 上年 + 增减. A change printed without its sign (a fall shown as
    a positive amount) is read as the fall it is. Coded tables printed whole are coded_table_columns'."""
    for span in table_spans(view, result):
        body = [squeeze(line) for line in span.body]
        header = _change_header(body)
        unit = table_unit(view, span)
        if header is None or unit is None or _coded_rows(body) is not None:
            continue
        at, first_is_now = header
        caption = span.printed or span.caption
        factor = UNIT_FACTOR[unit]

        def cell(label: str, raw: str) -> Term:
            value, scale = _printed(raw)
            return Term(label, value * factor, scale, unit, span.first, f"{caption} · {label}")

        for line in body[at + 1:]:
            row = _CHANGE_ROW.fullmatch(line)
            if row is None:
                continue
            label, a, b, delta = row.group(1), row.group(2), row.group(3), row.group(4)
            now, prior = (a, b) if first_is_now else (b, a)
            change = cell(f"{label}增减额", delta)
            if not delta.startswith("-") and _printed(now)[0] < _printed(prior)[0]:
                change = Term(change.label, -change.value, change.scale, change.unit, change.page, change.source)
            check = compare("TB-ROW", "表中各行：本年数等于上年数加增减额", [cell(f"{label}本年数", now)],
                            [cell(f"{label}上年数", prior), change], what=f"{caption}{label}行")
            check.basis = "text"
            if check.outcome != "pass":
                yield check


change_column_rows.defers = True  # type: ignore[attr-defined]


def _rate_column_checks(labels: list[str], rows: dict[str, tuple[str, list[str]]], total: list[str], rates: set[int],
                        caption: str, page: int) -> Iterator[Check]:
    """PR-RATE on each row of a 完成率 column: the rate is its row's 决算数 / 调整预算数 (年初预算数 when no adjusted
    budget is printed, or when the rate fits that one), read as an interval (CHECKS.md §0.2 rule 7)."""
    from .statements import _rate_check  # here: importing statements above would register its rules before these

    actual = next((j for j, column in enumerate(labels) if column == "决算数"), None)
    if actual is None or len(rates) != 1:
        return
    [rate] = rates
    bases = [j for pattern in _RATE_BASES for j, column in enumerate(labels) if pattern.fullmatch(column)]
    bases = list(dict.fromkeys(bases))
    if not bases:
        return
    held = 0
    for label, cells in [*((f"{code}{name}", cells) for code, (name, cells) in rows.items()), ("合计", total)]:
        checks = [c for j in bases if (c := _rate_check("表中完成率与预算数、决算数一致", page, caption, cells[j],
                                                        cells[actual], cells[rate])) is not None]
        if not checks or any(c.outcome == "pass" for c in checks):
            held += bool(checks)
            continue
        check = checks[0]
        check.message = (f"第{page}页{caption}{label}：决算数{cells[actual]}、{labels[bases[0]]}{cells[bases[0]]}，完成率应约为"
                         f"{_ratio(cells[actual], cells[bases[0]])}，表中为{cells[rate]}%；两处披露不能同时成立，需人工复核")
        check.figures[0]["label"] = f"{label}{labels[bases[0]]}"
        yield check
    if held:
        yield Check("PR-RATE", "表中完成率与预算数、决算数一致", "pass", "error", f"第{page}页{caption}{held}行完成率相符",
                    [], None, page, "text")


def _ratio(actual_raw: str, budget_raw: str) -> str:
    actual, budget = _printed(actual_raw)[0], _printed(budget_raw)[0]
    return f"{actual / budget * 100:.2f}%" if budget else "（预算数为0）"
