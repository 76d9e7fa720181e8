"""Compare page, its JSON twin and the downloads: each view runs the one computation and serializes it."""
from __future__ import annotations

from typing import Any

import pandas as pd
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django_tables2 import RequestConfig

from . import analysis, charts, exports, selectors, tables
from .filters import ComparisonFilter
from .forms import ComparisonForm

JSON_OPTIONS = {"ensure_ascii": False}


def _compute(request: HttpRequest) -> tuple[ComparisonForm, pd.DataFrame | None, pd.DataFrame | None]:
    """Validate the query string and run selector → analysis; (form, None, None) when the form is invalid."""
    form = ComparisonFilter(request.GET).form
    if not form.is_valid():
        return form, None, None
    long_df = selectors.figures_df(**form.selector_kwargs(), metrics=analysis.BASE_METRICS)
    return form, long_df, analysis.comparison(long_df, **form.analysis_kwargs())


def _payload(frame: pd.DataFrame) -> dict[str, Any]:
    columns = [{"key": key, "label": analysis.COLUMN_LABELS[key]} for key in analysis.OUTPUT_COLUMNS
               if key in analysis.COLUMN_LABELS]
    return {"count": len(frame), "columns": columns, "rows": analysis.records(frame)}


def compare(request: HttpRequest) -> HttpResponse:
    form, long_df, frame = _compute(request)
    if frame is None:
        if request.GET.get("format") == "json":
            return JsonResponse({"errors": form.errors}, status=400, json_dumps_params=JSON_OPTIONS)
        return render(request, "comparisons/compare.html", {"form": form, "nav": "compare"}, status=400)
    if request.GET.get("format") == "json":
        return JsonResponse(_payload(frame), json_dumps_params=JSON_OPTIONS)
    table = tables.ComparisonTable(frame.to_dict("records"))
    RequestConfig(request, paginate=False).configure(table)
    history = selectors.figures_df(**form.history_kwargs(list(frame["subject_key"].unique()))) if len(frame) else None
    return render(request, "comparisons/compare.html", {
        "form": form, "table": table, "frame_size": len(frame), "nav": "compare",
        "charts": charts.comparison_charts(frame, metric=form.metric(), history=history),
        "query": _query_without_format(request),
    })


def api_compare(request: HttpRequest) -> JsonResponse:
    form, _long_df, frame = _compute(request)
    if frame is None:
        return JsonResponse({"errors": form.errors}, status=400, json_dumps_params=JSON_OPTIONS)
    return JsonResponse(_payload(frame), json_dumps_params=JSON_OPTIONS)


def export_xlsx(request: HttpRequest) -> HttpResponse:
    form, long_df, frame = _compute(request)
    if frame is None:
        return JsonResponse({"errors": form.errors}, status=400, json_dumps_params=JSON_OPTIONS)
    response = HttpResponse(
        exports.comparison_xlsx(frame, long_df),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = "attachment; filename=\"compare.xlsx\"; filename*=UTF-8''%E6%AF%94%E8%BE%83.xlsx"
    return response


def export_csv(request: HttpRequest) -> HttpResponse:
    form, _long_df, frame = _compute(request)
    if frame is None:
        return JsonResponse({"errors": form.errors}, status=400, json_dumps_params=JSON_OPTIONS)
    response = HttpResponse(exports.comparison_csv_bytes(frame), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = "attachment; filename=\"compare.csv\"; filename*=UTF-8''%E6%AF%94%E8%BE%83.csv"
    return response


def api_subjects(request: HttpRequest) -> JsonResponse:
    """The subjects a comparison can pick: departments grouped by department type, and units."""
    choices = selectors.subject_choices()
    return JsonResponse({
        "departments": [{"department_type": group, "subjects": [{"key": k, "name": n} for k, n in options]}
                        for group, options in choices["departments"]],
        "units": [{"key": k, "name": n} for k, n in choices["units"]],
    }, json_dumps_params=JSON_OPTIONS)


def _query_without_format(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("format", None)
    query.pop("sort", None)
    return query.urlencode()
