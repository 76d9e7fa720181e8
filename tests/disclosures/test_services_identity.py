"""Storing what the parser could only partly identify, several disclosures in one file, and table provenance."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from comparisons.selectors import disclosures_df
from disclosures.models import Disclosure, SourceFile
from disclosures.parsing import Figure, FunctionLine
from disclosures.parsing.types import Clue, EconomicLine
from disclosures.services import disclosure_import_file, disclosure_reparse

from .helpers import department_result, media_files, row_counts, unit_result

pytestmark = pytest.mark.django_db


def test_it_keeps_a_document_without_a_unit_as_incomplete_and_names_the_field(media: Path):
    parsed = department_result(unit=None, region=None, province=None, member_units=[], missing=["unit"])
    outcome = disclosure_import_file(data=b"no unit", filename="三公经费公开.txt", parsed=parsed)

    disclosure = Disclosure.objects.get(pk=outcome.disclosure_id)
    assert outcome.status == "imported"
    assert disclosure.status == Disclosure.Status.INCOMPLETE
    assert disclosure.missing == ["unit"]
    assert disclosure.title_name == "未识别单位（三公经费公开）"
    assert disclosure.department.region.name == "未识别地区"
    assert disclosure.figures.get(metric="sangong_total", is_primary=True).value == Decimal("12.5")
    assert disclosures_df().empty  # not compared until a person completes it


def test_it_keeps_a_document_without_a_year(media: Path):
    parsed = department_result(year=None, missing=["year"])
    disclosure = Disclosure.objects.get(
        pk=disclosure_import_file(data=b"no year", filename="a.txt", parsed=parsed).disclosure_id)

    assert (disclosure.year, disclosure.status, disclosure.missing) == (None, "incomplete", ["year"])
    assert str(disclosure) == "示例县农业农村委员会 年度未知部门预算"


def test_it_stores_the_clue_behind_each_identity_field(media: Path):
    clue = Clue("unit", "示例县农业农村委员会", "cover", page=1, text="预算主管部门：示例县农业农村委员会")
    parsed = department_result(clues={"unit": clue})
    disclosure = Disclosure.objects.get(pk=disclosure_import_file(data=b"c", filename="a.pdf", parsed=parsed).disclosure_id)

    assert disclosure.status == Disclosure.Status.OK
    assert disclosure.clues["unit"]["origin"] == "cover"
    assert disclosure.clues["unit"]["text"] == "预算主管部门：示例县农业农村委员会"


def test_it_stores_each_disclosure_a_file_holds_with_its_own_segment(media: Path):
    department = department_result()
    unit = unit_result()
    outcome = disclosure_import_file(data=b"both", filename="部门预算.pdf", parsed=[department, unit])

    assert outcome.status == "imported"
    assert outcome.message.startswith("文件含 2 份公开文件")
    sources = list(SourceFile.objects.order_by("segment"))
    assert [(s.segment, s.disclosure.scope) for s in sources] == [(0, "部门"), (1, "单位")]
    assert sources[0].file.name == sources[1].file.name
    assert len(media_files(media)) == 1

    before = row_counts()
    again = disclosure_import_file(data=b"both", filename="copy.pdf", parsed=[department, unit])
    assert again.status == "already_present"
    assert row_counts() == before


def test_it_stores_table_provenance_budget_and_every_function_and_economic_line(media: Path):
    figure = Figure("sangong_total", Decimal("0.00"), budget=Decimal("0.95"), page=18, origin="table",
                    table="财政拨款“三公”经费支出决算表", row="合计", column="决算数")
    parsed = department_result(
        kind="决算", table_figures=[figure],
        function_lines=[
            FunctionLine("一般公共服务支出", Decimal("1200.5"), code="201", level="类", table="功能分类表"),
            FunctionLine("行政运行", Decimal("800.25"), code="2010101", level="项", table="功能分类表"),
        ],
        economic_lines=[EconomicLine("工资福利支出", Decimal("2082.85"), code="301", page=16, table="基本支出表")],
    )
    disclosure = Disclosure.objects.get(pk=disclosure_import_file(data=b"t", filename="a.pdf", parsed=parsed).disclosure_id)

    row = disclosure.figures.get(metric="sangong_total", origin="table")
    assert (row.value, row.budget_value, row.table_caption, row.row_label, row.column_label) == (
        Decimal("0"), Decimal("0.95"), "财政拨款“三公”经费支出决算表", "合计", "决算数")
    lines = sorted((line.level, line.code, line.value) for line in disclosure.function_lines.all())
    assert lines == [("类", "201", Decimal("1200.5")), ("类", "213", Decimal("1200.5")),
                     ("项", "2010101", Decimal("800.25"))]
    economic = disclosure.economic_lines.get()
    assert (economic.code, economic.name, economic.value, economic.page) == ("301", "工资福利支出", Decimal("2082.85"), 16)


def test_it_completes_a_document_once_a_reparse_finds_its_unit(media: Path, monkeypatch):
    parsed = department_result(unit=None, missing=["unit"])
    disclosure = Disclosure.objects.get(pk=disclosure_import_file(data=b"x", filename="a.txt", parsed=parsed).disclosure_id)
    assert disclosure.status == Disclosure.Status.INCOMPLETE

    monkeypatch.setattr("disclosures.parsing.parse_disclosures", lambda data, filename="": [department_result()])
    disclosure = disclosure_reparse(disclosure=disclosure)
    assert (disclosure.status, disclosure.missing) == (Disclosure.Status.OK, [])


def test_it_still_compares_a_document_whose_scope_alone_is_unknown(media: Path):
    parsed = department_result(scope=None, missing=["scope"])
    disclosure = Disclosure.objects.get(pk=disclosure_import_file(data=b"s", filename="a.txt", parsed=parsed).disclosure_id)

    assert (disclosure.status, disclosure.missing, disclosure.identified) == ("incomplete", ["scope"], True)
    assert list(disclosures_df()["disclosure_id"]) == [disclosure.pk]
