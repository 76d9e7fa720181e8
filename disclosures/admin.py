"""Admin for the whole data model, in Chinese (verbose_names come from the models)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db import models

from .models import (
    Department,
    DepartmentAlias,
    DepartmentType,
    Disclosure,
    Figure,
    FindingMark,
    FunctionLine,
    Headcount,
    Region,
    SourceFile,
    Unit,
    Upload,
)
from .parsing import ParseError
from .recheck import refresh_checks
from .parsing.metrics import METRICS
from .uploads import disclosure_reparse_caged
from .templatetags.budget_format import format_count, format_signed_wan, format_wan

METRIC_CHOICES = [(key, f"{m.label}（{key}）") for key, m in METRICS.items()]


def trimmed(value: Any) -> Any:
    """A stored Decimal as a person types it: "2512.290000" → "2512.29", "98.000000" → "98"."""
    if not isinstance(value, Decimal):
        return value
    text = f"{value.normalize():f}"
    return text if "." in text or value != value.to_integral_value() else f"{value.to_integral_value():f}"


class TrimmedDecimalInput(forms.TextInput):
    """The DecimalField input without the storage zeros (decimal_places=6)."""

    def format_value(self, value: Any) -> str | None:
        return super().format_value(trimmed(value))


class ReadableFigureFields:
    """Figure forms (inline and standalone): metrics chosen by their Chinese label, decimals without storage zeros."""

    formfield_overrides = {models.DecimalField: {"widget": TrimmedDecimalInput}}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "metric":
            choices = list(METRIC_CHOICES)
            return forms.TypedChoiceField(label=db_field.verbose_name, choices=choices, required=True)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


def figure_text(metric: str, value: Decimal | None, *, signed: bool = False) -> str:
    """A figure as the pages print it: "2,512.29" (万元) or "98" (counts); "—" when absent."""
    unit = METRICS[metric].unit if metric in METRICS else "万元"
    if unit != "万元":
        return format_count(value)
    return format_signed_wan(value) if signed else format_wan(value)


class MetricFilter(admin.SimpleListFilter):
    title = "指标"
    parameter_name = "metric"

    def lookups(self, request, model_admin):
        present = set(model_admin.get_queryset(request).values_list("metric", flat=True).distinct())
        return [(key, label) for key, label in METRIC_CHOICES if key in present]

    def queryset(self, request, queryset):
        return queryset.filter(metric=self.value()) if self.value() else queryset


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "province"]
    list_filter = ["province"]
    search_fields = ["name", "province"]


@admin.register(DepartmentType)
class DepartmentTypeAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]


class DepartmentAliasInline(admin.TabularInline):
    model = DepartmentAlias
    extra = 0


class UnitInline(admin.TabularInline):
    model = Unit
    extra = 0


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "department_type"]
    list_filter = ["region", "department_type"]
    search_fields = ["name", "aliases__alias", "units__name"]
    list_select_related = ["region", "department_type"]
    inlines = [DepartmentAliasInline, UnitInline]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "department", "is_principal"]
    list_filter = ["is_principal", "department__region"]
    search_fields = ["name", "department__name"]
    list_select_related = ["department"]


CORRECTABLE = {"value", "change", "not_applicable"}


class FigureInline(ReadableFigureFields, admin.TabularInline):
    model = Figure
    extra = 0
    fields = ["metric", "period", "origin", "is_primary", "value", "change", "not_applicable", "reason", "page",
              "source_text", "corrected"]
    classes = ["collapse"]


class FunctionLineInline(admin.TabularInline):
    model = FunctionLine
    formfield_overrides = {models.DecimalField: {"widget": TrimmedDecimalInput}}
    extra = 0
    fields = ["code", "name", "value", "fund_scope", "page"]


class HeadcountInline(admin.TabularInline):
    model = Headcount
    extra = 0
    fields = ["unit_name", "authorized", "authorized_text", "actual", "contracted", "page"]


class SourceFileInline(admin.TabularInline):
    model = SourceFile
    extra = 0
    fields = ["original_name", "file", "sha256", "pages", "status", "conflict_detail", "imported_at"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Disclosure)
class DisclosureAdmin(admin.ModelAdmin):
    list_display = ["title_name", "region_name", "year", "kind", "scope", "genre", "status", "parsed_at"]
    list_filter = ["year", "kind", "scope", "status", "genre", "department__region"]
    search_fields = ["title_name", "department__name", "unit__name"]
    list_select_related = ["department__region", "unit"]
    readonly_fields = ["parser_version", "parsed_at"]
    inlines = [FigureInline, FunctionLineInline, HeadcountInline, SourceFileInline]
    actions = ["reparse"]

    def save_formset(self, request, form, formset, change) -> None:
        if formset.model is Figure:
            for figure_form in formset.forms:
                if figure_form.instance.pk and CORRECTABLE & set(figure_form.changed_data):
                    figure_form.instance.corrected = True  # kept when the file is parsed again
        super().save_formset(request, form, formset, change)
        if formset.model is Figure:
            refresh_checks(form.instance)  # a corrected figure is checked again at once

    @admin.display(description="地区", ordering="department__region__name")
    def region_name(self, obj: Disclosure) -> str:
        return obj.department.region.name

    @admin.action(description="用当前解析器重新解析（保留人工更正）")
    def reparse(self, request, queryset) -> None:
        # Each file is parsed in the cage (its own process with time and memory limits), one at a time:
        # a file that kills its parser fails with a message and the site keeps serving.
        done = 0
        for disclosure in queryset:
            try:
                disclosure_reparse_caged(disclosure=disclosure)
            except (ParseError, ValueError, OSError) as exc:
                self.message_user(request, f"{disclosure}：{exc}", messages.ERROR)
            else:
                done += 1
        if done:
            self.message_user(request, f"已重新解析 {done} 个文件", messages.SUCCESS)


@admin.register(SourceFile)
class SourceFileAdmin(admin.ModelAdmin):
    list_display = ["original_name", "disclosure", "status", "pages", "size", "parser_version", "imported_at"]
    list_filter = ["status", "parser_version"]
    search_fields = ["original_name", "sha256", "disclosure__title_name"]
    list_select_related = ["disclosure"]
    readonly_fields = ["file", "sha256", "size", "segment", "parsed", "parser_version", "imported_at"]

    def has_add_permission(self, request) -> bool:
        # Files come in through the upload page (/uploads/), which checks, stores and parses them in the cage;
        # a file is never swapped under a row that keeps the old sha256 and size.
        return False


@admin.register(Upload)
class UploadAdmin(admin.ModelAdmin):
    list_display = ["original_name", "status", "file_kind", "size", "user", "created_at"]
    list_filter = ["status", "file_kind"]
    search_fields = ["original_name", "sha256", "message"]
    list_select_related = ["user"]
    readonly_fields = ["user", "file", "sha256", "original_name", "size", "file_kind", "status", "message", "stated",
                       "disclosures", "duplicate_of", "attempts", "created_at", "updated_at"]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(FindingMark)
class FindingMarkAdmin(admin.ModelAdmin):
    """Read-only: a mark is set with its reason on the disclosure page (disclosures/finding_views.py), where the
    finding it keys is shown; here it can be looked up and, by whoever may, deleted."""
    list_display = ["disclosure", "rule", "verdict", "user", "marked_at"]
    list_filter = ["verdict", "rule"]
    search_fields = ["disclosure__title_name", "rule", "reason"]
    list_select_related = ["disclosure", "user"]
    readonly_fields = ["disclosure", "rule", "key", "verdict", "reason", "user", "marked_at"]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Figure)
class FigureAdmin(ReadableFigureFields, admin.ModelAdmin):
    list_display = ["disclosure", "metric_label", "period", "origin", "is_primary", "value_text", "change_text",
                    "not_applicable", "page", "corrected"]
    list_filter = [MetricFilter, "is_primary", "origin", "corrected", "disclosure__year"]
    search_fields = ["disclosure__title_name", "metric", "source_text"]
    list_select_related = ["disclosure"]

    @admin.display(description="指标", ordering="metric")
    def metric_label(self, obj: Figure) -> str:
        return METRICS[obj.metric].label if obj.metric in METRICS else obj.metric

    @admin.display(description="数值", ordering="value")
    def value_text(self, obj: Figure) -> str:
        return figure_text(obj.metric, obj.value)

    @admin.display(description="比上年增减", ordering="change")
    def change_text(self, obj: Figure) -> str:
        return figure_text(obj.metric, obj.change, signed=True)

    def save_model(self, request, obj: Figure, form, change: bool) -> None:
        if change and CORRECTABLE & set(form.changed_data):
            obj.corrected = True  # kept when the file is parsed again
        super().save_model(request, obj, form, change)
        refresh_checks(obj.disclosure)
