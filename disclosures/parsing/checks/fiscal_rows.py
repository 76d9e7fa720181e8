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
from .text import Text, printed_decimals, squeeze, text_rule

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
