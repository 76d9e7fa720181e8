"""Rules fixed for the fifty-fourth blind corpus of the check engine (issue 9, checks_heldout54: 事业单位 决算 of
schools, hospitals and centres): the all-funds 支出 of the overview is not read from a later part's “(二)”, a 决算's
all-funds 支出 may hold 经营支出 and the other kinds of a 事业单位 (IE-BP in the figures and in the words), an empty
fund table's note in more wordings (TB-EMPTY), “（单位名称）” left from the template (FM-PLACEHOLDER), the total rows
of a 财政拨款收支总表 by fund (TB-ROW), and the 一般公共预算财政拨款支出 that a numbered part's heading gives its
subjectless budget-and-actual sentence (PR-REPEAT). Units, figures and sentences are made up for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosures
from disclosures.parsing.checks.figures import ie_bp
from disclosures.parsing.checks.fiscal_rows import fiscal_total_rows
from disclosures.parsing.checks.presence import tb_empty
from disclosures.parsing.checks.rates import pr_dir_balances, pr_dir_budget
from disclosures.parsing.checks.repeats import pt_general_spending_total
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.totals import nature_split_in_words
from disclosures.parsing.checks.years import fm_placeholder
from disclosures.parsing.prose import OTHER_SPENDING_NOTE
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure

UNIT = "某县测试医院"


def _result(kind: str = "决算", figures: dict | None = None) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2024, kind=kind, scope="单位", figures=figures or {})


def _view(*pages: str):
    return text_of(page_lines(list(pages)))


def _found(rule, *pages: str, kind: str = "决算") -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in rule(_result(kind), _view(*pages))]


# --- parser: a “(二)” of a later numbered part does not open the 支出 half of the overview -------------------------

STATEMENT = """某县测试医院2024年度单位决算
一、单位基本情况
某县测试医院是县卫生健康局所属事业单位。
二、收入支出决算总体情况
本年收入合计900.00万元；本年支出合计{spent}万元，比上年增加20.00万元。
三、支出决算情况
本年支出合计{spent}万元，分为基本支出500.00万元；项目支出300.00万元；经营支出100.00万元。
四、一般公共预算财政拨款支出决算情况说明
（一）总量。全年由一般公共预算财政拨款列支{general}万元。
（二）结构。卫生健康支出{general}万元。
（三）完成情况。年初预算为200.00万元，支出决算为{actual}万元，完成年初预算的110.00%。
"""


def _parsed(spent: str = "900.00", general: str = "220.00", actual: str = "220.00") -> ParsedDisclosure:
    text = STATEMENT.format(spent=spent, general=general, actual=actual)
    return parse_disclosures(text.encode("utf-8"), filename="statement.txt")[0]


def test_the_overview_spending_is_the_all_funds_total_not_a_later_parts_actual() -> None:
    figure = _parsed().figures["expenditure_total"]
    assert (figure.value, figure.fund_scope) == (Decimal("900.00"), "全口径")


def test_no_part_above_the_whole_when_the_general_budget_actual_is_not_read_as_the_total() -> None:
    failed = [c for c in _parsed().checks if c.outcome == "fail" and c.rule in ("IE-BP", "IE-SCOPE-LE", "PT-MAP")]
    assert failed == []


# --- IE-BP on the figures: a 决算's all-funds whole may hold 经营支出 --------------------------------------------------

def _split(kind: str, whole: str, basic: str = "500.00", project: str = "300.00", scope: str = "全口径",
           other: bool = True):
    def prose(metric: str, value: str, exp: str) -> Figure:
        return Figure(metric, Decimal(value), origin="prose", fund_scope=scope, exp_scope=exp, display_scale=2,
                      source=f"{value}万元")
    metric = "expenditure_total" if scope == "全口径" else "general_budget_appropriation"
    figures = {metric: prose(metric, whole, "total"), "basic_expenditure": prose("basic_expenditure", basic, "基本"),
               "project_expenditure": prose("project_expenditure", project, "项目")}
    if other:  # the split's sentence lists 经营支出 too, as the parser notes
        figures["basic_expenditure"].note = OTHER_SPENDING_NOTE
    return [(c.outcome, c.severity) for c in ie_bp(_result(kind, figures)) if c.rule == "IE-BP"]


@pytest.mark.parametrize(("kind", "whole", "expected"), [
    ("决算", "900.00", [("not_applicable", "error")]),  # 100.00 of 经营支出 the figures do not hold
    ("决算", "800.00", [("pass", "error")]),
    ("决算", "800.01", [("not_applicable", "error")]),  # short of the whole: left to the words
    ("决算", "799.00", [("fail", "error")]),            # the parts above the whole: wrong whatever else is spent
    ("预算", "900.00", [("fail", "error")]),            # a 预算's spending is 基本 + 项目
])
def test_a_final_accounts_all_funds_split_may_leave_out_other_spending(kind, whole, expected) -> None:
    assert _split(kind, whole) == expected


def test_a_final_accounts_split_that_names_no_other_spending_is_held_to_its_whole() -> None:
    assert _split("决算", "900.00", other=False) == [("fail", "error")]


def test_the_parser_notes_a_split_that_lists_other_spending() -> None:
    figures = _parsed().figures
    assert figures["basic_expenditure"].note == OTHER_SPENDING_NOTE
    assert figures["expenditure_total"].value == Decimal("900.00")


def test_a_general_budget_split_of_a_budget_is_still_held_to_its_whole() -> None:
    assert _split("预算", "900.00", scope="一般公共预算财政拨款") == [("fail", "error")]


# --- IE-BP in the words: 本年支出合计 = every kind its sentence lists --------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("本年支出合计900.00万元，分为基本支出500.00万元，占55.56%；项目支出300.00万元，占33.33%；经营支出100.00万元，占11.11%。",
     [("IE-BP", "pass", "error")]),
    ("本年支出合计900.00万元，分为基本支出500.00万元；项目支出300.00万元；经营支出10.00万元。",
     [("IE-BP", "fail", "error")]),
    ("本年支出合计900.01万元包括：基本支出500.00万元；项目支出300.00万元；经营支出100.00万元。",  # within the half-steps
     [("IE-BP", "fail", "info")]),
    ("本年支出合计900.00万元，分为基本支出500.00万元；项目支出300.00万元。",  # a whole list of two: read
     [("IE-BP", "fail", "error")]),
    ("本年支出合计900.00万元，其中基本支出500.00万元；项目支出300.00万元。", []),  # 其中: the rest may be unstated
    ("财政拨款支出合计900.00万元，分为基本支出500.00万元；项目支出300.00万元；经营支出100.00万元。", []),  # one fund's
])
def test_the_words_split_of_the_spending_by_nature(sentence: str, expected: list) -> None:
    assert _found(nature_split_in_words, sentence + "\n") == expected


def test_a_budget_is_not_read_for_other_kinds_of_spending() -> None:
    sentence = "本年支出合计900.00万元，分为基本支出500.00万元；项目支出300.00万元；经营支出10.00万元。\n"
    assert _found(nature_split_in_words, sentence, kind="预算") == []


# --- TB-EMPTY: more wordings of an empty table's note ----------------------------------------------------------------

EMPTY_TABLE = "附表8 政府性基金预算财政拨款收入支出决算表\n编制单位：某县测试医院 2024年度 单位：万元\n科目编码 科目名称 本年支出合计 基本支出 项目支出\n合计\n{note}"


@pytest.mark.parametrize("note", [
    "注：本年度没有政府性基金拨款的收支发生，表内数据为空。\n",
    "注：本院当年未获政府性基金拨款，表中无数。\n",
    "说明：本院本年没有基金拨款收支，此表空白。\n",
])
def test_an_empty_table_with_its_note_in_other_words_passes(note: str) -> None:
    assert [f for f in _found(tb_empty, EMPTY_TABLE.format(note=note)) if f[1] == "fail"] == []


def test_an_empty_table_with_a_note_that_does_not_explain_still_fails() -> None:
    found = _found(tb_empty, EMPTY_TABLE.format(note="注：本表金额保留两位小数。\n"))
    assert ("TB-EMPTY", "fail", "warning") in found


def test_a_filled_table_noted_as_blank_is_an_error() -> None:
    page = EMPTY_TABLE.format(note="229 其他支出 12.00 0.00 12.00\n注：此表空白。\n").replace("合计\n", "合计 12.00 0.00 12.00\n")
    assert ("TB-EMPTY", "fail", "error") in _found(tb_empty, page)


# --- FM-PLACEHOLDER: the reporter's name left as the template's “（单位名称）” ---------------------------------------

@pytest.mark.parametrize(("line", "flagged"), [
    ("（单位名称）内设12个科室，实有在职人员80人。", True),
    ("(部门名称)为县政府工作部门。", True),
    ("单位名称：某县测试医院", False),  # a label with its value, no brackets
    ("本院（含分院）内设12个科室。", False),
])
def test_a_bracketed_name_of_the_reporter_is_a_placeholder(line: str, flagged: bool) -> None:
    assert bool([f for f in _found(fm_placeholder, line + "\n") if f[1] == "fail"]) is flagged


# --- TB-ROW: the total rows of a 财政拨款收支总表 by fund -----------------------------------------------------------

FISCAL = ("附表4 财政拨款收入支出决算总表\n编制单位：某县测试医院 2024年度 单位：万元\n"
          "收入\t决算数\t支出\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款\n"
          "一、一般公共预算财政拨款\t300.00\t卫生健康支出\t330.00\t300.00\t30.00\t0.00\n"
          "本年收入合计\t330.00\t本年支出合计\t{whole}\t300.00\t30.00\t0.00\n"
          "总计\t330.00\t总计\t330.00\t300.00\t30.00\t0.00\n")


@pytest.mark.parametrize(("whole", "expected"), [
    ("330.00", [("TB-ROW", "pass", "error"), ("TB-ROW", "pass", "error")]),
    ("340.00", [("TB-ROW", "fail", "error"), ("TB-ROW", "pass", "error")]),
    ("330.01", [("TB-ROW", "fail", "info"), ("TB-ROW", "pass", "error")]),  # within the half-steps of four cells
    ("330.03", [("TB-ROW", "fail", "error"), ("TB-ROW", "pass", "error")]),
])
def test_a_total_row_of_the_fiscal_summary_adds_up_its_funds(whole: str, expected: list) -> None:
    assert _found(fiscal_total_rows, FISCAL.format(whole=whole)) == expected


def test_a_summary_without_a_total_column_before_its_funds_is_not_read() -> None:
    page = FISCAL.format(whole="340.00").replace("\t合计\t一般", "\t决算数\t一般")
    assert _found(fiscal_total_rows, page) == []


# --- PR-REPEAT: a numbered part's heading gives its subjectless budget-and-actual sentence its subject --------------

PART = ("四、一般公共预算财政拨款支出决算情况说明\n（一）总量。全年由一般公共预算财政拨款列支220.00万元。\n"
        "（三）完成情况。年初预算为200.00万元，支出决算为{actual}万元。\n")


@pytest.mark.parametrize(("actual", "expected"), [
    ("220.00", []),  # one amount, printed the same way twice: nothing to hold apart
    ("220.01", [("PR-REPEAT", "fail", "warning")]),  # the last digit
    ("202.00", [("PR-REPEAT", "fail", "error")]),
])
def test_the_actual_of_a_general_budget_part_is_held_to_its_total(actual: str, expected: list) -> None:
    assert _found(pt_general_spending_total, PART.format(actual=actual)) == expected


def test_an_item_before_a_colon_or_another_parts_heading_keeps_its_own_subject() -> None:
    colon = PART.format(actual="220.00") + "卫生健康支出（类）公共卫生（款）：年初预算为30.00万元，支出决算为35.00万元。\n"
    assert _found(pt_general_spending_total, colon) == []
    other = ("全年由一般公共预算财政拨款列支220.00万元。\n五、“三公”经费支出决算情况说明\n"
             "年初预算为30.00万元，支出决算为25.00万元。\n")
    assert _found(pt_general_spending_total, other) == []


# --- PR-DIR: the year-end balance against the year-start one, and 决算 against 预算 in another word order -------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("年初结转和结余100.00万元，年末结转和结余150.00万元，年末较年初增加50.00万元。", [("PR-DIR", "pass", "warning")]),
    ("年初结转和结余100.00万元，年末结转和结余150.00万元，年末较年初减少50.00万元。", [("PR-DIR", "fail", "warning")]),
    ("年初结转和结余150.00万元，年末结转和结余100.00万元，年末比年初减少50.00万元。", [("PR-DIR", "pass", "warning")]),
    ("年初结转和结余100.00万元，年末结转和结余100.00万元，年末较年初减少0.00万元。", []),  # no direction to hold
])
def test_the_direction_of_the_balances_change_follows_the_two_balances(sentence: str, expected: list) -> None:
    assert _found(pr_dir_balances, sentence + "\n") == expected


def test_a_budget_is_not_read_for_the_balances_direction() -> None:
    sentence = "年初结转和结余100.00万元，年末结转和结余150.00万元，年末较年初减少50.00万元。\n"
    assert _found(pr_dir_balances, sentence, kind="预算") == []


@pytest.mark.parametrize(("words", "expected"), [
    ("“三公”经费年初预算20.00万元，决算支出15.00万元，完成预算的75.00%。决算数小于预算数。", [("PR-DIR", "pass", "warning")]),
    ("“三公”经费年初预算20.00万元，决算支出15.00万元，完成预算的75.00%。决算数大于预算数。", [("PR-DIR", "fail", "warning")]),
])
def test_the_actual_against_the_budget_in_the_order_budget_then_spending(words: str, expected: list) -> None:
    assert _found(pr_dir_budget, words + "\n") == expected


def test_the_actual_after_an_items_run_in_heading_is_that_items() -> None:
    item = PART.format(actual="220.00") + "1.卫生健康支出（类）公立医院（款）。年初预算为150.00万元，支出决算为160.00万元。\n"
    assert _found(pt_general_spending_total, item) == []


def test_the_parser_leaves_a_split_without_other_spending_unnoted() -> None:
    text = STATEMENT.format(spent="900.00", general="220.00", actual="220.00").replace("；经营支出100.00万元", "")
    figures = parse_disclosures(text.encode("utf-8"), filename="statement.txt")[0].figures
    assert figures["basic_expenditure"].note is None


# --- FM-YEAR: a 决算's procurement total printed with the year before ------------------------------------------------

@pytest.mark.parametrize(("sentence", "flagged"), [
    ("2023年度政府采购支出总额80.00万元，其中货物类50.00万元、服务类30.00万元。", True),
    ("2024年度政府采购支出总额80.00万元，其中货物类50.00万元、服务类30.00万元。", False),   # its own year
    ("2023年度政府采购支出总额70.00万元，2024年度为80.00万元。", False),                   # two years compared
    ("2023年度政府采购支出总额70.00万元，本年比上年增加10.00万元。", False),               # a comparison
    ("2023年度政府采购计划已全部完成。", False),                                           # no total stated
])
def test_last_years_number_on_the_procurement_total_of_a_final_account(sentence: str, flagged: bool) -> None:
    from disclosures.parsing.checks.years import fm_year
    found = [f for f in _found(fm_year, "十、政府采购情况\n" + sentence + "\n") if f[1] == "fail"]
    assert bool(found) is flagged


def test_a_budget_may_state_last_years_procurement() -> None:
    from disclosures.parsing.checks.years import fm_year
    page = "十、政府采购情况\n2023年度政府采购支出总额80.00万元。\n"
    assert [f for f in _found(fm_year, page, kind="预算") if f[1] == "fail"] == []
