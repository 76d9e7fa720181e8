"""The compare table (django-tables2), drawn from the column registry (`comparisons.columns`).

Layout, so the table stays narrow and honest:
- the unit is a pinned row header (``<th scope="row">``) linking to its page, with its comparability notes (口径,
  类型, 缺年, 推算, 不适用 …) as badges beside the name, not in a last column;
- the other columns come in groups (三公 / 运行经费 / 人员 / 人均 / 变化 / 执行 / 说明) under a first header row of
  ``<th scope="colgroup">``; static/js/app.js shows or hides a group (the checkboxes above the table);
- every stated number (and its change) links to its source panel: the sentence or table cell as printed and the
  PDF page; a value derived from another year's document (上年数, or 本年数 − 增减额) is marked 推 with where it
  came from, a restatement (two documents disagree) is flagged, and a value a person corrected is marked 更正 with
  who, when, old → new and why in its title.

Speed: django-tables2 keeps the header sort links, the ordering state and the paginator, but the frame is sorted with
pandas before it reaches the table (`sort_frame`: every row, not just the page; absent values last) and the page's
rows are rendered by `ComparisonTable.body_html` in one pass (django-tables2's per-cell rendering cost ~100 µs a cell).
"""
from __future__ import annotations

import copy
import html
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

import django_tables2 as tables
import numpy as np
import pandas as pd
from django.http import QueryDict
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django_tables2.data import TableListData
from django_tables2.templatetags.django_tables2 import table_page_range

from disclosures.templatetags.budget_format import DASH

from .columns import COLUMNS, RATIO, TABLE_KEYS, TEXT, YEAR, Column, cell_text
from .forms import link_query
from .speed import column_arrays

# Group name → the slug used in HTML (data-group, the show/hide checkboxes).
GROUP_SLUGS = {"单位": "subject", "三公": "sangong", "运行经费": "operating", "人员": "staff", "人均": "per-staff",
               "变化": "change", "执行": "execution", "说明": "notes"}
# Shown inside the unit cell (as the second line and badges), not as columns of their own.
IN_SUBJECT_CELL = ("kind", "scope", "basis", "notes")
# In the sheets, CSV and JSON but not a table column: the table marks each corrected number where it stands.
NOT_IN_TABLE = ("corrections",)
# Groups a reader can hide; 单位 always stays.
TOGGLABLE_GROUPS = [g for g in GROUP_SLUGS if g != "单位"]
PER_PAGE = 50
CLAMP_AT = 60  # characters: longer text cells (stated reasons) show four lines until hovered or focused


def table_keys(frame: pd.DataFrame) -> list[str]:
    """The registry's table columns this frame holds, in registry order, minus those shown in the unit cell and
    minus the 执行 (预算 vs 决算) columns when no row has one."""
    keys = [k for k in TABLE_KEYS if k in frame.columns and k not in IN_SUBJECT_CELL and k not in NOT_IN_TABLE]
    if not frame.empty:
        keys = [k for k in keys if COLUMNS[k].group != "执行" or frame[k].notna().any()]
    return keys


def sort_order(frame: pd.DataFrame, sort: str | None) -> np.ndarray:
    """Row positions of the whole frame sorted on one table column (``"-key"`` descending), absent values last
    either way. An unknown key keeps the frame's own order (rank). Numbers sort as numbers, text by code point."""
    key = (sort or "").lstrip("-")
    if key not in COLUMNS or key not in frame.columns or frame.empty:
        return np.arange(len(frame))
    values = frame[key].tolist()
    if key == "checks" and "check_errors" in frame.columns:
        # by how much is wrong, not by the text: errors weigh more than any number of warnings
        values = [None if _missing(e) else float(e) * 1000 + float(w or 0)
                  for e, w in zip(frame["check_errors"].tolist(), frame["check_warnings"].tolist())]
        column = pd.Series([np.nan if v is None else v for v in values], dtype=float)
    elif COLUMNS[key].numeric:
        column = pd.Series([np.nan if _missing(v) else float(v) for v in values], dtype=float)
    else:
        column = pd.Series([None if _missing(v) else str(v) for v in values], dtype=object)
    ascending = not (sort or "").startswith("-")
    return column.sort_values(ascending=ascending, na_position="last", kind="stable").index.to_numpy()


