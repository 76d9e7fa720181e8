"""Rules of the f59 fixes: a 三公 item's change read past the clauses that count or price what it buys; TB-ROW on a
two-sided 收入支出总表 taking its 支出 合计, not an income row; member units' amounts in the words without a 合计 of
their own against the 部门's total; a 决算 vs 预算 comparison opening the sentence after the completion rate; the
绩效 funds said of every project as the 项目支出 printed again (§0.2 rule 5); numbered titles under a 附表目录
heading as a listing. Pages and figures written for these tests (made-up units and amounts).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosures
from disclosures.parsing.checks.figures import ie_bp, pr_perf
from disclosures.parsing.checks.presence import cp_tables
from disclosures.parsing.checks.statements import comparison_after_rate
from disclosures.parsing.checks.text import listed_tables, text_of
from disclosures.parsing.checks.wholes import member_units_without_total
from disclosures.parsing.clauses import find_change
from disclosures.parsing.text import normalize, page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure

D = Decimal


def _result(kind: str = "预算", figures: dict | None = None, table_figures: list | None = None) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2025, kind=kind, scope="部门", figures=figures or {},
                            table_figures=table_figures or [])


def _run(rule, result: ParsedDisclosure, *pages: str) -> list:
    return list(rule(result, text_of(page_lines(list(pages)))))


def _failed(rule, result: ParsedDisclosure, *pages: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in _run(rule, result, *pages) if c.outcome == "fail"]


def _parsed(text: str) -> ParsedDisclosure:
    (parsed,) = parse_disclosures(text.encode("utf-8"), filename="statement.txt")
    return parsed


# --- a change after the clauses that count or price what the item buys ------------------------------------------

def _change(phrase: str) -> Decimal | None:
    text = normalize(phrase)
    found = find_change(text, text.index("万元") + 2, len(text), unit="万元", year=2025)
    return None if found is None else found.value


@pytest.mark.parametrize("phrase, value", [
    ("公务用车运行维护费30.10万元，用于9辆车辆的油料、保险和维修，比2024年增加1.20万元。", "1.20"),
    ("公务接待费4.00万元，预计接待15批次、90人次，比上年减少0.60万元。", "-0.60"),
    ("公务用车购置费18.00万元，拟更新执法用车1辆，单价18.00万元，较上年减少2.50万元。", "-2.50"),
])
def test_a_change_naming_last_year_is_read_past_counts_and_prices(phrase: str, value: str) -> None:
    assert _change(phrase) == D(value)


def test_the_change_right_after_the_figure_is_read_as_before() -> None:
    assert _change("公务接待费4.00万元，比上年减少0.60万元，接待15批次。") == D("-0.60")


def test_another_amount_between_figure_and_change_still_stops_the_reading() -> None:
    # a second amount that is no price: the change may be that amount's
    assert _change("公务接待费4.00万元，其中外事接待1.50万元，比上年减少0.60万元。") is None


def test_a_change_naming_no_year_is_not_read_past_a_count() -> None:
    assert _change("公务接待费4.00万元，预计接待15批次、90人次，主要用于业务交流等方面开支，减少0.60万元。") is None


SANGONG = ("四、“三公”经费预算情况说明\n2025年“三公”经费预算34.10万元，比2024年减少2.10万元。"
           "其中：因公出国（境）费0万元，与2024年持平。公务用车购置费0万元，与2024年持平。"
           "公务用车运行维护费30.10万元，用于9辆车辆的油料、保险和维修，比2024年{vehicle}。"
           "公务接待费4.00万元，预计接待15批次、90人次，比2024年减少0.60万元。\n")


def test_the_item_changes_reach_the_sangong_figures() -> None:
    parsed = _parsed("某县测试局2025年部门预算公开说明\n" + SANGONG.format(vehicle="减少1.50万元"))
    assert parsed.figures["vehicle_operation"].change == D("-1.50")
    assert parsed.figures["reception"].change == D("-0.60")
    assert not [c for c in parsed.checks if c.rule == "SG-CHG" and c.outcome == "fail"]


def test_a_flipped_direction_word_then_breaks_the_sum_of_changes() -> None:
    parsed = _parsed("某县测试局2025年部门预算公开说明\n" + SANGONG.format(vehicle="增加1.50万元"))
    failed = [c for c in parsed.checks if c.rule == "SG-CHG" and c.outcome == "fail"]
    assert [c.severity for c in failed] == ["error"] and "1.50" in failed[0].message


# --- TB-ROW on a 收入支出总表: the whole is its 支出 合计 ----------------------------------------------------------

def _cell(metric: str, value: str, table: str, exp_scope: str = "total") -> Figure:
    return Figure(metric, D(value), page=3, origin="table", table=table, display_scale=2, exp_scope=exp_scope)


def _split(table: str, whole: tuple[str, str] | None, income: str | None, basic: str, project: str) -> list[Figure]:
    cells = []
    if income is not None:
        cells.append(_cell("income_total", income, table))
    cells.append(_cell("general_budget_appropriation", "480.00", table))
    if whole is not None:
        cells.append(_cell(whole[0], whole[1], table))
    return cells + [_cell("basic_expenditure", basic, table, "基本"), _cell("project_expenditure", project, table, "项目")]


def _table_rows(kind: str, cells: list[Figure]) -> list[tuple[str, str]]:
    return [(c.outcome, c.message) for c in ie_bp(_result(kind, table_figures=cells)) if c.rule == "TB-ROW"]


def test_a_two_sided_total_table_takes_its_spending_total_not_an_income_row() -> None:
    cells = _split("某县测试局2025年收入支出决算总表", ("expenditure_total", "530.00"), "520.00", "350.00", "180.00")
    assert [o for o, _ in _table_rows("决算", cells)] == ["pass"]


def test_a_two_sided_table_whose_spending_total_is_off_still_fails() -> None:
    cells = _split("某县测试局2025年收入支出决算总表", ("expenditure_total", "500.00"), "520.00", "350.00", "180.00")
    found = _table_rows("预算", cells)
    assert [o for o, _ in found] == ["fail"] and "500.00" in found[0][1]


def test_an_income_row_without_the_spending_total_is_no_whole() -> None:
    cells = _split("某县测试局2025年收入支出决算总表", None, "520.00", "350.00", "180.00")
    assert _table_rows("决算", cells) == []


def test_a_one_sided_appropriation_table_keeps_its_total_row_as_the_whole() -> None:
    cells = _split("某县测试局2025年一般公共预算财政拨款支出表", None, None, "300.00", "190.00")
    found = _table_rows("预算", cells)
    assert [o for o, _ in found] == ["fail"] and "480.00" in found[0][1]


# --- member units in the words, no 合计 of their own --------------------------------------------------------------

MEMBERS = ("一、部门概况\n纳入本部门预算编制范围的{counted}，包括局机关、东城中队、西城中队。\n"
           "二、收支预算总体情况\n2025年部门支出预算合计{total}万元，其中基本支出300.00万元，项目支出150.00万元。\n"
           "分单位看：{units}。\n")
UNITS = "局机关250.00万元；东城中队120.00万元；西城中队80.00万元"


def _members(total: str = "450.00", units: str = UNITS, counted: str = "单位共3个", side: str = "expenditure_total"):
    result = _result(figures={side: Figure(side, D(total), page=1, display_scale=2, fund_scope="全口径")})
    return _run(member_units_without_total, result, MEMBERS.format(counted=counted, total=total, units=units))


def test_every_counted_unit_adding_up_to_the_total_passes() -> None:
    assert [(c.rule, c.outcome) for c in _members()] == [("IE-EXP-SUM", "pass")]


def test_every_counted_unit_falling_short_of_the_total_is_an_error() -> None:
    found = [c for c in _members(total="459.00") if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in found] == [("IE-EXP-SUM", "error")]
    assert "459.00" in found[0].message and "450.00" in found[0].message


def test_a_gap_within_the_rounding_envelope_is_no_error() -> None:
    assert [c.severity for c in _members(total="450.01") if c.outcome == "fail"] == ["info"]


@pytest.mark.parametrize("counted, units", [
    ("单位共4个", UNITS),  # the list leaves a counted unit out
    ("下属单位共3个", UNITS),  # the count is of the members without the 机关
    ("单位共3个", "局机关250.00万元；东城中队120.00万元，比上年增加5.00万元；西城中队80.00万元"),  # another amount
    ("单位共3个", UNITS + "，合计450.00万元"),  # closed by its own 合计: member_units_in_words' list
])
def test_lists_that_need_not_be_the_whole_department_are_not_checked(counted: str, units: str) -> None:
    assert _members(total="459.00", counted=counted, units=units) == []


def test_the_pieces_own_side_word_names_the_total_they_divide() -> None:
    units = "局机关收入预算250.00万元；东城中队收入预算120.00万元；西城中队收入预算80.00万元"
    assert _members(total="450.00", units=units) == []  # no 收入 total known: nothing to compare
    found = _members(total="450.00", units=units, side="income_total")
    assert [(c.rule, c.outcome) for c in found] == [("IE-INC-SUM", "pass")]


# --- a 决算 vs 预算 comparison opening the next sentence ------------------------------------------------------------

RATE = ("三、一般公共预算财政拨款支出决算情况\n2025年一般公共预算财政拨款支出决算{actual}万元，年初预算为{budget}万元，"
        "决算完成年初预算的{pct}%。{said}，主要是年中追加了办案经费。\n")


def _rated(actual: str, budget: str, pct: str, said: str) -> list[tuple[str, str, str]]:
    page = RATE.format(actual=actual, budget=budget, pct=pct, said=said)
    return [(c.rule, c.outcome, c.severity) for c in _run(comparison_after_rate, _result("决算"), page)]


def test_a_comparison_opening_the_next_sentence_against_the_figures_is_an_error() -> None:
    assert _rated("520.00", "500.00", "104.00", "决算数低于预算数") == [("PR-DIR", "fail", "error")]


def test_a_comparison_opening_the_next_sentence_that_agrees_passes() -> None:
    assert _rated("520.00", "500.00", "104.00", "决算数高于预算数") == [("PR-DIR", "pass", "error")]


def test_a_next_sentence_with_a_subject_of_its_own_is_not_read() -> None:
    assert _rated("520.00", "500.00", "104.00", "其中项目支出决算数低于预算数") == []


def test_a_wrong_rate_leaves_the_comparison_to_the_rate_check() -> None:
    assert _rated("520.00", "500.00", "96.15", "决算数低于预算数") == []


# --- the 绩效 funds said of every project: the 项目支出 printed again ----------------------------------------------

def _perf(funds: str, project: str, source: str) -> list[tuple[str, str]]:
    figures = {
        "performance_managed_funds": Figure("performance_managed_funds", D(funds), page=2, source=source,
                                            display_scale=len(funds.split(".")[1]) if "." in funds else 0,
                                            fund_scope="一般公共预算财政拨款", exp_scope="项目"),
        "project_expenditure": Figure("project_expenditure", D(project), page=1, source=f"项目支出{project}万元",
                                      display_scale=len(project.split(".")[1]) if "." in project else 0,
                                      fund_scope="一般公共预算财政拨款", exp_scope="项目"),
    }
    return [(c.outcome, c.severity) for c in pr_perf(_result(figures=figures))]


ALL = "实行绩效目标管理的项目涉及一般公共预算财政拨款{funds}万元，覆盖全部项目支出"


def test_funds_of_every_project_a_cent_apart_at_the_same_step_are_a_warning() -> None:
    assert _perf("210.34", "210.35", ALL.format(funds="210.34")) == [("fail", "warning")]


def test_funds_of_every_project_equal_to_it_pass() -> None:
    assert _perf("210.35", "210.35", ALL.format(funds="210.35")) == [("pass", "error")]


def test_a_coarser_printing_within_its_rounding_stays_a_hint() -> None:
    assert _perf("210.3", "210.34", ALL.format(funds="210.3")) in ([("pass", "error")], [("fail", "info")])


def test_funds_not_said_of_every_project_are_only_bounded() -> None:
    assert _perf("210.34", "210.35", "实行绩效目标管理的项目涉及一般公共预算财政拨款210.34万元") == [("pass", "error")]


def test_the_closing_clause_of_the_perf_sentence_is_kept_in_its_source() -> None:
    parsed = _parsed("某县测试局2025年部门预算公开说明\n五、其他重要事项的情况说明\n"
                     "（三）绩效目标。2025年实行绩效目标管理的项目涉及一般公共预算财政拨款210.34万元，覆盖全部项目支出。\n")
    assert parsed.figures["performance_managed_funds"].source.endswith("覆盖全部项目支出")


# --- numbered titles under a 附表目录 heading ------------------------------------------------------------------------

BODY = "一、部门概况\n某县测试局主要职责是：负责全县测试工作。\n附表目录\n1. 某县测试局2025年部门收支总表\n{second}\n"
TABLES = ("某县测试局2025年部门收支总表\n单位：万元\n收入项目 预算数 支出项目 预算数\n"
          "一般公共预算拨款 450.00 一般公共服务支出 450.00\n收入总计 450.00 支出总计 450.00\n"
          "某县测试局2025年一般公共预算支出表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n"
          "合计 450.00 300.00 150.00\n201 一般公共服务支出 450.00 300.00 150.00\n")


def _listing(second: str) -> list[tuple[str, str, str]]:
    return _failed(cp_tables, _result(), BODY.format(second=second), TABLES)


def test_a_numbered_entry_whose_table_is_absent_is_a_warning() -> None:
    found = _listing("2. 某县测试局2025年政府采购预算明细表")
    assert [(rule, severity) for rule, severity, _ in found] == [("CP-TABLES", "warning")]
    assert "政府采购预算明细表" in found[0][2]


def test_numbered_entries_whose_tables_are_all_present_pass() -> None:
    view = text_of(page_lines([BODY.format(second="2. 某县测试局2025年一般公共预算支出表"), TABLES]))
    assert len(listed_tables(view, _result())) == 2
    assert _listing("2. 某县测试局2025年一般公共预算支出表") == []


def test_numbered_lines_that_are_no_table_titles_are_no_listing() -> None:
    view = text_of(page_lines([BODY.format(second="2. 本部门2025年无其他说明事项"), TABLES]))
    assert listed_tables(view, _result()) == []
