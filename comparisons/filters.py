"""django-filter declaration of the comparison's choices (units, region, department type, years, kind, metric,
勾稽 status).

The filters only build and validate the form (`ComparisonFilter(...).form`); the data itself comes from
`selectors.figures_df`, so the page, JSON and downloads share one query. The 勾稽 filter (有错误 / 有警告 / 全部通过)
applies to the comparison's rows once their check status is known (`filter_by_checks`).
"""
from __future__ import annotations

import html
from typing import Any

import django_filters
from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from disclosures.models import DepartmentType, Disclosure, Kind, Region

from . import analysis, selectors
from .forms import BASE_CHOICES, CHECK_CHOICES, DEFAULT_METRIC, METRIC_CHOICES, ComparisonForm


class QuickSelect(forms.Select):
    """The same <select> markup, written in one pass: Django renders a template per <option>, which took about
    150 ms for 1,000 departments on every compare page."""

    multiple = False

    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None,
               renderer: Any = None) -> SafeString:
        selected = {str(v) for v in self.format_value(value)}
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        if self.multiple:
            final_attrs["multiple"] = True
        parts = [f"<select{flatatt(final_attrs)}>"]
        for group, options in self.choices:
            if isinstance(options, (list, tuple)):
                parts.append(f'<optgroup label="{escape(group)}">')
                parts.extend(_option(key, label, selected) for key, label in options)
                parts.append("</optgroup>")
            else:
                parts.append(_option(group, options, selected))
        parts.append("</select>")
        return mark_safe("".join(parts))  # noqa: S308 — every value went through escape()


class QuickSelectMultiple(QuickSelect, forms.SelectMultiple):
    multiple = True


def _option(key: Any, label: Any, selected: set[str]) -> str:
    # html.escape: the characters django's escape() replaces, without its SafeString wrapper (2,000 calls a page)
    mark = " selected" if str(key) in selected else ""
    return f'<option value="{html.escape(str(key))}"{mark}>{html.escape(str(label))}</option>'


class SubjectField(django_filters.fields.MultipleChoiceField):
    """Checks the chosen keys against a set: Django walks (and re-normalises) all 1,000 options once per chosen
    value otherwise."""

    def valid_value(self, value: Any) -> bool:
        if not hasattr(self, "_keys"):
            self._keys = {str(key) for _group, options in self.choices for key, _label in options}
        return str(value) in self._keys


class SubjectFilter(django_filters.MultipleChoiceFilter):
    field_class = SubjectField


class ComparisonFilter(django_filters.FilterSet):
    subjects = SubjectFilter(
        label="比较对象（同类部门按部门类型分组）", choices=[], method="noop",
        widget=QuickSelectMultiple(attrs={"size": 12, "class": "subject-picker"}),
    )
    region = django_filters.ModelMultipleChoiceFilter(
        label="地区", field_name="department__region", queryset=Region.objects.order_by("name"),
        widget=QuickSelectMultiple(attrs={"size": 4}),
    )
    department_type = django_filters.ModelMultipleChoiceFilter(
        label="部门类型（同类部门一起比较）", field_name="department__department_type",
        queryset=DepartmentType.objects.order_by("name"), widget=QuickSelectMultiple(attrs={"size": 4}),
    )
    years = django_filters.MultipleChoiceFilter(
        label="年度（不选＝各单位最新年度）", field_name="year", choices=[],
        widget=forms.CheckboxSelectMultiple,
    )
    kind = django_filters.ChoiceFilter(label="类型", choices=Kind.choices, empty_label="自动（各单位都有预算时比较预算）",
                                       widget=QuickSelect)
    metric = django_filters.ChoiceFilter(
        label="指标（要点和折线图）", choices=METRIC_CHOICES, method="noop", empty_label=None, widget=QuickSelect,
    )
    base = django_filters.ChoiceFilter(
        label="人均口径", choices=BASE_CHOICES, method="noop", empty_label="自动（披露较多的一种）",
        widget=QuickSelect,
    )
    checks = django_filters.ChoiceFilter(
        label="勾稽检查", choices=CHECK_CHOICES, method="noop", empty_label="全部", widget=QuickSelect,
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
        grouped = [
            *[(group, options) for group, options in choices["departments"]],
            *([("单位（部门下属）", choices["units"])] if choices["units"] else []),
        ]
        # A callable: Django would otherwise normalise the 1,000 options once per copy of the field and widget.
        self.filters["subjects"].extra["choices"] = lambda: grouped
        years = Disclosure.objects.filter(year__isnull=False).order_by("-year").values_list("year", flat=True).distinct()
        self.filters["years"].extra["choices"] = [(str(y), f"{y}年") for y in years]
        # 决算 is offered only when some exist (the chosen value stays valid so the form can say it found nothing)
        present = set(Disclosure.objects.order_by().values_list("kind", flat=True).distinct())
        wanted = (data or {}).get("kind") if data is not None else None
        self.filters["kind"].extra["choices"] = [(k, label) for k, label in Kind.choices if k in present or k == wanted]
        self._subject_names = {key: label for _group, options in grouped for key, label in options}

    def subject_names(self, keys: list[str]) -> dict[str, str]:
        """key → the label the picker shows, for the chosen subjects (so one without data is named)."""
        return {key: self._subject_names.get(key, key) for key in keys}

    def noop(self, queryset: Any, name: str, value: Any) -> Any:
        return queryset


CHECK_FILTER_NOTICE = {"error": "只列出勾稽检查有错误的文件", "warning": "只列出勾稽检查有警告的文件",
                       "pass": "只列出勾稽检查全部通过的文件"}


def _check_mask(frame: Any, wanted: str) -> Any:
    if wanted == "error":
        return frame["check_errors"].map(lambda n: bool(n and n == n and n > 0))
    if wanted == "warning":
        return frame["check_warnings"].map(lambda n: bool(n and n == n and n > 0))
    return frame["check_status"] == "pass"


def filter_by_checks(result: analysis.Comparison, wanted: str | None) -> analysis.Comparison:
    """Keep the rows whose own document has an error (``error``), a warning (``warning``) or passed every check
    (``pass``) — after `selectors.attach_checks`, findings marked 误报 not counted; derived rows and unchecked
    documents match none. The 历年 rows and execution rows keep the subjects left; the 要点 are written again for
    them; the rank stays the one among every compared row."""
    if not wanted or wanted not in CHECK_FILTER_NOTICE or not len(result.frame):
        return result
    # rows are dropped: the complete frames first (their pending texts are computed by row position)
    frame = result.frame[_check_mask(result.frame, wanted).to_numpy(dtype=bool)].reset_index(drop=True)
    history = result.history
    kept = set(frame["subject_key"])
    result.notices = [*result.notices, f"{CHECK_FILTER_NOTICE[wanted]}：{len(frame)}/{len(result.frame)} 行"]
    result.frame = frame
    result.history = history[history["subject_key"].isin(kept)].reset_index(drop=True)
    if result.execution is not None and len(result.execution):
        result.execution = result.execution[result.execution["subject_key"].isin(kept)].reset_index(drop=True)
    result.base_missing = [d for d in result.base_missing if d["subject_key"] in kept]
    result.summary = analysis.summary_sentences(result)
    return result
