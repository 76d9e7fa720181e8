"""Readings added for the forty-seventh blind corpus of the check engine (issue 9, checks_heldout47, project and
purchase tables): a ruled 项目支出预算明细表 whose header names 合计 and its fund columns (一般公共预算拨款, 政府性基金,
事业收入, 上年结转, blank cells being none) adds up by row and by column (TB-ROW, TB-TOTAL), a project the words name
with its amount is held to its row (PT-MAP), and the 政府购买服务 total the words state is the sum of the items they list
after it (IE-EXP-SUM). Pages and grids written for these tests (made-up units and figures)."""
from __future__ import annotations

from disclosures.parsing.checks.projects import _read_grid, project_grid_sums, project_named_in_words
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.totals import purchased_services_listed
from disclosures.parsing.text import Line
from disclosures.parsing.types import ParsedDisclosure, SourceTable

HEADER = ["项目名称", "项目类别", "合计", "一般公共预算拨款", "政府性基金", "事业收入", "上年结转"]


class _Doc:
    def __init__(self, pages: list[list[str]], tables: list[SourceTable] | None = None):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]
        self.tables = tables or []
        self.is_pdf = False


def _result() -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2025, kind="预算", scope="部门", figures={})


def _grid(first: str = "120.00", carried: str = "20.00", total: str = "200.00", total_carried: str = "20.00"):
    return [HEADER,
            ["河道保洁", "专项业务类", first, "100.00", "", "", carried],
            ["水质监测", "特定目标类", "80.00", "80.00", "", "", ""],
            ["合计", "", total, "180.00", "", "", total_carried]]


def _view(grid, words: str = "本局项目支出200.00万元。"):
    printed = [" ".join(cell or "" for cell in row) for row in grid]
    page = ["表4 2025年某县测试局项目支出预算明细表", "单位：万元", *printed]
    document = _Doc([["某县测试局2025年部门预算情况说明", words], page], [SourceTable(grid, page=2)])
    return text_of(document.lines, document)


def _failed(rule, view) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in rule(_result(), view)
            if c.outcome == "fail" and c.severity in ("error", "warning")]


def test_a_project_table_that_adds_up_passes_by_row_and_by_column() -> None:
    checks = list(project_grid_sums(_result(), _view(_grid())))
    assert {c.rule for c in checks} == {"TB-ROW", "TB-TOTAL"}
    assert all(c.outcome == "pass" for c in checks)
    assert all(c.page == 2 for c in checks)


def test_a_row_whose_total_is_not_its_funds_fails() -> None:
    failed = _failed(project_grid_sums, _view(_grid(first="102.00")))
    assert [(rule, severity) for rule, severity, _ in failed] == [("TB-ROW", "error"), ("TB-TOTAL", "error")]
    assert "河道保洁" in failed[0][2] and "102.00" in failed[0][2] and "120.00" in failed[0][2]
    assert "200.00" in failed[1][2] and "182.00" in failed[1][2]


def test_a_carried_cell_typo_fails_its_row_and_its_column() -> None:
    failed = _failed(project_grid_sums, _view(_grid(carried="29.00")))
    assert sorted(rule for rule, _, _ in failed) == ["TB-ROW", "TB-TOTAL"]
    assert any("上年结转" in message and "20.00" in message and "29.00" in message for _, _, message in failed)


def test_a_total_row_left_at_one_fund_fails() -> None:
    failed = _failed(project_grid_sums, _view(_grid(total="180.00")))
    assert sorted(rule for rule, _, _ in failed) == ["TB-ROW", "TB-TOTAL"]
    assert all("180.00" in message for _, _, message in failed)


def test_a_rounding_difference_is_no_error() -> None:
    # 120.01 against 100.00 + 20.00: 0.01 is within the envelope of the printed terms
    assert _failed(project_grid_sums, _view(_grid(first="120.01", total="200.01"))) == []


def test_a_table_it_cannot_read_as_funds_is_left_alone() -> None:
    overlapping = [["项目名称", "合计", "财政拨款", "一般公共预算"], ["河道保洁", "120.00", "100.00", "100.00"],
                   ["合计", "120.00", "100.00", "100.00"]]
    assert _read_grid(overlapping, _Span(), "万元") is None
    compared = [["项目名称", "合计", "上年预算数", "增减"], ["河道保洁", "120.00", "100.00", "20.00"],
                ["合计", "120.00", "100.00", "20.00"]]
    assert _read_grid(compared, _Span(), "万元") is None
    texts = [HEADER, ["河道保洁", "专项业务类", "120.00", "见说明", "", "", ""], ["合计", "", "120.00", "", "", "", ""]]
    assert _read_grid(texts, _Span(), "万元") is None


class _Span:
    quote = "项目支出预算明细表"
    caption = "项目支出明细表"
    first = 2


