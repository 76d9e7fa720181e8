"""Readings fixed for the twenty-ninth blind corpus of the check engine (issue 9, checks_heldout29): a 决算's 三公
table that prints last year's 决算数, this year's 年初预算数 and this year's 决算数 as rows is read from its 决算数
row; "与…合计相同" says two figures of the year are equal, not that one is unchanged; a prose 收入总计 (with the
年初结转和结余) is held only to a table's 总计, never to its 本年收入合计. Tables and sentences made up for these tests
(invented units and figures)."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from disclosures.parsing.checks.figures import sg_pt
from disclosures.parsing.checks.table_lines import summary_spending_classes
from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.checks.statements import amount_in_yuan_printed_in_wan, execution_rate
from disclosures.parsing.checks.tables import pt_map
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.clauses import find_change
from disclosures.parsing.tables import TableResult, read_sangong_grid
from disclosures.parsing.text import normalize, page_lines, to_simplified
from disclosures.parsing.types import Figure, ParsedDisclosure

HEADER = ["项目", "合计", "因公出国(境)费", "公务用车购置及运行维护费小计", "其中:公务用车购置费", "其中:公务用车运行维护费",
          "公务接待费"]


def _year_rows(budget_label: str) -> list[list[str | None]]:
    return [HEADER,
            ["2023年决算数", "12.40", "0.00", "8.10", "0.00", "8.10", "4.30"],
            [budget_label, "16.20", "", "", "", "", ""],
            ["2024年决算数", "11.75", "0.00", "7.45", "0.00", "7.45", "4.30"]]


def _read(grid, year: int = 2024) -> dict[tuple[str, str], tuple]:
    figures = read_sangong_grid(grid, year=year, page=9, title="一般公共预算财政拨款“三公”经费支出决算表 单位：万元",
                                result=TableResult())
    return {(f.period, f.metric): (f.value, f.budget) for f in figures}


# --- a 决算 三公 table: 上年决算数 / 本年年初预算数 / 本年决算数 rows ---------------------------------------------

@pytest.mark.parametrize("budget_label", ["2024年年初预算数", "2024年预算数", "2024年度调整预算数"])
def test_it_reads_this_years_actual_row_and_keeps_the_budget_row_beside_it(budget_label: str) -> None:
    got = _read(_year_rows(budget_label))
    assert got[("本年", "sangong_total")] == (D("11.75"), D("16.20"))
    assert got[("本年", "vehicle_operation")][0] == D("7.45")
    assert got[("本年", "reception")][0] == D("4.30")
    assert got[("上年", "sangong_total")] == (D("12.40"), None)


def test_the_prose_actual_agrees_with_the_tables_actual_row_not_its_budget_row() -> None:
    cells = read_sangong_grid(_year_rows("2024年年初预算数"), year=2024, page=9, title="“三公”经费支出决算表 单位：万元",
                              result=TableResult())
    prose = Figure("sangong_total", D("11.75"), page=4, source="“三公”经费年初预算16.20万元，实际支出11.75万元",
                   display_scale=2, budget=D("16.20"))
    result = ParsedDisclosure(unit="某县测试中心", year=2024, kind="决算", scope="单位", figures={"sangong_total": prose},
                              table_figures=cells)
    checks = [c for c in sg_pt(result) if "合计" in c.name]
    assert [(c.rule, c.outcome) for c in checks] == [("SG-PT", "pass")]
    # the tolerance edge: 0.01 off the printed 决算数 is a finding
    result.figures["sangong_total"] = Figure("sangong_total", D("11.76"), page=4, display_scale=2)
    failed = [c for c in sg_pt(result) if "合计" in c.name and c.outcome == "fail"]
    assert len(failed) == 1 and "11.76" in failed[0].message and "11.75" in failed[0].message


def test_a_budget_table_with_last_years_actual_still_reads_this_years_budget_row() -> None:
    grid = [HEADER,
            ["2023年决算数", "12.40", "0.00", "8.10", "0.00", "8.10", "4.30"],
            ["2024年预算数", "16.20", "0.00", "10.00", "0.00", "10.00", "6.20"]]
    got = _read(grid)
    assert got[("本年", "sangong_total")] == (D("16.20"), None)
    assert got[("上年", "sangong_total")] == (D("12.40"), None)


# --- "与…合计相同": equal to another figure of the year, no change ----------------------------------------------

@pytest.mark.parametrize("phrase", [
    "公务用车运行维护费7.45万元，与购置及运行维护费合计相同，主要用于车辆燃油。",
    "公务用车运行维护费7.45万元,与公务用车购置及运行维护费小计一致。",
    "公務用車運行維護費7.45萬元，與購置及運行維護費合計相同。",
])
def test_equal_to_a_total_of_the_same_year_is_no_change(phrase: str) -> None:
    text = normalize(to_simplified(phrase)[0])  # as the prose reader sees it
    assert find_change(text, text.index("元") + 1, len(text), unit="万元", year=2024) is None


@pytest.mark.parametrize("phrase", ["公务用车运行维护费7.45万元，与上年相同。", "公务用车运行维护费7.45万元，与2023年相同。",
                                    "公务用车运行维护费7.45万元，与上年合计相同。"])
def test_the_same_as_last_year_is_still_no_change_at_all(phrase: str) -> None:
    text = normalize(phrase)
    found = find_change(text, text.index("元") + 1, len(text), unit="万元", year=2024)
    assert found is not None and found.value == 0


# --- PT-MAP: 收入总计 against 本年收入合计 ---------------------------------------------------------------------

def _income(sentence: str, value: str, table_total: str) -> ParsedDisclosure:
    prose = Figure("income_total", D(value), page=3, source=sentence, display_scale=2, fund_scope="全口径")
    cell = Figure("income_total", D(table_total), page=5, origin="table", fund_scope="全口径", display_scale=2,
                  table="表一收入支出决算总表", row="本年收入合计", column="决算数",
                  source="表一收入支出决算总表 · 本年收入合计 · 决算数")
    return ParsedDisclosure(unit="某县测试局", year=2024, kind="决算", scope="部门", figures={"income_total": prose},
                            table_figures=[cell])


@pytest.mark.parametrize("sentence", ["2024年度收入总计812.30万元，支出总计812.30万元。其中本年收入801.90万元",
                                      "2024年度收入总计 812.30 万元，其中本年收入801.90万元"])
def test_a_grand_total_with_the_carry_over_is_not_held_to_this_years_income(sentence: str) -> None:
    assert list(pt_map(_income(sentence, "812.30", "801.90"))) == []


def test_this_years_income_is_still_held_to_the_tables_income_total() -> None:
    checks = list(pt_map(_income("2024年度本年收入合计812.30万元", "812.30", "801.90")))
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("PT-MAP", "fail", "error")]
    assert "812.30" in checks[0].message and "801.90" in checks[0].message
    # rounding allowed by the prose's decimals: 801.9 against 801.90 passes
    passed = list(pt_map(_income("2024年度本年收入合计801.9万元", "801.9", "801.90")))
    assert [(c.rule, c.outcome) for c in passed] == [("PT-MAP", "pass")]


# --- FM-UNIT-10K: an amount in 元 whose digits a table's group total row prints in 万元 ----------------------------

_BASIC_TABLE = ("表六 一般公共预算财政拨款基本支出决算表\n单位：万元\n经济科目编码 经济科目名称 决算数\n"
                "人员经费合计 310.20\n301 工资福利支出 310.20\n公用经费合计 45.60\n302 商品和服务支出 45.60\n")


def _unit_checks(sentence: str) -> list[tuple[str, str, str]]:
    view = text_of(page_lines([sentence, _BASIC_TABLE]))
    result = ParsedDisclosure(unit="某县测试站", year=2024, kind="决算", scope="单位", figures={})
    return [(c.rule, c.severity, c.message) for c in amount_in_yuan_printed_in_wan(result, view) if c.outcome == "fail"]


@pytest.mark.parametrize("sentence", ["人员经费310.20万元、公用经费45.60元，合计即基本支出355.80万元。",
                                      "人员经费310.20万元，公用经费 45.60元，两项合计355.80万元。"])
def test_it_reports_an_amount_in_yuan_that_a_group_total_row_prints_in_wan(sentence: str) -> None:
    found = _unit_checks(sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("FM-UNIT-10K", "error")]
    assert "公用经费45.60元" in found[0][2] and "45.60万元" in found[0][2]


@pytest.mark.parametrize("sentence", ["人员经费310.20万元、公用经费45.60万元，合计即基本支出355.80万元。",
                                      "人员经费310.20万元、公用经费45.61元，合计即基本支出355.81万元。"])
def test_it_says_nothing_when_the_unit_is_right_or_the_digits_differ(sentence: str) -> None:
    assert _unit_checks(sentence) == []


# --- IE-EXP-SUM on the spending side of a 决算's 收入支出总表 --------------------------------------------------------

def _summary_table(farm: str, total: str = "1,214.30", nature: str = "") -> str:
    return ("表一 收入支出决算总表\n单位：万元\n收入项目 决算数 支出项目 决算数\n"
            f"一、一般公共预算财政拨款收入 1,200.00 农林水支出 {farm}\n"
            "二、政府性基金预算财政拨款收入 0.00 社会保障和就业支出 62.10\n"
            f"三、其他收入 14.30 {nature}\n"
            f"本年收入合计 1,214.30 本年支出合计 {total}\n"
            "年初结转和结余 5.00 年末结转和结余 5.00\n总计 1,219.30 总计 1,219.30\n")


def _spending(table: str) -> list[tuple[str, str, str]]:
    view = text_of(page_lines(["部门决算情况说明正文。", table]))
    result = ParsedDisclosure(unit="某县测试局", year=2024, kind="决算", scope="部门", figures={})
    return [(c.rule, c.outcome, c.severity) for c in summary_spending_classes(result, view)], \
        [c.message for c in summary_spending_classes(result, view)]


def test_it_reports_a_spending_class_that_does_not_add_up_to_this_years_total() -> None:
    checks, messages = _spending(_summary_table("1,161.20"))
    assert checks == [("IE-EXP-SUM", "fail", "error")]
    assert "1214.30" in messages[0] and "1161.20+62.10=1223.30" in messages[0]


@pytest.mark.parametrize("farm", ["1,152.20", "1, 152.20"])
def test_it_passes_classes_that_add_up_whatever_the_spacing(farm: str) -> None:
    assert _spending(_summary_table(farm))[0] == [("IE-EXP-SUM", "pass", "error")]


def test_the_tolerance_edge_is_half_a_cent_per_printed_amount() -> None:
    # 0.01 off is within the envelope of three two-decimal amounts (0.015): only a note; 0.02 off is an error
    assert _spending(_summary_table("1,152.21"))[0] == [("IE-EXP-SUM", "fail", "info")]
    assert _spending(_summary_table("1,152.22"))[0] == [("IE-EXP-SUM", "fail", "error")]


def test_it_leaves_alone_a_table_whose_spending_side_is_not_one_label_and_one_amount() -> None:
    # classes beside 基本支出: two classifications of the same money
    assert _spending(_summary_table("1,152.20", nature="基本支出 900.00"))[0] == []
    # a 其中 row
    assert _spending(_summary_table("1,152.20", nature="其中：行政运行支出 800.00"))[0] == []


# --- PR-REPEAT: every fund's 财政拨款收入 printed in the 收入 part and again in the 财政拨款 part -------------------

def _repeats(page: str) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县测试局", year=2024, kind="决算", scope="部门", figures={})
    return [(c.rule, c.outcome, c.severity, c.message) for c in pr_repeat_amount(result, text_of(page_lines([page])))
            if "财政拨款收入" in c.name]


def _two_parts(first: str, second: str) -> str:
    return (f"三、收入决算情况\n本年收入合计1,230.40万元。其中：财政拨款收入{first}万元，占98.00%；其他收入24.62万元。\n"
            f"五、财政拨款收入支出决算总体情况\n2024年度财政拨款收入{second}万元，财政拨款支出1,205.78万元。\n")


@pytest.mark.parametrize("second", ["1,205.79", "1205.79"])
def test_it_warns_when_the_two_printings_of_the_appropriation_differ_by_a_cent(second: str) -> None:
    found = _repeats(_two_parts("1,205.78", second))
    assert [(rule, outcome, severity) for rule, outcome, severity, _ in found] == [("PR-REPEAT", "fail", "warning")]
    assert "1,205.78" in found[0][3] and second in found[0][3]


def test_it_reports_an_error_when_they_differ_beyond_rounding() -> None:
    found = _repeats(_two_parts("1,205.78", "1,250.78"))
    assert [(rule, outcome, severity) for rule, outcome, severity, _ in found] == [("PR-REPEAT", "fail", "error")]


def test_it_passes_the_same_appropriation_and_leaves_a_named_fund_alone() -> None:
    assert [o for _, o, *_ in _repeats(_two_parts("1,205.78", "1,205.78"))] == ["pass"]
    # 一般公共预算财政拨款收入 is one fund's part, not the same quantity
    page = _two_parts("1,205.78", "1,205.78").replace("2024年度财政拨款收入1,205.78", "2024年度一般公共预算财政拨款收入1,190.00")
    assert _repeats(page) == []


# --- PR-RATE: last year's actual named by its year after 比/较/与 is not this year's ---------------------------------

def _rates(sentence: str) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县测试局", year=2024, kind="决算", scope="部门", figures={})
    return [(c.rule, c.outcome, c.severity) for c in execution_rate(result, text_of(page_lines([sentence])))]


@pytest.mark.parametrize(("pct", "expected"), [("80.0", ("PR-RATE", "pass", "error")),
                                                ("80.4", ("PR-RATE", "fail", "warning")),
                                                ("82.0", ("PR-RATE", "fail", "error"))])
def test_a_rate_beside_last_years_actual_named_by_its_year_is_checked(pct: str, expected: tuple) -> None:
    sentence = f"2024年度“三公”经费财政拨款支出决算12.00万元，完成年初预算15.00万元的{pct}%，比2023年决算13.10万元减少1.10万元。"
    assert _rates(sentence) == [expected]


@pytest.mark.parametrize("prior", ["较2023年度决算13.10万元", "与2023年决算13.10万元相比"])
def test_other_wordings_of_last_years_actual_are_left_out_too(prior: str) -> None:
    sentence = f"2024年度“三公”经费财政拨款支出决算12.00万元，完成年初预算15.00万元的80.4%，{prior}减少1.10万元。"
    assert _rates(sentence) == [("PR-RATE", "fail", "warning")]
