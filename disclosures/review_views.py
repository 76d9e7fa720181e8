"""The review pages: /review/ lists what needs a person, /review/<id>/ corrects one disclosure."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from .findings import annotate
from .forms import FigureCorrectionForm, IdentityForm, SubjectForm
from .models import Department, Disclosure, Unit
from .parsing.metrics import METRICS
from .services import UNKNOWN_REGION, UNKNOWN_UNIT
from .review import (
    ReviewError, disclosure_complete_identity, disclosure_history, disclosure_place, failed_checks, figure_set,
    review_rows,
)

REVIEW_PERMISSION = "disclosures.review_disclosure"
# the identity fields a parse may leave open (Disclosure.missing), as the review pages name them
MISSING_LABELS = {"unit": "单位", "year": "年度", "kind": "类型", "scope": "口径", "region": "地区", "province": "省份"}


def missing_text(disclosure: Disclosure) -> str:
    return "、".join(MISSING_LABELS.get(field, field) for field in disclosure.missing or [])


@login_required
@permission_required(REVIEW_PERMISSION, raise_exception=True)
def review_list(request: HttpRequest) -> HttpResponse:
    queue = review_rows(limit=500)
    for disclosure, _failed in queue:
        disclosure.missing_text = missing_text(disclosure)
    return render(request, "review/list.html", {"queue": queue, "nav": "review"})


@login_required
@permission_required(REVIEW_PERMISSION, raise_exception=True)
def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    disclosure = get_object_or_404(Disclosure.objects.select_related("department__region", "unit"), pk=pk)
    if request.method == "POST":
        try:
            _apply(request, disclosure)
        except ReviewError as exc:
            messages.error(request, str(exc))
        return redirect("disclosures:review_detail", pk=disclosure.pk)
    figures = {f.metric: f for f in disclosure.figures.filter(is_primary=True, period="本年")}
    rows = [{"key": key, "label": metric.label, "unit": metric.unit, "figure": figures.get(key)}
            for key, metric in METRICS.items()]
    return render(request, "review/detail.html", {
        "disclosure": disclosure, "rows": rows,
        "failed": annotate(failed_checks(disclosure), disclosure.finding_marks.select_related("user")),
        "missing": missing_text(disclosure),
        "identity_form": IdentityForm(), "subject_form": SubjectForm(), "history": disclosure_history(disclosure),
        "known_names": _known_names(disclosure), "nav": "review",
    })


def _known_names(disclosure: Disclosure) -> dict[str, list[str]]:
    """Names to pick from (the datalists): the departments and units of the disclosure's region, else of all."""
    region = disclosure.department.region
    departments = Department.objects.all() if region.name == UNKNOWN_REGION else region.departments.all()
    departments = departments.exclude(name__startswith=UNKNOWN_UNIT)
    names = list(departments.order_by("name").values_list("name", flat=True)[:2000])
    units = Unit.objects.filter(department__in=departments).exclude(name__in=names)
    return {"departments": names, "units": list(units.order_by("name").values_list("name", flat=True).distinct()[:2000])}


def _apply(request: HttpRequest, disclosure: Disclosure) -> None:
    if request.POST.get("form") == "subject":
        form = SubjectForm(request.POST)
        if not form.is_valid():
            raise ReviewError("；".join(str(e) for errors in form.errors.values() for e in errors))
        messages.success(request, disclosure_place(disclosure=disclosure, user=request.user, **form.cleaned_data))
        return
    if request.POST.get("form") == "identity":
        form = IdentityForm(request.POST)
        if not form.is_valid():
            raise ReviewError("；".join(str(e) for errors in form.errors.values() for e in errors))
        data = form.cleaned_data
        disclosure_complete_identity(disclosure=disclosure, year=data["year"], kind=data["kind"], scope=data["scope"],
                                     reason=data["reason"], user=request.user)
        messages.success(request, "身份信息已更新")
        return
    form = FigureCorrectionForm(request.POST)
    if not form.is_valid():
        raise ReviewError("；".join(str(e) for errors in form.errors.values() for e in errors))
    data = form.cleaned_data
    figure_set(disclosure=disclosure, metric=data["metric"], value=data["value"],
               not_applicable=data["not_applicable"], reason=data["reason"], user=request.user)
    messages.success(request, f"已更正：{METRICS[data['metric']].label}")
