"""A 收支总表 read from its printed lines (TB-T1, IE-BAL, TB-TOTAL).

The parser keeps no total of a 财政拨款收支总表 (its 总计 rows are not the department's whole income), so the figure
rules never see them: here its 收入总计 must equal its 支出总计, and the 功能分类 类 rows of its spending side must add
up to 本年支出 (or, without that row, to 支出总计). The same two identities hold in every other 收支总表 the parser may
not have read, a 决算's included: its 总计 rows hold 结转和结余 on both sides, so 收入总计 = 支出总计 still, and its 类
rows add up to 本年支出合计 (never to 支出总计, which holds 年末结转和结余).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, compare
from .text import (
    TableSpan, Text, printed_decimals, span_unit, table_grids, table_spans, table_unit, text_rule, squeeze,
)

_CELL = r"(\d[\d,]*?\.\d{2})"  # two decimals: cells glued by the PDF's text still split one way only
_CLASS_NAMES = sorted((name for name, code in FUNCTION_CODES.items() if len(code) == 3), key=len, reverse=True)
# a 类 row starts its line or follows the income side's row on the same line (its amount, or its label when the
# cell is blank: “政府性基金预算拨款卫生健康支出28.46”), with its code or a numbering; never the tail of a longer
# name (20199其他一般公共服务支出) or of a longer code
_CLASS_ROW = re.compile(rf"(?:(?<=\.\d\d)|(?<!\d))(?<!其他)(?:[23]\d\d|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?"
                        rf"({'|'.join(_CLASS_NAMES)}){_CELL}")


def _fiscal_summaries(view: Text, result: ParsedDisclosure, *, every: bool = False
                      ) -> Iterator[tuple[TableSpan, list[str], str]]:
    """A 预算's 财政拨款收支总表 (with `every`, any 收支总表 of a 预算 or a 决算): its span, its lines without spaces
    and its unit."""
    if result.kind != "预算" and not every:
        return
    for span, lines, unit in _summaries(view, result):
        if ("财政拨款" in span.caption and re.search(r"收支|收入支出", span.caption)) if not every else "总表" in span.caption:
            yield span, lines, unit


def _summaries(view: Text, result: ParsedDisclosure) -> list[tuple[TableSpan, list[str], str]]:
    """Every 收支 table with its lines squeezed and its unit, read once per document for the rules of this module."""
    key = ("summaries", result.kind)
    if key not in view._cache:
        view._cache[key] = [
            (span, [squeeze(line) for line in span.body], unit) for span in table_spans(view, result)
            if re.search(r"收支|收入支出", span.caption)
            # its own 单位 line first: the table may sit below a 目录 or another table
            and (unit := span_unit(view, span)) is not None]
    return view._cache[key]


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
        income = _labelled(lines, "收入总计", span, unit) or _labelled(lines, r"(?<!本年)收入合计", span, unit)
        spending = _labelled(lines, "支出总计", span, unit) or _labelled(lines, r"(?<!本年)支出合计", span, unit)
        if income is None or spending is None:
            continue
        check = compare("TB-T1", "财政拨款收支总表收入总计等于支出总计", [income], [spending],
                        what=f"{span.printed or span.caption}收入与支出总计")
        check.basis = "text"
        yield check


def _classes_unsure(lines: list[str], classes: list) -> bool:
    """Whether the 类 rows read may not be all of them, or not the column of the whole: a row of the spending side
    whose name this reading does not know as a class (“国土海洋气象等支出”, or 基本支出 and 项目支出 beside the
    classes), or amounts in several periods' columns (年初预算数 | 调整预算数 | 决算数)."""
    spent = sum(len(re.findall(rf"(?<!本年)(?<!本年收入)支出{_CELL}", line)) for line in lines)
    header = "".join(line for line in lines[:4] if not re.search(r"\d\.\d", line))
    return spent > len(classes) or len(set(re.findall(r"年初预算|调整预算|决算数", header))) >= 2


def _unlabelled(lines: list[str]) -> bool:
    """Whether a line holds amounts and no words: a PDF cell whose label wraps (“社会保障和就业支” / “出” / its amounts)
    prints its amounts apart, and its 类 row cannot be read."""
    return any(re.fullmatch(r"[\d,.\-]+", line) and re.search(r"\d\.\d", line) for line in lines)


