"""The compare table (django-tables2) and the cell formatting the CSV shares with it.

`TABLE_COLUMNS` fixes which comparison-frame columns the table shows, in order; the CSV writes the same columns
with the same headers, so the two cannot drift apart. Amounts: 万元, thousands separators, two decimals.

Speed: django-tables2 keeps the header (sort links), the ordering state and the paginator, but the frame is
sorted with pandas before it reaches the table (`sort_frame`: every row, not just the page; absent values last)
and the page's rows are rendered by `ComparisonTable.body_html` in one pass — rendering each cell through
django-tables2 (a signature inspection and a template per cell) cost about 100 µs a cell.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import django_tables2 as tables
import numpy as np
import pandas as pd
from django.http import QueryDict
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django_tables2.data import TableListData

from disclosures.templatetags.budget_format import CENT, DASH, format_count, format_signed_wan, format_wan

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
        return _wan(value)
    return format_signed_wan(value)  # SIGNED, and PERCENT whose header says (%)


def _wan(value: Any) -> str:
    """`format_wan` without its str → Decimal round trip for values that are already Decimal or float (same text:
    ROUND_HALF_UP to two decimals, thousands separators)."""
    kind = type(value)
    if kind is Decimal:
        return f"{value.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"
    if kind is float:
        return f"{Decimal(repr(value)).quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"
    return format_wan(value)


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
    """A compare-table column: header, CSS class and sort alias for django-tables2; its cells are rendered by
    `ComparisonTable.body_html` through `cell_text`, and sorting happens on the frame (`sort_frame`)."""

    def __init__(self, *args: Any, key: str, **kwargs: Any) -> None:
        self.key = key
        kind = COLUMN_KINDS[key]
        numeric = kind not in (TEXT,)
        attrs = {"td": {"class": "num" if numeric else "text"}, "th": {"class": "num" if numeric else "text"}}
        super().__init__(*args, attrs=attrs, empty_values=(), **kwargs)


PER_PAGE = 50


def sort_order(frame: pd.DataFrame, sort: str | None) -> np.ndarray:
    """Row positions of the whole frame sorted on one table column (``"-key"`` descending), absent values last
    either way. An unknown key keeps the frame's own order (rank). Numbers sort as numbers, text by code point."""
    key = (sort or "").lstrip("-")
    if key not in COLUMN_KINDS or frame.empty:
        return np.arange(len(frame))
    values = frame[key].tolist()
    if COLUMN_KINDS[key] != TEXT:
        column = pd.Series([np.nan if _missing(v) else float(v) for v in values], dtype=float)
    else:
        column = pd.Series([None if _missing(v) or v == "" else str(v) for v in values], dtype=object)
    ascending = not (sort or "").startswith("-")
    return column.sort_values(ascending=ascending, na_position="last", kind="stable").index.to_numpy()


def sort_frame(frame: pd.DataFrame, sort: str | None) -> pd.DataFrame:
    """The whole frame sorted as `sort_order` says."""
    return frame.iloc[sort_order(frame, sort)].reset_index(drop=True)


class FrameRecords(Sequence):
    """A frame in a given row order seen as a list of row dicts, built only for the rows asked for (the page's
    50, not 5,000), so sorting never copies the frame."""

    def __init__(self, frame: pd.DataFrame, order: np.ndarray) -> None:
        self.frame, self.order = frame, order

    def __len__(self) -> int:
        return len(self.frame)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            return self.frame.iloc[self.order[key]].to_dict("records")
        return self.frame.iloc[[self.order[key]]].to_dict("records")[0]


class PresortedData(TableListData):
    """Rows already sorted by `sort_frame`: django-tables2 records the ordering for its header links and pages
    the rows, without sorting them again."""

    def order_by(self, aliases: Any) -> None:
        return None


def _cell_html(key: str, kind: str, record: dict[str, Any]) -> str:
    text = cell_text(key, record)
    if kind == RATIO and text.startswith(f"{DASH}（"):
        return f'{DASH}<small class="why">{escape(text[len(DASH):])}</small>'
    if key == "peer_signal" and text:
        return f'<span class="signal">{escape(text)}</span>'
    return escape(text)


class ComparisonTable(tables.Table):
    """The compare table; build it with `ComparisonTable.from_frame(frame, sort=...)`."""

    class Meta:
        attrs = {"class": "table compare-table", "id": "compare-table"}
        orderable = True
        template_name = "comparisons/compare_table.html"
        empty_text = "没有符合条件的数据"
        per_page = PER_PAGE

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, *, sort: str | None = None, **kwargs: Any) -> "ComparisonTable":
        return cls(PresortedData(FrameRecords(frame, sort_order(frame, sort))), **kwargs)

    def head_html(self) -> SafeString:
        """The header row: django-tables2's column classes (orderable, asc/desc) and sort links, built in one pass
        (its template tag re-reads the query string for each of the 32 headers)."""
        request = getattr(self, "request", None)
        query = request.GET.copy() if request is not None else QueryDict(mutable=True)
        cells = []
        for column in self.columns:
            attrs = column.attrs["th"].as_html()
            header = escape(column.header)
            if column.orderable:
                query[self.prefixed_order_by_field] = column.order_by_alias.next
                header = f'<a href="?{escape(query.urlencode())}">{header}</a>'
            cells.append(f"<th {attrs}>{header}</th>")
        return mark_safe("<tr>" + "".join(cells) + "</tr>")  # noqa: S308 — escaped above

    def body_html(self) -> SafeString:
        """The current page's <tr> rows (see the module docstring for why not django-tables2's cell rendering)."""
        classes = [f' class="{"num" if kind != TEXT else "text"}"' for _key, kind in TABLE_COLUMNS]
        lines = []
        for number, row in enumerate(self.paginated_rows):
            record = row.record
            cells = "".join(f"<td{css}>{_cell_html(key, kind, record)}</td>"
                            for (key, kind), css in zip(TABLE_COLUMNS, classes))
            lines.append(f'<tr class="{"odd" if number % 2 else "even"}">{cells}</tr>')
        if not lines:
            lines.append(f'<tr><td colspan="{len(TABLE_COLUMNS)}">{escape(self.empty_text)}</td></tr>')
        return mark_safe("\n".join(lines))  # noqa: S308 — every value above went through escape()


for _key, _kind in TABLE_COLUMNS:
    ComparisonTable.base_columns[_key] = FormattedColumn(verbose_name=COLUMN_LABELS[_key], key=_key)
