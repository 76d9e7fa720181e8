"""figures_df: the long frame, its subjects and its query count."""
from decimal import Decimal

import pytest

from comparisons import selectors
from tests import factories

pytestmark = pytest.mark.django_db


def test_it_returns_one_row_per_primary_figure_with_exact_decimals():
    offices = factories.make_three_offices()
    frame = selectors.figures_df(department_ids=[offices["垫江县"].department_id])
    assert list(frame.columns) == selectors.LONG_COLUMNS
    assert len(frame) == len(factories.DIANJIANG_2024)
    row = frame.set_index("metric").loc["sangong_total"]
    assert row["value"] == Decimal("115.4") and isinstance(row["value"], Decimal)
    assert row["change"] == Decimal("23.7")
    assert row["subject_key"] == f"d{offices['垫江县'].department_id}"
    assert row["member_count"] == 6
    assert row["sha256"] == offices["垫江县"].sources.get().sha256
    assert row["source_file"].endswith(".pdf")


def test_it_lets_a_principal_unit_disclosure_stand_in_for_its_department():
    offices = factories.make_three_offices()
    tongliang = offices["铜梁区"]
    frame = selectors.figures_df(department_ids=[tongliang.department_id], metrics=["sangong_total"])
    assert frame["subject_key"].tolist() == [f"d{tongliang.department_id}"]
    assert frame["scope"].tolist() == ["单位"]
    assert frame["value"].tolist() == [Decimal("14.9")]


def test_it_keeps_a_principal_unit_apart_when_the_department_also_published():
    factories.make_disclosure(figures={"sangong_total": "115.4"})
    own = factories.make_disclosure(scope="单位", unit="垫江县人民政府办公室（本级）", principal=True,
                                    figures={"sangong_total": "80"})
    departments = selectors.figures_df(department_ids=[own.department_id])
    assert departments["value"].tolist() == [Decimal("115.4")]
    units = selectors.figures_df(unit_ids=[own.unit_id])
    assert units["subject_key"].tolist() == [f"u{own.unit_id}"]
    assert units["value"].tolist() == [Decimal("80")]


def test_it_keeps_the_latest_year_per_subject():
    factories.make_disclosure(year=2023, figures={"sangong_total": "91.7"})
    factories.make_disclosure(year=2024, figures={"sangong_total": "115.4"})
    factories.make_disclosure(region="大足区", department="重庆市大足区人民政府办公室", year=2023,
                              figures={"sangong_total": "66.3"})
    frame = selectors.figures_df(latest=True, metrics=["sangong_total"])
    assert sorted(zip(frame["year"], frame["value"])) == [(2023, Decimal("66.3")), (2024, Decimal("115.4"))]


def test_it_keeps_departments_only_when_asked():
    factories.make_three_offices()
    factories.make_disclosure(scope="单位", unit="垫江县人民政府电子政务中心", figures={"sangong_total": "0.9"})
    assert len(selectors.figures_df(metrics=["sangong_total"])) == 4
    assert len(selectors.figures_df(metrics=["sangong_total"], departments_only=True)) == 3


def test_it_uses_a_constant_number_of_queries(django_assert_num_queries):
    for i in range(30):
        factories.make_disclosure(region=f"县{i}", department=f"县{i}人民政府办公室",
                                  figures={"sangong_total": "1", "operating_costs": "2"})
    with django_assert_num_queries(3):
        frame = selectors.figures_df(latest=True)
    assert len(frame) == 60
