"""analysis.compare: years a document speaks for, restatements, one kind and one year by default, the per-staff
base, execution rates, reasons per metric and the 要点 (no database)."""
from decimal import Decimal


from comparisons import analysis
from tests.comparisons.frames import long_frame

D = Decimal


def _wide(*subjects):
    return analysis.widen(long_frame(*subjects))


def _office(key, name, year, figures, *, number, kind="预算", scope="部门", region=None):
    return {"key": key, "name": name, "year": year, "kind": kind, "scope": scope, "disclosure_id": number,
            "figures": figures, **({"region": region} if region else {})}


def test_it_fills_a_missing_year_from_the_next_documents_stated_change_and_marks_it():
    wide = _wide(_office("d1", "甲县办公室", 2024, {"sangong_total": ("43.8", "-15.5"),
                                                    "operating_costs": ("278.71", "80.6")}, number=1))
    history = analysis.compare(wide).history.set_index("year")
    assert history.loc[2023, "sangong_total"] == D("59.3") and history.loc[2023, "operating_costs"] == D("198.11")
    assert history.loc[2023, "derived"] == "是" and history.loc[2024, "derived"] == ""
    assert history.loc[2023, "sangong_total_origin"] == "from_change"
    assert history.loc[2023, "sangong_total_basis"] == "据2024年预算说明所列本年数和增减额推算"
    assert history.loc[2023, "sangong_total_disclosure_id"] == 1  # the document it was read from


def test_a_stated_prior_year_figure_comes_before_the_stated_change():
    wide = _wide(_office("d1", "甲县办公室", 2026, {"sangong_total": ("43.8", "-15.5")}, number=3))
    wide.loc[0, "prior:sangong_total"] = D("59.4")  # the 上年 column of the document's own table
    history = analysis.compare(wide).history.set_index("year")
    assert history.loc[2025, "sangong_total"] == D("59.4")
    assert history.loc[2025, "sangong_total_origin"] == "prior_year"
    assert history.loc[2025, "basis"] == "据2026年预算说明所列上年数"


def test_it_keeps_the_own_figure_and_flags_a_restatement_when_the_next_year_differs():
    wide = _wide(
        _office("d1", "甲县办公室", 2024, {"sangong_total": "115.4"}, number=1),
        _office("d1", "甲县办公室", 2025, {"sangong_total": ("100", "-20")}, number=2),
    )
    row = analysis.compare(wide, years=[2024]).frame.iloc[0]
    assert row["sangong_total"] == D("115.4") and row["sangong_total_restated"] == D("120")
    assert row["restatement"] == "“三公”经费合计本年文件为115.40，2025年预算说明所列本年数和增减额推算为120.00"
    assert "前后文件不一致" in row["notes"]


def test_it_compares_the_latest_year_all_units_share():
    wide = _wide(
        _office("d1", "甲县办公室", 2023, {"sangong_total": "10"}, number=1),
        _office("d1", "甲县办公室", 2024, {"sangong_total": "11"}, number=2),
        _office("d2", "乙县办公室", 2023, {"sangong_total": "12"}, number=3),
    )
    result = analysis.compare(wide)
    assert result.year == 2023 and result.frame["year"].tolist() == [2023, 2023]
    assert result.notices == [] and result.dropped == []


def test_without_a_shared_year_each_unit_keeps_its_latest_and_the_notice_says_which():
    wide = _wide(
        _office("d1", "甲县办公室", 2024, {"sangong_total": "11"}, number=2),
        _office("d2", "乙县办公室", 2022, {"sangong_total": "12"}, number=3),
    )
    result = analysis.compare(wide)
    assert result.year is None
    assert sorted(result.frame["year"].tolist()) == [2022, 2024]
    assert result.notices == ["所选单位没有共同年度，各取最近一年：甲县办公室 2024年、乙县办公室 2022年"]


def test_it_compares_budgets_with_budgets_and_names_a_unit_with_only_final_accounts():
    wide = _wide(
        _office("d1", "甲县办公室", 2024, {"sangong_total": "11"}, number=1),
        _office("d2", "乙县办公室", 2024, {"sangong_total": "9"}, number=2, kind="决算"),
        _office("d3", "丙县办公室", 2024, {"sangong_total": "8"}, number=3),
    )
    result = analysis.compare(wide, chosen={"d1": "甲", "d2": "乙", "d3": "丙", "d9": "丁县办公室"})
    assert result.kind == "预算" and set(result.frame["subject_key"]) == {"d1", "d3"}
    assert result.dropped == [
        {"subject_key": "d9", "subject_name": "丁县办公室", "reason": "没有可比较的数据"},
        {"subject_key": "d2", "subject_name": "乙县办公室", "reason": "没有预算数据（只有决算）"},
    ]
    assert "未列入比较：丁县办公室（没有可比较的数据）；乙县办公室（没有预算数据（只有决算））" in result.notices


