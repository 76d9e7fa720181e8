"""Summary tables and balances (issue 9, the seventeenth round of fixes, family "summary"): a 收支总表's 收入总计 and
支出总计 balance in a 决算 and in a 预算's all-funds table too, the 类 rows of those tables add up to 本年支出, a table
printed below a 目录 reads its own 单位 line, a fund column holding two funds (政府性基金及国有资本经营) is one part of
the 合计, a 决算 table's 年末结转和结余 whose label wraps around its amounts is still read, and the words' 收入总计 is
not left unjudged because the spending side names 结余分配; the income side of a 收支总表 adds up (本年收入 = its
sources, 收入总计 = 本年收入 + the 结转 brought in). Pages written for these tests (made-up units and figures).
"""
from __future__ import annotations

from disclosures.parsing.checks.summaries import (
    fiscal_summary_balance, summary_balance_line, summary_classes, summary_income,
)
from disclosures.parsing.checks.table_sums import _FUND_COLUMN, _funds_suspect, _unwrapped, final_spending_balance
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.totals import final_totals
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2024, kind=kind, scope="部门", figures={})


def _checks(rule, page: str, kind: str) -> list[tuple[str, str, str, str]]:
    view = text_of(page_lines([page]))
    return [(c.rule, c.outcome, c.severity, c.message) for c in rule(_result(kind), view)]


def _failed(rule, page: str, kind: str) -> list[tuple[str, str, str]]:
    return [(r, s, m) for r, o, s, m in _checks(rule, page, kind) if o == "fail"]


# --- the bottom line of a 决算's 收支总表 (and a 预算's all-funds one): 收入总计 = 支出总计 -----------------------------

FINAL = ("{caption}\n单位：万元\n收入项目 金额 支出项目 金额\n一般公共预算财政拨款收入 {income} 本年支出合计 {spent}\n"
         "政府性基金预算财政拨款收入 0.00 年末结转和结余 {end}\n年初结转和结余 {start}\n"
         "{left} {total} {right} {spending}\n")


def _final(caption: str = "2024年收支决算总表", income: str = "930.00", spent: str = "935.00", end: str = "5.29",
           start: str = "10.29", total: str = "940.29", spending: str = "940.29", left: str = "收入总计",
           right: str = "支出总计") -> str:
    return FINAL.format(caption=caption, income=income, spent=spent, end=end, start=start, total=total,
                        spending=spending, left=left, right=right)


def test_a_final_summary_whose_totals_differ_is_reported() -> None:
    found = _failed(summary_balance_line, _final(total="947.29"), "决算")
    assert [(rule, severity) for rule, severity, _ in found] == [("IE-BAL", "error")]
    assert "947.29" in found[0][2] and "940.29" in found[0][2]


def test_a_final_fiscal_summary_is_tb_t1_and_may_print_bare_totals() -> None:
    page = _final("2024年财政拨款收支决算总表", spending="904.29", left="总计", right="总计")
    found = _failed(summary_balance_line, page, "决算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-T1", "error")]
    assert "904.29" in found[0][2]


def test_balanced_totals_pass_and_a_rounding_cent_is_only_info() -> None:
    assert [(r, o) for r, o, _, _ in _checks(summary_balance_line, _final(), "决算")] == [("IE-BAL", "pass")]
    edge = _checks(summary_balance_line, _final(spending="940.30"), "决算")
    assert [(r, o, s) for r, o, s, _ in edge] == [("IE-BAL", "fail", "info")]


def test_this_years_rows_of_a_final_summary_are_no_balance() -> None:
    # 本年收入合计 and 本年支出合计 differ by the 结转和结余 of each side: not a line this rule reads
    page = _final().replace("收入总计 940.29 支出总计 940.29", "本年收入合计 930.00 本年支出合计 935.00")
    assert _checks(summary_balance_line, page, "决算") == []


