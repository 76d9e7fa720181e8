"""Rules fixed for the twenty-fourth blind corpus of the check engine (issue 9, checks_heldout24): TB-T3 quotes a
元 table's lines as printed, a 基本支出 split opened by 中 is read, a change that prints last year's amount but not this
year's is held to the subject's amount stated just before (PR-DIR), a 预算's prose 政府性基金 spending is held to its
expenditure table (PT-GF), a split whose whole slipped into 元 is a unit error, a 收入总表's 合计 row and a 三公 table's
rows are read from printed lines without a grid (TB-ROW, TB-T4), and one amount printed twice with the same decimals
but differing is a warning (PR-REPEAT). Sentences and tables written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.changes import change_on_last_year
from disclosures.parsing.checks.figures import tb_t3
from disclosures.parsing.checks.sangong import sg_table_rows
from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.checks.summaries import income_total_row
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.splits import basic_split_adds_up, opc_within_stated_public
from disclosures.parsing.checks.totals import fund_spending_vs_table
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import EconomicLine, Figure, ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "预算", year: int = 2026, **extra) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={}, **extra)


def _run(rule, result: ParsedDisclosure, *pages: str) -> list:
    return list(rule(result, text_of(page_lines(list(pages)))))


# --- TB-T3: a 元 table's lines are quoted as printed ------------------------------------------------------------

BASIC_TABLE = "某县测试局2026年一般公共预算基本支出表"


def _basic_table(unit: str, office: str, leaves: tuple[str, str]) -> ParsedDisclosure:
    lines = [EconomicLine("公用经费", Decimal(office), None, 4, BASIC_TABLE),
             EconomicLine("商品和服务支出", Decimal(office), "302", 4, BASIC_TABLE),
             EconomicLine("办公费", Decimal(leaves[0]), "30201", 4, BASIC_TABLE),
             EconomicLine("差旅费", Decimal(leaves[1]), "30211", 4, BASIC_TABLE)]
    cell = Figure("basic_expenditure", Decimal(office), page=4, source_unit=unit, origin="table", table=BASIC_TABLE,
                  display_scale=2)
    return _result(economic_lines=lines, table_figures=[cell])


def test_it_quotes_a_yuan_tables_lines_as_printed_when_the_class_disagrees_with_its_leaves() -> None:
    # 302 printed 176.47 (1,764,700.00元) while 30201 28.49 + 30211 150.00 = 178.49
    checks = [c for c in tb_t3(_basic_table("元", "176.47", ("28.49", "150.00"))) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in checks] == [("TB-T3", "error")]
    assert "176.47（1,764,700元）" in checks[0].message
    assert "28.49（284,900元）" in checks[0].message and "150（1,500,000元）" in checks[0].message
    assert "178.49" in checks[0].message


def test_it_keeps_a_wan_yuan_tables_lines_without_a_yuan_quote() -> None:
    checks = [c for c in tb_t3(_basic_table("万元", "176.47", ("28.49", "150.00"))) if c.outcome == "fail"]
    assert [c.rule for c in checks] == ["TB-T3"]
    assert "元）" not in checks[0].message and "28.49+150=178.49" in checks[0].message


@pytest.mark.parametrize("second, outcome", [("147.99", "pass"), ("148.00", "fail")])
def test_a_yuan_tables_lines_keep_their_rounding_tolerance(second: str, outcome: str) -> None:
    # three terms of half a cent of 万元 each: 0.01 apart passes, 0.02 apart does not
    checks = list(tb_t3(_basic_table("元", "176.47", ("28.49", second))))
    assert [(c.rule, c.outcome) for c in checks] == [("TB-T3", outcome)]


# --- IE-BP: “基本支出X万元中：人员经费…；公用经费…” --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "基本支出418.60万元中：人员经费345.80万元，用于工资和社保缴费；公用经费66.20万元，用于办公和差旅。",
    "基本支出418.60万元中:人员经费345.80万元;公用经费66.20万元。",  # half-width colon and semicolon
    "基本支出418.60万元中：\n人员经费345.80万元；公用经费66.20万元。",  # the split starts on the next line
    "基本支出418.60万元中：人员经费3 45.80万元；公用经费66.20万元。",  # a space inside a number
])
def test_it_reports_a_basic_split_opened_by_zhong_that_does_not_add_up(text: str) -> None:
    checks = [c for c in _run(basic_split_adds_up, _result(), text) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in checks] == [("IE-BP", "error")]
    assert "418.60" in checks[0].message and "345.80+66.20=412.00" in checks[0].message
    assert "差6.60" in checks[0].message


@pytest.mark.parametrize("office, outcome, severity", [
    ("72.80", "pass", "error"), ("72.81", "fail", "info"), ("72.83", "fail", "error")])
def test_a_basic_split_opened_by_zhong_is_held_within_its_rounding(office: str, outcome: str, severity: str) -> None:
    # 345.80 + 72.80 = 418.60; three amounts of two decimals allow 0.015: 0.01 off is a rounding hint, 0.03 an error
    text = f"基本支出418.60万元中：人员经费345.80万元；公用经费{office}万元。"
    checks = _run(basic_split_adds_up, _result(), text)
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("IE-BP", outcome, severity)]


def test_it_does_not_read_zhong_as_a_split_when_another_word_follows() -> None:
    text = "基本支出418.60万元中央转移支付安排部分，人员经费345.80万元；公用经费66.20万元。"
    assert _run(basic_split_adds_up, _result(), text) == []


# --- PR-DIR: the change's subject stated with its amount in the sentence before ---------------------------------

FINAL = _result("决算", 2022)


@pytest.mark.parametrize("text", [
    "2022年度支出决算1,598.60万元，年初预算1,520.00万元。支出决算比2021年度的1,475.30万元下降123.30万元，主要是造林增加。",
    "本年支出决算1,598.60万元。支出决算比上年(1,475.30万元)下降123.30万元。",  # half-width brackets
    "2022年度支出决算1,598.60万元。\n支出决算较上年1,475.30万元减少123.30万元。",  # a line break between
])
def test_it_reports_a_direction_word_turned_round_when_this_years_amount_is_in_the_sentence_before(text: str) -> None:
    checks = [c for c in _run(change_on_last_year, FINAL, text) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in checks] == [("PR-DIR", "warning")]
    assert "支出决算本年1,598.60万元" in checks[0].message and "上年1,475.30万元" in checks[0].message
    assert "实为增加123.30万元" in checks[0].message
    assert [f["value"] for f in checks[0].figures] == ["1,598.60", "1,475.30", "123.30"]


def test_it_reads_a_prior_printed_in_yuan() -> None:
    text = "本年支出决算1,598.60万元。支出决算比上年的14,753,000.00元下降1,233,000.00元。"
    checks = [c for c in _run(change_on_last_year, FINAL, text) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in checks] == [("PR-DIR", "warning")]


@pytest.mark.parametrize("text", [
    "本年支出决算1,598.60万元。支出决算比上年的1,475.30万元增加123.30万元。",  # the right direction
    "本年支出决算1,598.60万元。支出决算比上年的1,475.30万元下降120.30万元。",  # another slip: not a turned word
    "本年收入决算1,598.60万元。支出决算比上年的1,475.30万元下降123.30万元。",  # another subject
])
def test_it_reports_no_direction_when_the_words_agree_or_the_subject_is_not_the_one_stated(text: str) -> None:
    assert [c.rule for c in _run(change_on_last_year, FINAL, text) if c.outcome == "fail"] == []


def test_it_takes_the_subjects_amount_only_from_the_same_page() -> None:
    checks = _run(change_on_last_year, FINAL, "本年支出决算1,598.60万元。", "支出决算比上年的1,475.30万元下降123.30万元。")
    assert [c.rule for c in checks if c.outcome == "fail"] == []


# --- PT-GF: a 预算's prose 政府性基金 spending against its expenditure table --------------------------------------

FUND_TABLE = "某县测试局2026年政府性基金预算支出表"


def _with_fund_table(value: str, kind: str = "预算") -> ParsedDisclosure:
    cell = Figure("gov_fund_appropriation", Decimal(value), page=7, source_unit="元", fund_scope="政府性基金",
                  origin="table", table=FUND_TABLE, row="合计", display_scale=2)
    return _result(kind, table_figures=[cell])


@pytest.mark.parametrize("text", [
    "政府性基金预算支出60.00万元，全部为项目支出，用于道路配套。",
    "政府性基金预算财政拨款支出60.00万元。",
    "政府性基金支出为60.00万元。",
])
def test_it_reports_prose_fund_spending_that_its_table_does_not_print(text: str) -> None:
    checks = [c for c in _run(fund_spending_vs_table, _with_fund_table("70"), text) if c.outcome == "fail"]
    assert [(c.rule, c.severity, c.page) for c in checks] == [("PT-GF", "error", 1)]
    assert "60.00" in checks[0].message and "700,000.00元" in checks[0].message and "差10.00" in checks[0].message


@pytest.mark.parametrize("prose, table, outcome", [
    ("70.00", "70", "pass"), ("70.0", "70.04", "pass"), ("70.0", "70.06", "fail")])
def test_prose_fund_spending_is_held_to_the_table_after_rounding(prose: str, table: str, outcome: str) -> None:
    checks = _run(fund_spending_vs_table, _with_fund_table(table), f"政府性基金预算支出{prose}万元。")
    assert [(c.rule, c.outcome) for c in checks] == [("PT-GF", outcome)]


@pytest.mark.parametrize("text, kind", [
    ("上年政府性基金预算支出60.00万元。", "预算"),  # last year's
    ("政府性基金预算支出60.00万元。", "决算"),  # a 决算's table may hold income and carry-over too
    ("政府性基金预算收入60.00万元。", "预算"),  # the income side is PT-GF's figure rule's
])
def test_it_leaves_another_years_another_kinds_and_the_income_sides_amounts(text: str, kind: str) -> None:
    assert _run(fund_spending_vs_table, _with_fund_table("70", kind), text) == []


# --- FM-UNIT-10K: a 基本支出 split whose whole slipped into 元 -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "一般公共预算财政拨款支出1,256.47万元，其中基本支出578.47元，包括人员经费462.78万元、公用经费115.69万元。",
    "基本支出578.47元(人员经费462.78万元,公用经费115.69万元)。",  # half-width brackets and commas
    "基本支出578.47元，其中：\n人员经费462.78万元；公用经费115.69万元。",  # a line break inside
])
def test_it_reports_a_basic_split_whose_whole_is_printed_in_yuan(text: str) -> None:
    checks = [c for c in _run(basic_split_adds_up, _result(), text) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in checks] == [("FM-UNIT-10K", "error")]
    assert "578.47元" in checks[0].message and "462.78+115.69=578.47" in checks[0].message


def test_it_converts_a_split_printed_wholly_in_yuan_and_passes_it() -> None:
    text = "基本支出5,784,700.00元，其中人员经费4,627,800.00元、公用经费1,156,900.00元。"
    checks = _run(basic_split_adds_up, _result(), text)
    assert [(c.rule, c.outcome) for c in checks] == [("IE-BP", "pass")]


def test_it_reports_a_split_in_yuan_that_does_not_add_up_by_its_own_amounts() -> None:
    text = "基本支出5,784,700.00元，其中人员经费4,627,800.00元、公用经费1,146,900.00元。"
    checks = [c for c in _run(basic_split_adds_up, _result(), text) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in checks] == [("IE-BP", "error")]
    assert "差1" in checks[0].message  # 1 万元 apart: 10,000元


# --- TB-ROW: a 收入总表's 合计 row from its printed lines (no ruled grid) ---------------------------------------------

def _income_table(total_row: str, header_tail: str = "上年结\n转") -> str:
    return ("表七\n某县测试局2026年部门收入总表\n单位：元\n"
            f"科目编码 科目名称 合计 一般公共预算拨款 政府性基金预算拨款 事业收入 其他收入 {header_tail}\n"
            f"{total_row}\n"
            "208 社会保障和就业支出 1,000,000.00 1,000,000.00 0.00 0.00 0.00 0.00\n"
            "213 农林水支出 9,530,000.00 8,800,000.00 500,000.00 230,000.00 0.00 0.00")


def test_it_reads_an_income_tables_total_row_from_printed_lines() -> None:
    # the 事业收入 cell of the 合计 row reads 130,000.00 where the class row has 230,000.00
    page = _income_table("合计 10,530,000.00 9,800,000.00 500,000.00 130,000.00 0.00 0.00")
    checks = [c for c in _run(income_total_row, _result(), page) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in checks] == [("TB-ROW", "error")]
    assert "10,530,000.00元" in checks[0].message and "130,000.00元" in checks[0].message and "差10" in checks[0].message


@pytest.mark.parametrize("tail", ["上年结\n转", "上年结转", "上年结转结余"])
def test_an_income_tables_total_row_that_adds_up_raises_nothing(tail: str) -> None:
    page = _income_table("合计 10,530,000.00 9,800,000.00 500,000.00 230,000.00 0.00 0.00", tail)
    assert [c for c in _run(income_total_row, _result(), page) if c.outcome == "fail"] == []


def test_it_leaves_a_total_row_whose_header_names_an_unknown_column() -> None:
    page = _income_table("合计 10,530,000.00 9,800,000.00 500,000.00 130,000.00 0.00 0.00", "上年结转 某某资金")
    assert _run(income_total_row, _result(), page) == []


# --- TB-T4: each printed row of a 三公 table the parser read no cells from ----------------------------------------

def _sangong_table(rows: str, unit: str = "元") -> str:
    return ("表四\n某县测试局2026年一般公共预算“三公”经费支出表\n"
            f"单位：{unit}\n"
            "项目 合计 因公出国（境）费 公务用车购置及运行维护费小计 公务用车购置费 公务用车运行维\n护费 公务接待费\n"
            + rows)


def test_it_reports_a_sangong_row_that_kept_last_years_total() -> None:
    page = _sangong_table("2025年预算数 310,000.00 0.00 250,000.00 0.00 250,000.00 60,000.00\n"
                          "2026年预算数 310,000.00 0.00 230,000.00 0.00 230,000.00 50,000.00")
    checks = [c for c in _run(sg_table_rows, _result(), page) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in checks] == [("TB-T4", "error")]
    assert "“2026年预算数”行" in checks[0].message and "310,000.00元" in checks[0].message
    assert "230,000.00元" in checks[0].message and "=28，差3" in checks[0].message


def test_it_reports_a_vehicle_subtotal_that_its_parts_do_not_make() -> None:
    page = _sangong_table("2026年预算数 28.40 0.00 23.50 5.00 18.40 4.90", unit="万元")
    checks = [c for c in _run(sg_table_rows, _result(), page) if c.outcome == "fail"]
    assert [(c.rule, c.name) for c in checks] == [("TB-T4", "“三公”经费表公务用车小计等于购置费与运行维护费之和")]
    assert "23.50" in checks[0].message and "5.00+18.40=23.40" in checks[0].message


@pytest.mark.parametrize("whole, outcome", [("28.40", "pass"), ("28.41", "fail")])
def test_a_sangong_row_in_wan_yuan_is_held_to_its_printed_decimals(whole: str, outcome: str) -> None:
    page = _sangong_table(f"2026年预算数 {whole} 0.00 23.50 5.00 18.50 4.90", unit="万元")
    checks = [c for c in _run(sg_table_rows, _result(), page) if c.name == "“三公”经费表合计等于各项之和"]
    assert [c.outcome for c in checks] == [outcome]


def test_it_leaves_a_sangong_table_whose_cells_the_parser_read() -> None:
    cell = Figure("sangong_total", Decimal("31"), page=1, origin="table", table="某县测试局2026年一般公共预算“三公”经费支出表")
    page = _sangong_table("2026年预算数 310,000.00 0.00 230,000.00 0.00 230,000.00 50,000.00")
    assert _run(sg_table_rows, _result(table_figures=[cell]), page) == []


# --- PR-REPEAT: 预算安排 before the amount; a 0.01 gap between two printings is a warning ---------------------------

@pytest.mark.parametrize("first, second, outcome, severity", [
    ("88.15", "88.16", "fail", "warning"), ("88.15", "88.15", "pass", "error"), ("88.15", "88.35", "fail", "error")])
def test_an_amount_printed_twice_is_held_to_one_writing(first: str, second: str, outcome: str, severity: str) -> None:
    text = (f"（一）机关运行经费。本部门2026年机关运行经费预算安排{first}万元，用于办公和水电；"
            f"机关运行经费{second}万元全部由财政拨款保障。")
    checks = _run(pr_repeat_amount, _result(), text)
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("PR-REPEAT", outcome, severity)]
    if severity == "warning":
        assert "88.15万元" in checks[0].message and "88.16万元" in checks[0].message


def test_a_coarser_printing_that_rounds_the_finer_one_still_passes() -> None:
    text = "本部门2026年机关运行经费预算安排88.2万元。\n（二）机关运行经费88.16万元，用于办公。"
    checks = _run(pr_repeat_amount, _result(), text)
    assert [(c.rule, c.outcome) for c in checks] == [("PR-REPEAT", "pass")]


# --- TT-OPC-ECON still reads the split's 公用经费 (the split's pattern now also carries each amount's unit) ----------

@pytest.mark.parametrize("costs, outcome", [("60.00", "pass"), ("67.60", "fail")])
def test_operating_costs_are_held_to_the_public_funds_of_a_split_opened_by_zhong(costs: str, outcome: str) -> None:
    figures = {"operating_costs": Figure("operating_costs", Decimal(costs), page=1, display_scale=2),
               "basic_expenditure": Figure("basic_expenditure", Decimal("418.60"), page=1, display_scale=2,
                                           fund_scope="一般公共预算财政拨款")}
    result = _result()
    result.figures.update(figures)
    text = "一般公共预算财政拨款基本支出418.60万元中：人员经费352.40万元；公用经费66.20万元。"
    checks = _run(opc_within_stated_public, result, text)
    assert [(c.rule, c.outcome) for c in checks] == [("TT-OPC-ECON", outcome)]


def test_printings_of_different_decimals_at_the_rounding_edge_stay_a_hint() -> None:
    # 88.2 and 88.25: the coarser may be a rounding of a finer value, so only an info hint (as before)
    text = "本部门2026年机关运行经费预算安排88.2万元。\n（二）机关运行经费88.25万元，用于办公。"
    checks = _run(pr_repeat_amount, _result(), text)
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("PR-REPEAT", "fail", "info")]