@text_rule
def fiscal_summary_classes(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-TOTAL: the 类 rows of a 预算's 财政拨款收支总表 add up to its 本年支出 (支出总计 when it prints no 本年支出)."""
    for span, lines, unit in _fiscal_summaries(view, result):
        whole = _labelled(lines, r"本年支出(?:合计)?", span, unit) or _labelled(lines, "支出总计", span, unit)
        classes = [_cell_term(m.group(1), m.group(2), span, unit) for line in lines for m in _CLASS_ROW.finditer(line)]
        if whole is None or len(classes) < 2 or len({c.label for c in classes}) != len(classes) or _unlabelled(lines) \
                or _classes_unsure(lines, classes):
            continue  # a class printed twice (once per fund) is not one list of rows
        check = compare("TB-TOTAL", "表中合计等于各类科目之和", [whole], classes,
                        what=f"{span.printed or span.caption}支出方各类科目")
        check.basis = "text"
        yield check


def _other_summaries(view: Text, result: ParsedDisclosure) -> Iterator[tuple[TableSpan, list[str], str]]:
    """The 收支总表 the two rules above leave alone: a 决算's (财政拨款 or not) and a 预算's all-funds one."""
    for span, lines, unit in _fiscal_summaries(view, result, every=True):
        if result.kind != "预算" or "财政拨款" not in span.caption:
            yield span, lines, unit


# the bottom row of a two-sided 收支总表: each side's grand total on one printed line, income first (“收入总计 A 支出总计
# B”, “总计 A 总计 B” under the side headers); a 预算's may say 合计, never 本年收入合计 (a 决算's 本年 rows differ by
# the 结转和结余 on each side)
_BALANCE_LINE = {
    "决算": re.compile(rf"^(收入总计|总计){_CELL}(支出总计|总计){_CELL}"),
    "预算": re.compile(rf"^(收入(?:总计|合计)|总计){_CELL}(支出(?:总计|合计)|总计){_CELL}"),
}


def _parsed_balance(result: ParsedDisclosure) -> bool:
    """Whether the parser holds both totals of a 预算's all-funds 收支总表: tables.table_balance compares them, and the
    same finding is not reported twice."""
    from .tables import _cells, is_fiscal_summary

    spending = _cells(result, "expenditure_total")
    return any(caption in spending and not is_fiscal_summary(caption) for caption in _cells(result, "income_total"))


@text_rule
def summary_balance_line(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-T1 (a 财政拨款 table) or IE-BAL (all funds): in a 决算's 收支总表 or a 预算's all-funds one, the bottom line's
    收入总计 = its 支出总计 (a 决算's totals both hold 结转和结余, so they balance too)."""
    pattern = _BALANCE_LINE.get(result.kind)
    if pattern is None or (result.kind == "预算" and _parsed_balance(result)):
        return
    for span, lines, unit in _other_summaries(view, result):
        found = next((m for line in lines if (m := pattern.match(line)) is not None), None)
        header = "".join(line for line in lines[:4] if not re.search(r"\d\.\d", line))
        if found is None or (re.match(_CELL, found.string[found.end():]) and not re.search("合计|小计", header)):
            continue  # the spending side prints one column per fund and no 合计: its first cell is not its total
        income = _cell_term("收入" + found.group(1).removeprefix("收入"), found.group(2), span, unit)
        spending = _cell_term("支出" + found.group(3).removeprefix("支出"), found.group(4), span, unit)
        fiscal = "财政拨款" in span.caption
        check = compare("TB-T1" if fiscal else "IE-BAL", "收支总表收入总计等于支出总计", [income], [spending],
                        what=f"{span.printed or span.caption}收入与支出总计")
        check.basis = "text"
        yield check


@text_rule
def summary_classes(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-TOTAL in a 决算's 收支总表 or a 预算's all-funds one: the 类 rows of its spending side add up to its 本年支出
    (without that row and without a 结转 row on that side, a 预算's 支出总计 or 合计 and a 决算's 支出合计; a 决算's
    支出总计 never). A 决算's class rows printed in the 决算数 column alone add up to that column's 本年支出合计."""
    for span, lines, unit in _other_summaries(view, result):
        whole = _labelled(lines, r"本年支出(?:合计)?", span, unit)
        if whole is None and not any(re.search(r"年末|结转下年|结余分配", line) for line in lines):
            # a side with no carry-over row: its 合计 is its rows' (a 决算's 总计 is left alone, as it holds 结余)
            whole = _labelled(lines, "支出(?:总计|合计)" if result.kind == "预算" else "(?<!本年)支出合计", span, unit)
        classes = [_cell_term(m.group(1), m.group(2), span, unit) for line in lines for m in _CLASS_ROW.finditer(line)]
        if result.kind == "决算" and (found := _final_column(lines, classes, span, unit)) is not None:
            whole = found  # each class row printed in the 决算数 column alone: the 合计's 决算数 is their whole
        elif _classes_unsure(lines, classes):
            continue
        if whole is None or len(classes) < 2 or len({c.label for c in classes}) != len(classes) or _unlabelled(lines):
            continue
        check = compare("TB-TOTAL", "表中合计等于各类科目之和", [whole], classes,
                        what=f"{span.printed or span.caption}支出方各类科目")
        check.basis = "text"
        yield check


def _final_column(lines: list[str], classes: list[Term], span: TableSpan, unit: str) -> Term | None:
    """A 决算's 收支总表 with 年初预算数 | 调整预算数 | 决算数 columns whose 类 rows print one amount each (the 决算数
    the year closed on): the 本年支出合计 row's last cell, when that row prints one cell per period column and the
    header ends with 决算数. None otherwise."""
    header = "".join(line for line in lines[:4] if not re.search(r"\d\.\d", line))
    periods = re.findall(r"年初预算数?|调整预算数?|决算数", header)
    if len(periods) < 2 or not periods[-1].startswith("决算") or len(classes) < 2:
        return None
    for line in lines:
        if any(m.group(0) for m in _CLASS_ROW.finditer(line)) and len(re.findall(_CELL, line)) != 1:
            return None  # a class row with more than its 决算数
    row = next((line for line in lines if re.search(rf"本年支出(?:合计)?{_CELL}", line)), None)
    if row is None:
        return None
    cells = re.findall(_CELL, row[re.search(r"本年支出(?:合计)?", row).end():])  # type: ignore[union-attr]
    if len(cells) != len(periods):
        return None
    return _cell_term("本年支出合计（决算数）", cells[-1], span, unit)


# The income side of a 收支总表, row by row at the start of its lines (the spending side follows on the same line):
# this year's sources, the 结转 brought in, this year's subtotal, and the side's grand total
_NUMBERED = r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?"
_SOURCE = (r"(?:一般公共预算|公共财政预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?(?:资金)?(?:收入)?|事业收入|"
           r"事业单位经营收入|上级补助收入|附属单位上缴收入|其他收入|财政专户管理资金(?:收入)?")
_CARRY = r"上年结转(?:和|及)?(?:结余)?|年初(?:财政拨款)?结转(?:和|及)?结余|用事业基金弥补收支差额"
_THIS_YEAR = r"本年收入(?:合计)?"
_INCOME_ROW = re.compile(rf"{_NUMBERED}(?:(?P<this>{_THIS_YEAR})|(?P<carry>{_CARRY})|(?P<source>{_SOURCE})){_CELL}?")
# what may follow an income row's label when its amount is blank: the spending side's row, or nothing
# (a class's name as a county prints it, “自然资源海洋气象等支出”, or a fund's spending: any words ending in 支出 before an
# amount, unless they start with the tail of a wrapped income label)
_SPENDING_START = re.compile(rf"$|{_NUMBERED}(?:\d{{3}})?(?:{'|'.join(_CLASS_NAMES)}|本年支出|支出|年末|结转|结余|基本支出|项目支出|"
                             r"(?!拨|款|收|资金|预算|财政)[\u4e00-\u9fff]{2,16}支出(?:\d|$))")
_INCOME_TOTAL = {"决算": re.compile(rf"^(?:收入)?总计{_CELL}"), "预算": re.compile(rf"^(?:收入(?:总计|合计)|总计){_CELL}")}
_INCOME_WORDS = re.compile(r"^(?:一般公共预算|政府性基金|国有资本经营|上年结转|年初|用事业基金|事业单位|上级补助|附属单位|财政专户)")


def _income_rows(lines: list[str]) -> list[tuple[str, str, str | None]] | None:
    """The income side's rows as (kind, label, amount or None when blank); None when a row cannot be read for sure:
    a label cut by its cell's wrap (“二、政府性基金预算财政拨” / “款”), a 其中 row, a 财政拨款 subtotal beside its
    funds, or amounts printed apart from their labels."""
    if _unlabelled(lines) or any(line.startswith("其中") or re.match(rf"{_NUMBERED}财政拨款(?:收入)?(?:\d|$)", line)
                                 for line in lines):
        return None
    rows = []
    for line in lines:
        bare = re.sub(rf"^{_NUMBERED}", "", line)
        found = _INCOME_ROW.match(line)
        if found is None or found.group(0) == "" or not (found.group(found.lastindex or 0) or "").strip():
            if (_INCOME_WORDS.match(bare) and not re.search(r"\d", bare)) \
                    or re.match(rf"[\u4e00-\u9fff()（）]{{2,20}}(?:收入|拨款|资金|补助|结转|结余)[)）]?{_CELL}", bare):
                return None  # an income label this reading does not know, or one cut by a wrap
            continue
        kind = next(k for k in ("this", "carry", "source") if found.group(k))
        amount = found.group(4) if found.lastindex == 4 else None
        if amount is None and not _SPENDING_START.match(line, found.end()):
            return None  # the label runs on into words this reading does not know
        rows.append((kind, found.group(kind), amount))
    return rows


@text_rule
def summary_income(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The income side of a 收支总表 (a 预算's or a 决算's, 财政拨款 or all funds) adds up: 本年收入 = Σ its source rows
    (TB-T1 for a 财政拨款 table, IE-INC-SUM for all funds), and 收入总计 = 本年收入 + the 结转 brought in (D-001 in a
    决算); without a 本年收入 row, 收入总计 = Σ every income row. A blank cell is 0 only when the identity holds."""
    total_line = _INCOME_TOTAL.get(result.kind)
    if total_line is None:
        return
    for span, lines, unit in _fiscal_summaries(view, result, every=True):
        rows = _income_rows(lines)
        if not rows:
            continue
        fiscal = "财政拨款" in span.caption
        where = span.printed or span.caption
        terms = {kind: [_cell_term(label, amount or "0.00", span, unit) for k, label, amount in rows if k == kind]
                 for kind in ("this", "carry", "source")}
        amounts = sum(amount is not None for _, _, amount in rows)
        this = terms["this"][0] if len(terms["this"]) == 1 and rows[[k for k, _, _ in rows].index("this")][2] else None
        if len(terms["this"]) > 1 or len({t.label for t in terms["source"]}) != len(terms["source"]):
            continue
        kinds = [k for k, _, _ in rows]
        # a 本年收入合计 printed below the 结转 rows closes the whole side (a template's name for its 收入合计)
        closing = this is not None and "carry" in kinds and kinds.index("this") > max(
            i for i, k in enumerate(kinds) if k == "carry")
        if this is not None and terms["source"] and any(a for k, _, a in rows if k == "source"):
            check = compare("TB-T1" if fiscal else "IE-INC-SUM", "收支总表本年收入等于各收入来源之和", [this],
                            terms["source"] + (terms["carry"] if closing else []), what=f"{where}本年收入")
            check.basis = "text"
            yield check
        total = next((m for line in lines if (m := total_line.match(line)) is not None), None)
        if total is None or amounts < 2:
            continue
        whole = _cell_term("收入总计", total.group(1), span, unit)
        parts = ([this] if this is not None else terms["source"]) + terms["carry"]
        if this is None and terms["this"]:
            continue
        rule = "D-001" if result.kind == "决算" else ("TB-T1" if fiscal else "IE-INC-SUM")
        check = compare(rule, "收支总表收入总计等于本年收入与结转之和", [whole], parts, what=f"{where}收入方")
        check.basis = "text"
        yield check


# The spending side of a 收支总表, read anywhere on its lines (the income side stands in front): this year's spending,
# each fund's spending when the side is listed by fund heading (“(一)一般公共预算支出”), what is carried out of the year
# (结转下年, 年末结转和结余, a 决算's 结余分配) and the side's grand total. A class row (一般公共服务支出) is none of them.
_SPEND_THIS = r"本年支出(?:合计)?"
_SPEND_FUND = r"(?:一般公共预算|公共财政预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?支出"
_SPEND_CARRY = r"结转下年(?:和结余)?|年末(?:财政拨款)?结转(?:和|及)?结余|结余分配"
_SPENDING_ROW = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=收入)|(?<=拨款)|(?<=结余)|(?<=结转)|(?<=合计)){_NUMBERED}(?:(?P<this>{_SPEND_THIS})|(?P<fund>{_SPEND_FUND})|"
                           rf"(?P<carry>{_SPEND_CARRY}))(?P<amount>{_CELL})?(?![\u4e00-\u9fff(（])")
_SPENDING_TOTAL = (re.compile(rf"支出总计{_CELL}"), re.compile(rf"(?<!本年)支出合计{_CELL}"),
                   re.compile(rf"^(?:收入)?总计{_CELL}总计{_CELL}"))


def _spending_rows(lines: list[str]) -> list[tuple[str, str, str | None]] | None:
    """The spending side's rows this reading knows, as (kind, label, amount or None when blank); None when the side
    cannot be read for sure: amounts printed apart from their labels, a 其中 row under a carry-over, or a row twice."""
    if _unlabelled(lines):
        return None
    rows = []
    for line in lines:
        for found in _SPENDING_ROW.finditer(line):
            if found.group("this") and found.start() == 0 and re.search(r"收入", line[found.end():]):
                return None  # a 本年支出 printed before the income side: not a two-sided line this reading knows
            kind = next(k for k in ("this", "fund", "carry") if found.group(k))
            label = re.sub(r"(?:财政)?(?:拨款)?支出$", "支出", found.group(kind)) if kind == "fund" else found.group(kind)
            rows.append((kind, label, found.group("amount")))
    labels = [label for _, label, _ in rows]
    if len(set(labels)) != len(labels) or sum(k == "this" for k, _, _ in rows) > 1:
        return None
    if sum(len(re.findall(r"年末|结转下年|结余分配", line)) for line in lines) > sum(k == "carry" for k, _, _ in rows):
        return None  # a carry-over row this reading did not take (its label wrapped or glued to another)
    return rows


_USE_ROW = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=收入)|(?<=拨款)|(?<=结转)|(?<=结余)){_NUMBERED}(基本支出|项目支出){_CELL}"
                      rf"(?![\u4e00-\u9fff(（])")


