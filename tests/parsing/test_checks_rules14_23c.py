"""决算 table rules fixed for the twenty-third blind corpus of the check engine (issue 9, checks_heldout23): a table's
unit line may follow its form number (“公开01表 单位：万元”); the all-funds 收支总表's 本年收入合计 is checked against
the income rows above it (IE-INC-SUM); a 基本支出 table that prints 人员经费合计, 公用经费合计 and 合计 as rows of their
own has its 合计 checked against them (TB-T3) and against the expenditure table's 基本支出 (TT-T2-T3); a bare
财政拨款收入 in the words is checked against the 财政拨款收入支出决算总表's 本年收入合计 (PT-MAP).
Tables and sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.table_lines import basic_table_stacked_total, fiscal_income_words_vs_table, summary_income_sources
from disclosures.parsing.checks.text import table_spans, text_of, unit_line
from disclosures.parsing.text import page_lines, to_simplified
from disclosures.parsing.types import Figure, ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "决算", year: int = 2024, figures: list[Figure] | None = None) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={}, table_figures=figures or [])


def _checks(rule, *pages: str, kind: str = "决算", figures: list[Figure] | None = None) -> list:
    return list(rule(_result(kind, figures=figures), text_of(page_lines(list(pages)))))


def _outcomes(rule, *pages: str, **kwargs) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in _checks(rule, *pages, **kwargs)]


# --- a unit line after the table's form number ----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["公开01表单位:万元", "公开 03 表   单位：万元", "公开12表单位：元"])
def test_a_form_number_before_the_unit_still_makes_a_unit_line(line: str) -> None:
    assert unit_line(page_lines([line])[0].text)


def test_a_sentence_about_a_form_is_no_unit_line() -> None:
    assert not unit_line("公开01表所列单位均已纳入本次决算。")


def test_a_table_whose_unit_follows_its_form_number_is_found() -> None:
    page = "表二 收入决算表\n公开02表 单位：万元\n项目 合计\n合计 12.00\n"
    spans = table_spans(text_of(page_lines([page])), _result())
    assert [(s.caption, s.first) for s in spans] == [("收入表", 1)]


# --- IE-INC-SUM: the 收支总表's 本年收入合计 against its income rows --------------------------------------------------

def _summary(sources: list[tuple[str, str]], total: str, unit: str = "万元", form: str = "公开01表") -> str:
    spending = ["1、一般公共服务支出 800.00", "2、农林水支出 710.00"]
    rows = []
    for k, (label, amount) in enumerate(sources):
        rows.append(f"{label} {amount}   {spending[k] if k < len(spending) else ''}".rstrip())
    return ("表一 收入支出决算总表\n"
            f"{form} 单位：{unit}\n"
            "收入项目 决算数 支出项目 决算数\n"
            + "\n".join(rows) + "\n"
            f"本年收入合计 {total}   本年支出合计 1,510.00\n"
            "年初结转和结余 20.00   年末结转和结余 40.00\n"
            "总计 1,550.00   总计 1,550.00\n")


SOURCES = [("一、一般公共预算财政拨款收入", "1,470.00"), ("二、政府性基金预算财政拨款收入", "0.00"),
           ("三、事业收入", "0.00"), ("四、其他收入", "41.20")]


def test_it_reports_a_summary_whose_income_rows_do_not_add_up_to_its_total() -> None:
    checks = _checks(summary_income_sources, _summary(SOURCES, "1,502.20"))
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("IE-INC-SUM", "fail", "error")]
    assert "本年收入合计1502.20" in checks[0].message and "=1511.20" in checks[0].message
    assert "差9.00" in checks[0].message
    assert {Decimal(f["value"]) for f in checks[0].figures} == {Decimal("1502.20"), Decimal("1470.00"), Decimal("0"),
                                                                Decimal("41.20")}


def test_it_passes_a_summary_whose_income_rows_add_up() -> None:
    assert _outcomes(summary_income_sources, _summary(SOURCES, "1,511.20")) == [("IE-INC-SUM", "pass", "error")]


@pytest.mark.parametrize("total, outcome", [("1,511.21", ("IE-INC-SUM", "fail", "info")),
                                            ("1,511.23", ("IE-INC-SUM", "fail", "error"))])
def test_a_cent_off_is_rounding_and_three_are_not(total: str, outcome: tuple[str, str, str]) -> None:
    # three printed amounts of two decimals: half a cent each, 0.015 in all
    assert _outcomes(summary_income_sources, _summary(SOURCES, total)) == [outcome]


def test_a_summary_in_yuan_with_spaces_inside_its_numbers_is_read_in_wan_yuan() -> None:
    sources = [("一、一般公共预算财政拨款收入", "14,700, 000.00"), ("二、其他收入", "412 ,000.00")]
    checks = _checks(summary_income_sources, _summary(sources, "15,022,000.00", unit="元", form="公开01表"))
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("IE-INC-SUM", "fail", "error")]
    assert "本年收入合计1502.2（15,022,000.00元）" in checks[0].message and "=1511.2，差9，" in checks[0].message


def test_a_summary_in_traditional_characters_is_read_once_simplified() -> None:
    page = ("表一 收入支出決算總表\n公開01表 單位：萬元\n收入項目 決算數 支出項目 決算數\n"
            "一、一般公共預算財政撥款收入 1,470.00   1、一般公共服務支出 800.00\n"
            "二、其他收入 41.20   2、農林水支出 710.00\n"
            "本年收入合計 1,502.20   本年支出合計 1,510.00\n總計 1,550.00   總計 1,550.00\n")
    simplified, was_traditional = to_simplified(page)
    assert was_traditional
    checks = _checks(summary_income_sources, simplified)
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("IE-INC-SUM", "fail", "error")]
    assert "差9.00" in checks[0].message


def test_a_summary_with_a_sub_row_or_a_blank_source_is_left_alone() -> None:
    with_sub_row = SOURCES[:1] + [("其中：专项转移支付收入", "300.00")] + SOURCES[1:]
    assert _checks(summary_income_sources, _summary(with_sub_row, "1,502.20")) == []
    blank = SOURCES[:2] + [("三、事业收入", "")] + SOURCES[3:]
    assert _checks(summary_income_sources, _summary(blank, "1,502.20")) == []


def test_the_fiscal_summary_is_not_read_as_the_all_funds_one() -> None:
    page = _summary(SOURCES, "1,502.20").replace("收入支出决算总表", "财政拨款收入支出决算总表")
    assert _checks(summary_income_sources, page) == []


# --- TB-T3 and TT-T2-T3: a 基本支出 table whose 人员经费, 公用经费 and 合计 are rows of their own ------------------------

def _basic_table(staff: str, office: str, whole: str, unit: str = "万元") -> str:
    return ("表六 一般公共预算财政拨款基本支出决算表\n"
            f"公开06表 单位：{unit}\n"
            "经济分类科目编码 科目名称 决算数\n"
            f"301 工资福利支出 {staff}\n"
            f"302 商品和服务支出 {office}\n"
            f"人员经费合计 {staff}\n"
            f"公用经费合计 {office}\n"
            f"合计 {whole}\n")


def _general_basic(value: str) -> Figure:
    return Figure("basic_expenditure", Decimal(value), page=5, source="表五 · 合计 · 基本支出", display_scale=2,
                  fund_scope="一般公共预算财政拨款", exp_scope="基本", origin="table",
                  table="表五一般公共预算财政拨款支出决算表", row="合计", column="基本支出")


def test_it_reports_a_basic_table_total_above_its_staff_and_office_costs() -> None:
    checks = _checks(basic_table_stacked_total, _basic_table("664.30", "102.58", "676.88"),
                     figures=[_general_basic("766.88")])
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("TB-T3", "fail", "error"),
                                                                  ("TT-T2-T3", "fail", "error")]
    assert "基本支出表合计676.88" in checks[0].message and "=766.88" in checks[0].message
    assert "表五一般公共预算财政拨款支出决算表基本支出766.88" in checks[1].message and "差90.00" in checks[1].message


def test_it_passes_a_basic_table_that_agrees_with_itself_and_the_expenditure_table() -> None:
    assert _outcomes(basic_table_stacked_total, _basic_table("664.30", "102.58", "766.88"),
                     figures=[_general_basic("766.88")]) == [("TB-T3", "pass", "error"), ("TT-T2-T3", "pass", "error")]


def test_without_the_expenditure_table_only_the_table_itself_is_checked() -> None:
    assert _outcomes(basic_table_stacked_total, _basic_table("664.30", "102.58", "766.90")) == [("TB-T3", "fail", "error")]


def test_a_cent_off_in_the_basic_table_is_rounding() -> None:
    assert _outcomes(basic_table_stacked_total, _basic_table("664.30", "102.58", "766.89")) == [("TB-T3", "fail", "info")]


def test_a_basic_table_in_yuan_with_spaced_labels_is_compared_in_wan_yuan() -> None:
    page = _basic_table("6,643,000.00", "1,025,800.00", "7,668,800.00", unit="元").replace("合计", "合 计")
    checks = _checks(basic_table_stacked_total, page, figures=[_general_basic("766.38")])
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("TB-T3", "pass", "error"),
                                                                  ("TT-T2-T3", "fail", "error")]
    assert "差0.50" in checks[1].message


def test_a_basic_table_that_prints_its_total_twice_is_left_alone() -> None:
    page = _basic_table("664.30", "102.58", "766.88") + "合计 776.88\n"
    assert _checks(basic_table_stacked_total, page) == []


# --- PT-MAP: a bare 财政拨款收入 in the words against the 财政拨款收入支出决算总表 --------------------------------------

FISCAL_TABLE = ("表四 财政拨款收入支出决算总表\n"
                "公开04表 单位：万元\n"
                "收入项目 决算数\n"
                "一、一般公共预算财政拨款 1,642.70\n"
                "二、政府性基金预算财政拨款 0.00\n"
                "本年收入合计 1,642.70\n"
                "年初财政拨款结转和结余 12.00\n"
                "收入总计 1,654.70\n")


def _words(sentence: str) -> str:
    return "四、财政拨款收入支出决算总体情况说明\n" + sentence + "\n"


def test_it_reports_words_whose_fiscal_income_differs_from_the_table() -> None:
    checks = _checks(fiscal_income_words_vs_table, _words("2024年度财政拨款收入1,624.70万元，年初财政拨款结转和结余12.00万元。"),
                     FISCAL_TABLE)
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("PT-MAP", "fail", "error")]
    assert "正文财政拨款收入1624.70" in checks[0].message and "本年收入合计1642.70" in checks[0].message
    assert "差18.00" in checks[0].message and checks[0].page == 1


def test_it_passes_words_that_state_the_table_total() -> None:
    assert _outcomes(fiscal_income_words_vs_table, _words("本年财政拨款收入为1,642.70万元。"), FISCAL_TABLE) == [
        ("PT-MAP", "pass", "error")]


@pytest.mark.parametrize("printed, outcome", [("1,642.7", ("PT-MAP", "pass", "error")),
                                              ("1,642.8", ("PT-MAP", "fail", "error"))])
def test_words_rounded_to_one_decimal_are_compared_at_their_own_scale(printed: str, outcome: tuple) -> None:
    assert _outcomes(fiscal_income_words_vs_table, _words(f"财政拨款收入{printed}万元。"), FISCAL_TABLE) == [outcome]


@pytest.mark.parametrize("sentence", [
    "一般公共预算财政拨款收入1,624.70万元。",  # one fund only
    "上年财政拨款收入1,380.00万元。",  # the prior year
    "2023年度财政拨款收入1,380.00万元。",  # another year's
    "财政拨款收入总计1,654.70万元。",  # the 总计 adds the carry-over
])
def test_other_figures_named_fiscal_income_are_not_compared(sentence: str) -> None:
    assert _checks(fiscal_income_words_vs_table, _words(sentence), FISCAL_TABLE) == []


def test_a_budget_is_not_read() -> None:
    assert _checks(fiscal_income_words_vs_table, _words("财政拨款收入1,624.70万元。"), FISCAL_TABLE, kind="预算") == []