def sort_frame(frame: pd.DataFrame, sort: str | None) -> pd.DataFrame:
    """The whole frame sorted as `sort_order` says."""
    return frame.iloc[sort_order(frame, sort)].reset_index(drop=True)


class FrameRecords(Sequence):
    """A frame in a given row order seen as a list of row dicts, built only for the rows asked for (the page's
    50, not 5,000) and only from the columns the table reads (the frame has ~250), so sorting never copies it."""

    def __init__(self, frame: pd.DataFrame, order: np.ndarray, columns: list[str] | None = None,
                 texts: Any = None) -> None:
        self.frame, self.order = frame, order
        self.columns = [c for c in columns if c in frame.columns] if columns is not None else list(frame.columns)
        self.texts = texts  # `analysis.Decorations` of a bare frame: its per-row texts for the rows shown only

    def __len__(self) -> int:
        return len(self.frame)

    def _records(self, positions: Any) -> list[dict[str, Any]]:
        # the page's rows first (a page of a 6,000-row frame), then its columns as arrays
        data = {c: array.tolist() for c, array in column_arrays(self.frame.take(positions), self.columns).items()}
        if self.texts is not None:
            data.update({c: v.tolist() for c, v in self.texts.rows(positions).items() if c in data})
        return [dict(zip(data, values)) for values in zip(*data.values())] if data else []

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            return self._records(self.order[key])
        return self._records(self.order[[key]])[0]


def read_columns(keys: list[str]) -> list[str]:
    """Every frame column a row of the table reads: its cells, the unit cell's badges, and per metric the figure
    the value came from (ids, origin, basis, restatement) and, for a ratio, why it is missing."""
    needed = ["subject_key", "subject_name", "disclosure_id", *IN_SUBJECT_CELL, *keys]
    if "checks" in keys:
        needed += ["check_status", "check_rules"]
    for key in keys:
        col = COLUMNS[key]
        if col.why:
            needed.append(col.why)
        if col.metric:
            needed += [f"{col.metric}_{part}" for part in ("figure_id", "disclosure_id", "origin", "basis", "restated",
                                                           "corrected")]
    return list(dict.fromkeys(needed))


class PresortedData(TableListData):
    """Rows already sorted by `sort_frame`: django-tables2 records the ordering for its header links and pages
    the rows, without sorting them again."""

    def order_by(self, aliases: Any) -> None:
        return None


class RegistryColumn(tables.Column):
    """A compare-table column named by its registry key; cells are rendered by `ComparisonTable.body_html`."""

    def __init__(self, *args: Any, key: str, **kwargs: Any) -> None:
        self.key = key
        css = "num" if COLUMNS[key].numeric else "text"
        super().__init__(*args, attrs={"td": {"class": css}, "th": {"class": css}}, empty_values=(), **kwargs)

    def __deepcopy__(self, memo: dict[int, Any]) -> "RegistryColumn":
        """django-tables2 deep-copies every column of the class for each table (two tables of ~70 columns a page);
        a table changes none of ours but their attrs, so a shallow copy with its own attrs does."""
        clone = copy.copy(self)
        clone.attrs = {tag: dict(values) for tag, values in self.attrs.items()}
        return clone