def test_mixed_scopes_get_a_notice():
    wide = _wide(
        _office("d1", "甲县办公室", 2024, {"sangong_total": "11"}, number=1),
        _office("d2", "乙县办公室", 2024, {"sangong_total": "9"}, number=2, scope="单位"),
    )
    assert analysis.compare(wide).notices == [
        "口径不同，不宜直接比较（部门口径含下属单位，单位口径仅本级）：单位口径：乙县办公室；部门口径：甲县办公室"]


def test_per_staff_uses_one_base_and_names_the_units_without_it():
    wide = _wide(
        _office("d1", "甲县办公室", 2024, {"sangong_total": "100", "staff_authorized": "50",
                                           "staff_actual": "40"}, number=1),
        _office("d2", "乙县办公室", 2024, {"sangong_total": "60", "staff_actual": "30"}, number=2),
        _office("d3", "丙县办公室", 2024, {"sangong_total": "30", "staff_actual": "10"}, number=3),
    )
    automatic = analysis.compare(wide)
    assert automatic.base == "实有" and automatic.base_missing == []  # the base more units state
    chosen = analysis.compare(wide, base="编制")
    assert chosen.base_missing == [{"subject_key": "d2", "subject_name": "乙县办公室"},
                                   {"subject_key": "d3", "subject_name": "丙县办公室"}]
    assert "按编制数计算人均时，以下单位未披露编制数，未画出：乙县办公室、丙县办公室" in chosen.notices


def test_it_computes_execution_rates_from_the_budget_of_the_same_year():
    wide = _wide(
        _office("d1", "甲县办公室", 2024, {"sangong_total": "80", "reception": "20"}, number=1),
        _office("d1", "甲县办公室", 2024, {"sangong_total": "60", "reception": ("25", "1", "接待任务增加")},
                number=2, kind="决算"),
    )
    final = analysis.compare(wide, kind="决算").frame.iloc[0]
    assert final["sangong_total_budget"] == D("80") and final["sangong_total_execution"] == 75.0
    assert final["reception_execution"] == 125.0
    assert final["sangong_total_reason"] == "公务接待费：接待任务增加"  # the parts' reasons stand in for the total
    budget_row = analysis.compare(wide, kind="预算").frame.iloc[0]
    assert budget_row["sangong_total_execution"] is None and budget_row["sangong_total_execution_reason"] == ""


def test_a_budget_stated_beside_the_actual_comes_first():
    wide = _wide(_office("d1", "甲县办公室", 2024, {"sangong_total": "60"}, number=2, kind="决算"))
    wide.loc[0, "budget:sangong_total"] = D("50")
    row = analysis.compare(wide).frame.iloc[0]
    assert row["sangong_total_budget"] == D("50") and row["sangong_total_execution"] == 120.0


def test_the_summary_is_built_from_the_frame_with_each_number_linked():
    wide = _wide(
        _office("d1", "甲县办公室", 2024, {"sangong_total": ("100", "20", "会议增加"), "staff_authorized": "50"},
                number=1),
        _office("d2", "乙县办公室", 2024, {"sangong_total": ("40", "-5"), "staff_authorized": "10"}, number=2),
        _office("d3", "丙县办公室", 2024, {"sangong_total": "70", "staff_authorized": "35"}, number=3),
    )
    result = analysis.compare(wide)
    text = ["".join(part["text"] for part in sentence) for sentence in result.summary]
    assert text[0] == "3个单位中，“三公”经费合计最高的是甲县办公室，为100.00万元，最低的是乙县办公室，为40.00万元；中位数为70.00万元。"
    assert text[1] == "按编制数计算，人均“三公”经费合计最高的是乙县办公室，为4.00万元/人（40.00万元÷10人）。"
    assert text[2] == "甲县办公室“三公”经费合计比上年增加20.00万元（25.00%），文件所述原因：会议增加。"
    assert text[3] == "乙县办公室“三公”经费合计比上年减少5.00万元（11.11%），文件未说明原因。"
    linked = result.summary[0][1]
    assert linked["text"] == "100.00万元" and linked["disclosure_id"] == 1 and linked["page"] == 2
    assert linked["subject_key"] == "d1" and linked["metric"] == "sangong_total"


def test_execution_rates_are_charted_while_the_table_compares_budgets():
    from comparisons import charts

    wide = _wide(
        _office("d1", "甲县办公室", 2024, {"sangong_total": "80", "operating_costs": "200"}, number=1),
        _office("d1", "甲县办公室", 2024, {"sangong_total": "60", "operating_costs": "210"}, number=2, kind="决算"),
        _office("d2", "乙县办公室", 2024, {"sangong_total": "30"}, number=3),
    )
    result = analysis.compare(wide)
    assert result.kind == "预算" and result.frame["kind"].tolist() == ["预算", "预算"]
    assert result.execution["subject_key"].tolist() == ["d1"]
    spec = charts.execution_spec(result.execution)
    assert [(trace["name"], trace["y"]) for trace in spec["data"]] == [("“三公”经费合计", [75.0]),
                                                                       ("机关运行经费", [105.0])]
    assert "execution" in charts.comparison_charts(result)