def test_a_project_the_words_name_is_held_to_its_row() -> None:
    wrong = _failed(project_named_in_words, _view(_grid(), "主要项目为：河道保洁102.00万元。"))
    assert [(rule, severity) for rule, severity, _ in wrong] == [("PT-MAP", "error")]
    assert "102.00" in wrong[0][2] and "120.00" in wrong[0][2]
    assert _failed(project_named_in_words, _view(_grid(), "主要项目为：河道保洁120.00万元。")) == []


def _purchase(words: str):
    document = _Doc([["四、政府购买服务预算情况", words]])
    return text_of(document.lines, document)


def test_the_purchased_services_add_up_to_their_total() -> None:
    right = list(purchased_services_listed(_result(), _purchase(
        "2025年本局安排政府购买服务预算61.00万元，具体为：稽核服务35.00万元、窗口辅助26.00万元。")))
    assert [(c.rule, c.outcome) for c in right] == [("IE-EXP-SUM", "pass")]
    wrong = _failed(purchased_services_listed, _purchase(
        "2025年本局安排政府购买服务预算65.00万元，具体为：稽核服务35.00万元、窗口辅助26.00万元。"))
    assert [(rule, severity) for rule, severity, _ in wrong] == [("IE-EXP-SUM", "error")]
    assert "65.00" in wrong[0][2] and "26.00" in wrong[0][2] and "61.00" in wrong[0][2]


def test_a_partial_or_open_purchase_list_is_left_alone() -> None:
    for words in ("政府购买服务预算65.00万元，主要为：稽核服务35.00万元、窗口辅助26.00万元。",
                  "政府购买服务预算65.00万元，具体为：稽核服务35.00万元、窗口辅助等26.00万元。",
                  "政府购买服务预算65.00万元，具体为：稽核服务35.00万元，比上年增加3.00万元。",
                  "政府购买服务预算65.00万元，具体为：稽核服务65.00万元。"):
        assert list(purchased_services_listed(_result(), _purchase(words))) == [], words


def _with_projects(value: str, scope: str = "全口径") -> ParsedDisclosure:
    from decimal import Decimal

    from disclosures.parsing.types import Figure

    result = _result()
    result.figures["project_expenditure"] = Figure(metric="project_expenditure", value=Decimal(value),
                                                   source="项目支出", page=1, display_scale=2, period="本年", fund_scope=scope)
    return result


def test_the_table_total_is_the_year_s_project_spending() -> None:
    from disclosures.parsing.checks.projects import project_grid_total

    view = _view(_grid())
    assert [c.outcome for c in project_grid_total(_with_projects("200.00"), view)] == ["pass"]
    wrong = [c for c in project_grid_total(_with_projects("180.00"), view)]
    assert [(c.rule, c.outcome, c.severity) for c in wrong] == [("PT-MAP", "fail", "error")]
    assert "200.00" in wrong[0].message and "180.00" in wrong[0].message
    # 财政拨款's 项目支出 is not the table's: nothing compared
    assert list(project_grid_total(_with_projects("180.00", "财政拨款"), view)) == []


PURCHASE = [["序号", "购买服务项目", "预算金额"], ["1", "稽核服务", "35.00"], ["2", "窗口辅助", "26.00"], ["", "合计", "61.00"]]


def _purchase_table(words: str, grid=None):
    grid = grid or PURCHASE
    printed = [" ".join(cell or "" for cell in row) for row in grid]
    page = ["表5 2025年某县测试局政府购买服务预算表", "单位：万元", *printed]
    document = _Doc([["四、政府购买服务预算情况", words], page], [SourceTable(grid, page=2)])
    return text_of(document.lines, document)


def test_the_purchase_table_adds_up_and_matches_the_words() -> None:
    from disclosures.parsing.checks.projects import purchased_services_table

    right = list(purchased_services_table(_result(), _purchase_table("本局安排政府购买服务预算61.00万元。")))
    assert [(c.rule, c.outcome) for c in right] == [("TB-TOTAL", "pass"), ("PT-MAP", "pass")]
    wrong = _failed(purchased_services_table, _purchase_table("本局安排政府购买服务预算65.10万元。"))
    assert [(rule, severity) for rule, severity, _ in wrong] == [("PT-MAP", "error")]
    assert "65.10" in wrong[0][2] and "61.00" in wrong[0][2]
    short = [row[:] for row in PURCHASE]
    short[2][2] = "25.00"
    assert [rule for rule, _, _ in _failed(purchased_services_table, _purchase_table("无。", short))] == ["TB-TOTAL"]
    # last year's total and a change are not the year's total; the edge of rounding is no error
    assert _failed(purchased_services_table, _purchase_table("上年政府购买服务预算65.10万元。")) == []
    assert _failed(purchased_services_table, _purchase_table("本局安排政府购买服务预算61.0万元。")) == []
