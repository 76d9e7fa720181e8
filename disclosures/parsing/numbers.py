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
