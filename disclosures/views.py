"""The browse pages: home, region, department/unit, disclosure, and the source-file download.

Each page builds one plain dict (`*_page_data`) that the template renders and `?format=json` returns as is,
so the HTML and the JSON cannot disagree. Every builder runs a fixed number of queries, whatever the data size.
"""
from __future__ import annotations

import base64
import json
import mimetypes
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import pandas as pd
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Max, Min, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from comparisons import charts
from comparisons.columns import metric_colour
from comparisons.selectors import figures_df

from . import cage, findings, page_images
from .models import Department, Disclosure, Figure, Kind, Region, SourceFile, Unit
from .parsing import ParseError
from .parsing.metrics import METRICS, SANGONG_PARTS
from .quotes import clip_quote
from .review_views import REVIEW_PERMISSION
from .templatetags.budget_format import format_count, format_wan

# The columns the region and department pages show for each disclosure.
HEADLINE_METRICS = ("sangong_total", *SANGONG_PARTS, "operating_costs", "expenditure_total",
                    "staff_authorized", "staff_actual")
STATUS_RANK = {Disclosure.Status.OK: 0, Disclosure.Status.CONFLICT: 1, Disclosure.Status.INCOMPLETE: 2,
               Disclosure.Status.FAILED: 3}


def home(request: HttpRequest) -> HttpResponse:
    data = home_page_data()
    figure = charts.plot_headline(pd.DataFrame(data["headline"]))
    context = {"data": data, "nav": "home", "chart": _chart("chart-headline", "各部门最新“三公”经费（万元）", figure)}
    return _respond(request, "disclosures/home.html", context, data)


def region_detail(request: HttpRequest, pk: int) -> HttpResponse:
    region = get_object_or_404(Region, pk=pk)
    data = region_page_data(region=region)
    return _respond(request, "disclosures/region.html", {"data": data, "nav": "regions"}, data)


def department_detail(request: HttpRequest, pk: int) -> HttpResponse:
    department = get_object_or_404(Department.objects.select_related("region", "department_type"), pk=pk)
    data = subject_page_data(department=department)
    return _respond(request, "disclosures/subject.html", _subject_context(data, department_ids=[pk]), data)


def unit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(Unit.objects.select_related("department__region", "department__department_type"), pk=pk)
    data = subject_page_data(department=unit.department, unit=unit)
    return _respond(request, "disclosures/subject.html", _subject_context(data, unit_ids=[pk]), data)


def disclosure_detail(request: HttpRequest, pk: int) -> HttpResponse:
    disclosure = get_object_or_404(
        Disclosure.objects.select_related("department__region", "department__department_type", "unit"), pk=pk
    )
    data = disclosure_page_data(disclosure=disclosure, editor=is_editor(request))
    return _respond(request, "disclosures/disclosure.html", {"data": data, "nav": "regions"}, data)


# --- who may open a stored file ---------------------------------------------------------------------------------
# A file that backs a published disclosure (parsed, identified, not 待核实; not a conflicting second rendition) is
# public: one click from a number to its source. Any other stored file (its disclosure awaits review, or its figures
# conflict with the stored ones) is shown only to editors; to everyone else it does not exist (404, and the pages
# neither list nor link it). Failed arithmetic checks do not hide a file: the document is published with them.

PUBLISHED_SOURCE = Q(status=SourceFile.Status.PARSED, disclosure__identified=True,
                     disclosure__status__in=[Disclosure.Status.OK, Disclosure.Status.CONFLICT])


def is_editor(request: HttpRequest) -> bool:
    user = request.user
    return bool(user.is_authenticated and user.has_perm(REVIEW_PERMISSION))


def _published_itself(source: SourceFile, disclosure: Disclosure) -> bool:
    return (source.status == SourceFile.Status.PARSED and disclosure.identified
            and disclosure.status in (Disclosure.Status.OK, Disclosure.Status.CONFLICT))


