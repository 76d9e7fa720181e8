"""Readings added for the thirty-eighth blind corpus of the check engine (issue 9, checks_heldout38, part b): a text
file's coded table whose heading carries its unit (“…（单位：万元）”, no 单位 line under a caption) is read row by row
(TB-ROW); a 项目支出表 with one amount column and its 合计 row printed first sums its projects (TB-TOTAL); the
部门整体支出绩效目标表's 支出预算数 is held to the 支出合计 (TT-PERF) and to its own 基本 + 项目 (IE-BP); projects the
words list one a line under 项目支出 add up to it (IE-EXP-SUM); an 附表 list whose titles stand apart by 、 is read
whole (CP-TABLES); an empty-table note naming another table's scope is not the note of the table above it (TB-EMPTY);
a 决算's 收入合计 that counts the 年初结转和结余 its list names is not short of it (IE-INC-SUM). Pages and figures
written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks import rows
from disclosures.parsing.checks.presence import cp_tables, tb_empty
from disclosures.parsing.checks.projects import (project_table_rows, projects_listed_in_words,
                                                 whole_department_performance_total)
from disclosures.parsing.checks.text import listed_tables, text_of
from disclosures.parsing.checks.wording import ie_inc_sum
from disclosures.parsing.document import load_document
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "预算", figures: dict | None = None) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2025, kind=kind, scope="部门", figures=figures or {})


def _view(*pages: str):
    return text_of(page_lines(list(pages)))


def _failed(rule, view, result: ParsedDisclosure | None = None) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in rule(result or _result(), view)
            if c.outcome == "fail" and c.severity in ("error", "warning")]


# --- TB-ROW: a text file's table headed “按功能分类的支出（单位：万元）” ----------------------------------------------

def _text_file(row: str = "201  一般公共服务支出  500.00  320.00  180.00", heading: str = "按功能分类的支出（单位：万元）",
               header: str = "科目编码  科目名称  合计  基本支出  项目支出"):
    text = "\n".join(["某县测试局2025年部门预算说明", "", "一、支出安排", heading, header, row,
                      "205  教育支出  90.00  60.00  30.00", "合计    590.00  380.00  210.00", "",
                      "二、其他说明", "本局无政府采购安排。", ""])
    document = load_document(text.encode(), filename="t.txt")
    return text_of(document.lines, document)


def _row_checks(view) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.message) for c in rows.tb_row_grid(_result(), view)]


def test_it_reads_a_text_table_whose_heading_carries_the_unit() -> None:
    found = _row_checks(_text_file("201  一般公共服务支出  500.00  330.00  180.00"))
    failed = [(rule, message) for rule, outcome, message in found if outcome == "fail"]
    assert len(failed) == 1 and failed[0][0] == "TB-ROW"
    # the heading names the table, without its unit; the sum is quoted as printed
    assert failed[0][1].startswith("按功能分类的支出201一般公共服务支出行")
    assert "330.00+180.00=510.00" in failed[0][1] and "差10.00" in failed[0][1]


def test_it_passes_a_text_table_whose_rows_add_up() -> None:
    found = _row_checks(_text_file())
    assert [(rule, outcome) for rule, outcome, _ in found] == [("TB-ROW", "pass")]
    assert "按功能分类的支出" in found[0][2]


def test_it_leaves_a_text_table_without_both_parts_of_a_row_sum() -> None:
    # the header names no 基本/项目 columns: nothing here is a row sum
    assert _row_checks(_text_file(header="科目编码  科目名称  合计  上年数  增减")) == []


# --- TB-TOTAL: a 项目支出表 with one amount column and its 合计 row first -------------------------------------------

def _project_table(total: str = "2,460,000.00", unit: str = "元", second_total: bool = False) -> str:
    lines = ["附表3 某县测试局2025年项目支出表", f"单位：{unit}", "项目名称 单位名称 金额", f"合计 {total}",
             "河道保洁 某县测试局 1,250,000.00", "水质监测 某县测试站 810,000.00", "档案整理 某县测试局 400,000.00"]
    if second_total:
        lines.append(f"合计 {total}")
    return "\n".join(lines) + "\n附表4 某县测试局2025年政府采购预算表\n单位：元\n"


def _total_checks(text: str) -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.outcome, c.severity, c.message)
            for c in project_table_rows(_result(), _view(text)) if c.rule == "TB-TOTAL"]


def test_it_sums_the_projects_under_a_total_printed_first() -> None:
    [(rule, outcome, severity, message)] = _total_checks(_project_table("2,490,000.00"))
    assert (rule, outcome, severity) == ("TB-TOTAL", "fail", "error")
    # the table is in 元: the message quotes the figures as printed there too
    assert "2,490,000.00元" in message and "=246" in message and "差3" in message


def test_it_passes_a_total_printed_first_that_the_projects_add_up_to() -> None:
    assert [(r, o) for r, o, _, _ in _total_checks(_project_table())] == [("TB-TOTAL", "pass")]


def test_it_leaves_a_table_with_two_total_rows() -> None:
    assert _total_checks(_project_table(second_total=True)) == []


def test_it_leaves_a_header_with_a_comparison_column() -> None:
    text = _project_table().replace("项目名称 单位名称 金额", "项目名称 上年金额 增减")
    assert _total_checks(text) == []


# --- TT-PERF / IE-BP: the 部门整体支出绩效目标表's 部门支出预算数 ----------------------------------------------------

def _spending(value: str, scope: str = "全口径", period: str = "本年") -> dict:
    return {"expenditure_total": Figure("expenditure_total", Decimal(value), page=1, source=f"支出预算合计{value}万元",
                                        display_scale=2, fund_scope=scope, period=period, origin="prose")}


def _perf_form(total: str = "1,830.40", basic: str = "1,210.40", project: str = "620.00") -> str:
    return "\n".join(["附表7 某县测试局2025年部门整体支出绩效目标表", "单位：万元", "项目 内容",
                      f"部门支出预算数 {total}", f"其中：基本支出 {basic}", f"项目支出 {project}",
                      "年度总体目标 完成年度各项工作"]) + "\n"


def _perf_checks(text: str, figures: dict) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity)
            for c in whole_department_performance_total(_result(figures=figures), _view(text))]


def test_it_reports_a_form_total_that_is_not_the_spending_total() -> None:
    found = _perf_checks(_perf_form("1,880.40", "1,260.40"), _spending("1830.40"))
    assert found == [("TT-PERF", "fail", "error"), ("IE-BP", "pass", "error")]


def test_it_reports_a_form_total_that_its_own_split_does_not_add_up_to() -> None:
    found = _perf_checks(_perf_form(), _spending("1830.40"))
    assert found == [("TT-PERF", "pass", "error"), ("IE-BP", "pass", "error")]
    found = _perf_checks(_perf_form(basic="1,260.40"), _spending("1830.40"))
    assert found == [("TT-PERF", "pass", "error"), ("IE-BP", "fail", "error")]


def test_it_holds_the_form_to_this_years_all_funds_total_only() -> None:
    assert _perf_checks(_perf_form(), _spending("900.00", scope="一般公共预算财政拨款")) == [("IE-BP", "pass", "error")]
    assert _perf_checks(_perf_form(), _spending("900.00", period="上年")) == [("IE-BP", "pass", "error")]
    # a form without a 支出预算数 row states no total
    assert _perf_checks(_perf_form().replace("部门支出预算数", "年度绩效指标"), _spending("1830.40")) == []


# --- IE-EXP-SUM: projects listed one a line under 项目支出 ----------------------------------------------------------

def _listed(whole: str = "436.50", opener: str = "具体为：", last: str = "3. 乡村道路养护（某县测试站）：96.30万元") -> str:
    return "\n".join(["四、项目支出", f"项目支出预算{whole}万元，{opener}", "1. 河道保洁（某县测试局）：210.00万元",
                      "2. 水质监测（某县测试站）：130.20万元", last, "五、其他说明", "本局无政府采购安排。"]) + "\n"


def _list_checks(text: str) -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.outcome, c.severity, c.message) for c in projects_listed_in_words(_result(), _view(text))]


def test_it_reports_listed_projects_that_do_not_add_up_to_the_project_spending() -> None:
    [(rule, outcome, severity, message)] = _list_checks(_listed("426.50"))
    assert (rule, outcome, severity) == ("IE-EXP-SUM", "fail", "error")
    assert "210.00+130.20+96.30=436.50" in message and "所列3个项目" in message


def test_it_passes_listed_projects_that_add_up() -> None:
    assert [(r, o) for r, o, _, _ in _list_checks(_listed())] == [("IE-EXP-SUM", "pass")]
    assert [(r, o) for r, o, _, _ in _list_checks(_listed(opener="包括:"))] == [("IE-EXP-SUM", "pass")]


def test_it_leaves_a_partial_list_and_a_list_it_cannot_read_whole() -> None:
    assert _list_checks(_listed("426.50", opener="主要项目有：")) == []
    # the third numbered line carries no amount: the list is not read whole
    assert _list_checks(_listed("426.50", last="3. 乡村道路养护（某县测试站）另行安排")) == []
    # numbering that does not run 1, 2, 3
    assert _list_checks(_listed("426.50", last="5. 乡村道路养护（某县测试站）：96.30万元")) == []


# --- CP-TABLES: an 附表 list whose titles stand apart by 、 ------------------------------------------------------------

def _contents(listing: str) -> str:
    return ("某县测试局2025年部门预算\n目录\n" + listing + "\n第一部分 部门概况\n"
            "本局收入预算合计120.00万元，其中：一般公共预算拨款100.00万元，政府性基金预算拨款20.00万元。支出预算合计120.00万元。\n")


TABLES = ("附表1 某县测试局2025年部门收入总表\n单位：万元\n项目 金额\n合计 120.00\n"
          "附表2 某县测试局2025年部门支出总表\n单位：万元\n项目 金额\n合计 120.00\n")


def test_it_reads_every_title_of_a_list_joined_by_commas() -> None:
    view = _view(_contents("第三部分 附表：1.部门收入总表、2.部门支出总表、3.政府性基金预算支出表"), TABLES)
    assert [norm for _, norm, _ in listed_tables(view, _result())] == ["部门收入总表", "部门支出总表", "政府性基金预算支出表"]
    failed = _failed(cp_tables, view)
    assert [(rule, severity) for rule, severity, _ in failed] == [("CP-TABLES", "warning")]
    assert "政府性基金预算支出表" in failed[0][2]


def test_it_finds_every_listed_table_present() -> None:
    view = _view(_contents("第三部分 附表：1.部门收入总表；2.部门支出总表"), TABLES)
    assert len(listed_tables(view, _result())) == 2
    assert _failed(cp_tables, view) == []


# --- TB-EMPTY: a note naming another table's scope -----------------------------------------------------------------

def _sangong_then_note(note: str) -> str:
    return ("附表4 某县测试局2025年一般公共预算“三公”经费支出表\n单位：万元\n年度 合计 因公出国（境）费 公务接待费\n"
            f"2025年预算数 12.40 0.00 12.40\n{note}\n")


def test_it_leaves_a_note_naming_another_tables_scope_to_that_table() -> None:
    view = _view(_sangong_then_note("附表5 某县测试局2025年政府性基金预算支出表"),
                 "注：本局本年度没有政府性基金预算拨款安排的支出，此表为空表。\n附表6 某县测试局2025年项目支出表\n单位：万元\n"
                 "项目名称 金额\n合计 35.00\n河道保洁 35.00\n")
    assert _failed(tb_empty, view) == []
    view = _view(_sangong_then_note("注：本局无政府性基金预算拨款收支，此表为空表。"))
    assert _failed(tb_empty, view) == []


def test_it_still_reports_a_table_with_data_whose_own_note_calls_it_empty() -> None:
    view = _view(_sangong_then_note("注：本局无“三公”经费支出，此表为空表。"))
    assert [(rule, severity) for rule, severity, _ in _failed(tb_empty, view)] == [("TB-EMPTY", "error")]
    view = _view(_sangong_then_note("注：此表为空表。"))
    assert [(rule, severity) for rule, severity, _ in _failed(tb_empty, view)] == [("TB-EMPTY", "error")]


# --- IE-INC-SUM: a 决算's 收入合计 with the 年初结转和结余 it lists ----------------------------------------------------

def _income(total: str, carried: str = "年初结转和结余42.50万元") -> str:
    return (f"2024年本部门收入决算合计{total}万元，其中：一般公共预算拨款800.00万元，事业收入57.50万元，{carried}。"
            "支出决算合计880.00万元。\n")


def _income_checks(text: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in ie_inc_sum(_result("决算"), _view(text))]


def test_it_counts_the_carry_over_a_decision_total_adds_up_with() -> None:
    assert _income_checks(_income("900.00")) == [("IE-INC-SUM", "pass", "error")]


def test_it_still_leaves_the_carry_over_out_of_a_total_without_it() -> None:
    # 857.50 = the year's own income: the carry-over is outside the 决算's 收入合计
    assert _income_checks(_income("857.50")) == [("IE-INC-SUM", "pass", "error")]


def test_it_reports_a_total_that_neither_reading_adds_up_to() -> None:
    assert _income_checks(_income("910.00")) == [("IE-INC-SUM", "fail", "error")]
    # a head that says 本年 is the year's own income whatever the list adds up to
    text = _income("900.00").replace("收入决算合计", "本年收入合计")
    assert _income_checks(text) == [("IE-INC-SUM", "fail", "error")]


def test_it_leaves_out_a_carry_over_set_off_by_a_semicolon() -> None:
    # “…；年初结转和结余…” opens a clause of its own: it is no part of the plain 收入合计 before it
    text = _income("900.00").replace("，年初结转和结余", "；年初结转和结余")
    assert _income_checks(text) == [("IE-INC-SUM", "fail", "error")]
    assert _income_checks(text.replace("900.00", "857.50")) == [("IE-INC-SUM", "pass", "error")]
