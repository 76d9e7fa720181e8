"""The comparison's query string as a form: every choice lives in the URL, so a comparison can be shared.

``?subjects=d1&subjects=u7&region=2&department_type=3&years=2024&kind=预算&metric=sangong_total&base=编制``
No ``years`` means "the latest year every chosen unit has" (else each unit's latest, with a notice). No subjects
means every department (not their units) matching region / department type. ``base`` is the per-staff base (编制 or
实有). The fields are declared by `filters.ComparisonFilter` (django-filter); this class is its form base and turns
the cleaned data into `selectors.wide_figures_df` and `analysis.compare` arguments.

Bad input never reaches the database: `query_errors` checks the raw query string first (repeated single-valued
parameters, over-long values, ids that are not small whole numbers) and every message is one Chinese line that
never echoes an internal key.
"""
from __future__ import annotations

import re
from typing import Any

from django import forms
from django.http import QueryDict

from .columns import BASE_METRICS, COLUMNS

METRIC_CHOICES = [(key, COLUMNS[key].header) for key in BASE_METRICS]
DEFAULT_METRIC = "sangong_total"
BASE_CHOICES = [("编制", "按编制数"), ("实有", "按实有人数")]
CHECK_CHOICES = [("error", "有错误"), ("warning", "有警告"), ("pass", "全部通过")]

# parameters the compare page, its JSON and the downloads understand; anything else is dropped from links
MULTI_PARAMS = ("subjects", "region", "department_type", "years")
SINGLE_PARAMS = ("kind", "metric", "base", "checks", "format", "sort", "page", "history_page")
LINK_PARAMS = ("subjects", "region", "department_type", "years", "kind", "metric", "base", "checks")
PARAM_LABELS = {"subjects": "比较对象", "region": "地区", "department_type": "部门类型", "years": "年度",
                "kind": "类型", "metric": "指标", "base": "人均口径", "checks": "勾稽检查", "format": "格式",
                "sort": "排序", "page": "页码", "history_page": "页码"}
MAX_VALUE_LENGTH = 64
MAX_VALUES = 5000
ID_PATTERN = re.compile(r"[1-9][0-9]{0,8}")  # a database id: 1 … 999,999,999
SUBJECT_PATTERN = re.compile(r"[du][1-9][0-9]{0,8}")
YEAR_PATTERN = re.compile(r"(19|20)[0-9]{2}")
PAGE_PATTERN = re.compile(r"[1-9][0-9]{0,5}")
SORT_PATTERN = re.compile(r"-?[a-z_]{1,60}")

ERROR_MESSAGES = {
    "subjects": "所选比较对象不存在或已删除，请重新选择",
    "region": "所选地区不存在，请重新选择",
    "department_type": "所选部门类型不存在，请重新选择",
    "years": "所选年度没有数据，请重新选择",
    "kind": "类型只能是预算或决算",
    "metric": "没有这个指标，请从列表中选择",
    "base": "人均口径只能是编制数或实有人数",
    "checks": "勾稽检查只能是有错误、有警告或全部通过",
}


def query_errors(data: QueryDict) -> list[str]:
    """Problems of the raw query string, each one Chinese line, before any field is cleaned or any query runs."""
    errors: list[str] = []
    total = sum(len(data.getlist(key)) for key in data)
    if total > MAX_VALUES:
        return [f"查询参数过多（{total}个），请减少所选对象"]
    for key in SINGLE_PARAMS:
        if len(data.getlist(key)) > 1:
            errors.append(f"参数“{PARAM_LABELS[key]}”只能给一个值")
    for key in (*MULTI_PARAMS, *SINGLE_PARAMS):
        values = data.getlist(key)
        if any(len(value) > MAX_VALUE_LENGTH for value in values):
            errors.append(f"参数“{PARAM_LABELS[key]}”的值过长")
            continue
        pattern = {"subjects": SUBJECT_PATTERN, "region": ID_PATTERN, "department_type": ID_PATTERN,
                   "years": YEAR_PATTERN, "page": PAGE_PATTERN, "history_page": PAGE_PATTERN,
                   "sort": SORT_PATTERN}.get(key)
        if pattern and any(value and not pattern.fullmatch(value) for value in values):
            errors.append(ERROR_MESSAGES.get(key, f"参数“{PARAM_LABELS[key]}”无效"))
    if data.get("format") not in (None, "", "json"):
        errors.append("格式只能是 json")
    return list(dict.fromkeys(errors))


def link_query(data: QueryDict) -> QueryDict:
    """The known parameters only (and the table's sort/page), for every link the page writes."""
    clean = QueryDict(mutable=True)
    for key in (*LINK_PARAMS, "sort", "page", "history_page"):
        values = [value for value in data.getlist(key) if value and len(value) <= MAX_VALUE_LENGTH]
        if values:
            clean.setlist(key, values if key in MULTI_PARAMS else values[:1])
    return clean


class ComparisonForm(forms.Form):
    def selector_kwargs(self) -> dict[str, Any]:
        """`selectors.wide_figures_df` filters: every year and kind of the chosen subjects (the 历年 section needs
        every year, execution rates both kinds; `analysis_kwargs` then picks the rows of the main table)."""
        data = self.cleaned_data
        subjects = data.get("subjects") or []
        department_ids = [int(key[1:]) for key in subjects if key.startswith("d")]
        unit_ids = [int(key[1:]) for key in subjects if key.startswith("u")]
        return {
            "department_ids": department_ids if subjects else None,
            "unit_ids": unit_ids if subjects else None,
            "region_ids": [r.pk for r in data["region"]] if data.get("region") else None,
            "department_type_ids": [t.pk for t in data["department_type"]] if data.get("department_type") else None,
            "departments_only": not subjects,
        }

    def analysis_kwargs(self) -> dict[str, Any]:
        years = [int(y) for y in self.cleaned_data.get("years") or []]
        return {"years": years or None, "kind": self.cleaned_data.get("kind") or None,
                "base": self.cleaned_data.get("base") or None, "metric": self.metric()}

    def metric(self) -> str:
        return self.cleaned_data.get("metric") or DEFAULT_METRIC

    def checks(self) -> str:
        """The 勾稽 filter: error, warning, pass, or "" (every row)."""
        return self.cleaned_data.get("checks") or ""

    def chosen_subjects(self) -> list[str]:
        return list(self.cleaned_data.get("subjects") or [])

    def error_lines(self) -> list[str]:
        """Every error as one Chinese line (no internal keys)."""
        lines = []
        for field, errors in self.errors.items():
            for error in errors:
                lines.append(ERROR_MESSAGES.get(field, error) if field in ERROR_MESSAGES else str(error))
        return list(dict.fromkeys(lines))
