"""Table corruptions the engine did not see (the eighteenth round, family f7): the spending side of a 收支总表 adds up
(本年支出 = its fund rows when the side is listed by fund heading, 支出总计 = 本年支出 + what is carried out of the
year), a 决算's 收支总表 whose class rows print only their 决算数 beside a 本年支出合计 with one cell per period column,
and a function or economic table printed in 元 keeps its precision, so a slip of a few 元 is an error, not rounding.
Pages and lines written for these tests (made-up units and figures).
"""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks.figures import tb_hier
from disclosures.parsing.checks.summaries import summary_classes, summary_spending
from disclosures.parsing.checks.table_sums import change_column_rows, coded_table_columns
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines, to_simplified
from disclosures.parsing.types import EconomicLine, FunctionLine, ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2025, kind=kind, scope="部门", figures={})


def _checks(rule, page: str, kind: str) -> list[tuple[str, str, str, str]]:
    view = text_of(page_lines([page]))
    return [(c.rule, c.outcome, c.severity, c.message) for c in rule(_result(kind), view)]


def _failed(rule, page: str, kind: str) -> list[tuple[str, str, str]]:
    return [(r, s, m) for r, o, s, m in _checks(rule, page, kind) if o == "fail"]


# --- the spending side of a 收支总表 listed by fund heading ----------------------------------------------------------

FUNDS = ("{caption}\n单位：{unit}\n收入 预算数 支出 预算数\n一、本年收入 {income} 一、本年支出 {this}\n"
         "{b1}一般公共预算拨款 {income} {b1}一般公共预算支出 {general}\n"
         "{b2}政府性基金预算拨款 {b2}政府性基金预算支出 {fund}\n二、上年结转 二、结转下年 {carry}\n"
         "收入总计 {income} 支出总计 {total}\n")


def _funds(caption: str = "表四 财政拨款收支总表", unit: str = "万元", income: str = "512.30", this: str = "512.30",
           general: str = "512.30", fund: str = "", carry: str = "", total: str = "512.30",
           brackets: tuple[str, str] = ("（一）", "（二）")) -> str:
    return FUNDS.format(caption=caption, unit=unit, income=income, this=this, general=general, fund=fund,
                        carry=carry, total=total, b1=brackets[0], b2=brackets[1])


def test_a_fiscal_summary_by_fund_heading_passes_when_it_adds_up() -> None:
    assert [(r, o) for r, o, _, _ in _checks(summary_spending, _funds(), "预算")] == [("TB-T1", "pass")] * 2


def test_a_fund_row_that_breaks_this_years_spending_is_an_error() -> None:
    found = _failed(summary_spending, _funds(general="515.30"), "预算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-T1", "error")]
    assert "515.30" in found[0][2] and "512.30" in found[0][2]


def test_this_years_spending_against_the_total_is_an_error_when_it_slips() -> None:
    found = _failed(summary_spending, _funds(this="519.30"), "预算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-T1", "error")] * 2
    assert all("519.30" in message for _, _, message in found)


def test_a_carry_out_row_is_part_of_the_total_and_half_width_brackets_read_alike() -> None:
    page = _funds(total="520.30", carry="8.00", brackets=("(一)", "(二)"))
    assert [(r, o) for r, o, _, _ in _checks(summary_spending, page, "预算")] == [("TB-T1", "pass")] * 2
    found = _failed(summary_spending, _funds(total="520.30", carry="5.00"), "预算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-T1", "error")]


def test_a_cent_is_rounding_at_the_edge_of_the_envelope() -> None:
    found = _checks(summary_spending, _funds(general="512.31"), "预算")
    assert ("TB-T1", "fail", "info") in [(r, o, s) for r, o, s, _ in found]


def test_a_table_in_yuan_reports_a_slip_of_three_yuan() -> None:
    page = _funds(unit="元", income="5,123,000.45", this="5,123,003.45", general="5,123,000.45",
                  total="5,123,000.45")
    found = _failed(summary_spending, page, "预算")
    assert found and all(severity == "error" for _, severity, _ in found)
    assert all("5,123,003.45" in message for _, _, message in found)


