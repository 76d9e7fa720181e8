"""A 决算's summary tables and other small tables, read from their printed lines.

The all-funds 收支总表's 本年收入合计 against the income rows above it (IE-INC-SUM) and its spending total against the
spending rows (IE-EXP-SUM), a one-column 基本支出 table's 合计 row against its 人员经费合计 and 公用经费合计 rows
(TB-T3) and the expenditure table's 基本支出 (TT-T2-T3), the 合计 row of a one-column 基本支出 table by 政府预算支出经济分类
against its 5xx 类 rows (TB-TOTAL) and the same 基本支出 (TT-T2-T3), each 财政拨款收入 the words state for the year
against the 财政拨款收入支出决算总表's 本年收入合计 (PT-MAP), a 政府采购 table's 合计 against its 货物/工程/服务 rows
(PR-PROC-SUM) and a 绩效 form's parts against its total (TT-PERF). A 预算 收支总表 printed stacked with one column per year holds
each column, last year's too, to its 收入总计 and 支出总计.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, Iterator

from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, anchored, at_most, coarse_vs_fine, compare, term
from .text import TableSpan, Text, span_unit, table_spans, table_unit, text_rule, squeeze, unit_line
from .total_lines import _CELL, _printed, _row_cells


_AMOUNT2 = r"(-?\d[\d,]*\.\d{2})"  # a table cell: two decimals, so a code or row number glued to it stays apart
# the income side's first cell on a line of a 收支总表: “三、事业收入12.00…”, “上级补助收入0.00…”
_INCOME_CELL = re.compile(rf"^(?:[一二三四五六七八九十]+[、.．])?([^\d、.．]{{2,24}}?){_AMOUNT2}")
_INCOME_TOTAL = re.compile(rf"^本年收入(?:决算)?合计{_AMOUNT2}")
# a 预算 收支总表 that prints no 本年收入合计: its 收入总计 (or bare 收入合计) is the sum of every income row above it,
# the appropriations named bare (“一般公共预算拨款”) and 上年结转 included
_INCOME_GRAND = re.compile(rf"^收入(?:预算)?(?:总计|合计){_AMOUNT2}")
_GRAND_PART = re.compile(r"(?:收入|拨款|结转|结余|结转和结余|结转结余)$")


def _income_total(line: str) -> re.Match[str] | None:
    return _INCOME_TOTAL.match(line) or _INCOME_GRAND.match(line)


def _summary_tables(view: Text, result: ParsedDisclosure,
                    total: Callable[[str], object]) -> Iterator[tuple[TableSpan, list[str], int, int, str]]:
    """Each all-funds 收支总表 (no fund named in its caption) with its lines (spaces dropped), the line of its header
    (收入 … 支出, no amount), the line `total` finds after it, and its unit."""
    for span in table_spans(view, result):
        if not re.search(r"收入支出|收支", span.caption) or re.search(r"财政拨款|政府性基金|国有资本", span.caption):
            continue
        body = [squeeze(line) for line in span.body]
        at = next((i for i, line in enumerate(body) if total(line)), None)
        unit = table_unit(view, span)
        header = next((i for i, line in enumerate(body) if "收入" in line and "支出" in line and not re.search(r"\d\.\d", line)), None)
        if at is not None and unit is not None and header is not None and header <= at:
            yield span, body, header, at, unit


@text_rule
def summary_income_sources(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-INC-SUM in the all-funds 收支总表 (决算 表一, 预算 收支总表): 本年收入合计 = Σ the income rows printed above it
    (a 预算 table that prints no 本年收入合计: its 收入总计 = Σ every income row above it, appropriations and 上年结转 too).
    The income side is the first cell of each line; a line whose first cell is a spending row belongs to the other
    side only. Runs only when every line above the total reads cleanly: a 收入 row without its amount (blank is not 0),
    a sub-row (其中) or a first cell that is neither 收入 nor 支出 leaves the table alone."""
    name = "收支总表：本年收入合计等于各项收入之和"
    for span, body, header, at, unit in _summary_tables(view, result, _income_total):
        parts: list[tuple[str, str]] = []
        clean = True
        grand = _INCOME_TOTAL.match(body[at]) is None
        if grand and result.kind == "决算":
            continue  # a 决算's 收入总计 adds 年初结转和结余 beside rows of the spending side (年末结转和结余) on one line
        for line in body[header + 1:at]:
            if "其中" in line[:6]:
                clean = False
                break
            cell = _INCOME_CELL.match(line)
            label = cell.group(1) if cell else re.split(r"\d", line, maxsplit=1)[0]
            if ("支出" in label and "收入" not in label) or (grand and re.match(r"年末|结转下年|结余分配", label)):
                continue  # the spending side alone on this line
            if cell is None or not (_GRAND_PART.search(label) if grand else label.endswith("收入")) \
                    or re.search(r"合计|总计|小计", label):
                clean = False
                break
            parts.append((label, cell.group(2)))
        if not clean or len(parts) < 2:
            continue
        total = _income_total(body[at]).group(1)  # type: ignore[union-attr]
        shown = re.match(r"收入(?:预算)?(?:总计|合计)", body[at]).group(0) if grand else "本年收入合计"  # type: ignore[union-attr]
        yield _summary_sum("IE-INC-SUM", name if not grand else "收支总表：收入总计等于各项收入之和", span, unit,
                           (shown, total), parts, "各项收入")


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
        for line in (squeeze(line) for line in span.body):
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
        yield from _against_spending_table(result, whole, "基本支出表合计等于支出表基本支出")


