"""Rules fixed for the twenty-second blind corpus of the check engine (issue 9, checks_heldout22): a 三公 statement that
names one vehicle part and not the other (SG-ITEMS), one amount printed twice with a difference as small as its last
digit (PR-REPEAT, CHECKS.md §0.2 rule 5), a 单位 that says it is “不纳入” 机关运行经费 and then states an amount of it
(PR-OPC-APPLIC), and a headcount “实有在职N人” split by post (PR-HEAD-SUM). Sentences written for these tests (made-up
units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosures
from disclosures.parsing.checks.prose import pr_opc_applic
from disclosures.parsing.checks.sangong import sg_items
from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wholes import headcount_split
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure

D = Decimal
UNIT = "某县测试站"


def _fig(metric: str, value: str | None, *, scale: int | None = 2) -> Figure:
    return Figure(metric, None if value is None else D(value), display_scale=scale, source="句", page=1, origin="prose",
                  fund_scope="一般公共预算财政拨款", not_applicable=value is None)


def _result(scope: str = "单位", **figures: Figure) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=2025, kind="预算", scope=scope, figures=dict(figures))


def _run(rule, result: ParsedDisclosure, *pages: str) -> list:
    return list(rule(result, text_of(page_lines(list(pages)))))


def _failed(rule, result: ParsedDisclosure, *pages: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in _run(rule, result, *pages) if c.outcome == "fail"]


def _parsed(text: str) -> ParsedDisclosure:
    (parsed,) = parse_disclosures(text.encode("utf-8"), filename="statement.txt")
    return parsed


def _parsed_fails(text: str, rule: str) -> list[tuple[str, str]]:
    return [(c.severity, c.message) for c in _parsed(text).checks if c.rule == rule and c.outcome == "fail"]


# --- SG-ITEMS: 购置 and 运行维护 are two of the four items ---------------------------------------------------------

def _sangong(**items: str) -> ParsedDisclosure:
    return _result(**{key: _fig(key, value) for key, value in items.items()})


RUNNING_ONLY = "“三公”经费7.50万元：因公出国（境）费0.00万元，公务用车运行维护费4.30万元，公务接待费3.20万元。"


def test_it_warns_of_a_purchase_the_sangong_statement_never_names() -> None:
    result = _sangong(sangong_total="7.50", outbound_travel="0", vehicle_operation="4.30", reception="3.20")
    found = _failed(sg_items, result, RUNNING_ONLY)
    assert [(rule, severity) for rule, severity, _ in found] == [("SG-ITEMS", "warning")]
    assert "公务用车购置费" in found[0][2] and "7.50万元" in found[0][2]


def test_it_warns_of_running_costs_the_statement_never_names_beside_a_purchase() -> None:
    words = "“三公”经费30.00万元：因公出国（境）费0.00万元，公务用车购置费26.00万元，公务接待费4.00万元。"
    result = _sangong(sangong_total="30.00", outbound_travel="0", vehicle_purchase="26.00", reception="4.00")
    found = _failed(sg_items, result, words)
    assert [(rule, severity) for rule, severity, _ in found] == [("SG-ITEMS", "warning")]
    assert "公务用车运行维护费" in found[0][2] and "30.00万元" in found[0][2]


def test_it_passes_a_purchase_stated_as_zero_beside_the_running_costs() -> None:
    words = RUNNING_ONLY.replace("公务用车运行", "公务用车购置费0.00万元，公务用车运行")
    result = _sangong(sangong_total="7.50", outbound_travel="0", vehicle_purchase="0", vehicle_operation="4.30",
                      reception="3.20")
    assert [(c.outcome, c.severity) for c in _run(sg_items, result, words)] == [("pass", "warning")]


def test_a_combined_vehicle_figure_still_covers_both_parts() -> None:
    # the 合计 of 购置及运行维护 equals the running costs: the purchase is 0 by the words' own sum, only a hint is due
    words = "“三公”经费7.50万元：因公出国（境）费0万元，公务用车购置及运行维护费4.30万元，公务接待费3.20万元。"
    result = _sangong(sangong_total="7.50", outbound_travel="0", vehicle_total="4.30", reception="3.20")
    assert [(c.outcome, c.severity) for c in _run(sg_items, result, words)] == [("fail", "info")]
    result = _sangong(sangong_total="7.50", outbound_travel="0", vehicle_total="4.30", vehicle_operation="4.30",
                      reception="3.20")
    assert [(c.outcome, c.severity) for c in _run(sg_items, result, words)] == [("pass", "warning")]


def test_a_purchase_named_with_an_unreadable_amount_is_not_called_missing() -> None:
    words = RUNNING_ONLY + "公务用车购置费未单列。"
    result = _sangong(sangong_total="7.50", outbound_travel="0", vehicle_operation="4.30", reception="3.20")
    assert not _failed(sg_items, result, words)


def test_a_purchase_left_out_is_found_in_a_parsed_statement_with_spaces_and_line_breaks() -> None:
    text = ("某县测试站2025年单位预算情况说明\n六、“三公”经费预算情况\n"
            "2025年“三公”经费预算 7.50万元，比上年减少0.50万元。具体为：因公出国(境)费0.00万元；公务用车运行\n"
            "维护费4. 30万元；公务接待费3.20万元。\n九、国有资产占用情况\n共有车辆1辆。2025年未安排购置车辆。\n")
    found = _parsed_fails(text, "SG-ITEMS")
    assert [severity for severity, _ in found] == ["warning"]
    assert "公务用车购置费" in found[0][1]
    assert not _parsed_fails(text.replace("具体为：", "具体为：公务用车购置费0万元；"), "SG-ITEMS")


# --- PR-REPEAT: the same amount printed twice differs by one in its last digit -----------------------------------

def test_it_warns_of_one_amount_printed_twice_a_cent_apart() -> None:
    page = ("（六）“三公”经费。公务用车运行维护费6.40万元，比上年持平。"
            "（六）“三公”经费。公务用车运行维护费6.41万元，比上年持平。")
    found = _failed(pr_repeat_amount, _result(), page)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-REPEAT", "warning")]
    assert "6.40万元" in found[0][2] and "6.41万元" in found[0][2]


def test_it_passes_one_amount_printed_twice_alike_and_rounded_alike() -> None:
    page = "公务用车运行维护费6.40万元，主要用于两辆车。" + "其他事项：公务用车运行维护费6.4万元。"
    assert [c.outcome for c in _run(pr_repeat_amount, _result(), page)] == ["pass"]
    rounded = "机关运行经费23.5万元。" + "（二）机关运行经费：机关运行经费23.54万元。"  # 23.54 → 23.5
    assert [c.outcome for c in _run(pr_repeat_amount, _result(), rounded)] == ["pass"]


def test_two_printings_to_one_step_a_whole_envelope_apart_are_a_warning_and_beyond_it_an_error() -> None:
    edge = "机关运行经费23.5万元。" + "（二）机关运行经费：机关运行经费23.6万元。"  # 0.1 = 0.05 + 0.05: no rounding
    assert [(r, s) for r, s, _ in _failed(pr_repeat_amount, _result(), edge)] == [("PR-REPEAT", "warning")]
    beyond = "机关运行经费23.5万元。" + "（二）机关运行经费：机关运行经费23.7万元。"  # 0.2 > 0.1
    assert [(r, s) for r, s, _ in _failed(pr_repeat_amount, _result(), beyond)] == [("PR-REPEAT", "error")]


def test_a_finer_printing_at_the_rounding_edge_stays_a_rounding_hint() -> None:
    # 23.55 beside 23.5: a writer rounding half to even prints 23.5 (§0.2 rule 6 keeps this an info)
    edge = "机关运行经费23.5万元。" + "（二）机关运行经费：机关运行经费23.55万元。"
    assert [(r, s) for r, s, _ in _failed(pr_repeat_amount, _result(), edge)] == [("PR-REPEAT", "info")]


def test_it_warns_of_a_repeat_printed_twice_in_yuan() -> None:
    # two printings in whole 元 one 元 apart: within 0.5 + 0.5 元, yet printed to the same step
    page = "机关运行经费123,010元。" + "（三）机关运行经费：机关运行经费123,011元。"
    found = _failed(pr_repeat_amount, _result(), page)
    assert [(r, s) for r, s, _ in found] == [("PR-REPEAT", "warning")]
    assert "123,010元" in found[0][2] and "123,011元" in found[0][2]
    assert [c.outcome for c in _run(pr_repeat_amount, _result(), page.replace("123,011", "123,010"))] == ["pass"]


def test_a_repeated_section_a_cent_apart_is_found_in_a_parsed_statement() -> None:
    section = "六、“三公”经费预算情况\n2025年“三公”经费9.00万元。具体为：因公出国（境）费0万元；公务用车购置费0万元；" \
              "公务用车运行维护费{run}万元；公务接待费{meet}万元。\n"
    text = ("某县测试局2025年部门预算情况说明\n" + section.format(run="6.80", meet="2.20")
            + section.format(run="6.79", meet="2.20") + "七、机关运行经费\n机关运行经费30.00万元。\n")
    found = _parsed_fails(text, "PR-REPEAT")
    assert [severity for severity, _ in found] == ["warning"]
    assert "6.80万元" in found[0][1] and "6.79万元" in found[0][1]


# --- PR-OPC-APPLIC: “不纳入/不列入/未计入” the 机关运行经费 range, then an amount ---------------------------------------

@pytest.mark.parametrize("verb", ["不纳入", "不列入", "未计入", "未纳入"])
def test_a_unit_outside_operating_costs_cannot_state_an_amount(verb: str) -> None:
    words = f"七、机关运行经费 本站为公益二类事业单位，{verb}机关运行经费统计范围。2025年本站机关运行经费预算14.50万元。"
    result = _result(operating_costs=_fig("operating_costs", "14.50"))
    found = _failed(pr_opc_applic, result, words.replace("本站为", "本单位为"))
    assert [(r, s) for r, s, _ in found] == [("PR-OPC-APPLIC", "error")]
    assert "14.50万元" in found[0][2]


def test_a_unit_outside_operating_costs_that_states_none_passes() -> None:
    words = "七、机关运行经费 本单位为公益一类事业单位，不纳入机关运行经费统计范围。"
    result = _result(operating_costs=_fig("operating_costs", None))
    assert [(c.outcome, c.severity) for c in _run(pr_opc_applic, result, words)] == [("pass", "error")]
    # a 部门's amount covers its members in scope: not judged
    department = _result("部门", operating_costs=_fig("operating_costs", "14.50"))
    assert not _run(pr_opc_applic, department, words + "机关运行经费14.50万元。")


def test_a_member_outside_operating_costs_says_nothing_of_the_unit_itself() -> None:
    words = "下属两所学校不纳入机关运行经费统计范围。本单位机关运行经费预算14.50万元。"
    result = _result(operating_costs=_fig("operating_costs", "14.50"))
    assert not _run(pr_opc_applic, result, words)


# --- PR-HEAD-SUM: “实有在职N人，其中管理岗位a人、专业技术岗位b人、工勤技能岗位c人” ---------------------------------------

def test_it_warns_of_a_split_by_post_that_misses_the_serving_total() -> None:
    words = "本单位核定编制30名，实有在职28人，其中管理岗位6人、专业技术岗位17人、工勤技能岗位4人。"
    found = _failed(headcount_split, _result(), words)
    assert [(r, s) for r, s, _ in found] == [("PR-HEAD-SUM", "warning")]
    assert "28" in found[0][2] and "=27" in found[0][2]


@pytest.mark.parametrize("total", ["实有在职27人", "实有在编27人", "实有在职人员27人", "实有在职27名"])
def test_it_passes_a_split_by_post_that_adds_up(total: str) -> None:
    words = f"本单位核定编制30名，{total}，其中管理岗位6人、专业技术岗位17人、工勤技能岗位4人。"
    checks = _run(headcount_split, _result(), words)
    assert [(c.rule, c.outcome) for c in checks] == [("PR-HEAD-SUM", "pass")]


def test_a_split_by_post_with_one_class_left_out_is_not_added() -> None:
    words = "本单位核定编制30名，实有在职28人，其中管理岗位6人、专业技术岗位17人。"
    assert not _run(headcount_split, _result(), words)


def test_a_split_by_post_in_half_width_brackets_and_traditional_script_is_found() -> None:
    text = ("某縣測試站2025年單位預算情況說明\n一、單位基本情況\n本站為事業單位，核定編制30名，實有在職28人(其中管理崗位6人、"
            "專業技術崗位17人、工勤技能崗位4人)。\n二、收入支出預算總體情況\n2025年收入預算合計120.00萬元，支出預算合計120.00萬元。\n")
    found = _parsed_fails(text, "PR-HEAD-SUM")
    assert [severity for severity, _ in found] == ["warning"]
    assert "28" in found[0][1] and "27" in found[0][1]
