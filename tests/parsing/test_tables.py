from decimal import Decimal

import pytest

from disclosures.parsing.tables import TableResult, _aligned_grid, classify_column, read_sangong_grid, year_column_rows
from disclosures.parsing.types import SourceTable


@pytest.mark.parametrize("label,metric", [
    ("合计", "sangong_total"),
    ("“三公”经费合计", "sangong_total"),
    ("因公出国(境)费", "outbound_travel"),
    ("小计", "vehicle_total"),
    ("公务用车购置及运行维护费", "vehicle_total"),
    ("公务用车购 置费", "vehicle_purchase"),
    ("公务用车运 行费", "vehicle_operation"),
    ("公务用车运行维护费", "vehicle_operation"),
    ("公务接待费", "reception"),
    ("科目名称", None),
])
def test_columns_are_known_by_their_words(label, metric):
    assert classify_column(label) == metric


def test_a_blank_cell_is_zero_only_when_the_row_adds_up():
    grid = [["单位:万元", "", "", "", "", ""],
            ["合计", "因公出国(境)费", "公务用车购置及运行费", "", "", "公务接待费"],
            ["", "", "小计", "购置费", "运行费", ""],
            ["43.80", "", "30.00", "", "30.00", "13.80"]]
    figures = {f.metric: f for f in read_sangong_grid(grid, year=2026, page=9, title="", result=TableResult())}
    assert figures["outbound_travel"].value == Decimal(0) and figures["outbound_travel"].note
    assert figures["vehicle_purchase"].value == Decimal(0)
    assert figures["reception"].value == Decimal("13.80")

    grid[3] = ["50.00", "", "30.00", "", "30.00", "13.80"]  # 50 ≠ 30 + 13.8: the blank stays unknown
    figures = {f.metric: f for f in read_sangong_grid(grid, year=2026, page=9, title="", result=TableResult())}
    assert figures["outbound_travel"].value is None


def test_a_table_in_yuan_is_converted_and_year_columns_are_told_apart():
    grid = [["单位:元"] + [""] * 5,
            ["2024年预算数", "", "", "2025年预算数", "", ""],
            ["合计", "因公出国(境)费", "公务接待费", "合计", "因公出国(境)费", "公务接待费"],
            ["91,000.00", "65,000.00", "26,000.00", "86,400.00", "62,000.00", "24,400.00"]]
    figures = read_sangong_grid(grid, year=2025, page=1, title="", result=TableResult())
    got = {(f.metric, f.period): f.value for f in figures}
    assert got == {("sangong_total", "上年"): Decimal("9.1"), ("outbound_travel", "上年"): Decimal("6.5"),
                   ("reception", "上年"): Decimal("2.6"), ("sangong_total", "本年"): Decimal("8.64"),
                   ("outbound_travel", "本年"): Decimal("6.2"), ("reception", "本年"): Decimal("2.44")}


@pytest.mark.parametrize(("header", "values", "change"), [
    (["项目", "2024年预算（万元）", "比上年增减（万元）"], {"reception": "0.80", "sangong_total": "3.10"}, "0.20"),
    (["项目", "预算数(元)", "增减额(元)"], {"reception": "0.00008", "sangong_total": "0.00031"}, "0.00002"),
    (["项目", "金额（千元）", "比上年增减（千元）"], {"reception": "0.080", "sangong_total": "0.310"}, "0.020"),
])
def test_the_unit_printed_in_every_column_header_is_the_tables_unit(header, values, change):
    grid = [header, ["因公出国（境）费", "0", "0"], ["公务用车运行维护费", "2.30", "-0.10"], ["公务接待费", "0.80", "0.20"],
            ["合计", "3.10", "0.10"]]
    figures = {f.metric: f for f in read_sangong_grid(grid, year=2024, page=1, title="", result=TableResult())}
    assert {k: figures[k].value for k in values} == {k: Decimal(v) for k, v in values.items()}
    assert figures["reception"].change == Decimal(change)


def test_headers_that_state_two_different_units_give_nothing():
    result = TableResult()
    grid = [["项目", "预算数（万元）", "增减（元）"], ["因公出国（境）费", "0", "0"], ["公务用车运行维护费", "2.30", "-1000"],
            ["公务接待费", "0.80", "2000"]]
    assert read_sangong_grid(grid, year=2024, page=1, title="", result=result) == []
    assert result.warnings == ["“三公”经费表没有注明金额单位，未采用表中数字"]


