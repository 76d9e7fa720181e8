"""Create Region / Department / Unit / Disclosure / Figure rows directly, without the parser.

    make_disclosure(region="垫江县", department="垫江县人民政府办公室", year=2024, scope="部门",
                    figures={"sangong_total": ("115.4", "23.7"), "staff_actual": "98"})

A figure spec is a value ("115.4", Decimal, int or None), a tuple (value, change[, reason]), or a dict with any of
value, change, reason, not_applicable, note, page, source_text. Department types default to the name without the
province and region ("重庆市铜梁区人民政府办公室" → "人民政府办公室").
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any

from django.utils import timezone

from disclosures.models import Department, DepartmentType, Disclosure, Figure, Region, SourceFile, Unit


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def make_region(name: str = "垫江县", *, province: str = "重庆市") -> Region:
    region, _ = Region.objects.get_or_create(name=name, province=province)
    return region


def department_type_name(name: str, *, region: str, province: str = "重庆市") -> str:
    stripped = name
    for prefix in (province, region):
        if prefix and stripped.startswith(prefix):
            stripped = stripped[len(prefix):]
    return stripped or name


def make_department(
    name: str = "垫江县人民政府办公室", *, region: str = "垫江县", province: str = "重庆市",
    department_type: str | None = None,
) -> Department:
    region_obj = make_region(region, province=province)
    type_name = department_type or department_type_name(name, region=region, province=province)
    dtype, _ = DepartmentType.objects.get_or_create(name=type_name)
    department, _ = Department.objects.get_or_create(
        region=region_obj, name=name, defaults={"department_type": dtype},
    )
    return department


def make_unit(name: str, *, department: Department, is_principal: bool = False) -> Unit:
    unit, _ = Unit.objects.get_or_create(department=department, name=name, defaults={"is_principal": is_principal})
    return unit


def figure_fields(spec: Any) -> dict[str, Any]:
    """A figure spec (see module docstring) → Figure field values."""
    if isinstance(spec, dict):
        fields = dict(spec)
        fields["value"] = _dec(fields.get("value"))
        fields["change"] = _dec(fields.get("change"))
        fields.setdefault("reason", "")
        fields["reason"] = fields["reason"] or ""
        fields["note"] = fields.get("note") or ""
        return fields
    if isinstance(spec, tuple):
        value, change, *rest = spec
        return {"value": _dec(value), "change": _dec(change), "reason": rest[0] if rest else ""}
    return {"value": _dec(spec)}


def make_disclosure(
    *,
    region: str = "垫江县",
    department: str = "垫江县人民政府办公室",
    year: int = 2024,
    kind: str = "预算",
    scope: str = "部门",
    unit: str | None = None,
    principal: bool = False,
    province: str = "重庆市",
    department_type: str | None = None,
    member_units: list[str] | None = None,
    figures: dict[str, Any] | None = None,
    status: str = Disclosure.Status.OK,
    warnings: list[str] | None = None,
    source_name: str | None = None,
    page: int | None = 1,
) -> Disclosure:
    """A disclosure with its figures and one SourceFile row (no file on disk; sha256 derived from the title).

    ``unit`` names the unit of a 单位 disclosure; ``principal=True`` makes it the department's own office (本级).
    """
    department_obj = make_department(department, region=region, province=province, department_type=department_type)
    unit_obj = make_unit(unit, department=department_obj, is_principal=principal) if unit else None
    disclosure = Disclosure.objects.create(
        department=department_obj, unit=unit_obj, title_name=unit or department, year=year, kind=kind,
        scope=scope, member_units=list(member_units or []), status=status, warnings=list(warnings or []),
        parser_version="test", parsed_at=timezone.now(),
    )
    name = source_name or f"{unit or department}{year}年{scope}{kind}.pdf"
    sha = hashlib.sha256(f"{region}|{unit or department}|{year}|{kind}|{scope}".encode()).hexdigest()
    SourceFile.objects.create(
        disclosure=disclosure, file=f"sources/{sha}.pdf", sha256=sha, original_name=name, size=1, pages=3,
        parsed={}, parser_version="test",
    )
    Figure.objects.bulk_create([
        Figure(disclosure=disclosure, metric=metric, page=page, source_text=f"{metric} as stated", **figure_fields(spec))
        for metric, spec in (figures or {}).items()
    ])
    return disclosure


# The facts of the three 人民政府办公室 in the demo data (from the hand-checked truth files).
DIANJIANG_2024 = {
    "sangong_total": ("115.4", "23.7"), "outbound_travel": ("2.5", "-2.5"), "reception": ("26.9", "10.2"),
    "vehicle_operation": ("86", "16"), "vehicle_purchase": ("0", "0"), "operating_costs": ("400.04", "-23.37"),
    "basic_expenditure": ("2317.42", "105.32"), "project_expenditure": ("2364.62", "233.15"),
    "expenditure_total": ("4683.35", "338.47"), "income_total": ("4683.35", "338.47"),
    "vehicles_count": "61", "staff_actual": ("98", "9"),
}
TONGLIANG_2024 = {
    "sangong_total": ("14.9", "-0.5"), "outbound_travel": ("0", "0"), "reception": ("10", "0"),
    "vehicle_operation": ("4.9", "-0.5"), "vehicle_purchase": ("0", "0"), "operating_costs": ("157.21", "-11.59"),
    "basic_expenditure": ("987.8", "36.18"), "project_expenditure": ("664.19", "-290"),
    "expenditure_total": ("1651.99", "-611.29"), "vehicles_count": "1", "staff_authorized": "29",
}
DAZU_2023 = {
    "sangong_total": ("66.3", "-15.7"), "outbound_travel": ("0", "0"), "reception": ("9.3", "-27.7"),
    "vehicle_operation": ("57", "12"), "vehicle_purchase": ("0", "0"), "operating_costs": ("311.79", "0.37"),
    "basic_expenditure": ("1475.82", "174.78"), "project_expenditure": ("200", "-67"),
    "expenditure_total": ("1675.82", "107.78"), "vehicles_count": "7", "staff_authorized": "55",
}


def make_three_offices() -> dict[str, Disclosure]:
    """垫江县 2024 部门, 铜梁区 2024 单位 (principal unit only), 大足区 2023 部门 — the compare acceptance case."""
    return {
        "垫江县": make_disclosure(
            region="垫江县", department="垫江县人民政府办公室", year=2024, scope="部门", figures=DIANJIANG_2024,
            member_units=["垫江县人民政府办公室（本级）", "垫江县人民政府电子政务中心", "垫江县机关后勤服务中心",
                          "垫江县群众工作服务中心", "垫江县自然灾害预警预防信息中心", "垫江县公共资源交易中心"],
        ),
        "铜梁区": make_disclosure(
            region="铜梁区", department="重庆市铜梁区人民政府办公室", year=2024, scope="单位",
            unit="重庆市铜梁区人民政府办公室", principal=True, figures=TONGLIANG_2024,
        ),
        "大足区": make_disclosure(
            region="大足区", department="重庆市大足区人民政府办公室", year=2023, scope="部门", figures=DAZU_2023,
            member_units=["重庆市大足区人民政府办公室（本级）", "重庆市大足区信息网络中心"],
        ),
    }
