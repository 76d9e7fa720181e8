"""Rules fixed for the thirty-fourth blind corpus of the check engine (issue 9, checks_heldout34): a 决算 whose prose
lists every function class (类, codes known) adding to more than its 支出总计 is an error, not a doubt (IE-EXP-SUM).
Sentences and figures made up for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.figures import ie_exp_sum
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "决算", year: int = 2025) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


def _final_sum(total: str, classes: list[tuple[str, str, str]], *, table: str | None = None,
               kind: str = "决算") -> list:
    """A 决算 printing its 支出总计 and the classes (code, name, amount as printed) in the words or a table."""
    result = _result(kind)
    result.figures["expenditure_total"] = Figure(
        metric="expenditure_total", value=Decimal(total.replace(",", "").replace(" ", "")), page=2,
        source=f"本年度支出总计{total}万元", fund_scope="全口径", origin="prose", display_scale=2, source_unit="万元")
    sentence = "按支出功能分类：" + "；".join(f"{name}{raw}万元" for _, name, raw in classes) + "。"
    result.expenditure_by_function = [
        FunctionLine(name, Decimal(raw.replace(",", "").replace(" ", "")), code, 2, sentence, table=table)
        for code, name, raw in classes]
    return list(ie_exp_sum(result))


CLASSES = [("201", "一般公共服务支出", "2,406.30"), ("208", "社会保障和就业支出", "215.60"),
           ("221", "住房保障支出", "98.10")]


def test_it_reports_fully_listed_classes_beyond_a_final_total_as_an_error() -> None:
    # 2406.30 + 215.60 + 98.10 = 2720.00 against 支出总计 2700.00
    checks = _final_sum("2,700.00", CLASSES)
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("IE-EXP-SUM", "fail", "error")]
    assert "2720.00" in checks[0].message and "2700.00" in checks[0].message
    # the classes that went into the sum are shown with it
    assert [f["value"] for f in checks[0].figures][2:] == ["2406.3", "215.6", "98.1"]


def test_it_passes_classes_that_stay_within_a_final_total() -> None:
    # the 总计 may hold 结余分配 and 年末结转 besides: a sum below it is no failure
    checks = _final_sum("2,750.00", CLASSES)
    assert [(c.rule, c.outcome) for c in checks] == [("IE-EXP-SUM", "pass")]
    exact = _final_sum("2,720.00", CLASSES)
    assert [(c.rule, c.outcome) for c in exact] == [("IE-EXP-SUM", "pass")]


def test_it_takes_an_excess_within_the_rounding_envelope_as_info() -> None:
    # 2720.00 − 2719.99 = 0.01 ≤ 0.005 + 0.005
    checks = _final_sum("2 719.99", CLASSES)
    assert [(c.outcome, c.severity) for c in checks] == [("fail", "info")]
    beyond = _final_sum("2,719.98", CLASSES)
    assert [(c.outcome, c.severity) for c in beyond] == [("fail", "error")]


def test_it_keeps_a_doubt_when_the_classes_come_from_a_table() -> None:
    # a table's rows may be misread or cut by a page: the excess stays a warning there
    checks = _final_sum("2,700.00", CLASSES, table="支出决算表")
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [("IE-EXP-SUM", "fail", "warning")]


def test_it_keeps_a_doubt_when_a_class_code_is_not_known() -> None:
    classes = [("201", "一般公共服务支出", "2,406.30"), ("208", "社会保障和就业支出", "215.60"),
               ("221", "住房保障支出", "98.10")]
    result = _result()
    result.figures["expenditure_total"] = Figure(
        metric="expenditure_total", value=Decimal("2700.00"), page=2, source="支出总计2,700.00万元",
        fund_scope="全口径", origin="prose", display_scale=2, source_unit="万元")
    result.expenditure_by_function = [FunctionLine(n, Decimal(v.replace(",", "")), c, 2, "", level="款")
                                      for c, n, v in classes]
    checks = list(ie_exp_sum(result))
    assert [(c.outcome, c.severity) for c in checks] == [("fail", "warning")]


# --- PR-REPEAT: the 一般公共预算 appropriation named bare in 总体情况 and again in the 财政拨款 part ---------------------

from disclosures.parsing.checks.stated import pr_repeat_amount  # noqa: E402
from disclosures.parsing.checks.text import text_of  # noqa: E402
from disclosures.parsing.text import page_lines, to_simplified  # noqa: E402

SOURCES = "二、收支总体情况\n2025年收入总计5,120.40万元，其中：一般公共预算拨款{first}，其他收入20.40万元。\n"
GRANT = "三、一般公共预算拨款情况\n一般公共预算财政拨款{second}。\n"


def _repeats(first: str, second: str, kind: str = "决算") -> list[tuple[str, str, str]]:
    pages = [SOURCES.format(first=first), GRANT.format(second=second)]
    checks = pr_repeat_amount(_result(kind), text_of(page_lines(pages)))
    return [(c.rule, c.outcome, c.severity, c.message) for c in checks if "一般公共预算拨款" in c.name]


@pytest.mark.parametrize("kind", ["决算", "预算"])
def test_it_reports_the_bare_appropriation_printed_two_ways(kind: str) -> None:
    found = _repeats("5,100.00万元", "5,010.00万元", kind)
    assert [(r, o, s) for r, o, s, _ in found] == [("PR-REPEAT", "fail", "error")]
    assert "5,100.00万元" in found[0][3] and "5,010.00万元" in found[0][3] and "第2页" in found[0][3]


def test_it_passes_the_bare_appropriation_printed_the_same_way_in_yuan_and_with_spaces() -> None:
    assert [(r, o) for r, o, _, _ in _repeats("5,100.00万元", "51 000 000.00元")] == [("PR-REPEAT", "pass")]


def test_it_takes_a_coarser_printing_within_its_half_step() -> None:
    # 5100.0 stands for 5099.95–5100.05: 5100.04 fits, 5100.06 does not
    assert [o for _, o, _, _ in _repeats("5,100.0万元", "5,100.04万元")] == ["pass"]
    # just past it the two printings are a doubt to look at; far past it, an error
    assert [(o, s) for _, o, s, _ in _repeats("5,100.0万元", "5,100.06万元")] == [("fail", "warning")]
    assert [(o, s) for _, o, s, _ in _repeats("5,100.0万元", "5,101.00万元")] == [("fail", "error")]


def test_it_reads_the_appropriation_in_traditional_characters() -> None:
    traditional = "二、收支總體情況\n2025年收入總計5,120.40萬元，其中：一般公共預算撥款5,100.00萬元，其他收入20.40萬元。\n"
    pages = [to_simplified(traditional)[0], GRANT.format(second="5,010.00万元")]
    checks = pr_repeat_amount(_result(), text_of(page_lines(pages)))
    assert [(c.outcome, c.severity) for c in checks if "一般公共预算拨款" in c.name] == [("fail", "error")]


def test_it_leaves_the_appropriation_spent_or_received_to_their_own_labels() -> None:
    # a 决算 spends what it received less what it carries over: 拨款支出 is another quantity
    pages = [SOURCES.format(first="5,100.00万元"), "三、一般公共预算拨款情况\n一般公共预算财政拨款支出5,010.00万元。\n"]
    checks = pr_repeat_amount(_result(), text_of(page_lines(pages)))
    assert [c for c in checks if "一般公共预算拨款" == c.name.split("：")[-1]] == []


# --- FM-UNIT-10K: 机关运行经费 printed in 元 with the digits of the 公用经费 in 万元; a year glued to the name -----------

from disclosures.parsing.checks.statements import amount_in_yuan_printed_in_wan  # noqa: E402

BASIC = "基本支出中，人员经费512.30万元，用于工资和社保缴费；公用经费{opex}，用于日常运转。\n"
OPC = "（一）机关运行经费\n2025年机关运行经费{opc}。\n"


def _unit_slips(opex: str, opc: str, basic: str = BASIC) -> list[tuple[str, str, str]]:
    pages = [basic.format(opex=opex), OPC.format(opc=opc)]
    checks = amount_in_yuan_printed_in_wan(_result(), text_of(page_lines(pages)))
    return [(c.rule, c.severity, c.message) for c in checks if c.outcome == "fail"]


def test_it_reports_running_costs_in_yuan_with_the_digits_of_the_public_costs_in_wan_yuan() -> None:
    found = _unit_slips("71.35万元", "71.35元")
    assert [(r, s) for r, s, _ in found] == [("FM-UNIT-10K", "error")]
    assert found[0][2].startswith("第2页“机关运行经费71.35元”以元为单位，而第1页公用经费为71.35万元")


def test_it_leaves_running_costs_in_yuan_whose_digits_the_public_costs_do_not_print() -> None:
    # 71.35元 beside 公用经费71.36万元: no ten-thousandfold slip of the same amount
    assert _unit_slips("71.36万元", "71.35元") == []
    # printed in 万元 as the rest: nothing to say
    assert _unit_slips("71.35万元", "71.35万元") == []


def test_it_reads_the_public_costs_across_a_line_break_and_in_half_width_brackets() -> None:
    basic = "（二）基本支出中，人员经费512.30万元；公用经费\n71.35万元(办公、水电等)。\n"
    found = _unit_slips("", "71.35元", basic)
    assert [(r, s) for r, s, _ in found] == [("FM-UNIT-10K", "error")]


def test_it_keeps_a_name_beginning_with_nian_that_follows_no_year() -> None:
    # “年初结转…”: 年 opens the name itself when no year's digits stand before it
    pages = ["收入总计100.00万元；年初结转和结余36.80元。\n", "年初结转和结余为36.80万元。\n"]
    checks = list(amount_in_yuan_printed_in_wan(_result(), text_of(page_lines(pages))))
    assert [(c.rule, c.outcome) for c in checks] == [("FM-UNIT-10K", "fail")]
    assert "“年初结转和结余36.80元”" in checks[0].message


# --- IE-EXP-SUM on an older 预算 收支总表: bare “支出合计” beside “收入合计”, income rows named 拨款/结转 ------------------

from disclosures.parsing.checks.table_lines import summary_spending_classes  # noqa: E402


def _old_summary(social: str, unit: str = "元", total: str = "2,480,600.00") -> str:
    return ("表一 部门收支总表\n" f"单位：{unit}\n" "收入项目 金额 支出项目 金额\n"
            "公共财政预算拨款 2,300,600.00 农林水支出 2,104,100.00\n"
            f"政府性基金拨款 0.00 社会保障和就业支出 {social}\n"
            "其他收入 0.00 住房保障支出 96,300.00\n"
            "上年结转 180,000.00\n"
            f"收入合计 2,480,600.00 支出合计 {total}\n")


def _old_spending(table: str) -> list[tuple[str, str, str, str]]:
    view = text_of(page_lines(["部门预算情况说明正文。", table]))
    return [(c.rule, c.outcome, c.severity, c.message) for c in summary_spending_classes(_result("预算"), view)]


def test_it_reports_an_older_summary_whose_spending_rows_miss_the_bare_total() -> None:
    # 2,104,100.00 + 290,200.00 + 96,300.00 = 2,490,600.00 against 支出合计 2,480,600.00
    found = _old_spending(_old_summary("290,200.00"))
    assert [(r, o, s) for r, o, s, _ in found] == [("IE-EXP-SUM", "fail", "error")]
    assert "支出合计248.06（2,480,600.00元）" in found[0][3] and "29.02（290,200.00元）" in found[0][3]
    assert "本年支出合计" not in found[0][3]


@pytest.mark.parametrize("social", ["280,200.00", "280, 200.00"])
def test_it_passes_an_older_summary_that_adds_up_whatever_the_spacing(social: str) -> None:
    assert [(r, o) for r, o, _, _ in _old_spending(_old_summary(social))] == [("IE-EXP-SUM", "pass")]


def test_the_older_summary_edge_is_half_a_cent_per_printed_amount() -> None:
    # in 万元 the three rows and the total each stand for ±0.005: 0.01 off is a note, 0.03 off an error
    table = ("表一 部门收支总表\n单位：万元\n收入项目 金额 支出项目 金额\n"
             "公共财政预算拨款 230.06 农林水支出 210.41\n政府性基金拨款 0.00 社会保障和就业支出 {s}\n"
             "其他收入 0.00 住房保障支出 9.63\n上年结转 18.00\n收入合计 248.06 支出合计 248.06\n")
    assert [(o, s) for _, o, s, _ in _old_spending(table.format(s="28.03"))] == [("fail", "info")]
    assert [(o, s) for _, o, s, _ in _old_spending(table.format(s="28.05"))] == [("fail", "error")]


# --- TB-T3 row by row in a 合计 | 人员经费 | 公用经费 基本支出表; no comparison with 301 unread ------------------------

from disclosures.parsing.checks.figures import tb_t3  # noqa: E402
from disclosures.parsing.checks.table_lines import basic_table_row_sides  # noqa: E402
from disclosures.parsing.types import EconomicLine  # noqa: E402


def _basic_table(wages: str, unit: str = "万元") -> str:
    return ("表三 一般公共预算基本支出表\n" f"单位：{unit}\n" "经济分类科目 合计 人员经费 公用经费\n"
            f"301 工资福利支出 {wages}\n" "302 商品和服务支出 84.10 84.10\n"
            "303 对个人和家庭的补助 40.20 40.20\n" "合计 612.40 528.30 84.10\n")


def _rows(table: str) -> list[tuple[str, str, str, str]]:
    view = text_of(page_lines(["部门预算情况说明正文。", table]))
    return [(c.rule, c.outcome, c.severity, c.message) for c in basic_table_row_sides(_result("预算"), view)]


def test_it_reports_a_personnel_row_whose_total_is_not_its_personnel_cell() -> None:
    found = _rows(_basic_table("506.10 488.10"))
    assert [(r, o, s) for r, o, s, _ in found] == [("TB-T3", "fail", "error")]
    assert "301工资福利支出合计506.10" in found[0][3] and "人员经费488.10" in found[0][3] and "差18" in found[0][3]


def test_it_says_nothing_of_rows_that_agree_even_spaced_inside_a_number() -> None:
    assert _rows(_basic_table("488.10 488.10")) == []
    assert _rows(_basic_table("4 88.10 488.10")) == []


def test_the_row_edge_is_half_a_cent_per_printed_amount() -> None:
    assert [(o, s) for _, o, s, _ in _rows(_basic_table("488.11 488.10"))] == [("fail", "info")]
    assert [(o, s) for _, o, s, _ in _rows(_basic_table("488.12 488.10"))] == [("fail", "error")]


def test_a_row_with_three_amounts_adds_its_two_sides() -> None:
    table = _basic_table("488.10 488.10").replace("302 商品和服务支出 84.10 84.10", "309 资本性支出 9.00 3.00 5.00")
    found = _rows(table)
    assert [(r, o, s) for r, o, s, _ in found] == [("TB-T3", "fail", "error")]
    assert "3.00+5.00=8.00" in found[0][3]


def _figures_t3(lines: list[tuple[str | None, str, str]]) -> list[tuple[str, str]]:
    result = _result("预算")
    result.economic_lines = [EconomicLine(name, Decimal(v), code, 3, "表三基本支出表") for code, name, v in lines]
    return [(c.outcome, c.severity) for c in tb_t3(result) if "人员经费" in c.name]


def test_it_does_not_hold_personnel_costs_to_the_classes_read_when_wages_were_not_read() -> None:
    # the 301 row was dropped: 528.30 against 303's 40.20 alone proves nothing
    lines = [("302", "商品和服务支出", "84.10"), ("303", "对个人和家庭的补助", "40.20"),
             (None, "人员经费", "528.30"), (None, "公用经费", "84.10")]
    assert _figures_t3(lines) == [("insufficient_data", "error")]
    # read, the same classes are compared and their short sum is an error
    assert _figures_t3(lines + [("301", "工资福利支出", "480.10")]) == [("fail", "error")]
    assert _figures_t3(lines + [("301", "工资福利支出", "488.10")]) == [("pass", "error")]