# a 类 row of a one-column 基本支出 table by 政府预算支出经济分类 (501 机关工资福利支出, 502, 505, 509 …) and its 合计 row
_GOV_CLASS_ROW = re.compile(rf"(5\d\d)([^\d]{{2,24}}?){_AMOUNT2}")
_GOV_TOTAL_ROW = re.compile(rf"(合计|总计){_AMOUNT2}")


@text_rule
def basic_table_government_classes(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 基本支出 table of one amount column by 政府预算支出经济分类 (501/502/505/509): its 合计 row = Σ its 类 rows
    (TB-TOTAL) and = the 基本支出 of the 一般公共预算 expenditure table of the same funds (TT-T2-T3). Runs only when the
    合计 is printed once, alone on its line, above or below at least two 5xx 类 rows alone on theirs."""
    for span in table_spans(view, result):
        if "基本支出" not in span.caption or "项目" in span.caption or "三公" in span.caption:
            continue
        classes: list[re.Match] = []
        totals: list[re.Match] = []
        for line in (squeeze(line) for line in span.body):
            if (match := _GOV_CLASS_ROW.fullmatch(line)) is not None:
                classes.append(match)
            elif (match := _GOV_TOTAL_ROW.fullmatch(line)) is not None:
                totals.append(match)
        unit = table_unit(view, span)
        if unit is None or len(totals) != 1 or len(classes) < 2 or len({m.group(1) for m in classes}) != len(classes):
            continue
        factor, page = UNIT_FACTOR[unit], span.last
        where = span.printed or span.caption

        def cell(label: str, raw: str) -> Term:
            value, scale = _printed(raw)
            return Term(label, value * factor, scale, unit, page, f"{where} · {label}")  # type: ignore[arg-type]

        whole = cell(f"基本支出表{totals[0].group(1)}", totals[0].group(2))
        check = compare("TB-TOTAL", "政府预算经济分类基本支出表：合计等于各类科目之和", [whole],
                        [cell(f"{m.group(1)}{m.group(2)}", m.group(3)) for m in classes], what=f"{where}合计")
        check.basis = "text"
        yield check
        yield from _against_spending_table(result, whole, "政府预算经济分类基本支出表合计等于支出表基本支出")


# a coded row of a one-column 基本支出 table: code (类 or 款), name, its one amount
_STACKED_CODED = re.compile(rf"(30[1239](?:\d{{2}})?|310(?:\d{{2}})?|399(?:\d{{2}})?)([^\d]{{2,24}}?){_AMOUNT2}")
_STACKED_SIDE = re.compile(rf"(人员经费|公用经费)(?:合计|小计)?{_AMOUNT2}")
_SIDE_CLASSES = {"人员经费": ("301", "303"), "公用经费": ("302", "310", "309", "399")}


@text_rule
def basic_table_stacked_sides(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-T3 in a 基本支出 table of one amount column that prints 人员经费合计 and 公用经费合计 as rows of their own,
    each above its economic rows: 人员经费 = Σ 301 + Σ 303 and 公用经费 = Σ 302 + Σ 310 (+ 309/399), summed by code
    (never by position) over the rows of one level (the 类 rows when the table prints them, else the 款 rows). Every
    line of the body must read as a side's row, a coded row or a total row, else the table is left."""
    for span in table_spans(view, result):
        if "基本支出" not in span.caption or "项目" in span.caption or "三公" in span.caption:
            continue
        unit = span_unit(view, span)
        if unit is None:
            continue
        sides: dict[str, list[str]] = {}
        coded: list[tuple[str, str, str]] = []
        readable = True
        for line in (squeeze(line) for line in span.body):
            if (side := _STACKED_SIDE.fullmatch(line)) is not None:
                sides.setdefault(side.group(1), []).append(side.group(2))
            elif (row := _STACKED_CODED.fullmatch(line)) is not None:
                coded.append(row.groups())  # type: ignore[arg-type]
            elif re.search(r"\d\.\d{2}", line) and not re.fullmatch(rf"[^\d]{{0,8}}(?:合计|总计){_AMOUNT2}", line):
                readable = False  # a row of another shape (several amounts, an uncoded item): not this layout
        if not readable or set(sides) != set(_SIDE_CLASSES) or any(len(v) != 1 for v in sides.values()) or not coded:
            continue
        level = 3 if any(len(code) == 3 for code, _, _ in coded) else 5
        rows = [(code, name, raw) for code, name, raw in coded if len(code) == level]
        factor, where = UNIT_FACTOR[unit], span.printed or span.caption

        def cell(label: str, raw: str, page: int) -> Term:
            value, scale = _printed(raw)
            return Term(label, value * factor, scale, unit, page, f"{where} · {label}")  # type: ignore[arg-type]

        for side, classes in _SIDE_CLASSES.items():
            parts = [cell(f"{code}{name}", raw, span.first) for code, name, raw in rows if code[:3] in classes]
            if not parts:
                continue
            check = compare("TB-T3", f"基本支出表：{side}等于其经济分类科目之和", [cell(f"{side}合计", sides[side][0], span.first)],
                            parts, what=f"{where}{side}合计与各科目之和")
            check.basis = "text"
            yield check


# a 基本支出 table printed as two sides on the same lines, 人员经费 on the left and 公用经费 on the right (“科目编码 科目名称
# 决算数” twice): each line holds one or two coded cells, the last one both sides' totals
_SIDE_CELL = re.compile(rf"(3\d{{2}}(?:\d{{2}})?)([^\d]{{2,24}}?){_AMOUNT2}")
_SIDE_TOTALS = re.compile(rf"人员经费(?:合计|小计)?{_AMOUNT2}公用经费(?:合计|小计)?{_AMOUNT2}")


def _two_sides(body: list[str]) -> tuple[dict[str, tuple[str, str]], dict[str, str]] | None:
    """code → (name, amount) of every cell of a two-sided 基本支出 table, and each side's printed total; None unless
    every amount line reads as one or two coded cells or as the totals line."""
    cells: dict[str, tuple[str, str]] = {}
    totals: dict[str, str] = {}
    two = False
    for line in body:
        if (closing := _SIDE_TOTALS.fullmatch(line)) is not None:
            if totals:
                return None
            totals = {"人员经费": closing.group(1), "公用经费": closing.group(2)}
            continue
        if not re.search(r"\d\.\d{2}", line):
            continue
        found = list(_SIDE_CELL.finditer(line))
        if not found or "".join(m.group(0) for m in found) != line or len(found) > 2:
            return None
        two |= len(found) == 2
        for match in found:
            if match.group(1) in cells:
                return None
            cells[match.group(1)] = (match.group(2), match.group(3))
    return (cells, totals) if two and totals else None


@text_rule
def basic_table_two_sides(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 基本支出 table printed 人员经费 | 公用经费 side by side: each class row = Σ its 款 rows (TB-HIER), and each side's
    合计 = Σ its classes (TB-T3: 人员经费 = 301 + 303; 公用经费 = 302 + 310 (+ 309/399)), a class summed by its own
    款 when its printed row disagrees with them (TB-HIER names that row), by code, never by position."""
    for span in table_spans(view, result):
        if "基本支出" not in span.caption or "项目" in span.caption or "三公" in span.caption:
            continue
        body = [squeeze(line) for line in span.body]
        unit = table_unit(view, span)
        if unit is None or not any(line.count("科目编码") == 2 or "人员经费公用经费" in line for line in body):
            continue
        read = _two_sides(body)
        if read is None:
            continue
        cells, totals = read
        factor, where = UNIT_FACTOR[unit], span.printed or span.caption

        def cell(label: str, raw: str) -> Term:
            value, scale = _printed(raw)
            return Term(label, value * factor, scale, unit, span.first, f"{where} · {label}")  # type: ignore[arg-type]

        by_class: dict[str, list[Term]] = {}
        for code, (name, raw) in cells.items():
            if len(code) != 3:
                continue
            children = [cell(f"{c}{n}", r) for c, (n, r) in cells.items() if len(c) == 5 and c.startswith(code)]
            own = cell(f"{code}{name}", raw)
            by_class[code] = [own]
            if not children:
                continue
            check = compare("TB-HIER", "表内层级：上级科目等于下级科目之和", [own], children,
                            what=f"{where}{code}{name}与其下级科目之和")
            check.basis = "text"
            if check.outcome == "fail" and check.severity == "error":
                by_class[code] = children  # the class row is the one out: its side is summed by its 款
                yield check
        for code in {c[:3] for c in cells if len(c) == 5} - set(by_class):
            by_class[code] = [cell(f"{c}{n}", r) for c, (n, r) in cells.items() if len(c) == 5 and c.startswith(code)]
        for side, classes in _SIDE_CLASSES.items():
            parts = [t for code in sorted(by_class) if code in classes for t in by_class[code]]
            if not parts:
                continue
            check = compare("TB-T3", f"基本支出表：{side}等于其经济分类科目之和", [cell(f"{side}合计", totals[side])],
                            parts, what=f"{where}{side}合计与各科目之和")
            check.basis = "text"
            yield check


basic_table_two_sides.defers = True  # type: ignore[attr-defined]


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
        body = [squeeze(line) for line in span.body]
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
    totals = {m.group(1) for line in span.body if (m := _FISCAL_INCOME_TOTAL.search(squeeze(line)))}
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
_PROC_KIND_ROW = re.compile(rf"(?:[A-Ca-c]|[一二三]、|\d[.、．])?(货物|工程|服务)类?(?:采购)?(?:小计\1?)?((?:{_CELL})*)")
_PROC_TOTAL_ROW = re.compile(rf"(合计|总计)((?:{_CELL})+)")
# the fund columns a 政府采购 table's header names after its 总计 column
_PROC_FUNDS = re.compile(r"一般公共预算(?:财政)?拨款|政府性基金(?:预算)?(?:拨款)?|国有资本经营预算(?:拨款)?|财政专户管理资金|单位资金|其他资金")


@text_rule
def pr_proc_sum_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-PROC-SUM in a 政府采购 table read from its printed lines: 合计 = 货物 + 工程 + 服务 in its first column.
    Read only when every kind row it prints has its amounts adding up across the columns (a blank cell cannot shift
    which amount is the row's total) and no kind is printed twice."""
    for span in table_spans(view, result):
        if "采购" not in (span.caption or "") + (span.printed or ""):
            continue
        body = [squeeze(line) for line in span.body]
        kinds: dict[str, tuple[Decimal, int]] = {}
        total = None
        across: list[tuple[Decimal, int]] = []
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
                if cells is None:  # a 合计 row whose funds do not add up: its own finding, once the table is read
                    across = [_printed(raw) for raw in re.findall(_CELL, row.group(2))]
                    cells = across[:1]
                total = (row.group(1), cells[0])
        unit = table_unit(view, span)
        if not readable or total is None or len(kinds) < 2 or unit is None:
            continue
        factor = UNIT_FACTOR[unit]
        caption = span.printed or span.caption
        page = span.last
        label, (value, scale) = total
        funds = next((_PROC_FUNDS.findall(line) for line in body if _PROC_FUNDS.search(line)), [])
        if across and kinds and len(across) == len(funds) + 1 and not any("其中" in line for line in body[:3]):
            # every kind row adds up across its fund columns (else the table is not read): the 合计 row must too
            check = compare("PR-PROC-SUM", "政府采购表合计行：总计等于各资金来源之和",
                            [Term(f"{label}行总计", value * factor, scale, unit, page, f"{caption} · {label}行")],
                            [Term(name, v * factor, s, unit, page, f"{caption} · {label}行")
                             for name, (v, s) in zip(funds, across[1:])], what=f"{caption}{label}行")
            check.basis = "text"
            yield check
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


# a 收支总表 printed stacked, one row a line: its label, then one amount per year column (本年, then 上年 …)
_STACKED_LINE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．])?([^\d]+?)((?:-?\d[\d,]*\.\d{2})+)$")
_COLUMN_HEADER = re.compile(r"((?:19|20)\d\d年|本年|上年)(?:年初)?(?:预算|预计执行|执行)?数?")


