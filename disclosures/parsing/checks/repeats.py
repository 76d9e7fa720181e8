"""A total the words state that a 附表 prints too, read from the printed lines when the parser kept no figure for it.

The 一般公共预算财政拨款支出 of the statement (“2023年度一般公共预算财政拨款支出3,579.59万元，占本年支出合计的…”) is the 合计
of the 一般公共预算财政拨款支出表 (CHECKS.md PT-MAP, 三 against 表二). Two digits swapped in either printing leave every
other check satisfied, so the two printings are held to each other here (PT-MAP, error beyond the rounding envelope).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, coarse_vs_fine, near_literal, opened_at, term
from .tables import is_general_expenditure
from .text import Text, span_unit, table_spans, table_unit, text_rule, squeeze
from .total_lines import _CELL, _class_rows_and_total, _row_cells

_STATED = re.compile(r"(?:(?P<year>(?:19|20)\d\d)年度?|本年度?)?(?:全年)?一般公共预算(?:财政)?拨款支出(?:决算|预算)?数?"
                     r"(?:为|是|共计|合计|总额为?)?"
                     # “…支出年初预算为A万元，支出决算为B万元”: a 决算's actual after its budget
                     r"(?:年初预算(?:数)?为?\d[\d,]*(?:\.\d+)?(?:万元|元)[,，]支出决算(?:数)?为?)?"
                     r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>万元|元)(?![/每])")
# what may not stand before the amount's words: last year's figure, a comparison, a share or a part of it
_NOT_OWN = re.compile(r"(?:上年度?|上一年度?|去年|比|较|与|占|其中|含|包括)$")


# “全年由一般公共预算财政拨款列支1,513.29万元”: the fund named as where the spending was paid from
_PAID_FROM = re.compile(r"(?:全年|本年度?)?由一般公共预算(?:财政)?拨款(?:列支|安排支出|支出)(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>万元|元)(?![/每])")
# “（三）完成情况。年初预算为A万元，支出决算为B万元”: a 决算's budget and actual with no subject of their own, which
# speak of what the numbered part they stand in is about
_SUBJECTLESS_ACTUAL = re.compile(r"年初预算(?:数)?为?\d[\d,]*(?:\.\d+)?(?:万元|元)[,，](?:支出)?决算(?:数)?为?"
                                 r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>万元|元)(?![/每])")
_PART_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}[、.．]")
_GENERAL_SPENDING_PART = re.compile(r"一般公共预算(?:财政)?拨款(?:的)?支出")
_OTHER_SUBJECT = re.compile(r"三公|基本支出|项目支出|政府性基金|国有资本|机关运行|采购|绩效")


def _under_general_spending_part(view: Text, at: int) -> bool:
    """The offset stands in the numbered part (“六、一般公共预算财政拨款支出决算情况说明”) whose heading names the
    一般公共预算财政拨款支出 and nothing narrower (三公, 基本支出…): the last such heading line above it."""
    line = bisect_right(view.starts, at) - 1
    for k in range(line, max(-1, line - 40), -1):
        text = view.text[view.starts[k]:view.starts[k + 1] if k + 1 < len(view.starts) else len(view.text)]
        if _PART_HEADING.match(text) and len(text) <= 40 and "。" not in text:
            return bool(_GENERAL_SPENDING_PART.search(text)) and not _OTHER_SUBJECT.search(text)
    return False


# a run-in heading that names no subject of its own: “（三）完成情况。”, “3.执行情况。”
_BARE_RUN_IN = re.compile(r"(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、])\s*[^。，,;；：:\d()（）]{0,8}(?:情况|完成|执行)[。：:]$")


def _opens_clause(text: str, at: int) -> bool:
    """Right after a run-in heading that names no subject (“（三）完成情况。年初预算为…”): the words speak of the part's
    own subject. After an item's heading (“1.卫生健康支出（类）公立医院（款）。”) or a colon they are that item's."""
    return bool(_BARE_RUN_IN.search(text, max(0, at - 16), at))


def _stated_totals(result: ParsedDisclosure, view: Text) -> Iterator[tuple[int, Term]]:
    """(offset, term) of each distinct amount the words give as this year's 一般公共预算财政拨款支出."""
    seen: set[Decimal] = set()
    found = list(opened_at(_STATED, view.text, near_literal(view.text, "一般公共预算", least=0, most=8)))
    found += [m for m in opened_at(_PAID_FROM, view.text, near_literal(view.text, "由一般公共预算", least=0, most=3))]
    if result.kind == "决算":
        found += [m for m in opened_at(_SUBJECTLESS_ACTUAL, view.text, near_literal(view.text, "年初预算", least=0, most=0))
                  if _opens_clause(view.text, m.start()) and _under_general_spending_part(view, m.start())]
    found.sort(key=lambda m: m.start())
    # 一般公共预算 stands at most eight characters on (“2024年度全年”): tried only there
    for match in found:
        page = view.page_at(match.start())
        before = view.text[max(0, match.start() - 6):match.start()]
        if page in view.listing_pages or _NOT_OWN.search(before):
            continue
        if match.re is _STATED and match.group("year") and result.year and int(match.group("year")) != result.year:
            continue
        raw = match.group("num")
        value = Decimal(raw.replace(",", "")) * UNIT_FACTOR[match.group("unit")]
        if value in seen:
            continue
        seen.add(value)
        places = len(raw.split(".")[1]) if "." in raw else 0
        yield match.start(), Term("正文一般公共预算财政拨款支出", value, places, match.group("unit"), page,
                                  match.group(0))


