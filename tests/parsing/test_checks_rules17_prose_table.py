"""Prose against the tables where no rule held the two (issue 9, family "prose against tables"): the classes the prose
lists for all funds against the class rows of the 部门收支总表 (PT-FUNC), the stated difference between the 部门 and
the 财政拨款 receipts against the totals the prose states (TT-BRIDGE), and the “类-款-项”X万元 paragraphs against
the 项 rows of a 一般公共预算 function table read from its printed lines when the parser kept none (PT-ITEM).
Sentences and tables written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.prose_tables import (
    _overview_classes, fiscal_spending_words_vs_table, pt_carry, pt_func_overview, pt_income_sources, pt_item_printed,
    tt_bridge_stated,
)
from disclosures.parsing.checks.stated import pt_total
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.document import load_document
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure


def _result(*classes: tuple[str, str, str], kind: str = "预算", scope: str = "全口径",
            **figures: Figure) -> ParsedDisclosure:
    lines = [FunctionLine(name=name, value=Decimal(value), code=code, page=1, source=f"{name}{value}万元",
                          fund_scope=scope) for name, code, value in classes]
    return ParsedDisclosure(unit="某县测试局", year=2026, kind=kind, scope="部门", figures=dict(figures),
                            expenditure_by_function=lines)


def _found(rule, lines: list[str], result: ParsedDisclosure) -> list[tuple[str, str, str]]:
    text = "某县测试局2026年部门预算\n" + "\n".join(lines) + "\n"
    document = load_document(text.encode(), filename="t.txt")
    view = text_of(document.lines, document)
    return [(c.outcome, c.severity, c.message) for c in rule(result, view)]


# ---- the spending side of a 收支总表, as its printed lines read ------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("一、一般公共预算拨款收入558.19一般公共服务支出419.08", {"201": ("一般公共服务支出", "419.08")}),
    ("卫生健康支出24.30", {"210": ("卫生健康支出", "24.30")}),
    ("二、政府性基金预算拨款收入社会保障和就业支出73.05", {"208": ("社会保障和就业支出", "73.05")}),  # blank income cell
    ("事业收入12.00三、农林水支出1,320.50", {"213": ("农林水支出", "1,320.50")}),
    ("城乡社区支出120.000.00120.00", {"212": ("城乡社区支出", "120.00")}),  # 合计 = its fund columns
    ("住房保障支出41.7640.00", {}),  # two columns that do not add up: which one is the total is not known
    ("其他一般公共服务支出41.76", {}),  # a longer name, not the class
])
def test_class_rows_are_read_from_the_printed_lines(line: str, expected: dict) -> None:
    assert _overview_classes(["单位:万元", "项目预算数项目预算数", line]) == expected


def test_a_table_with_row_numbers_gives_no_class_rows() -> None:
    assert _overview_classes(["单位:万元", "项目行次金额项目行次金额", "一般公共服务支出32419.08"]) == {}


# ---- PT-FUNC: the prose classes of all funds = the 部门收支总表's class rows ----------------------------------------

OVERVIEW = ["表一 部门收支总表", "单位：万元", "收入 支出", "项目 预算数 项目 预算数",
            "一、一般公共预算拨款收入 558.19 一般公共服务支出 419.08", "二、政府性基金预算拨款收入 120.00 卫生健康支出 {cell}",
            "本年收入合计 678.19 本年支出合计 678.19"]


def _overview(cell: str, prose: str, **kw) -> list[tuple[str, str, str]]:
    lines = [line.format(cell=cell) for line in OVERVIEW]
    return _found(pt_func_overview, lines, _result(("一般公共服务支出", "201", "419.08"), ("卫生健康支出", "210", prose), **kw))


def test_prose_classes_equal_to_the_overview_rows_pass() -> None:
    assert [(o, s) for o, s, _ in _overview("24.30", "24.30")] == [("pass", "error"), ("pass", "error")]


def test_a_class_row_slipped_in_the_overview_is_an_error_naming_both_amounts() -> None:
    found = _overview("27.30", "24.30")
    assert [(o, s) for o, s, _ in found] == [("pass", "error"), ("fail", "error")]
    assert "24.30" in found[1][2] and "27.30" in found[1][2] and "部门收支总表" in found[1][2]


@pytest.mark.parametrize("cell, outcome, severity", [
    ("24.34", "pass", "error"),  # the prose's one decimal: 24.34 rounds to 24.3
    ("24.35", "fail", "info"),  # rounds to 24.4, within the envelope 0.05 + 0.005
    ("24.36", "fail", "warning"),  # beyond it, but 24.3 is 24.36 cut off: a truncation, not a slip
    ("24.41", "fail", "error"),  # beyond it, and neither rounded nor cut off
])
def test_the_tolerance_edge_follows_the_prose_decimals(cell: str, outcome: str, severity: str) -> None:
    assert [(o, s) for o, s, _ in _overview(cell, "24.3")][1] == (outcome, severity)


def test_classes_of_one_fund_are_not_held_to_the_overview_of_all_funds() -> None:
    assert _overview("27.30", "24.30", scope="一般公共预算财政拨款") == []


def test_a_table_in_yuan_is_converted() -> None:
    lines = ["表一 部门收支总表", "单位：元", "项目 预算数 项目 预算数", "一、一般公共预算拨款收入 243,000.00 卫生健康支出 243,000.00"]
    found = _found(pt_func_overview, lines, _result(("卫生健康支出", "210", "24.30")))
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]


# ---- TT-BRIDGE: the stated difference between the 部门 and 财政拨款 receipts ------------------------------------

def _income(value: str) -> Figure:
    return Figure("income_total", Decimal(value), page=1, source=f"部门收入预算{value}万元", origin="prose",
                  display_scale=2)


def _bridge(gap: str, income: str = "2503.60") -> list[tuple[str, str, str]]:
    lines = ["二、收支预算总体情况", f"部门收入预算{income}万元，其中事业收入216.50万元，上年结转124.80万元。",
             "三、财政拨款收支预算总体情况",
             f"财政拨款收入预算2162.30万元，财政拨款支出预算2162.30万元。财政拨款收支预算与部门收支预算相差{gap}万元。"]
    return _found(tt_bridge_stated, lines, _result(income_total=_income(income)))


def test_a_stated_difference_equal_to_the_two_totals_passes() -> None:
    assert [(o, s) for o, s, _ in _bridge("341.30")] == [("pass", "warning")]


def test_a_difference_naming_one_source_only_is_a_warning() -> None:
    found = _bridge("216.50")
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "216.50" in found[0][2] and "2162.30" in found[0][2] and "2503.60" in found[0][2]


def test_a_difference_within_the_rounding_envelope_is_info() -> None:
    assert [(o, s) for o, s, _ in _bridge("341.3", income="2503.64")] == [("fail", "info")]


def test_no_bridge_without_the_department_total_from_the_words() -> None:
    lines = ["财政拨款收入预算2162.30万元。财政拨款收支预算与部门收支预算相差216.50万元。"]
    assert _found(tt_bridge_stated, lines, _result()) == []


# ---- PT-ITEM from the printed lines of the 一般公共预算 function table ------------------------------------------

ITEMS = ["五、一般公共预算财政拨款支出情况",
         "农林水支出（类）林业和草原（款）森林生态效益补偿（项）{amount}万元。",
         "表五 一般公共预算财政拨款支出表", "单位：万元", "科目编码 科目名称 合计 基本支出 项目支出",
         "213 农林水支出 440.00 53.58 386.42", "21302 林业和草原 440.00 53.58 386.42",
         "2130201 行政运行 53.58 53.58", "2130209 森林生态效益补偿 386.42 386.42", "合计 440.00 53.58 386.42"]


def _items(amount: str, result: ParsedDisclosure | None = None) -> list[tuple[str, str, str]]:
    return _found(pt_item_printed, [line.format(amount=amount) for line in ITEMS], result or _result(kind="决算"))


def test_an_item_equal_to_its_printed_row_passes() -> None:
    assert [(o, s) for o, s, _ in _items("386.42")] == [("pass", "error")]


def test_an_item_differing_from_its_printed_row_is_an_error() -> None:
    found = _items("389.42")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "389.42" in found[0][2] and "386.42" in found[0][2] and "2130209" in found[0][2]


def test_an_item_at_the_rounding_edge() -> None:
    assert [(o, s) for o, s, _ in _items("386.4")] == [("pass", "error")]  # 386.42 rounded to the words' decimal
    assert [(o, s) for o, s, _ in _items("386.5")] == [("fail", "error")]  # 0.08 beyond the envelope 0.055


def test_the_printed_rows_are_not_read_when_the_parser_kept_item_rows() -> None:
    result = _result(kind="决算")
    result.function_lines = [FunctionLine("森林生态效益补偿", Decimal("386.42"), "2130209", 2, level="项", table="表五")]
    assert _items("389.42", result) == []


def test_an_item_under_another_kuan_is_not_compared() -> None:
    lines = [line.format(amount="389.42").replace("林业和草原（款）", "农业农村（款）") for line in ITEMS]
    assert _found(pt_item_printed, lines, _result(kind="决算")) == []


# ---- PT-MAP: 年初/年末结转和结余 in the words = the rows of the 收支总表 of the same funds ---------------------------

CARRY = ["一、收入支出决算总体情况说明", "{words}",
         "表一 收入支出决算总表", "单位：万元", "收入 决算数 支出 决算数",
         "年初结转和结余 51.49 年末结转和结余 27.41", "总计 938.85 总计 938.85",
         "表四 财政拨款收入支出决算总表", "单位：万元", "收入 决算数 支出 合计 一般公共预算 政府性基金",
         "年初财政拨款结转和结余 40.00", "年末财政拨款结转和结余 20.00 20.00 0.00"]


def _carry(words: str) -> list[tuple[str, str, str]]:
    return _found(pt_carry, [line.format(words=words) for line in CARRY], _result(kind="决算"))


def test_carry_over_of_all_funds_and_of_the_appropriations_pass() -> None:
    found = _carry("年初结转和结余51.49万元，年末结转和结余27.41万元。年初财政拨款结转和结余40.00万元。")
    assert [(o, s) for o, s, _ in found] == [("pass", "error")] * 3


def test_a_slipped_carry_over_is_an_error_against_its_own_table() -> None:
    found = _carry("年初结转和结余51.49万元，年末财政拨款结转和结余27.41万元。")
    assert [(o, s) for o, s, _ in found] == [("pass", "error"), ("fail", "error")]
    assert "27.41" in found[1][2] and "20.00" in found[1][2] and "财政拨款收入支出决算总表" in found[1][2]


def test_a_carry_over_at_the_rounding_edge() -> None:
    assert [(o, s) for o, s, _ in _carry("年初结转和结余51.5万元。")] == [("pass", "error")]
    assert [(o, s) for o, s, _ in _carry("年初结转和结余51.6万元。")] == [("fail", "error")]


@pytest.mark.parametrize("words", [
    "一般公共预算财政拨款年初结转和结余30.00万元。",  # one fund's: another column
    "财政拨款收入887.36万元，年末结转和结余27.00万元。",  # a 财政拨款 sentence: whose carry-over is not said
    "本年收入合计887.36万元。",  # no carry-over stated
])
def test_carry_over_of_another_scope_is_not_compared(words: str) -> None:
    assert _carry(words) == []


# ---- PT-TOTAL: “收入、支出总计均为X万元” against the 收支总表 under its short caption ---------------------------------

TOTALS = ["{words}", "表一 收支总表", "单位：万元", "收入项目 决算数 支出项目 决算数",
          "一般公共预算财政拨款收入 2,363.00 一般公共服务支出 2,381.25", "其他收入 18.25",
          "收入总计 2,381.25 支出总计 2,381.25"]


def _totals(words: str) -> list[tuple[str, str, str]]:
    return _found(pt_total, [line.format(words=words) for line in TOTALS], _result(kind="决算"))


@pytest.mark.parametrize("words, outcome, severity", [
    ("2024年度收入、支出总计均为2,381.25万元。", "pass", "error"),
    ("2024年度收入、支出决算总计均为2,384.25万元。", "fail", "error"),
    ("2024年度收入支出总计2,381.3万元。", "pass", "error"),  # rounded to the words' decimal
    ("2024年度收入支出总计2,381.2万元。", "fail", "info"),  # 0.05 off: within the envelope 0.05 + 0.005
    ("2024年度收入支出总计2,381.1万元。", "fail", "error"),  # beyond it
])
def test_totals_stated_with_the_words_apart_are_held_to_the_table(words: str, outcome: str, severity: str) -> None:
    assert [(o, s) for o, s, _ in _totals(words)] == [(outcome, severity)]


def test_totals_with_the_words_apart_and_no_table_say_nothing() -> None:
    assert _found(pt_total, ["2024年度收入、支出总计均为2,381.25万元。"], _result(kind="决算")) == []


# ---- PT-MAP: the income sources besides the 财政拨款 = the 部门收支总表's income rows -----------------------------

SOURCES = ["二、收支预算总体情况", "{words}", "表1 部门收支总表", "单位：万元", "收入项目 预算数 支出项目 预算数",
           "一般公共预算拨款 2723.30 卫生健康支出 2513.00", "事业收入 118.15 社会保障和就业支出 188.40",
           "上年结转 120.00 住房保障支出 260.05", "本年收入合计 2961.45 本年支出合计 2961.45"]


def _sources(words: str) -> list[tuple[str, str, str]]:
    return _found(pt_income_sources, [line.format(words=words) for line in SOURCES], _result())


def test_income_sources_equal_to_the_overview_rows_pass() -> None:
    found = _sources("收入预算2961.45万元。其中：一般公共预算拨款2723.30万元，事业收入118.15万元，上年结转120.00万元。")
    assert [(o, s) for o, s, _ in found] == [("pass", "error"), ("pass", "error")]


def test_a_source_row_slipped_is_an_error_naming_both_amounts() -> None:
    found = _sources("收入预算2961.45万元，其中事业收入118.15万元，上年结转123.00万元。")
    assert [(o, s) for o, s, _ in found] == [("pass", "error"), ("fail", "error")]
    assert "123.00" in found[1][2] and "120.00" in found[1][2]


def test_a_source_at_the_rounding_edge() -> None:
    assert [(o, s) for o, s, _ in _sources("收入预算2961.45万元，其中事业收入118.2万元。")] == [("pass", "error")]
    assert [(o, s) for o, s, _ in _sources("收入预算2961.45万元，其中事业收入118.3万元。")] == [("fail", "error")]


@pytest.mark.parametrize("words", [
    "财政拨款收入2723.30万元，一般公共预算上年结转100.00万元。",  # one fund's carry-over
    "事业收入比上年增加10.00万元。",  # a change, not the source
    "支出预算2961.45万元，其中上年结转安排100.00万元。",  # no income listed before it
])
def test_sources_of_another_scope_or_no_source_are_not_compared(words: str) -> None:
    assert _sources(words) == []


# ---- PT-MAP: a 决算's bare 财政拨款支出 = the 财政拨款收入支出决算总表's 本年支出合计 ------------------------------------

FISCAL = ["四、财政拨款支出决算情况", "{words}", "\f表四 财政拨款收入支出决算总表", "单位：万元",
          "收入 决算数 支出 决算数", "本年收入合计 390.00 本年支出合计 397.84", "年初财政拨款结转和结余 16.60 年末财政拨款结转和结余 8.76",
          "总计 406.60 总计 406.60"]


def _fiscal(words: str, kind: str = "决算") -> list[tuple[str, str, str]]:
    return _found(fiscal_spending_words_vs_table, [line.format(words=words) for line in FISCAL], _result(kind=kind))


@pytest.mark.parametrize("words, outcome, severity", [
    ("2026年度财政拨款支出397.84万元。", "pass", "error"),
    ("2026年度财政拨款支出400.84万元。", "fail", "error"),
    ("2026年度财政拨款支出397.8万元。", "pass", "error"),  # rounded to the words' decimal
    ("2026年度财政拨款支出397.9万元。", "fail", "error"),  # 397.84 rounds to 397.8: 0.06 off, beyond 0.05 + 0.005
])
def test_bare_fiscal_spending_is_held_to_the_total_row(words: str, outcome: str, severity: str) -> None:
    assert [(o, s) for o, s, _ in _fiscal(words)] == [(outcome, severity)]


@pytest.mark.parametrize("words", [
    "2026年度“三公”经费财政拨款支出2.00万元。",  # the 三公 part
    "一般公共预算财政拨款支出300.00万元。",  # one fund's
    "2025年度财政拨款支出350.00万元。",  # another year
])
def test_other_fiscal_spending_is_not_compared(words: str) -> None:
    assert _fiscal(words) == []


def test_a_budget_has_no_such_total_row() -> None:
    assert _fiscal("2026年度财政拨款支出400.84万元。", kind="预算") == []


FISCAL_TOTALS = ["{words}", "表四 财政拨款收支总表", "单位：万元", "收入项目 预算数 支出项目 预算数",
                 "一般公共预算拨款 1,563.68 社会保障和就业支出 1,563.68", "政府性基金预算拨款 350.29 城乡社区支出 350.29",
                 "收入合计 1,913.97 支出合计 1,913.97"]


@pytest.mark.parametrize("words, outcome, severity", [
    ("财政拨款收支预算总额1,913.97万元，较上年预算增加44.40万元。", "pass", "error"),
    ("2023年财政拨款收支总决算1,916.97万元。", "fail", "error"),  # the 收入合计 row of a table with no 总计 row
])
def test_the_short_form_of_the_fiscal_total_is_held_to_the_table(words: str, outcome: str, severity: str) -> None:
    found = _found(pt_total, [line.format(words=words) for line in FISCAL_TOTALS], _result())
    assert [(o, s) for o, s, _ in found] == [(outcome, severity)]


def test_one_funds_total_is_not_the_fiscal_total() -> None:
    words = "一般公共预算收支总额1,563.68万元。"
    assert _found(pt_total, [line.format(words=words) for line in FISCAL_TOTALS], _result()) == []