def test_a_side_without_fund_rows_or_a_blank_this_year_row_is_not_read() -> None:
    bare = ("表一 部门收支总表\n单位：万元\n收入 预算数 支出 预算数\n一般公共预算拨款 300.00 一般公共服务支出 300.00\n"
            "收入总计 300.00 支出总计 300.00\n")
    assert _checks(summary_spending, bare, "预算") == []
    assert _checks(summary_spending, _funds(this=""), "预算") == []


def test_a_fund_name_listed_among_the_classes_is_no_fund_heading() -> None:
    page = ("2024年收入支出决算总表\n单位：万元\n收入项目 决算数 支出项目 决算数\n一般公共预算拨款 400.00 交通运输支出 300.00\n"
            "国有资本经营预算拨款 60.00 国有资本经营预算支出 60.00\n年初结转和结余 10.00 年末结转和结余 110.00\n"
            "收入总计 470.00 支出总计 470.00\n")
    assert _failed(summary_spending, page, "决算") == []


def test_a_final_summarys_this_year_row_and_carry_out_make_its_total() -> None:
    page = ("2024年收支决算总表\n单位：万元\n收入项目 金额 支出项目 金额\n一般公共预算财政拨款收入 930.00 本年支出合计 925.00\n"
            "政府性基金预算财政拨款收入 0.00 年末结转和结余 15.29\n年初结转和结余 10.29\n收入总计 940.29 支出总计 940.29\n")
    assert [(r, o) for r, o, _, _ in _checks(summary_spending, page, "决算")] == [("D-001", "pass")]
    found = _failed(summary_spending, page.replace("本年支出合计 925.00", "本年支出合计 928.00"), "决算")
    assert [(rule, severity) for rule, severity, _ in found] == [("D-001", "error")]
    assert "928.00" in found[0][2]
    # the all-funds table of a 预算 is IE-EXP-SUM's
    budget = page.replace("2024年收支决算总表", "部门收支总表").replace("年末结转和结余", "结转下年")
    assert [r for r, _, _, _ in _checks(summary_spending, budget, "预算")] == ["IE-EXP-SUM"]


def test_a_carry_out_label_glued_to_a_blank_income_row_is_still_read() -> None:
    page = ("收入支出决算总表\n单位：万元\n项目 决算数 项目 决算数\n一、一般公共预算财政拨款收入 480.00 一、卫生健康支出 470.00\n"
            "本年收入合计 480.00 本年支出合计 470.00\n年初结转和结余年末结转和结余 10.00\n总计 480.00 总计 480.00\n")
    assert [(r, o) for r, o, _, _ in _checks(summary_spending, page, "决算")] == [("D-001", "pass")]


def test_an_unread_carry_row_leaves_the_table_alone() -> None:
    # a 结转 row whose label wraps (“年末结转和结” / “余”) is not read: the side is not judged without it
    page = ("收入支出决算总表\n单位：万元\n项目 决算数 项目 决算数\n一般公共预算财政拨款收入 480.00 本年支出合计 470.00\n"
            "年末结转和结\n余 10.00\n收入总计 480.00 支出总计 480.00\n")
    assert _failed(summary_spending, page, "决算") == []


# --- a 决算's class rows printed in the 决算数 column alone ------------------------------------------------------------

PERIODS = ("表1 收入支出决算总表\n单位：万元\n项目 年初预算数 调整预算数 决算数\n一、财政拨款收入 {a} {b} {c}\n"
           "社会保障和就业支出 {social}\n卫生健康支出 20.00\n交通运输支出 400.00\n本年支出合计 {a} {b} {c}\n")


def test_class_rows_printed_in_the_final_column_add_up_to_its_total() -> None:
    page = PERIODS.format(a="460.00", b="455.00", c="450.00", social="30.00")
    assert [(r, o) for r, o, _, _ in _checks(summary_classes, page, "决算")] == [("TB-TOTAL", "pass")]
    found = _failed(summary_classes, PERIODS.format(a="460.00", b="455.00", c="450.00", social="33.00"), "决算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-TOTAL", "error")]
    assert "33.00" in found[0][2] and "450.00" in found[0][2]


