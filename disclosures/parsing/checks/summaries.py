"""A 预算's 财政拨款收支总表 read from its printed lines (TB-T1, TB-TOTAL).

The parser keeps no total of a 财政拨款收支总表 (its 总计 rows are not the department's whole income), so the figure
rules never see them: here its 收入总计 must equal its 支出总计, and the 功能分类 类 rows of its spending side must add
up to 本年支出 (or, without that row, to 支出总计). A 决算's 总计 rows add 结转和结余 and are left to D-001.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from .core import Term, compare
from .text import Text, TableSpan, _decimals, _unit, table_spans, text_rule

_CELL = r"(\d[\d,]*?\.\d{2})"  # two decimals: cells glued by the PDF's text still split one way only
_CLASS_NAMES = sorted((name for name, code in FUNCTION_CODES.items() if len(code) == 3), key=len, reverse=True)
# a 类 row starts its line or follows the income side's row on the same line (its amount, or its label when the
# cell is blank: “政府性基金预算拨款卫生健康支出28.46”), with its code or a numbering
_CLASS_ROW = re.compile(rf"(?:^|(?<=\.\d\d)|(?<=拨款|收入|结转|结余|资金|预算))(?:[23]\d\d|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?"
                        rf"({'|'.join(_CLASS_NAMES)}){_CELL}")
_TO_WAN = {"亿元": Decimal(10000), "万元": Decimal(1), "元": Decimal("0.0001")}


def _fiscal_summaries(view: Text, result: ParsedDisclosure) -> Iterator[tuple[TableSpan, list[str], str]]:
    """A 预算's 财政拨款收支总表: its span, its lines without spaces and its unit."""
    if result.kind != "预算":
        return
    for span in table_spans(view, result):
        if "财政拨款" not in span.caption or not re.search(r"收支|收入支出", span.caption):
            continue
        unit = _unit(view, span)
        if unit is not None:
            yield span, [re.sub(r"\s", "", line) for line in span.body], unit


def _labelled(lines: list[str], label: str, span: TableSpan, unit: str) -> Term | None:
    """The first amount printed right after `label` in the table, as a term in 万元."""
    for line in lines:
        if (found := re.search(label + _CELL, line)) is not None:
            return _cell_term(found.group(0)[: -len(found.group(1))], found.group(1), span, unit)
    return None


def _cell_term(label: str, raw: str, span: TableSpan, unit: str) -> Term:
    value = Decimal(raw.replace(",", "")) * _TO_WAN[unit]
    return Term(label, value, _decimals(raw), unit, span.first, f"{span.printed or span.caption} · {label}")


@text_rule
def fiscal_summary_balance(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-T1: a 预算's 财政拨款收支总表 balances, 收入总计 = 支出总计."""
    for span, lines, unit in _fiscal_summaries(view, result):
        income = _labelled(lines, "收入总计", span, unit)
        spending = _labelled(lines, "支出总计", span, unit)
        if income is None or spending is None:
            continue
        check = compare("TB-T1", "财政拨款收支总表收入总计等于支出总计", [income], [spending],
                        what=f"{span.printed or span.caption}收入与支出总计")
        check.basis = "text"
        yield check


@text_rule
def fiscal_summary_classes(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-TOTAL: the 类 rows of a 预算's 财政拨款收支总表 add up to its 本年支出 (支出总计 when it prints no 本年支出)."""
    for span, lines, unit in _fiscal_summaries(view, result):
        whole = _labelled(lines, r"本年支出(?:合计)?", span, unit) or _labelled(lines, "支出总计", span, unit)
        classes = [_cell_term(m.group(1), m.group(2), span, unit) for line in lines for m in _CLASS_ROW.finditer(line)]
        if whole is None or len(classes) < 2 or len({c.label for c in classes}) != len(classes):
            continue  # a class printed twice (once per fund) is not one list of rows
        check = compare("TB-TOTAL", "表中合计等于各类科目之和", [whole], classes,
                        what=f"{span.printed or span.caption}支出方各类科目")
        check.basis = "text"
        yield check