def test_a_budget_all_funds_summary_may_say_he_ji() -> None:
    page = ("表1 部门收支总表\n单位：万元\n收入 预算数 支出 预算数\n一般公共预算拨款 500.00 一般公共服务支出 400.00\n"
            "事业收入 20.00 卫生健康支出 120.00\n收入合计 520.00 支出合计 502.00\n")
    found = _failed(summary_balance_line, page, "预算")
    assert [(rule, severity) for rule, severity, _ in found] == [("IE-BAL", "error")]
    # a 预算's 财政拨款收支总表 is fiscal_summary_balance's, which reads 收入合计 too
    fiscal = page.replace("部门收支总表", "财政拨款收支总表")
    assert _checks(summary_balance_line, fiscal, "预算") == []
    assert [(r, s) for r, s, _ in _failed(fiscal_summary_balance, fiscal, "预算")] == [("TB-T1", "error")]


def test_a_summary_below_a_listing_reads_its_own_unit_line() -> None:
    listing = "".join(f"{i}.{UNIT}第{i}号附表\n" for i in range(1, 14))
    page = listing + ("财政拨款收支总表\n单位:万元\n收入 预算数 支出 预算数\n一般公共预算 120.00 一般公共服务支出 100.00\n"
                      "卫生健康支出 20.00\n收入合计 120.00 支出合计 102.00\n")
    found = _failed(fiscal_summary_balance, page, "预算")
    assert [(r, s) for r, s, _ in found] == [("TB-T1", "error")]


# --- the 类 rows of a 决算's 收支总表 (or a 预算's all-funds one) add up to 本年支出 -----------------------------------

CLASSES = ("表1 收入支出决算总表\n单位：万元\n收入 决算数 支出 决算数\n一般公共预算财政拨款收入 {income} 农林水支出 {farm}\n"
           "事业收入 社会保障和就业支出 56.31\n卫生健康支出 71.36\n住房保障支出 34.75\n"
           "本年收入合计 {income} 本年支出合计 {income}\n年初结转和结余 年末结转和结余\n总计 {income} 总计 {income}\n")


def test_final_class_rows_that_do_not_add_up_are_reported() -> None:
    found = _failed(summary_classes, CLASSES.format(income="1,700.52", farm="1,531.10"), "决算")
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-TOTAL", "error")]
    assert "1693.52" in found[0][2] and "1700.52" in found[0][2]


def test_final_class_rows_that_add_up_pass_and_a_final_without_this_years_row_is_not_summed() -> None:
    page = CLASSES.format(income="1,700.52", farm="1,538.10")
    assert [(r, o) for r, o, _, _ in _checks(summary_classes, page, "决算")] == [("TB-TOTAL", "pass")]
    # without 本年支出合计 the only whole is 支出总计, which holds 年末结转和结余: no check
    alone = page.replace("本年收入合计 1,700.52 本年支出合计 1,700.52\n", "")
    assert _checks(summary_classes, alone.replace("1,538.10", "1,531.10"), "决算") == []


def test_a_class_label_wrapped_apart_from_its_amounts_stops_the_sum() -> None:
    # “社会保障和就业支” / “出” / its amounts: the row is unreadable, the classes found fall short by it
    page = CLASSES.format(income="1,700.52", farm="1,538.10").replace(
        "社会保障和就业支出 56.31", "社会保障和就业支\n出\n56.31 56.31")
    assert _checks(summary_classes, page, "决算") == []


# --- a fund column holding two funds ---------------------------------------------------------------------------------

def test_a_column_of_two_funds_is_one_fund_column() -> None:
    assert _FUND_COLUMN.match("政府性基金及国有资本经营")
    assert _FUND_COLUMN.match("一般公共预算")
    assert not _FUND_COLUMN.match("政府性基金及其他")
    header = "收入项目预算数支出功能分类合计一般公共预算政府性基金及国有资本经营"
    suspect = [header, "收入总计5,807.93支出总计5,807.931,621.934,168.00"]
    assert _funds_suspect(suspect)
    assert not _funds_suspect([header, "收入总计5,807.93支出总计5,807.931,621.934,186.00"])


# --- a 决算 table's 年末结转和结余 whose label wraps around its amounts ------------------------------------------------

