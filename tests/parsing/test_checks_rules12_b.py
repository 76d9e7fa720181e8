"""Rules fixed for the blind corpora checks_heldout18 and checks_heldout19 (issue 9, items of helper b), each on small
statements written for these tests (made-up figures and units)."""
from __future__ import annotations

import pytest

from disclosures.parsing import parse_disclosure

STATEMENT = """某省某县林业局2023年度部门决算情况说明
一、部门基本情况
某县林业局为独立核算单位，无下属二级单位。
二、收入支出决算总体情况
{change}
三、“三公”经费支出决算情况说明
2023年度“三公”经费支出3.00万元，与上年持平。
"""


def failures(change: str, *rules: str) -> list:
    result = parse_disclosure(STATEMENT.format(change=change).encode(), filename="t.txt")
    return [c for c in result.checks if c.rule in rules and c.outcome == "fail" and c.severity in ("error", "warning")]


def passes(change: str, rule: str) -> list:
    result = parse_disclosure(STATEMENT.format(change=change).encode(), filename="t.txt")
    return [c for c in result.checks if c.rule == rule and c.outcome == "pass"]


# --- a change and its rate printed in 元, the amount in the sentence before -----------------------------------------

@pytest.mark.parametrize("change", [
    "2023年度收入总计19,959,808.66元、支出总计19,959,808.66元。与2022年度相比，收、支总计各增加2,117,193.36元，增长10.61%。",
    "2023年度支出总计19,959,808.66元。与上年相比，增加2,117,193.36元，增长10.61%。",
    "2023年度支出总计19,959,808.66元，比上年增加2,117,193.36元，增长10.61%。",
])
def test_it_flags_a_wrong_rate_on_amounts_in_yuan(change: str) -> None:
    found = failures(change, "PR-PCT")
    assert [(c.rule, c.severity) for c in found] == [("PR-PCT", "error")]
    assert "17842615.30元" in found[0].message and "11.87%" in found[0].message


@pytest.mark.parametrize("change", [
    "2023年度收入总计19,959,808.66元、支出总计19,959,808.66元。与2022年度相比，收、支总计各增加2,117,193.36元，增长11.87%。",
    "2023年度支出总计19,959,808.66元，比上年增加2,117,193.36元，增长11.87%。",
])
def test_it_accepts_a_right_rate_on_amounts_in_yuan(change: str) -> None:
    assert failures(change, "PR-PCT") == []
    assert passes(change, "PR-PCT")


def test_it_does_not_read_a_change_in_yuan_against_an_amount_in_wan() -> None:
    change = "2023年度支出总计1,995.98万元。与上年相比，其中培训费增加2,117.36元，增长10.61%。"
    assert failures(change, "PR-PCT") == []


# --- a headcount split by the three post classes -------------------------------------------------------------------

@pytest.mark.parametrize("split", [
    "编制数68人，其中：管理人员9人，专业技术人员52人，工勤技能人员6人；实有在职人数61人。",
    "编制68名，其中管理人员9名、专业技术人员52名、工勤技能人员6名。",
    "编制数68人，其中专技人员52人、管理岗位9人、工勤岗位6人。",
])
def test_it_flags_a_split_by_post_class_that_misses_its_total(split: str) -> None:
    found = failures(split, "PR-HEAD-SUM")
    assert [(c.rule, c.severity) for c in found] == [("PR-HEAD-SUM", "warning")]
    assert "=67" in found[0].message and "68" in found[0].message


def test_it_accepts_a_split_by_post_class_that_adds_up() -> None:
    split = "编制数68人，其中：管理人员9人，专业技术人员52人，工勤技能人员7人。"
    assert failures(split, "PR-HEAD-SUM") == []
    assert passes(split, "PR-HEAD-SUM")


def test_it_leaves_a_split_naming_two_post_classes_unchecked() -> None:
    split = "编制数68人，其中管理人员9人、专业技术人员52人。"
    assert failures(split, "PR-HEAD-SUM") == []


# --- the unit's own figure under another name of its region ----------------------------------------------------------

BUREAU = """重庆市某某区水利局2025年部门预算情况说明
一、部门基本情况
重庆市某某区水利局下设2个单位，包括：重庆市某某区水利局（本级）、重庆市某某区水利工程管理中心。
二、收支预算总体情况
2025年收入预算1,310.86万元，支出预算1,310.86万元。
三、其他重要事项的情况说明
（一）机关运行经费
{sentence}
"""


def bureau_flags(sentence: str) -> list:
    result = parse_disclosure(BUREAU.format(sentence=sentence).encode(), filename="t.txt")
    return [c for c in result.checks if c.rule == "CP-IDENT" and c.outcome == "fail"]


