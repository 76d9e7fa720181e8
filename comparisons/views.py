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


def _compute(request: HttpRequest, *, history: bool = False, provenance: bool = False) -> tuple[
        ComparisonForm, pd.DataFrame | None, pd.DataFrame | None, pd.DataFrame | None]:
    """Validate the query string and run selector → analysis: (form, wide, frame, history rows), or (form, None,
    None, None) when the form is invalid. `wide` holds every year of the compared subjects; `history` (when asked)
    the 历年 rows, computed in the same pass as the main table `frame`."""
    form = ComparisonFilter(request.GET).form
    if not form.is_valid():
        return form, None, None, None
    metrics = list(dict.fromkeys([*analysis.BASE_METRICS, form.metric()]))
    wide = selectors.wide_figures_df(**form.selector_kwargs(), metrics=metrics, provenance=provenance)
    if not history:
        return form, wide, analysis.comparison_from_wide(wide, **form.analysis_kwargs()), None
    frame, rows = analysis.comparison_and_history(wide, **form.analysis_kwargs())
    compared = wide["subject_key"].isin(frame["subject_key"]).to_numpy()
    return form, wide if compared.all() else wide[compared], frame, rows


def _payload(frame: pd.DataFrame) -> dict[str, Any]:
    columns = [{"key": key, "label": analysis.COLUMN_LABELS[key]} for key in analysis.OUTPUT_COLUMNS
               if key in analysis.COLUMN_LABELS]
    return {"count": len(frame), "columns": columns, "rows": analysis.records(frame)}


def _errors(form: ComparisonForm) -> JsonResponse:
    return JsonResponse({"errors": form.errors}, status=400, json_dumps_params=JSON_OPTIONS)


def compare(request: HttpRequest) -> HttpResponse:
    form, wide, frame, history = _compute(request, history=True)
    as_json = request.GET.get("format") == "json"
    if frame is None:
        if as_json:
            return _errors(form)
        return render(request, "comparisons/compare.html", {"form": form, "nav": "compare"}, status=400)
    if as_json:
        return JsonResponse(_payload(frame), json_dumps_params=JSON_OPTIONS)
    table = tables.ComparisonTable.from_frame(frame, sort=request.GET.get("sort"))
    history_table = tables.ComparisonTable.from_frame(history, prefix="history_", orderable=False,
                                                      attrs={"class": "table compare-table", "id": "history-table"})
    for each in (table, history_table):
        RequestConfig(request, paginate={"per_page": tables.PER_PAGE}).configure(each)
    return render(request, "comparisons/compare.html", {
        "form": form, "table": table, "history_table": history_table, "frame_size": len(frame),
        "history_size": len(history), "nav": "compare", "query": _query_without_format(request),
        "charts": charts.comparison_charts(frame, metric=form.metric(), history=wide),
    })


def api_compare(request: HttpRequest) -> JsonResponse:
    form, _wide, frame, _history = _compute(request)
    if frame is None:
        return _errors(form)
    return JsonResponse(_payload(frame), json_dumps_params=JSON_OPTIONS)


def export_xlsx(request: HttpRequest) -> HttpResponse:
    form, wide, frame, history = _compute(request, history=True, provenance=True)
    if frame is None:
        return _errors(form)
    response = HttpResponse(
        exports.comparison_xlsx(frame, wide, history=history),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = "attachment; filename=\"compare.xlsx\"; filename*=UTF-8''%E6%AF%94%E8%BE%83.xlsx"
    return response


def export_csv(request: HttpRequest) -> HttpResponse:
    form, _wide, frame, _history = _compute(request)
    if frame is None:
        return _errors(form)
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
    for key in ("sort", "page", "history_page"):
        query.pop(key, None)
    return query.urlencode()