def test_a_table_without_a_unit_gives_nothing_and_says_why():
    result = TableResult()
    grid = [["合计", "因公出国(境)费", "公务接待费"], ["12.00", "2.00", "10.00"]]
    assert read_sangong_grid(grid, year=2025, page=1, title="", result=result) == []
    assert result.warnings == ["“三公”经费表没有注明金额单位，未采用表中数字"]


def test_space_aligned_columns_take_the_words_printed_above_them():
    raws = ["合计     出国费     公务用车购置及运行费         接待费",
            "                   小计   购置费   运行费",
            "25.60    0.00      21.40  8.00     13.40         4.20"]
    grid = _aligned_grid(raws)
    assert grid[-1] == ["25.60", "0.00", "21.40", "8.00", "13.40", "4.20"]
    assert [classify_column(row) for row in grid[1]] == [None, None, "vehicle_total", "vehicle_purchase",
                                                        "vehicle_operation", None]


@pytest.mark.parametrize(("last_row", "expected"), [
    # under the 决算数 group: the actual, with the 预算数 cell beside it
    (["机关运行经费", "380,000", "", "", "365,120", "", ""], (Decimal("36.512"), Decimal("38"), "决算数 合计")),
    (["机关运行经费", "", "", "", "365,120", "", ""], (Decimal("36.512"), None, "决算数 合计")),
])
def test_an_operating_costs_row_under_the_sangong_columns_is_read(last_row, expected):
    grid = [["单位：元", "", "", "", "", "", ""],
            ["", "预算数", "", "", "决算数", "", ""],
            ["项目", "合计", "公务用车购置及运行维护费", "公务接待费", "合计", "公务用车购置及运行维护费", "公务接待费"],
            ["“三公”经费", "70,000", "50,000", "20,000", "66,300", "48,100", "18,200"],
            last_row]
    figures = {f.metric: f for f in read_sangong_grid(grid, year=2023, page=1, title="", result=TableResult())}
    cost = figures["operating_costs"]
    assert (cost.value, cost.budget, cost.column, cost.row, cost.origin) == (*expected, "机关运行经费", "table")
    assert (figures["sangong_total"].value, figures["sangong_total"].budget) == (Decimal("6.63"), Decimal("7"))


def test_an_operating_costs_row_with_several_actual_amounts_is_not_guessed():
    grid = [["单位：万元", "", "", ""],
            ["项目", "合计", "公务用车运行维护费", "公务接待费"],
            ["“三公”经费", "7.00", "5.00", "2.00"],
            ["机关运行经费", "30.00", "12.00", ""]]
    figures = read_sangong_grid(grid, year=2025, page=1, title="", result=TableResult())
    assert "operating_costs" not in {f.metric for f in figures}


def test_a_final_accounts_table_keeps_the_budget_beside_the_actual_and_no_change_against_the_budget():
    grid = [["项目", "年初预算", "支出决算", "决算比预算增减"],
            ["“三公”经费合计", "84,000.00", "80,500.00", "-3,500.00"],
            ["因公出国（境）费", "0", "0", "0"],
            ["公务用车运行维护费", "60,000.00", "58,900.00", "-1,100.00"],
            ["公务接待费", "24,000.00", "21,600.00", "-2,400.00"]]
    figures = read_sangong_grid(grid, year=2023, page=1, title="金额单位：元", result=TableResult())
    got = {f.metric: (f.value, f.budget, f.change) for f in figures}
    assert got == {"sangong_total": (Decimal("8.05"), Decimal("8.4"), None),
                   "outbound_travel": (Decimal("0"), Decimal("0"), None),
                   "vehicle_operation": (Decimal("5.89"), Decimal("6"), None),
                   "reception": (Decimal("2.16"), Decimal("2.4"), None)}


def test_a_label_value_list_is_read_one_amount_per_row():
    grid = [["项目", "2025年预算数"], ["“三公”经费合计", "7.2"], ["（一）因公出国（境）费", "0"],
            ["（二）公务用车运行维护费", "4.5"], ["（三）公务接待费", "2.7"], ["公务用车保有量（辆）", "3"]]
    figures = read_sangong_grid(grid, year=2025, page=1, title="单位：万元", result=TableResult())
    assert {f.metric: f.value for f in figures} == {"sangong_total": Decimal("7.2"), "outbound_travel": Decimal("0"),
                                                   "vehicle_operation": Decimal("4.5"), "reception": Decimal("2.7")}


