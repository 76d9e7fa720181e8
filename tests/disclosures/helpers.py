"""Helpers for the storing tests: media listing, row counts of every model, parse results built by hand."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from django.apps import apps

from disclosures.parsing import Figure, FunctionLine, ParsedDisclosure, UnitHeadcount


def patch_parser(monkeypatch, parse) -> None:
    """Replace the parser by `parse(source, *, filename)`: both entry points (one disclosure, or every one a file
    holds) go through it, so a test does not depend on which of them the code under test calls."""
    from disclosures import parsing

    monkeypatch.setattr(parsing, "parse_disclosure", parse)
    monkeypatch.setattr(parsing, "parse_disclosures", lambda source, *, filename="": [parse(source, filename=filename)])


def media_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def row_counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in apps.get_app_config("disclosures").get_models()}


def department_result(**overrides) -> ParsedDisclosure:
    """A 部门 预算 of a made-up department with two member units."""
    data = dict(
        unit="示例县农业农村委员会", region="示例县", province="重庆市", year=2024, kind="预算", scope="部门",
        member_units=["示例县农业农村委员会（本级）", "示例县农业技术推广站"],
        figures={
            "sangong_total": Figure("sangong_total", Decimal("12.5"), Decimal("-1.5"), page=3, source="三公合计句"),
            "reception": Figure("reception", Decimal("2.5"), Decimal("0"), page=3, reason="压减接待"),
            "operating_costs": Figure("operating_costs", Decimal("88.01"), Decimal("4.2"), page=4),
        },
        table_figures=[
            Figure("sangong_total", Decimal("12.50"), page=9, source="表四 · 合计", origin="table"),
            Figure("sangong_total", Decimal("14.00"), page=9, period="上年", origin="table"),
        ],
        expenditure_by_function=[FunctionLine("农林水支出", Decimal("1200.5"), code="213", page=2)],
        unit_headcount=[UnitHeadcount("示例县农业技术推广站", authorized=12, actual=10, page=1)],
        pages=9,
    )
    data.update(overrides)
    return ParsedDisclosure(**data)


def unit_result(**overrides) -> ParsedDisclosure:
    """A 单位 预算 of the member unit 示例县农业技术推广站 (a 事业单位: 机关运行经费 not applicable)."""
    data = dict(
        unit="示例县农业技术推广站", region="示例县", province="重庆市", year=2024, kind="预算", scope="单位",
        figures={
            "sangong_total": Figure("sangong_total", Decimal("1.2"), Decimal("0.2"), page=3),
            "operating_costs": Figure("operating_costs", None, not_applicable=True, note="事业单位，不在统计范围"),
        },
        pages=6,
    )
    data.update(overrides)
    return ParsedDisclosure(**data)
