"""analysis.comparison: one row per subject-year, derived columns, notes, rank and the peer signal (no database)."""
from decimal import Decimal

import pytest

from comparisons import analysis
from tests.comparisons.frames import long_frame, three_offices


@pytest.fixture
def frame():
    return analysis.comparison(three_offices()).set_index("subject_key")


def test_it_keeps_stated_figures_exact(frame):
    assert frame.loc["d1", "sangong_total"] == Decimal("115.4")
    assert [frame.loc["d1", k] for k in ("outbound_travel", "reception", "vehicle_operation", "vehicle_purchase")] \
        == [Decimal("2.5"), Decimal("26.9"), Decimal("86"), Decimal("0")]
    assert frame["operating_costs"].tolist() == [Decimal("400.04"), Decimal("311.79"),
                                                 Decimal("157.21")]
    assert frame.loc["d1", "staff_actual"] == 98 and isinstance(frame.loc["d1", "staff_actual"], int)


def test_it_ranks_by_sangong_total_highest_first(frame):
    assert frame["rank"].to_dict() == {"d1": 1, "d3": 2, "d2": 3}


def test_it_divides_by_actual_or_authorized_staff_separately(frame):
    assert frame.loc["d1", "sangong_per_actual"] == pytest.approx(115.4 / 98, abs=1e-4)
    assert frame.loc["d1", "sangong_per_authorized"] is None
    assert frame.loc["d1", "sangong_per_authorized_reason"] == "未披露编制数"
    assert frame.loc["d2", "sangong_per_actual"] is None
    assert frame.loc["d2", "sangong_per_actual_reason"] == "未披露实有人数"
    assert frame.loc["d2", "sangong_per_authorized"] == pytest.approx(14.9 / 29, abs=1e-4)
    assert frame.loc["d3", "operating_per_authorized"] == pytest.approx(311.79 / 55, abs=1e-4)
    assert frame.loc["d3", "vehicle_operation_per_vehicle"] == pytest.approx(57 / 7, abs=1e-4)
    assert frame.loc["d1", "sangong_share"] == pytest.approx(115.4 / 4683.35 * 100, abs=1e-4)


def test_it_computes_change_against_the_prior_year(frame):
    assert frame.loc["d1", "sangong_total_change"] == Decimal("23.7")
    assert frame.loc["d1", "sangong_total_change_pct"] == pytest.approx(23.7 / 91.7 * 100, abs=0.01)
    assert frame.loc["d3", "operating_costs_change_pct"] == pytest.approx(0.37 / 311.42 * 100, abs=0.01)


def test_it_writes_comparability_notes(frame):
    assert frame.loc["d1", "notes"] == "部门口径（含6个单位）；未披露编制数"
    assert "单位口径" in frame.loc["d2", "notes"] and "未披露实有人数" in frame.loc["d2", "notes"]
    assert "未见2024年预算，采用2023年" in frame.loc["d3", "notes"]


def test_it_says_not_applicable_is_not_zero():
    long_df = long_frame({"key": "u9", "name": "垫江县人民政府电子政务中心", "year": 2024, "scope": "单位", "figures": {
        "sangong_total": "0.9", "staff_actual": "22", "staff_authorized": "29",
        "operating_costs": {"value": None, "not_applicable": True, "note": "事业单位，不在统计范围"},
    }})
    row = analysis.comparison(long_df).iloc[0]
    assert row["operating_costs"] is None
    assert "机关运行经费：事业单位不适用（不是0）" in row["notes"]
    assert row["operating_per_actual_reason"] == "机关运行经费不适用"


def test_it_keeps_the_latest_year_by_default_and_several_years_on_request():
    long_df = long_frame(
        {"key": "d1", "name": "甲县办公室", "year": 2023, "figures": {"sangong_total": "91.7"}, "disclosure_id": 1},
        {"key": "d1", "name": "甲县办公室", "year": 2024, "figures": {"sangong_total": "115.4"}, "disclosure_id": 2},
        {"key": "d2", "name": "乙县办公室", "year": 2024, "figures": {"sangong_total": "14.9"}, "disclosure_id": 3},
    )
    latest = analysis.comparison(long_df)
    assert sorted(zip(latest["subject_key"], latest["year"])) == [("d1", 2024), ("d2", 2024)]
    both = analysis.comparison(long_df, years=[2023, 2024])
    assert len(both) == 3
    d2 = both[both["subject_key"] == "d2"].iloc[0]
    assert "缺2023年预算" in d2["notes"]
    assert both[both["year"] == 2023]["rank"].tolist() == [1]


def test_it_flags_a_unit_far_from_its_peers_median_as_a_signal():
    totals = ["10", "11", "12", "13", "12.5", "95"]
    long_df = long_frame(*[
        {"key": f"d{i}", "name": f"{i}县财政局", "year": 2024, "department_type": "财政局",
         "figures": {"sangong_total": t}, "disclosure_id": i}
        for i, t in enumerate(totals, start=1)
    ])
    frame = analysis.comparison(long_df).set_index("subject_key")
    assert frame.loc["d6", "peer_signal"] == "“三公”经费合计明显高于同类单位中位数，差异较大，建议核实"
    assert (frame.drop("d6")["peer_signal"] == "").all()


def test_it_gives_no_signal_with_too_few_peers(frame):
    assert (frame["peer_signal"] == "").all()


def test_records_are_json_ready(frame):
    rows = analysis.records(analysis.comparison(three_offices()))
    first = rows[0]
    assert first["sangong_total"] == "115.4" and first["vehicle_operation"] == "86"
    assert first["staff_actual"] == "98" and first["staff_authorized"] is None