def test_a_two_column_list_naming_fewer_than_three_items_is_not_a_sangong_table():
    grid = [["项目", "金额"], ["公务接待费", "2.7"], ["会议费", "1.0"]]
    assert read_sangong_grid(grid, year=2025, page=1, title="单位：万元", result=TableResult()) == []


def _sheet_document(rows: list[list[str]]):
    from disclosures.parsing.document import Document
    from disclosures.parsing.text import TABLE_ROW, page_lines
    return Document(lines=page_lines(["\n".join(TABLE_ROW + "\t".join(r) for r in rows)]), pages=1, data=b"",
                    is_pdf=False)


def test_a_label_count_list_gives_staff_and_vehicles():
    from disclosures.parsing.tables import headcount_table_figures
    document = _sheet_document([["项目", "数量"], ["编制人数", "88"], ["在职人员总数", "95"], ["实有车辆数", "4"]])
    assert {f.metric: f.value for f in headcount_table_figures(document)} == {
        "staff_authorized": Decimal("88"), "staff_actual": Decimal("95"), "vehicles_count": Decimal("4")}


@pytest.mark.parametrize("label", ["公务用车数", "公务用车数量", "车辆数量", "公务用车保有量（辆）"])
def test_a_car_count_row_is_read_whatever_its_count_word(label: str) -> None:
    from disclosures.parsing.tables import headcount_table_figures
    document = _sheet_document([["项目", "部门汇总"], ["编制数", "120"], ["实有人数", "115"], [label, "7"]])
    assert {f.metric: f.value for f in headcount_table_figures(document)}.get("vehicles_count") == Decimal("7")


@pytest.mark.parametrize("label", ["公务用车数", "公务用车数量（辆）", "车辆数量", "公务用车辆数"])
def test_a_car_count_is_read_under_several_labels(label):
    from disclosures.parsing.tables import headcount_table_figures
    document = _sheet_document([["项目", "部门汇总"], ["编制数", "120"], [label, "6"]])
    assert {f.metric: f.value for f in headcount_table_figures(document)} == {
        "staff_authorized": Decimal("120"), "vehicles_count": Decimal("6")}


def test_a_count_listed_twice_with_different_numbers_is_withheld():
    from disclosures.parsing.tables import headcount_table_figures
    document = _sheet_document([["项目", "数量"], ["实有车辆数", "4"], ["实有车辆数", "5"]])
    assert headcount_table_figures(document) == []


@pytest.mark.parametrize("header", ["增（减）额", "增(+)减(-)", "比上年增减"])
def test_a_change_column_is_known_by_either_way_of_naming_both_directions(header: str) -> None:
    from disclosures.parsing.text import normalize
    grid = [["项目", "2024年预算数", "2023年预算数", header], ["合计", "10.00", "12.00", "-2.00"],
            ["因公出国（境）费", "0", "0", "0"], ["公务用车购置及运行维护费", "6.00", "7.00", "-1.00"],
            ["公务接待费", "4.00", "5.00", "-1.00"]]
    grid = [[normalize(c) for c in row] for row in grid]
    figures = read_sangong_grid(grid, year=2024, page=1, title="某局“三公”经费预算表 单位：万元", result=TableResult())
    assert {f.metric: f.change for f in figures if f.period == "本年"} == {
        "sangong_total": Decimal("-2.00"), "outbound_travel": Decimal("0"), "vehicle_total": Decimal("-1.00"),
        "reception": Decimal("-1.00")}


def test_a_final_accounts_table_with_initial_and_adjusted_budgets_takes_the_adjusted_one_beside_the_actual():
    # Rows of items, columns 年初预算 | 调整预算 | 决算数; the blank items are 0 in every column the sums confirm.
    grid = [["项目", "年初预算", "调整预算", "决算数"],
            ["合计", "30.00", "34.50", "31.26"],
            ["因公出国(境)费", "", "", ""],
            ["公务用车购置费", "", "", ""],
            ["公务用车运行维护费", "21.00", "25.50", "24.06"],
            ["公务接待费", "9.00", "9.00", "7.20"]]
    figures = {f.metric: f for f in read_sangong_grid(grid, year=2021, page=2, title="单位：万元", result=TableResult())}
    assert {k: (f.value, f.budget) for k, f in figures.items()} == {
        "sangong_total": (Decimal("31.26"), Decimal("34.50")),
        "outbound_travel": (Decimal(0), Decimal(0)),
        "vehicle_purchase": (Decimal(0), Decimal(0)),
        "vehicle_operation": (Decimal("24.06"), Decimal("25.50")),
        "reception": (Decimal("7.20"), Decimal("9.00")),
    }
    assert figures["reception"].column == "决算数"