def source_is_public(source: SourceFile) -> bool:
    """True when this file (any segment of it, by sha256) backs a published disclosure; kept on the instance."""
    if not hasattr(source, "_public"):
        source._public = (_published_itself(source, source.disclosure)
                          or SourceFile.objects.filter(PUBLISHED_SOURCE, sha256=source.sha256).exists())
    return source._public


def _visible_source(request: HttpRequest, pk: int) -> SourceFile:
    """The stored file `pk` when this request may open it; 404 otherwise, the same as for an unknown id."""
    source = get_object_or_404(SourceFile.objects.select_related("disclosure").defer("parsed"), pk=pk)
    if not (source_is_public(source) or is_editor(request)):
        raise Http404("原文件不存在")
    return source


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"  # an editor's view of an unpublished file is never cached
    return response


def source_download(request: HttpRequest, pk: int) -> FileResponse:
    """The source file as stored, shown in the browser (a PDF opens in its viewer; `#page=N` in links); an
    unpublished one only to editors."""
    source = _visible_source(request, pk)
    try:
        handle = source.file.open("rb")
    except (FileNotFoundError, ValueError) as exc:
        raise Http404("原文件不在存储中") from exc
    content_type = mimetypes.guess_type(source.original_name)[0] or "application/octet-stream"
    if content_type in ("text/html", "application/xhtml+xml", "image/svg+xml"):
        content_type = "text/plain"  # an uploaded page is shown as its source, never run on this site
    if content_type.startswith("text/"):
        content_type += "; charset=utf-8"
    response = FileResponse(handle, as_attachment=False, filename=source.original_name, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return response if source_is_public(source) else _private(response)


def figure_source(request: HttpRequest, pk: int, metric: str) -> HttpResponse:
    """The source panel of one figure: its sentence or table cell as printed and the PDF page it is on.
    Every number on the compare table and the browse pages links here; static/js/app.js opens it in a panel."""
    figure, source = _figure_and_source(pk, metric, request.GET.get("period", "本年"))
    data = figure_source_data(figure=figure, source=_shown_source(request, source, figure.disclosure))
    return _respond(request, "disclosures/source.html", {"data": data, "nav": "regions"}, data)


def figure_source_by_id(request: HttpRequest, pk: int) -> HttpResponse:
    """The same source panel for one stored figure by its id (the compare table and the 要点 know the figure)."""
    figure = get_object_or_404(Figure.objects.select_related("disclosure__department__region", "disclosure__unit"),
                               pk=pk)
    data = figure_source_data(figure=figure, source=_shown_source(request, _source_of(figure.disclosure_id),
                                                                 figure.disclosure))
    return _respond(request, "disclosures/source.html", {"data": data, "nav": "regions"}, data)


def figure_page_image(request: HttpRequest, pk: int, metric: str) -> FileResponse:
    """The PDF page a figure is printed on, as a PNG with the printed number boxed in red."""
    figure, source = _figure_and_source(pk, metric, request.GET.get("period", "本年"))
    source = _shown_source(request, source, figure.disclosure)
    if source is None or not figure.page:
        raise Http404("没有这项数字所在页的 PDF")
    numbers = page_images.number_spellings(figure.value, figure.display_scale)
    return _page_png(source, figure.page, numbers=numbers, anchor=figure.source_text)


def source_page_image(request: HttpRequest, pk: int, page: int) -> FileResponse:
    """One page of a stored PDF as a PNG (the page numbers on the disclosure page link here); the same rule as
    the file itself."""
    return _page_png(_visible_source(request, pk), page)


def _shown_source(request: HttpRequest, source: SourceFile | None, disclosure: Disclosure) -> SourceFile | None:
    """The file a figure's panel shows, or None when this request may not see it (the sentence stays public)."""
    if source is not None:
        source.disclosure = disclosure  # the figure's own, already loaded
    if source is None or source_is_public(source) or is_editor(request):
        return source
    return None


# --- page data -------------------------------------------------------------------------------------------------


def home_page_data() -> dict[str, Any]:
    """What is in the database, per region, and the latest 三公 total of every department (4 queries)."""
    regions = list(
        Region.objects.annotate(
            department_count=Count("departments", distinct=True),
            disclosure_count=Count("departments__disclosures", distinct=True),
            first_year=Min("departments__disclosures__year"),
            last_year=Max("departments__disclosures__year"),
        )
    )
    disclosures = list(
        Disclosure.objects.values("id", "year", "kind", "status", "identified", "department_id", "unit_id", "unit__is_principal",
                                  "department__name", "department__region__name", "scope")
    )
    unit_count = Unit.objects.count()
    latest = _latest_own(disclosures)
    figures = _figure_values([d["id"] for d in latest.values()], ["sangong_total"])
    headline = [
        {"region": d["department__region__name"], "department": d["department__name"],
         "department_url": reverse("disclosures:department", args=[dep_id]), "year": d["year"], "kind": d["kind"],
         "scope": d["scope"], "sangong_total": figures[d["id"]].get("sangong_total", {}).get("value")}
        for dep_id, d in latest.items()
    ]
    headline.sort(key=lambda row: (row["region"], row["department"]))
    return {
        "counts": {
            "regions": len(regions),
            "departments": sum(r.department_count for r in regions),
            "units": unit_count,
            "disclosures": len(disclosures),
            "failed": sum(d["status"] != Disclosure.Status.OK for d in disclosures),
        },
        "years": sorted({d["year"] for d in disclosures if d["year"] is not None}, reverse=True),
        "kinds": [k for k in Kind.values if any(d["kind"] == k for d in disclosures)],
        "regions": [
            {"id": r.pk, "name": str(r), "url": reverse("disclosures:region", args=[r.pk]),
             "departments": r.department_count, "disclosures": r.disclosure_count,
             "first_year": r.first_year, "last_year": r.last_year}
            for r in regions
        ],
        "headline": headline,
    }


def region_page_data(*, region: Region) -> dict[str, Any]:
    """Every department of a region with its latest figures, and the department × year × kind coverage grid."""
    departments = list(region.departments.select_related("department_type").order_by("name"))
    disclosures = list(
        Disclosure.objects.filter(department__region=region)
        .values("id", "year", "kind", "scope", "status", "identified", "department_id", "unit_id", "unit__is_principal",
                "title_name")
        .order_by("-year", "kind")
    )
    latest = _latest_own(disclosures)
    figures = _figure_values([d["id"] for d in latest.values()], HEADLINE_METRICS)
    years = sorted({d["year"] for d in disclosures if d["year"] is not None}, reverse=True)
    cells: dict[tuple[int, int, str], list[dict]] = defaultdict(list)
    for d in disclosures:
        cells[(d["department_id"], d["year"], d["kind"])].append(d)
    rows = []
    for dep in departments:
        chosen = latest.get(dep.pk)
        rows.append({
            "id": dep.pk,
            "name": dep.name,
            "url": reverse("disclosures:department", args=[dep.pk]),
            "department_type": dep.department_type.name if dep.department_type else None,
            "latest": _disclosure_ref(chosen) if chosen else None,
            "figures": {key: (figures[chosen["id"]].get(key) if chosen else None) for key in HEADLINE_METRICS},
            "coverage": [
                {"year": year, "kind": kind, **_coverage_cell(cells.get((dep.pk, year, kind), []))}
                for year in years for kind in Kind.values
            ],
        })
    return {
        "region": {"id": region.pk, "name": str(region), "province": region.province},
        "years": years,
        "kinds": list(Kind.values),
        "metrics": _metric_labels(HEADLINE_METRICS),
        "departments": rows,
    }


def subject_page_data(*, department: Department, unit: Unit | None = None) -> dict[str, Any]:
    """A department (its own 部门/本级 disclosures) or one member unit: every year and kind, with trend data."""
    if unit is None:
        own = Q(department=department) & (Q(unit__isnull=True) | Q(unit__is_principal=True))
    else:
        own = Q(unit=unit)
    disclosures = list(
        Disclosure.objects.filter(own)
        .values("id", "year", "kind", "scope", "status", "title_name", "member_units", "unit_id")
        .order_by("-year", "kind", "scope")
    )
    figures = _figure_values([d["id"] for d in disclosures], HEADLINE_METRICS)
    units = list(department.units.order_by("-is_principal", "name").values("id", "name", "is_principal"))
    latest_members = next((d["member_units"] for d in disclosures if d["member_units"]), [])
    return {
        "department": {"id": department.pk, "name": department.name,
                       "url": reverse("disclosures:department", args=[department.pk]),
                       "type": department.department_type.name if department.department_type else None},
        "region": {"id": department.region_id, "name": str(department.region),
                   "url": reverse("disclosures:region", args=[department.region_id])},
        "unit": {"id": unit.pk, "name": unit.name, "is_principal": unit.is_principal} if unit else None,
        "metrics": _metric_labels(HEADLINE_METRICS),
        "disclosures": [
            {**_disclosure_ref(d), "figures": {key: figures[d["id"]].get(key) for key in HEADLINE_METRICS}}
            for d in disclosures
        ],
        "units": [{**u, "url": reverse("disclosures:unit", args=[u["id"]])} for u in units],
        "member_units": latest_members,
    }


def disclosure_page_data(*, disclosure: Disclosure, editor: bool = False) -> dict[str, Any]:
    """Every figure of one disclosure with its page and sentence, plus its lines, headcounts and files (the
    unpublished files only for an `editor`)."""
    order = {key: i for i, key in enumerate(METRICS)}
    figures = sorted(disclosure.figures.all(), key=lambda f: (order.get(f.metric, len(order)), f.metric,
                                                               f.period != "本年", f.origin != "prose"))
    sources = list(disclosure.sources.defer("parsed").order_by("imported_at"))
    if not editor:
        hidden = [s for s in sources if not _published_itself(s, disclosure)]
        if hidden:  # another segment of the same file may back a published disclosure (one query)
            public = set(SourceFile.objects.filter(PUBLISHED_SOURCE, sha256__in=[s.sha256 for s in hidden])
                         .values_list("sha256", flat=True))
            sources = [s for s in sources if s not in hidden or s.sha256 in public]
    pdf = next((s for s in sources if _is_pdf(s)), None)
    department = disclosure.department
    return {
        **_disclosure_ref({"id": disclosure.pk, "year": disclosure.year, "kind": disclosure.kind,
                           "scope": disclosure.scope, "status": disclosure.status,
                           "title_name": disclosure.title_name}),
        "genre": disclosure.genre,
        "department": {"id": department.pk, "name": department.name,
                       "url": reverse("disclosures:department", args=[department.pk])},
        "unit": ({"id": disclosure.unit_id, "name": disclosure.unit.name,
                  "url": reverse("disclosures:unit", args=[disclosure.unit_id])} if disclosure.unit_id else None),
        "region": {"id": department.region_id, "name": str(department.region),
                   "url": reverse("disclosures:region", args=[department.region_id])},
        "error": disclosure.error,
        "parser_version": disclosure.parser_version,
        "parsed_at": disclosure.parsed_at,
        "member_units": list(disclosure.member_units),
        "figures": [_figure_row(f) for f in figures if f.is_primary and f.period == "本年"],
        "other_figures": [_figure_row(f) for f in figures if not (f.is_primary and f.period == "本年")],
        "function_lines": [
            {"code": line.code, "name": line.name, "value": line.value, "fund_scope": line.fund_scope,
             "page": line.page, "source_text": line.source_text}
            for line in disclosure.function_lines.all()
        ],
        "page_url": reverse("disclosures:source_page_image", args=[pdf.pk, 1])[:-len("1.png")] if pdf else None,
        "headcounts": [
            {"unit_name": h.unit_name, "authorized": h.authorized, "authorized_text": h.authorized_text,
             "actual": h.actual, "contracted": h.contracted, "page": h.page, "source_text": h.source_text,
             "quote": clip_quote(h.source_text)}
            for h in disclosure.headcounts.all()
        ],
        "warnings": list(disclosure.warnings),
        "checks": _ordered_checks(findings.annotate(disclosure.checks or [],
                                                    disclosure.finding_marks.select_related("user"))),
        "sources": [
            {"id": s.pk, "name": s.original_name, "sha256": s.sha256, "size": s.size, "pages": s.pages,
             "status": s.status, "status_label": s.get_status_display(), "conflict_detail": s.conflict_detail,
             "url": reverse("disclosures:source_download", args=[s.pk])}
            for s in sources
        ],
    }


CHECK_ORDER = {"error": 0, "warning": 1, "info": 2, "insufficient_data": 3, "not_applicable": 4, "pass": 5}
CHECK_LABEL = {"error": "错误", "warning": "警告", "info": "提示", "insufficient_data": "取数不足",
               "not_applicable": "不适用", "pass": "通过"}


def _ordered_checks(checks: list[dict]) -> list[dict]:
    """Errors first, then warnings, hints, checks that could not run, and passes; each with its Chinese label."""
    rows = []
    for check in checks or []:
        outcome = check.get("outcome") or {True: "pass", False: "fail"}.get(check.get("ok"), "insufficient_data")
        state = check.get("severity", "error") if outcome == "fail" else outcome
        rows.append({**check, "state": state, "state_label": CHECK_LABEL.get(state, state),
                     "title": check.get("name") or check.get("rule", ""), "text": check.get("message") or check.get("detail", "")})
    return sorted(rows, key=lambda row: CHECK_ORDER.get(row["state"], 9))


def figure_source_data(*, figure: Figure, source: SourceFile | None) -> dict[str, Any]:
    disclosure = figure.disclosure
    metric = METRICS.get(figure.metric)
    unit = metric.unit if metric else "万元"
    args = [disclosure.pk, figure.metric]
    query = "" if figure.period == "本年" else "?period=上年"
    has_image = bool(source and figure.page and _is_pdf(source) and source.file
                     and source.file.storage.exists(source.file.name))
    return {
        "disclosure": {**_disclosure_ref({"id": disclosure.pk, "year": disclosure.year, "kind": disclosure.kind,
                                          "scope": disclosure.scope, "status": disclosure.status,
                                          "title_name": disclosure.title_name})},
        "subject": disclosure.unit.name if disclosure.unit_id else disclosure.department.name,
        "subject_url": (reverse("disclosures:unit", args=[disclosure.unit_id]) if disclosure.unit_id
                        else reverse("disclosures:department", args=[disclosure.department_id])),
        "region": str(disclosure.department.region),
        "metric": figure.metric,
        "label": metric.label if metric else figure.metric,
        "unit": unit,
        "period": figure.period,
        "value": _clean(figure.value, figure.metric),
        "value_text": format_metric(_clean(figure.value, figure.metric), unit) if figure.value is not None else None,
        "change": _clean(figure.change, figure.metric),
        "reason": figure.reason,
        "not_applicable": figure.not_applicable,
        "note": figure.note,
        "origin": figure.origin,
        "origin_label": "表格单元格" if figure.origin == "table" else "正文",
        "page": figure.page,
        "quote": clip_quote(figure.source_text, context=_page_context(source, figure.page)),
        "source_text": figure.source_text,
        "corrected": figure.corrected,
        "file": ({"id": source.pk, "name": source.original_name, "sha256": source.sha256,
                  "url": reverse("disclosures:source_download", args=[source.pk])
                  + (f"#page={figure.page}" if figure.page and _is_pdf(source) else "")} if source else None),
        "image_url": reverse("disclosures:figure_page_image", args=args) + query if has_image else None,
        "url": reverse("disclosures:figure_source", args=args) + query,
    }


# --- helpers ---------------------------------------------------------------------------------------------------


def _figure_and_source(pk: int, metric: str, period: str) -> tuple[Figure, SourceFile | None]:
    """The figure a number on a page stands for (primary first, then prose before table) and the file it was read
    from (a PDF first). Unknown disclosure, metric or period: 404."""
    if metric not in METRICS or period not in ("本年", "上年"):
        raise Http404("没有这项指标")
    figures = sorted(
        Figure.objects.filter(disclosure_id=pk, metric=metric, period=period)
        .select_related("disclosure__department__region", "disclosure__unit"),
        key=lambda f: (not f.is_primary, f.origin != "prose"),
    )
    if not figures:
        raise Http404("没有这项数字")
    return figures[0], _source_of(pk)


def _source_of(disclosure_id: int) -> SourceFile | None:
    """The file a disclosure's figures are shown from: a PDF first, a parsed one before a conflicting one."""
    sources = sorted(SourceFile.objects.filter(disclosure_id=disclosure_id).defer("parsed"),
                     key=lambda s: (not _is_pdf(s), s.status != SourceFile.Status.PARSED, s.imported_at))
    return sources[0] if sources else None


def _page_context(source: SourceFile | None, page: int | None) -> str:
    """The text of the page a figure is on (PDF text layer, or the form-feed page of a text file), so its quote
    can be widened to whole sentences; "" when the file is not at hand."""
    if source is None or not source.file:
        return ""
    try:
        if _is_pdf(source):
            # PDFium only in a caged child
            return cage.read_page_text(source.file.path, page, memory=settings.PARSE_MEMORY) if page else ""
        with source.file.open("rb") as handle:
            raw = handle.read(5_000_000)
    except (OSError, ValueError, page_images.PageImageError, ParseError):
        return ""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return ""
    pages = text.split("\f")
    return pages[page - 1] if page and len(pages) >= page else text


def format_metric(value: Any, unit: str) -> str:
    return format_wan(value) if unit == "万元" else format_count(value)


def _is_pdf(source: SourceFile) -> bool:
    return source.original_name.lower().endswith(".pdf") or (source.file.name or "").lower().endswith(".pdf")


def _page_png(source: SourceFile, page: int, *, numbers: list[str] | None = None, anchor: str = "") -> FileResponse:
    if not _is_pdf(source) or not source.file:
        raise Http404("原文件不是 PDF")
    try:
        path = source.file.path
        # Rendered in a caged child (memory cap, wall clock): the web process never opens the PDF itself.
        image = Path(cage.render_page_image(path, sha256=source.sha256, page=page, cache_dir=settings.PAGE_IMAGE_DIR,
                                            numbers=numbers or (), anchor=anchor, memory=settings.PARSE_MEMORY))
    except (FileNotFoundError, page_images.PageImageError, ParseError) as exc:
        raise Http404(str(exc)) from exc
    response = FileResponse(image.open("rb"), content_type="image/png")
    if not source_is_public(source):
        return _private(response)
    response["Cache-Control"] = "public, max-age=86400"  # the same file and page always render the same image
    return response




def _respond(request: HttpRequest, template: str, context: dict[str, Any], data: dict[str, Any]) -> HttpResponse:
    if request.GET.get("format") == "json":
        return JsonResponse(data, encoder=DjangoJSONEncoder, json_dumps_params={"ensure_ascii": False})
    return render(request, template, context)


TREND_METRICS = ("sangong_total", "operating_costs")


def _subject_context(data: dict[str, Any], **subject: list[int]) -> dict[str, Any]:
    """The subject page's charts: the 三公 parts of each stated disclosure, and the 三公 total and 机关运行经费
    for every year a document speaks for (the comparison's 历年 rows: a year without its own document is
    derived from the next year's 上年数 or stated change, drawn as an open point; a year nobody states is a gap)."""
    frame = _trend_frame(data["disclosures"])
    history = _subject_history(**subject) if data["disclosures"] else pd.DataFrame()
    trends = []
    if not history.empty:
        for metric in TREND_METRICS:
            if metric in history and history[metric].notna().any():
                spec = charts.metric_over_years_spec(history, metric)
                label = METRICS[metric].label
                trends.append(_chart(f"chart-{metric.replace('_', '-')}-years", f"{label}历年（万元）",
                                     _SpecFigure(spec)))
    return {
        "data": data,
        "nav": "regions",
        "charts": [
            _chart("chart-sangong-trend", "“三公”经费及构成（万元）", charts.plot_trend_sangong(frame)),
            *trends,
        ],
    }


class _SpecFigure:
    """A plain plotly spec (dict) with the `to_json` that `_chart` expects of a go.Figure."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def to_json(self) -> str:
        return json.dumps(self.spec, cls=DjangoJSONEncoder, ensure_ascii=False)


def _subject_history(**subject: list[int]) -> pd.DataFrame:
    """Every year of one department or unit as the comparison computes it (own, derived, restated)."""
    from comparisons import analysis
    from comparisons.columns import BASE_METRICS
    from comparisons.selectors import wide_figures_df

    from comparisons import corrections

    wide = wide_figures_df(metrics=list(BASE_METRICS), **subject)
    if wide.empty:
        return pd.DataFrame()
    return corrections.mark(analysis.history(wide), corrections.corrections_by_figure(wide))


def _trend_frame(disclosures: list[dict[str, Any]]) -> pd.DataFrame:
    """Long year/kind/metric/value rows for the trend charts: one disclosure per year and kind, 部门 scope first."""
    chosen: dict[tuple[int, str], dict[str, Any]] = {}
    for d in disclosures:
        current = chosen.get((d["year"], d["kind"]))
        if current is None or (current["scope"] != "部门" and d["scope"] == "部门"):
            chosen[(d["year"], d["kind"])] = d
    rows = [
        {"year": d["year"], "kind": d["kind"], "metric": metric, "value": fig["value"]}
        for d in chosen.values() for metric, fig in d["figures"].items()
        if fig and not fig["not_applicable"] and fig["value"] is not None
    ]
    return pd.DataFrame(rows, columns=["year", "kind", "metric", "value"])


LABEL_METRICS = {m.label: key for key, m in METRICS.items()}
AMOUNT_TICKS = ",.2~f"  # 0.9 → "0.9", 0.25 → "0.25", 1234 → "1,234": never "0,0,0,1,1,1" for small values


def _chart(chart_id: str, title: str, figure: Any) -> dict[str, Any] | None:
    """A figure for partials/chart.html, with amount axes ticked to two decimals at most (trailing zeros
    trimmed) instead of whole numbers, and the title as its text alternative."""
    if figure is None:
        return None
    spec = json.loads(figure.to_json())
    for trace in spec.get("data", []):
        metric = LABEL_METRICS.get(trace.get("name"))
        marker = trace.setdefault("marker", {})
        if metric and isinstance(marker, dict) and "color" not in marker:
            marker["color"] = metric_colour(metric)  # the registry's colour: the same metric looks alike everywhere
    for name, axis in spec.get("layout", {}).items():
        if name.startswith(("xaxis", "yaxis")) and isinstance(axis, dict) and axis.get("tickformat") in (",.0f", ",.2f"):
            axis["tickformat"] = AMOUNT_TICKS
    return {"id": chart_id, "spec_id": f"{chart_id}-spec", "title": title, "spec": spec,
            "summary": _chart_summary(spec)}


def _chart_summary(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The chart's numbers as rows (series, x, y) for the text alternative under the chart."""
    rows = []
    for trace in spec.get("data", []):
        xs, ys = _plain(trace.get("x")), _plain(trace.get("y"))
        if trace.get("orientation") == "h":
            xs, ys = ys, xs
        notes = trace.get("customdata") if isinstance(trace.get("customdata"), list) else []
        for index, (x, y) in enumerate(zip(xs, ys)):
            if y is not None and y == y:
                note = notes[index] if index < len(notes) and isinstance(notes[index], str) else ""
                rows.append({"series": trace.get("name") or "", "x": x, "y": y, "note": note})
    return rows[:200]


def _plain(values: Any) -> list[Any]:
    """plotly's JSON keeps number arrays as {"dtype", "bdata"} (base64); the text alternative wants a list."""
    if isinstance(values, dict) and "bdata" in values:
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=values.get("dtype", "f8")).tolist()
    return list(values or [])


