"""Rules fixed for the tenth blind corpus of the check engine (issue 9, checks_heldout10), each on small statements
written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.codes import fm_code_name_in_words
from disclosures.parsing.checks.listings import coded_listing_in_words
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_year
from disclosures.parsing.checks.wording import ie_bal_grand_in_words, ie_inc_sum
from disclosures.parsing.types import FunctionLine, ParsedDisclosure
from tests.parsing.lines import Line


def year_checks(lines: list[str], *, year: int = 2024, kind: str = "决算") -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县档案局", year=year, kind=kind, scope="部门")
    view = text_of([Line(line) for line in lines])
    return [(c.rule, c.outcome, c.severity) for c in fm_year(result, view) if "标题" in c.message]


# --- FM-YEAR: a numbered part's heading that gives another year, though it does not name the unit -----------------

@pytest.mark.parametrize(("heading", "expected"), [
    ("第二部分 2022年度部门决算情况说明", [("FM-YEAR", "fail", "warning")]),
    ("第二部分：2023年度部门决算情况说明", [("FM-YEAR", "fail", "warning")]),
    ("第二部分 2024年度部门决算情况说明", []),                  # the document's own year
    ("第三部分 2024年度部门决算表", []),
    ("2022年度部门决算情况说明", []),                            # neither the unit nor a numbered part: not read
    ("第二部分 2023年度部门预算情况说明", []),                  # another kind of document: not this one's heading
])
def test_a_numbered_part_heading_gives_the_document_year(heading: str, expected: list) -> None:
    assert year_checks([heading, "一、收入支出决算总体情况"]) == expected


def test_a_heading_naming_the_unit_is_still_read() -> None:
    assert year_checks(["某县档案局2023年度部门决算情况说明"]) == [("FM-YEAR", "fail", "warning")]


# --- TB-HIER / IE-EXP-SUM: a coded listing pasted into the words, one subject a line ------------------------------

def listing_checks(lines: list[str], *, function_codes: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县档案局", year=2025, kind="预算", scope="部门")
    result.function_lines = [FunctionLine("某科目", Decimal("1.00"), code, 1, "")
                                      for code in function_codes]
    return [(c.rule, c.outcome, c.message.split("：")[0])
            for c in coded_listing_in_words(result, text_of([Line(line) for line in lines]))]


PASTED = ["科目编码  科目名称  预算数",
          "213  农林水支出  {cls}",
          " 21305  巩固拓展脱贫攻坚成果  {cls}",
          "  2130501 行政运行  120.40",
          "  2130599 其他支出  {leaf}",
          "208  社会保障和就业支出  30.00",
          "  合计  {total}"]


def pasted(cls: str = "500.00", leaf: str = "379.60", total: str = "530.00") -> list[str]:
    return [line.format(cls=cls, leaf=leaf, total=total) for line in PASTED]


def test_a_pasted_listing_that_adds_up_passes() -> None:
    assert [(rule, outcome) for rule, outcome, _ in listing_checks(pasted())] == [
        ("TB-HIER", "pass"), ("TB-HIER", "pass"), ("IE-EXP-SUM", "pass")]


def test_a_kuan_whose_items_fall_short_fails() -> None:
    found = listing_checks(pasted(leaf="369.60"))
    assert ("TB-HIER", "fail", "第1页所列21305巩固拓展脱贫攻坚成果与其下级科目之和") in found
    assert ("IE-EXP-SUM", "pass") in [(rule, outcome) for rule, outcome, _ in found]


def test_a_total_line_that_differs_from_the_classes_fails() -> None:
    found = listing_checks(pasted(total="540.00"))
    assert [(rule, outcome) for rule, outcome, _ in found] == [("TB-HIER", "pass"), ("TB-HIER", "pass"),
                                                               ("IE-EXP-SUM", "fail")]


def test_a_gap_within_the_rounding_of_the_printed_amounts_passes() -> None:
    # three amounts printed to 0.01 each hide up to 0.005: a gap of 0.01 is within 0.015, one of 0.02 is not
    lines = ["213  农林水支出  500.00", " 21305  某款  500.00", "  2130501 行政运行  120.40", "  2130599 其他支出  379.61"]
    assert [(c.outcome, c.severity) for c in severities(lines)] == [("pass", "error"), ("fail", "info")]
    lines[3] = "  2130599 其他支出  379.62"
    assert [(c.outcome, c.severity) for c in severities(lines)] == [("pass", "error"), ("fail", "error")]


def severities(lines: list[str]) -> list:
    result = ParsedDisclosure(unit="某县档案局", year=2025, kind="预算", scope="部门")
    return list(coded_listing_in_words(result, text_of([Line(line) for line in lines])))


def test_the_sentence_leading_into_the_listing_gives_its_total() -> None:
    lines = ["本年一般公共预算支出{}万元，按支出功能分类：", "201 一般公共服务支出80.00万元", "    20129 群众团体事务80.00万元",
             "208 社会保障和就业支出20.00万元", "221 住房保障支出6.30万元"]
    ok = [lines[0].format("106.30")] + lines[1:]
    assert ("IE-EXP-SUM", "pass") in [(rule, outcome) for rule, outcome, _ in listing_checks(ok)]
    wrong = [lines[0].format("103.60")] + lines[1:]
    assert ("IE-EXP-SUM", "fail") in [(rule, outcome) for rule, outcome, _ in listing_checks(wrong)]


def test_not_applicable_when_the_tables_were_read_or_the_run_is_short() -> None:
    assert listing_checks(pasted(leaf="369.60"), function_codes=("213", "21305")) == []
    assert listing_checks(["213  农林水支出  500.00", " 21305  某款  400.00", "说明文字。"]) == []


# --- IE-INC-SUM: the change on last year printed between the 收入合计 and its 其中 list --------------------------------

def income_checks(sentence: str, *, kind: str = "决算") -> list[tuple[str, str]]:
    result = ParsedDisclosure(unit="某县档案局", year=2024, kind=kind, scope="部门")
    return [(c.outcome, c.severity) for c in ie_inc_sum(result, text_of([Line(sentence)]))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2024年度收入合计92.48万元，比上年86.30万元增加6.18万元，增长7.2%。其中财政拨款收入89.48万元，其他收入3.00万元。",
     [("pass", "error")]),
    ("2024年度收入合计92.48万元，比上年86.30万元增加6.18万元，增长7.2%。其中财政拨款收入88.48万元，其他收入3.00万元。",
     [("fail", "error")]),
    ("2024年度收入合计92.48万元，较上年减少1.20万元，其中财政拨款收入88.48万元，其他收入4.00万元。", [("pass", "error")]),
    ("2024年度收入合计92.48万元，较上年减少1.20万元，其中财政拨款收入88.48万元，其他收入4.01万元。", [("fail", "info")]),
    # the change sentence then another subject: its 其中 is not the income's list
    ("2024年度收入合计92.48万元，比上年增长7.2%。本年度支出合计90.00万元，其中基本支出80.00万元，项目支出10.00万元。", []),
])
def test_a_change_between_the_income_total_and_its_list(sentence: str, expected: list) -> None:
    assert income_checks(sentence) == expected


# --- IE-BAL from the words: 收入总计 and 支出总计 printed in one paragraph balance, in a 决算 as in a 预算 ---------------

def grand_checks(sentence: str, *, kind: str = "决算") -> list[tuple[str, str]]:
    result = ParsedDisclosure(unit="某县档案局", year=2024, kind=kind, scope="部门")
    return [(c.outcome, c.severity) for c in ie_bal_grand_in_words(result, text_of([Line(sentence)]))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("本年收入1,085.64万元；年初结转和结余42.10万元；收入总计1,127.74万元。本年支出1,085.64万元；年末结转和结余42.10万元；"
     "支出总计1,127.74万元。", [("pass", "error")]),
    ("本年收入1,085.64万元；年初结转和结余42.10万元；收入总计1,127.74万元。本年支出1,085.64万元；年末结转和结余32.10万元；"
     "支出总计1,117.74万元。", [("fail", "error")]),
    ("2024年度收入总计412.36万元，其中财政拨款收入398.16万元。2024年度支出总计412.37万元。", [("fail", "info")]),
    ("2024年度收入总计412.36万元，其中财政拨款收入398.16万元。2024年度支出总计412.38万元。", [("fail", "error")]),
    # last year's pair, or only one of the two: not read
    ("上年收入总计400.00万元，上年支出总计390.00万元。", []),
    ("2023年度收入总计400.00万元，2023年度支出总计390.00万元。", []),
    ("2024年度收入总计412.36万元，其中财政拨款收入398.16万元。", []),
])
def test_grand_totals_in_the_words_balance(sentence: str, expected: list) -> None:
    assert grand_checks(sentence) == expected


# --- FM-CODE-NAME from the words: a 款/项 code stated in a sentence under another code's name -----------------------

def code_checks(sentence: str, *, year: int = 2024) -> list[tuple[str, str]]:
    result = ParsedDisclosure(unit="某县档案局", year=year, kind="决算", scope="部门")
    return [(c.outcome, c.severity) for c in fm_code_name_in_words(result, text_of([Line(sentence)]))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("社会保障和就业支出45.18万元：2080505 机关事业单位基本养老保险缴费支出30.12万元，2080506 机关事业单位职业年金缴费支出15.06万元。",
     []),
    ("社会保障和就业支出45.18万元：2080505 机关事业单位职业年金缴费支出30.12万元，2080506 机关事业单位职业年金缴费支出15.06万元。",
     [("fail", "warning")]),                                  # 2080506's name under 2080505
    ("2210201住房公积金12.00万元。", []),
    ("2210201住房补贴12.00万元。", [("fail", "warning")]),     # a name unlike the code's own
    ("2130599其他巩固脱贫支出230.40万元。", []),               # a code the data does not hold is not judged
])
def test_a_detail_code_named_in_the_words(sentence: str, expected: list) -> None:
    assert code_checks(sentence) == expected


def test_a_spending_total_printed_beside_the_carry_over_that_fills_the_gap_is_not_read() -> None:
    # 总计 said of the spending alone: 691.30 + 年末结转和结余 7.12 = 698.42
    assert grand_checks("2024年度收入总计698.42万元，支出总计691.30万元，年末结转和结余7.12万元。") == []
    assert grand_checks("2024年度收入总计698.42万元，支出总计691.30万元，年末结转和结余7.02万元。") == [("fail", "error")]


def test_a_code_in_brackets_after_its_name_is_not_read_as_named() -> None:
    # “行政运行（2010801项）432.10万元”: the name stands before the code, nothing to judge after it
    assert code_checks("其中行政运行（2010801项）432.10万元，机关事业单位基本养老保险缴费（2080505项）30.12万元。") == []
