"""Checks across stored disclosures (CHECKS.md §1.G and §1.H): last year's document of the same unit, and a
department's document against its units'. They are stored with basis "cross" and rerun whenever a related
disclosure arrives, is corrected or re-parsed."""
from __future__ import annotations

from decimal import Decimal

from .findings import stamp
from .models import Disclosure, Scope
from .models import Figure as FigureRow
from .parsing.checks.across import member_key, members_covered, xd_sum
from .parsing.checks.core import Term, at_most, compare
from .parsing.metrics import METRICS
from .parsing.types import Check

# Additive amounts a 部门 total holds for each of its units (XD-PART); stated changes are checked for these too.
ADDITIVE = ("income_total", "expenditure_total", "general_budget_appropriation", "basic_expenditure",
            "project_expenditure", "sangong_total", "outbound_travel", "vehicle_purchase", "vehicle_operation",
            "vehicle_total", "reception", "operating_costs", "procurement_total")
SANGONG = ("sangong_total", "outbound_travel", "vehicle_purchase", "vehicle_operation", "vehicle_total", "reception")
ADJUSTED = ("口径调整", "机构改革", "调整预算", "纳入年初预算", "职能划转")


def _primary(disclosure: Disclosure) -> dict[str, FigureRow]:
    return {row.metric: row for row in disclosure.figures.all() if row.is_primary and row.period == "本年"
            and row.value is not None and not row.not_applicable}


def _term(row: FigureRow, label: str, *, change: bool = False, value: Decimal | None = None) -> Term:
    amount = value if value is not None else (row.change if change else row.value)
    where = row.source_text if row.origin == "prose" else " · ".join(
        x for x in (row.table_caption, row.row_label, row.column_label) if x)
    return Term(label, amount, None if change else row.display_scale, row.source_unit if row.source_unit in
                ("元", "万元", "亿元") else "万元", row.page, f"{row.disclosure.title_name}{row.disclosure.year}：{where}"[:200])


def previous_year(disclosure: Disclosure) -> Disclosure | None:
    """Same unit identity, same kind and scope, year − 1 (never Y − 2)."""
    if disclosure.year is None or not disclosure.kind:
        return None
    return (Disclosure.objects.filter(department_id=disclosure.department_id, unit_id=disclosure.unit_id,
                                      scope=disclosure.scope, kind=disclosure.kind, year=disclosure.year - 1)
            .exclude(pk=disclosure.pk).first())


def parent_of(disclosure: Disclosure) -> Disclosure | None:
    if disclosure.scope != Scope.UNIT or disclosure.year is None:
        return None
    return Disclosure.objects.filter(department_id=disclosure.department_id, unit__isnull=True,
                                     scope=Scope.DEPARTMENT, kind=disclosure.kind, year=disclosure.year).first()


LOOK_UP = object()  # cross_checks' default: find the related documents itself