class ComparisonTable(tables.Table):
    """The compare table; build it with `ComparisonTable.from_frame(frame, sort=...)`."""

    class Meta:
        attrs = {"class": "table compare-table", "id": "compare-table"}
        orderable = True
        template_name = "comparisons/compare_table.html"
        empty_text = "没有符合条件的数据"
        per_page = PER_PAGE

    keys: list[str] = []
    caption = ""

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, *, sort: str | None = None, caption: str = "", texts: Any = None,
                   **kwargs: Any) -> "ComparisonTable":
        """`texts`: the `analysis.Decorations` of a bare frame (`Comparison.bare`), not to sort on."""
        keys = table_keys(frame)
        hidden = [k for k in cls.base_columns if k not in keys]
        records = FrameRecords(frame, sort_order(frame, sort), read_columns(keys), texts)
        table = cls(PresortedData(records), exclude=hidden, **kwargs)
        table.keys = keys
        table.caption = caption or (
            "历年数据：每行一个单位一个年度" if kwargs.get("prefix") else "比较表：每行一个单位") + \
            "；单位名称旁为类型、口径等可比性说明，金额单位万元，点击数字查看原文"
        return table

    def groups(self) -> list[dict[str, str]]:
        """The column groups this table shows, for the show/hide checkboxes (单位 always stays)."""
        present = {COLUMNS[k].group for k in self.keys}
        return [{"name": g, "slug": GROUP_SLUGS[g]} for g in TOGGLABLE_GROUPS if g in present]

    def head_html(self) -> SafeString:
        """Two header rows: the groups (``scope="colgroup"``) and the columns (``scope="col"``, sort links)."""
        query = self._known_query()
        query.pop(self.prefixed_order_by_field, None)
        # the known parameters encoded once; each sort link appends its own ordering (42 links a table)
        known = query.urlencode()
        link = f"?{known}&" if known else "?"
        runs: list[list[Any]] = []
        cells = []
        for column in self.columns:
            col = COLUMNS[column.name]
            slug = GROUP_SLUGS[col.group]
            if runs and runs[-1][0] == slug:
                runs[-1][2] += 1
            else:
                runs.append([slug, col.group, 1])
            header = escape(col.header)
            if column.orderable:
                order = urlencode({self.prefixed_order_by_field: column.order_by_alias.next})
                header = f'<a href="{escape(link + order)}">{header}</a>'
            title = f' title="{escape(col.description)}"' if col.description else ""
            cells.append(f'<th scope="col" {column.attrs["th"].as_html()} data-group="{slug}"{title}>{header}</th>')
        group_row = "".join(
            f'<th scope="colgroup" colspan="{count}" data-group="{slug}" class="group group-{slug}">'
            f'{"" if slug == "subject" else escape(name)}</th>'
            for slug, name, count in runs)
        return mark_safe(f'<tr class="groups">{group_row}</tr><tr>{"".join(cells)}</tr>')  # noqa: S308 — escaped

    def _known_query(self) -> QueryDict:
        """The request's known parameters only (`forms.link_query`): a 5,000-character unknown parameter is never
        copied into the header and page links."""
        request = getattr(self, "request", None)
        return link_query(request.GET) if request is not None else QueryDict(mutable=True)

    def page_links(self) -> list[dict[str, Any]]:
        """The paginator's links (number or "…", url, current), built from the known parameters."""
        if not getattr(self, "page", None):
            return []
        query = self._known_query()
        links = []
        for number in table_page_range(self.page, self.paginator):
            if number == "...":
                links.append({"number": "…", "url": None, "current": False})
                continue
            query[self.prefixed_page_field] = number
            links.append({"number": number, "url": "?" + query.urlencode(), "current": number == self.page.number})
        return links

    def page_url(self, number: int) -> str:
        query = self._known_query()
        query[self.prefixed_page_field] = number
        return "?" + query.urlencode()

    def previous_url(self) -> str | None:
        return self.page_url(self.page.previous_page_number()) if self.page.has_previous() else None

    def next_url(self) -> str | None:
        return self.page_url(self.page.next_page_number()) if self.page.has_next() else None

    def body_html(self) -> SafeString:
        """The current page's <tr> rows (see the module docstring for why not django-tables2's cell rendering)."""
        keys = [column.name for column in self.columns]
        classes = [' class="num"' if COLUMNS[k].numeric else ' class="text"' for k in keys]
        lines = []
        for number, row in enumerate(self.paginated_rows):
            record = row.record
            cells = "".join(
                subject_cell(record) if key == "subject_name" else f"<td{css}>{_cell_html(COLUMNS[key], record)}</td>"
                for key, css in zip(keys, classes))
            lines.append(f'<tr class="{"odd" if number % 2 else "even"}">{cells}</tr>')
        if not lines:
            lines.append(f'<tr><td colspan="{len(keys)}">{_esc(self.empty_text)}</td></tr>')
        return mark_safe("\n".join(lines))  # noqa: S308 — every value above went through _esc()


