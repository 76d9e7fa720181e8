"""Tables by member unit (checks/member_units.py): rows whose blank cells a tab-split text or a PDF's ruled grid
places, and a member's amount in a list of the income by unit in the words (TB-ROW, TB-TOTAL, PR-REPEAT)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks.member_units import member_rows_prose, member_rows_sources, member_rows_total, member_tables
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

HEADER = "单位名称\t合计\t一般公共预算拨款\t政府性基金预算拨款\t事业收入\t上年结转"


def _result() -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2025, kind="预算", scope="部门", figures={})


def _table(first: str = "甲县测试局（本级）\t300.00\t200.00\t\t\t100.00",
           second: str = "甲县测试中心\t500.00\t400.00\t\t100.00", total: str = "合计\t800.00\t600.00\t\t100.00\t100.00",
           words: str = "") -> str:
    return f"{words}\n部门收入总表\n单位：万元\n{HEADER}\n{total}\n{first}\n{second}\n"


def _view(*pages: str):
    return text_of(page_lines(list(pages)))


def _outcomes(rule, *pages: str) -> list[tuple[str, str]]:
    return [(c.rule, c.outcome) for c in rule(_result(), _view(*pages))]


def test_a_tab_split_row_with_blank_cells_is_read_with_blanks_as_nothing() -> None:
    [table] = member_tables(page_lines([_table()]))
    assert [row.label for row in table.members] == ["甲县测试局(本级)", "甲县测试中心"]
    assert table.members[1].cells == ["500.00", "400.00", "0.00", "100.00", "0.00"]  # trailing tab dropped


def test_rows_and_columns_that_add_up_pass() -> None:
    assert set(_outcomes(member_rows_sources, _table())) == {("TB-ROW", "pass")}
    assert set(_outcomes(member_rows_total, _table())) == {("TB-TOTAL", "pass")}


def test_a_typo_in_a_unit_cell_fails_its_row_and_its_column() -> None:
    page = _table(second="甲县测试中心\t500.00\t490.00\t\t100.00")
    assert ("TB-ROW", "fail") in _outcomes(member_rows_sources, page)
    failed = [c for c in member_rows_total(_result(), _view(page)) if c.outcome == "fail"]
    assert len(failed) == 1 and "一般公共预算拨款" in failed[0].message and "差90.00" in failed[0].message


def test_a_dash_stands_for_a_blank_cell() -> None:
    page = _table(first="甲县测试局（本级）\t300.00\t200.00\t-\t—\t100.00")
    assert set(_outcomes(member_rows_sources, page)) == {("TB-ROW", "pass")}


def test_a_tab_split_row_with_a_word_in_a_cell_is_not_read() -> None:
    assert member_tables(page_lines([_table(second="甲县测试中心\t500.00\t400.00\t见附注\t100.00")])) == []


def test_a_space_split_row_short_of_cells_is_not_read_without_a_grid() -> None:
    page = _table().replace("\t", " ")
    assert member_tables(page_lines([page])) == []


def test_a_listed_member_amount_equal_to_its_row_passes_and_the_county_prefix_may_be_left_out() -> None:
    words = "按单位分：测试局（本级）300.00万元；测试中心500.00万元。"
    assert _outcomes(member_rows_prose, _table(words=words)) == [("PR-REPEAT", "pass"), ("PR-REPEAT", "pass")]


def test_a_listed_member_amount_off_its_row_is_an_error() -> None:
    words = "分单位看：测试局（本级）300.00万元；测试中心509.00万元。"
    checks = list(member_rows_prose(_result(), _view(_table(words=words))))
    failed = [c for c in checks if c.outcome == "fail"]
    assert len(failed) == 1 and failed[0].severity == "error" and "差9.00" in failed[0].message


def test_a_listed_amount_within_rounding_passes() -> None:
    words = "按单位分：测试中心500.0万元；测试局（本级）300万元。"
    assert {c.outcome for c in member_rows_prose(_result(), _view(_table(words=words)))} == {"pass"}


def test_a_listed_name_that_names_no_single_row_is_not_compared() -> None:
    words = "按单位分：某某站123.00万元；县测试中心X。"  # no such unit; an item without an amount
    assert _outcomes(member_rows_prose, _table(words=words)) == []


def test_the_departments_total_said_under_a_members_name_is_not_that_members() -> None:
    words = "按单位分：测试局（本级）800.00万元。"
    assert _outcomes(member_rows_prose, _table(words=words)) == []


class _Pdf:
    """A PDF page whose text drops blank cells but whose ruled grid keeps them."""
    is_pdf = True

    def __init__(self, grid):
        self.grid = grid

    def pdf_page_tables(self, page):
        return [self.grid] if page == 1 else []


GRID = [["单位名称", "合计", "一般公共预算\n拨款", "政府性基金预算\n拨款", "事业收\n入", "上年结\n转"],
        ["合计", "800.00", "600.00", "", "100.00", "100.00"],
        ["甲县测试局\n（本级）", "300.00", "200.00", "", "", "100.00"],
        ["甲县测试中心", "500.00", "400.00", None, "100.00", ""]]


def _pdf_lines():
    return page_lines([_table().replace("\t\t", "\t").replace("\t", " ")])


def test_a_pdf_table_with_blank_cells_is_read_from_its_ruled_grid() -> None:
    [table] = member_tables(_pdf_lines(), _Pdf(GRID))
    assert table.members[0].label == "甲县测试局(本级)"
    assert table.members[0].cells == ["300.00", "200.00", "0.00", "0.00", "100.00"]


def test_a_grid_cell_typo_is_found_in_its_row_and_column() -> None:
    grid = [row[:] for row in GRID]
    grid[3][2] = "490.00"
    [table] = member_tables(_pdf_lines(), _Pdf(grid))
    values = [Decimal(row.cells[1]) for row in table.members]
    assert sum(values) == Decimal("690.00") and table.total.cells[1] == "600.00"


def test_a_grid_whose_header_names_other_columns_is_not_read() -> None:
    grid = [row[:] for row in GRID]
    grid[0][4] = "其他收入"
    assert member_tables(_pdf_lines(), _Pdf(grid)) == []


def test_a_grid_with_a_word_in_an_amount_cell_is_not_read() -> None:
    grid = [row[:] for row in GRID]
    grid[2][3] = "无"
    assert member_tables(_pdf_lines(), _Pdf(grid)) == []


# --- TB-ROW: class rows of the 财政拨款收入支出决算总表 whose blank cells the text drops ---------------------------

from disclosures.parsing.checks.fiscal_rows import fiscal_class_rows  # noqa: E402


def _fiscal(rows: str, title: str = "财政拨款收入支出决算总表", header: str = "项目 合计 一般公共预算 政府性基金预算 国有资本经营预算") -> str:
    return f"附表4 {title}\n单位：万元\n{header}\n一、本年收入 900.00 900.00\n{rows}\n"


def test_a_class_row_with_its_one_fund_equal_to_its_total_passes() -> None:
    assert _outcomes(fiscal_class_rows, _fiscal("201 一般公共服务支出 500.00 500.00\n205 教育支出 400.00 300.00 100.00")) \
        == [("TB-ROW", "pass"), ("TB-ROW", "pass")]


def test_a_class_row_whose_fund_differs_from_its_total_is_an_error() -> None:
    [check] = list(fiscal_class_rows(_result(), _view(_fiscal("201 一般公共服务支出 500.00 590.00"))))
    assert (check.outcome, check.severity) == ("fail", "error") and "差90.00" in check.message


def test_a_rounding_difference_is_no_error() -> None:
    [check] = list(fiscal_class_rows(_result(), _view(_fiscal("205 教育支出 400.00 300.00 100.01"))))
    assert check.severity != "error" and "取整" in check.message


def test_a_row_printing_every_cell_or_one_cell_is_left_to_the_table_readers() -> None:
    assert _outcomes(fiscal_class_rows, _fiscal("201 一般公共服务支出 500.00 200.00 200.00 100.00\n205 教育支出 400.00")) == []


def test_another_table_or_header_is_not_read() -> None:
    assert _outcomes(fiscal_class_rows, _fiscal("201 一般公共服务支出 500.00 590.00", title="收入支出决算总表")) == []
    assert _outcomes(fiscal_class_rows, _fiscal("201 一般公共服务支出 500.00 590.00", header="项目 合计 基本支出 项目支出")) == []