def test_a_wrapped_label_is_put_back_before_its_amounts() -> None:
    after = ["本年收入合计1,746.88本年支出合计1,762.801,762.80", "年初财政拨款结转和结余80.15", "年末财政拨款结转和结", "余",
             "73.2373.23", "总计1,827.03总计1,827.031,827.03"]
    assert _unwrapped(after)[2] == "年末财政拨款结转和结余73.2373.23"
    between = ["年末财政拨款结转和结", "年初财政拨款结转和结余80.1573.2373.23", "余"]
    assert _unwrapped(between) == ["年初财政拨款结转和结余80.15年末财政拨款结转和结余73.2373.23"]
    assert _unwrapped(["年末结转", "合计", "5.00"]) == ["年末结转", "合计", "5.00"]  # not a label: left alone


WRAPPED = ("财政拨款收入支出决算总表\n单位：万元\n收入 支出\n项目 决算数 项目 合计\n"
           "一、一般公共预算财政拨款 1,746.88 一、教育支出 1,762.80 1,762.80\n"
           "本年收入合计 1,746.88 本年支出合计 1,762.80 1,762.80\n年初财政拨款结转和结余 80.15\n"
           "年末财政拨款结转和结\n余\n{end} {end}\n总计 1,827.03 总计 1,827.03 1,827.03\n")


def test_a_final_spending_side_with_a_wrapped_label_is_summed() -> None:
    found = _failed(final_spending_balance, WRAPPED.format(end="73.23"), "决算")
    assert [(rule, severity) for rule, severity, _ in found] == [("D-001", "error")]
    assert "73.23" in found[0][2] and "1836.03" in found[0][2]
    assert [(r, o) for r, o, _, _ in _checks(final_spending_balance, WRAPPED.format(end="64.23"), "决算")] \
        == [("D-001", "pass")]


# --- the words: 收入总计 = 本年收入合计 + 年初结转和结余 while the spending side names 结余分配 -------------------------

WORDS = ("一、收入支出决算总体情况说明\n2020年度收入总计307.69万元、支出总计307.69万元。\n"
         "收入总计包括本年收入合计294.44万元和年初结转和结余{start}万元；支出总计包括本年支出合计297.83万元、"
         "结余分配0.00万元和年末结转和结余9.86万元。\n")


def test_the_income_total_in_the_words_is_judged_beside_a_named_allocation() -> None:
    found = [(r, s, m) for r, s, m in _failed(final_totals, WORDS.format(start="17.86"), "决算")]
    assert [(r, s) for r, s, _ in found] == [("D-001", "error")]
    assert "312.30" in found[0][2] and "307.69" in found[0][2]
    assert _failed(final_totals, WORDS.format(start="13.25"), "决算") == []


def test_an_income_side_naming_a_part_it_does_not_quantify_is_still_left_alone() -> None:
    for named in ("收入总计中含用事业基金弥补收支差额。", "收入总计中含使用非财政拨款结余。"):
        page = WORDS.format(start="10.00") + named + "\n"
        assert not [m for _, _, m in _failed(final_totals, page, "决算") if "收入总计" in m]


# --- the income side of a 收支总表: 本年收入 = its sources, 收入总计 = 本年收入 + 结转 ---------------------------------

INCOME = ("财政拨款收支总表\n单位：万元\n收入 预算数 支出 预算数\n一、本年收入 {this} 一、本年支出 3,563.90\n"
          "（一）一般公共预算拨款 2,061.90 交通运输支出 3,348.00\n（二）政府性基金预算拨款 1,450.00 住房保障支出 215.90\n"
          "（三）国有资本经营预算拨款 52.00\n二、上年结转 {carry}\n收入总计 {total} 支出总计 3,563.90\n")


def _income(this: str = "3,563.90", carry: str = "", total: str = "3,563.90") -> str:
    return INCOME.format(this=this, carry=carry, total=total)


def test_an_income_side_that_adds_up_passes() -> None:
    assert [(r, o) for r, o, _, _ in _checks(summary_income, _income(), "预算")] == [("TB-T1", "pass"), ("TB-T1", "pass")]
    # a blank 上年结转 is 0 while the identities hold; a cent off is rounding
    edge = _checks(summary_income, _income(total="3,563.91"), "预算")
    assert [(r, o, s) for r, o, s, _ in edge] == [("TB-T1", "pass", "error"), ("TB-T1", "fail", "info")]


