"""The 附表 recognizers on small grids written here: captions, units, split codes, text-layer rows, 决算 pairs."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import attachments
from disclosures.parsing.attachments import read_tables, table_kind
from disclosures.parsing.document import Document
from disclosures.parsing.pdf import PdfReadError
from disclosures.parsing.tables import TableResult, read_sangong_grid
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import SourceTable


def _native(*tables: SourceTable) -> Document:
    return Document(lines=[], pages=1, data=b"", is_pdf=False, tables=list(tables))


def _pdf_text(*pages: str) -> Document:
    """A PDF as its text layer shows it (blank cells gone); no bytes behind it, so no geometry to fall back on."""
    return Document(lines=page_lines(list(pages)), pages=len(pages), data=b"", is_pdf=True)


@pytest.mark.parametrize("caption,kind", [
    ("2025年部门财务收支预算总表", "overview"),
    ("收入支出决算总表", "overview"),
    ("2024年预算单位收入预算总表", "income"),
    ("2025年部门支出预算总表", "expenditure"),
    ("支出决算表", "expenditure"),
    ("2025年部门财政拨款收支预算总表", "appropriation_overview"),
    ("财政拨款收入支出决算总表", "appropriation_overview"),
    ("2025年部门一般公共预算支出功能分类预算表", "general_function"),
    ("一般公共预算财政拨款支出决算表", "general_function"),
    ("××局一般公共预算财政拨款支出预算表", "general_function"),
    ("2025年部门一般公共预算基本支出部门预算经济分类预算表", "basic_economic"),
    ("一般公共预算财政拨款基本支出决算表", "basic_economic"),
    ("2025年部门“三公”经费和机关运行经费预算表", "sangong"),
    ("2025年部门政府性基金预算支出功能分类预算表", "gov_fund"),
    ("国有资本经营预算财政拨款收入支出决算表", "state_capital"),
    ("××局政府采购预算明细表", "procurement"),
    ("项目支出绩效目标表", "performance"),
    ("机构设置", None),
    ("某县卫生健康局2024年部门支出预算表", "expenditure"),
    ("2024年项目支出预算表", None),
    ("某局2024年机关运行经费预算表", "operating"),
    ("2021年度机关运行经费支出决算表", "operating"),
])
def test_it_knows_a_table_by_the_words_of_its_caption(caption, kind):
    assert table_kind(caption) == kind


FUNCTION_GRID = [
    ["项目", None, None, None, "一般公共预算支出", None, None],
    ["功能分类科目编码", None, None, "功能分类科目名称", "合计", "基本支出", "项目支出"],
    ["类", "款", "项", None, None, None, None],
    ["201", "", "", "一般公共服务支出", "82,096,797.42", "15,686,797.42", "66,410,000.00"],
    ["201", "03", "", "政府办公厅(室)及相关机构事务", "82,096,797.42", "15,686,797.42", "66,410,000.00"],
    ["201", "03", "01", "行政运行", "12,029,501.84", "12,029,501.84", ""],
    ["210", "", "", "卫生健康支出", "1,097,073.43", "1,097,073.43", ""],
    ["210", "11", "", "行政事业单位医疗", "1,097,073.43", "1,097,073.43", ""],
    ["7", "11", "02", "事业单位医疗", "314,200.00", "314,200.00", ""],
    ["合计", None, None, None, "83,193,870.85", "16,783,870.85", "66,410,000.00"],
]


def test_it_reads_every_function_line_with_its_code_level_and_exact_wan_yuan():
    result = read_tables(_native(SourceTable(grid=FUNCTION_GRID, page=14, unit="元", origin="html",
                                             caption="2025年部门一般公共预算支出功能分类预算表")),
                         year=2025, kind="预算")
    got = [(line.code, line.level, line.name, line.value) for line in result.function_lines]
    assert got == [
        ("201", "类", "一般公共服务支出", Decimal("8209.679742")),
        ("20103", "款", "政府办公厅(室)及相关机构事务", Decimal("8209.679742")),
        ("2010301", "项", "行政运行", Decimal("1202.950184")),
        ("210", "类", "卫生健康支出", Decimal("109.707343")),
        ("21011", "款", "行政事业单位医疗", Decimal("109.707343")),
        ("2101102", "项", "事业单位医疗", Decimal("31.42")),  # "7 11 02": 类 restored from the rows above
    ]
    assert [line.code for line in result.expenditure_by_function] == ["201", "210"]
    assert {line.table for line in result.function_lines} == {"2025年部门一般公共预算支出功能分类预算表"}


def test_it_takes_basic_and_project_from_the_total_row_with_cell_provenance():
    grid = [["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"],
            ["201", "一般公共服务支出", "91,016,775.35", "24,606,775.35", "66,410,000.00"],
            ["合计", None, "91,016,775.35", "24,606,775.35", "66,410,000.00"]]
    result = read_tables(_native(SourceTable(grid=grid, page=12, caption="2025年部门支出预算总表 单位：元")),
                         year=2025, kind="预算")
    figures = {f.metric: f for f in result.figures}
    basic = figures["basic_expenditure"]
    assert basic.value == Decimal("2460.677535")
    assert (basic.page, basic.table, basic.row, basic.column) == (12, "2025年部门支出预算总表", "合计", "基本支出")
    assert (basic.fund_scope, basic.exp_scope, basic.source_unit, basic.origin) == ("全口径", "基本", "元", "table")
    assert figures["project_expenditure"].value == Decimal("6641")
    assert figures["expenditure_total"].value == Decimal("9101.677535")


def test_it_reads_a_table_in_wan_yuan_as_printed():
    grid = [["科目编码", "科目名称", "总计", "基本支出", "项目支出"],
            ["合计", None, "3,064.66", "2,512.29", "552.37"],
            ["205", "教育支出", "6.56", "", "6.56"]]
    result = read_tables(_native(SourceTable(grid=grid, caption="××局一般公共预算财政拨款支出预算表", unit="万元")),
                         year=2026, kind="预算")
    assert [(line.code, line.value) for line in result.function_lines] == [("205", Decimal("6.56"))]
    assert {f.metric: f.value for f in result.figures}["basic_expenditure"] == Decimal("2512.29")


def test_it_gives_nothing_from_a_table_without_a_unit_and_says_so():
    result = read_tables(_native(SourceTable(grid=FUNCTION_GRID, caption="一般公共预算支出功能分类预算表")),
                         year=2025, kind="预算")
    assert result.function_lines == [] and result.figures == []
    assert result.warnings == ["附表“一般公共预算支出功能分类预算表”没有注明金额单位，未采用表中数字"]


TEXT_PAGES = [
    "2025年部门一般公共预算支出功能分类预算表\n编制部门：××局 单位：元\n项目 一般公共预算支出\n功能分类科目编码\n"
    "功能分类科目名称 合计 基本支出 项目支出\n类 款 项\n"
    "201 一般公共服务支出 3,000,000.00 1,000,000.00 2,000,000.00\n"
    "201 03 政府办公厅（室）及相关机构事务 3,000,000.00 1,000,000.00 2,000,000.00\n"
    "201 03 01 行政运行 1,000,000.00 1,000,000.00\n",
    # A continuation page whose text layer is one long line, with no header repeated.
    "201 03 02 一般行政管理事务 2,000,000.00 2,000,000.00 208 社会保障和就业支出 500,000.50 500,000.50 "
    "208 05 行政事业单位养老支出 500,000.50 500,000.50 208 05 05 机关事业单位基本养老保险\n缴费支出 500,000.50 "
    "500,000.50 合计 3,500,000.50 1,500,000.50 2,000,000.00",
]


def test_it_reads_text_layer_rows_across_a_page_without_header_or_line_breaks():
    result = read_tables(_pdf_text(*TEXT_PAGES), year=2025, kind="预算")
    got = [(line.code, line.name, line.value, line.page) for line in result.function_lines]
    assert got == [
        ("201", "一般公共服务支出", Decimal("300"), 1),
        ("20103", "政府办公厅(室)及相关机构事务", Decimal("300"), 1),
        ("2010301", "行政运行", Decimal("100"), 1),  # 合计 pinned: the only other value equals it
        ("2010302", "一般行政管理事务", Decimal("200"), 2),
        ("208", "社会保障和就业支出", Decimal("50.00005"), 2),
        ("20805", "行政事业单位养老支出", Decimal("50.00005"), 2),
        ("2080505", "机关事业单位基本养老保险缴费支出", Decimal("50.00005"), 2),
    ]
    total = {f.metric: f for f in result.figures if f.fund_scope == "一般公共预算财政拨款"}
    assert (total["basic_expenditure"].value, total["basic_expenditure"].page) == (Decimal("150.00005"), 2)


def test_it_withholds_a_total_row_whose_blank_cells_leave_its_values_unplaced():
    pages = ["2025年部门支出预算总表\n单位：元\n功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出\n类 款 项\n"
             "201 一般公共服务支出 900.00 900.00\n合计 900.00 900.00\n"]
    result = read_tables(_pdf_text(*pages), year=2025, kind="预算")  # 基本 or 项目? the text cannot tell
    assert [(f.metric, f.value) for f in result.figures] == [("expenditure_total", Decimal("0.09"))]
    assert "附表“2025年部门支出预算总表”合计行的基本支出、项目支出无法确定所在列，未采用" in result.warnings


def test_it_reads_economic_lines_and_the_personnel_and_public_subtotals():
    grid = [["经济分类科目编码", None, "经济分类科目名称", "合计", "人员经费", "公用经费"],
            ["类", "款", None, None, None, None],
            ["301", "", "工资福利支出", "16,671,057.00", "16,671,057.00", ""],
            ["301", "2", "津贴补贴", "7,533,376.00", "7,533,376.00", ""],
            ["302", "", "商品和服务支出", "1,632,062.00", "", "1,632,062.00"],
            ["合计", None, None, "18,303,119.00", "16,671,057.00", "1,632,062.00"]]
    result = read_tables(_native(SourceTable(grid=grid, caption="一般公共预算基本支出部门预算经济分类预算表", unit="元")),
                         year=2025, kind="预算")
    got = [(line.code, line.name, line.value) for line in result.economic_lines]
    assert got == [("301", "工资福利支出", Decimal("1667.1057")), ("30102", "津贴补贴", Decimal("753.3376")),
                   ("302", "商品和服务支出", Decimal("163.2062")), (None, "人员经费", Decimal("1667.1057")),
                   (None, "公用经费", Decimal("163.2062"))]


def test_it_reads_the_two_blocks_of_a_final_accounts_economic_table_side_by_side():
    pages = ["××局一般公共预算财政拨款基本支出决算表\n金额单位：万元\n编码 名称 决算数 编码 名称 决算数\n"
             "301 工资福利支出 1,500.40 302 商品和服务支出 120.30\n301 03 奖金 302 03 咨询费\n"
             "301 08 机关事业单位基本养老保险缴\n费\n99.50 302 06 电费\n人员经费合计 1,600.00 公用经费合计 130.00\n"]
    result = read_tables(_pdf_text(*pages), year=2024, kind="决算")
    got = [(line.code, line.name, line.value) for line in result.economic_lines]
    assert got == [("301", "工资福利支出", Decimal("1500.40")), ("302", "商品和服务支出", Decimal("120.30")),
                   ("30108", "机关事业单位基本养老保险缴费", Decimal("99.50")),
                   (None, "人员经费", Decimal("1600.00")), (None, "公用经费", Decimal("130.00"))]


def test_it_reads_total_rows_of_the_overview_table_and_leaves_carry_over_totals_of_a_final_account():
    pages = ["收入支出决算总表\n单位：万元\n收入 支出\n项目 决算数 项目 决算数\n"
             "一、一般公共预算财政拨款收入 1,800.00 一、一般公共服务支出 1,500.00\n"
             "二、政府性基金预算财政拨款收入 二、外交支出\n八、其他收入 5.00 八、社会保障和就业支出 300.00\n"
             "本年收入合计 1,805.00 本年支出合计 1,800.00\n年初结转和结余 20.00 年末结转和结余 25.00\n"
             "总计 1,825.00 总计 1,825.00\n"]
    result = read_tables(_pdf_text(*pages), year=2024, kind="决算")
    got = {f.metric: (f.value, f.row) for f in result.figures}
    assert got == {"general_budget_appropriation": (Decimal("1800.00"), "一、一般公共预算财政拨款收入"),
                   "income_total": (Decimal("1805.00"), "本年收入合计"),
                   "expenditure_total": (Decimal("1800.00"), "本年支出合计")}  # 年初结转和结余 mixes funds: left


FINAL_SANGONG = [
    ["财政拨款“三公”经费", None, None, None, None, None, None, None, None, None, None, None],
    ["合计", None, "因公出国（境）费", None, "公务用车购置及运行费", None, None, None, None, None, "公务接待费", None],
    [None, None, None, None, "小计", None, "公务用车购置费", None, "公务用车运行费", None, None, None],
    ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数",
     "决算数"],
    ["12.50", "10.20", "", "", "8.00", "7.40", "", "", "8.00", "7.40", "4.50", "2.80"],
]


def test_it_takes_the_actual_of_a_final_account_pair_and_keeps_the_budget_beside_it():
    figures = read_sangong_grid(FINAL_SANGONG, year=2024, page=18, title="财政拨款“三公”经费支出决算表 单位：万元",
                                result=TableResult())
    got = {f.metric: (f.value, f.budget) for f in figures}
    # a blank budget is 0 as a blank actual is: when its own column's sums hold with it as 0
    assert got == {"sangong_total": (Decimal("10.2"), Decimal("12.5")), "outbound_travel": (Decimal(0), Decimal(0)),
                   "vehicle_total": (Decimal("7.4"), Decimal(8)), "vehicle_purchase": (Decimal(0), Decimal(0)),
                   "vehicle_operation": (Decimal("7.4"), Decimal(8)), "reception": (Decimal("2.8"), Decimal("4.5"))}
    assert {f.table for f in figures} == {"财政拨款“三公”经费支出决算表"}


def test_it_leaves_blank_actuals_unknown_when_nothing_confirms_them():
    grid = [list(row) for row in FINAL_SANGONG]
    grid[-1] = ["0.95", "", "", "", "", "", "", "", "", "", "0.95", ""]
    figures = read_sangong_grid(grid, year=2024, page=18, title="单位：万元", result=TableResult())
    got = {f.metric: (f.value, f.budget) for f in figures}
    assert got["sangong_total"] == (None, Decimal("0.95")) and got["reception"] == (None, Decimal("0.95"))


def test_it_reads_the_sangong_row_by_cell_position_with_a_row_spanning_operating_costs_header():
    grid = [["2024年“三公”经费预算数", None, None, None, None, None, "2024年机关运行经费预算数"],
            ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", None, None, None],
            [None, None, None, "小计", "购置费", "运行费", None],
            ["6.4", "0", "0", "6.4", "", "6.4", "0"]]
    figures = read_sangong_grid(grid, year=2024, page=15, title="单位:万元", result=TableResult())
    got = {f.metric: f.value for f in figures}
    assert got == {"sangong_total": Decimal("6.4"), "outbound_travel": Decimal(0), "reception": Decimal(0),
                   "vehicle_total": Decimal("6.4"), "vehicle_purchase": Decimal(0),
                   "vehicle_operation": Decimal("6.4"), "operating_costs": Decimal(0)}
    purchase = next(f for f in figures if f.metric == "vehicle_purchase")
    assert purchase.note == "表中为空白，经表内合计校验确认为0"


@pytest.mark.parametrize("grid", [[], [[]], [[], ["合计"]], [["合计", "公务接待费"], [None, None]]])
def test_it_reads_nothing_and_does_not_crash_on_empty_or_ragged_grids(grid):
    assert read_sangong_grid(grid, year=2025, page=1, title="", result=TableResult()) == []


def test_it_turns_a_page_pdfplumber_cannot_read_into_a_warning(monkeypatch):
    def broken(data, pages):
        raise PdfReadError("bad stream")

    monkeypatch.setattr("disclosures.parsing.pdf.pdf_tables", broken)
    pages = ["2025年部门支出预算总表\n单位：元\n功能分类科目名称 合计 基本支出 项目支出\n合计 900.00 900.00\n"]
    result = read_tables(_pdf_text(*pages), year=2025, kind="预算")
    assert [(f.metric, f.value) for f in result.figures] == [("expenditure_total", Decimal("0.09"))]
    assert result.warnings == ["PDF第1页的表格结构无法读取",
                               "附表“2025年部门支出预算总表”合计行的基本支出、项目支出无法确定所在列，未采用"]


def test_it_reads_a_tab_separated_overview_table_in_a_text_file():
    text = ("××县统计局2025年部门预算情况说明\n二、收支预算总表\n单位：万元\n项目\t2025年预算\n"
            "收入合计\t1,046.30\n一般公共预算拨款\t1,046.30\n支出合计\t1,046.30\n基本支出\t712.50\n项目支出\t333.80\n")
    document = Document(lines=page_lines([text]), pages=1, data=text.encode(), is_pdf=False)
    result = read_tables(document, year=2025, kind="预算")
    assert {f.metric: f.value for f in result.figures} == {
        "income_total": Decimal("1046.30"), "general_budget_appropriation": Decimal("1046.30"),
        "expenditure_total": Decimal("1046.30"), "basic_expenditure": Decimal("712.50"),
        "project_expenditure": Decimal("333.80")}


def test_it_gives_a_title_printed_after_the_body_its_table():
    pages = ["2025年部门收入预算总表\n单位：元\n项目 收入预算\n功能分类科目名称 合计 财政拨款收入 事业收入\n"
             "201 一般公共服务支出 700.00 700.00\n合计 700.00 700.00\n",
             "功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出\n类 款 项\n"
             "201 一般公共服务支出 700.00 300.00 400.00\n合计 700.00 300.00 400.00\n"
             "2025年部门一般公共预算支出功能分类预算表\n单位：元\n"]
    result = read_tables(_pdf_text(*pages), year=2025, kind="预算")
    assert [(line.code, line.value, line.page, line.table) for line in result.function_lines] == [
        ("201", Decimal("0.07"), 2, "2025年部门一般公共预算支出功能分类预算表")]
    assert {f.metric: f.value for f in result.figures if f.metric.endswith("expenditure")} == {
        "basic_expenditure": Decimal("0.03"), "project_expenditure": Decimal("0.04")}


def test_it_finds_the_caption_and_unit_a_sheet_prints_above_its_header():
    grid = [["××局一般公共预算财政拨款支出预算表", None, None, None, None],
            ["单位：万元", None, None, None, None],
            ["科目编码", "科目名称", "总计", "基本支出", "项目支出"],
            ["208", "社会保障和就业支出", "40.10", "40.10", ""],
            ["合计", None, "40.10", "40.10", ""]]
    result = read_tables(_native(SourceTable(grid=grid, page=2, caption="表二", origin="xlsx")), year=2025, kind="预算")
    assert [(line.code, line.value, line.table) for line in result.function_lines] == [
        ("208", Decimal("40.10"), "××局一般公共预算财政拨款支出预算表")]


def test_it_reads_a_native_sangong_sheet_by_cell_position():
    grid = [["××局一般公共预算“三公”经费支出表", None, None, None, None, None],
            ["单位：万元", None, None, None, None, None],
            ["合计", "因公出国(境)费", "公务用车购置及运行费", None, None, "公务接待费"],
            [None, None, "小计", "购置费", "运行费", None],
            ["12.00", "", "9.00", "", "9.00", "3.00"]]
    result = read_tables(_native(SourceTable(grid=grid, page=4, caption="表四", origin="xlsx")), year=2025, kind="预算")
    assert {f.metric: f.value for f in result.figures} == {
        "sangong_total": Decimal("12.00"), "outbound_travel": Decimal(0), "vehicle_total": Decimal("9.00"),
        "vehicle_purchase": Decimal(0), "vehicle_operation": Decimal("9.00"), "reception": Decimal("3.00")}


def test_it_reads_the_total_of_a_filled_government_fund_table_and_nothing_from_an_empty_one():
    filled = ["2025年部门政府性基金预算支出功能分类预算表\n单位：元\n功能分类科目名称 合计 基本支出 项目支出\n类 款 项\n"
              "212 城乡社区支出 120,000.00 120,000.00\n合计 120,000.00 120,000.00\n"]
    result = read_tables(_pdf_text(*filled), year=2025, kind="预算")
    # 合计 is pinned by its own sum; whether the 120,000 is 基本 or 项目 the text cannot tell, so only the total.
    assert [(f.metric, f.value, f.fund_scope) for f in result.figures] == [
        ("gov_fund_appropriation", Decimal("12"), "政府性基金")]
    assert "附表“2025年部门政府性基金预算支出功能分类预算表”合计行的基本支出、项目支出无法确定所在列，未采用" in result.warnings
    empty = ["2025年部门政府性基金预算支出功能分类预算表\n单位：元\n功能分类科目名称 合计 基本支出 项目支出\n类 款 项\n合计\n"
             "注：本年度没有政府性基金预算拨款，所以这张表是空表。\n"]
    result = read_tables(_pdf_text(*empty), year=2025, kind="预算")
    assert result.figures == [] and result.warnings == []


def test_it_reads_codes_glued_to_names_dashes_in_blank_cells_and_a_unit_in_brackets():
    pages = ["一般公共预算财政拨款支出预算表（万元）\n科目 合计 基本支出 项目支出\n"
             "[201]一般公共服务支出 60.00 — 60.00\n2010302一般行政管理事务 60.00 — 60.00\n合计 60.00 — 60.00\n"]
    result = read_tables(_pdf_text(*pages), year=2025, kind="预算")
    assert [(line.code, line.name, line.value) for line in result.function_lines] == [
        ("201", "一般公共服务支出", Decimal("60.00")), ("2010302", "一般行政管理事务", Decimal("60.00"))]
    assert {(f.metric, f.value) for f in result.figures} == {
        ("general_budget_appropriation", Decimal("60.00")), ("project_expenditure", Decimal("60.00"))}


def test_it_ends_a_table_at_the_title_of_one_it_does_not_read():
    pages = ["2025年部门一般公共预算基本支出部门预算经济分类预算表\n单位：元\n经济分类科目名称 合计 人员经费 公用经费\n"
             "301 工资福利支出 500.00 500.00\n合计 500.00 500.00\n",
             "2025年部门项目支出预算表\n单位：元\n项目名称 功能分类 金额\n201 03 02 政务公开专项 800.00\n"]
    result = read_tables(_pdf_text(*pages), year=2025, kind="预算")
    assert [(line.code, line.value) for line in result.economic_lines] == [("301", Decimal("0.05"))]


def test_it_reads_a_single_amount_column_as_the_rows_whole_amount():
    grid = [["科目编码", "科目名称", "预算数"], ["201", "一般公共服务支出", "120.50"], ["20101.0", "人大事务", "120.50"]]
    result = read_tables(_native(SourceTable(grid=grid, caption="一般公共预算支出预算表", unit="万元")),
                         year=2025, kind="预算")
    assert [(line.code, line.level, line.value) for line in result.function_lines] == [
        ("201", "类", Decimal("120.50")), ("20101", "款", Decimal("120.50"))]


@pytest.mark.parametrize("budget,actual", [("预算数", "决算数"), ("年初预算数", "全年支出数"),
                                           ("2024年预算数", "2024年决算数"), ("预算安排", "实际支出")])
def test_it_tells_budget_from_actual_columns_by_their_words(budget, actual):
    grid = [["合计", None, "公务接待费", None, "因公出国(境)费", None],
            [budget, actual, budget, actual, budget, actual],
            ["5.00", "4.00", "5.00", "4.00", "", ""]]
    figures = read_sangong_grid(grid, year=2024, page=3, title="单位：万元", result=TableResult())
    assert {f.metric: (f.value, f.budget) for f in figures} == {
        "sangong_total": (Decimal("4.00"), Decimal("5.00")), "reception": (Decimal("4.00"), Decimal("5.00")),
        "outbound_travel": (Decimal(0), Decimal(0))}


def test_it_continues_a_table_whose_title_is_repeated_with_a_continuation_mark():
    pages = ["一般公共预算支出功能分类预算表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n"
             "201 一般公共服务支出 10.00 4.00 6.00\n",
             "一般公共预算支出功能分类预算表（续）\n科目编码 科目名称 合计 基本支出 项目支出\n"
             "208 社会保障和就业支出 2.00 2.00\n合计 12.00 6.00 6.00\n"]
    result = read_tables(_pdf_text(*pages), year=2025, kind="预算")
    assert [(line.code, line.value, line.page, line.table) for line in result.function_lines] == [
        ("201", Decimal("10.00"), 1, "一般公共预算支出功能分类预算表"),
        ("208", Decimal("2.00"), 2, "一般公共预算支出功能分类预算表")]
    assert {f.metric: f.value for f in result.figures}["basic_expenditure"] == Decimal("6.00")


def test_it_opens_a_new_table_at_a_title_that_ends_in_a_qualifier_after_the_word_table():
    pages = ["部门收支总表\n单位：万元\n收入 金额 支出 金额\n一般公共预算拨款 12.00 教育支出 10.00\n"
             "卫生健康支出 2.00\n收入合计 12.00 支出合计 12.00\n"
             "一般公共预算支出表(按功能科目)\n单位：万元\n科目编码 科目名称 金额\n205 教育支出 10.00\n",
             "科目编码 科目名称 金额\n210 卫生健康支出 2.00\n合计 12.00\n"]
    result = read_tables(_pdf_text(*pages), year=2024, kind="预算")
    assert [(line.code, line.value, line.page, line.table) for line in result.expenditure_by_function] == [
        ("205", Decimal("10.00"), 1, "一般公共预算支出表(按功能科目)"),
        ("210", Decimal("2.00"), 2, "一般公共预算支出表(按功能科目)")]


def test_it_keeps_apart_an_income_item_with_a_blank_cell_and_the_expenditure_item_beside_it():
    pages = ["部门收支总表\n单位：万元\n收入项目 预算数 支出项目 预算数\n一般公共预算拨款收入 1,646.30 文化旅游体育与传媒支出 1,326.40\n"
             "政府性基金预算拨款收入 社会保障和就业支出 184.90\n收入总计 1,646.30 支出总计 1,511.30\n"]
    result = read_tables(_pdf_text(*pages), year=2025, kind="预算")
    assert [(line.code, line.name, line.value) for line in result.expenditure_by_function] == [
        ("207", "文化旅游体育与传媒支出", Decimal("1326.40")), ("208", "社会保障和就业支出", Decimal("184.90"))]
    assert "gov_fund_appropriation" not in {f.metric for f in result.figures}  # its cell is blank, not 0


def test_it_leaves_a_blank_income_cell_blank_beside_a_wider_expenditure_side():
    grid = [["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算"],
            ["一般公共预算资金", "30.00", "一般公共服务支出", "26.00", "26.00", ""],
            ["政府性基金预算资金", "", "教育支出", "4.00", "4.00", ""],
            ["收入合计", "30.00", "支出合计", "30.00", "30.00", ""]]
    source = SourceTable(grid=grid, caption="某局财政拨款收支总表", unit="万元")
    result = read_tables(_native(source), year=2025, kind="预算")
    assert {f.metric: f.value for f in result.figures} == {"general_budget_appropriation": Decimal("30.00")}
    assert [(line.name, line.value) for line in result.expenditure_by_function] == [
        ("一般公共服务支出", Decimal("26.00")), ("教育支出", Decimal("4.00"))]


def test_it_reads_a_final_accounts_function_row_under_its_actual_column_and_names_that_column():
    grid = [["科目编码", "科目名称", "年初预算", "调整预算", "决算数"],
            ["204", "公共安全支出", "90.00", "95.00", "93.50"], ["208", "社会保障和就业支出", "8.00", "8.20", "8.20"]]
    source = SourceTable(grid=grid, caption="一般公共预算财政拨款支出决算表", unit="万元")
    result = read_tables(_native(source), year=2023, kind="决算")
    assert [(line.code, line.value, line.source.rsplit(" · ", 1)[1]) for line in result.function_lines] == [
        ("204", Decimal("93.50"), "决算数"), ("208", Decimal("8.20"), "决算数")]


def test_it_keeps_a_total_row_that_does_not_add_up_and_says_so():
    grid = [["科目名称", "合计", "基本支出", "项目支出"], ["合计", "100.00", "60.00", "30.00"]]
    result = read_tables(_native(SourceTable(grid=grid, caption="部门支出总表", unit="万元")), year=2025, kind="预算")
    assert {f.metric: f.value for f in result.figures} == {
        "expenditure_total": Decimal("100.00"), "basic_expenditure": Decimal("60.00"),
        "project_expenditure": Decimal("30.00")}
    assert result.warnings == ["附表“部门支出总表”合计行：合计100万元不等于各列之和90万元"]


def test_it_compares_the_overview_classes_with_the_function_table_only_when_both_hold_the_same_money():
    overview = ["收入支出决算总表\n单位：万元\n项目 决算数 项目 决算数\n一、一般公共预算财政拨款收入 100.00 一、一般公共服务支出 60.00\n"
                "二、社会保障和就业支出 40.01\n本年收入合计 100.00 本年支出合计 100.00\n"]
    function = ["一般公共预算财政拨款支出决算表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n"
                "201 一般公共服务支出 60.00 60.00\n208 社会保障和就业支出 40.00 40.00\n合计 100.00 100.00\n"]
    result = read_tables(_pdf_text(overview[0], function[0]), year=2024, kind="决算")
    assert "附表之间不一致：社会保障和就业支出在“收入支出决算总表”中为40.01万元，在“一般公共预算财政拨款支出决算表”中为40万元" \
        in result.warnings
    other_funds = overview[0].replace("本年支出合计 100.00", "本年支出合计 130.00")
    result = read_tables(_pdf_text(other_funds, function[0]), year=2024, kind="决算")
    assert not [w for w in result.warnings if w.startswith("附表之间不一致")]


def test_it_withholds_a_native_row_whose_cells_slid_out_of_their_columns():
    grid = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["合计", "90.00", "70.00", "20.00", ""],  # the empty code cell was lost: every amount one column left
            ["201", "一般公共服务支出", "90.00", "70.00", "20.00"]]
    result = read_tables(_native(SourceTable(grid=grid, caption="部门支出总表", unit="万元")), year=2025, kind="预算")
    assert [f for f in result.figures if f.row == "合计"] == []
    assert result.warnings == ["附表“部门支出总表”有1行的数字不在金额列下（表格列错位），未采用"]


def test_it_takes_the_unit_printed_under_the_sangong_title_not_another_tables_on_the_same_page():
    from disclosures.parsing import parse_disclosure
    from tests.conftest import FIXTURES

    # variants5_pdf/v02: a page holds a 功能分类 table in 元 and then the “三公” table in 万元.
    result = parse_disclosure(FIXTURES / "variants5_pdf" / "v02_lianghe_natres_full_template_yuan.pdf")
    cells = {f.metric: (f.value, f.source_unit) for f in result.table_figures
             if f.metric in ("sangong_total", "reception", "operating_costs")}
    assert cells == {"sangong_total": (Decimal("6.8"), "万元"), "reception": (Decimal("1.2"), "万元"),
                     "operating_costs": (Decimal("48.6"), "万元")}


@pytest.mark.parametrize("grid,unit,kind,value", [
    ([["项目", "预算数"], ["机关运行经费合计", "86.40"], ["办公费", "20.00"], ["水电费", "66.40"]], "万元", "预算", "86.40"),
    ([["项目", "决算数"], ["机关运行经费合计", "358640"]], "元", "决算", "35.864"),
    ([["项目", "预算数", "决算数"], ["合计", "40.00", "38.50"], ["办公费", "40.00", "38.50"]], "万元", "决算", "38.50"),
    ([["项目", "预算数", "预算数"], ["合计", "40.00", "42.00"]], "万元", "预算", None),  # two years: which is which?
])
def test_it_reads_the_total_of_an_operating_costs_sheet(grid, unit, kind, value):
    source = SourceTable(grid=grid, page=4, caption="某局2021年度机关运行经费表", unit=unit, origin="xlsx")
    got = [f.value for f in read_tables(_native(source), year=2021, kind=kind).figures if f.metric == "operating_costs"]
    assert got == ([Decimal(value)] if value else [])


def test_it_reads_carry_over_from_the_income_side_of_a_budget_overview():
    grid = [["收入项目", "本年预算", "支出项目", "本年预算"],
            ["一般公共预算拨款收入", "500.00", "教育支出", "560.00"],
            ["上年结转", "60.00", "住房保障支出", "0"],
            ["收入总计", "560.00", "支出总计", "560.00"]]
    source = SourceTable(grid=grid, page=1, caption="某局2024年部门收支总表", unit="万元", origin="xlsx")
    got = {f.metric: f.value for f in read_tables(_native(source), year=2024, kind="预算").figures}
    assert got["carryover"] == Decimal("60.00") and got["income_total"] == Decimal("560.00")


SPENDING_GRID = [["功能科目编码", "功能科目名称", "合计", "基本支出", "项目支出"],
                 [None, "合计", "900.00", "700.00", "200.00"],
                 ["210", "卫生健康支出", "900.00", "700.00", "200.00"],
                 ["2100101", "行政运行", "700.00", "700.00", None],
                 ["2100408", "基本公共卫生服务", "200.00", None, "200.00"]]


def test_the_spending_tables_coded_rows_are_the_function_lines_when_no_general_budget_table_gives_them():
    source = SourceTable(grid=SPENDING_GRID, page=2, caption="某局2024年部门支出预算表", unit="万元", origin="xlsx")
    result = read_tables(_native(source), year=2024, kind="预算")
    assert [(line.code, line.level, line.value) for line in result.function_lines] == [
        ("210", "类", Decimal("900.00")), ("2100101", "项", Decimal("700.00")), ("2100408", "项", Decimal("200.00"))]
    assert {f.metric: f.value for f in result.figures if f.metric.endswith("_expenditure")} == {
        "basic_expenditure": Decimal("700.00"), "project_expenditure": Decimal("200.00")}


def test_a_general_budget_function_table_keeps_the_function_lines_to_itself():
    spending = SourceTable(grid=SPENDING_GRID, page=2, caption="某局2024年部门支出预算表", unit="万元", origin="xlsx")
    general = SourceTable(grid=[["功能科目编码", "功能科目名称", "合计"], ["210", "卫生健康支出", "850.00"]], page=3,
                          caption="某局2024年一般公共预算支出预算表", unit="万元", origin="xlsx")
    result = read_tables(_native(spending, general), year=2024, kind="预算")
    assert [(line.code, line.value, line.fund_scope) for line in result.function_lines] == [
        ("210", Decimal("850.00"), "一般公共预算财政拨款")]
