"""Compare page, its JSON twin and the downloads: each view runs the one computation and serializes it.

Bad query input (repeated parameters, over-long values, unknown or huge ids) answers 400 with one Chinese line per
problem — on the page for HTML, as ``{"errors": [...]}`` for JSON and the downloads — and never reaches the
database. Links on the page carry only the parameters the page knows (`forms.link_query`).
"""
from __future__ import annotations

from typing import Any

from django.core.exceptions import TooManyFieldsSent
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django_tables2 import RequestConfig

from . import analysis, charts, corrections, exports, selectors, tables
from .columns import BASE_METRICS, plain_number
from .filters import ComparisonFilter, filter_by_checks
from .forms import ComparisonForm, link_query, query_errors
from .speed import without_gc

JSON_OPTIONS = {"ensure_ascii": False}



def _compute(request: HttpRequest, *, provenance: bool = False) -> tuple[
        ComparisonForm | None, Any, analysis.Comparison | None, list[str]]:
    """Validate the query string and run selector → analysis: (form, wide, comparison, []), or (form, None, None,
    errors) when the query is bad. `wide` holds every year and kind of the compared subjects."""
    try:
        errors = query_errors(request.GET)
    except TooManyFieldsSent:  # more parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS
        return None, None, None, ["查询参数过多，请减少所选对象"]
    if errors:
        return None, None, None, errors
    filterset = ComparisonFilter(request.GET)
    form = filterset.form
    if not form.is_valid():
        return form, None, None, form.error_lines()
    request.GET = link_query(request.GET)  # the table's sort and page links then carry only known parameters
    metrics = list(dict.fromkeys([*BASE_METRICS, form.metric()]))
    wide = selectors.wide_figures_df(**form.selector_kwargs(), metrics=metrics, provenance=provenance)
    result = analysis.compare(wide, chosen=filterset.subject_names(form.chosen_subjects()), **form.analysis_kwargs())
    corrections.mark_comparison(result, wide)
    selectors.attach_checks([result.bare("frame")[0], result.bare("history")[0], result.execution])
    result = filter_by_checks(result, form.checks())
    compared = wide["subject_key"].isin(set(result.bare("history")[0]["subject_key"])).to_numpy() if len(wide) else []
    return form, (wide if len(wide) == 0 or compared.all() else wide[compared]), result, []


def _errors(errors: list[str]) -> JsonResponse:
    return JsonResponse({"errors": errors}, status=400, json_dumps_params=JSON_OPTIONS)


def _bad_page(request: HttpRequest, errors: list[str]) -> HttpResponse:
    """The compare page with an empty form and the problems as its errors (one Chinese line each), status 400."""
    form = ComparisonFilter(QueryDict("")).form
    form.is_valid()
    for error in errors:
        form.add_error(None, error)
    return render(request, "comparisons/compare.html", {"form": form, "nav": "compare", "errors": errors,
                                                        "query": ""}, status=400)


@without_gc
def compare(request: HttpRequest) -> HttpResponse:
    as_json = _wants_json(request)
    form, wide, result, errors = _compute(request, provenance=as_json)
    if errors:
        return _errors(errors) if as_json else _bad_page(request, errors)
    if as_json:
        return JsonResponse(exports.comparison_json(result, wide), json_dumps_params=JSON_OPTIONS)
    # the per-row texts (notes, peer signal) only for the rows shown, unless the table is sorted on one of them
    sort = request.GET.get("sort")
    frame, texts = (result.frame, None) if (sort or "").lstrip("-") in analysis.DECORATED else result.bare("frame")
    history, history_texts = result.bare("history")
    table = tables.ComparisonTable.from_frame(frame, sort=sort, texts=texts)
    history_table = tables.ComparisonTable.from_frame(history, prefix="history_", orderable=False,
                                                      texts=history_texts,
                                                      attrs={"class": "table compare-table", "id": "history-table"})
    for each in (table, history_table):
        RequestConfig(request, paginate={"per_page": tables.PER_PAGE}).configure(each)
    query = _link(request)
    return render(request, "comparisons/compare.html", {
        "form": form, "table": table, "history_table": history_table, "frame_size": len(frame),
        "history_size": len(history), "nav": "compare", "query": query, "comparison": result,
        # the dropped subjects have their own line (partials/comparability.html): not again among the notices
        "notices": [n for n in result.notices if not n.startswith(analysis.DROPPED_NOTICE)],
        "dropped": result.dropped, "summary": result.summary,
        "base": result.base, "base_missing": result.base_missing, "year": result.year, "kind": result.kind,
        "charts": charts.comparison_charts(result, history=wide),
        "file_stem": exports.file_stem(result),
    })


