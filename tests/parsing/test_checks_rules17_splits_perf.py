"""Basic-expenditure splits and 绩效 figures fixed for the blind corpora 47 and 48 (issue 9): a 基本支出 split into
人员经费 and 公用经费 whose 人员经费 carries its own bracketed split (其中在职…、离退休…) is still read (IE-BP); funds
under 绩效目标 above the all-funds 项目支出 are an error when all income is the 一般公共预算拨款 (PR-PERF); the
部门整体支出绩效目标表's rows may print their unit in the label (TT-PERF, IE-BP); a one-column 基本支出表 by
政府预算支出经济分类 has its 合计 held to its 5xx classes (TB-TOTAL) and to the 基本支出 (TT-T2-T3).
Tables and sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks.projects import whole_department_performance_total
from disclosures.parsing.checks.splits import basic_split_adds_up
from disclosures.parsing.checks.table_lines import basic_table_government_classes
from disclosures.parsing.checks.tables import pr_perf_all_funds
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure

UNIT = "某县测试局"


def _result(figures: dict | None = None, table_figures: list[Figure] | None = None) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope="部门", figures=figures or {},
                            table_figures=table_figures or [])


def _view(*pages: str):
    return text_of(page_lines(list(pages)))


def _outcomes(checks) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in checks]


# --- IE-BP: 基本支出 = 人员经费 + 公用经费, the 人员经费 split again in brackets ---------------------------------------

def _basic_sentence(basic: str = "700.00", staff: str = "620.00", office: str = "80.00",
                    aside: str = "（其中在职人员经费600.00万元、离退休人员经费20.00万元）") -> str:
    return f"其中：基本支出{basic}万元，包括人员经费{staff}万元{aside}和公用经费{office}万元。项目支出300.00万元。"


def test_a_basic_split_with_the_staff_costs_split_in_brackets_adds_up() -> None:
    checks = list(basic_split_adds_up(_result(), _view(_basic_sentence())))
    assert _outcomes(checks) == [("IE-BP", "pass", "error")]


def test_a_basic_split_with_the_staff_costs_split_in_brackets_is_reported() -> None:
    checks = list(basic_split_adds_up(_result(), _view(_basic_sentence(basic="673.00"))))
    assert _outcomes(checks) == [("IE-BP", "fail", "error")]
    assert "673.00" in checks[0].message and "620.00" in checks[0].message and "80.00" in checks[0].message
    assert checks[0].page == 1


def test_a_basic_split_within_rounding_is_no_error() -> None:
    # a difference within the rounding envelope is noted (info), not reported
    assert _outcomes(basic_split_adds_up(_result(), _view(_basic_sentence(basic="700.01")))) == [("IE-BP", "fail", "info")]
    assert _outcomes(basic_split_adds_up(_result(), _view(_basic_sentence(basic="700.02")))) == [("IE-BP", "fail", "error")]


def test_an_amount_between_the_parts_that_is_no_bracketed_split_still_stops_the_rule() -> None:
    sentence = _basic_sentence(aside="，比上年增加20.00万元，")
    assert list(basic_split_adds_up(_result(), _view(sentence))) == []


# --- PR-PERF: 绩效 funds against the all-funds 项目支出 when every fund is 一般公共预算 ---------------------------------

def _fig(metric: str, value: str, scope: str = "全口径", source: str = "") -> Figure:
    return Figure(metric, Decimal(value), page=1, source=source or f"{metric}{value}万元", display_scale=2,
                  fund_scope=scope, origin="prose")


def _perf_figures(funds: str = "183.00", project: str = "163.00", general: str = "711.90",
                  total: str = "711.90", fund: str | None = None) -> dict:
    figures = {"performance_managed_funds": _fig("performance_managed_funds", funds, "一般公共预算财政拨款",
                                                 f"项目支出均实行了绩效目标管理，涉及一般公共预算当年财政拨款{funds}万元"),
               "project_expenditure": _fig("project_expenditure", project),
               "general_budget_appropriation": _fig("general_budget_appropriation", general),
               "expenditure_total": _fig("expenditure_total", total)}
    if fund is not None:
        figures["gov_fund_appropriation"] = _fig("gov_fund_appropriation", fund, "政府性基金")
    return figures


def test_perf_funds_above_the_projects_of_a_department_with_only_general_funds_are_an_error() -> None:
    checks = list(pr_perf_all_funds(_result(_perf_figures())))
    assert _outcomes(checks) == [("PR-PERF", "fail", "error")]
    assert "183.00" in checks[0].message and "163.00" in checks[0].message


def test_perf_funds_equal_to_the_projects_pass() -> None:
    assert _outcomes(pr_perf_all_funds(_result(_perf_figures(funds="163.00")))) == [("PR-PERF", "pass", "error")]


def test_perf_funds_of_a_department_with_other_funds_stay_a_warning() -> None:
    # other funds pay for projects too: the all-funds 项目支出 is no bound of the 一般公共预算 funds' own scope
    figures = _perf_figures(general="600.00", fund="111.90")
    assert _outcomes(pr_perf_all_funds(_result(figures))) == [("PR-PERF", "fail", "warning")]
    figures = _perf_figures(fund="10.00")
    assert _outcomes(pr_perf_all_funds(_result(figures))) == [("PR-PERF", "fail", "warning")]


# --- TT-PERF / IE-BP: the 部门整体支出绩效目标表 with its unit in the labels ------------------------------------------

def _perf_form(total: str = "1,830.40", basic: str = "1,210.40", project: str = "620.00") -> str:
    return "\n".join(["附表16 某县测试局2026年部门整体支出绩效目标表", "单位：万元", "部门名称 某县测试局",
                      f"部门支出预算数（万元） {total}", f"其中：基本支出 {basic}", f"项目支出 {project}",
                      "年度总体目标 完成年度各项工作"]) + "\n"


def _spending(value: str) -> dict:
    return {"expenditure_total": _fig("expenditure_total", value)}


def test_a_form_total_labelled_with_its_unit_is_read() -> None:
    found = _outcomes(whole_department_performance_total(_result(_spending("1830.40")), _view(_perf_form())))
    assert found == [("TT-PERF", "pass", "error"), ("IE-BP", "pass", "error")]


def test_a_form_total_labelled_with_its_unit_against_the_spending_and_its_split() -> None:
    checks = list(whole_department_performance_total(_result(_spending("1830.40")), _view(_perf_form(total="1,380.40"))))
    assert _outcomes(checks) == [("TT-PERF", "fail", "error"), ("IE-BP", "fail", "error")]
    assert "1380.40" in checks[0].message
    found = _outcomes(whole_department_performance_total(_result(_spending("1830.40")), _view(_perf_form(project="702.00"))))
    assert found == [("TT-PERF", "pass", "error"), ("IE-BP", "fail", "error")]


def test_a_form_split_within_rounding_is_no_error() -> None:
    found = _outcomes(whole_department_performance_total(_result(_spending("1830.40")), _view(_perf_form(project="620.01"))))
    assert found == [("TT-PERF", "pass", "error"), ("IE-BP", "fail", "info")]
    found = _outcomes(whole_department_performance_total(_result(_spending("1830.40")), _view(_perf_form(project="620.02"))))
    assert found == [("TT-PERF", "pass", "error"), ("IE-BP", "fail", "error")]


# --- TB-TOTAL / TT-T2-T3: a 基本支出表 by 政府预算支出经济分类 --------------------------------------------------------

def _gov_table(total: str = "629.89", first: str = "582.31", second: str = "47.58", extra: str = "") -> str:
    rows = ["2026年一般公共预算基本支出表（政府预算支出经济分类）", "编制部门：某县测试局 单位：万元", "科目编码 科目名称 基本支出",
            f"合计 {total}", f"501 机关工资福利支出 {first}", "50101 工资奖金津补贴 400.00",
            f"502 机关商品和服务支出 {second}", "50201 办公经费 40.00"]
    return "\n".join(rows + ([extra] if extra else [])) + "\n"


def _basic_cell(value: str = "629.89") -> Figure:
    return Figure("basic_expenditure", Decimal(value), page=3, source="", display_scale=2, fund_scope="一般公共预算财政拨款",
                  origin="table", table="2026年一般公共预算支出表", row="合计", column="基本支出")


def test_a_government_class_table_that_adds_up_passes() -> None:
    found = _outcomes(basic_table_government_classes(_result(table_figures=[_basic_cell()]), _view(_gov_table())))
    assert found == [("TB-TOTAL", "pass", "error"), ("TT-T2-T3", "pass", "error")]


def test_a_government_class_table_whose_total_was_not_updated_is_reported() -> None:
    checks = list(basic_table_government_classes(_result(table_figures=[_basic_cell()]), _view(_gov_table("588.02"))))
    assert _outcomes(checks) == [("TB-TOTAL", "fail", "error"), ("TT-T2-T3", "fail", "error")]
    assert all("588.02" in c.message for c in checks) and checks[0].page == 1


def test_a_government_class_table_within_rounding_is_no_error() -> None:
    found = _outcomes(basic_table_government_classes(_result(), _view(_gov_table("629.90"))))
    assert found == [("TB-TOTAL", "fail", "info")]
    found = _outcomes(basic_table_government_classes(_result(), _view(_gov_table("629.91"))))
    assert found == [("TB-TOTAL", "fail", "error")]


def test_a_government_class_table_it_cannot_read_whole_is_left_alone() -> None:
    # a second 合计 row, or a single class row, says nothing about the classes' sum
    assert list(basic_table_government_classes(_result(), _view(_gov_table(extra="合计 629.89")))) == []
    one_class = _gov_table().replace("502 机关商品和服务支出 47.58\n", "")
    assert list(basic_table_government_classes(_result(), _view(one_class))) == []
    # a table of another kind holds no 5xx rows to add
    other = _gov_table().replace("基本支出表", "项目支出表")
    assert list(basic_table_government_classes(_result(), _view(other))) == []