def test_class_rows_with_a_cell_per_period_or_a_budget_are_not_read_this_way() -> None:
    page = PERIODS.format(a="460.00", b="455.00", c="450.00", social="30.00 30.00")
    assert _checks(summary_classes, page, "决算") == []
    assert _checks(summary_classes, PERIODS.format(a="460.00", b="455.00", c="450.00", social="30.00"), "预算") == []


# --- a function or economic table printed in 元 ------------------------------------------------------------------

def _lines(values: dict[str, str], economic: bool = False) -> ParsedDisclosure:
    result = _result("预算")
    names = {"210": "卫生健康支出", "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "208": "社会保障和就业支出",
             "20805": "行政事业单位养老支出", "303": "对个人和家庭的补助", "30305": "生活补助"}
    for code, value in values.items():
        if economic:
            result.economic_lines.append(EconomicLine(names[code], Decimal(value), code, 1, "基本支出表"))
        else:
            result.function_lines.append(FunctionLine(names[code], Decimal(value), code, 1, "", "一般公共预算财政拨款",
                                                      {3: "类", 5: "款", 7: "项"}[len(code)], "功能分类明细"))
    return result


def _hier(result: ParsedDisclosure) -> list[tuple[str, str, str]]:
    return [(c.outcome, c.severity, c.message) for c in tb_hier(result) if c.outcome == "fail"]


def test_a_class_over_its_only_line_in_yuan_reports_three_yuan() -> None:
    # 3,649,003.00元 over 3,649,000.00元: kept in 万元 as 364.9003 and 364.9
    found = _hier(_lines({"210": "364.9003", "21011": "364.9", "2101101": "364.9", "208": "785.3", "20805": "785.3"}))
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert all("3,649,003" in message for _, _, message in found)


def test_a_table_in_yuan_that_adds_up_passes_and_a_wan_table_keeps_its_rounding() -> None:
    assert _hier(_lines({"210": "364.9", "21011": "364.9", "2101101": "364.9"})) == []
    wan = _hier(_lines({"210": "364.91", "21011": "364.90", "2101101": "364.90"}))
    assert [(o, s) for o, s, _ in wan] == [("fail", "info")]


def test_an_economic_class_over_its_line_in_yuan_reports_three_yuan() -> None:
    found = _hier(_lines({"303": "6.2003", "30305": "6.2"}, economic=True))
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "62,003" in found[0][2]


def test_a_summary_in_traditional_characters_reads_alike() -> None:
    page = ("表四 財政撥款收支總表\n單位：萬元\n收入 預算數 支出 預算數\n一、本年收入 512.30 一、本年支出 512.30\n"
            "（一）一般公共預算撥款 512.30 （一）一般公共預算支出 515.30\n（二）政府性基金預算撥款 （二）政府性基金預算支出\n"
            "收入總計 512.30 支出總計 512.30\n")
    simplified, converted = to_simplified(page)  # as a document is loaded
    assert converted
    found = _failed(summary_spending, simplified, "预算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-T1", "error")]
    assert "515.30" in found[0][2]


def test_a_final_fiscal_summary_without_carry_rows_adds_its_classes_to_its_he_ji() -> None:
    page = ("表4 财政拨款收入支出决算总表\n单位：万元\n收入 金额 支出 金额\n一般公共预算拨款 500.00 社会保障和就业支出 60.00\n"
            "政府性基金预算拨款 0.00 卫生健康支出 {health}\n农林水支出 400.00\n收入合计 500.00 支出合计 500.00\n")
    assert [(r, o) for r, o, _, _ in _checks(summary_classes, page.format(health="40.00"), "决算")] == \
        [("TB-TOTAL", "pass")]
    found = _failed(summary_classes, page.format(health="43.00"), "决算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-TOTAL", "error")]
    # with a 年末结转和结余 row its total holds more than the classes: not read this way
    carried = page.format(health="40.00").replace("农林水支出 400.00", "农林水支出 390.00\n年末结转和结余 10.00")
    assert _checks(summary_classes, carried, "决算") == []