def test_a_blank_budget_stays_unknown_when_its_column_does_not_add_up():
    grid = [["项目", "全年预算数", "决算数"],
            ["合计", "40.00", "31.26"],
            ["因公出国(境)费", "", ""],
            ["公务用车运行维护费", "25.50", "24.06"],
            ["公务接待费", "9.00", "7.20"]]
    figures = {f.metric: f for f in read_sangong_grid(grid, year=2021, page=2, title="单位：万元", result=TableResult())}
    assert figures["outbound_travel"].value == Decimal(0)
    assert figures["outbound_travel"].budget is None  # 25.50 + 9.00 ≠ 40.00
    assert figures["sangong_total"].budget == Decimal("40.00")


def test_items_across_with_initial_adjusted_and_actual_under_each_take_the_adjusted_budget():
    # pdfplumber gives None for the cells a merged group header covers
    grid = [["合计", None, None, "公务用车运行维护费", None, None, "公务接待费", None, None],
            ["年初预算", "调整预算", "决算数"] * 3,
            ["12.00", "14.00", "13.10", "7.00", "8.00", "7.70", "5.00", "6.00", "5.40"]]
    figures = {f.metric: f for f in read_sangong_grid(grid, year=2022, page=4, title="单位:万元", result=TableResult())}
    assert (figures["sangong_total"].value, figures["sangong_total"].budget) == (Decimal("13.10"), Decimal("14.00"))
    assert (figures["reception"].value, figures["reception"].budget) == (Decimal("5.40"), Decimal("6.00"))


# ---------------------------------------------------------------------------------------------- 附表 (attachments)

def _pdf_text(*pages: str):
    from disclosures.parsing.document import Document
    from disclosures.parsing.text import page_lines

    return Document(lines=page_lines(list(pages)), pages=len(pages), data=b"", is_pdf=True)


@pytest.mark.parametrize("column", ["金额", "预算金额", "决算数"])
def test_a_borderless_function_table_with_one_code_column_and_one_amount_column_gives_its_lines(column):
    from disclosures.parsing.attachments import read_tables

    page = ("一般公共预算支出功能分类表\n单位：万元\n"
            f"科目编码 科目名称 {column}\n"
            "201 一般公共服务支出 512.30\n20103 政府办公厅（室）及相关机构事务 512.30\n"
            "2010301 行政运行 402.30\n213 农林水支出 88.00\n合计 600.30\n")
    result = read_tables(_pdf_text(page), year=2024, kind="决算" if column == "决算数" else "预算")
    assert [(line.code, line.level, line.value) for line in result.function_lines] == [
        ("201", "类", Decimal("512.30")), ("20103", "款", Decimal("512.30")), ("2010301", "项", Decimal("402.30")),
        ("213", "类", Decimal("88.00"))]
    assert [line.name for line in result.expenditure_by_function] == ["一般公共服务支出", "农林水支出"]


def test_a_final_accounts_function_table_with_initial_and_adjusted_budgets_gives_the_actual():
    from disclosures.parsing.attachments import read_tables

    page = ("一般公共预算财政拨款支出决算表\n单位：万元\n科目编码 科目名称 年初预算 调整预算 决算数\n"
            "201 一般公共服务支出 300.00 320.00 311.40\n20101 人大事务 300.00 320.00 311.40\n"
            "221 住房保障支出 40.00 42.00 42.00\n合计 340.00 362.00 353.40\n")
    result = read_tables(_pdf_text(page), year=2023, kind="决算")
    assert [(line.code, line.value) for line in result.function_lines] == [
        ("201", Decimal("311.40")), ("20101", Decimal("311.40")), ("221", Decimal("42.00"))]
    assert result.warnings == []


def _native(*grids: tuple[str, list[list[str | None]]]):
    from disclosures.parsing.document import Document
    from disclosures.parsing.types import SourceTable

    return Document(lines=[], pages=1, data=b"", is_pdf=False,
                    tables=[SourceTable(grid=grid, page=k, caption=caption, unit="万元")
                            for k, (caption, grid) in enumerate(grids, start=1)])


