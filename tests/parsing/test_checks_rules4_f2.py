"""Table and PDF items of the fifth blind corpus (issue 9): general rules, each tried on small hand-made inputs.
Every figure here is made up for these tests."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from disclosures.parsing.tables import TableResult, read_sangong_grid

# --- a 决算's “三公” table printing its budget beside the actual -------------------------------------------------

ITEMS_ACROSS = [
    ["项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费"],
    [None, None, None, "小计", "公务用车购置费", "公务用车运行维护费", None],
]


def _read(grid, year=2024) -> dict[tuple[str, str], object]:
    figures = read_sangong_grid(grid, year=year, page=7, title="“三公”经费支出决算表 单位：万元", result=TableResult())
    return {(f.period, f.metric): f for f in figures}


def test_a_budget_row_over_an_actual_row_gives_the_actual_with_its_budget_beside() -> None:
    grid = ITEMS_ACROSS + [["年初预算数", "9.00", "0.00", "6.00", "0.00", "6.00", "3.00"],
                           ["决算数", "8.35", "0.00", "5.72", "0.00", "5.72", "2.63"]]
    read = _read(grid)
    assert {k: f.value for k, f in read.items()} == {
        ("本年", "sangong_total"): Decimal("8.35"), ("本年", "outbound_travel"): Decimal("0.00"),
        ("本年", "vehicle_total"): Decimal("5.72"), ("本年", "vehicle_purchase"): Decimal("0.00"),
        ("本年", "vehicle_operation"): Decimal("5.72"), ("本年", "reception"): Decimal("2.63")}
    assert read[("本年", "reception")].budget == Decimal("3.00")
    assert read[("本年", "sangong_total")].budget == Decimal("9.00")
    assert read[("本年", "reception")].row == "决算数"


def test_the_actual_row_is_read_whichever_comes_first_and_an_adjusted_budget_ranks_first() -> None:
    grid = ITEMS_ACROSS + [["决算数", "8.35", "0.00", "5.72", "0.00", "5.72", "2.63"],
                           ["年初预算数", "9.00", "0.00", "6.00", "0.00", "6.00", "3.00"],
                           ["调整预算数", "8.80", "0.00", "6.00", "0.00", "6.00", "2.80"]]
    read = _read(grid)
    assert read[("本年", "vehicle_operation")].value == Decimal("5.72")
    assert read[("本年", "reception")].budget == Decimal("2.80")


def test_year_rows_without_an_actual_row_are_still_read_by_year() -> None:
    grid = ITEMS_ACROSS + [["2023年预算数", "9.00", "0.00", "6.00", "0.00", "6.00", "3.00"],
                           ["2024年预算数", "8.00", "0.00", "5.00", "0.00", "5.00", "3.00"]]
    read = _read(grid)
    assert read[("上年", "sangong_total")].value == Decimal("9.00")
    assert read[("本年", "sangong_total")].value == Decimal("8.00")
    assert read[("本年", "sangong_total")].budget is None


def test_a_row_wise_table_with_budget_and_actual_columns_reads_the_actual_column() -> None:
    grid = [["项目", "年初预算数", "决算数"],
            ["合计", "9.00", "8.35"], ["因公出国（境）费", "0.00", "0.00"], ["公务用车购置及运行维护费", "6.00", "5.72"],
            ["公务用车购置费", "0.00", "0.00"], ["公务用车运行维护费", "6.00", "5.72"], ["公务接待费", "3.00", "2.63"]]
    read = _read(grid)
    assert read[("本年", "reception")].value == Decimal("2.63")
    assert read[("本年", "reception")].budget == Decimal("3.00")


# --- a function table printing last year's amounts beside this year's -------------------------------------------

from disclosures.parsing.attachments import read_tables  # noqa: E402
from disclosures.parsing.checks.figures import tb_hier, tb_total  # noqa: E402
from disclosures.parsing.checks.stated import pt_item  # noqa: E402
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.document import Document  # noqa: E402
from disclosures.parsing.text import normalize, page_lines  # noqa: E402
from disclosures.parsing.types import ParsedDisclosure, SourceTable  # noqa: E402


def _two_year_grid(prior: str, this: str, class_value: str = "410.50", total: str = "450.80") -> list[list[str]]:
    return [["科目编码", "科目名称", prior, this, "基本支出", "项目支出"],
            ["208", "社会保障和就业支出", "38.00", "40.30", "40.30", "0.00"],
            ["20805", "行政事业单位养老支出", "38.00", "40.30", "40.30", "0.00"],
            ["213", "农林水支出", "500.00", class_value, "130.50", "280.00"],
            ["21303", "水利", "500.00", "410.50", "130.50", "280.00"],
            ["2130301", "行政运行", "120.00", "130.50", "130.50", "0.00"],
            ["2130305", "水利工程建设", "380.00", "280.00", "0.00", "280.00"],
            ["合计", "", "538.00", total, "170.80", "280.00"]]


def _read_two_year(grid: list[list[str]]) -> ParsedDisclosure:
    source = SourceTable(grid=grid, page=3, caption="某县水务局2025年一般公共预算支出表", unit="万元", origin="html")
    tables = read_tables(Document(lines=[], pages=1, data=b"", is_pdf=False, tables=[source]), year=2025, kind="预算")
    result = ParsedDisclosure(unit="某县水务局", year=2025, kind="预算", scope="部门")
    result.function_lines = tables.function_lines
    result.table_figures = tables.figures
    return result


@pytest.mark.parametrize(("prior", "this"), [("上年预算数", "本年预算数"), ("2024年预算数", "2025年预算数"),
                                             ("2025年预算数", "2024年预算数")])
def test_this_years_column_is_the_row_amount_beside_last_years(prior: str, this: str) -> None:
    grid = _two_year_grid(prior, this)
    if this.startswith("2024"):  # the later year is this year's, whichever side it is printed on
        for row in grid[1:]:
            row[2], row[3] = row[3], row[2]
    result = _read_two_year(grid)
    lines = {line.code: line.value for line in result.function_lines}
    assert lines == {"208": Decimal("40.30"), "20805": Decimal("40.30"), "213": Decimal("410.50"),
                     "21303": Decimal("410.50"), "2130301": Decimal("130.50"), "2130305": Decimal("280.00")}
    total = [f for f in result.table_figures if f.metric == "general_budget_appropriation"]
    assert [(f.value, f.exp_scope) for f in total] == [(Decimal("450.80"), "total")]


def test_two_columns_of_one_year_or_an_unnumbered_year_beside_a_numbered_one_name_no_amount() -> None:
    for prior, this in (("本年预算数", "本年预算数"), ("上年预算数", "2025年预算数")):
        result = _read_two_year(_two_year_grid(prior, this))
        assert result.function_lines == []


def test_a_class_row_off_its_items_in_this_years_column_fails_the_hierarchy_and_the_total() -> None:
    result = _read_two_year(_two_year_grid("上年预算数", "本年预算数", class_value="401.50"))
    failed = [(c.rule, c.severity) for c in tb_hier(result) if c.outcome == "fail"]
    assert failed == [("TB-HIER", "error")]
    totals = [(c.rule, c.outcome) for c in tb_total(result)]
    assert totals == [("TB-TOTAL", "fail")]  # 40.30 + 401.50 ≠ 450.80
    consistent = _read_two_year(_two_year_grid("上年预算数", "本年预算数"))
    assert [c.outcome for c in tb_hier(consistent)] == ["pass"]
    assert [c.outcome for c in tb_total(consistent)] == ["pass"]


# --- PT-ITEM: the 类/款/项 path printed without quotes -----------------------------------------------------------

@dataclass
class _Line:
    text: str
    page: int = 1
    tabular: bool = False


def _items(sentence: str, kind: str = "预算") -> list[tuple[str, str]]:
    result = _read_two_year(_two_year_grid("上年预算数", "本年预算数"))
    result.kind = kind
    view = text_of([_Line(normalize(sentence))])  # as a loaded document's lines read
    return [(c.outcome, c.severity) for c in pt_item(result, view)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("农林水支出（类）水利（款）水利工程建设（项）280.00万元，比上年减少100.00万元。", [("pass", "error")]),
    ("农林水支出（类）水利（款）水利工程建设（项）208.00万元，比上年减少100.00万元。", [("fail", "error")]),
    ("农林水支出（类）水利（款）水利工程建设（项）：280.01万元，用于河道治理。", [("fail", "info")]),  # half-steps
    ("农林水支出（类）水利（款）水利工程建设（项）比上年减少100.00万元。", []),  # a change, not the amount
    ("农林水支出（类）水利（款）水土保持（项）18.00万元。", []),  # no such row in the table
])
def test_an_unquoted_item_path_is_held_to_its_table_row(sentence: str, expected: list) -> None:
    assert _items(sentence) == expected


def test_an_item_amount_printed_in_yuan_is_converted_and_a_ten_thousandfold_slip_named() -> None:
    result = _read_two_year(_two_year_grid("上年预算数", "本年预算数"))

    def rules(sentence: str) -> list[tuple[str, str, str]]:
        view = text_of([_Line(normalize(sentence))])
        return [(c.rule, c.outcome, c.severity) for c in pt_item(result, view)]

    assert rules("农林水支出（类）水利（款）水利工程建设（项）2,800,000.00元。") == [("PT-ITEM", "pass", "error")]
    assert rules("农林水支出（类）水利（款）水利工程建设（项）280.00元。") == [("FM-UNIT-10K", "fail", "error")]
    assert rules("农林水支出（类）水利（款）水利工程建设（项）2,080,000.00元。") == [("PT-ITEM", "fail", "error")]


def test_a_final_accounts_item_path_is_held_to_its_row_too() -> None:
    # a 决算's “…(项)X万元” states the year's amount of that 项 as a 预算's does (its “年初预算X万元，支出决算Y万元”
    # form is not an amount right after the path, so it is not read here)
    assert _items("农林水支出（类）水利（款）水利工程建设（项）208.00万元。", kind="决算") == [("fail", "error")]


# --- D-001 in a 决算's 收入支出总表: 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余 ---------------------------------

from disclosures.parsing.checks.table_sums import final_spending_balance  # noqa: E402


def _balance(*rows: str, kind: str = "决算", unit: str = "万元", caption: str = "表1 某县某局2024年收入支出决算总表"):
    lines = [caption, f"单位：{unit}", "收入项目 决算数 支出项目 决算数",
             "财政拨款收入 600.00 201 一般公共服务支出 580.00", "其他收入 20.00 208 社会保障和就业支出 40.00", *rows]
    result = ParsedDisclosure(unit="某县某局", year=2024, kind=kind, scope="部门")
    view = text_of([_Line(normalize(line)) for line in lines])
    return [(c.outcome, c.severity) for c in final_spending_balance(result, view)]


@pytest.mark.parametrize(("rows", "expected"), [
    (("本年支出合计 620.00", "本年收入合计 620.00 结余分配 0.00", "年初结转和结余 30.00 年末结转和结余 30.00",
      "总计 650.00 总计 650.00"), [("pass", "error")]),
    (("本年支出合计 620.00", "本年收入合计 620.00 结余分配 0.00", "年初结转和结余 30.00 年末结转和结余 21.00",
      "总计 650.00 总计 650.00"), [("fail", "error")]),
    (("本年收入合计 620.00 本年支出合计 620.00", "年初财政拨款结转和结余 30.00 年末财政拨款结转和结余 30.01",
      "总计 650.00 总计 650.00"), [("fail", "info")]),  # within the half-steps; no 结余分配 row in a 财政拨款 table
    (("本年支出合计 620.00", "本年收入合计 620.00 结余分配 0.00", "使用非财政拨款结余 5.00",
      "年初结转和结余 25.00 年末结转和结余 21.00", "总计 650.00 总计 650.00"), []),  # a row this rule does not know
    (("本年支出合计 620.00", "本年收入合计 620.00", "总计 620.00 总计 620.00"), []),  # no 年末结转和结余 row
])
def test_a_final_summary_tables_spending_side_adds_up_to_its_total(rows: tuple[str, ...], expected: list) -> None:
    assert _balance(*rows) == expected


def test_the_spending_side_is_read_in_its_tables_unit_and_only_in_a_final_account() -> None:
    rows = ("本年支出合计 6,200,000.00", "本年收入合计 6,200,000.00 结余分配 0.00",
            "年初结转和结余 300,000.00 年末结转和结余 210,000.00", "总计 6,500,000.00 总计 6,500,000.00")
    assert _balance(*rows, unit="元") == [("fail", "error")]
    assert _balance(*rows, unit="元", kind="预算") == []


# --- TB-DUP: an empty table printed twice --------------------------------------------------------------------------

from disclosures.parsing.checks.presence import tb_dup  # noqa: E402

EMPTY_FUND = ["表8 某县某局2024年政府性基金预算财政拨款收入支出决算表", "单位：万元", "科目编码 科目名称 合计 基本支出 项目支出",
              "合计", "注：本单位2024年度没有政府性基金预算财政拨款收支，本表无数据。"]


def _dup(*pages: list[str]) -> list[tuple[str, str, int | None]]:
    lines = [_Line(normalize(text), page) for page, body in enumerate(pages, start=1) for text in body]
    result = ParsedDisclosure(unit="某县某局", year=2024, kind="决算", scope="单位")
    return [(c.outcome, c.severity, c.page) for c in tb_dup(result, text_of(lines))]


def test_an_empty_table_printed_again_on_another_page_is_a_duplicate() -> None:
    assert _dup(EMPTY_FUND, EMPTY_FUND) == [("fail", "warning", 2)]


def test_empty_tables_that_differ_by_number_or_by_a_line_are_not_duplicates() -> None:
    other_number = [EMPTY_FUND[0].replace("表8", "表9"), *EMPTY_FUND[1:]]
    other_note = [*EMPTY_FUND[:-1], "注：本单位2024年度没有政府性基金预算财政拨款支出。"]
    assert _dup(EMPTY_FUND, other_number) == []
    assert _dup(EMPTY_FUND, other_note) == []


# --- TB-ROW on a 财政拨款收支总表's fund columns ----------------------------------------------------------------------

from disclosures.parsing.checks.table_sums import fiscal_summary_funds  # noqa: E402

FISCAL = [["收入项目", "预算数", "支出项目", "合计", "一般公共预算", "政府性基金预算"],
          ["一、本年收入", "4,200,000.00", "一、本年支出", "4,200,000.00", "4,150,000.00", "50,000.00"],
          ["（一）一般公共预算拨款", "4,150,000.00", "201 一般公共服务支出", "3,900,000.00", "3,900,000.00", ""],
          ["（二）政府性基金预算拨款", "50,000.00", "212 城乡社区支出", "300,000.00", "250,000.00", "50,000.00"],
          ["收入总计", "4,200,000.00", "支出总计", "4,200,000.00", "4,150,000.00", "50,000.00"]]


def _funds(grid: list[list[str]], caption: str = "表4 某县某局2025年财政拨款收支总表") -> list[tuple[str, str, str]]:
    lines = [_Line(normalize(caption)), _Line("单位:元"), _Line("收入项目 预算数 支出项目 合计 一般公共预算 政府性基金预算")]
    source = SourceTable(grid=grid, page=1, caption=caption, unit="元", origin="html")
    document = Document(lines=lines, pages=1, data=b"", is_pdf=False, tables=[source])
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in fiscal_summary_funds(result, text_of(lines, document))]


def test_each_fiscal_summary_row_is_the_sum_of_its_funds() -> None:
    assert _funds(FISCAL) == [("TB-ROW", "pass", "error")]


def test_a_fund_cell_off_its_rows_total_fails_and_a_blank_cell_is_skipped() -> None:
    grid = [list(row) for row in FISCAL]
    grid[1][4] = "4,510,000.00"  # 4,510,000 + 50,000 ≠ 4,200,000
    grid[3][5] = ""  # 250,000 + blank ≠ 300,000: not summed, blank is not 0
    assert _funds(grid) == [("TB-ROW", "fail", "error")]


def test_a_table_of_other_funds_or_without_two_fund_columns_is_not_read() -> None:
    assert _funds(FISCAL, caption="表1 某县某局2025年部门收支总表") == []
    narrow = [[row[0], row[1], row[2], row[3], row[4]] for row in FISCAL]
    assert _funds(narrow) == []


# --- PR-PERF against the 一般公共预算 table's 项目支出 when the prose 项目支出 is all funds --------------------------

from disclosures.parsing.checks.tables import pr_perf_all_funds  # noqa: E402
from disclosures.parsing.types import Figure  # noqa: E402


def _perf(funds: str, *, table: str | None = "某局2025年一般公共预算支出表", table_scope: str = "一般公共预算财政拨款",
          funds_scope: str = "一般公共预算财政拨款") -> list[tuple[str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    result.figures = {
        "performance_managed_funds": Figure("performance_managed_funds", Decimal(funds), display_scale=2, page=5,
                                            fund_scope=funds_scope, origin="prose"),
        "project_expenditure": Figure("project_expenditure", Decimal("1530.00"), display_scale=2, page=3,
                                      fund_scope="全口径", origin="prose")}
    if table:
        result.table_figures = [Figure("project_expenditure", Decimal("1480.00"), display_scale=2, page=9, period="本年",
                                       fund_scope=table_scope, exp_scope="项目", origin="table", table=table,
                                       row="合计", column="项目支出")]
    return [(c.outcome, c.severity) for c in pr_perf_all_funds(result)]


@pytest.mark.parametrize(("funds", "expected"), [
    ("1480.00", [("pass", "error")]),
    ("1420.50", [("pass", "error")]),    # part below the whole
    ("1500.00", [("fail", "error")]),    # above the 一般公共预算 项目支出, though below the all-funds one
    ("1480.01", [("fail", "info")]),     # within the half-steps
])
def test_performance_funds_are_held_within_the_general_budget_tables_project_spending(funds: str, expected) -> None:
    assert _perf(funds) == expected


def test_without_a_same_scope_table_cell_the_all_funds_bound_stays_a_warning() -> None:
    assert _perf("1500.00", table=None) == [("pass", "warning")]
    assert _perf("1600.00", table=None) == [("fail", "warning")]
    assert _perf("1500.00", table="某局2025年部门支出总表", table_scope="全口径") == [("pass", "warning")]
    assert _perf("1500.00", funds_scope="全口径") == [("pass", "warning")]


def test_last_years_actual_row_over_this_years_budget_row_is_read_by_year() -> None:
    grid = ITEMS_ACROSS + [["2023年决算数", "8.35", "0.00", "5.72", "0.00", "5.72", "2.63"],
                           ["2024年预算数", "9.00", "0.00", "6.00", "0.00", "6.00", "3.00"]]
    read = _read(grid)
    assert read[("上年", "sangong_total")].value == Decimal("8.35")
    assert read[("本年", "sangong_total")].value == Decimal("9.00")
    assert read[("本年", "sangong_total")].budget is None


def _text_layer(header: str) -> list[tuple[str | None, Decimal]]:
    page = ("某县水务局2025年一般公共预算支出表\n单位：万元\n" + header + "\n"
            "208 社会保障和就业支出 38.00 40.30 40.30 0.00\n213 农林水支出 500.00 410.50 130.50 280.00\n"
            "合计 538.00 450.80 170.80 280.00\n")
    document = Document(lines=page_lines([page]), pages=1, data=b"", is_pdf=True)
    result = read_tables(document, year=2025, kind="预算")
    return [(line.code, line.value) for line in result.function_lines]


def test_a_pdf_text_layer_with_two_year_columns_reads_this_years() -> None:
    assert _text_layer("科目编码 科目名称 上年预算数 本年预算数 基本支出 项目支出") == [
        ("208", Decimal("40.30")), ("213", Decimal("410.50"))]


def test_a_lone_years_heading_over_the_total_column_is_no_column_of_its_own() -> None:
    page = ("某县水务局2025年一般公共预算支出表\n单位：万元\n科目编码 科目名称 2025年预算数\n合计 基本支出 项目支出\n"
            "208 社会保障和就业支出 40.30 40.30 0.00\n213 农林水支出 410.50 130.50 280.00\n合计 450.80 170.80 280.00\n")
    result = read_tables(Document(lines=page_lines([page]), pages=1, data=b"", is_pdf=True), year=2025, kind="预算")
    assert [(line.code, line.value) for line in result.function_lines] == [
        ("208", Decimal("40.30")), ("213", Decimal("410.50"))]


def test_a_pdfs_fund_columns_are_read_from_geometry_only_when_its_text_shows_a_row_off() -> None:
    from disclosures.parsing.checks.table_sums import _funds_suspect

    header = "收入项目预算数支出项目合计一般公共预算政府性基金预算"  # a PDF text line, spaces gone
    assert _funds_suspect([header, "一、本年收入4,200,000.00一、本年支出4,200,000.004,510,000.0050,000.00"])
    assert not _funds_suspect([header, "一、本年收入4,200,000.00一、本年支出4,200,000.004,150,000.0050,000.00"])
    assert not _funds_suspect([header, "201一般公共服务支出3,900,000.003,800,000.00"])  # a blank cell: not told
    assert not _funds_suspect(["收入项目预算数支出项目合计", "一、本年支出4,200,000.004,510,000.0050,000.00"])
