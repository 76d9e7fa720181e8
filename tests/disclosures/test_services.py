"""disclosure_import_file and friends, on parse results built by hand (no parser, no seeds needed)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.db import DatabaseError

from disclosures import parsing
from disclosures.models import Department, DepartmentType, Disclosure, Figure, Region, SourceFile, Unit
from disclosures.parsing import Figure as ParsedFigure
from disclosures.services import disclosure_import_file, disclosure_reparse, source_sha256

from .helpers import department_result, media_files, patch_parser, row_counts, unit_result

pytestmark = pytest.mark.django_db


def test_it_imports_a_department_with_figures_units_and_the_file(media: Path):
    data = b"department text v1"
    outcome = disclosure_import_file(data=data, filename="dept.TXT", parsed=department_result())

    assert outcome.status == "imported"
    disclosure = Disclosure.objects.get(pk=outcome.disclosure_id)
    assert (disclosure.scope, disclosure.unit, disclosure.year, disclosure.kind) == ("部门", None, 2024, "预算")
    assert disclosure.department.name == "示例县农业农村委员会"
    assert disclosure.department.region.name == "示例县"
    assert disclosure.department.department_type.name == "农业农村委员会"
    units = {(u.name, u.is_principal) for u in disclosure.department.units.all()}
    assert units == {("示例县农业农村委员会", True), ("示例县农业技术推广站", False)}

    primary = disclosure.figures.get(metric="sangong_total", is_primary=True)
    assert (primary.value, primary.change, primary.page, primary.source_text) == (
        Decimal("12.5"), Decimal("-1.5"), 3, "三公合计句")
    assert disclosure.figures.get(metric="reception").reason == "压减接待"
    table_rows = disclosure.figures.filter(is_primary=False).order_by("period")
    assert [(f.metric, f.period, f.origin, f.value, f.page) for f in table_rows] == [
        ("sangong_total", "上年", "table", Decimal("14"), 9), ("sangong_total", "本年", "table", Decimal("12.5"), 9)]
    line = disclosure.function_lines.get()
    assert (line.code, line.name, line.value) == ("213", "农林水支出", Decimal("1200.5"))
    head = disclosure.headcounts.get()
    assert (head.unit_name, head.authorized, head.actual) == ("示例县农业技术推广站", 12, 10)

    source = disclosure.sources.get()
    sha = source_sha256(data)
    assert source.sha256 == sha and source.size == len(data) and source.pages == 9
    assert source.file.name == f"sources/{sha[:2]}/{sha}.txt"
    assert media_files(media) == [media / "sources" / sha[:2] / f"{sha}.txt"]
    assert (media / source.file.name).read_bytes() == data
    assert source.parsed["figures"]["sangong_total"]["value"] == "12.5"


def test_it_keeps_a_table_cell_only_when_it_does_not_collide_with_a_primary_figure(media: Path):
    parsed = department_result(
        table_figures=[
            ParsedFigure("reception", Decimal("2.5"), origin="prose"),  # same key as the primary row: dropped
            ParsedFigure("sangong_total", Decimal("12.50"), origin="table"),
            ParsedFigure("sangong_total", Decimal("14.00"), period="上年", origin="table"),
        ]
    )
    disclosure = Disclosure.objects.get(pk=disclosure_import_file(data=b"t", filename="a.txt", parsed=parsed).disclosure_id)
    rows = sorted((f.metric, f.period, f.origin, f.is_primary) for f in disclosure.figures.all())
    assert rows == [
        ("operating_costs", "本年", "prose", True),
        ("reception", "本年", "prose", True),
        ("sangong_total", "上年", "table", False),
        ("sangong_total", "本年", "prose", True),
        ("sangong_total", "本年", "table", False),
    ]


def test_it_reports_the_same_bytes_as_already_present_and_touches_nothing(media: Path):
    first = disclosure_import_file(data=b"same", filename="a.txt", parsed=department_result())
    before = row_counts()
    again = disclosure_import_file(data=b"same", filename="copy.txt", parsed=department_result(year=2030))

    assert again.status == "already_present" and again.disclosure_id == first.disclosure_id
    assert row_counts() == before
    assert len(media_files(media)) == 1


def test_it_adds_a_second_source_when_another_rendition_agrees(media: Path):
    first = disclosure_import_file(data=b"text rendition", filename="a.txt", parsed=department_result())
    second = disclosure_import_file(data=b"%PDF rendition", filename="a.pdf", parsed=department_result(
        figures={**department_result().figures,
                 "sangong_total": ParsedFigure("sangong_total", Decimal("12.50"), Decimal("-1.50"), page=4)}))

    assert second.status == "added_source" and second.disclosure_id == first.disclosure_id
    assert Disclosure.objects.count() == 1
    assert SourceFile.objects.filter(status="parsed").count() == 2
    assert Figure.objects.filter(is_primary=True).count() == 3
    assert sorted(p.suffix for p in media_files(media)) == [".pdf", ".txt"]


def test_it_keeps_a_conflicting_file_flagged_and_never_overwrites_figures(media: Path):
    first = disclosure_import_file(data=b"original", filename="a.txt", parsed=department_result())
    changed = department_result()
    changed.figures["sangong_total"] = ParsedFigure("sangong_total", Decimal("13.5"), Decimal("-1.5"), page=3)
    del changed.figures["reception"]
    outcome = disclosure_import_file(data=b"modified", filename="b.txt", parsed=changed)

    assert outcome.status == "conflict" and outcome.disclosure_id == first.disclosure_id
    disclosure = Disclosure.objects.get()
    assert disclosure.status == Disclosure.Status.CONFLICT
    assert disclosure.figures.get(metric="sangong_total", is_primary=True).value == Decimal("12.5")
    assert disclosure.figures.filter(metric="reception").exists()
    conflict = SourceFile.objects.get(original_name="b.txt")
    assert conflict.status == SourceFile.Status.CONFLICT
    # A metric only one file states (reception here) is no contradiction; a different value is.
    assert conflict.conflict_detail.splitlines() == [
        "“三公”经费合计（sangong_total）：数值 旧值 12.5 / 新值 13.5",
    ]
    assert "冲突" in outcome.message and "12.5" in outcome.message


def test_it_does_not_count_a_change_in_a_corrected_figure_as_a_conflict(media: Path):
    disclosure_import_file(data=b"original", filename="a.txt", parsed=department_result())
    Figure.objects.filter(metric="reception").update(value=Decimal("3"), corrected=True)
    outcome = disclosure_import_file(data=b"pdf", filename="a.pdf", parsed=department_result())
    assert outcome.status == "added_source"


def test_it_stores_not_applicable_as_such_and_not_as_zero(media: Path):
    outcome = disclosure_import_file(data=b"unit", filename="u.txt", parsed=unit_result())
    figure = Figure.objects.get(disclosure_id=outcome.disclosure_id, metric="operating_costs")
    assert figure.not_applicable is True and figure.value is None
    assert figure.note == "事业单位，不在统计范围"


def test_it_places_a_unit_under_its_stated_parent(media: Path):
    outcome = disclosure_import_file(
        data=b"u", filename="u.txt", parsed=unit_result(parent="示例县农业农村委员会"))
    disclosure = Disclosure.objects.get(pk=outcome.disclosure_id)
    assert disclosure.department.name == "示例县农业农村委员会"
    assert (disclosure.unit.name, disclosure.unit.is_principal) == ("示例县农业技术推广站", False)


def test_it_places_a_unit_under_the_department_that_lists_it(media: Path):
    disclosure_import_file(data=b"d", filename="d.txt", parsed=department_result())
    outcome = disclosure_import_file(data=b"u", filename="u.txt", parsed=unit_result())
    disclosure = Disclosure.objects.get(pk=outcome.disclosure_id)
    assert disclosure.department.name == "示例县农业农村委员会"
    assert disclosure.unit.department_id == disclosure.department_id
    assert Department.objects.count() == 1


def test_it_makes_an_office_its_own_departments_principal_unit(media: Path):
    parsed = unit_result(unit="重庆市示例区人民政府办公室", region="示例区")
    disclosure = Disclosure.objects.get(pk=disclosure_import_file(data=b"o", filename="o.txt", parsed=parsed).disclosure_id)
    assert disclosure.department.name == "重庆市示例区人民政府办公室"
    assert (disclosure.unit.name, disclosure.unit.is_principal) == ("重庆市示例区人民政府办公室", True)
    assert disclosure.department.department_type.name == "人民政府办公室"


@pytest.mark.parametrize("unit_first", [True, False], ids=["unit-first", "department-first"])
def test_it_rehomes_a_standalone_unit_whatever_the_import_order(media: Path, unit_first: bool):
    files = [(b"u", unit_result()), (b"d", department_result())]
    for data, parsed in files if unit_first else reversed(files):
        disclosure_import_file(data=data, filename=f"{data.decode()}.txt", parsed=parsed)

    assert list(Department.objects.values_list("name", flat=True)) == ["示例县农业农村委员会"]
    unit_disclosure = Disclosure.objects.get(scope="单位")
    assert unit_disclosure.department.name == "示例县农业农村委员会"
    assert (unit_disclosure.unit.name, unit_disclosure.unit.department.name) == (
        "示例县农业技术推广站", "示例县农业农村委员会")
    assert Unit.objects.filter(name="示例县农业技术推广站").count() == 1


def test_it_files_a_disclosure_without_a_region_under_a_clear_fallback(media: Path):
    outcome = disclosure_import_file(data=b"r", filename="r.txt", parsed=department_result(region=None))
    disclosure = Disclosure.objects.get(pk=outcome.disclosure_id)
    assert disclosure.department.region.name == "未识别地区"
    assert any("未识别地区" in w for w in disclosure.warnings)
    assert Region.objects.count() == 1


def test_it_resolves_a_department_through_its_alias(media: Path):
    first = disclosure_import_file(data=b"d", filename="d.txt", parsed=department_result())
    department = Department.objects.get()
    department.aliases.create(region=department.region, alias="示例县农业委员会")
    outcome = disclosure_import_file(data=b"d2", filename="d2.txt", parsed=department_result(
        unit="示例县农业委员会", year=2023))
    assert Disclosure.objects.get(pk=outcome.disclosure_id).department_id == department.pk
    assert Disclosure.objects.get(pk=first.disclosure_id).department_id == department.pk
    assert Department.objects.count() == 1
    assert DepartmentType.objects.count() == 1


def test_it_fails_cleanly_when_parsing_fails(media: Path, monkeypatch):
    def refuse(source, *, filename=""):
        raise parsing.ParseError("不是预算公开文件")

    patch_parser(monkeypatch, refuse)
    before = row_counts()
    outcome = disclosure_import_file(data=b"nothing", filename="n.txt")
    assert (outcome.status, outcome.message, outcome.disclosure_id) == ("failed", "不是预算公开文件", None)
    assert row_counts() == before and media_files(media) == []


def test_it_removes_the_written_file_when_the_database_write_fails(media: Path, monkeypatch):
    def broken(*args, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(Figure.objects, "bulk_create", broken)
    before = row_counts()
    outcome = disclosure_import_file(data=b"doomed", filename="d.pdf", parsed=department_result())
    assert outcome.status == "failed" and outcome.message == "保存失败：disk full"
    assert row_counts() == before
    assert media_files(media) == []


def test_reparse_replaces_parsed_figures_and_keeps_corrected_ones(media: Path, monkeypatch):
    outcome = disclosure_import_file(data=b"v1", filename="a.txt", parsed=department_result())
    disclosure = Disclosure.objects.get(pk=outcome.disclosure_id)
    Figure.objects.filter(metric="reception").update(value=Decimal("2.6"), corrected=True)

    newer = department_result(member_units=["示例县农业农村委员会（本级）"])
    newer.figures["sangong_total"] = ParsedFigure("sangong_total", Decimal("12.5"), Decimal("-1.5"), page=5)
    newer.figures["reception"] = ParsedFigure("reception", Decimal("2.5"), Decimal("0"), page=5)
    seen = []
    patch_parser(monkeypatch, lambda data, *, filename="": seen.append(data) or newer)

    disclosure_reparse(disclosure=disclosure)

    assert seen == [b"v1"]
    assert disclosure.figures.get(metric="sangong_total", is_primary=True).page == 5
    reception = disclosure.figures.get(metric="reception")
    assert (reception.value, reception.corrected) == (Decimal("2.6"), True)
    disclosure.refresh_from_db()
    assert disclosure.member_units == ["示例县农业农村委员会（本级）"]
    assert disclosure.sources.get().parsed["figures"]["sangong_total"]["page"] == 5


def test_the_task_wraps_the_service(media: Path, tmp_path: Path, monkeypatch):
    from disclosures.tasks import import_disclosure_file

    patch_parser(monkeypatch, lambda data, *, filename="": department_result())
    path = tmp_path / "upload.txt"
    path.write_bytes(b"uploaded")
    result = import_disclosure_file.apply(kwargs={"path": str(path)}).get()
    assert result["status"] == "imported" and result["filename"] == "upload.txt"
    assert Disclosure.objects.get().pk == result["disclosure_id"]
