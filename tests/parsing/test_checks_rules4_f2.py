"""Table and PDF items of the fifth blind corpus (issue 9): general rules, each tried on small hand-made inputs.
Every figure here is made up for these tests."""
from __future__ import annotations

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