def _table_total(result: ParsedDisclosure, view: Text) -> Term | None:
    """The 合计 of the first 一般公共预算财政拨款支出表 whose 合计 row reads cleanly (合计 = 基本 + 项目)."""
    for span in table_spans(view, result):
        if not is_general_expenditure(span.caption):
            continue
        unit = table_unit(view, span)
        _classes, total = _class_rows_and_total([squeeze(line) for line in span.body])
        cells = _row_cells(total.group(2)) if total is not None else None
        if unit is None or not cells or not re.match(_CELL, total.group(2)):
            continue
        value, places = cells[0]
        caption = span.printed or span.caption
        return Term(f"{caption}合计", value * UNIT_FACTOR[unit], places, unit, span.first, f"{caption} · 合计行")
    return None


@text_rule
def pt_general_spending_total(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-MAP: the 一般公共预算财政拨款支出 the words state = the 合计 of the 一般公共预算财政拨款支出表."""
    stated = list(_stated_totals(result, view))
    whole = _table_total(result, view) if stated else None
    if whole is None:
        yield from _printed_twice(result, [prose for _at, prose in stated])
        return
    for _at, prose in stated:
        check = coarse_vs_fine("PT-MAP", "正文与表格一致：一般公共预算财政拨款支出", prose, whole)
        check.basis = "text"
        yield check


pt_general_spending_total.defers = True  # type: ignore[attr-defined]


def _printed_twice(result: ParsedDisclosure, stated: list[Term]) -> Iterator[Check]:
    """PR-REPEAT: with no table to hold them to, the words' own printings of this year's 一般公共预算财政拨款支出 are
    held to each other (a 决算's budget, “支出预算为…”, is another amount and left out). One unit of the last printed
    place apart is a warning (a slip of the last digit); more is an error."""
    if result.kind == "决算":
        stated = [t for t in stated if not re.search(r"支出(?:预算|年初预算(?!.*决算))", t.source or "")]
    if len(stated) < 2:
        return
    first = stated[0]
    name = "同一数字多处刊印一致：一般公共预算财政拨款支出"
    for other in stated[1:]:
        if first.scale is not None and first.scale == other.scale and first.unit == other.unit:
            # printed to the same place, one amount is printed the same way twice: no rounding stands between them
            diff = abs(first.value - other.value)
            if diff == 0:
                check = Check("PR-REPEAT", name, "pass", "error", f"两处均为{first.source}",
                              [first.to_json(), other.to_json()], None, first.page)
            else:
                unit_step = Decimal(10) ** -first.scale * UNIT_FACTOR[first.unit]
                check = Check("PR-REPEAT", name, "fail", "warning" if diff <= unit_step else "error",
                              f"正文先称“{first.source}”，后称“{other.source}”，同一金额相差{diff:f}万元，需人工复核",
                              [first.to_json(), other.to_json()], None, other.page)
        else:
            check = coarse_vs_fine("PR-REPEAT", name, first, other)
        check.basis = "text"
        yield check


# the header of a table whose amount columns are exactly 合计, 基本支出 and 项目支出, in that order
_SPLIT_HEADER = re.compile(r"合计基本支出项目支出$")


def _table_split(result: ParsedDisclosure, view: Text) -> tuple[Term, Term] | None:
    """The 基本支出 and 项目支出 of the 合计 row of the first 一般公共预算财政拨款支出表 printed with exactly the columns
    合计, 基本支出, 项目支出 whose 合计 row adds up (合计 = 基本 + 项目)."""
    for span in table_spans(view, result):
        if not is_general_expenditure(span.caption):
            continue
        lines = [squeeze(line) for line in span.body]
        if not any(_SPLIT_HEADER.search(line) for line in lines[:4]):
            continue
        unit = span_unit(view, span)
        _classes, total = _class_rows_and_total(lines)
        cells = _row_cells(total.group(2)) if total is not None else None
        if unit is None or not cells or len(cells) != 3:
            continue
        caption = span.printed or span.caption
        factor = UNIT_FACTOR[unit]
        return tuple(Term(f"{caption}合计行{label}", value * factor, places, unit, span.first, f"{caption} · 合计行 · {label}")
                     for label, (value, places) in zip(("基本支出", "项目支出"), cells[1:]))  # type: ignore[return-value]
    return None


@text_rule
def pt_general_split(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-MAP: the 基本支出 and 项目支出 the words state for the 一般公共预算财政拨款 (the parser's prose figures of that
    scope) = the 基本支出 and 项目支出 of the 合计 row of the 一般公共预算财政拨款支出表, where the parser kept no
    figure of that table (a text file's table, read here from its printed lines)."""
    figures = [result.figures.get(key) for key in ("basic_expenditure", "project_expenditure")]
    if any(f is None or f.value is None or f.origin != "prose" or f.fund_scope != "一般公共预算财政拨款" for f in figures):
        return
    if any(f.metric in ("basic_expenditure", "project_expenditure") and f.fund_scope == "一般公共预算财政拨款"
           for f in result.table_figures):
        return  # the figure rules hold the prose to that table's cells
    split = _table_split(result, view)
    if split is None:
        return
    for figure, cell, label in zip(figures, split, ("基本支出", "项目支出")):
        check = coarse_vs_fine("PT-MAP", f"正文与表格一致：一般公共预算财政拨款{label}", term(figure, f"正文一般公共预算{label}"),
                               cell)
        check.basis = "text"
        yield check