def _latest_own(disclosures: Iterable[dict]) -> dict[int, dict]:
    """Per department, the disclosure that speaks for it: the latest year, 部门 scope before 本级 单位 scope,
    预算 before 决算 within a year (the compare page's default kind). Member-unit disclosures never stand in."""
    best: dict[int, dict] = {}

    def key(d: dict) -> tuple:
        return (d["year"], d["unit_id"] is None, d["kind"] == Kind.BUDGET)

    for d in disclosures:
        if d["status"] == Disclosure.Status.FAILED or not d["identified"]:
            continue  # nothing was read from it, or whose it is is unknown; the coverage grid still shows it
        if d["unit_id"] is not None and not d["unit__is_principal"]:
            continue
        current = best.get(d["department_id"])
        if current is None or key(d) > key(current):
            best[d["department_id"]] = d
    return best


def _figure_values(disclosure_ids: list[int], metrics: Iterable[str]) -> dict[int, dict[str, dict]]:
    """disclosure id → metric → {value, change, not_applicable, note}, read through the comparison selector
    (primary 本年 figures; three queries) so these pages and /compare/ see the same numbers."""
    found: dict[int, dict[str, dict]] = {pk: {} for pk in disclosure_ids}
    if not disclosure_ids:
        return found
    frame = figures_df(disclosure_ids=disclosure_ids, metrics=list(metrics))
    for row in frame[["disclosure_id", "metric", "value", "change", "not_applicable", "note"]].itertuples(index=False):
        found[int(row.disclosure_id)][row.metric] = {
            "value": _clean(row.value, row.metric), "change": _clean(row.change, row.metric),
            "not_applicable": bool(row.not_applicable), "note": row.note,
        }
    return found


