"""figures_df: the long frame, its subjects and its query count."""
from decimal import Decimal

import pytest
from django.db import connection

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


def _tricky_figures():
    """Figures whose stored values test the SQLite aggregate read: whole and fractional amounts, a REAL that needs
    17 digits (read to 15 either way), negatives, blanks, text with commas, quotes and line breaks, a 上年 figure from a table and one from
    prose, a corrected flag."""
    from disclosures.models import Figure

    first = factories.make_disclosure(figures={
        "sangong_total": ("115.4", "-23.7", "因会议减少，压减'接待'"),
        "reception": {"value": "0.000001", "note": "含,逗号\n换行"},
        "vehicle_operation": "50",
        "operating_costs": {"value": None, "not_applicable": True, "note": "事业单位"},
    })
    factories.make_disclosure(region="大足区", department="重庆市大足区人民政府办公室", year=2023,
                              figures={"sangong_total": "0.30000000000000004", "staff_authorized": "12"})
    Figure.objects.create(disclosure=first, metric="sangong_total", period="上年", origin="table", value="139",
                          page=2, source_text="表中上年数")
    Figure.objects.create(disclosure=first, metric="sangong_total", period="上年", origin="prose", value="139.1",
                          page=3, source_text="上年的说法")
    Figure.objects.filter(disclosure=first, metric="vehicle_operation").update(corrected=True,
                                                                              budget_value="48.25")


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the column-wise aggregate read is SQLite's own; other "
                    "databases read row by row (and PostgreSQL rounds the stored decimals this test keeps)")
def test_it_reads_the_same_columns_through_the_sqlite_aggregate_as_row_by_row():
    from disclosures.models import Figure

    _tricky_figures()
    fields = ["disclosure_id", "metric", "value", "change", "not_applicable", "reason", "note", "id", "page",
              "period", "origin", "budget_value", "corrected", "source_text"]
    figures = Figure.objects.order_by()
    fast = selectors._figure_columns(figures, fields, aggregate=True)
    slow = selectors._figure_columns(figures, fields, aggregate=False)
    assert sorted(fast) == sorted(slow) == sorted([*fields, *(f"exact:{name}" for name in selectors.AMOUNT_FIELDS)])
    for name in fast:  # same values of the same types (repr tells 50 from 50.0); flags may be 0/1 or bool
        plain = (lambda v: repr(bool(v))) if name in ("not_applicable", "corrected") else repr
        assert [plain(v) for v in fast[name]] == [plain(v) for v in slow[name]], name
    assert slow["not_applicable"].tolist().count(True) == 1
    value_of = dict(zip(zip(slow["metric"], slow["period"], slow["origin"]), slow["value"]))
    assert value_of[("vehicle_operation", "本年", "prose")] == 50
    assert value_of[("sangong_total", "上年", "prose")] == 139.1


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the column-wise aggregate read is SQLite's own; other "
                    "databases read row by row (and PostgreSQL rounds the stored decimals this test keeps)")
def test_it_builds_the_same_wide_frame_through_either_read(monkeypatch):
    _tricky_figures()
    read = selectors._figure_columns
    metrics = ["sangong_total", "reception", "vehicle_operation", "operating_costs", "staff_authorized"]
    fast = selectors.wide_figures_df(metrics=metrics, provenance=True)
    monkeypatch.setattr(selectors, "_figure_columns", lambda figures, fields: read(figures, fields, aggregate=False))
    slow = selectors.wide_figures_df(metrics=metrics, provenance=True)
    assert list(fast.columns) == list(slow.columns)
    for name in fast.columns:
        assert [repr(v) for v in fast[name]] == [repr(v) for v in slow[name]], name
    row = fast.set_index("region").loc["垫江县"]
    assert row["value:sangong_total"] == Decimal("115.4") and row["change:sangong_total"] == Decimal("-23.7")
    assert row["prior:sangong_total"] == Decimal("139.1") and row["prior_page:sangong_total"] == 3
    assert row["value:reception"] == Decimal("0.000001") and row["value:operating_costs"] is None
    assert row["na:operating_costs"] and row["budget:vehicle_operation"] == Decimal("48.25")
    other = fast.set_index("region").loc["大足区"]
    # a REAL is read to 15 significant digits, as Django's own SQLite converter reads it
    assert other["value:sangong_total"] == Decimal("0.3")
