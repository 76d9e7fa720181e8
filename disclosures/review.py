"""Services for review: what needs a person, and the corrections a person makes (each kept in the audit trail).

A correction sets `Figure.corrected`, so a re-parse keeps it; every change is saved through django-simple-history
with the editor as history_user and the stated reason as history_change_reason; the checks are computed again
from the stored figures after every change.
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import ProtectedError, Q, QuerySet
from django.utils import timezone

from .models import Department, DepartmentAlias, Disclosure, FindingMark, Figure, Kind, Region, Scope, Unit
from .parsing import ParsedDisclosure
from .parsing.metrics import METRICS
from . import services
from .services import IDENTIFYING_FIELDS


class ReviewError(Exception):
    """A change that cannot be made; the message is one Chinese line."""


def review_queue() -> QuerySet[Disclosure]:
    """Disclosures that need a person: identity incomplete, conflicting files, or a check that failed."""
    # a failed check that is more than a rounding hint (severity error or warning); records from before the
    # check engine carry no severity and count as errors
    failed_check = (Q(checks__contains=[{"ok": False, "severity": "error"}])
                    | Q(checks__contains=[{"ok": False, "severity": "warning"}]))
    try:
        query = Disclosure.objects.filter(~Q(status=Disclosure.Status.OK) | failed_check)
        list(query[:1])
    except Exception:  # JSON containment is not available on every database (SQLite): filter in Python
        ids = [pk for pk, status, checks in Disclosure.objects.values_list("pk", "status", "checks")
               if status != Disclosure.Status.OK or any(_needs_review(c) for c in checks or [])]
        query = Disclosure.objects.filter(pk__in=ids)
    return query.select_related("department__region", "unit").order_by("department__region__name", "title_name")


def review_rows(*, limit: int = 500) -> list[tuple[Disclosure, list[dict]]]:
    """The queue as /review/ lists it, each document with its findings (marks applied, disclosures/findings.py):
    documents with an error that counts first, then the rest, each part in the queue's order. A finding marked
    误报 stays listed, marked, after the others, and no longer counts as an error. Two queries."""
    from .findings import annotate, counts, marks_by_disclosure, severity

    queue = list(review_queue())
    marks = marks_by_disclosure([d.pk for d in queue if any(_needs_review(c) for c in d.checks or [])])
    rows = []
    for disclosure in queue:
        found = annotate(failed_checks(disclosure), marks.get(disclosure.pk, []))
        rows.append((disclosure, sorted(found, key=lambda c: (not counts(c), severity(c) != "error"))))
    rows.sort(key=lambda row: not any(counts(c) and severity(c) == "error" for c in row[1]))
    return rows[:limit]


def _needs_review(check) -> bool:
    return isinstance(check, dict) and check.get("ok") is False and check.get("severity", "error") != "info"


def failed_checks(disclosure: Disclosure) -> list[dict]:
    """Failed checks a person should look at, errors before warnings (rounding hints are left out)."""
    found = [c for c in disclosure.checks or [] if _needs_review(c)]
    return sorted(found, key=lambda c: c.get("severity") != "error")


def _save_with_history(instance, *, user, reason: str, **kwargs) -> None:
    instance._history_user = user
    instance._change_reason = reason
    try:
        instance.save(**kwargs)
    finally:  # a later save of the same object (the checks' refresh) is not this change again
        del instance._history_user, instance._change_reason


def _reason(reason: str) -> str:
    reason = " ".join((reason or "").split())[:100]
    if not reason:
        raise ReviewError("请写明更正原因")
    return reason


def figure_correct(*, figure: Figure, value: Decimal | None, not_applicable: bool, reason: str, user) -> Figure:
    """Correct a stored figure's value (or mark it not applicable); kept on re-parse, recorded with its reason."""
    reason = _reason(reason)
    if not not_applicable and value is None:
        raise ReviewError("请填写数值，或勾选“不适用”")
    with transaction.atomic():
        if not figure.history.exists():
            figure.save()  # the parsed value, bulk-created without a history row, becomes the trail's "old"
        figure.value = None if not_applicable else value
        figure.not_applicable = not_applicable
        figure.corrected = True
        figure.note = f"人工更正：{reason}"
        _save_with_history(figure, user=user, reason=reason)
        disclosure_recheck(disclosure=figure.disclosure)
    return figure


