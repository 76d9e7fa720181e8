"""The review pages: /review/ lists what needs a person, /review/<id>/ corrects one disclosure."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from .findings import annotate
from .forms import FigureCorrectionForm, IdentityForm
from .models import Disclosure
from .parsing.metrics import METRICS
from .review import (
    ReviewError, disclosure_complete_identity, disclosure_history, failed_checks, figure_set, review_rows,
)

REVIEW_PERMISSION = "disclosures.review_disclosure"


@login_required
@permission_required(REVIEW_PERMISSION, raise_exception=True)
def review_list(request: HttpRequest) -> HttpResponse:
    queue = review_rows(limit=500)
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
        "identity_form": IdentityForm(), "history": disclosure_history(disclosure), "nav": "review",
    })


def _apply(request: HttpRequest, disclosure: Disclosure) -> None:
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