def _clean(value: Decimal | None, metric: str) -> Decimal | int | None:
    """Counts come back as integers; amounts keep their exact decimal (trailing storage zeros dropped)."""
    if value is None:
        return None
    if METRICS.get(metric) and METRICS[metric].unit != "万元":
        return int(value)
    return value.quantize(Decimal("0.01")) if value == value.quantize(Decimal("0.01")) else value.normalize()


def _figure_row(figure: Figure) -> dict[str, Any]:
    metric = METRICS.get(figure.metric)
    return {
        "metric": figure.metric,
        "label": metric.label if metric else figure.metric,
        "unit": metric.unit if metric else "万元",
        "value": _clean(figure.value, figure.metric),
        "change": _clean(figure.change, figure.metric),
        "reason": figure.reason,
        "not_applicable": figure.not_applicable,
        "note": figure.note,
        "period": figure.period,
        "origin": figure.origin,
        "fund_scope": figure.fund_scope,
        "exp_scope": figure.exp_scope,
        "page": figure.page,
        "source_text": figure.source_text,
        "quote": clip_quote(figure.source_text),
        "corrected": figure.corrected,
    }


def _disclosure_ref(d: dict) -> dict[str, Any]:
    return {
        "id": d["id"], "year": d["year"], "kind": d["kind"], "scope": d["scope"], "status": d["status"],
        "status_label": Disclosure.Status(d["status"]).label, "title": d.get("title_name", ""),
        "url": reverse("disclosures:disclosure", args=[d["id"]]),
    }


def _coverage_cell(found: list[dict]) -> dict[str, Any]:
    if not found:
        return {"state": "missing", "count": 0, "url": None}
    worst = max(found, key=lambda d: STATUS_RANK.get(d["status"], 0))
    return {"state": worst["status"], "count": len(found),
            "url": reverse("disclosures:disclosure", args=[worst["id"]])}


def _metric_labels(keys: Iterable[str]) -> list[dict[str, str]]:
    return [{"key": k, "label": METRICS[k].label, "unit": METRICS[k].unit} for k in keys]
