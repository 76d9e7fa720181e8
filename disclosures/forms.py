"""Forms of the upload side: what an uploader may state about the files they send."""
from __future__ import annotations

from django import forms

from .models import Kind, Region, Scope


class StatedIdentityForm(forms.Form):
    """Optional identity the uploader states; kept as a clue (origin "uploader"), the file's own words win."""

    unit = forms.CharField(label="单位名称", max_length=200, required=False,
                           widget=forms.TextInput(attrs={"placeholder": "如：某某县财政局"}))
    year = forms.IntegerField(label="年度", min_value=1990, max_value=2100, required=False)
    kind = forms.ChoiceField(label="类型", choices=[("", "自动识别"), *Kind.choices], required=False)
    scope = forms.ChoiceField(label="口径", choices=[("", "自动识别"), *Scope.choices], required=False)


class FigureCorrectionForm(forms.Form):
    """Correct one figure, set a missing one, or mark it not applicable, with the reason (kept in the audit trail)."""

    metric = forms.CharField(widget=forms.HiddenInput)
    value = forms.DecimalField(label="数值", max_digits=20, decimal_places=6, required=False)
    not_applicable = forms.BooleanField(label="不适用", required=False)
    reason = forms.CharField(label="原因", max_length=100)


class IdentityForm(forms.Form):
    """Complete or correct the identity of a disclosure the parser could not pin down."""

    year = forms.IntegerField(label="年度", min_value=1990, max_value=2100, required=False)
    kind = forms.ChoiceField(label="类型", choices=[("", "不变"), *Kind.choices], required=False)
    scope = forms.ChoiceField(label="口径", choices=[("", "不变"), *Scope.choices], required=False)
    reason = forms.CharField(label="原因", max_length=100)


class SubjectForm(forms.Form):
    """Complete or correct whose document it is: the region (pick one, or name a new one with its province) and
    the unit (a name: an existing one of that region is used, otherwise it is created)."""

    region = forms.ModelChoiceField(label="地区", queryset=Region.objects.order_by("province", "name"), required=False,
                                    empty_label="（不变）")
    new_region = forms.CharField(label="或新建地区", max_length=50, required=False,
                                 widget=forms.TextInput(attrs={"placeholder": "如：某某县"}))
    province = forms.CharField(label="所属省（直辖市）", max_length=50, required=False)
    name = forms.CharField(label="单位名称", max_length=200, required=False,
                           widget=forms.TextInput(attrs={"list": "known-names", "placeholder": "选择已有或填写新名称"}))
    parent = forms.CharField(label="所属部门（单位口径）", max_length=200, required=False,
                             widget=forms.TextInput(attrs={"list": "known-departments"}))
    reason = forms.CharField(label="原因", max_length=100)
