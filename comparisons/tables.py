"""The compare table (django-tables2) and the cell formatting the CSV shares with it.

`TABLE_COLUMNS` fixes which comparison-frame columns the table shows, in order; the CSV writes the same columns
with the same headers, so the two cannot drift apart. Amounts: 万元, thousands separators, two decimals.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import django_tables2 as tables
from django.utils.html import format_html

from disclosures.templatetags.budget_format import DASH, format_count, format_signed_wan, format_wan

from .analysis import AMOUNT_COLUMNS, COLUMN_LABELS, COUNT_COLUMNS, DERIVED

TEXT, COUNT, AMOUNT, RATIO, SIGNED, PERCENT = "text", "count", "amount", "ratio", "signed", "percent"

TABLE_COLUMNS: list[tuple[str, str]] = [
    ("subject_name", TEXT), ("region", TEXT), ("year", COUNT), ("kind", TEXT), ("scope", TEXT),
    *[(key, AMOUNT) for key in AMOUNT_COLUMNS[:5]],
    *[(key, AMOUNT) for key in AMOUNT_COLUMNS[5:]],
    *[(key, COUNT) for key in COUNT_COLUMNS],
    *[(key, RATIO) for key in DERIVED],
    ("sangong_total_change", SIGNED), ("sangong_total_change_pct", PERCENT), ("sangong_total_reason", TEXT),
    ("operating_costs_change", SIGNED), ("operating_costs_change_pct", PERCENT), ("operating_costs_reason", TEXT),
    ("rank", COUNT), ("peer_signal", TEXT), ("notes", TEXT),
]
COLUMN_KINDS = dict(TABLE_COLUMNS)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def cell_text(key: str, record: dict[str, Any]) -> str:
    """The cell as the page shows it (text, without HTML)."""
    value, kind = record.get(key), COLUMN_KINDS[key]
    if kind == TEXT:
        return "" if _missing(value) else str(value)
    if _missing(value):
        reason = record.get(f"{key}_reason") if kind == RATIO else ""
        return f"{DASH}（{reason}）" if reason else DASH
    if kind == COUNT:
        return str(int(value)) if key in ("year", "rank") else format_count(value)
    if kind in (AMOUNT, RATIO):
        return format_wan(value)
    if kind == SIGNED:
        return format_signed_wan(value)
    return format_signed_wan(value)  # the header says (%)


def cell_plain(key: str, record: dict[str, Any]) -> str:
    """The cell for CSV: like `cell_text`, but numbers without thousands separators and with an ASCII minus."""
    value, kind = record.get(key), COLUMN_KINDS[key]
    if kind == TEXT or _missing(value):
        return cell_text(key, record)
    if kind == COUNT:
        return str(int(value))
    number = Decimal(str(value)).quantize(Decimal("0.01"))
    text = f"{number:.2f}"
    return f"+{text}" if kind in (SIGNED, PERCENT) and number > 0 else text


class FormattedColumn(tables.Column):
    """Formats through `cell_text`; django-tables2 sorts the list on the raw value."""

    def __init__(self, *args: Any, key: str, **kwargs: Any) -> None:
        self.key = key
        kind = COLUMN_KINDS[key]
        numeric = kind not in (TEXT,)
        attrs = {"td": {"class": "num" if numeric else "text"}, "th": {"class": "num" if numeric else "text"}}
        super().__init__(*args, attrs=attrs, empty_values=(), **kwargs)

    def render(self, value: Any, record: dict[str, Any]) -> str:
        text = cell_text(self.key, record)
        if COLUMN_KINDS[self.key] == RATIO and _missing(value) and text != DASH:
            return format_html('{}<small class="why">{}</small>', DASH, text[len(DASH):])
        if self.key == "peer_signal" and text:
            return format_html('<span class="signal">{}</span>', text)
        return text


class ComparisonTable(tables.Table):
    class Meta:
        attrs = {"class": "table compare-table", "id": "compare-table"}
        orderable = True
        template_name = "django_tables2/table.html"
        empty_text = "没有符合条件的数据"


for _key, _kind in TABLE_COLUMNS:
    ComparisonTable.base_columns[_key] = FormattedColumn(verbose_name=COLUMN_LABELS[_key], key=_key)
