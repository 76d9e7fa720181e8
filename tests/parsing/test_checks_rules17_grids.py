"""Table grids other than the summary tables, read as printed (issue 9, the grids family of the single-figure
corruptions and of checks_heldout44-46): a 决算 function table whose 完成率 column is named on a line above the code
header (never summed as an amount; each row's rate held to 决算数 / 调整预算数, PR-RATE); a 基本支出 table printed
人员经费 | 公用经费 side by side (TB-HIER, TB-T3); the TT-T2-T3 subtotals of a table in 元 quoted in 元; a blank part
confirmed 0 by its column's sum (TB-ROW, CHECKS.md §0.3); the 合计 row of a 合计 | 基本支出 | 项目支出 table (TB-ROW);
a 政府采购 table whose 合计 row does not add up across its funds (PR-PROC-SUM). Tables written for these tests
(made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks import rows
from disclosures.parsing.checks.figures import tt_t2_t3
from disclosures.parsing.checks.table_lines import basic_table_two_sides, pr_proc_sum_table
from disclosures.parsing.checks.table_sums import coded_table_columns
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.total_lines import tb_total_row_spending
from disclosures.parsing.document import load_document
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Check, EconomicLine, Figure, ParsedDisclosure


def _result(kind: str = "决算") -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2024, kind=kind, scope="部门", figures={})


def _run(rule, page: str, kind: str = "决算") -> list[Check]:
    return list(rule(_result(kind), text_of(page_lines([page]))))


def _failed(rule, page: str, kind: str = "决算") -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in _run(rule, page, kind) if c.outcome == "fail"]


# ---- 完成率 column of a 决算 function table ------------------------------------------------------------------------

def _rates(rate_row: str = "2130122 农业生产发展 310.00 363.00 347.15 95.63", total_rate: str = "96.32") -> str:
    return ("附表3 一般公共预算财政拨款支出决算表\n单位：万元\n项目\n年初预算数 调整预算数 决算数 完成率（%）\n"
            "科目编码 科目名称\n"
            "208 社会保障和就业支出 68.13 68.13 68.13 100.00\n20805 行政事业单位养老支出 68.13 68.13 68.13 100.00\n"
            "2080505 机关事业单位基本养老保险缴费支出 68.13 68.13 68.13 100.00\n"
            "213 农林水支出 310.00 363.00 347.15 95.63\n21301 农业农村 310.00 363.00 347.15 95.63\n"
            f"{rate_row}\n合计 378.13 431.13 415.28 {total_rate}\n")


def test_a_rate_column_named_above_the_code_header_is_not_summed_and_its_rates_pass() -> None:
    checks = _run(coded_table_columns, _rates())
    assert not any(c.rule in ("TB-TOTAL", "TB-HIER") for c in checks)
    assert [(c.rule, c.outcome) for c in checks] == [("PR-RATE", "pass")]


def test_a_rate_that_is_not_actual_over_adjusted_budget_is_an_error_naming_the_row() -> None:
    failed = _failed(coded_table_columns, _rates("2130122 农业生产发展 310.00 363.00 347.15 59.63"))
    assert [(r, s) for r, s, _ in failed] == [("PR-RATE", "error")]
    assert "2130122农业生产发展" in failed[0][2] and "95.63%" in failed[0][2] and "59.63%" in failed[0][2]


def test_a_rate_within_its_printed_half_step_passes_and_one_a_point_off_is_a_warning() -> None:
    # 415.28 / 431.13 = 96.3236…%: 96.32 rounds it; 96.33 is within the half-steps of the three printed cells
    assert _failed(coded_table_columns, _rates(total_rate="96.32")) == []
    assert _failed(coded_table_columns, _rates(total_rate="96.33")) == []
    assert [(r, s) for r, s, _ in _failed(coded_table_columns, _rates(total_rate="97.00"))] == [("PR-RATE", "warning")]


def test_a_rate_against_the_first_budget_is_accepted() -> None:
    # 347.15 / 310.00 = 111.98%: the rate of the 年初预算数, not of the adjusted one
    assert _failed(coded_table_columns, _rates("2130122 农业生产发展 310.00 363.00 347.15 111.98")) == []


def test_without_a_rate_column_the_columns_are_summed_as_before() -> None:
    page = _rates().replace(" 完成率（%）", "").replace(" 100.00\n", "\n").replace(" 95.63\n", "\n").replace(" 96.32\n", "\n")
    page = page.replace("合计 378.13", "合计 387.13")
    checks = _run(coded_table_columns, page)
    assert ("TB-TOTAL", "fail") in [(c.rule, c.outcome) for c in checks]
    assert not any(c.rule == "PR-RATE" for c in checks)


# ---- 基本支出 table printed 人员经费 | 公用经费 side by side -------------------------------------------------------

def _sides(wages: str = "240.00", personnel: str = "256.00", caption: str = "附表4 一般公共预算财政拨款基本支出决算表") -> str:
    return (f"{caption}\n单位：万元\n人员经费 公用经费\n科目编码 科目名称 决算数 科目编码 科目名称 决算数\n"
            f"301 工资福利支出 {wages} 302 商品和服务支出 26.00\n30101 基本工资 100.00 30201 办公费 6.00\n"
            "30102 津贴补贴 140.00 30211 差旅费 20.00\n303 对个人和家庭的补助 16.00 310 资本性支出 1.50\n"
            "30302 退休费 16.00 31002 办公设备购置 1.50\n"
            f"人员经费合计 {personnel} 公用经费合计 27.50\n")


def test_a_two_sided_basic_table_that_adds_up_passes() -> None:
    checks = _run(basic_table_two_sides, _sides())
    assert [(c.rule, c.outcome) for c in checks if c.rule == "TB-T3"] == [("TB-T3", "pass"), ("TB-T3", "pass")]
    assert not [c for c in checks if c.outcome == "fail"]


def test_a_class_row_off_its_kuan_is_tb_hier_and_its_side_is_summed_by_the_kuan() -> None:
    failed = _failed(basic_table_two_sides, _sides(wages="204.00"))
    assert [(r, s) for r, s, _ in failed] == [("TB-HIER", "error")]
    assert "204.00" in failed[0][2] and "100.00+140.00=240.00" in failed[0][2]


def test_a_side_total_off_its_classes_is_tb_t3() -> None:
    failed = _failed(basic_table_two_sides, _sides(personnel="265.00"))
    assert [(r, s) for r, s, _ in failed] == [("TB-T3", "error")]
    assert "人员经费合计265.00" in failed[0][2]


def test_a_side_total_off_by_a_half_step_is_within_the_tolerance() -> None:
    assert [(r, s) for r, s, _ in _failed(basic_table_two_sides, _sides(personnel="256.01"))] == [("TB-T3", "info")]


def test_a_table_of_one_side_a_line_or_of_projects_is_not_this_layout() -> None:
    assert _run(basic_table_two_sides, _sides(caption="附表4 项目支出决算表")) == []
    one_side = _sides().replace(" 302 商品和服务支出 26.00", "")
    assert _run(basic_table_two_sides, one_side.replace("30101 基本工资 100.00 30201 办公费 6.00",
                                                      "30101 基本工资 100.00")).__len__() in (0, 2)


# ---- TT-T2-T3: a 基本支出 table in 元 quoted in 元 -------------------------------------------------------------------

def test_the_basic_subtotals_of_a_table_in_yuan_are_quoted_as_printed() -> None:
    result = _result()
    result.economic_lines = [EconomicLine("人员经费", Decimal("256.0421"), page=7, table="基本支出决算表"),
                             EconomicLine("公用经费", Decimal("27.6346"), page=7, table="基本支出决算表")]
    result.table_figures = [
        Figure("basic_expenditure", Decimal("286.0367"), page=6, source_unit="元", origin="table", fund_scope="一般公共预算财政拨款",
               table="一般公共预算财政拨款支出决算表", exp_scope="基本"),
        Figure("operating_costs", Decimal("27.6346"), page=7, source_unit="元", origin="table", table="基本支出决算表")]
    [check] = list(tt_t2_t3(result))
    assert (check.outcome, check.severity) == ("fail", "error")
    assert "2,560,421" in check.message and "276,346" in check.message
    result.economic_lines[0].value = Decimal("258.4021")
    assert [c.outcome for c in tt_t2_t3(result)] == ["pass"]


# ---- TB-ROW: a blank part confirmed 0 by its column ---------------------------------------------------------------

_HEAD = ["某县测试局2025年部门预算", "三、部门支出总表          单位：万元", "科目编码  科目名称  合计  基本支出  项目支出"]


def _grid_rows(*lines: str) -> list[tuple[str, str, str]]:
    text = "\n".join(_HEAD + list(lines)) + "\n"
    document = load_document(text.encode(), filename="t.txt")
    view = text_of(document.lines, document)
    return [(c.rule, c.outcome, c.message) for c in rows.tb_row_grid(_result("预算"), view)]


WATER = ["213  农林水支出  1,396.70  554.10  842.60", "21303  水利  1,396.70  554.10  842.60",
         "2130301  行政运行  554.10  554.10  -", "2130306  水利工程运行与维护  842.60  -  842.60",
         "合计    1,396.70  554.10  842.60"]


def test_rows_with_dashes_that_add_up_pass() -> None:
    assert [(r, o) for r, o, _ in _grid_rows(*WATER)] == [("TB-ROW", "pass")]


def test_a_part_beside_a_blank_its_column_confirms_as_zero_is_a_row_error() -> None:
    lines = list(WATER)
    lines[3] = "2130306  水利工程运行与维护  842.60  -  824.60"
    failed = [m for r, o, m in _grid_rows(*lines) if r == "TB-ROW" and o == "fail"]
    assert len(failed) == 1 and "842.60" in failed[0] and "824.60" in failed[0] and "确认为0" in failed[0]


def test_a_blank_its_column_does_not_confirm_leaves_the_row_alone() -> None:
    # 21303's 基本支出 564.10 leaves 10.00 for the dash of 2130306: its 842.60 = 10.00 + 832.60 may hold
    lines = ["213  农林水支出  1,396.70  564.10  832.60", "21303  水利  1,396.70  564.10  832.60",
             "2130301  行政运行  554.10  554.10  -", "2130306  水利工程运行与维护  842.60  -  832.60",
             "合计    1,396.70  564.10  832.60"]
    assert not any(r == "TB-ROW" and o == "fail" for r, o, _ in _grid_rows(*lines))


# ---- TB-ROW: the 合计 row of a 合计 | 基本支出 | 项目支出 table -----------------------------------------------------

def _spending(total: str = "合计 12,040.00 1,168.20 10,871.80") -> str:
    return ("三、部门支出总表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n"
            "212 城乡社区支出 10,067.00 10,067.00\n220 自然资源海洋气象等支出 1,973.00 1,168.20 804.80\n"
            f"{total}\n")


def test_a_total_row_that_adds_up_passes() -> None:
    assert [(c.rule, c.outcome) for c in _run(tb_total_row_spending, _spending())] == [("TB-ROW", "pass")]


def test_a_total_row_whose_project_cell_is_off_is_an_error() -> None:
    failed = _failed(tb_total_row_spending, _spending("合计 12,040.00 1,168.20 10,781.80"))
    assert [(r, s) for r, s, _ in failed] == [("TB-ROW", "error")]
    assert "10,781.80" in failed[0][2] or "10781.80" in failed[0][2]


def test_a_total_row_off_by_a_cent_is_within_the_tolerance_and_other_headers_are_not_read() -> None:
    assert [(r, s) for r, s, _ in _failed(tb_total_row_spending, _spending("合计 12,040.01 1,168.20 10,871.80"))] \
        == [("TB-ROW", "info")]
    assert _run(tb_total_row_spending, _spending().replace("合计 基本支出 项目支出", "合计 人员经费 公用经费")) == []


# ---- PR-PROC-SUM: a 政府采购 table's 合计 row across its funds -----------------------------------------------------

def _procurement(total: str = "合计 59.90 59.90 0.00") -> str:
    return ("附表9 政府采购预算表\n单位：万元\n采购项目 采购类别 总计 一般公共预算拨款 其他资金\n"
            f"{total}\n货物类小计 货物 23.40 23.40 0.00\n工程类小计 工程 0.00 0.00 0.00\n"
            "服务类小计 服务 36.50 36.50 0.00\n抽检服务 服务 36.50 36.50 0.00\n")


def test_a_procurement_table_with_kind_subtotals_that_adds_up_passes() -> None:
    checks = _run(pr_proc_sum_table, _procurement(), kind="预算")
    assert [(c.rule, c.outcome) for c in checks] == [("PR-PROC-SUM", "pass")]


def test_a_procurement_total_that_fits_neither_its_kinds_nor_its_funds_is_two_errors() -> None:
    failed = _failed(pr_proc_sum_table, _procurement("合计 89.90 59.90 0.00"), kind="预算")
    assert [(r, s) for r, s, _ in failed] == [("PR-PROC-SUM", "error"), ("PR-PROC-SUM", "error")]
    assert all("89.90" in m for _, _, m in failed)


def test_a_procurement_total_within_a_half_step_and_a_table_with_a_qizhong_column() -> None:
    assert _failed(pr_proc_sum_table, _procurement("合计 59.90 59.90 0.00"), kind="预算") == []
    page = _procurement("合计 89.90 59.90 0.00").replace("其他资金\n", "其中：中小企业\n")
    assert [r for r, _s, m in _failed(pr_proc_sum_table, page, kind="预算") if "资金来源" in m] == []


# ---- TB-ROW: a coded table that prints last year and the change beside this year ------------------------------------

def _changes(row: str = "2120803 城市建设支出 1,500.00 0.00 1,500.00 1,769.09 -269.09") -> str:
    return ("三、部门支出总表\n单位：万元\n科目编码 科目名称 本年合计 基本支出 项目支出 上年预算数 增减额\n"
            "212 城乡社区支出 1,500.00 0.00 1,500.00 1,769.09 -269.09\n"
            "21208 国有土地使用权出让收入安排的支出 1,500.00 0.00 1,500.00 1,769.09 -269.09\n"
            f"{row}\n210 卫生健康支出 65.40 65.40 0.00 64.09 1.31\n21011 行政事业单位医疗 65.40 65.40 0.00 64.09 1.31\n"
            "合计 1,565.40 65.40 1,500.00 1,833.18 -267.78\n")


def test_a_change_column_that_is_this_year_less_last_year_passes() -> None:
    assert [c for c in _run(coded_table_columns, _changes(), kind="预算") if c.outcome == "fail"] == []


def test_a_change_that_is_not_this_year_less_last_year_is_a_row_error() -> None:
    failed = _failed(coded_table_columns, _changes("2120803 城市建设支出 1,500.00 0.00 1,500.00 1,769.09 -262.09"), kind="预算")
    rows_out = [m for r, s, m in failed if r == "TB-ROW" and s == "error"]
    assert len(rows_out) == 1 and "-262.09" in rows_out[0] and "2120803城市建设支出" in rows_out[0]


def test_a_change_a_cent_off_is_within_the_tolerance() -> None:
    failed = _failed(coded_table_columns, _changes("2120803 城市建设支出 1,500.00 0.00 1,500.00 1,769.09 -269.08"), kind="预算")
    assert [s for r, s, _ in failed if r == "TB-ROW"] == ["info"]


def test_negative_cells_under_unnamed_columns_leave_the_table_unread() -> None:
    page = _changes().replace("本年合计 基本支出 项目支出 上年预算数 增减额", "")
    assert _run(coded_table_columns, page, kind="预算") == []
