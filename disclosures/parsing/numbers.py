"""Amounts as printed → exact Decimals in 万元, with the decimals they were printed with."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# A number as typists write it: "3,064.66", "1 234.50" (spaces already folded), "0", ".5", "－2.5".
NUMBER = r"[-−－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
UNIT = r"亿元|万元|千元|元|万(?=[,;。)、]|$)"  # a bare 万 before punctuation is 万元 ("26万，比上年…")
AMOUNT_RE = re.compile(rf"(?P<num>{NUMBER})(?P<unit>{UNIT})")

_TO_WAN = {"元": Decimal("0.0001"), "千元": Decimal("0.1"), "万元": Decimal(1), "万": Decimal(1),
           "亿元": Decimal(10000)}


@dataclass(frozen=True)
class Amount:
    value: Decimal  # in 万元 (or a count, when source_unit is 人/辆)
    scale: int  # decimals as printed
    source_unit: str  # 元, 千元, 万元, 亿元, 人, 辆


def parse_number(raw: str) -> tuple[Decimal, int]:
    """'3,064.66' -> (Decimal('3064.66'), 2). Raises ValueError for anything that is not a plain number."""
    text = raw.strip().replace(",", "").replace("，", "").replace(" ", "")
    text = text.replace("−", "-").replace("－", "-")
    if text.startswith("."):
        text = "0" + text
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {raw!r}") from exc
    scale = len(text.split(".", 1)[1]) if "." in text else 0
    return value, scale


def parse_amount(raw: str, unit: str = "万元") -> Amount:
    """'45,600' in 元 -> Amount(Decimal('4.56'), 0, '元'): always 万元, exact."""
    value, scale = parse_number(raw)
    factor = _TO_WAN.get(unit)
    if factor is None:
        raise ValueError(f"unknown unit: {unit!r}")
    wan = value * factor
    # Keep the result exact but drop the exponent noise of the multiplication (4.5600 -> 4.56).
    wan = wan.normalize() if wan != 0 else Decimal(0)
    if wan == wan.to_integral_value():
        wan = wan.quantize(Decimal(1))
    return Amount(wan, scale, "万元" if unit == "万" else unit)


def parse_count(raw: str) -> int | None:
    try:
        value, scale = parse_number(raw)
    except ValueError:
        return None
    if scale or value < 0:
        return None
    return int(value)


# A count written in Chinese numerals ("二十三", "一百零五", "两百", "一〇五"): only where a count is expected (编制/实有
# 人数, 车辆), never for amounts. Up to 千: a unit's headcount or fleet is never larger.
CHINESE_COUNT = r"[一二两三四五六七八九十百千零〇]+"
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PLACES = {"十": 10, "百": 100, "千": 1000}


def parse_chinese_count(raw: str) -> int | None:
    """'二十三' -> 23, '十五' -> 15, '一百零五' -> 105, '三百二' -> 320, '一〇五' -> 105; None for anything else."""
    if not raw or any(c not in _DIGITS and c not in _PLACES for c in raw):
        return None
    if not any(c in _PLACES for c in raw):  # digit by digit: "一〇五"
        return int("".join(str(_DIGITS[c]) for c in raw)) if len(raw) == 1 or raw[0] not in "零〇" else None
    total, digit, last_place = 0, None, 10_000
    for c in raw:
        if c in _DIGITS:
            if _DIGITS[c] == 0:  # 零 only marks a skipped place ("一百零五")
                continue
            if digit is not None:
                return None  # two digits in a row ("二三十")
            digit = _DIGITS[c]
        else:
            place = _PLACES[c]
            if place >= last_place:
                return None  # places must fall ("十百")
            if digit is None and total:  # "一百十" is not written; "十" alone at the start is 10
                return None
            total += (1 if digit is None else digit) * place
            digit, last_place = None, place
    if digit is not None:
        # "三百二" (abbreviated 320): a trailing digit right after a place larger than 十 fills the next place down.
        previous = raw[-2]
        total += digit * (_PLACES[previous] // 10 if previous in _PLACES and _PLACES[previous] > 10 else 1)
    return total
