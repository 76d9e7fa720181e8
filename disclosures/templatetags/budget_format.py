"""Number formatting for pages: 万元 with thousands separators and two decimals, counts as integers.

Every page formats through these filters so a figure reads the same on the home page, a region page and a
disclosure page ("4,683.35"; absent is "—", never 0).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from django import template

register = template.Library()

DASH = "—"
CENT = Decimal("0.01")


def _to_decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        if value != value:  # NaN from a pandas frame means "absent"
            return None
        value = repr(value)
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return None if number.is_nan() else number


def format_wan(value: Any) -> str:
    """Decimal (or numeric string) in 万元 → "4,683.35"; None/NaN → "—". The project's one 万元 formatter: pages,
    the compare table, charts' text and the comparison registry (comparisons/columns.py) all call it."""
    kind = type(value)
    # fast paths for the compare table's thousands of cells (same text as the general path)
    if kind is Decimal and value.is_finite():
        number = value
    elif kind is float and value == value and value not in (float("inf"), float("-inf")):
        number = Decimal(repr(value))
    else:
        number = _to_decimal(value)
        if number is None or not number.is_finite():
            return DASH
    # ROUND_HALF_UP: the way the documents round, not banker's rounding
    return f"{number.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"


def format_percent(value: Any, *, signed: bool = False) -> str:
    """A percentage (already ×100) → "97.30", or with `signed` "+40.68" / "−2.50"; None/NaN → "—"."""
    number = _to_decimal(value)
    if number is None or not number.is_finite():
        return DASH
    text = f"{abs(number).quantize(CENT, rounding=ROUND_HALF_UP):,.2f}" if signed else \
        f"{number.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"
    if signed and number > 0:
        return f"+{text}"
    if signed and number < 0 and text != "0.00":
        return f"−{text}"
    return text


def format_count(value: Any) -> str:
    """A headcount or vehicle count → "1,234"; None/NaN → "—"."""
    number = _to_decimal(value)
    if number is None:
        return DASH
    return f"{number.quantize(Decimal(1), rounding=ROUND_HALF_UP):,.0f}"


def format_signed_wan(value: Any) -> str:
    """A change against last year → "+23.70" / "−2.50" (a real minus sign); None → "—"."""
    number = _to_decimal(value)
    if number is None:
        return DASH
    text = format_wan(abs(number))
    if number > 0:
        return f"+{text}"
    if number < 0:
        return f"−{text}"
    return text


@register.filter
def wan(value: Any) -> str:
    return format_wan(value)


@register.filter
def percent(value: Any) -> str:
    return format_percent(value)


@register.filter
def count(value: Any) -> str:
    return format_count(value)


@register.filter
def signed_wan(value: Any) -> str:
    return format_signed_wan(value)


@register.filter
def metric_value(value: Any, unit: str) -> str:
    """Format by the metric's unit: 万元 amounts get two decimals, 人/辆 counts none."""
    return format_wan(value) if unit == "万元" else format_count(value)


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    """Dictionary lookup in templates (coverage grids, pivoted figures)."""
    if mapping is None:
        return None
    try:
        return mapping.get(key)
    except AttributeError:
        return None
