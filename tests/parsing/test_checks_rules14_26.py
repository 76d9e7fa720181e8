"""Rules fixed for the twenty-sixth blind corpus of the check engine (issue 9, checks_heldout26).

TB-TOTAL on a table printed by 类 rows (a 收入总表 by 科目): a 科目名称 too long for its narrow column wraps, and the
row's code and amounts part from its name. Text extraction then prints the row as a bare code (dropped as a page
number), the name's pieces and a line of amounts; or as a piece, the code with the amounts, and the last piece. The
row is put back together from pieces that spell its class name, never left out of the sum. Tables and figures here
are made up for the tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.table_lines import pr_proc_sum_table
from disclosures.parsing.checks.total_lines import _rejoin_wrapped_names, tb_total_class_lines
from disclosures.parsing.checks.listings import split_changes_add_up
from disclosures.parsing.checks.wording import ie_inc_sum
from disclosures.parsing.checks.sangong import pr_head_sum
from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.prose import unit_headcounts
from disclosures.parsing.text import join_lines
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure

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


def test_at_the_tolerance_edge_two_cents_are_rounding_and_three_are_not() -> None:
    # four cells printed to the cent (three rows and the total): half a cent each, 0.02 in all
    assert [(o, s) for o, s, _ in _tb_total(["合计 1,490.07 1,370.07 120.00", *_CODE_ALONE])] == [("fail", "info")]
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


# --- IE-INC-SUM: the income total's sources listed “按来源分” (by where the money comes from) ----------------------

def _failed(rule, *pages: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in rule(_result(), text_of(page_lines(list(pages))))
            if c.outcome == "fail"]


def _outcomes(rule, *pages: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in rule(_result(), text_of(page_lines(list(pages))))]


@pytest.mark.parametrize("opener", ["按来源分：", "按收入来源划分，", "按资金来源分:", "从来源看，", "从收入来源上看："])
def test_an_income_total_whose_sources_are_listed_by_origin_is_summed(opener: str) -> None:
    sentence = f"（一）收入预算。本年收入预算总额为512.40万元，{opener}一般公共预算拨款486.10万元，事业收入30.30万元。"
    found = _failed(ie_inc_sum, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("IE-INC-SUM", "error")]
    assert "512.40" in found[0][2] and "486.10+30.30=516.40" in found[0][2] and "差4.00" in found[0][2]


def test_sources_listed_by_origin_that_add_up_pass_and_the_edge_is_a_cent() -> None:
    text = "本年收入预算总额为{}万元，按来源分：一般公共预算拨款1,486.10万元，其他收入30.30万元。"
    assert _outcomes(ie_inc_sum, text.format("1,516.40")) == [("IE-INC-SUM", "pass", "error")]
    # three amounts printed to the cent: 0.015 of rounding
    assert _outcomes(ie_inc_sum, text.format("1,516.41")) == [("IE-INC-SUM", "fail", "info")]
    assert _outcomes(ie_inc_sum, text.format("1,516.42")) == [("IE-INC-SUM", "fail", "error")]


def test_a_source_named_by_origin_of_funds_is_no_list_opener_without_its_amounts() -> None:
    # “按来源” naming no amounts: nothing to add
    assert _outcomes(ie_inc_sum, "本年收入预算总额为512.40万元，按来源分类详见附表。") == []


# --- IE-CHG-BP: a total's change and its 基本/项目 split opened by the spending's nature, after its class list -----

_CHANGE_TEXT = ("（二）支出预算。2026年支出预算合计1,250.80万元，比上年增加{whole}万元。按功能分类，一般公共服务支出1,100.80万元，"
                "住房保障支出150.00万元。{opener}基本支出650.80万元，比上年减少{basic}万元；项目支出600.00万元，比上年增加90.00万元。")


@pytest.mark.parametrize("opener", ["按支出性质，", "按经济分类划分：", "从经济性质看，", "从支出经济分类上看:"])
def test_a_change_split_by_nature_after_the_class_list_must_add_up(opener: str) -> None:
    found = _failed(split_changes_add_up, _CHANGE_TEXT.format(whole="75.60", opener=opener, basic="12.40"))
    assert [(rule, severity) for rule, severity, _ in found] == [("IE-CHG-BP", "error")]
    assert "75.60" in found[0][2] and "(-12.40)+90.00=77.60" in found[0][2] and "差2.00" in found[0][2]


def test_a_change_split_by_nature_that_adds_up_passes_and_a_cent_is_rounding() -> None:
    text = _CHANGE_TEXT.format(whole="77.60", opener="按支出性质，", basic="12.40")
    assert _outcomes(split_changes_add_up, text) == [("IE-CHG-BP", "pass", "error")]
    text = _CHANGE_TEXT.format(whole="77.61", opener="按支出性质，", basic="12.40")
    assert _outcomes(split_changes_add_up, text) == [("IE-CHG-BP", "fail", "info")]
    text = _CHANGE_TEXT.format(whole="77.62", opener="按支出性质，", basic="12.40")
    assert _outcomes(split_changes_add_up, text) == [("IE-CHG-BP", "fail", "error")]


def test_a_split_by_nature_whose_amounts_are_not_the_whole_is_not_held_to_its_changes() -> None:
    # 基本 + 项目 = 1,240.80, not the 1,250.80 total: the parts are not all of it, their changes need not add up
    text = _CHANGE_TEXT.format(whole="75.60", opener="按支出性质，", basic="12.40").replace("650.80", "640.80")
    assert _failed(split_changes_add_up, text) == []


# --- PR-PROC-SUM: a 政府采购 table's 合计 row against its 货物, 工程 and 服务 rows ------------------------------------

def _proc_table(rows: list[str], unit: str = "万元") -> list[tuple[str, str, str]]:
    head = ["表十", f"{UNIT}政府采购预算明细表", f"单位：{unit}", "采购品目 总计 一般公共预算拨款 政府性基金预算拨款 其他资金"]
    view = text_of(page_lines(["\n".join(head + rows)]))
    return [(c.outcome, c.severity, c.message) for c in pr_proc_sum_table(_result(), view)]


def test_a_procurement_table_total_above_its_kinds_that_they_miss_is_an_error() -> None:
    found = _proc_table(["合计 86.50 86.50", "A 货物 31.20 31.20", "B 工程 0.00 0.00", "C 服务 51.30 51.30"])
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "合计86.50 与 货物+工程+服务=31.20+0.00+51.30=82.50" in found[0][2] and "差4.00" in found[0][2]


def test_a_procurement_table_that_adds_up_passes_with_the_kinds_numbered_and_the_total_below() -> None:
    rows = ["一、货物类 31.20 25.00 6.20", "二、工程类 0.00 0.00", "三、服务类 55.30 55.30", "合计 86.50 80.30 6.20"]
    assert [(o, s) for o, s, _ in _proc_table(rows)] == [("pass", "error")]


def test_at_the_tolerance_edge_of_a_procurement_table() -> None:
    # three nonzero cells printed to the cent (a zero carries no rounding): 0.015
    kinds = ["A 货物 31.20 31.20", "B 工程 0.00 0.00", "C 服务 51.30 51.30"]
    assert [(o, s) for o, s, _ in _proc_table(["合计 82.51 82.51", *kinds])] == [("fail", "info")]
    found = _proc_table(["合计 82.52 82.52", *kinds])
    assert [(o, s) for o, s, _ in found] == [("fail", "error")] and "容差0.015" in found[0][2]


def test_a_procurement_table_in_yuan_is_compared_in_wan_yuan() -> None:
    found = _proc_table(["合计 865,000.00 865,000.00", "A货物 312,000.00 312,000.00", "C服务 513,000.00 513,000.00"], "元")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "865,000.00元" in found[0][2] and "差4" in found[0][2]


def test_a_kind_row_whose_cells_do_not_add_up_across_leaves_the_table_unread() -> None:
    # 货物's first printed amount is not its row's total (a blank 总计 cell): which one to add cannot be told
    rows = ["合计 86.50 86.50", "A 货物 25.00 6.20", "B 工程 0.00 0.00", "C 服务 55.30 55.30"]
    assert _proc_table(rows) == []


# --- PR-HEAD-SUM: member units' headcounts listed one semicolon clause each ----------------------------------------

_MEMBERS = ["某县水务局（本级）", "某县河道管理所", "某县供水服务中心"]
_CLAUSES = ("人员情况：某县水务局（本级）（行政单位）编制30名、实有{a}人；某县河道管理所（公益一类事业单位）编制18名、"
            "实有17人；某县供水服务中心（公益二类事业单位）编制9名、实有8人。年末全部门合计编制57名，实有人数52人。")


def _heads(text: str, members: list[str] = _MEMBERS) -> list[tuple[str, int | None, int | None]]:
    return [(h.unit, h.authorized, h.actual) for h in unit_headcounts([join_lines(page_lines([text]))], members)]


def test_members_listed_one_clause_each_have_their_own_counts_and_not_the_departments() -> None:
    assert _heads(_CLAUSES.format(a=27)) == [("某县水务局（本级）", 30, 27), ("某县河道管理所", 18, 17),
                                             ("某县供水服务中心", 9, 8)]


def test_member_clauses_that_miss_the_departments_total_warn_and_those_that_reach_it_pass() -> None:
    def head_sum(actual: int) -> list[tuple[str, str, str]]:
        doc = ParsedDisclosure(unit="某县水务局", year=2026, kind="预算", scope="部门",
                               figures={"staff_actual": Figure("staff_actual", Decimal(52), page=1)})
        doc.unit_headcount = unit_headcounts([join_lines(page_lines([_CLAUSES.format(a=actual)]))], _MEMBERS)
        return [(c.outcome, c.severity, c.message) for c in pr_head_sum(doc, text_of(page_lines(["正文"])))]
    assert [(o, s) for o, s, _ in head_sum(27)] == [("pass", "warning")]
    found = head_sum(25)  # 25 + 17 + 8 = 50, two short of 52: counts are exact
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "50人" in found[0][2] and "52人" in found[0][2]
    assert [(o, s) for o, s, _ in head_sum(26)] == [("fail", "warning")]  # 51: the edge is a single person


def test_member_clauses_split_over_lines_with_half_width_brackets_are_read() -> None:
    text = ("人员情况:某县水务局(本级)编制30名、实有27人;某县河道管理\n所编制18名、实有17人;某县供水服务中心编制9名、"
            "实有8人。全部门编制57名,实有52人。")
    assert _heads(text, ["某县水务局(本级)", "某县河道管理所", "某县供水服务中心"]) == [
        ("某县水务局(本级)", 30, 27), ("某县河道管理所", 18, 17), ("某县供水服务中心", 9, 8)]


def test_one_sentence_naming_several_units_and_numbers_is_still_not_attributed() -> None:
    # the names are listed, then the numbers: no clause opens with a name and holds only its own counts
    text = "所属单位为某县水务局（本级）、某县河道管理所、某县供水服务中心，共有编制57名、实有52人。"
    assert _heads(text) == []


# --- PR-REPEAT: the 三公 total printed twice, once under its fund's name -----------------------------------------

_SANGONG_TWICE = ("四、“三公”经费预算情况说明\n2026年一般公共预算财政拨款安排“三公”经费预算{first}万元，比上年减少1.20万元。"
                  "其中公务用车运行维护费11.00万元，公务接待费3.40万元。本部门“三公”经费预算总额{second}万元，详见附表。")


def test_the_sangong_total_printed_under_its_fund_and_again_must_read_the_same() -> None:
    def repeat(first: str, second: str) -> list[tuple[str, str]]:
        return [(c.outcome, c.severity) for c in pr_repeat_amount(_result(), text_of(page_lines(
            [_SANGONG_TWICE.format(first=first, second=second)]))) if "三公" in c.name]
    assert repeat("14.40", "14.40") == [("pass", "error")]
    assert repeat("14.40", "14.41") == [("fail", "warning")]  # a cent apart: never a rounding slip between printings
    assert repeat("14.4", "14.40") == [("pass", "error")]  # the finer printing rounds to the coarser
    assert repeat("14.4", "14.45") == [("fail", "info")]  # printed to other decimals: a rounding edge, only a hint
    assert repeat("14.40", "15.40") == [("fail", "error")]


def test_a_cent_apart_the_message_quotes_both_printings() -> None:
    checks = list(pr_repeat_amount(_result(), text_of(page_lines([_SANGONG_TWICE.format(first="14.40", second="14.41")]))))
    assert len(checks) == 1 and "14.40万元" in checks[0].message and "14.41万元" in checks[0].message


def test_the_procurement_part_paid_from_the_general_budget_is_not_a_second_printing_of_the_total() -> None:
    text = "政府采购预算为60.00万元，其中一般公共预算拨款安排的政府采购预算为45.00万元。"
    assert [c for c in pr_repeat_amount(_result(), text_of(page_lines([text]))) if "政府采购" in c.name] == []
