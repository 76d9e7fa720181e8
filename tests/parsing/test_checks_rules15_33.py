"""Rules fixed for the thirty-third blind corpus of the check engine (issue 9, checks_heldout33): a 部门支出总表 whose
合计 takes in a row printed without a 科目编码 (funds from other sources) under its 类 rows. Tables written for these
tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.total_lines import tb_total_class_lines
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"


def _result() -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2026, kind="预算", scope="部门", figures={})


HEAD = ["表八 部门支出总表", "单位：元", "科目 总计 基本支出 项目支出"]
ROWS = ["207 文化旅游体育与传媒支出 8,240,000.00 3,140,000.00 5,100,000.00",
        "221 住房保障支出 315,000.00 315,000.00 0.00",
        "其他来源资金安排的支出 1,300,000.00 0.00 1,300,000.00"]


def _total(total: str, rows: list[str] = ROWS, head: list[str] = HEAD) -> list[tuple[str, str, str]]:
    view = text_of(page_lines(["\n".join(head + [total] + rows)]))
    return [(c.outcome, c.severity, c.message) for c in tb_total_class_lines(_result(), view)]


def test_a_row_without_a_code_under_the_classes_is_part_of_the_total() -> None:
    found = _total("合计 9,855,000.00 3,455,000.00 6,400,000.00")
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]
    assert "其他来源资金安排的支出" in found[0][2] and "985.5" in found[0][2]


def test_a_total_that_the_uncoded_row_does_not_explain_still_fails() -> None:
    found = _total("合计 9,955,000.00 3,455,000.00 6,500,000.00")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "995.5" in found[0][2] and "985.5" in found[0][2] and "差10" in found[0][2]


def test_a_qizhong_row_without_a_code_adds_nothing() -> None:
    rows = ROWS[:2] + ["其中：基本建设 200,000.00 0.00 200,000.00"]
    found = _total("合计 8,555,000.00 3,455,000.00 5,100,000.00", rows=rows)
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]
    assert "基本建设" not in found[0][2]


@pytest.mark.parametrize("name", ["其他资金安排的项目支出", "其他資金安排的項目支出"])
def test_the_uncoded_row_is_read_in_either_script_and_with_spaces_in_its_figures(name: str) -> None:
    rows = ROWS[:2] + [f"{name} 1,300,000.00 0.00 1,300,000.00"]
    found = _total("合计 9,855,000.00 3,455,000.00 6, 400,000.00", rows=rows)
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]
    assert name in found[0][2]


# --- TB-HIER: an 经济分类 table none of whose cells was kept quotes the unit most tables print in ------------------

from decimal import Decimal  # noqa: E402

from disclosures.parsing.checks.figures import tb_hier  # noqa: E402
from disclosures.parsing.types import EconomicLine, Figure  # noqa: E402

BASIC = "表三 基本支出经济分类表"


def _cell(table: str, unit: str, value: str) -> Figure:
    return Figure("general_budget_expenditure", Decimal(value), origin="table", table=table, source_unit=unit,
                  row="合计", column="合计")


def _hier(goods: str, units: dict[str, str]) -> list[tuple[str, str]]:
    result = _result()
    result.table_figures = [_cell(table, unit, "1000") for table, unit in units.items()]
    result.economic_lines = [EconomicLine("商品和服务支出", Decimal(goods), "302", 5, BASIC),
                             EconomicLine("办公费", Decimal("612.348"), "30201", 5, BASIC),
                             EconomicLine("差旅费", Decimal("306.174"), "30211", 5, BASIC)]
    return [(c.outcome, c.message) for c in tb_hier(result) if c.outcome == "fail"]


THREE_YUAN_ONE_WAN = {"表一 收支总表": "元", "表二 支出表": "元", "表六 部门收支总表": "元", "表四 三公经费表": "万元"}


def test_a_yuan_budget_quotes_its_unkept_table_in_yuan() -> None:
    found = _hier("921.522", THREE_YUAN_ONE_WAN)
    assert len(found) == 1
    # 612.348 + 306.174 = 918.522 万元; 302 printed as 9,215,220 元
    assert "921.522（9,215,220元）" in found[0][1] and "6,123,480元" in found[0][1]
    assert "差3" in found[0][1]


def test_a_tie_between_units_keeps_wan_yuan() -> None:
    found = _hier("921.522", {"表一 收支总表": "元", "表四 三公经费表": "万元"})
    assert len(found) == 1 and "元）" not in found[0][1] and "921.522" in found[0][1]


def test_a_parent_that_adds_up_is_no_finding_in_either_unit() -> None:
    assert _hier("918.522", THREE_YUAN_ONE_WAN) == []


# --- TB-ROW: a 部门支出总表 read from its text lines past an uncoded funds row under its coded rows ----------------

from disclosures.parsing.checks import rows  # noqa: E402
from disclosures.parsing.checks.text import text_of  # noqa: E402,F811
from disclosures.parsing.document import load_document  # noqa: E402

SPENDING_HEAD = "科目 总计 基本支出 项目支出"


def _read(*lines: str) -> list | None:
    text = "某县测试局2026年部门预算\n表八 部门支出总表\n单位：元\n" + "\n".join(lines) + "\n"
    document = load_document(text.encode(), filename="t.txt")
    return rows._text_tables(text_of(document.lines, document), 1)


def test_the_coded_rows_are_read_past_an_uncoded_funds_row_under_them() -> None:
    tables = _read(SPENDING_HEAD, "合计 13,600,000.00 4,100,000.00 9,500,000.00",
                   "212 城乡社区支出 8,200,000.00 3,600,000.00 4,600,000.00",
                   "221 住房保障支出 3,900,000.00 500,000.00 3,500,000.00",
                   "其他资金安排的项目支出 1,400,000.00 0.00 1,400,000.00")
    assert tables is not None
    # 221's 3,900,000.00 is no 500,000.00 + 3,500,000.00 = 4,000,000.00: the row is read whole for TB-ROW to see it
    assert [(code, cells[2:]) for code, _name, cells in tables[0][1]] == [
        ("212", ["8,200,000.00", "3,600,000.00", "4,600,000.00"]),
        ("221", ["3,900,000.00", "500,000.00", "3,500,000.00"])]


@pytest.mark.parametrize("row", ["其他資金安排的項目支出 1,400,000.00 0.00 1,400,000.00",
                                 "財政專戶管理資金支出 1,400,000.00 0.00 1,400,000.00"])
def test_an_uncoded_row_in_traditional_characters_is_read_past(row: str) -> None:
    tables = _read(SPENDING_HEAD, "212 城乡社区支出 8,200,000.00 3,600,000.00 4,600,000.00", row)
    assert tables is not None and [code for code, _n, _c in tables[0][1]] == ["212"]


@pytest.mark.parametrize("lines", [
    # a coded row under the uncoded one: that row may be one whose code was lost
    ("其他资金安排的项目支出 1,400,000.00 0.00 1,400,000.00", "221 住房保障支出 3,900,000.00 500,000.00 3,400,000.00"),
    # a part row (其中) or a short label is no row of funds
    ("其中：基建资金 1,400,000.00 0.00 1,400,000.00",),
    ("某某 1,400,000.00 0.00 1,400,000.00",),
    # fewer amounts than columns: which cells are blank the text does not say
    ("其他资金安排的项目支出 1,400,000.00 1,400,000.00",),
])
def test_the_text_still_cannot_tell_when_the_uncoded_row_is_not_plainly_a_tail(lines: tuple[str, ...]) -> None:
    assert _read(SPENDING_HEAD, "212 城乡社区支出 8,200,000.00 3,600,000.00 4,600,000.00", *lines) is None


def test_a_wrapped_name_piece_carrying_amounts_is_no_row_of_its_own() -> None:
    # “20103 行政事务及相关机” / “构事务 …”: the piece carries the 款's amounts, already counted in its 类
    rows_ = ["201 一般公共服务支出 1,750,000.00 1,250,000.00 500,000.00",
             "20103 行政事务及相关机",
             "构事务 1,750,000.00 1,250,000.00 500,000.00",
             "221 住房保障支出 315,000.00 315,000.00 0.00"]
    found = _total("合计 2,065,000.00 1,565,000.00 500,000.00", rows=rows_)
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]
    assert "构事务" not in found[0][2]


def test_an_uncoded_row_followed_by_a_coded_row_is_left_out_of_the_sum() -> None:
    rows_ = [ROWS[0], "其他来源资金安排的支出 1,300,000.00 0.00 1,300,000.00", ROWS[1]]
    found = _total("合计 8,555,000.00 3,455,000.00 5,100,000.00", rows=rows_)
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]


# --- SG-VCOUNT: a 购置费 with no car planned is a warning (CHECKS.md), the reverse stays a hint ----------------------

from disclosures.parsing.checks.sangong import sg_vcount  # noqa: E402


def _vehicles(purchase: str, scale: int, planned: str) -> list[tuple[str, str, str]]:
    result = _result()
    result.figures = {
        "vehicle_purchase": Figure("vehicle_purchase", Decimal(purchase), page=4, display_scale=scale,
                                   source=f"公务用车购置费{purchase}万元"),
        "vehicles_purchase_planned": Figure("vehicles_purchase_planned", Decimal(planned), page=8, source_unit="辆",
                                            source=f"本年拟购车{planned}辆"),
    }
    return [(c.outcome, c.severity, c.message) for c in sg_vcount(result)]


def test_a_purchase_amount_with_no_car_planned_is_a_warning_quoting_its_decimals() -> None:
    found = _vehicles("22.5", 2, "0")
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "22.50万元" in found[0][2] and "0辆" in found[0][2]


def test_cars_planned_with_no_purchase_amount_stay_a_hint() -> None:
    assert [(o, s) for o, s, _ in _vehicles("0", 2, "1")] == [("fail", "info")]


@pytest.mark.parametrize("purchase, planned", [("22.5", "1"), ("0", "0")])
def test_a_purchase_amount_and_a_plan_that_agree_pass(purchase: str, planned: str) -> None:
    assert [(o, s) for o, s, _ in _vehicles(purchase, 2, planned)] == [("pass", "warning")]


# --- IE-INC-SUM: one total for both sides (收支预算总额均为X), its sources listed in the next sentence -----------------

from disclosures.parsing.checks.wording import ie_inc_sum  # noqa: E402


def _income_sum(sentence: str) -> list[tuple[str, str, str]]:
    view = text_of(page_lines([sentence]))
    return [(c.outcome, c.severity, c.message) for c in ie_inc_sum(_result(), view) if c.rule == "IE-INC-SUM"]


def test_sources_that_exceed_the_one_total_of_both_sides_are_an_error() -> None:
    found = _income_sum("2026年本单位收支预算总额均为845.30万元。收入中一般公共预算拨款845.30万元，"
                        "政府性基金拨款0.00万元，事业收入26.00万元，上年结转0.00万元。")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "845.30" in found[0][2] and "871.30" in found[0][2] and "差26.00" in found[0][2]


def test_sources_that_make_the_one_total_pass() -> None:
    found = _income_sum("2026年本单位收支预算总额均为871.30万元。收入中一般公共预算拨款845.30万元，事业收入26.00万元。")
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]


def test_a_cent_off_the_one_total_is_no_error() -> None:
    found = _income_sum("2026年本单位收支预算总额均为871.31万元。收入中一般公共预算拨款845.30万元，事业收入26.00万元。")
    assert [(o, s) for o, s, _ in found] == [("fail", "info")]  # within the rounding envelope: a hint only


def test_the_one_total_read_with_a_line_break_and_收入方面() -> None:
    found = _income_sum("2026年本单位收支预算总计均为845.30万元。收入方面：一般公共预算拨款845.30万\n元，事业收入26.00万元。")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "871.30" in found[0][2]
