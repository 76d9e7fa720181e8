"""POST /disclosures/<id>/findings/: an editor marks a finding of the disclosure 已核实 or 误报, with a reason."""
from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from .findings import FindingError, finding_mark
from .models import Disclosure, FindingMark
from .review_views import REVIEW_PERMISSION


class FindingMarkForm(forms.Form):
    key = forms.RegexField(regex=r"^[0-9a-f]{32}$", error_messages={"invalid": "检查结果无效，请刷新页面",
                                                                     "required": "检查结果无效，请刷新页面"})
    verdict = forms.ChoiceField(choices=FindingMark.Verdict.choices,
                                error_messages={"required": "请选择“已核实”或“误报”",
                                                "invalid_choice": "请选择“已核实”或“误报”"})
    reason = forms.CharField(max_length=500, error_messages={"required": "请写明理由",
                                                             "max_length": "理由过长，请控制在500字以内"})


@require_POST
@login_required
@permission_required(REVIEW_PERMISSION, raise_exception=True)
def finding_mark_view(request: HttpRequest, pk: int) -> HttpResponse:
    disclosure = get_object_or_404(Disclosure, pk=pk)
    form = FindingMarkForm(request.POST)
    try:
        if not form.is_valid():
            raise FindingError("；".join(str(e) for errors in form.errors.values() for e in errors))
        mark = finding_mark(disclosure=disclosure, key=form.cleaned_data["key"],
                            verdict=form.cleaned_data["verdict"], reason=form.cleaned_data["reason"],
                            user=request.user)
        messages.success(request, f"已标记为{mark.get_verdict_display()}：{mark.rule}")
    except FindingError as exc:
        messages.error(request, str(exc))
    return redirect(reverse("disclosures:disclosure", args=[disclosure.pk]) + "#checks")