def _use_rows(lines: list[str], span: TableSpan, unit: str) -> list[Term]:
    """The side's 基本支出 and 项目支出 rows, each printed once with its amount; [] unless both are, or when a 其中
    row says the side nests its rows (then 基本/项目 may be one fund's parts)."""
    if any("其中" in line for line in lines):
        return []
    found = [(m.group(1), m.group(2)) for line in lines for m in _USE_ROW.finditer(line)]
    labels = [label for label, _ in found]
    if sorted(labels) != ["基本支出", "项目支出"]:
        return []
    return [_cell_term(label, amount, span, unit) for label, amount in found]


@text_rule
def summary_spending(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The spending side of a 收支总表 adds up (TB-T1 for a 财政拨款 table; D-001 in a 决算; IE-EXP-SUM for a 预算's
    all-funds table): 本年支出 = Σ its fund rows when the side lists them by fund heading, and 支出总计 = 本年支出 (or,
    without that row, Σ the fund rows) + what is carried out of the year (结转下年, 年末结转和结余, 结余分配). A blank
    cell is 0. Class rows are TB-TOTAL's."""
    for span, lines, unit in _fiscal_summaries(view, result, every=True):
        header = "".join(line for line in lines[:4] if not re.search(r"\d\.\d", line))
        if len(set(re.findall(r"年初预算|调整预算|决算数", header))) >= 2:
            continue  # amounts in several periods' columns
        rows = _spending_rows(lines)
        if not rows:
            continue
        fiscal = "财政拨款" in span.caption
        where = span.printed or span.caption
        terms = {kind: [_cell_term(label, amount or "0.00", span, unit) for k, label, amount in rows if k == kind]
                 for kind in ("this", "fund", "carry")}
        this = next((t for (k, _, amount), t in zip([r for r in rows if r[0] == "this"], terms["this"]) if amount), None)
        if terms["this"] and this is None:
            continue  # a 本年支出 row printed blank
        # a side listing its classes may name a fund's spending as one of them (国有资本经营预算支出 beside 交通运输支出):
        # its fund rows are then no list of the whole. A table printed below the total row is another one.
        end = next((i for i, line in enumerate(lines) if any(p.search(line) for p in _SPENDING_TOTAL)), len(lines))
        listed = not any(not re.fullmatch(_SPEND_FUND, m.group(1)) for line in lines[:end + 1]
                         for m in _CLASS_ROW.finditer(line))  # 国有资本经营预算支出 is a class's name too
        funds = terms["fund"] if listed else []
        # a side that lists 基本支出 and 项目支出 beside its fund rows splits all its spending by use: the fund rows
        # are then the appropriations' part of it (上年结转 or 事业收入 spent are in 基本/项目 but in no fund row), and
        # the side's whole is 基本 + 项目
        uses = _use_rows(lines[:end + 1], span, unit) if funds else []
        if uses:
            funds = []
        if this is not None and funds and any(a for k, _, a in rows if k == "fund"):
            rule = "TB-T1" if fiscal else ("D-001" if result.kind == "决算" else "IE-EXP-SUM")
            check = compare(rule, "收支总表本年支出等于各资金支出之和", [this], funds, what=f"{where}本年支出")
            check.basis = "text"
            yield check
        total = next((m for pattern in _SPENDING_TOTAL for line in lines if (m := pattern.search(line)) is not None), None)
        listed_funds = bool(funds) and any(a for k, _, a in rows if k == "fund")
        if total is None or (this is None and not uses and not listed_funds):
            continue
        if this is None and not terms["carry"] and len(funds or uses) < 2:
            continue  # one fund row against the total: the balance rules read that line already
        raw = total.group(total.lastindex or 1)
        whole = _cell_term("支出总计", raw, span, unit)
        parts = ([this] if this is not None else funds or uses) + terms["carry"]
        rule = "TB-T1" if fiscal else ("D-001" if result.kind == "决算" else "IE-EXP-SUM")
        check = compare(rule, "收支总表支出总计等于本年支出与结转之和", [whole], parts, what=f"{where}支出方")
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


# A 收支总表 set against last year column by column: “收入项目 | 2025年预算 | 2026年预算 | 增减 | 支出项目 | …”, each side
# its label and three amounts (the year before, the year, the change), or “上年预算数 | 本年预算数 | 增减额”
_YEAR_HEAD = re.compile(r"^(?:((?:19|20)\d\d)年度?|(上年|本年))(?:预算|决算|执行)?数?(?:[（(](?:万元|元)[)）])?$")
_CHANGE_HEAD = re.compile(r"^(?:增减|增减额|增减数|增减变动|比上年增减)(?:[（(](?:万元|元)[)）])?$")
_GRID_AMOUNT = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}")


