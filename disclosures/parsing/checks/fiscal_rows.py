"""TB-ROW for the 财政拨款收入支出决算总表's class rows whose blank cells its text drops.

The table's header is “项目 合计 一般公共预算 政府性基金预算 (国有资本经营预算)”; a 功能分类 class row prints its code,
its name, its 合计 and only the funds it draws on. Whichever columns its printed amounts stand in, a blank is nothing,
so the row's 合计 = Σ the other amounts it prints: no placement is needed. Rows printing every cell are left to the
table readers.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, compare
from .summaries import _CELL
from .text import Text, printed_decimals, span_unit, squeeze, table_spans, text_rule

_FUND = r"(?:财政拨款)?(?:小计)?"
_HEADER = re.compile(rf"项目(?:\(按功能分类\))?合计一般公共预算{_FUND}政府性基金预算{_FUND}(国有资本经营预算{_FUND})?")
_TITLE = re.compile(r"财政拨款收入支出决算总表")
_UNIT = re.compile(r"单位[:：](万元|千元|亿元|元)")
_CLASS_ROW = re.compile(rf"(\d{{3}})([^\d.,]+?)((?:{_CELL})+)")


@text_rule
def fiscal_class_rows(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-ROW: a class row of the 财政拨款收入支出决算总表 printing fewer cells than columns: 合计 = Σ the others."""
    if "财政拨款收入支出决算总表" not in view.text:
        return
    texts = [squeeze(line.text) for line in view.lines]
    for at, text in enumerate(texts):
        header = _HEADER.fullmatch(text)
        if header is None or not any(_TITLE.search(t) for t in texts[max(0, at - 3): at]):
            continue
        unit = next((u.group(1) for t in texts[max(0, at - 3): at] if (u := _UNIT.search(t))), None)
        if unit is None:
            continue
        width = 4 if header.group(1) else 3
        for k in range(at + 1, min(len(texts), at + 60)):
            if view.lines[k].page != view.lines[at].page:
                break
            row = _CLASS_ROW.fullmatch(texts[k])
            if row is None:
                continue
            cells = re.findall(_CELL, row.group(3))
            if not 2 <= len(cells) < width:
                continue
            name = f"{row.group(1)}{row.group(2)}"

            def cell(raw: str, shown: str) -> Term:
                return Term(shown, Decimal(raw.replace(",", "")) * UNIT_FACTOR[unit], printed_decimals(raw), unit,
                            view.lines[k].page, f"财政拨款收入支出决算总表 · {name}")

            whole = cell(cells[0], f"{name}合计")
            parts = [cell(raw, f"{name}第{n + 2}个金额") for n, raw in enumerate(cells[1:])]
            check = compare("TB-ROW", "财政拨款收入支出决算总表每行合计等于各资金来源之和", [whole], parts,
                            what=f"财政拨款收入支出决算总表“{name}”行")
            check.basis = "text"
            yield check


# the 财政拨款收支总表 (预算 or 决算) and, on its spending side, the rows that print every column: 合计 and one per fund
_FISCAL_SUMMARY = re.compile(r"财政拨款收(?:入)?支(?:出)?(?:决算|预算)?总表")
_FUND_WORDS = ("一般公共预算", "政府性基金", "国有资本经营")
_TOTAL_ROWS = ("本年支出合计", "年末财政拨款结转和结余", "总计")
_ANY_UNIT = re.compile(r"单位[:：]\s*(万元|千元|亿元|元)")


@text_rule
def fiscal_total_rows(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-ROW on the spending side of a 财政拨款收支总表 whose header is “合计” then one column per fund: each total
    row printing every column (本年支出合计, 年末财政拨款结转和结余, 总计) has 合计 = Σ its fund columns. The row is
    read from its line's end, where the spending side prints; its cells are as many as the header's columns."""
    if "财政拨款收" not in view.text:
        return
    for span in table_spans(view, result):
        if not _FISCAL_SUMMARY.search(span.caption):
            continue
        lines = [squeeze(line) for line in span.body]
        first_row = next((k for k, line in enumerate(lines) if re.search(_CELL, line)), len(lines))
        header = "".join(lines[:first_row])
        opened = re.search(r"合计(?=一般公共预算)", header)
        if opened is None:
            continue
        width = 1 + sum(word in header[opened.end():] for word in _FUND_WORDS)
        unit = next((u.group(1) for line in span.body[:3] if (u := _ANY_UNIT.search(line))), None) \
            or span_unit(view, span)
        if unit is None or width < 3:
            continue
        row_end = re.compile(rf"({'|'.join(_TOTAL_ROWS)})((?:{_CELL}){{{width}}})$")
        for line in lines[first_row:]:
            row = row_end.search(line)
            if row is None:
                continue
            cells = re.findall(_CELL, row.group(2))
            label = row.group(1)

            def cell(raw: str, shown: str) -> Term:
                return Term(shown, Decimal(raw.replace(",", "")) * UNIT_FACTOR[unit], printed_decimals(raw), unit,
                            span.first, f"{span.quote} · {label}")

            check = compare("TB-ROW", "财政拨款收入支出决算总表每行合计等于各资金来源之和", [cell(cells[0], "合计")],
                            [cell(raw, fund) for raw, fund in zip(cells[1:], _FUND_WORDS)],
                            what=f"{span.quote}“{label}”行")
            check.basis = "text"
            yield check