@text_rule
def stacked_summary_columns(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 预算 收支总表 printed stacked (its income rows, 收入总计, then its function classes, 支出总计), with one
    amount column per year (本年预算数, 上年预算数): in every column, 收入总计 = Σ the income rows (IE-INC-SUM) and
    支出总计 = Σ the class rows (IE-EXP-SUM), so last year's column is held to its own totals too. Runs only when
    every line between the header and 支出总计 is a bare 收入/支出 heading or one row with as many amounts as its
    total; a 其中, 小计 or 本年收入合计 row, or classes beside 基本/项目支出, leaves the table alone."""
    if result.kind != "预算":
        return
    for span in table_spans(view, result):
        if not re.search(r"收入支出|收支", span.caption) or re.search(r"财政拨款|政府性基金|国有资本", span.caption):
            continue
        unit = span_unit(view, span)
        if unit is None:
            continue
        columns: list[str] = []
        sides: dict[str, list[tuple[str, list[str]]]] = {"收入": [], "支出": []}
        totals: dict[str, tuple[str, list[str]]] = {}
        side, clean = "收入", True
        for raw in span.body[1:]:
            line = squeeze(raw)
            if not line or unit_line(line) or re.fullmatch(r"[（(]?(?:收入|支出)[)）]?(?:项目|预算)?", line):
                continue
            row = _STACKED_LINE.match(line)
            if row is None:
                if not sides["收入"] and not columns and not re.search(r"\d\.\d", line):
                    columns = [m.group(0) for m in _COLUMN_HEADER.finditer(line)]
                    continue
                clean = False
                break
            label, amounts = row.group(1), re.findall(r"-?\d[\d,]*\.\d{2}", row.group(2))
            if re.fullmatch(r"(?:收入|支出)(?:预算)?(?:总计|合计)", label):
                totals[label[:2]] = (label, amounts)
                if label.startswith("支出"):
                    break
                side = "支出"
                continue
            if re.search(r"合计|总计|小计|其中", label) or (side == "收入" and not _GRAND_PART.search(label)) \
                    or (side == "支出" and not label.endswith("支出")):
                clean = False
                break
            sides[side].append((label, amounts))
        if not clean or set(totals) != {"收入", "支出"}:
            continue
        width = len(totals["收入"][1])
        spending = {label for label, _ in sides["支出"]}
        by_nature = {label for label in spending if re.fullmatch(r"基本支出|项目支出", label)}
        if len(totals["支出"][1]) != width or (by_nature and by_nature != spending) \
                or any(len(amounts) != width for rows in sides.values() for _, amounts in rows):
            continue
        names = columns if len(columns) == width else [f"第{i + 1}列" for i in range(width)]
        for i in range(width):
            prefix = "" if i == 0 else f"{names[i]}·"
            for key, rule, what in (("收入", "IE-INC-SUM", "各项收入"), ("支出", "IE-EXP-SUM", "各项支出")):
                parts = sides[key]
                if len(parts) < 2:
                    continue
                label, amounts = totals[key]
                name = f"收支总表：{'' if i == 0 else names[i]}{label}等于{what}之和"
                yield _summary_sum(rule, name, span, unit, (prefix + label, amounts[i]),
                                   [(prefix + part, row[i]) for part, row in parts], what)


def _against_spending_table(result: ParsedDisclosure, whole: Term, name: str) -> Iterator[Check]:
    """A 基本支出 table's 合计 against the 基本支出 of the 一般公共预算 expenditure table of the same funds (TT-T2-T3)."""
    basic = next((f for f in result.table_figures if f.metric == "basic_expenditure" and f.period == "本年"
                  and f.fund_scope == "一般公共预算财政拨款" and f.value is not None and f.table
                  and "基本支出" not in f.table), None)
    if basic is None:
        return
    check = compare("TT-T2-T3", name, [whole], [term(basic, f"{basic.table}基本支出")], what="两表的基本支出")
    check.basis = "text"
    yield check