def _change_groups(header: list[str]) -> list[tuple[int, int, int, int]]:
    """(label, the year before, the year, change) columns of each side: the later year right after the earlier one."""
    groups = []
    for at in range(1, len(header) - 2):
        before, after = _YEAR_HEAD.match(header[at]), _YEAR_HEAD.match(header[at + 1])
        if before is None or after is None or not _CHANGE_HEAD.match(header[at + 2]):
            continue
        if (before.group(1) and after.group(1) and int(after.group(1)) == int(before.group(1)) + 1) \
                or (before.group(2) == "上年" and after.group(2) == "本年"):
            groups.append((at - 1, at, at + 1, at + 2))
    return groups


@text_rule
def summary_change_column(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-ROW in a 收支总表 that prints last year's column, this year's and their change, side by side: on every row
    of either side, 本年 = 上年 + 增减 (a blank or a word in any of the three leaves the row alone)."""
    grids: list[tuple[str, int, str, list[list[str | None]]]] = []
    document = view.document
    if document is not None and not getattr(document, "is_pdf", False):
        grids = [(source.caption, source.page, source.unit, source.grid) for source in getattr(document, "tables", [])
                 if re.search(r"收支|收入支出", source.caption) and source.unit in UNIT_FACTOR and source.page]
    else:
        for span, lines, unit in _summaries(view, result):
            if any("增减" in line and re.search(r"上年|\d{4}年", line) for line in lines[:6]):  # a change column
                grids += [(span.quote or span.caption, span.first, unit, grid) for grid in table_grids(view, span)]
    seen: set[int] = set()
    for caption, page, unit, grid in grids:
        if id(grid) in seen or not grid or any(cell is None for cell in grid[0]):
            continue
        seen.add(id(grid))
        groups = _change_groups([squeeze(cell or "") for cell in grid[0]])
        for row in grid[1:]:
            if len(row) != len(grid[0]):
                break
            for label_at, before_at, after_at, change_at in groups:
                label = squeeze(row[label_at] or "")
                cells = [squeeze(row[n] or "") for n in (before_at, after_at, change_at)]
                if not label or not all(_GRID_AMOUNT.fullmatch(cell) for cell in cells):
                    continue
                before, after, change = (Term(f"{label}{name}", Decimal(raw.replace(",", "")) * UNIT_FACTOR[unit],
                                              printed_decimals(raw), unit, page, f"{caption} · {label} · {name}")
                                         for name, raw in zip(("上年", "本年", "增减"), cells))
                check = compare("TB-ROW", "收支总表各行本年数等于上年数加增减", [after], [before, change],
                                what=f"{caption}“{label}”行增减")
                check.basis = "text"
                yield check