def cross_checks(disclosure: Disclosure, *, prior=LOOK_UP, parent=LOOK_UP, members=LOOK_UP) -> list[Check]:
    """`prior` (last year's document), `parent` (the 部门's) and `members` (a 部门's unit documents) may be given, with their figures prefetched, by a
    caller that looked them up for many disclosures at once (recheck.refresh_all_checks)."""
    checks: list[Check] = []
    prior = previous_year(disclosure) if prior is LOOK_UP else prior
    mine = _primary(disclosure)
    if prior is None:
        checks.append(Check("YY-GAP", "跨年核对", "not_applicable", "warning", "未存上年同口径公开文件，跨年检查不适用",
                            basis="cross"))
    else:
        theirs = _primary(prior)
        adjusted = any(word in (row.source_text or "") + (row.reason or "") for row in mine.values() for word in ADJUSTED)
        members_changed = sorted(disclosure.member_units or []) != sorted(prior.member_units or [])
        for key in ADDITIVE:
            row, before = mine.get(key), theirs.get(key)
            if row is None or before is None or row.change is None:
                continue
            label = METRICS[key].label
            check = compare("YY-STATED", f"所称上年数与上年公开数一致：{label}",
                            [_term(row, f"本年{label}"), Term("减所称变动", -row.change, None, "万元", row.page)],
                            [_term(before, f"上年公开的{label}")], severity="warning",
                            what=f"{label}：本年数减所称变动额与上年公开数")
            if check.outcome == "fail" and check.severity == "warning":
                if adjusted or members_changed:
                    check.severity = "info"
                    check.message += "；文中提及口径调整或单位构成变化，可能为口径调整"
                else:
                    check.message += "；可能为上年数口径调整，或比较基数为上年调整预算/执行数"
            check.basis = "cross"
            checks.append(check)
        restated = {row.metric: row for row in disclosure.figures.all() if row.period == "上年" and row.value is not None}
        for key, row in restated.items():
            before = theirs.get(key)
            if before is None or key not in SANGONG:
                continue
            label = METRICS[key].label
            check = compare("YY-RESTATE", f"本文件所列上年数与上年公开数一致：{label}", [_term(row, f"本文件所列上年{label}")],
                            [_term(before, f"上年公开的{label}")], severity="warning", what=f"{label}上年数")
            if check.outcome == "fail" and check.severity == "warning":
                check.message = check.message.replace("两处披露不能同时成立，需人工复核", "上年数与去年公开数不一致（可能为口径调整）")
            check.basis = "cross"
            checks.append(check)
    parent = parent_of(disclosure) if parent is LOOK_UP else parent
    if parent is not None:
        whole = _primary(parent)
        for key in ADDITIVE:
            row, total = mine.get(key), whole.get(key)
            if row is None or total is None:
                continue
            label = METRICS[key].label
            check = at_most("XD-PART", f"单位数不超过所属部门数：{label}", _term(row, f"单位{label}"),
                            _term(total, f"部门{label}"), severity="warning")
            check.basis = "cross"
            checks.append(check)
    if disclosure.scope == Scope.DEPARTMENT:
        checks += _member_sum(disclosure, mine, member_documents(disclosure) if members is LOOK_UP else members)
    return checks


def member_documents(disclosure: Disclosure) -> list[Disclosure]:
    """The stored 单位 documents of a 部门 document's department, year and kind."""
    if disclosure.year is None:
        return []
    return list(Disclosure.objects.filter(department_id=disclosure.department_id, scope=Scope.UNIT,
                                          kind=disclosure.kind, year=disclosure.year))


def _member_sum(disclosure: Disclosure, mine: dict[str, FigureRow], units: list[Disclosure]) -> list[Check]:
    """XD-SUM once every listed member has its own stored document of the same year and kind."""
    listed = list(disclosure.member_units or [])
    if not members_covered(listed, [unit.title_name for unit in units]):
        return []
    by_key = {member_key(unit.title_name): unit for unit in units}
    labels = {key: metric.label for key, metric in METRICS.items()}
    members = [{key: _term(row, f"{by_key[member_key(name)].title_name}{labels[key]}")
                for key, row in _primary(by_key[member_key(name)]).items()} for name in listed]
    return xd_sum({key: _term(row, f"部门{labels[key]}") for key, row in mine.items()}, members, labels)


def refresh_cross(disclosure: Disclosure) -> None:
    kept = [item for item in (disclosure.checks or []) if item.get("basis") != "cross"]
    disclosure.checks = kept + [check.to_json() for check in cross_checks(disclosure)]
    stamp(disclosure)
    disclosure.save(update_fields=["checks", "findings"])


def related(disclosure: Disclosure) -> list[Disclosure]:
    """The disclosure itself, next year's of the same unit, and its units' (for a 部门) or its 部门's documents."""
    found = [disclosure]
    if disclosure.year is not None:
        found += list(Disclosure.objects.filter(department_id=disclosure.department_id, unit_id=disclosure.unit_id,
                                                scope=disclosure.scope, kind=disclosure.kind,
                                                year=disclosure.year + 1).exclude(pk=disclosure.pk))
        if disclosure.scope == Scope.DEPARTMENT:
            found += list(Disclosure.objects.filter(department_id=disclosure.department_id, scope=Scope.UNIT,
                                                    kind=disclosure.kind, year=disclosure.year))
        elif (parent := parent_of(disclosure)) is not None:
            found.append(parent)  # its XD-SUM waits for every member's document
    return found


def refresh_related(disclosure: Disclosure) -> None:
    for item in related(disclosure):
        refresh_cross(item)