for _key in TABLE_KEYS:
    if _key not in IN_SUBJECT_CELL:
        ComparisonTable.base_columns[_key] = RegistryColumn(verbose_name=COLUMNS[_key].header, key=_key)


# --- cells -----------------------------------------------------------------------------------------------------


_PLACEHOLDER = 987654321


@lru_cache(maxsize=None)
def _url_parts(name: str, *args: str) -> tuple[str, str]:
    """A URL pattern reversed once, split around its id, so a page of 50 rows × 25 linked cells does not call
    `reverse` 1,250 times (``"/figures/", "/"``)."""
    url = reverse(name, args=[_PLACEHOLDER, *args])
    before, after = url.split(str(_PLACEHOLDER), 1)
    return before, after


def _url(name: str, pk: int, *args: str) -> str:
    before, after = _url_parts(name, *args)
    return f"{before}{int(pk)}{after}"


def subject_url(subject_key: Any) -> str | None:
    """``d12`` → the department page, ``u7`` → the unit page."""
    text = str(subject_key or "")
    if len(text) > 1 and text[1:].isdigit():
        if text[0] == "d":
            return _url("disclosures:department", int(text[1:]))
        if text[0] == "u":
            return _url("disclosures:unit", int(text[1:]))
    return None


def badges(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(css class, text) of the row's comparability badges: kind, scope, where the year's figures came from, and
    each of the analysis's notes (its ``notes`` text split on "；")."""
    out = []
    if not _blank(record.get("kind")):
        out.append(("kind", str(record["kind"])))
    derived = not _blank(record.get("basis"))
    if derived:
        out.append(("derived", "推算：" + str(record["basis"])))
    seen = {text for _, text in out}
    for note in str(record.get("notes") or "").split("；"):
        note = note.strip()
        if derived and note.startswith("推算"):
            continue  # the basis badge above says it
        if note and note not in seen:
            seen.add(note)
            out.append(("warn" if note.startswith(("缺", "未见", "未披露")) or "不宜" in note else "note", note))
    if not any("口径" in text for _, text in out) and not _blank(record.get("scope")):
        out.insert(1, ("note", f"{record['scope']}口径"))
    return out


def subject_cell(record: dict[str, Any]) -> str:
    """The pinned row header: the unit's name linking to its page, then its badges."""
    name = _esc(record.get("subject_name") or "")
    url = subject_url(record.get("subject_key"))
    link = f'<a class="subject-link" href="{_esc(url)}">{name}</a>' if url else f'<span class="subject-link">{name}</span>'
    marks = "".join(f'<span class="badge badge-{css}">{_esc(text)}</span>' for css, text in badges(record))
    return f'<th scope="row" class="subject" data-group="subject">{link}<span class="badges">{marks}</span></th>'


def source_href(record: dict[str, Any], metric: str) -> str | None:
    """The source panel of the figure behind `metric` in this row: the stored figure itself when the frame names
    it, else the document the value was read from (for a derived year, the next year's document, its 上年 figure
    or its stated change)."""
    figure = record.get(f"{metric}_figure_id")
    if not _missing(figure) and figure != "":
        return _url("disclosures:figure", int(figure))
    disclosure = record.get(f"{metric}_disclosure_id")
    if _missing(disclosure):
        disclosure = record.get("disclosure_id")
    if _missing(disclosure):
        return None
    url = _url("disclosures:figure_source", int(disclosure), metric)
    return url + "?period=上年" if record.get(f"{metric}_origin") == "prior_year" else url


def _cell_html(col: Column, record: dict[str, Any]) -> str:
    text = cell_text(col.key, record)
    if col.kind == RATIO and text.startswith(f"{DASH}（"):
        return f'{DASH}<small class="why">{_esc(text[len(DASH):])}</small>'
    if col.key == "checks" and text:
        return check_cell(record, text)
    if col.key == "peer_signal" and text:
        return f'<span class="signal">{_esc(text)}</span>'
    if col.kind == TEXT and len(text) > CLAMP_AT:
        # a long stated reason: four lines, the rest on hover or keyboard focus (CSS .clamp)
        return f'<div class="clamp" tabindex="0">{_esc(text)}</div>'
    if col.kind == TEXT or col.kind == YEAR or text == DASH or not col.metric:
        return _esc(text)
    stated = col.key == col.metric or col.key == f"{col.metric}_change"
    href = source_href(record, col.metric) if stated else None
    figure = record.get(f"{col.metric}_figure_id")
    if href and col.key == col.metric and record.get(f"{col.metric}_origin") in ("prior_year", "from_change") \
            and not _missing(figure) and figure != "":
        href = _url("comparisons:derived_source", int(figure))  # the derived value first, then its source
    if href is None:
        return _esc(text)
    html = f'<a class="figure-link" data-source href="{_esc(href)}" title="查看原文和所在页">{_esc(text)}</a>'
    if col.key == col.metric:
        origin = record.get(f"{col.metric}_origin")
        if origin in ("prior_year", "from_change"):
            basis = record.get(f"{col.metric}_basis") or "由下一年文件推得"
            html += f'<abbr class="derived-mark" title="{_esc(basis)}">推</abbr>'
        restated = record.get(f"{col.metric}_restated")
        if not _missing(restated) and restated != "":
            html += f'<abbr class="restated-mark" title="前后文件不一致：{_esc(_restated_text(restated))}">重述</abbr>'
        corrected = record.get(f"{col.metric}_corrected")
        if isinstance(corrected, dict):  # what a person did: comparisons/corrections.py
            html += f'<abbr class="corrected-mark" title="{_esc(corrected["text"])}">更正</abbr>'
    return html


CHECK_CLASSES = {"error": "check-error", "warning": "check-warning", "pass": "check-pass", "unchecked": "check-none"}


def check_cell(record: dict[str, Any], text: str) -> str:
    """The 勾稽 cell: "2 错误 · 1 警告" / "通过" / "未检查", linking to the document's checks section, the failed
    rule ids in its title."""
    status = str(record.get("check_status") or "")
    css = CHECK_CLASSES.get(status, "check-none")
    pk = record.get("disclosure_id")
    rules = str(record.get("check_rules") or "")
    title = f"未通过：{rules}（点击查看勾稽检查）" if rules else "查看勾稽检查"
    if _missing(pk) or pk == "":
        return f'<span class="check {css}">{_esc(text)}</span>'
    href = _url("disclosures:disclosure", int(pk)) + "#checks"
    return f'<a class="check {css}" href="{_esc(href)}" title="{_esc(title)}">{_esc(text)}</a>'


def _restated_text(value: Any) -> str:
    return f"{value.normalize():f}" if isinstance(value, Decimal) else str(value)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _esc(text: Any) -> str:
    """`django.utils.html.escape` (the same five characters) without its lazy-string wrapper, and nothing to do
    for the usual cell (digits, CJK): well under a microsecond instead of ~25 µs, at 2,000 cells a page."""
    text = str(text)
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text, quote=True)
    return text


def _blank(value: Any) -> bool:
    return _missing(value) or str(value).strip() == ""

