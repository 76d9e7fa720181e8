"""Readings added for the forty-third blind corpus of the check engine (issue 9, checks_heldout43): a 预算 收支总表
printed stacked (income rows, 收入总计, function classes, 支出总计) with one amount column per year, each column held
to its own totals (IE-INC-SUM, IE-EXP-SUM), last year's column included. Pages and figures written for these tests
(made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks.presence import cp_tables
from disclosures.parsing.checks.rates import pr_pct_outturn
from disclosures.parsing.checks.stated import ie_chg_bal_totals
from disclosures.parsing.checks.table_lines import stacked_summary_columns
from disclosures.parsing.checks.text import listed_tables, normal_caption, text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Check, ParsedDisclosure

UNIT = "某县测试局"


def _run(page: str, kind: str = "预算") -> list[Check]:
    result = ParsedDisclosure(unit=UNIT, year=2025, kind=kind, scope="部门", figures={})
    return list(stacked_summary_columns(result, text_of(page_lines([page]))))


def _table(*, prior_income_total: str = "1,000.00", this_class: str = "700.00", extra: str = "") -> str:
    return ("某县测试局2025年部门预算说明\n一、收支预算总体情况\n收入总计1,100.00万元。\n\n"
            "附：2025年收支总表（单位：万元）\n"
            "项目    2025年预算数    2024年预算数\n"
            "一般公共预算拨款收入    1,000.00    900.00\n"
            "上年结转    100.00    100.00\n"
            f"{extra}"
            f"收入总计    1,100.00    {prior_income_total}\n"
            f"教育支出    {this_class}    600.00\n"
            "住房保障支出    400.00    400.00\n"
            "支出总计    1,100.00    1,000.00\n")


def _outcomes(checks: list[Check]) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.name) for c in checks]


def test_both_columns_that_add_up_pass() -> None:
    assert _outcomes(_run(_table())) == [
        ("IE-INC-SUM", "pass", "收支总表：收入总计等于各项收入之和"),
        ("IE-EXP-SUM", "pass", "收支总表：支出总计等于各项支出之和"),
        ("IE-INC-SUM", "pass", "收支总表：2024年预算数收入总计等于各项收入之和"),
        ("IE-EXP-SUM", "pass", "收支总表：2024年预算数支出总计等于各项支出之和")]


def test_last_years_income_total_off_its_rows_is_an_error() -> None:
    failed = [c for c in _run(_table(prior_income_total="1,036.00")) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in failed] == [("IE-INC-SUM", "error")]
    assert "差36.00" in failed[0].message
    assert {Decimal(f["value"]) for f in failed[0].figures} == {Decimal("1036.00"), Decimal("900.00"),
                                                               Decimal("100.00")}


def test_this_years_class_off_the_spending_total_is_an_error() -> None:
    failed = [c for c in _run(_table(this_class="710.00")) if c.outcome == "fail"]
    assert [(c.rule, c.severity, c.name) for c in failed] == [
        ("IE-EXP-SUM", "error", "收支总表：支出总计等于各项支出之和")]
    assert "差10.00" in failed[0].message


def test_a_sub_row_or_a_decision_document_leaves_the_table_alone() -> None:
    assert _run(_table(extra="其中：专项收入    50.00    50.00\n")) == []
    assert _run(_table(), kind="决算") == []


def test_a_row_missing_a_column_leaves_the_table_alone() -> None:
    assert _run(_table(extra="事业收入    0.00\n")) == []


# --- IE-BP: a 预算's 支出总计 split in the words into 基本 and 项目 -------------------------------------------------

def _parsed(body: str, rule: str, *, kind: str = "部门预算") -> list[Check]:
    text = f"{UNIT}2025年{kind}公开说明\n" + body
    return [c for c in parse_disclosure(text.encode(), filename="t.txt").checks if c.rule == rule]


def _split(basic: str, unit: str = "元") -> str:
    return (f"一、收支预算总体情况\n2025年收入预算总计8,000,450.00{unit}，其中：一般公共预算拨款收入8,000,450.00{unit}。\n"
            f"2025年支出预算总计8,000,450.00{unit}，其中：基本支出{basic}{unit}，项目支出5,000,000.00{unit}。\n")


def test_a_budgets_spending_total_short_of_its_split_is_an_error() -> None:
    failed = [c for c in _parsed(_split("3,000,405.00"), "IE-BP") if c.outcome == "fail"]
    assert [(c.outcome, c.severity) for c in failed] == [("fail", "error")]
    assert Decimal("300.0405") in {Decimal(f["value"]) for f in failed[0].figures}


def test_a_budgets_spending_total_equal_to_its_split_passes() -> None:
    checks = _parsed(_split("3,000,450.00"), "IE-BP")
    assert checks and all(c.outcome == "pass" for c in checks)


def test_a_final_accounts_total_may_exceed_its_split() -> None:
    body = ("一、收入支出决算总体情况\n2025年支出决算总计900.00万元，其中：基本支出300.00万元，项目支出500.00万元，"
            "年末结转和结余100.00万元。\n")
    assert [c for c in _parsed(body, "IE-BP", kind="部门决算")
            if c.outcome == "fail" and c.severity == "error" and c.basis == "text"] == []


# --- PR-REPEAT: the prior printed inside the comparison of this year's amount -------------------------------------

def _compared(prior: str, change: str = "减少200.00") -> str:
    return ("一、收支预算总体情况\n2025年收入预算总计1,800.00万元，其中：一般公共预算拨款收入1,800.00万元。"
            f"收入预算比2024年年初预算{prior}万元{change}万元。\n")


def test_a_prior_in_the_comparison_off_now_less_the_change_is_an_error() -> None:
    [check] = [c for c in _parsed(_compared("2,100.00"), "PR-REPEAT") if c.outcome == "fail"]
    assert check.severity == "error"
    assert "上年应为2000.00万元" in check.message
    assert Decimal("2100.00") in {Decimal(f["value"]) for f in check.figures}


def test_a_prior_in_the_comparison_that_holds_passes() -> None:
    assert [c for c in _parsed(_compared("2,000.00"), "PR-REPEAT") if c.outcome == "fail"] == []


def test_a_comparison_whose_change_is_not_the_figures_own_is_not_read() -> None:
    assert [c for c in _run(_compared("2,100.00"))] == []  # no 收支总表 here: the table rule stays silent
    checks = [c for c in _parsed(_compared("2,100.00", change="增长5.00%，减少200.00"), "PR-REPEAT")
              if c.outcome == "fail" and "年初预算2,100" in c.message]
    assert checks == []


# --- IE-CHG-BAL: the changes of the 收入 and 支出 totals against one prior, read from the words -----------------------

def _changes(spending_change: str, basis: str = "上年年初预算") -> str:
    return ("一、收支预算总体情况\n2025年收入预算合计1,500.00万元，其中：一般公共预算拨款收入1,400.00万元，上年结转100.00万元。"
            "较2024年年初预算1,800.00万元减少300.00万元。\n"
            f"2025年支出预算合计1,500.00万元，其中：基本支出600.00万元，项目支出900.00万元。较{basis}减少{spending_change}万元。\n")


def _chg_bal(body: str) -> list[Check]:
    view = text_of(page_lines([body]))
    return list(ie_chg_bal_totals(ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope="部门", figures={}), view))


def test_changes_of_both_totals_against_one_prior_that_agree_pass() -> None:
    assert [(c.rule, c.outcome) for c in _chg_bal(_changes("300.00"))] == [("IE-CHG-BAL", "pass")]


def test_a_spending_change_off_the_income_change_is_an_error() -> None:
    [check] = _chg_bal(_changes("120.00"))
    assert (check.outcome, check.severity) == ("fail", "error")
    assert "差180.00" in check.message


def test_a_spending_change_against_the_expected_outturn_is_not_compared() -> None:
    assert _chg_bal(_changes("120.00", basis="上年预计执行数")) == []


# --- PR-PCT: a rate against last year's 执行数 that the same sentence states first ---------------------------------

def _outturn(rate: str, way: str = "减少", word: str = "下降") -> str:
    return ("一、收支预算总体情况\n2024年本部门支出预计执行数为2,000.00万元（含年中追加），"
            f"2025年支出预算比上年预计执行数{way}50.00万元，{word}{rate}%。\n")


def _pct(body: str) -> list[tuple[str, str, str]]:
    view = text_of(page_lines([body]))
    result = ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope="部门", figures={})
    return [(c.rule, c.outcome, c.severity) for c in pr_pct_outturn(result, view)]


def test_a_rate_on_the_stated_outturn_passes() -> None:
    assert _pct(_outturn("2.50")) == [("PR-PCT", "pass", "warning")]  # 50 / 2,000


def test_a_rate_on_another_base_is_a_warning() -> None:
    assert _pct(_outturn("2.56")) == [("PR-PCT", "fail", "warning")]  # 50 / 1,950: the budget's base


def test_a_rate_off_by_more_than_a_point_is_an_error_and_a_direction_clash_is_left_to_pr_dir() -> None:
    assert _pct(_outturn("4.00")) == [("PR-PCT", "fail", "error")]
    assert _pct(_outturn("2.50", word="增长")) == []


# --- CP-TABLES: a 目录 run into one line, its 附表 named in brackets --------------------------------------------------

def _toc(listed: str) -> str:
    return (f"{UNIT}2025年部门预算公开说明\n目录：一、部门预算说明；二、附表（{listed}）。\n一、基本情况\n本局为县政府工作部门。\n"
            "表一 2025年收支总表\n单位：万元\n项目 2025年预算数\n收入总计 100.00\n支出总计 100.00\n"
            "表二 2025年一般公共预算支出表\n单位：万元\n合计 100.00\n")


def test_an_inline_listing_names_its_tables() -> None:
    view = text_of(page_lines([_toc("表一 收支总表；表二 一般公共预算支出表；表三 政府采购预算表")]))
    result = ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope="部门", figures={})
    assert [norm for _, norm, _ in listed_tables(view, result)] == [
        normal_caption("收支总表", result), normal_caption("一般公共预算支出表", result),
        normal_caption("政府采购预算表", result)]


def test_a_table_the_inline_listing_names_but_the_file_lacks_is_a_warning() -> None:
    result = ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope="部门", figures={})
    failed = [c for c in cp_tables(result, text_of(page_lines([_toc(
        "表一 收支总表；表二 一般公共预算支出表；表三 政府采购预算表")]))) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in failed] == [("CP-TABLES", "warning")]
    assert "政府采购预算表" in failed[0].message
    assert [c for c in cp_tables(result, text_of(page_lines([_toc("表一 收支总表；表二 一般公共预算支出表")])))
            if c.outcome == "fail"] == []