def figure_set(*, disclosure: Disclosure, metric: str, value: Decimal | None, not_applicable: bool, reason: str,
               user) -> Figure:
    """Set a figure the file does not state (or mark it not applicable); an existing primary one is corrected."""
    if metric not in METRICS:
        raise ReviewError("未知指标")
    existing = disclosure.figures.filter(metric=metric, is_primary=True).first()
    if existing is not None:
        return figure_correct(figure=existing, value=value, not_applicable=not_applicable, reason=reason, user=user)
    reason = _reason(reason)
    if not not_applicable and value is None:
        raise ReviewError("请填写数值，或勾选“不适用”")
    with transaction.atomic():
        figure = Figure(disclosure=disclosure, metric=metric, period="本年", origin="manual", is_primary=True,
                        value=None if not_applicable else value, not_applicable=not_applicable, corrected=True,
                        source_unit=METRICS[metric].unit, note=f"人工补录：{reason}")
        _save_with_history(figure, user=user, reason=reason)
        disclosure_recheck(disclosure=disclosure)
    return figure


def disclosure_complete_identity(*, disclosure: Disclosure, year: int | None, kind: str, scope: str, reason: str,
                                 user) -> Disclosure:
    """Complete (or correct) year, kind and scope; the fields given leave `missing`, 待核实 ends when none is left."""
    reason = _reason(reason)
    if kind and kind not in Kind.values:
        raise ReviewError("类型应为 预算 或 决算")
    if scope and scope not in Scope.values:
        raise ReviewError("口径无效")
    if year is not None and not 1990 <= year <= 2100:
        raise ReviewError("年度应在 1990–2100 之间")
    try:
        with transaction.atomic():
            if year is not None:
                disclosure.year = year
            if kind:
                disclosure.kind = kind
            if scope:
                disclosure.scope = scope
            done = {"year": disclosure.year is not None, "kind": bool(disclosure.kind), "scope": bool(disclosure.scope)}
            disclosure.missing = [field for field in disclosure.missing or [] if not done.get(field, False)]
            disclosure.identified = not set(disclosure.missing) & IDENTIFYING_FIELDS
            if not disclosure.missing and disclosure.status == Disclosure.Status.INCOMPLETE:
                disclosure.status = Disclosure.Status.OK
            _save_with_history(disclosure, user=user, reason=reason)
    except IntegrityError as exc:
        raise ReviewError("该单位已有同一年度、同一类型的公开文件，请核对") from exc
    disclosure_recheck(disclosure=disclosure)  # the year and kind decide which documents it is checked against
    return disclosure