def test_a_spending_budget_table_its_overviews_carry_over_and_an_operating_costs_table_give_their_figures():
    from disclosures.parsing.attachments import read_tables

    document = _native(
        ("某某县林业局2025年部门收支总表", [["收入项目", "本年预算", "支出项目", "本年预算"],
                                   ["一般公共预算拨款收入", "940.00", "农林水支出", "990.00"],
                                   ["上年结转", "50.00", "", ""], ["收入总计", "990.00", "支出总计", "990.00"]]),
        ("某某县林业局2025年部门支出预算表", [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                                    ["", "合计", "990.00", "610.00", "380.00"],
                                    ["213", "农林水支出", "990.00", "610.00", "380.00"]]),
        ("某某县林业局2025年项目支出预算表", [["项目名称", "合计"], ["森林防火", "120.00"], ["合计", "380.00"]]),
        ("某某县林业局2025年机关运行经费预算表", [["项目", "预算数"], ["机关运行经费合计", "64.20"], ["办公费", "20.00"],
                                      ["其他商品和服务支出", "44.20"]]),
    )
    figures = {(f.metric, f.table): f.value for f in read_tables(document, year=2025, kind="预算").figures}
    assert figures == {
        ("income_total", "某某县林业局2025年部门收支总表"): Decimal("990.00"),
        ("expenditure_total", "某某县林业局2025年部门收支总表"): Decimal("990.00"),
        ("general_budget_appropriation", "某某县林业局2025年部门收支总表"): Decimal("940.00"),
        ("carryover", "某某县林业局2025年部门收支总表"): Decimal("50.00"),
        ("expenditure_total", "某某县林业局2025年部门支出预算表"): Decimal("990.00"),
        ("basic_expenditure", "某某县林业局2025年部门支出预算表"): Decimal("610.00"),
        ("project_expenditure", "某某县林业局2025年部门支出预算表"): Decimal("380.00"),
        ("operating_costs", "某某县林业局2025年机关运行经费预算表"): Decimal("64.20"),
    }


@pytest.mark.parametrize(("caption", "kind"), [
    ("2025年部门支出预算表", "expenditure"), ("2025年项目支出预算表", None),
    ("2025年财政拨款支出预算表", "appropriation_function"),  # its function lines, never the all-funds 基本/项目
    ("2025年机关运行经费预算表", "operating"), ("机关运行经费支出决算明细表", "operating"),
    ("2025年“三公”经费和机关运行经费预算表", "sangong"),
])
def test_a_table_is_known_by_its_caption(caption, kind):
    from disclosures.parsing.attachments import table_kind

    assert table_kind(caption) == kind


def test_a_table_flattened_one_cell_per_line_is_rebuilt_with_thousands_separators():
    from disclosures.parsing.text import TABLE_ROW, rebuild_cell_lines

    cells = ["单位：元", "项目", "上年预算数", "本年预算数", "合计", "12,400.00", "10,900.00", "公务接待费", "0", "0",
             "公务用车运行维护费", "12,400.00", "10,900.00", "说明：本年比上年减少，主要是压减开支。"]
    assert rebuild_cell_lines(cells) == [
        "单位：元", TABLE_ROW + "项目\t上年预算数\t本年预算数", TABLE_ROW + "合计\t12,400.00\t10,900.00",
        TABLE_ROW + "公务接待费\t0\t0", TABLE_ROW + "公务用车运行维护费\t12,400.00\t10,900.00",
        "说明：本年比上年减少，主要是压减开支。"]


@pytest.mark.parametrize(("header", "year", "expected"), [
    (["项目", "2025年", "2026年"], 2026, ("2026年", [("收入预算", "9.00"), ("编制人数", "5")])),
    (["项目", "2026年预算数", "2025年预算数"], 2026, ("2026年预算数", [("收入预算", "8.00"), ("编制人数", "6")])),
    (["项目", "2025年", "2026年"], 2024, None),  # neither column is the document's year
    (["项目", "金额", "2026年"], 2026, None),  # one year is no year-column table
])
def test_a_table_with_years_as_column_headers_gives_this_years_column(header, year, expected):
    grid = [header, ["收入预算", "8.00", "9.00"], ["编制人数", "6", "5"]]
    assert year_column_rows(SourceTable(grid=grid, unit="万元"), year) == expected


def test_a_numbering_column_is_dropped_and_the_total_read_from_the_heji_row_last():
    grid = [["序号", "项目", "2024年预算数（万元）"], ["1", "公务接待费", "0.90"], ["2", "公务用车运行维护费", "2.60"],
            ["3", "公务用车购置费", "0"], ["4", "因公出国（境）费", "0"], ["", "合计", "3.50"]]
    figures = {f.metric: f.value for f in read_sangong_grid(grid, year=2024, page=1, title="", result=TableResult())}
    assert figures == {"reception": Decimal("0.90"), "vehicle_operation": Decimal("2.60"),
                       "vehicle_purchase": Decimal("0"), "outbound_travel": Decimal("0"),
                       "sangong_total": Decimal("3.50")}