# --- a coded table that prints its 合计 first ----------------------------------------------------------------------

TOP = ("表六 一般公共预算财政拨款基本支出表\n单位：{unit}\n经济分类科目编码 科目名称 预算数\n合计 {total}\n"
       "301 工资福利支出 {wages}\n30101 基本工资 {basic}\n30102 津贴补贴 {allow}\n302 商品和服务支出 {goods}\n"
       "30201 办公费 {goods}\n")


def _top(unit: str = "万元", total: str = "150.00", wages: str = "120.00", basic: str = "70.00", allow: str = "50.00",
         goods: str = "30.00") -> str:
    return TOP.format(unit=unit, total=total, wages=wages, basic=basic, allow=allow, goods=goods)


def test_a_total_printed_first_is_the_sum_of_the_classes_below_it() -> None:
    assert _checks(coded_table_columns, _top(), "预算") == []
    found = _failed(coded_table_columns, _top(total="153.00"), "预算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-TOTAL", "error")]
    assert "153.00" in found[0][2] and "150.00" in found[0][2]


def test_a_total_printed_first_in_yuan_reports_three_yuan() -> None:
    page = _top(unit="元", total="1,500,003.00", wages="1,200,000.00", basic="700,000.00", allow="500,000.00",
                goods="300,000.00")
    found = _failed(coded_table_columns, page, "预算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-TOTAL", "error")]
    assert "1,500,003" in found[0][2]


def test_a_table_with_a_total_above_and_below_is_not_read() -> None:
    assert _checks(coded_table_columns, _top(total="153.00") + "合计 150.00\n", "预算") == []


# --- a table with this year, last year and their change on each row ------------------------------------------------

CHANGE = ("部门收支总表\n单位：{unit}\n项目 {first} {second} 增减额 增减率\n一、一般公共预算拨款收入 {a} {b} {c} 5.0%\n"
          "二、政府性基金预算拨款收入 0.00 0.00 0.00 —\n卫生健康支出 {a} {b} {c} 5.0%\n支出总计 {a} {b} {c} 5.0%\n")


def _change(unit: str = "万元", first: str = "2026年预算数", second: str = "2025年预算数", a: str = "350.00",
            b: str = "370.00", c: str = "-20.00") -> str:
    return CHANGE.format(unit=unit, first=first, second=second, a=a, b=b, c=c)


def test_rows_whose_change_is_this_year_less_last_pass() -> None:
    assert _checks(change_column_rows, _change(), "预算") == []
    # last year first, 本年/上年 words, and a fall printed without its sign read alike
    assert _checks(change_column_rows, _change(first="2025年预算数", second="2026年预算数", a="370.00",
                                               b="350.00"), "预算") == []
    assert _checks(change_column_rows, _change(first="本年预算数", second="上年预算数", c="20.00"), "预算") == []


def test_a_change_that_is_not_the_difference_is_an_error() -> None:
    found = _failed(change_column_rows, _change(c="-23.00"), "预算")
    assert {(rule, severity) for rule, severity, _ in found} == {("TB-ROW", "error")}
    assert all("23.00" in message for _, _, message in found)


def test_a_change_in_yuan_off_by_three_yuan_is_an_error_and_a_cent_is_rounding() -> None:
    found = _failed(change_column_rows, _change(unit="元", a="3,500,000.00", b="3,700,000.00", c="-200,003.00"), "预算")
    assert found and all(severity == "error" and "200,003" in message for _, severity, message in found)
    edge = _checks(change_column_rows, _change(c="-20.01"), "预算")
    assert edge and all((o, s) == ("fail", "info") for _, o, s, _ in edge)


def test_a_header_without_two_periods_or_with_more_columns_is_not_read() -> None:
    assert _checks(change_column_rows, _change(first="预算数", second="", c="-23.00"), "预算") == []
    wide = _change(c="-23.00").replace("增减额 增减率", "增减额 合计 增减率")
    assert _checks(change_column_rows, wide, "预算") == []