@pytest.mark.parametrize("sentence", [
    "2025年重庆市某某区水务局机关运行经费预算41.08万元，比上年减少2.17万元，下降5.02%。",
    "重庆市某某区水务局2025年机关运行经费预算41.08万元。",
    "2025年某某区水务局机关运行经费预算41.08万元。",
])
def test_it_flags_the_own_figure_under_another_bureau_of_the_region(sentence: str) -> None:
    found = bureau_flags(sentence)
    assert len(found) == 1 and found[0].severity == "warning"
    assert "某某区水务局" in found[0].message and "41.08" in [str(f["value"]) for f in found[0].figures]


@pytest.mark.parametrize("sentence", [
    "2025年重庆市某某区水利局机关运行经费预算41.08万元。",
    "2025年本部门机关运行经费预算41.08万元，主管部门为重庆市某某区人民政府。",
    "2025年本部门机关运行经费预算41.08万元，由重庆市某某区水务局统一核算。",  # another body named mid-clause
])
def test_it_accepts_the_unit_itself_or_another_body_with_its_own_figure(sentence: str) -> None:
    assert bureau_flags(sentence) == []


TOWN = """云南省某海县勐遮镇人民政府2025年部门预算情况说明
一、部门基本情况
勐遮镇人民政府为一级预算单位。
二、收支预算总体情况
2025年收入预算1,899.78万元，支出预算1,899.78万元。
三、“三公”经费预算情况说明
{sentence}
"""


def town_flags(sentence: str) -> list:
    result = parse_disclosure(TOWN.format(sentence=sentence).encode(), filename="t.txt")
    return [c for c in result.checks if c.rule == "CP-IDENT" and c.outcome == "fail"]


@pytest.mark.parametrize("sentence", [
    "2025年勐混镇人民政府“三公”经费预算13.40万元，比2024年减少0.70万元。",
    "勐混镇人民政府2025年“三公”经费预算13.40万元。",
    "2025年某海县打洛镇人民政府“三公”经费预算13.40万元。",
])
def test_it_flags_the_own_figure_under_a_sibling_township(sentence: str) -> None:
    found = town_flags(sentence)
    assert len(found) == 1 and found[0].severity == "warning"
    assert "镇人民政府" in found[0].message and "勐遮镇人民政府" in found[0].message


@pytest.mark.parametrize("sentence", [
    "2025年勐遮镇人民政府“三公”经费预算13.40万元。",
    "2025年某海县勐遮镇人民政府“三公”经费预算13.40万元。",
    "2025年“三公”经费预算13.40万元，勐混镇人民政府“三公”经费预算9.00万元。",  # another town's own figure
])
def test_it_accepts_the_township_itself_or_a_sibling_with_its_own_figure(sentence: str) -> None:
    assert town_flags(sentence) == []


# --- 机关运行经费 against the 公用经费 of a 基本支出 split printed after its change ---------------------------------------

BASIC = """某省某县某某镇人民政府2025年部门预算情况说明
一、收支预算总体情况
2025年收入预算1,899.78万元，支出预算1,899.78万元。
二、一般公共预算财政拨款支出预算情况
2025年一般公共预算财政拨款支出1,864.28万元。其中：{basic}项目支出683.33万元。
三、其他重要事项的情况说明
（一）机关运行经费：2025年本部门机关运行经费预算{costs}万元，主要用于办公费、水电费等日常公用支出。
"""


def opc_checks(basic: str, costs: str) -> list:
    result = parse_disclosure(BASIC.format(basic=basic, costs=costs).encode(), filename="t.txt")
    return [c for c in result.checks if c.rule == "TT-OPC-ECON"]


@pytest.mark.parametrize("basic", [
    "基本支出1,180.95万元，比2024年增加29.65万元，其中人员经费1,102.35万元、公用经费78.60万元；",
    "基本支出1,180.95万元，较上年减少29.65万元，下降2.45%，其中：人员经费1,102.35万元，公用经费78.60万元；",
    "基本支出1,180.95万元，与上年相比增加29.65万元，主要用于人员经费1,102.35万元、公用经费78.60万元；",
])
def test_it_holds_the_operating_costs_to_a_split_after_its_change(basic: str) -> None:
    found = opc_checks(basic, "86.70")
    assert [(c.outcome, c.severity) for c in found] == [("fail", "error")]
    assert "86.70" in found[0].message and "78.60" in found[0].message


def test_it_passes_operating_costs_within_that_split() -> None:
    basic = "基本支出1,180.95万元，比2024年增加29.65万元，其中人员经费1,102.35万元、公用经费78.60万元；"
    assert [c.outcome for c in opc_checks(basic, "70.20")] == ["pass"]


def test_it_does_not_read_a_change_clause_as_the_split() -> None:
    basic = "基本支出1,180.95万元，比2024年增加29.65万元，主要是人员经费增加；"
    assert opc_checks(basic, "86.70") == []
