"""django-filter declaration of the comparison's choices (units, region, department type, years, kind, metric).

The filters only build and validate the form (`ComparisonFilter(...).form`); the data itself comes from
`selectors.figures_df`, so the page, JSON and downloads share one query.
"""
from __future__ import annotations

from typing import Any

import django_filters
from django import forms

from disclosures.models import DepartmentType, Disclosure, Kind, Region

from . import selectors
from .forms import DEFAULT_METRIC, METRIC_CHOICES, ComparisonForm


class ComparisonFilter(django_filters.FilterSet):
    subjects = django_filters.MultipleChoiceFilter(
        label="比较对象（同类部门按部门类型分组）", choices=[], method="noop",
        widget=forms.SelectMultiple(attrs={"size": 12, "class": "subject-picker"}),
    )
    region = django_filters.ModelMultipleChoiceFilter(
        label="地区", field_name="department__region", queryset=Region.objects.order_by("name"),
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    department_type = django_filters.ModelMultipleChoiceFilter(
        label="部门类型（同类部门一起比较）", field_name="department__department_type",
        queryset=DepartmentType.objects.order_by("name"), widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    years = django_filters.MultipleChoiceFilter(
        label="年度（不选＝各单位最新年度）", field_name="year", choices=[],
        widget=forms.CheckboxSelectMultiple,
    )
    kind = django_filters.ChoiceFilter(label="类型", choices=Kind.choices, empty_label="预算和决算")
    metric = django_filters.ChoiceFilter(
        label="折线图指标", choices=METRIC_CHOICES, method="noop", empty_label=None,
    )

    class Meta:
        model = Disclosure
        fields: list[str] = []
        form = ComparisonForm

    def __init__(self, data: Any = None, *args: Any, **kwargs: Any) -> None:
        if data is not None and not data.get("metric"):
            data = data.copy()
            data["metric"] = DEFAULT_METRIC
        super().__init__(data, *args, queryset=Disclosure.objects.none(), **kwargs)
        choices = selectors.subject_choices()
        self.filters["subjects"].extra["choices"] = [
            *[(group, options) for group, options in choices["departments"]],
            *([("单位（部门下属）", choices["units"])] if choices["units"] else []),
        ]
        years = Disclosure.objects.order_by("-year").values_list("year", flat=True).distinct()
        self.filters["years"].extra["choices"] = [(str(y), f"{y}年") for y in years]

    def noop(self, queryset: Any, name: str, value: Any) -> Any:
        return queryset
