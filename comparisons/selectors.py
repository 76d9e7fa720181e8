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

from collections.abc import Iterable
from typing import Any

import pandas as pd
from django.db.models import Exists, OuterRef, Q

from disclosures.models import Disclosure, Figure, SourceFile

LONG_COLUMNS = [
    "disclosure_id", "subject_key", "subject_name", "department_id", "unit_id", "department_type", "region",
    "province", "year", "kind", "scope", "member_count", "title_name", "metric", "value", "change", "reason",
    "not_applicable", "note", "page", "source_text", "source_file", "sha256",
]

DISCLOSURE_COLUMNS = [
    "disclosure_id", "department_id", "unit_id", "is_principal", "unit_name", "department_name",
    "department_type", "region", "province", "year", "kind", "scope", "member_units", "title_name",
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

    department_disclosure = Disclosure.objects.filter(
        department_id=OuterRef("department_id"), year=OuterRef("year"), kind=OuterRef("kind"), unit__isnull=True,
    ).exclude(status=Disclosure.Status.FAILED)
    rows = (
        Disclosure.objects.filter(query)
        .exclude(status=Disclosure.Status.FAILED)
        .annotate(has_department_disclosure=Exists(department_disclosure))
        .order_by()
        .values_list(
            "id", "department_id", "unit_id", "unit__is_principal", "unit__name", "department__name",
            "department__department_type__name", "department__region__name", "department__region__province",
            "year", "kind", "scope", "member_units", "title_name", "has_department_disclosure",
        )
    )
    frame = pd.DataFrame.from_records(list(rows), columns=DISCLOSURE_COLUMNS)
    frame["subject_key"] = pd.Series(dtype=object)
    frame["subject_name"] = pd.Series(dtype=object)
    frame["member_count"] = pd.Series(dtype="int64")
    if frame.empty:
        return frame
    stands_in = frame["unit_id"].isna() | (
        frame["is_principal"].fillna(False).astype(bool) & ~frame["has_department_disclosure"].astype(bool)
    )
    unit_ids_text = frame["unit_id"].fillna(0).astype("int64").astype(str)
    frame["subject_key"] = ("d" + frame["department_id"].astype(str)).where(stands_in, "u" + unit_ids_text)
    frame["subject_name"] = frame["department_name"].where(stands_in, frame["unit_name"])
    frame["unit_id"] = frame["unit_id"].astype(object).where(frame["unit_id"].notna(), None)
    frame["member_count"] = frame["member_units"].map(lambda units: len(units or []))
    frame["department_type"] = frame["department_type"].fillna("")
    frame["province"] = frame["province"].fillna("")
    if department_ids is not None and unit_ids is None or departments_only:
        # A principal unit's own disclosure when the department also published a 部门 one is a unit subject.
        frame = frame[frame["subject_key"].str.startswith("d")]
    elif department_ids is not None and unit_ids is not None:
        wanted = {f"d{i}" for i in department_ids} | {f"u{i}" for i in unit_ids}
        wanted |= set(frame.loc[frame["unit_id"].isin(list(unit_ids)), "subject_key"])
        frame = frame[frame["subject_key"].isin(wanted)]
    if latest and not frame.empty:
        newest = frame.groupby(["subject_key", "kind"])["year"].transform("max")
        frame = frame[frame["year"] == newest]
    return frame.reset_index(drop=True)


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
        list(figure_query.order_by().values_list(
            "disclosure_id", "metric", "value", "change", "reason", "not_applicable", "note", "page", "source_text",
        )),
        columns=["disclosure_id", "metric", "value", "change", "reason", "not_applicable", "note", "page",
                 "source_text"],
    )
    sources = _sources_by_disclosure(ids)
    frame = figures.merge(disclosures, on="disclosure_id", how="inner")
    frame["source_file"] = frame["disclosure_id"].map(lambda i: sources.get(i, ("", ""))[0])
    frame["sha256"] = frame["disclosure_id"].map(lambda i: sources.get(i, ("", ""))[1])
    for column in ("value", "change"):
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    frame["page"] = frame["page"].astype(object).where(frame["page"].notna(), None)
    return frame[LONG_COLUMNS].sort_values(["subject_name", "year", "kind", "metric"]).reset_index(drop=True)


def _sources_by_disclosure(ids: list[int]) -> dict[int, tuple[str, str]]:
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
    for pk, name, region, type_name in departments:
        label = name if not region or region in name else f"{region} · {name}"
        groups.setdefault(type_name or "其他部门", []).append((f"d{pk}", label))
    units = Unit.objects.filter(is_principal=False, disclosures__isnull=False).distinct().order_by(
        "department__region__name", "department__name", "name",
    ).values_list("id", "name", "department__name")
    return {
        "departments": list(groups.items()),
        "units": [(f"u{pk}", f"{name}（{department}）") for pk, name, department in units],
    }
