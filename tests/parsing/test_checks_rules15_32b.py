"""Readings added for the thirty-second blind corpus of the check engine (issue 9, checks_heldout32, part b): a 三公
item said to have had no spending at all ("无支出", "没有开支", "未列支") is read as 0, so SG-SUM and SG-CHG can weigh
the items whose figures are stated; and a sentence opening with “主要项目：” lists the main parts of the amount that
closes the sentence before it, so they may not add up to more than it (IE-SCOPE-LE); and a table of projects
(项目支出表, 项目绩效目标表) keeps each 其中 column within its row's amount and its 合计 row equal to the projects
above it, and a project the words name with its amount matches its row (PT-MAP). Sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.figures import sg_chg, sg_sum
from disclosures.parsing.checks.projects import project_named_in_words, project_table_rows
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.totals import partial_list_within_whole
from disclosures.parsing.prose import sangong_figures
from disclosures.parsing.text import join_lines, page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试中心"


def _sangong(text: str, kind: str = "决算") -> ParsedDisclosure:
    figures = sangong_figures(join_lines(page_lines([text])), year=2023, kind=kind)
    return ParsedDisclosure(unit=UNIT, year=2023, kind=kind, scope="部门", figures=figures)


def _outcomes(rule, result: ParsedDisclosure) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in rule(result)]


# --- SG-CHG / SG-SUM: an item with "无支出" is 0, not unstated ------------------------------------------------------

def _statement(total_change: str, none_words: str = "无支出", sep: str = "；") -> str:
    return (f"“三公”经费9.50万元，比上年减少{total_change}万元。因公出国（境）费{none_words}{sep}公务用车购置费{none_words}{sep}"
            "公务用车运行维护费7.30万元，比上年减少0.90万元；公务接待费2.20万元，比上年减少0.40万元。")


@pytest.mark.parametrize("none_words", ["无支出", "没有支出", "无开支", "未列支", "未开支"])
def test_it_reads_an_item_with_no_spending_as_zero(none_words: str) -> None:
    figures = _sangong(_statement("1.30", none_words)).figures
    assert figures["outbound_travel"].value == Decimal(0)
    assert figures["vehicle_purchase"].value == Decimal(0)
    assert figures["vehicle_operation"].value == Decimal("7.30")


def test_it_reports_a_total_change_that_the_items_changes_do_not_add_up_to() -> None:
    result = _sangong(_statement("1.70"))
    [check] = list(sg_chg(result))
    assert (check.rule, check.outcome, check.severity) == ("SG-CHG", "fail", "error")
    assert "-1.70" in check.message and "-1.30" in check.message
    assert _outcomes(sg_sum, result) == [("SG-SUM", "pass", "error")]


def test_it_passes_a_total_change_the_items_add_up_to() -> None:
    assert _outcomes(sg_chg, _sangong(_statement("1.30"))) == [("SG-CHG", "pass", "error")]


@pytest.mark.parametrize(("total_change", "severity"), [("1.31", "info"), ("1.33", "error")])
def test_it_allows_the_rounding_of_the_changes_and_no_more(total_change: str, severity: str) -> None:
    # the stated changes round to 0.01 each: a 0.01 gap is within the envelope (info), 0.03 is beyond it (CHECKS.md 0.2)
    assert _outcomes(sg_chg, _sangong(_statement(total_change))) == [("SG-CHG", "fail", severity)]


def test_it_reads_the_no_spending_words_across_a_line_break_and_in_half_width_brackets() -> None:
    text = ("“三公”经费9.50万元,比上年减少1.70万元。因公出国(境)费无支出,\n公务用车购置费无支出,"
            "公务用车运行维护费7.30万元,比上年减少0.90万元;公务接待费2.20万元,比上年减少0.40万元。")
    result = _sangong(text)
    assert result.figures["outbound_travel"].value == Decimal(0)
    assert _outcomes(sg_chg, result) == [("SG-CHG", "fail", "error")]


def test_it_keeps_no_spending_words_that_do_not_close_the_clause_unread() -> None:
    # "无支出变化" says nothing of the amount: the item stays unstated and SG-CHG is not applicable
    text = ("“三公”经费9.50万元，比上年减少1.70万元。因公出国（境）费无支出变化说明；"
            "公务用车运行维护费7.30万元，比上年减少0.90万元；公务接待费2.20万元，比上年减少0.40万元。")
    result = _sangong(text)
    assert "outbound_travel" not in result.figures
    assert _outcomes(sg_chg, result) == [("SG-CHG", "not_applicable", "error")]


# --- IE-SCOPE-LE: “…资金X万元。主要项目：1.A；2.B…” --------------------------------------------------------------

def _list_checks(*pages: str) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope="部门", figures={})
    return [(c.rule, c.severity, c.message) for c in partial_list_within_whole(result, text_of(page_lines(list(pages))))]


def _projects(whole: str, opener: str = "主要项目：", unit: str = "万元") -> str:
    return (f"本年度安排项目3个，资金{whole}{unit}。{opener}1.河道巡查{'1,205,000' if unit == '元' else '120.50'}{unit}；"
            f"2.物资采购{'804,000' if unit == '元' else '80.40'}{unit}；3.培训演练{'301,000' if unit == '元' else '30.10'}{unit}。")


def test_it_reports_main_projects_of_the_next_sentence_adding_up_to_more_than_their_amount() -> None:
    [(rule, severity, message)] = _list_checks(_projects("221.00"))
    assert (rule, severity) == ("IE-SCOPE-LE", "error")
    assert "231.00" in message and "221.00" in message


@pytest.mark.parametrize("whole", ["231.00", "260.00"])
def test_it_passes_main_projects_within_their_amount(whole: str) -> None:
    assert _list_checks(_projects(whole)) == []


def test_it_allows_the_rounding_of_the_listed_parts() -> None:
    # four printed amounts at 0.01: a 0.01 excess is within the envelope (info only), 0.03 is not
    assert [(r, s) for r, s, _ in _list_checks(_projects("230.99"))] == [("IE-SCOPE-LE", "info")]
    assert [(r, s) for r, s, _ in _list_checks(_projects("230.97"))] == [("IE-SCOPE-LE", "error")]


@pytest.mark.parametrize("opener", ["主要项目:", "主要项目有：", "主要项目包括:", "主要项目为："])
def test_it_reads_the_opener_with_half_width_colons_and_verbs(opener: str) -> None:
    assert [r for r, _, _ in _list_checks(_projects("221.00", opener))] == ["IE-SCOPE-LE"]


def test_it_reads_amounts_in_yuan_and_a_list_broken_over_lines() -> None:
    text = _projects("2,210,000.00", unit="元").replace("；2.", "；\n2.")
    [(rule, severity, message)] = _list_checks(text)
    assert (rule, severity) == ("IE-SCOPE-LE", "error")
    assert "231" in message and "2,210,000.00元" in message


def test_it_leaves_a_list_whose_noun_the_amount_sentence_does_not_use() -> None:
    # the amount before is the 公用经费, not the projects: the list is no part of it
    text = "公用经费80.00万元。主要项目：1.河道巡查120.50万元；2.物资采购80.40万元。"
    assert _list_checks(text) == []


# --- a table of projects: 其中 ≤ the row's amount (TT-PERF, TB-ROW) and 合计 = Σ projects (TB-TOTAL) -----------------

def _table_checks(text: str) -> list[tuple[str, str, str, str]]:
    result = ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope="部门", figures={})
    return [(c.rule, c.outcome, c.severity, c.message)
            for c in project_table_rows(result, text_of(page_lines([text])))]


def _perf_table(part: str = "88.20", unit: str = "万元") -> str:
    return "\n".join([
        "表11 项目绩效目标表", f"单位：{unit}", "项目名称  年度资金总额  其中：财政拨款  绩效指标",
        "乡村道路养护  140.50  140.50  完成率≥90%",
        f"渡口安全监管  88.20  {part}  事故数为0",
        "客运站补助  36.00  30.00  满意度≥85%", ""])


def test_it_reports_a_project_whose_fiscal_part_exceeds_its_annual_funds() -> None:
    [(rule, outcome, severity, message)] = [c for c in _table_checks(_perf_table("98.20")) if c[1] == "fail"]
    assert (rule, severity) == ("TT-PERF", "error")
    assert "98.20" in message and "88.20" in message and "财政拨款" in message


@pytest.mark.parametrize(("part", "failed"), [("88.20", []), ("60.00", []), ("88.21", [("TT-PERF", "info")])])
def test_it_passes_parts_within_their_row_and_allows_the_rounding(part: str, failed: list) -> None:
    assert [(c[0], c[2]) for c in _table_checks(_perf_table(part)) if c[1] == "fail"] == failed


def _project_table(total: str, fiscal_total: str = "1,088.20", sep: str = "  ") -> str:
    rows = [("1", "农田水利维修", "2130135", "640.00", "640.00", "0.00"),
            ("2", "种苗采购补助", "2130122", "318.20", "318.20", "0.00"),
            ("3", "技术培训", "2130122", "150.00", "130.00", "20.00")]
    lines = ["表9 项目支出表", "单位：万元", "序号  项目名称  功能科目  金额  其中：一般公共预算  其他资金  资金来源"]
    lines += [sep.join(row) + sep + "拨款" for row in rows]
    lines += [sep.join(["合计", total, fiscal_total, "20.00"]), ""]
    return "\n".join(lines)


def test_it_reports_a_total_row_that_the_projects_do_not_add_up_to() -> None:
    failed = [c for c in _table_checks(_project_table("1,088.20")) if c[1] == "fail"]
    assert [(c[0], c[2]) for c in failed] == [("TB-TOTAL", "error")]
    assert "1088.20" in failed[0][3] and "1108.20" in failed[0][3]


def test_it_passes_a_total_row_the_projects_add_up_to() -> None:
    checks = _table_checks(_project_table("1,108.20"))
    assert [(c[0], c[1]) for c in checks if c[0] == "TB-TOTAL"] == [("TB-TOTAL", "pass")] * 3


def test_it_reads_a_table_in_yuan() -> None:
    text = _perf_table("982,000.00", unit="元").replace("88.20", "882,000.00")
    [(rule, _, severity, message)] = [c for c in _table_checks(text) if c[1] == "fail"]
    assert (rule, severity) == ("TT-PERF", "error")
    assert "982,000.00元" in message and "882,000.00元" in message


def test_it_leaves_a_table_whose_header_names_a_comparison_column_after_its_parts() -> None:
    text = _perf_table("98.20").replace("其中：财政拨款", "其中：财政拨款  上年金额")
    assert _table_checks(text) == []


def test_it_leaves_a_table_whose_rows_carry_different_numbers_of_amounts() -> None:
    text = _project_table("1,088.20").replace("150.00  130.00  20.00", "150.00  130.00")
    assert [c for c in _table_checks(text) if c[1] == "fail"] == []


# --- PT-MAP: a project the words name with its amount = its row in the table of projects ----------------------------

def _named_checks(words: str, table: str) -> list[tuple[str, str, str, str]]:
    result = ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope="部门", figures={})
    return [(c.rule, c.outcome, c.severity, c.message)
            for c in project_named_in_words(result, text_of(page_lines([words, table])))]


def test_it_reports_a_project_whose_amount_in_the_words_differs_from_its_row() -> None:
    words = "本年项目支出1,108.20万元，其中农田水利维修460.00万元，种苗采购补助318.20万元。"
    checks = _named_checks(words, _project_table("1,108.20"))
    assert [(c[0], c[1], c[2]) for c in checks] == [("PT-MAP", "fail", "error"), ("PT-MAP", "pass", "error")]
    assert "460.00" in checks[0][3] and "640.00" in checks[0][3]


def test_it_reads_a_project_name_broken_over_two_lines_and_rounds_to_the_words_decimals() -> None:
    words = "主要项目：1.农田水利\n维修640.0万元；2.种苗采购补助318.2万元。"
    checks = _named_checks(words, _project_table("1,108.20"))
    assert [(c[0], c[1]) for c in checks] == [("PT-MAP", "pass"), ("PT-MAP", "pass")]


def test_it_compares_words_in_wan_yuan_with_a_table_in_yuan() -> None:
    table = _perf_table(unit="元").replace("140.50  140.50", "1,405,000.00  1,405,000.00")
    assert [(c[0], c[1]) for c in _named_checks("乡村道路养护140.50万元。", table)] == [("PT-MAP", "pass")]
    assert [(c[0], c[1]) for c in _named_checks("乡村道路养护145.00万元。", table)] == [("PT-MAP", "fail")]
