"""The comparison queries: ORM → long pandas DataFrame. The only place comparisons read the database.

`figures_df` returns one row per primary figure (period 本年, ``is_primary``) of the matching disclosures, in a
constant number of SQL queries (disclosures; figures; source files), whatever the number of units.

Columns of the long frame (``LONG_COLUMNS``):

=================  =========================================================================================
disclosure_id      int, Disclosure.pk
subject_key        "d<department id>" for a department, "u<unit id>" for a unit (see "Subjects" below)
subject_name       department or unit name as stored
department_id      int
unit_id            int or None (None for a 部门 disclosure)
department_type    normalized department type name (e.g. 人民政府办公室), "" when unknown
region, province   str
year               int
kind               预算 / 决算
scope              部门 / 单位 (/ 汇总)
member_count       int, number of member units a 部门 disclosure covers (0 when none are listed)
title_name         the name as titled in the document
metric             key of disclosures.parsing.metrics.METRICS
value              decimal.Decimal, exact (万元 for amounts, whole numbers for 人/辆) or None when not stated or
                   not applicable. Kept as Decimal in an object column on purpose: exports write it as an exact
                   number; analysis converts to float only for derived ratios.
change             decimal.Decimal or None: signed change against last year, same unit
reason             str, the stated 主要原因 ("" when none)
not_applicable     bool, e.g. a 事业单位 outside 机关运行经费 statistics (not 0)
note               str
page               int or None (1-based page in the source file)
source_text        str, the sentence or table cell the number was read from
source_file        str, original file name(s) of the disclosure ("; "-joined when several)
sha256             str, sha256 of the file(s) ("; "-joined when several)
=================  =========================================================================================

Subjects. A department is compared through its 部门 disclosure; when it publishes only a 单位 disclosure for its
principal unit (本级) for that year and kind — 铜梁区人民政府办公室 does — that disclosure stands in for the
department (subject "d<id>", scope 单位, and the analysis adds a comparability note). Any other 单位 disclosure is
the unit's own subject ("u<id>").
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
from django.db import connection
from django.db.models import CharField, Exists, Func, IntegerField, OuterRef, Q, QuerySet

from disclosures.findings import CheckSummary, check_summaries, findings_of
from disclosures.models import Disclosure, Figure, SourceFile

from .speed import frame_of, without_gc

class JSONArrayLength(Func):
    """Number of elements of a JSON array column, counted by the database (parsing 5,000 member lists in Python
    cost ~80 ms): json_array_length on SQLite, jsonb_array_length on PostgreSQL."""

    function = "json_array_length"
    output_field = IntegerField()

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return self.as_sql(compiler, connection, function="jsonb_array_length", **extra)


class Unindexed(Func):
    """A column as it is, written ``+column`` on SQLite: the unary plus keeps the planner from using an index on it.
    The figure query filters on disclosure and metric; seeking the (disclosure, metric, …) index once per pair
    (60,000 seeks for 5,000 disclosures) cost more than reading each disclosure's few figures and testing the
    metric. Other databases get the plain column."""

    template = "%(expressions)s"

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return self.as_sql(compiler, connection, template="+%(expressions)s", **extra)


LONG_COLUMNS = [
    "disclosure_id", "subject_key", "subject_name", "department_id", "unit_id", "department_type", "region",
    "province", "year", "kind", "scope", "member_count", "title_name", "metric", "value", "change", "reason",
    "not_applicable", "note", "page", "source_text", "source_file", "sha256",
]

# Nothing read (failed), or not yet known whose, which year or which kind it is: kept out of comparisons.
NOT_COMPARABLE = Q(status="failed") | Q(identified=False)

DISCLOSURE_COLUMNS = [
    "disclosure_id", "department_id", "unit_id", "is_principal", "unit_name", "department_name",
    "department_type", "region", "province", "year", "kind", "scope", "member_count", "title_name",
    "has_department_disclosure",
]


def disclosures_df(
    *,
    department_ids: Iterable[int] | None = None,
    unit_ids: Iterable[int] | None = None,
    region_ids: Iterable[int] | None = None,
    department_type_ids: Iterable[int] | None = None,
    years: Iterable[int] | None = None,
    kinds: Iterable[str] | None = None,
    scopes: Iterable[str] | None = None,
    disclosure_ids: Iterable[int] | None = None,
    departments_only: bool = False,
    latest: bool = False,
) -> pd.DataFrame:
    """One row per matching disclosure (status not failed) with its subject; one SQL query.

    ``department_ids`` selects department subjects, ``unit_ids`` unit disclosures (either matches when both are
    given). ``departments_only`` keeps department subjects only (a county's departments, without their units).
    ``latest`` keeps, per subject and kind, the latest year among the matching disclosures.
    """
    query = _disclosure_q(
        department_ids=department_ids, unit_ids=unit_ids, region_ids=region_ids,
        department_type_ids=department_type_ids, years=years, kinds=kinds, scopes=scopes,
        disclosure_ids=disclosure_ids, departments_only=departments_only,
    )

    department_disclosure = Disclosure.objects.filter(
        department_id=OuterRef("department_id"), year=OuterRef("year"), kind=OuterRef("kind"), unit__isnull=True,
    ).exclude(NOT_COMPARABLE)
    rows = _raw_rows(
        Disclosure.objects.filter(query)
        .exclude(NOT_COMPARABLE)
        .annotate(has_department_disclosure=Exists(department_disclosure),
                  member_count=JSONArrayLength("member_units"))
        .order_by()
        .values_list(
            "id", "department_id", "unit_id", "unit__is_principal", "unit__name", "department__name",
            "department__department_type__name", "department__region__name", "department__region__province",
            "year", "kind", "scope", "member_count", "title_name", "has_department_disclosure",
        )
    )
    # column by column in plain Python and numpy: for 20 to 5,000 rows the dozen pandas operations this took cost
    # more than the work
    read = dict(zip(DISCLOSURE_COLUMNS, (list(values) for values in zip(*rows)))) if rows else {
        name: [] for name in DISCLOSURE_COLUMNS}
    principal = [None if value is None else bool(value) for value in read["is_principal"]]
    has_department = [bool(value) for value in read["has_department_disclosure"]]
    # a principal unit's own disclosure stands in for its department when the department published none
    stands_in = [unit is None or (main is True and not has) for unit, main, has in
                 zip(read["unit_id"], principal, has_department)]
    typed = {"disclosure_id": np.int64, "department_id": np.int64, "year": np.int64, "member_count": np.int64,
             "has_department_disclosure": bool}
    columns = {**read, "is_principal": principal, "has_department_disclosure": has_department,
               "member_count": [count or 0 for count in read["member_count"]],
               "department_type": [name or "" for name in read["department_type"]],
               "province": [name or "" for name in read["province"]],
               "subject_key": [f"d{department}" if stand else f"u{unit}" for department, unit, stand in
                               zip(read["department_id"], read["unit_id"], stands_in)],
               "subject_name": [department if stand else unit for department, unit, stand in
                                zip(read["department_name"], read["unit_name"], stands_in)]}
    arrays = {name: np.array(values, dtype=typed[name]) if name in typed else _object_array(values)
              for name, values in columns.items()}
    keys = arrays["subject_key"]
    keep = None
    if department_ids is not None and unit_ids is None or departments_only:
        # A principal unit's own disclosure when the department also published a 部门 one is a unit subject.
        keep = np.array([key.startswith("d") for key in keys.tolist()], dtype=bool)
    elif department_ids is not None and unit_ids is not None:
        wanted = {f"d{i}" for i in department_ids} | {f"u{i}" for i in unit_ids}
        chosen_units = set(unit_ids)
        wanted |= {key for key, unit in zip(keys.tolist(), read["unit_id"]) if unit in chosen_units}
        keep = np.array([key in wanted for key in keys.tolist()], dtype=bool)
    if keep is not None:
        arrays = {name: values[keep] for name, values in arrays.items()}
    if latest and len(arrays["year"]):
        newest: dict[tuple[str, str], int] = {}
        for key, row_kind, year in zip(arrays["subject_key"].tolist(), arrays["kind"].tolist(),
                                       arrays["year"].tolist()):
            newest[(key, row_kind)] = max(year, newest.get((key, row_kind), year))
        keep = np.array([year == newest[(key, row_kind)] for key, row_kind, year in
                         zip(arrays["subject_key"].tolist(), arrays["kind"].tolist(), arrays["year"].tolist())],
                        dtype=bool)
        arrays = {name: values[keep] for name, values in arrays.items()}
    frame = frame_of(arrays)
    return frame.reset_index(drop=True)


def _disclosure_q(
    *,
    department_ids: Iterable[int] | None = None,
    unit_ids: Iterable[int] | None = None,
    region_ids: Iterable[int] | None = None,
    department_type_ids: Iterable[int] | None = None,
    years: Iterable[int] | None = None,
    kinds: Iterable[str] | None = None,
    scopes: Iterable[str] | None = None,
    disclosure_ids: Iterable[int] | None = None,
    departments_only: bool = False,
) -> Q:
    """The SQL side of the `disclosures_df` filters (the subject rules are applied on the frame afterwards)."""
    query = Q()
    department_level = Q(unit__isnull=True) | Q(unit__is_principal=True)
    if department_ids is not None or unit_ids is not None:
        chosen = Q(pk__in=[])
        if department_ids is not None:
            chosen |= Q(department_id__in=list(department_ids)) & department_level
        if unit_ids is not None:
            chosen |= Q(unit_id__in=list(unit_ids))
        query &= chosen
    if departments_only:
        query &= department_level
    if region_ids is not None:
        query &= Q(department__region_id__in=list(region_ids))
    if department_type_ids is not None:
        query &= Q(department__department_type_id__in=list(department_type_ids))
    if years is not None:
        query &= Q(year__in=list(years))
    if kinds is not None:
        query &= Q(kind__in=list(kinds))
    if scopes is not None:
        query &= Q(scope__in=list(scopes))
    if disclosure_ids is not None:
        query &= Q(pk__in=list(disclosure_ids))
    return query


def figures_df(
    *,
    department_ids: Iterable[int] | None = None,
    unit_ids: Iterable[int] | None = None,
    region_ids: Iterable[int] | None = None,
    department_type_ids: Iterable[int] | None = None,
    years: Iterable[int] | None = None,
    kinds: Iterable[str] | None = None,
    scopes: Iterable[str] | None = None,
    metrics: Iterable[str] | None = None,
    disclosure_ids: Iterable[int] | None = None,
    departments_only: bool = False,
    latest: bool = False,
) -> pd.DataFrame:
    """Long frame of primary figures (schema in the module docstring); three SQL queries at most."""
    disclosures = disclosures_df(
        department_ids=department_ids, unit_ids=unit_ids, region_ids=region_ids,
        department_type_ids=department_type_ids, years=years, kinds=kinds, scopes=scopes,
        disclosure_ids=disclosure_ids, departments_only=departments_only, latest=latest,
    )
    if disclosures.empty:
        return pd.DataFrame(columns=LONG_COLUMNS)
    ids = [int(i) for i in disclosures["disclosure_id"]]
    figure_query = Figure.objects.filter(disclosure_id__in=ids, is_primary=True, period="本年")
    if metrics is not None:
        figure_query = figure_query.filter(metric__in=list(metrics))
    figures = pd.DataFrame.from_records(
        _raw_rows(figure_query.order_by().values_list(
            "disclosure_id", "metric", "value", "change", "reason", "not_applicable", "note", "page", "source_text",
        )),
        columns=["disclosure_id", "metric", "value", "change", "reason", "not_applicable", "note", "page",
                 "source_text"],
    )
    sources = _sources_by_disclosure(ids)
    figures["value"] = _decimals(figures["value"])
    figures["change"] = _decimals(figures["change"])
    figures["not_applicable"] = figures["not_applicable"].astype(bool)
    figures["page"] = figures["page"].astype(object).where(figures["page"].notna(), None)
    frame = figures.merge(disclosures, on="disclosure_id", how="inner")
    frame["source_file"] = frame["disclosure_id"].map(lambda i: sources.get(i, ("", ""))[0])
    frame["sha256"] = frame["disclosure_id"].map(lambda i: sources.get(i, ("", ""))[1])
    return frame[LONG_COLUMNS].sort_values(["subject_name", "year", "kind", "metric"]).reset_index(drop=True)


def _sources_by_disclosure(ids: Any) -> dict[int, tuple[str, str]]:
    """disclosure id → ("a.pdf; a.txt", "sha; sha"), one query."""
    found: dict[int, tuple[list[str], list[str]]] = {}
    rows = SourceFile.objects.filter(disclosure_id__in=ids).order_by("imported_at", "id")
    for disclosure_id, name, sha in rows.values_list("disclosure_id", "original_name", "sha256"):
        names, shas = found.setdefault(disclosure_id, ([], []))
        names.append(name)
        shas.append(sha)
    return {key: ("; ".join(names), "; ".join(shas)) for key, (names, shas) in found.items()}


def subject_choices() -> dict[str, Any]:
    """Subjects a comparison can pick, two queries: departments grouped by type, and non-principal units.

    Returns {"departments": [(type name, [(key, label), …]), …], "units": [(key, label), …]}.
    """
    from disclosures.models import Department, Unit

    groups: dict[str, list[tuple[str, str]]] = {}
    departments = Department.objects.order_by("department_type__name", "region__name", "name").values_list(
        "id", "name", "region__name", "department_type__name",
    )
    for pk, name, region, type_name in _raw_rows(departments):
        label = name if not region or region in name else f"{region} · {name}"
        groups.setdefault(type_name or "其他部门", []).append((f"d{pk}", label))
    units = Unit.objects.filter(is_principal=False, disclosures__isnull=False).distinct().order_by(
        "department__region__name", "department__name", "name",
    ).values_list("id", "name", "department__name")
    return {
        "departments": list(groups.items()),
        "units": [(f"u{pk}", f"{name}（{department}）") for pk, name, department in units],
    }


@without_gc
def wide_figures_df(
    *,
    metrics: Iterable[str],
    provenance: bool = False,
    **filters: Any,
) -> pd.DataFrame:
    """One row per disclosure (the `disclosures_df` columns, same filters) with its primary figures side by side.

    For each metric ``m``: ``value:m`` (Decimal or None) and ``number:m`` (the same as float, NaN when absent, for
    arithmetic), ``change:m`` (Decimal or None), ``reason:m`` (str), ``na:m`` (bool, not applicable), ``note:m``
    (str), ``id:m`` (Figure pk or None) and ``page:m`` (int or None); the figure the document states for the year
    before (period 上年, prose before table): ``prior:m`` (Decimal or None), ``prior_id:m``, ``prior_page:m``; and
    ``budget:m``, the 预算数 a 决算 states beside its actual (Figure.budget_value); ``corrected:m`` /
    ``prior_corrected:m``, what a person did to a corrected figure (`disclosures.review.figure_corrections`:
    original value, who, when, why; None when not corrected; one more query only when some figure is). With
    ``provenance`` also ``text:m`` / ``prior_text:m`` (the source sentences) and the disclosure's ``source_file`` /
    ``sha256``. Two SQL queries (three with provenance), whatever the number of units: the comparison page reads
    every year of the chosen subjects at once and the analysis picks the rows it shows from it.
    """
    metrics = list(metrics)
    disclosures = disclosures_df(**filters)
    filters.pop("latest", None)
    # A subquery rather than 5,000 ids: Django prepares each id of an IN list (~80 ms for 5,000). It may return a
    # few figures of disclosures the subject rules dropped; they find no row below and are ignored.
    chosen = Disclosure.objects.filter(_disclosure_q(**filters)).exclude(NOT_COMPARABLE)
    size = (len(disclosures), len(metrics))
    columns: dict[str, Any] = {}
    # primary figures of the year, and every figure stated for the year before, in one query
    figures = Figure.objects.alias(metric_unindexed=Unindexed("metric", output_field=CharField())).filter(
        Q(is_primary=True, period="本年") | Q(period="上年"),
        disclosure__in=chosen.values("pk"), metric_unindexed__in=metrics,
    ).order_by()  # unordered: sorting 60,000 rows with their sentences cost ~1 s
    fields = ["disclosure_id", "metric", "value", "change", "not_applicable", "reason", "note", "id", "page",
              "period", "origin", "budget_value", "corrected", *(["source_text"] if provenance else [])]
    read = _figure_columns(figures, fields) if size[0] else {
        name: _object_array([]) for name in [*fields, *(f"exact:{name}" for name in AMOUNT_FIELDS)]}
    is_prior = read["period"] == "上年"
    # the first 上年 figure per disclosure and metric (prose before table): reversed so the first one wins
    prior_rows = np.flatnonzero(is_prior)
    prior_rows = prior_rows[np.argsort(read["origin"][prior_rows] != "prose", kind="stable")][::-1]
    placed = _Placer(read, np.flatnonzero(~is_prior), disclosures["disclosure_id"], metrics)
    before = _Placer(read, prior_rows, disclosures["disclosure_id"], metrics)
    # what a person did to each corrected figure: one query, none when nothing is corrected
    corrected_ids = read["id"][read["corrected"].astype(bool)].tolist() if len(is_prior) else []
    found = _figure_corrections(corrected_ids) if corrected_ids else {}
    values = placed.column("value").tolist()
    columns.update(placed.columns("value", placed.grid(placed.column("exact:value"), None)))
    columns.update(placed.columns("number", placed.grid(np.array(values, dtype=float), np.nan, dtype=float)))
    columns.update(placed.columns("change", placed.grid(placed.column("exact:change"), None)))
    columns.update(placed.columns("na", placed.grid(placed.column("not_applicable").astype(bool), False,
                                                    dtype=bool)))
    columns.update(placed.columns("reason", placed.grid(placed.column("reason"), "")))
    columns.update(placed.columns("note", placed.grid(placed.column("note"), "")))
    columns.update(placed.columns("id", placed.grid(placed.column("id"), None)))
    columns.update(placed.columns("page", placed.grid(placed.column("page"), None)))
    columns.update(placed.columns("budget", placed.grid(placed.column("exact:budget_value"), None)))
    if provenance:
        columns.update(placed.columns("text", placed.grid(placed.column("source_text"), "")))
    columns.update(placed.columns("corrected", placed.grid(_corrections(placed, found), None)))
    columns.update(before.columns("prior", before.grid(before.column("exact:value"), None)))
    columns.update(before.columns("prior_id", before.grid(before.column("id"), None)))
    columns.update(before.columns("prior_page", before.grid(before.column("page"), None)))
    columns.update(before.columns("prior_corrected", before.grid(_corrections(before, found), None)))
    if provenance:
        columns.update(before.columns("prior_text", before.grid(before.column("source_text"), "")))
    if provenance:
        sources = _sources_by_disclosure(chosen.values("pk")) if size[0] else {}
        found_sources = [sources.get(int(i), ("", "")) for i in disclosures["disclosure_id"]]
        columns["source_file"] = _object_array([name for name, _sha in found_sources])
        columns["sha256"] = _object_array([sha for _name, sha in found_sources])
    return frame_of({**{name: disclosures[name].to_numpy() for name in disclosures.columns}, **columns})


def _figure_corrections(ids: list[int]) -> dict[int, dict[str, Any]]:
    from disclosures.review import figure_corrections

    return figure_corrections(ids)


def _corrections(placed: "_Placer", found: dict[int, dict[str, Any]]) -> list[Any]:
    """Per row of `placed`, what a person did to the figure (from `found`) or None; [] when nothing is corrected."""
    if not found:
        return []
    return [found.get(int(pk)) if flag else None
            for pk, flag in zip(placed.column("id").tolist(), placed.column("corrected").tolist())]


class _Placer:
    """Puts the rows `chosen` (row numbers, in order) of figure columns (name → object array, see `_figure_columns`)
    into disclosures × metrics grids; rows of other disclosures (a superset from the subquery) are dropped."""

    def __init__(self, read: dict[str, np.ndarray], chosen: np.ndarray, disclosure_ids: pd.Series,
                 metrics: list[str]) -> None:
        self.metrics = metrics
        self.size = (len(disclosure_ids), len(metrics))
        # every row chosen in order (no 上年 figure read): the columns as they are, no copy
        in_order = len(chosen) == len(read["metric"]) and bool((chosen == np.arange(len(chosen))).all())
        self.read, self.chosen = read, None if in_order else chosen
        if len(chosen):
            row_index = pd.Index(disclosure_ids).get_indexer(self.column("disclosure_id").astype(np.int64))
            column_index = pd.Index(metrics).get_indexer(self.column("metric"))
            self.keep = (row_index >= 0) & (column_index >= 0)
            self.every = bool(self.keep.all())
            self.at = (row_index, column_index) if self.every else (row_index[self.keep], column_index[self.keep])

    def column(self, name: str) -> np.ndarray:
        return self.read[name] if self.chosen is None else self.read[name][self.chosen]

    def grid(self, found: Any, default: Any, dtype: Any = object) -> np.ndarray:
        grid = np.full(self.size, default, dtype=dtype)
        if len(found):
            if dtype is not object:
                values = np.asarray(found, dtype=dtype)
            else:
                values = found if isinstance(found, np.ndarray) and found.dtype == object else _object_array(found)
            grid[self.at] = values if self.every else values[self.keep]
        return grid

    def columns(self, part: str, grid: np.ndarray) -> dict[str, np.ndarray]:
        return {f"{part}:{metric}": grid[:, number] for number, metric in enumerate(self.metrics)}


def _figure_columns(figures: QuerySet, fields: list[str], *, aggregate: bool | None = None) -> dict[str, np.ndarray]:
    """The figures' `fields` column by column (name → object array), each value as the database driver gives it
    (no Django converters; a flag may come as 0/1 or as a bool; a SQLite REAL amount to 15 significant digits, the
    precision Django's own SQLite converter reads), and for each amount column ``exact:<name>``, its values as
    exact Decimals (see `_exact`). On SQLite one aggregate row carries every column as one string (`_sqlite_columns`):
    building 60,000 row tuples cost more than the query, and each distinct amount becomes a Decimal once.
    `aggregate` forces the row-by-row read (False) or the aggregate (True); by default SQLite aggregates."""
    if aggregate is None:
        aggregate = connection.vendor == "sqlite"
    if aggregate:
        read = _sqlite_columns(figures, fields)
        if read is not None:
            return read
    rows = _raw_rows(figures.values_list(*fields))
    transposed = list(zip(*rows)) if rows else [() for _ in fields]
    read = {name: _object_array(values) for name, values in zip(fields, transposed)}
    for name in AMOUNT_FIELDS:
        if name in read:
            read[name] = _object_array([_fifteen(v) if type(v) is float else v for v in read[name].tolist()])
            read[f"exact:{name}"] = _object_array(_exact(list(read[name])))
    return read


AMOUNT_FIELDS = ("value", "change", "budget_value")  # NUMERIC columns: REAL or INTEGER in SQLite


def _fifteen(value: float) -> float:
    """A REAL as SQLite prints it (and Django's SQLite converter reads it): to 15 significant digits."""
    return float(f"{value:.15g}")


INTEGER_FIELDS = ("disclosure_id", "id", "page")  # integer columns (page may be NULL)
FLAG_FIELDS = ("not_applicable", "corrected")  # boolean columns
_NULL = -(2**62)  # stands for NULL in an integer column's text


def _sqlite_columns(figures: QuerySet, fields: list[str]) -> dict[str, np.ndarray] | None:
    """`_figure_columns` through one aggregate row: integers as comma-separated text (parsed by numpy), flags as one
    "0"/"1" character each, amounts as SQLite prints a REAL, any other column as a JSON array. None when a column
    holds what its kind does not expect (text in an amount or integer column: never written by Django, but then the
    row-by-row read keeps the driver's values)."""
    sql, params = figures.values_list(*fields).query.sql_with_params()

    def part(name: str) -> str:
        if name in AMOUNT_FIELDS:
            return f'group_concat(ifnull("{name}", \'\'), \',\')'
        if name in INTEGER_FIELDS:
            return f'group_concat(ifnull("{name}", {_NULL}), \',\')'
        if name in FLAG_FIELDS:
            return f'group_concat(CASE WHEN "{name}" THEN \'1\' ELSE \'0\' END, \'\')'
        return f'json_group_array("{name}")'

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*), {', '.join(part(name) for name in fields)} FROM ({sql})", params)
        count, *texts = cursor.fetchone()
    read = {}
    for name, text in zip(fields, texts):
        if name in INTEGER_FIELDS:
            try:
                numbers = np.fromstring(text or "", dtype=np.int64, sep=",") if count else np.empty(0, np.int64)
            except ValueError:
                return None
            if len(numbers) != count:
                return None  # text in an integer column
            values = numbers.astype(object)
            values[numbers == _NULL] = None
            read[name] = values
            continue
        if name in FLAG_FIELDS:
            flags = np.frombuffer((text or "").encode("ascii"), dtype=np.uint8) == ord("1")
            if len(flags) != count:
                return None
            read[name] = flags
            continue
        if name not in AMOUNT_FIELDS:
            read[name] = _object_array(json.loads(text))
            continue
        items = np.array(text.split(",") if count else [], dtype=object)
        if len(items) != count:
            return None  # a text amount with a comma
        # each distinct amount parsed (and made a Decimal) once
        codes, distinct = pd.factorize(items)
        try:
            raw = [None if item == "" else int(item) if item.lstrip("-").isdigit() else float(item)
                   for item in distinct.tolist()]
        except ValueError:
            return None  # a text amount
        read[name] = _object_array(raw)[codes]
        read[f"exact:{name}"] = _object_array(_exact(raw))[codes]
    return read


def _object_array(values: Any) -> np.ndarray:
    """A 1-D object array of `values` (even when they are lists or tuples), without numpy's shape discovery."""
    return np.fromiter(values, dtype=object, count=len(values))


def _exact(values: Any) -> list[Decimal | None]:
    """Stored amounts as exact Decimals (see `_decimal`), inlined for 60,000 values."""
    if values.count(None) == len(values):  # a column nobody filled (a 预算's budget_value)
        return list(values)
    return [None if v is None else Decimal(repr(v)) if type(v) is float else Decimal(v) if type(v) is int
            else v if type(v) is Decimal else _decimal(v) for v in values]


def _raw_rows(queryset: QuerySet) -> list[tuple]:
    """The rows of a values_list queryset without Django's per-value converters (Decimal, bool, JSON).

    The ORM still builds the SQL; skipping the converters makes reading 60,000 figures about four times faster.
    Callers convert what they keep (`_decimal`, `bool`, `_json_list`).
    """
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _decimal(value: Any) -> Decimal | None:
    """A stored amount as an exact Decimal. SQLite returns NUMERIC columns as float/int: amounts have at most six
    decimals and fifteen significant digits, so the shortest repr of the float is the stored decimal."""
    if value is None or isinstance(value, Decimal):
        return value
    if type(value) is float:
        return None if value != value else Decimal(repr(value))
    return Decimal(value)


def _decimals(column: pd.Series) -> pd.Series:
    return pd.Series([_decimal(v) for v in column.tolist()], index=column.index, dtype=object)


def attach_checks(frames: Iterable[pd.DataFrame]) -> None:
    """Fill the 勾稽 columns (`columns.CHECK_KEYS`) of the comparison's frames from the stored findings of each
    row's own document (`disclosures.findings.check_summaries`: two queries for all frames together, whatever
    the number of rows). A derived row (no document of its own) stays empty; a document without check records
    is 未检查."""
    frames = [frame for frame in frames if frame is not None and len(frame)]
    own = [_own_ids(frame) for frame in frames]
    summaries = check_summaries({pk for ids in own for pk in ids if pk is not None})
    unchecked = CheckSummary()
    for frame, ids in zip(frames, own):
        found = [None if pk is None else summaries.get(pk, unchecked) for pk in ids]
        columns = {
            "checks": ["" if s is None else s.text for s in found],
            "check_status": ["" if s is None else s.status for s in found],
            "check_errors": [None if s is None or not s.checked else s.errors for s in found],
            "check_warnings": [None if s is None or not s.checked else s.warnings for s in found],
            "check_rules": ["" if s is None else "、".join(s.rules) for s in found],
        }
        for name, values in columns.items():  # object columns, as the frame's others (no string inference)
            frame[name] = pd.Series(_object_array(values), index=frame.index, dtype=object, copy=False)


def _own_ids(frame: pd.DataFrame) -> list[int | None]:
    derived = frame["derived"].tolist() if "derived" in frame.columns else [""] * len(frame)
    return [None if flag == "是" or pk is None or pk != pk else int(pk)
            for pk, flag in zip(frame["disclosure_id"].tolist(), derived)]


def check_findings(frame: pd.DataFrame) -> dict[int, list[dict[str, Any]]]:
    """disclosure id → its findings (full check records with ``key`` and ``mark``) for the rows' own documents, for
    the 勾稽检查 sheet; at most three queries, the check records read only of documents that have findings."""
    return findings_of(pk for pk in _own_ids(frame) if pk is not None) if len(frame) else {}
