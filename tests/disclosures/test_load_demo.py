"""load_demo: three counties and five disclosures on an empty database, once, without ../shared."""
from __future__ import annotations

import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from disclosures.models import Department, Disclosure, Figure, Region, SourceFile, Unit
from disclosures.services import DEMO_FILE, DEMO_GENRE

from .helpers import row_counts

pytestmark = pytest.mark.django_db


def load() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_it_loads_three_counties_and_five_disclosures():
    message = load()

    assert message.startswith("已加载演示数据：3 个地区、5 个公开文件")
    assert sorted(Region.objects.values_list("name", flat=True)) == ["垫江县", "大足区", "铜梁区"]
    assert Disclosure.objects.count() == 5
    assert SourceFile.objects.count() == 0
    dianjiang = Disclosure.objects.get(department__region__name="垫江县", year=2024, scope="部门")
    sangong = dianjiang.figures.get(metric="sangong_total", is_primary=True)
    assert (sangong.value, sangong.change, sangong.source_text) == (Decimal("115.4"), Decimal("23.7"), "")
    assert dianjiang.genre == DEMO_GENRE and dianjiang.warnings == ["演示数据：数字取自公开文件，原文请导入原件"]
    assert dianjiang.figures.get(metric="outbound_travel").change == Decimal("-2.5")
    assert len(dianjiang.member_units) == 6
    assert dianjiang.headcounts.get(unit_name="垫江县公共资源交易中心").contracted == 3
    assert dianjiang.function_lines.get(name="一般公共服务支出").value == Decimal("4118.09")


def test_it_places_the_units_as_the_importer_would():
    load()
    unit_disclosure = Disclosure.objects.get(scope="单位", department__region__name="垫江县")
    assert (unit_disclosure.department.name, unit_disclosure.unit.name) == (
        "垫江县人民政府办公室", "垫江县人民政府电子政务中心")
    tongliang = Disclosure.objects.get(department__region__name="铜梁区")
    assert tongliang.unit.is_principal and tongliang.unit.name == "重庆市铜梁区人民政府办公室"
    assert Department.objects.get(name="垫江县人民政府办公室").units.count() == 10  # 1 principal + 5 members in 2024 + 4 new in 2026
    assert Unit.objects.filter(name="垫江县人民政府电子政务中心").count() == 1
    assert set(Department.objects.values_list("department_type__name", flat=True)) == {"人民政府办公室"}


def test_it_records_not_applicable_operating_costs_not_zero():
    load()
    figure = Figure.objects.get(disclosure__title_name="垫江县人民政府电子政务中心", metric="operating_costs")
    assert figure.not_applicable is True and figure.value is None


def test_it_does_nothing_the_second_time():
    load()
    before = row_counts()
    assert load() == "数据库中已有 5 个公开文件，未加载演示数据\n"
    assert row_counts() == before


def test_the_demo_file_carries_facts_but_no_sentences():
    entries = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    assert [e["seed"][:3] for e in entries] == ["000", "001", "002", "003", "004"]
    strings = []

    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            strings.append(node)

    walk(entries)
    assert max(len(s) for s in strings) < 30
