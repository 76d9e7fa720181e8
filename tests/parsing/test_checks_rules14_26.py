"""Rules fixed for the twenty-sixth blind corpus of the check engine (issue 9, checks_heldout26).

TB-TOTAL on a table printed by 类 rows (a 收入总表 by 科目): a 科目名称 too long for its narrow column wraps, and the
row's code and amounts part from its name. Text extraction then prints the row as a bare code (dropped as a page
number), the name's pieces and a line of amounts; or as a piece, the code with the amounts, and the last piece. The
row is put back together from pieces that spell its class name, never left out of the sum. Tables and figures here
are made up for the tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.rows import _rejoin_wrapped_names, tb_total_class_lines
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"
HEAD = ["表二", f"{UNIT}部门收入总表", "单位：万元", "科目编码 科目名称 合计 一般公共预算拨款 上年结转"]


def _result() -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2026, kind="预算", scope="部门", figures={})


def _tb_total(lines: list[str], head: list[str] = HEAD) -> list[tuple[str, str, str]]:
    view = text_of(page_lines(["\n".join(head + lines)]))
    return [(c.outcome, c.severity, c.message) for c in tb_total_class_lines(_result(), view)]


# pdfium's order: the bare code on its own line (read as a page number and dropped), the pieces, then the amounts
_CODE_ALONE = ["208", "社会保障和就业支", "出", "52.70 52.70",
               "210 卫生健康支出 31.25 31.25", "213 农林水支出 1,406.10 1,286.10 120.00"]
# pdfplumber's order: the first piece, the code with the amounts, the last piece
_CODE_WITH_AMOUNTS = ["社会保障和就业支", "208 52.70 52.70", "出",
                      "210 卫生健康支出 31.25 31.25", "213 农林水支出 1,406.10 1,286.10 120.00"]


@pytest.mark.parametrize("rows", [_CODE_ALONE, _CODE_WITH_AMOUNTS])
def test_a_class_row_whose_name_wraps_is_added_to_the_sum(rows: list[str]) -> None:
    found = _tb_total(["合计 1,490.05 1,370.05 120.00", *rows])
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]
    assert "208社会保障和就业支出+210卫生健康支出+213农林水支出=52.70+31.25+1406.10=1490.05" in found[0][2]


@pytest.mark.parametrize("rows", [_CODE_ALONE, _CODE_WITH_AMOUNTS])
def test_a_total_that_the_rebuilt_rows_do_not_reach_is_still_an_error(rows: list[str]) -> None:
    found = _tb_total(["合计 1,499.05 1,379.05 120.00", *rows])
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "1499.05" in found[0][2] and "1490.05" in found[0][2] and "差9.00" in found[0][2]


def test_at_the_tolerance_edge_two_cents_over_three_rows_are_rounding_and_three_are_not() -> None:
    # three cells printed to the cent: half a cent each, 0.015 in all
    assert [(o, s) for o, s, _ in _tb_total(["合计 1,490.06 1,370.06 120.00", *_CODE_ALONE])] == [("fail", "info")]
    assert [(o, s) for o, s, _ in _tb_total(["合计 1,490.08 1,370.08 120.00", *_CODE_ALONE])] == [("fail", "error")]


def test_the_code_printed_beside_the_first_piece_and_a_total_under_the_rows() -> None:
    rows = ["210 卫生健康支出 18.40 18.40", "224 灾害防治及应急管理支", "出", "615.30 560.30 55.00",
            "合计 633.70 578.70 55.00"]
    found = _tb_total(rows)
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]
    assert "224灾害防治及应急管理支出" in found[0][2] and "633.70" in found[0][2]


def test_pieces_that_spell_no_class_name_leave_the_table_unsummed() -> None:
    # a row of amounts the text cannot name: summing without it would report a shortfall that is not printed
    rows = ["208", "社会保障和就业", "52.70 52.70", "210 卫生健康支出 31.25 31.25",
            "213 农林水支出 1,406.10 1,286.10 120.00"]
    assert _tb_total(["合计 1,490.05 1,370.05 120.00", *rows]) == []


def test_a_code_that_disagrees_with_the_name_its_pieces_spell_is_not_trusted() -> None:
    assert _rejoin_wrapped_names(["社会保障和就业支", "21052.7052.70", "出"]) is None
    assert _rejoin_wrapped_names(["社会保障和就业支", "20852.7052.70", "出"]) == ["208社会保障和就业支出52.7052.70"]


def test_a_wrapped_kuan_row_keeps_its_pieces_and_stays_out_of_the_sum_in_a_yuan_table() -> None:
    head = ["表二", f"{UNIT}部门收入总表", "单位：元", "科目编码 科目名称 合计 一般公共预算拨款"]
    rows = ["208 社会保障和就业支出 527,000.00 527,000.00", "20805 行政事业单位养老", "支出",
            "527,000.00 527,000.00", "210 卫生健康支出 312,500.00 312,500.00", "合计 839,500.00 839,500.00"]
    found = _tb_total(rows, head)
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]
    assert "合计行合计83.95（839,500.00元）" in found[0][2] and "52.7（527,000.00元）+31.25（312,500.00元）" in found[0][2]
    assert _rejoin_wrapped_names(["20805行政事业单位养老", "支出", "527,000.00527,000.00"]) == [
        "20805行政事业单位养老支出527,000.00527,000.00"]


def test_the_amounts_of_a_coded_row_are_told_from_its_code_by_their_sum() -> None:
    # “20852.7052.70” is 208 with 52.70 = 52.70, not 20852.70 beside 52.70
    rebuilt = _rejoin_wrapped_names(["社会保障和就业支", "20852.7052.70", "出"])
    assert rebuilt is not None and rebuilt[0].startswith("208社会保障和就业支出")
    assert Decimal(rebuilt[0][len("208社会保障和就业支出"):][:5]) == Decimal("52.70")