def disclosure_place(*, disclosure: Disclosure, reason: str, user, region: Region | None = None,
                     new_region: str = "", province: str = "", name: str = "", parent: str = "") -> str:
    """Complete (or correct) whose disclosure this is: its region — an existing one, or a new one named with its
    province — and its unit — the department (部门/汇总 scope) or unit (单位 scope) called `name` in that region,
    found through the region's aliases or created (a unit under the department `parent`, else under a department
    of its own name). What is given leaves `missing`; 待核实 ends when nothing is left; the checks are computed
    again (the cross-document ones depend on whose document it is). Returns one Chinese line saying what was done.
    A stand-in department or region (未识别…) left without documents is removed."""
    reason = _reason(reason)
    new_region, province = " ".join(new_region.split())[:50], " ".join(province.split())[:50]
    name, parent = services.unit_base_name(" ".join(name.split()))[:200], " ".join(parent.split())[:200]
    if new_region and not province:
        raise ReviewError("新建地区须填写所属省（直辖市）")
    if not (region or new_region or name):
        raise ReviewError("请选择或填写地区，或填写单位名称")
    said = []
    try:
        with transaction.atomic():
            # of=self: PostgreSQL cannot lock the nullable side of the unit join
            disclosure = (Disclosure.objects.select_for_update(of=("self",))
                          .select_related("department__region", "unit").get(pk=disclosure.pk))
            old_department = disclosure.department
            if new_region:
                region, created = Region.objects.get_or_create(province=province, name=new_region)
                said.append(f"{'新建' if created else '归入'}地区“{region}”")
            elif region is not None:
                said.append(f"归入地区“{region}”")
            target_region = region or old_department.region
            if disclosure.scope == Scope.UNIT:
                unit_name = name or (disclosure.unit.name if disclosure.unit_id else old_department.name)
                home = parent or (disclosure.unit.department.name if disclosure.unit_id and not name
                                  else unit_name)
                if name and not parent:  # an existing unit of that name in the region keeps its department,
                    # one listed by a department of another name first (as an import places it)
                    found = sorted(Unit.objects.filter(department__region=target_region, name=unit_name)
                                   .select_related("department"), key=lambda u: (u.department.name == unit_name,
                                                                                 u.department.name))
                    home = found[0].department.name if found else home
                department = services._resolve_department(region=target_region, name=home, parsed=None)
                existed = Unit.objects.filter(department=department, name=unit_name).exists()
                unit = services._place_unit(department=department, name=unit_name, parsed=None)
                disclosure.department, disclosure.unit = department, unit
                if name:
                    said.append(f"{'归入已有' if existed else '新建'}单位“{unit.name}”（{department.name}）")
            else:
                department_name = name or old_department.name
                existed = Department.objects.filter(region=target_region, name=department_name).exists() or \
                    DepartmentAlias.objects.filter(region=target_region, alias=department_name).exists()
                disclosure.department = services._resolve_department(region=target_region, name=department_name,
                                                                     parsed=None)
                services._ensure_member_units(department=disclosure.department, parsed=ParsedDisclosure(
                    unit=department_name, year=None, kind=None, scope=disclosure.scope,
                    member_units=list(disclosure.member_units or [])))
                if name:
                    said.append(f"{'归入已有' if existed else '新建'}部门“{disclosure.department.name}”")
            if name:
                disclosure.title_name = name
            done = {"unit": bool(name) or "unit" not in (disclosure.missing or []),
                    "region": target_region.name != services.UNKNOWN_REGION,
                    "province": bool(target_region.province)}
            disclosure.missing = [field for field in disclosure.missing or [] if not done.get(field, False)]
            disclosure.identified = not set(disclosure.missing) & IDENTIFYING_FIELDS
            if not disclosure.missing and disclosure.status == Disclosure.Status.INCOMPLETE:
                disclosure.status = Disclosure.Status.OK
            _save_with_history(disclosure, user=user, reason=reason)
            _remove_stand_in(old_department)
    except IntegrityError as exc:
        raise ReviewError("该单位已有同一年度、同一类型的公开文件，请核对") from exc
    disclosure_recheck(disclosure=disclosure)
    return "；".join(said) or "身份信息已更新"


def _remove_stand_in(department: Department) -> None:
    """A department made up for a document that named no unit (未识别单位…) or no region, once it holds no
    document any more; and its region when that is the stand-in 未识别地区 and now empty."""
    department.refresh_from_db()
    stand_in = department.name.startswith(services.UNKNOWN_UNIT) or department.region.name == services.UNKNOWN_REGION
    if not stand_in or Disclosure.objects.filter(department=department).exists():
        return
    region = department.region
    try:
        with transaction.atomic():
            DepartmentAlias.objects.filter(department=department).delete()
            Unit.objects.filter(department=department).delete()
            department.delete()
            if region.name == services.UNKNOWN_REGION and not region.departments.exists():
                region.delete()
    except ProtectedError:  # a document elsewhere still points at one of its units: keep it
        return


def disclosure_recheck(*, disclosure: Disclosure) -> list[dict]:
    """Every check again on the stored figures (so they never go stale after a correction): the figure checks
    recomputed, the document's text checks kept, the cross-document checks rerun (disclosures/recheck.py) — its own
    and those of the documents checked against it (next year's, its department's or units'). Storing the checks is
    not a change a person made: it leaves no row in the audit trail."""
    from .crosschecks import refresh_cross, related
    from .recheck import refresh_checks

    disclosure.skip_history_when_saving = True
    try:
        checks = refresh_checks(disclosure)
    finally:
        del disclosure.skip_history_when_saving
    for other in related(disclosure):
        if other.pk != disclosure.pk:
            other.skip_history_when_saving = True
            refresh_cross(other)
    return checks