def test_a_first_column_of_amounts_is_not_taken_for_numbering():
    grid = [["序号", "项目", "金额（万元）"], ["甲", "公务接待费", "0.90"], ["乙", "公务用车运行维护费", "2.60"]]
    assert read_sangong_grid(grid, year=2024, page=1, title="", result=TableResult()) == []


@pytest.mark.parametrize(("header", "row", "total", "change"), [
    (["因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费", "合计", "比上年增减"],
     ["0", "2.40", "0", "7.10", "9.50", "-1.30"], "9.50", "-1.30"),
    (["公务接待费", "因公出国（境）费", "公务用车购置及运行维护费", "合计", "增减额"],
     ["1.00", "0", "3.00", "4.00", "0.50"], "4.00", "0.50"),
    # a change against the budget is no change on last year
    (["公务接待费", "因公出国（境）费", "公务用车购置及运行维护费", "合计", "决算比预算增减"],
     ["1.00", "0", "3.00", "4.00", "-0.20"], "4.00", None),
])
def test_a_one_row_table_with_the_total_and_its_change_last_is_read(header, row, total, change):
    figures = {f.metric: f for f in read_sangong_grid([header, row], year=2024, page=1, title="单位：万元",
                                                      result=TableResult())}
    assert figures["sangong_total"].value == Decimal(total)
    assert figures["sangong_total"].change == (Decimal(change) if change else None)
    assert figures["reception"].change is None


@pytest.mark.parametrize(("caption", "kind"), [
    ("附表2 财政拨款支出预算表", "appropriation_function"),
    ("财政拨款支出决算表", "appropriation_function"),
    ("一般公共预算财政拨款支出预算表", "general_function"),
    ("财政拨款收支预算总表", "appropriation_overview"),
])
def test_an_appropriation_spending_table_is_known_by_its_caption(caption, kind):
    from disclosures.parsing.attachments import table_kind

    assert table_kind(caption) == kind


# function lines below the 类 (款, 项) go to function_lines; expenditure_by_function keeps the 类 rows
@pytest.mark.parametrize(("name", "lines"), [
    ("v01_taishun_veterans_full_department_budget", {("20808", "抚恤", "款"): "3850.00",
                                                     ("208", "社会保障和就业支出", "类"): "4978.20"}),
    ("v05_huairou_funeral_home_unit_total_in_annex", {("2080299", "其他民政管理事务支出", "项"): "1186.50",
                                                      ("20802", "民政管理事务", "款"): "1186.50"}),
])
def test_function_lines_of_every_level_are_read_from_the_function_table(name, lines):
    from pathlib import Path

    from disclosures.parsing import parse_disclosure

    path = Path(__file__).resolve().parents[1] / "fixtures" / "variants8_pdf" / f"{name}.pdf"
    result = parse_disclosure(path)
    got = {(line.code, line.name, line.level): line.value for line in result.function_lines}
    assert {key: got.get(key) for key in lines} == {key: Decimal(value) for key, value in lines.items()}
    assert all(line.level == "类" for line in result.expenditure_by_function)


# 7-digit codes in one column, or 类|款|项 in three (amounts in 元): every level is read into function_lines
@pytest.mark.parametrize(("name", "lines"), [
    ("p01_quanzhou_audit_full_template_codes", {("20108", "审计事务", "款"): "448.50",
                                                ("2010801", "行政运行", "项"): "356.50",
                                                ("2010804", "审计业务", "项"): "92.00"}),
    ("p06_laiyuan_petitions_three_code_columns_yuan", {("20103", "政府办公厅(室)及相关机构事务", "款"): "256.00",
                                                       ("2010301", "行政运行", "项"): "216.00",
                                                       ("2010308", "信访事务", "项"): "40.00",
                                                       ("201", "一般公共服务支出", "类"): "256.00"}),
])
def test_function_lines_below_the_class_are_read_whatever_the_code_layout(name, lines):
    from pathlib import Path

    from disclosures.parsing import parse_disclosure

    path = Path(__file__).resolve().parents[1] / "fixtures" / "variants9_pdf" / f"{name}.pdf"
    result = parse_disclosure(path)
    got = {(line.code, line.name, line.level): line.value for line in result.function_lines}
    assert {key: got.get(key) for key in lines} == {key: Decimal(value) for key, value in lines.items()}
    assert all(line.level == "类" for line in result.expenditure_by_function)
