"""Named sentence patterns: each finds where a metric's amount is stated in one typical wording.

    label_amounts      "公务接待费5.60万元" — a label, filler words, then the amount
    change_first       "“三公”经费预算较上年减少3.60万元，为41.20万元"
    count_then_amount  "公务用车运行维护费按现有公务用车3辆核定，安排9.60万元"
    respectively       "A、B和C分别为1万元、2万元和3万元" (and "分别比上年减少…")
    shared_change      "A0万元，B0万元，均与上年持平" / "A和B均为0"
    budget_actual      "年初预算为0.95万元，支出决算为0.00万元" — the value is the actual, the budget is kept
    zero_in_words      "无政府性基金预算财政拨款收入和支出", "无公务用车" — a zero without a numeral
    change_only        "公务接待费支出决算持平" — a change whose figure is stated elsewhere

Each has its own table of example sentences in tests/parsing/test_patterns.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .clauses import Change, at_clause_start
from .numbers import NUMBER, UNIT, Amount, parse_amount

@dataclass
class Hit:
    amount: Amount
    start: int  # start of the label
    num_start: int
    end: int  # end of the amount (unit included)
    change: Change | None = None  # a change stated before the figure ("较上年减少3.60万元，为41.20万元")


_GAP = r"(?:\d{4}年度?|[^\d。;,比较增减元])*?"


def label_amounts(text: str, label: str, *, start: int = 0, end: int | None = None,
                  clause_start: bool = True, gap: str = _GAP) -> list[Hit]:
    """Every `label … amount` in text, with only filler words (预算, 为, 合计 …) between them."""
    end = len(text) if end is None else end
    tail = _tail_pattern(gap)
    hits = []
    for match in _compiled(label).finditer(text, start, end):
        found = tail.match(text, match.end(), end)
        if found and re.search(r"(?:约|近|大约|将近|超过|不到|逾|左右)$|分别|会议|培训|、|和|及", found.group("gap")):
            # "约45万元" is no exact figure; "分别为A和B" needs to know which is which;
            # "“三公”经费、会议费和培训费合计96.30万元" is not the 三公 total.
            continue
        if not found or len(found.group("gap")) > 16:
            zero = _ZERO_TAIL.match(text, match.end(), end)
            if not zero or (clause_start and not at_clause_start(text, match.start())):
                continue
            hits.append(Hit(Amount(Decimal(0), 0, "万元"), match.start(), zero.start("zero"), zero.end()))
            continue
        if clause_start and not at_clause_start(text, match.start()):
            continue
        hits.append(Hit(parse_amount(found.group("num"), found.group("unit")), match.start(),
                        found.start("num"), found.end()))
    return hits


_ZERO_TAIL = re.compile(r"(?:[^\d。;,比较增减]{0,8}?)(?:为|是)(?P<zero>零)(?![一-龥]{0,2}(?:星|散|售|件|部件))")


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@lru_cache(maxsize=8)
def _tail_pattern(gap: str) -> re.Pattern[str]:
    return re.compile(rf"(?P<gap>{gap})(?P<num>{NUMBER})(?P<unit>{UNIT})")