def disclosure_history(disclosure: Disclosure | int, *, limit: int = 100) -> list[dict]:
    """The audit trail, newest first: who, when, what (old → new) and why, for the disclosure and its figures.
    Two queries whatever its length (the previous version of each record is found in the same list)."""
    pk = disclosure if isinstance(disclosure, int) else disclosure.pk
    rows = []
    previous: dict[int, object] = {}
    figure_records = (Figure.history.filter(disclosure_id=pk).exclude(history_type="-")
                      .select_related("history_user").order_by("history_date", "history_id"))
    for record in figure_records:
        before = previous.get(record.id)
        previous[record.id] = record
        if record.history_change_reason is None and not (record.corrected and before is not None):
            continue
        label = METRICS[record.metric].label if record.metric in METRICS else record.metric
        rows.append({"when": record.history_date, "who": _who(record), "what": label,
                     "old": _figure_text(before) if before is not None else "（无）", "new": _figure_text(record),
                     "why": record.history_change_reason or ""})
    before = None
    records = list(Disclosure.history.filter(id=pk).select_related("history_user")
                   .order_by("history_date", "history_id"))
    regions: dict[int, str] = {}
    if any(record.history_change_reason is not None for record in records):  # one query: where each one was
        regions = {key: f"{province}{name}" for key, name, province in Department.objects.filter(
            pk__in={record.department_id for record in records}).values_list("pk", "region__name",
                                                                           "region__province")}
    for record in records:
        if record.history_change_reason is not None:
            rows.append({"when": record.history_date, "who": _who(record), "what": "身份信息",
                         "old": _identity_text(before, regions) if before is not None else "（无）",
                         "new": _identity_text(record, regions), "why": record.history_change_reason})
        before = record
    rows += _mark_history(pk)
    return sorted(rows, key=lambda row: row["when"], reverse=True)[:limit]


def figure_corrections(figure_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """What a person did to each corrected figure, from the audit trail, in one query: figure id →
    {"original": the value as read from the file (Decimal, None when a person set a figure the file does not
    state), "original_not_applicable", "added": True for such a set figure, and of the latest correction "value",
    "not_applicable", "by", "at" (local time, ISO 8601) and "reason"}. A figure marked corrected without a trail (older data) gets empty fields.
    The comparison's table, charts, sheets, CSV and JSON all show this (comparisons/corrections.py)."""
    ids = sorted({int(i) for i in figure_ids})
    found: dict[int, dict[str, Any]] = {
        pk: {"original": None, "original_not_applicable": False, "added": False, "value": None,
             "not_applicable": False, "by": "", "at": "", "reason": ""} for pk in ids}
    if not ids:
        return found
    records = (Figure.history.filter(id__in=ids).exclude(history_type="-").order_by("id", "history_date", "history_id")
               .values_list("id", "value", "not_applicable", "origin", "corrected", "history_change_reason",
                            "history_date", "history_user__username"))
    for pk, value, not_applicable, origin, corrected, reason, when, username in records:
        info = found[pk]
        if not corrected:  # the value as parsed, saved before the first correction
            info["original"], info["original_not_applicable"] = value, bool(not_applicable)
            continue
        info["added"] = info["added"] or (origin == "manual" and info["original"] is None)
        info.update(value=value, not_applicable=bool(not_applicable), by=username or "系统",
                    at=timezone.localtime(when).isoformat(timespec="seconds"), reason=reason or "")
    return found


def _mark_history(pk: int) -> list[dict]:
    """The 已核实/误报 marks set on the disclosure's findings (disclosures/findings.py), one query."""
    rows, before = [], {}
    records = (FindingMark.history.filter(disclosure_id=pk).select_related("history_user")
               .order_by("history_date", "history_id"))
    for record in records:
        old = before.get(record.id)
        before[record.id] = record
        rows.append({"when": record.history_date, "who": _who(record), "what": f"勾稽检查 {record.rule}",
                     "old": old.get_verdict_display() if old is not None else "（无）",
                     "new": "（撤销）" if record.history_type == "-" else record.get_verdict_display(),
                     "why": record.history_change_reason or record.reason})
    return rows


def _who(record) -> str:
    return record.history_user.get_username() if record.history_user_id else "系统"


def _figure_text(record) -> str:
    if record.not_applicable:
        return "不适用"
    if record.value is None:
        return "—"
    return format(Decimal(record.value).normalize(), "f")


def _identity_text(record, regions: dict[int, str]) -> str:
    year = f"{record.year}年" if record.year else "年度未知"
    where = regions.get(record.department_id, "")
    return f"{record.title_name}（{where or '暂存，已删除'}） {year} {record.scope}{record.kind or '（类型未知）'}"
