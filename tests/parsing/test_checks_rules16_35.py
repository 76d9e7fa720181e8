"""Rules fixed for the thirty-fifth blind corpus of the check engine (issue 9, checks_heldout35): a listed table found
under a caption that names its fund first, a spending table whose total column is headed 本年合计, a table's 增减率
column held to its own amounts, an income list after last year's total in brackets and a change, a 收支总表 whose
printed change does not add up, procurement kinds opening the sentence after a change, a pasted function-class table
with both years' columns, and a 预算's 一般公共预算 change stated on both its sides. Sentences and tables written for
these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.attachments import read_tables
from disclosures.parsing.checks import rows
from disclosures.parsing.checks.presence import _present
from disclosures.parsing.checks.rates import pr_pct_table
from disclosures.parsing.checks.stated import pr_repeat_general_change
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.total_lines import tb_total_pasted_classes
from disclosures.parsing.checks.wording import ie_inc_sum, pr_proc_sum
from disclosures.parsing.document import load_document
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure


def _result(**figures: str) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2026, kind="预算", scope="部门",
                            figures={k: Figure(k, Decimal(v), page=1) for k, v in figures.items()})


def _found(rule, lines: list[str], result: ParsedDisclosure | None = None) -> list[tuple[str, str, str]]:
    view = text_of(page_lines(["\n".join(lines)]))
    return [(c.outcome, c.severity, c.message) for c in rule(result or _result(), view)]


# ---- CP-TABLES: a listed name is the caption without the fund it names first ----------------------------------

@pytest.mark.parametrize("listed, printed", [
    ("三公经费支出表", "一般公共预算三公经费支出表"),
    ("基本支出表", "一般公共预算基本支出表"),
    ("三公经费支出表", "财政拨款三公经费支出表"),
])
def test_a_listed_table_is_found_under_its_fund_headed_caption(listed: str, printed: str) -> None:
    assert _present(listed, {printed})


@pytest.mark.parametrize("listed, printed", [
    ("一般公共预算支出表", "政府性基金预算支出表"),  # another fund: another table
    ("收支总表", "财政拨款收支总表"),  # a 总表's 部门 and 财政拨款 versions are two tables
    ("支出表", "一般公共预算支出表"),  # too short to name a table of its own
    ("三公经费支出表", "政府性基金三公经费支出表"),  # a head that is no fund of the 三公
])
def test_a_name_differing_in_more_than_the_fund_head_is_another_table(listed: str, printed: str) -> None:
    assert not _present(listed, {printed})


# ---- TB-ROW: a spending table whose total column is headed 本年合计, with last year's columns beside ------------

SPENDING = "科目编码 科目名称 本年合计 基本支出 项目支出 上年预算数 增减额"


def _rows(*lines: str) -> list[tuple[str, str, str]]:
    text = "某县测试局2026年部门预算\n表三 部门支出总表\n单位：万元\n" + "\n".join(lines) + "\n"
    document = load_document(text.encode(), filename="t.txt")
    view = text_of(document.lines, document)
    return [(c.outcome, c.severity, c.message) for c in rows.tb_row_grid(_result(), view) if c.rule == "TB-ROW"]


def test_a_row_whose_this_year_total_is_not_its_parts_is_an_error() -> None:
    found = _rows(SPENDING, "213 农林水支出 910.00 400.00 510.00 880.00 30.00",
                  "21301 农业农村 910.00 400.00 501.00 880.00 30.00", "合计 910.00 400.00 510.00 880.00 30.00")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "21301" in found[0][2] and "910.00" in found[0][2] and "901.00" in found[0][2]


def test_rows_whose_this_year_total_is_their_parts_pass() -> None:
    found = _rows(SPENDING, "213 农林水支出 910.00 400.00 510.00 880.00 30.00",
                  "21301 农业农村 910.00 400.00 510.00 880.00 30.00", "合计 910.00 400.00 510.00 880.00 30.00")
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]


def test_a_table_without_both_parts_is_not_summed_by_row() -> None:
    assert _rows("科目编码 科目名称 本年合计 上年预算数 增减额", "213 农林水支出 910.00 880.00 30.00",
                 "合计 910.00 880.00 30.00") == []


# ---- PR-PCT: a table's 增减率 column against its 增减额 and last year's column -----------------------------------

RATE_HEAD = ["表一 部门收支总表", "单位：万元", "项目 2026年预算数 2025年预算数 增减额 增减率"]


def test_a_rate_that_its_change_and_prior_do_not_give_is_a_warning_within_a_point() -> None:
    # 2.40 / 1,600.00 = 0.15%, printed 0.9%: off by less than one point
    found = _found(pr_pct_table, RATE_HEAD + ["农林水支出 1,602.40 1,600.00 2.40 0.9%",
                                              "卫生健康支出 55.00 50.00 5.00 10.0%"])
    assert [(o, s) for o, s, _ in found] == [("fail", "warning"), ("pass", "warning")]
    assert "0.15%" in found[0][2] and "0.9%" in found[0][2] and "2.40" in found[0][2]


def test_a_rate_off_by_more_than_a_point_is_an_error_and_a_fall_printed_unsigned_passes() -> None:
    found = _found(pr_pct_table, RATE_HEAD + ["农林水支出 1,500.00 1,600.00 -100.00 8.5%",
                                              "住房保障支出 45.00 50.00 -5.00 10.0%"])
    assert [(o, s) for o, s, _ in found] == [("fail", "error"), ("pass", "warning")]
    assert "6.25%" in found[0][2]


def test_a_blank_rate_and_a_wrong_change_are_not_this_rules() -> None:
    # “—” states no rate; 12.0% is (56 − 50) / 50 of the two years: the printed change 5.00 is what is off
    assert _found(pr_pct_table, RATE_HEAD + ["事业收入 0.00 0.00 0.00 —", "卫生健康支出 56.00 50.00 5.00 12.0%"]) == []


def test_a_rate_from_a_zero_base_is_an_error() -> None:
    found = _found(pr_pct_table, RATE_HEAD + ["上年结转 30.00 0.00 30.00 100.0%"])
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "零基数" in found[0][2]


def test_a_header_without_two_years_reads_no_rates() -> None:
    assert _found(pr_pct_table, ["项目 预算数 增减额 增减率", "农林水支出 1,602.40 2.40 0.9%"]) == []


# ---- IE-INC-SUM: the sources after last year's total in brackets and a change, “分来源看” ----------------------

def test_sources_after_a_bracketed_prior_and_a_change_are_summed() -> None:
    found = _found(ie_inc_sum, ["本年度收入合计1,250.00万元（2025年1,300.00万元），增减额-50.00万元，变动率3.8%。"
                                "分来源看，一般公共预算拨款收入1,100.00万元，上年结转120.00万元。"])
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "1220.00" in found[0][2] and "上年结转" in found[0][2]


def test_sources_that_make_a_this_year_total_with_its_carry_over_pass() -> None:
    found = _found(ie_inc_sum, ["本年度收入合计1,250.00万元（2025年1,300.00万元），增减额-50.00万元，变动率3.8%。"
                                "分来源看，一般公共预算拨款收入1,130.00万元，上年结转120.00万元。"])
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]


def test_the_bengnian_income_line_still_leaves_the_carry_over_out() -> None:
    # 本年收入合计 (not 本年度): the carry-over is no part of it, one source is left: nothing to sum
    assert _found(ie_inc_sum, ["本年收入合计1,130.00万元（上年1,100.00万元）。分来源看，一般公共预算拨款收入1,130.00万元，"
                               "上年结转120.00万元。"]) == []


# ---- the 收支总表's this-year column when its printed change does not add up ------------------------------------

def test_a_summary_table_gives_this_years_total_whatever_its_change_says() -> None:
    text = ("某县测试局2026年部门预算\n表一 部门收支总表\n单位：万元\n项目 2026年预算数 2025年预算数 增减额\n"
            "一般公共预算拨款收入 820.00 800.00 20.00\n收入总计 820.00 800.00 20.00\n"
            "农林水支出 802.00 800.00 20.00\n支出总计 802.00 800.00 20.00\n")
    document = load_document(text.encode(), filename="t.txt")
    figures = {(f.metric, f.value, f.column) for f in read_tables(document, year=2026, kind="预算").figures
               if f.metric in ("income_total", "expenditure_total")}
    assert figures == {("income_total", Decimal("820.00"), "2026年预算数"),
                       ("expenditure_total", Decimal("802.00"), "2026年预算数")}


# ---- PR-PROC-SUM: the kinds opening the sentence after the total's change ---------------------------------------

def test_procurement_kinds_after_a_change_sentence_are_summed() -> None:
    found = _found(pr_proc_sum, ["2026年政府采购预算300.00万元，比上年增加20.00万元。其中货物类100.00万元，工程类0.00万元，"
                                 "服务类150.00万元。"])
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "250.00" in found[0][2] and "300.00" in found[0][2]


def test_procurement_kinds_that_add_up_after_a_change_pass() -> None:
    found = _found(pr_proc_sum, ["2026年政府采购预算300.00万元，比上年增加20.00万元。其中货物类100.00万元，工程类50.00万元，"
                                 "服务类150.00万元。"])
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]


def test_a_change_sentence_not_followed_by_qizhong_lists_no_kinds() -> None:
    assert _found(pr_proc_sum, ["2026年政府采购预算300.00万元，比上年增加20.00万元。九、国有资产：货物类100.00万元，"
                                "服务类150.00万元。"]) == []


# ---- TB-TOTAL: a pasted function-class table with this year's and last year's columns --------------------------

YEAR_TABLE = ["附：2026年支出预算分功能科目（单位：万元）", "科目 本年 上年 增减额"]


def test_class_rows_that_miss_the_total_in_this_years_column_are_an_error() -> None:
    found = _found(tb_total_pasted_classes, YEAR_TABLE + ["213 农林水支出 640.00 600.00 40.00",
                                                          "221 住房保障支出 36.00 35.00 1.00", "合计 667.00 635.00 32.00"])
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "676.00" in found[0][2] and "667.00" in found[0][2]


def test_class_rows_that_make_the_total_pass_and_a_prior_first_table_reads_its_second_column() -> None:
    found = _found(tb_total_pasted_classes, ["项目 2025年预算数 2026年预算数 增减额 增减率",
                                             "农林水支出 600.00 640.00 40.00 6.7%", "住房保障支出 35.00 36.00 1.00 2.9%",
                                             "合计 635.00 676.00 41.00 6.5%"])
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]
    assert "676.00" in found[0][2]


def test_a_row_outside_the_classification_leaves_the_table_unsummed() -> None:
    assert _found(tb_total_pasted_classes, YEAR_TABLE + ["213 农林水支出 640.00 600.00 40.00",
                                                         "公务接待费 36.00 35.00 1.00", "合计 667.00 635.00 32.00"]) == []


# ---- PR-REPEAT: a 预算's 一般公共预算 change on its income and its spending side -----------------------------------

def _general(text: str, **figures: str) -> list[tuple[str, str, str]]:
    return _found(pr_repeat_general_change, [text], _result(**figures))


def test_the_change_stated_twice_for_a_balanced_appropriation_must_read_the_same() -> None:
    found = _general("一般公共预算拨款收入比上年减少12.50万元。2026年一般公共预算财政拨款支出900.00万元，比2025年减少12.40万元。",
                     general_budget_appropriation="900.00")
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "12.50" in found[0][2] and "12.40" in found[0][2]


def test_the_same_change_on_both_sides_passes() -> None:
    found = _general("一般公共预算拨款收入900.00万元，比上年减少12.50万元。一般公共预算财政拨款支出900.00万元，比上年减少12.50万元。")
    assert [(o, s) for o, s, _ in found] == [("pass", "warning")]


@pytest.mark.parametrize("text, figures", [
    # two amounts: the income and the spending are two quantities
    ("一般公共预算拨款收入880.00万元，比上年减少12.50万元。一般公共预算财政拨款支出900.00万元，比上年减少12.40万元。", {}),
    # a carry-over beside the appropriation: last year's two sides may have differed by one too
    ("一般公共预算拨款收入900.00万元，比上年减少12.50万元。一般公共预算财政拨款支出900.00万元，比上年减少12.40万元。",
     {"carryover": "30.00"}),
])
def test_two_amounts_or_a_carry_over_make_no_repeat(text: str, figures: dict[str, str]) -> None:
    assert _general(text, **figures) == []


def test_a_prior_first_table_is_summed_in_its_this_year_column_not_its_first() -> None:
    # 上年 400 + 40 = 440 is the first column's; this year's 420 + 50 = 470 misses 500
    found = _found(tb_total_pasted_classes, ["项目 上年预算数 本年预算数", "教育支出 400.00 420.00",
                                             "社会保障和就业支出 40.00 50.00", "合计 440.00 500.00"])
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "470.00" in found[0][2] and "500.00" in found[0][2]
