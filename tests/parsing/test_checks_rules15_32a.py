"""Rules fixed for the thirty-second blind corpus of the check engine (issue 9, checks_heldout32), false alarms first:
an income list whose 本年收入 is broken down in place (包括…) is no list of separate sources (IE-INC-SUM); the funds
under 绩效目标 are the appropriation the sentence names after 其中, and a bare “涉及资金” amount is bounded by the
all-funds 项目支出 where other funds pay for projects too (PR-PERF); a table counted in 辆/台/套 is filled by its
whole-number cells (TB-EMPTY). Sentences and figures are made up for these tests."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from disclosures.parsing.checks.presence import tb_empty
from disclosures.parsing.checks.tables import pr_perf_all_funds
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wording import ie_inc_sum, income_parts
from disclosures.parsing.prose import _performance_funds
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "决算", year: int = 2025, figures: dict | None = None, cells: list | None = None) -> ParsedDisclosure:
    result = ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures=figures or {})
    result.table_figures = list(cells or [])
    return result


def _failed(rule, *pages: str, kind: str = "决算") -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in rule(_result(kind), text_of(page_lines(list(pages))))
            if c.outcome == "fail"]


# --- IE-INC-SUM: 收入总计X，其中本年收入A，包括B，C；年初结转D ---------------------------------------------------

NESTED = ("2025年度收入总计1,406.30万元，其中本年收入1,380.50万元，包括一般公共预算拨款1,200.00万元，"
          "政府性基金预算拨款150.00万元，事业收入及其他收入30.50万元；年初结转和结余25.80万元。")


def test_a_breakdown_of_the_years_income_in_place_is_not_summed_with_it() -> None:
    assert income_parts(NESTED.split("其中")[1]) == []
    assert _failed(ie_inc_sum, NESTED) == []


@pytest.mark.parametrize("opener", ["包括", "包含", "含", "其中："])
def test_every_word_that_opens_a_breakdown_in_place_is_read(opener: str) -> None:
    sentence = NESTED.replace("包括", opener)
    assert _failed(ie_inc_sum, sentence) == []


def test_a_flat_list_of_sources_is_still_summed_and_its_excess_reported() -> None:
    sentence = "2025年度收入总计1,406.30万元，其中一般公共预算拨款1,300.00万元，事业收入及其他收入130.50万元，年初结转和结余25.80万元。"
    found = _failed(ie_inc_sum, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("IE-INC-SUM", "error")]
    assert "1406.30" in found[0][2] and "1456.30" in found[0][2]


def test_a_flat_list_that_adds_up_passes_across_a_line_break() -> None:
    checks = list(ie_inc_sum(_result(), text_of(page_lines([
        "2025年度收入总计1,406.30万元，其中一般公共预算拨款1,250.00万元，\n事业收入及其他收入130.50万元，年初结转和结余25.80万元。"]))))
    assert [(c.rule, c.outcome) for c in checks] == [("IE-INC-SUM", "pass")]


# --- PR-PERF: the appropriation named after 其中; a bare 涉及资金 amount -----------------------------------------

@pytest.mark.parametrize("tail,expected", [
    ("涉及资金212.00万元，其中一般公共预算财政拨款187.50万元。", "187.50"),
    ("涉及资金212.00万元, 其中：财政拨款187.50万元。", "187.50"),
    ("涉及资金212.00万元，其中当年财政拨款为 187.50 万元。", "187.50"),
    ("涉及资金212.00万元。", "212.00"),
    ("涉及资金212.00万元，其中重点项目3个。", "212.00"),
])
def test_the_funds_under_performance_targets_are_the_appropriation_named_after_qizhong(tail: str, expected: str) -> None:
    found = _performance_funds("（四）绩效目标：5个项目均实行绩效目标管理，" + tail)
    assert found is not None and found.group("num").replace(" ", "") == expected


def _cell(value: str, scope: str, table: str) -> Figure:
    return Figure("project_expenditure", Decimal(value), page=9, source=f"{table} · 合计 · 项目支出", fund_scope=scope,
                  exp_scope="项目", origin="table", table=table, row="合计", column="项目支出")


def _perf(source: str, funds: str, whole: str = "305.40", general: str = "131.40") -> list[tuple[str, str, str]]:
    figures = {
        "performance_managed_funds": Figure("performance_managed_funds", Decimal(funds), page=4, source=source,
                                            fund_scope="一般公共预算财政拨款", exp_scope="项目"),
        "project_expenditure": Figure("project_expenditure", Decimal(whole), page=3, source=f"项目支出{whole}万元",
                                      fund_scope="全口径", exp_scope="项目"),
    }
    cells = [_cell(general, "一般公共预算财政拨款", "表5一般公共预算财政拨款支出决算表")]
    return [(c.rule, c.outcome, c.severity) for c in pr_perf_all_funds(_result(figures=figures, cells=cells))]


def test_a_bare_funds_amount_is_bounded_by_the_all_funds_project_spending_when_other_funds_pay_for_projects() -> None:
    assert _perf("3个重点项目编制了绩效目标，涉及资金281.40万元", "281.40") == [("PR-PERF", "pass", "warning")]
    # at the edge: equal to the all-funds 项目支出 still fits; one cent more does not
    assert _perf("3个重点项目编制了绩效目标，涉及资金305.40万元", "305.40") == [("PR-PERF", "pass", "warning")]
    assert _perf("3个重点项目编制了绩效目标，涉及资金305.50万元", "305.50") == [("PR-PERF", "fail", "warning")]


def test_funds_named_as_an_appropriation_are_still_bounded_by_the_general_budget_project_spending() -> None:
    source = "3个重点项目编制了绩效目标，涉及一般公共预算财政拨款281.40万元"
    assert _perf(source, "281.40") == [("PR-PERF", "fail", "error")]


def test_a_bare_funds_amount_where_only_the_general_budget_pays_for_projects_is_bounded_by_it() -> None:
    assert _perf("涉及资金140.00万元", "140.00", whole="131.40") == [("PR-PERF", "fail", "error")]


# --- TB-EMPTY: a table counted in 辆、台（套） -------------------------------------------------------------------

@dataclass
class Line:
    text: str
    page: int = 1
    tabular: bool = True


def _empty(rows: list[str], unit: str = "单位：辆、台（套）、万元") -> list[tuple[str, str, str]]:
    lines = [Line("表13 国有资产占用情况表", tabular=False), Line(unit), Line("资产类别 数量 原值")]
    lines += [Line(row) for row in rows]
    return [(c.rule, c.outcome, c.severity) for c in tb_empty(_result(), text_of(lines))]


@pytest.mark.parametrize("rows", [
    ["一般公务用车 2", "车辆合计 2"],
    ["执法执勤用车  3", "特种专业技术用车 1", "車輛合計 4"],
    ["一般公务用车2"],
])
def test_a_table_counted_in_vehicles_is_filled_by_its_whole_numbers(rows: list[str]) -> None:
    assert _empty(rows) == []


def test_a_table_counted_in_vehicles_with_no_number_is_still_empty() -> None:
    assert _empty(["一般公务用车", "车辆合计"]) == [("TB-EMPTY", "fail", "warning")]


def test_whole_numbers_fill_no_table_kept_in_wan_yuan() -> None:
    assert _empty(["一般公务用车 2", "车辆合计 2"], unit="单位：万元") == [("TB-EMPTY", "fail", "warning")]


# --- TB-TOTAL / TB-ROW: an income table with a “其中：一般公共预算” column ----------------------------------------

from disclosures.parsing.checks.total_lines import _amount_columns, tb_total_class_lines  # noqa: E402

INCOME_HEAD = ["表2 收入决算表", "单位：万元", "科目编码 科目名称 合计 财政拨款 其中：一般公共预算 事业收入"]
INCOME_ROWS = ["208 社会保障和就业支出 210.40 210.40 210.40 0.00",
               "20805 行政事业单位养老支出 210.40 210.40 210.40 0.00",
               "213 农林水支出 1,630.25 1,594.25 1,594.25 36.00",
               "21303 水利 1,630.25 1,594.25 1,594.25 36.00",
               "221 住房保障支出 96.35 96.35 96.35 0.00"]


def _income(total: str, rows: list[str] = INCOME_ROWS, head: list[str] = INCOME_HEAD) -> list[tuple[str, str, str, str]]:
    view = text_of(page_lines(["\n".join(head + [total] + rows)]))
    return [(c.rule, c.outcome, c.severity, c.message) for c in tb_total_class_lines(_result(), view)]


def test_the_header_names_the_amount_columns_and_the_qizhong_one() -> None:
    assert _amount_columns(["科目编码 科目名称 合计 财政拨款 其中：一般公共预算 事业收入"]) == \
        ["合计", "财政拨款", "其中：一般公共预算", "事业收入"]
    assert _amount_columns(["科目编码 科目名称 合计 财政拨款 其中：某某专项 事业收入"]) == []


def test_an_income_table_that_adds_up_in_every_column_reports_only_its_total_column() -> None:
    found = _income("合计 1,937.00 1,901.00 1,901.00 36.00")
    assert [(r, o, s) for r, o, s, _ in found] == [("TB-TOTAL", "pass", "error")]
    assert "1937.00" in found[0][3]


def test_a_wrong_total_in_the_first_column_is_read_past_the_qizhong_column() -> None:
    found = _income("合计 1,973.00 1,901.00 1,901.00 36.00")
    # one finding: the other columns and the 合计 row's own sum are not reported again beside it
    assert [(r, o, s) for r, o, s, _ in found] == [("TB-TOTAL", "fail", "error")]
    assert "1973.00" in found[0][3] and "1937.00" in found[0][3] and "差36.00" in found[0][3]


def test_a_column_total_left_behind_its_rows_is_reported_with_the_row_that_no_longer_adds_up() -> None:
    found = _income("合计 1,937.00 1,901.00 1,901.00 32.00")
    assert [(r, o, s) for r, o, s, _ in found] == [("TB-TOTAL", "pass", "error"), ("TB-TOTAL", "fail", "error"),
                                                    ("TB-ROW", "fail", "error")]
    assert "事业收入列" in found[1][3] and "32.00" in found[1][3] and "差4.00" in found[1][3]
    assert "1901.00+32.00=1933.00" in found[2][3]


def test_a_cent_off_in_a_column_is_rounding() -> None:
    found = _income("合计 1,937.00 1,901.00 1,901.00 36.00".replace("36.00", "36.01"))
    assert ("TB-TOTAL", "fail", "error") not in [(r, o, s) for r, o, s, _ in found[1:]]


def test_a_header_it_cannot_name_leaves_the_other_columns_unread() -> None:
    head = INCOME_HEAD[:2] + ["科目编码 科目名称 合计 财政拨款 其中：某某专项 事业收入"]
    found = _income("合计 1,937.00 1,901.00 1,901.00 32.00", head=head)
    assert [(r, o, s) for r, o, s, _ in found] == []


# --- TT-PERF: a 绩效目标 form's “其中：财政拨款” beside its total -------------------------------------------------

from disclosures.parsing.checks.table_lines import tt_perf_form_part  # noqa: E402


def _form(line: str) -> list[tuple[str, str, str, str]]:
    view = text_of(page_lines(["\n".join(["表11 部门整体支出绩效目标表", "单位：万元", "项目 内容", line,
                                          "年度目标 完成全年各项任务"])]))
    return [(c.rule, c.outcome, c.severity, c.message) for c in tt_perf_form_part(_result("预算"), view)]


@pytest.mark.parametrize("line", [
    "预算支出总额 2,514.60 其中：财政拨款 2,645.10",
    "预算支出总额（万元） 2,514.60  其中: 财政拨款  2,645.10",
    "年度资金总额 2,514.60万元，其中一般公共预算财政拨款2,645.10万元",
])
def test_an_appropriation_above_the_forms_total_is_an_error(line: str) -> None:
    found = _form(line)
    assert [(r, o, s) for r, o, s, _ in found] == [("TT-PERF", "fail", "error")]
    assert "2645.10" in found[0][3] and "2514.60" in found[0][3]


@pytest.mark.parametrize("line,outcome", [
    ("预算支出总额 2,645.10 其中：财政拨款 2,514.60", "pass"),
    ("预算支出总额 2,645.10 其中：财政拨款 2,645.10", "pass"),
])
def test_an_appropriation_within_the_total_passes(line: str, outcome: str) -> None:
    assert [(r, o, s) for r, o, s, _ in _form(line)] == [("TT-PERF", outcome, "error")]


def test_a_cent_above_the_total_is_rounding_and_a_dime_is_not() -> None:
    assert [(o, s) for _, o, s, _ in _form("预算支出总额 2,645.10 其中：财政拨款 2,645.11")] == [("fail", "info")]
    assert [(o, s) for _, o, s, _ in _form("预算支出总额 2,645.10 其中：财政拨款 2,645.20")] == [("fail", "error")]


def test_a_pair_of_other_amounts_is_not_read() -> None:
    assert _form("基本支出 2,514.60 其中：人员经费 2,645.10") == []
