"""Rules fixed for the thirty-third blind corpus of the check engine (issue 9, checks_heldout33): a 部门支出总表 whose
合计 takes in a row printed without a 科目编码 (funds from other sources) under its 类 rows. Tables written for these
tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.rows import tb_total_class_lines
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
