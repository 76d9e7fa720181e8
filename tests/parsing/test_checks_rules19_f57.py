"""Rules fixed after blind corpus 57: the scope of a part headed 一般公共预算财政拨款预算情况, a 目录 on a page that goes on
into the text, tables pasted one cell per line with a 科目编码 column (and in full-width figures), a 收支总表 spending side
that lists 基本支出/项目支出 beside its fund rows, a template prompt “请在此处简述…”, a 决算's change against a
budget named with no 年初, and a completion rate of what was
“实际使用”. Every input is made up for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosures
from disclosures.parsing.checks.statements import execution_rate
from disclosures.parsing.checks.summaries import summary_spending
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_placeholder
from disclosures.parsing.sections import classify_heading, contents_lines
from disclosures.parsing.text import TABLE_ROW, page_lines, rebuild_cell_lines
from disclosures.parsing.types import ParsedDisclosure


def _result(kind: str = "预算", year: int = 2026) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试中心", year=year, kind=kind, scope="单位", figures={})


def _view(*pages: str):
    return text_of(page_lines(list(pages)))


def _failed(rule, page: str, kind: str = "预算", year: int = 2026):
    return [c for c in rule(_result(kind, year), _view(page)) if c.outcome == "fail"]


# ---- a part about the 一般公共预算 appropriation as a whole -------------------------------------------------------

@pytest.mark.parametrize("heading", ["三、一般公共预算财政拨款预算情况", "第三部分一般公共预算财政拨款决算情况",
                                     "一般公共预算财政拨款支出预算情况说明"])
def test_a_part_about_the_general_budget_appropriation_is_that_funds_part(heading: str) -> None:
    assert classify_heading(heading)[0] == "general"  # type: ignore[index]


@pytest.mark.parametrize("heading", ["三、财政拨款预算情况", "二、收支预算总体情况", "一般公共预算“三公”经费情况"])
def test_other_parts_are_not_read_as_the_general_budgets(heading: str) -> None:
    found = classify_heading(heading)
    assert found is None or found[0] != "general"


_SCOPED = """某县测试中心2026年单位预算公开说明
一、收支总体情况
2026年收入预算总计530.00万元，其中一般公共预算拨款500.00万元，上年结转30.00万元。支出预算总计530.00万元，基本支出400.00万元，项目支出130.00万元。
二、一般公共预算财政拨款预算情况
2026年一般公共预算财政拨款预算500.00万元。其中：基本支出400.00万元，项目支出100.00万元。按功能分类，教育支出{edu}万元，社会保障和就业支出60.00万元，住房保障支出40.00万元。
"""


def test_classes_listed_under_such_a_heading_are_held_to_that_funds_total(tmp_path) -> None:
    path = tmp_path / "scoped.txt"
    path.write_text(_SCOPED.format(edu="400.00"), encoding="utf-8")
    [result] = parse_disclosures(path)
    assert {line.fund_scope for line in result.expenditure_by_function} == {"一般公共预算财政拨款"}
    assert not [c for c in result.checks if c.rule == "IE-EXP-SUM" and c.outcome == "fail"]


def test_classes_under_such_a_heading_that_miss_that_funds_total_still_fail(tmp_path) -> None:
    path = tmp_path / "scoped.txt"
    path.write_text(_SCOPED.format(edu="420.00"), encoding="utf-8")
    [result] = parse_disclosures(path)
    failed = [c for c in result.checks if c.rule == "IE-EXP-SUM" and c.outcome == "fail"]
    assert failed and all("500.00" in c.message and "520.00" in c.message for c in failed)


# ---- a 目录 on a page that goes on into the text ----------------------------------------------------------------

def _lines(text: str):
    return page_lines([text])


_ONE_PAGE = """某县测试中心2026年单位预算公开说明
目录
一、预算情况说明
二、预算公开表格
1.2026年单位收支预算总表
2.2026年一般公共预算财政拨款支出预算表
一、单位概况
(一)主要职能
负责全县的测试工作。
二、收支总体情况
收入预算总计100.00万元。
2026年单位收支预算总表
2026年一般公共预算财政拨款支出预算表
"""


def test_a_contents_list_ends_after_its_last_entry_printed_again_below() -> None:
    lines = _lines(_ONE_PAGE)
    texts = [lines[k].text for k in sorted(contents_lines(lines))]
    assert texts[0] == "目录" and texts[-1].endswith("2026年一般公共预算财政拨款支出预算表")
    assert not any("单位概况" in t or "收支总体情况" in t for t in texts)


def test_a_contents_list_whose_entries_are_not_printed_again_ends_before_the_first_sentence() -> None:
    text = "目录\n一、情况说明\n二、公开表格\n部门概况\n负责全县的测试工作。\n收入预算总计100.00万元。\n"
    lines = _lines(text)
    assert [lines[k].text for k in sorted(contents_lines(lines))] == ["目录", "一、情况说明", "二、公开表格", "部门概况"]


def test_entries_numbered_with_a_stop_are_no_sentences() -> None:
    pages = ["目录\n第一部分单位概况\n第二部分附表\n表一。收支总表\n表二。收入总表",
             "一、单位概况\n负责全县的测试工作。\n第二部分附表\n表一。收支总表"]
    lines = page_lines(pages)
    assert {lines[k].page for k in contents_lines(lines)} == {1} and len(contents_lines(lines)) == 5


def test_a_contents_page_of_its_own_is_read_whole_as_before() -> None:
    pages = ["目录\n一、单位概况\n二、收支总体情况", "一、单位概况\n负责全县的测试工作。"]
    lines = page_lines(pages)
    assert {lines[k].page for k in contents_lines(lines)} == {1}
    assert len(contents_lines(lines)) == 3


# ---- tables pasted one cell per line, with a 科目编码 column ---------------------------------------------------------

_CODED = ["2026年一般公共预算财政拨款支出预算表", "单位：万元", "科目编码", "科目名称", "合计", "基本支出", "项目支出",
          "205", "教育支出", "120.00", "100.00", "20.00", "20501", "教育管理事务", "120.00", "100.00", "20.00",
          "", "合计", "120.00", "100.00", "20.00", "", "说明：以上为本单位预算。"]


def _rows(lines: list[str]) -> list[list[str]]:
    return [line[len(TABLE_ROW):].split("\t") for line in rebuild_cell_lines(lines) if line.startswith(TABLE_ROW)]


def test_a_coded_table_one_cell_a_line_is_rebuilt_with_its_total_row() -> None:
    assert _rows(_CODED) == [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                             ["205", "教育支出", "120.00", "100.00", "20.00"],
                             ["20501", "教育管理事务", "120.00", "100.00", "20.00"],
                             ["", "合计", "120.00", "100.00", "20.00"]]


def test_a_total_row_printed_without_its_blank_code_cell_is_rebuilt_too() -> None:
    lines = [c for k, c in enumerate(_CODED) if k != 17]  # no empty line before 合计
    assert _rows(lines)[-1] == ["", "合计", "120.00", "100.00", "20.00"]


def test_full_width_figures_are_cells_too() -> None:
    wide = [c.translate(str.maketrans("0123456789.", "０１２３４５６７８９．")) for c in _CODED]
    rows = _rows(wide)
    assert len(rows) == 4 and rows[1][0] == "２０５" and rows[1][2] == "１２０．００"


def test_a_coded_row_with_a_word_among_its_amounts_is_left_as_it_was() -> None:
    lines = list(_CODED)
    lines[15] = "见附注"  # 20501's 基本支出 cell
    rows = _rows(lines)
    assert ["20501", "教育管理事务", "120.00", "见附注", "20.00"] not in rows
    assert all(row[0] != "20501" for row in rows)


def test_a_rebuilt_coded_table_is_summed_by_its_hierarchy(tmp_path) -> None:
    cells = list(_CODED)
    cells[9] = "130.00"  # the 类 row's 合计 no longer its 基本 + 项目 nor its 款
    path = tmp_path / "cells.txt"
    path.write_text("某县测试中心2026年单位预算公开说明\n一、收支总体情况\n支出预算总计120.00万元。\n附表\n"
                    + "\n".join(cells) + "\n", encoding="utf-8")
    [result] = parse_disclosures(path)
    failed = {c.rule for c in result.checks if c.outcome == "fail" and c.severity == "error"}
    assert failed & {"TB-ROW", "TB-HIER", "TB-TOTAL"}


# ---- a 收支总表 spending side with 基本支出/项目支出 beside its fund rows -------------------------------------------

def _summary(basic: str = "400.00", total: str = "530.00", between: str = "") -> str:
    return ("2026年单位收支预算总表\n单位：万元\n收入项目 预算数 支出项目 预算数\n"
            "一般公共预算拨款 500.00 一般公共预算财政拨款支出 500.00\n政府性基金预算拨款 0.00 政府性基金预算支出 0.00\n"
            f"{between}事业收入 0.00 基本支出 {basic}\n上年结转 30.00 项目支出 130.00\n收入总计 530.00 支出总计 {total}\n")


def test_a_side_split_by_use_beside_its_fund_rows_adds_up_by_use() -> None:
    checks = [c for c in summary_spending(_result(), _view(_summary())) if c.rule == "IE-EXP-SUM"]
    assert [c.outcome for c in checks] == ["pass"]
    assert "基本支出" in str(checks[0].figures) and "项目支出" in str(checks[0].figures)


def test_a_side_whose_uses_miss_its_total_fails() -> None:
    failed = _failed(summary_spending, _summary(basic="410.00"))
    assert [(c.rule, c.severity) for c in failed] == [("IE-EXP-SUM", "error")]
    assert "540.00" in failed[0].message


def test_a_side_that_nests_its_rows_under_a_qizhong_is_read_by_its_fund_rows_as_before() -> None:
    page = _summary(between="其中：\n")
    failed = _failed(summary_spending, page)
    assert failed and "一般公共预算支出" in failed[0].message  # 500.00 + 0.00 against 530.00


def test_a_side_of_fund_rows_alone_is_read_as_before() -> None:
    page = ("2026年单位收支预算总表\n单位：万元\n收入项目 预算数 支出项目 预算数\n"
            "一般公共预算拨款 500.00 一般公共预算财政拨款支出 500.00\n政府性基金预算拨款 30.00 政府性基金预算支出 30.00\n"
            "收入总计 530.00 支出总计 530.00\n")
    assert [c.outcome for c in summary_spending(_result(), _view(page))] == ["pass"]


# ---- FM-PLACEHOLDER: “请在此处简述…” ----------------------------------------------------------------------------------

@pytest.mark.parametrize("prompt", ["（请在此处简述本单位绩效目标设定情况）", "（请在此处概述项目情况）", "（请在此说明原因）"])
def test_a_prompt_asking_to_write_here_is_a_placeholder(prompt: str) -> None:
    page = f"(三)绩效目标管理\n{prompt}\n纳入绩效目标管理的项目2个。\n"
    assert [c.rule for c in _failed(fm_placeholder, page)] == ["FM-PLACEHOLDER"]


def test_words_about_a_summary_in_brackets_are_no_prompt() -> None:
    page = "(三)绩效目标管理\n纳入绩效目标管理的项目2个（详见绩效目标表，此处简述从略）。\n"
    assert _failed(fm_placeholder, page) == []


# ---- a 决算's change against its budget named with no 年初 -----------------------------------------------------------

_OUTTURN = """某县测试中心2025年单位决算公开说明
一、单位基本情况
某县测试中心为事业单位。
二、“三公”经费决算情况说明
{clause}
"""


def _outturn_failures(clause: str, tmp_path) -> list:
    path = tmp_path / "outturn.txt"
    path.write_text(_OUTTURN.format(clause=clause), encoding="utf-8")
    [result] = parse_disclosures(path)
    return [c for c in result.checks if c.rule in ("PR-PCT", "PR-DIR", "PR-REPEAT") and c.outcome == "fail"
            and c.severity in ("error", "warning")]


def test_a_change_against_the_budget_with_clashing_words_is_a_wrong_direction(tmp_path) -> None:
    # 0.50 / 5.00 = 10.0%: the rate says a rise over a budget of 5.00, the word a fall
    found = _outturn_failures("“三公”经费决算5.50万元，比预算减少0.50万元，增长10.0%。", tmp_path)
    assert [(c.rule, c.severity) for c in found] == [("PR-PCT", "error")]
    assert "增长10.0%" in found[0].message and "0.50" in str(found[0].figures)


@pytest.mark.parametrize("clause", ["“三公”经费决算5.50万元，比预算增加0.50万元，增长10.0%。",
                                    "“三公”经费决算5.50万元，较预算数增加0.50万元，增长10.0%。"])
def test_a_change_against_the_budget_whose_words_agree_passes(clause: str, tmp_path) -> None:
    assert _outturn_failures(clause, tmp_path) == []


def test_a_change_against_the_budget_off_its_rate_by_more_than_a_point_fails(tmp_path) -> None:
    found = _outturn_failures("“三公”经费决算5.50万元，比预算增加0.50万元，增长12.0%。", tmp_path)
    assert [(c.rule, c.severity) for c in found] == [("PR-PCT", "error")]


def test_a_fund_named_general_budget_is_no_comparison_with_the_budget(tmp_path) -> None:
    # “一般公共预算” holds 预算 after no comparison word: the change is on last year, read as before
    found = _outturn_failures("一般公共预算财政拨款支出55.00万元，比上年增加5.00万元，增长10.0%。", tmp_path)
    assert found == []


# ---- a completion rate of what was “实际使用” --------------------------------------------------------------------------

def test_a_completion_rate_of_the_amount_actually_used_is_checked() -> None:
    page = "2025年实际使用一般公共预算财政拨款330.00万元，年初预算为300.00万元，决算数为年初预算的100.0%。\n"
    failed = _failed(execution_rate, page, kind="决算", year=2025)
    assert [(c.rule, c.severity) for c in failed] == [("PR-RATE", "error")] and "110" in failed[0].message


@pytest.mark.parametrize("rate", ["110.0", "110"])
def test_a_completion_rate_of_the_amount_actually_used_within_rounding_passes(rate: str) -> None:
    page = f"2025年实际使用一般公共预算财政拨款330.00万元，年初预算为300.00万元，决算数为年初预算的{rate}%。\n"
    checks = list(execution_rate(_result("决算", 2025), _view(page)))
    assert [c.outcome for c in checks] == ["pass"]


def test_last_years_use_is_no_actual_of_this_year() -> None:
    page = "上年实际使用一般公共预算财政拨款330.00万元，年初预算为300.00万元，决算数为年初预算的100.0%。\n"
    assert _failed(execution_rate, page, kind="决算", year=2025) == []
