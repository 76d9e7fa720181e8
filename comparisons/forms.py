"""The comparison's query string as a form: every choice lives in the URL, so a comparison can be shared.

``?subjects=d1&subjects=u7&region=2&department_type=3&years=2024&kind=预算&metric=sangong_total``
No ``years`` means "latest available per unit" (each row says its year). No subjects means every department
(not their units) matching region / department type. The fields are declared by `filters.ComparisonFilter`
(django-filter); this class is its form base and turns the cleaned data into `selectors.figures_df` arguments.
"""
from __future__ import annotations

from typing import Any

from django import forms

from disclosures.parsing.metrics import METRICS

METRIC_CHOICES = [(key, f"{m.label}（{m.unit}）") for key, m in METRICS.items()
                  if m.group in ("三公", "运行", "收支", "人员车辆")]
DEFAULT_METRIC = "sangong_total"


class ComparisonForm(forms.Form):
    def selector_kwargs(self) -> dict[str, Any]:
        """`selectors.wide_figures_df` filters: every year of the chosen subjects (the 历年 section needs them all;
        `analysis_kwargs` then picks the chosen or latest years for the main table)."""
        data = self.cleaned_data
        subjects = data.get("subjects") or []
        department_ids = [int(key[1:]) for key in subjects if key.startswith("d")]
        unit_ids = [int(key[1:]) for key in subjects if key.startswith("u")]
        kind = data.get("kind") or ""
        return {
            "department_ids": department_ids if subjects else None,
            "unit_ids": unit_ids if subjects else None,
            "region_ids": [r.pk for r in data["region"]] if data.get("region") else None,
            "department_type_ids": [t.pk for t in data["department_type"]] if data.get("department_type") else None,
            "kinds": [kind] if kind else None,
            "departments_only": not subjects,
        }

    def analysis_kwargs(self) -> dict[str, Any]:
        years = [int(y) for y in self.cleaned_data.get("years") or []]
        return {"latest": not years, "years": years or None}

    def metric(self) -> str:
        return self.cleaned_data.get("metric") or DEFAULT_METRIC