@without_gc
def api_compare(request: HttpRequest) -> JsonResponse:
    form, wide, result, errors = _compute(request, provenance=True)
    if errors:
        return _errors(errors)
    return JsonResponse(exports.comparison_json(result, wide), json_dumps_params=JSON_OPTIONS)


@without_gc
def export_xlsx(request: HttpRequest) -> HttpResponse:
    form, wide, result, errors = _compute(request, provenance=True)
    if errors:
        return _errors(errors)
    response = HttpResponse(
        exports.comparison_xlsx(result.frame, wide, history=result.history, comparison=result,
                                findings=selectors.check_findings(result.frame)),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = exports.content_disposition(f"{exports.file_stem(result)}.xlsx")
    return response


@without_gc
def export_csv(request: HttpRequest) -> HttpResponse:
    form, wide, result, errors = _compute(request, provenance=True)
    if errors:
        return _errors(errors)
    response = HttpResponse(exports.comparison_csv_bytes(result.frame), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = exports.content_disposition(f"{exports.file_stem(result)}.csv")
    return response


def derived_source(request: HttpRequest, pk: int) -> HttpResponse:
    """The source panel of a value the compare table derives for the year before figure `pk`'s document: that
    value first, then where it comes from (the document's 上年数, or its 本年数 less its stated change, with the
    sum), then the figure's own sentence and page as every source panel shows them."""
    from disclosures.models import Figure
    from disclosures.views import _source_of, figure_source_data, format_metric

    figure = get_object_or_404(Figure.objects.select_related("disclosure__department__region", "disclosure__unit"),
                               pk=pk)
    if figure.value is None or (figure.period == "本年" and figure.change is None):
        raise Http404("这项数字不能推算上一年的数")
    data = figure_source_data(figure=figure, source=_source_of(figure.disclosure_id))
    disclosure, unit = figure.disclosure, data["unit"]
    said = f"据{disclosure.year}年{disclosure.kind}说明所列"
    sum_text = ""
    if figure.period == "上年":
        value, basis = figure.value, said + "上年数"
    else:
        value, basis = figure.value - figure.change, said + "本年数和增减额推算"
        change = format_metric(abs(figure.change), unit)
        sum_text = (f"本年数 {format_metric(figure.value, unit)} " +
                    (f"− 比上年增加 {change}" if figure.change >= 0 else f"+ 比上年减少 {change}") +
                    f" = {format_metric(value, unit)} {unit}")
    derived = {"year": disclosure.year - 1, "kind": disclosure.kind, "label": data["label"], "unit": unit,
               "value": value, "value_text": format_metric(value, unit), "basis": basis, "sum": sum_text,
               "origin": "prior_year" if figure.period == "上年" else "from_change"}
    if request.GET.get("format") == "json":
        return JsonResponse({"derived": {**derived, "value": plain_number(value)}, "source": data},
                            encoder=DjangoJSONEncoder, json_dumps_params=JSON_OPTIONS)
    return render(request, "comparisons/derived_source.html", {"data": data, "derived": derived, "nav": "compare"})


def api_subjects(request: HttpRequest) -> JsonResponse:
    """The subjects a comparison can pick: departments grouped by department type, and units."""
    choices = selectors.subject_choices()
    return JsonResponse({
        "departments": [{"department_type": group, "subjects": [{"key": k, "name": n} for k, n in options]}
                        for group, options in choices["departments"]],
        "units": [{"key": k, "name": n} for k, n in choices["units"]],
    }, json_dumps_params=JSON_OPTIONS)


def _wants_json(request: HttpRequest) -> bool:
    try:
        return request.GET.getlist("format") == ["json"]
    except TooManyFieldsSent:
        return "format=json" in request.META.get("QUERY_STRING", "")


def _link(request: HttpRequest) -> str:
    """The comparison's own parameters (no format, sort or page), for the download and JSON links."""
    query = link_query(request.GET)
    for key in ("sort", "page", "history_page"):
        query.pop(key, None)
    return query.urlencode()