def test_this_years_income_against_its_sources() -> None:
    found = _failed(summary_income, _income(this="3,536.90"), "预算")
    assert [(r, s) for r, s, _ in found] == [("TB-T1", "error"), ("TB-T1", "error")]
    assert "3536.90" in found[0][2] and "3563.90" in found[0][2]


def test_a_final_income_total_holds_the_carry_over() -> None:
    page = _final().replace("收入总计 940.29", "收入总计 949.29").replace("支出总计 940.29", "支出总计 949.29")
    found = _failed(summary_income, page, "决算")
    assert [(r, s) for r, s, _ in found] == [("D-001", "error")]
    assert "949.29" in found[0][2] and "940.29" in found[0][2]
    assert _failed(summary_income, _final(), "决算") == []


def test_an_income_label_cut_by_its_cell_is_not_read() -> None:
    page = _income(this="3,536.90").replace("（二）政府性基金预算拨款 1,450.00", "（二）政府性基金预算财政拨\n款 1,450.00")
    assert _checks(summary_income, page, "预算") == []
    # a 财政拨款 subtotal beside its funds would be counted twice
    page = _income().replace("一、本年收入 3,563.90", "一、财政拨款 3,563.90")
    assert _checks(summary_income, page, "预算") == []


def test_rows_this_reading_does_not_know_keep_the_sums_off() -> None:
    # a class under a county's own name (“国土海洋气象等支出”) is not among the classes read: no 类 sum
    page = ("部门收支总表\n单位：万元\n收入项目 预算数 支出项目 预算数\n一般公共预算拨款 588.66 208社会保障和就业支出 52.40\n"
            "220国土海洋气象等支出 486.30\n221住房保障支出 31.20\n收入合计 588.66 支出合计 588.66\n")
    assert _checks(summary_classes, page, "预算") == []
    # several periods' columns (年初预算数 | 调整预算数 | 决算数): the first cell is not the 决算; class rows printing
    # their 决算数 alone are held to the 决算数 cell (test_checks_rules18_f7), never to the first
    page = ("收入支出总表\n单位：万元\n项目 年初预算数 调整预算数 决算数\n一、财政拨款收入 521.36 528.78 528.78\n"
            "社会保障和就业支出 37.84\n卫生健康支出 466.88\n住房保障支出 24.06\n本年支出合计 521.36 528.78 528.78\n")
    assert [(r, o) for r, o, _, _ in _checks(summary_classes, page, "决算")] == [("TB-TOTAL", "pass")]
    # an income label of another name (“财政专户拨款”) is no known source: the income side is not summed
    page = ("部门收支总表\n单位：万元\n收入项目 金额 支出项目 金额\n一般公共预算拨款 100.00 农林水支出 130.00\n"
            "财政专户拨款 30.00\n收入合计 130.00 支出合计 130.00\n")
    assert _checks(summary_income, page, "预算") == []


def test_a_this_years_row_below_the_carry_rows_closes_the_side() -> None:
    page = ("部门收支总表\n单位：万元\n收入项目 预算数 支出项目 预算数\n一般公共预算拨款 2723.30 卫生健康支出 2513.00\n"
            "上年结转 120.00 社会保障和就业支出 188.40\n住房保障支出 141.90\n本年收入合计 {this} 本年支出合计 2843.30\n")
    assert [(r, o) for r, o, _, _ in _checks(summary_income, page.format(this="2843.30"), "预算")] == [("IE-INC-SUM", "pass")]
    assert [(r, s) for r, s, _ in _failed(summary_income, page.format(this="2834.30"), "预算")] == [("IE-INC-SUM", "error")]


def test_a_spending_side_by_fund_without_a_total_column_is_no_balance() -> None:
    page = ("财政拨款收入支出总表\n单位：万元\n收入项目 金额 支出项目 一般公共预算财政拨款 政府性基金预算财政拨款\n"
            "一、一般公共预算财政拨款 1,151.21 文化旅游体育与传媒支出 1,089.93 0.00\n"
            "总计 2,462.87 总计 1,568.92 893.95\n")
    assert _checks(summary_balance_line, page, "决算") == []
