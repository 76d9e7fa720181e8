"""Rules fixed for the blind corpora checks_heldout16 and checks_heldout17 (issue 9, items of helper b), each on small
statements written for these tests (made-up figures and units)."""
from __future__ import annotations

import pytest

from disclosures.parsing import parse_disclosure

STATEMENT = """某省某县水务局2024年单位预算情况说明
一、单位基本情况
某县水务局为独立核算单位，无下属二级单位。
二、收支预算总体情况
{change}
三、“三公”经费预算情况说明
2024年“三公”经费预算3.00万元，与上年持平。
"""


def failures(change: str, *rules: str) -> list:
    result = parse_disclosure(STATEMENT.format(change=change).encode(), filename="t.txt")
    return [c for c in result.checks if c.rule in rules and c.outcome == "fail" and c.severity in ("error", "warning")]


def values(check) -> list[str]:
    return [str(f["value"]) for f in check.figures]


# --- last year's amount in brackets after its word: the change held to both years --------------------------------

@pytest.mark.parametrize("change", [
    "2024年收入、支出预算总计均为229.29万元，比上年（220.90万元）减少8.39万元，下降3.80%。",
    "2024年支出预算229.29万元,比上年(220.90万元)减少8.39万元,下降3.80%。",
    "2024年支出预算229.29万元，与上年（220.90万元）相比减少8.39万元。",
    "2024年支出预算229.29万元，较上年（220.90万元）下降8.39万元，降幅3.80%。",
])
def test_it_flags_a_change_worded_against_a_bracketed_prior(change: str) -> None:
    found = failures(change, "PR-DIR", "PR-REPEAT", "PR-PCT")
    assert [(c.rule, c.severity) for c in found] == [("PR-DIR", "error")]
    assert "实为增加8.39万元" in found[0].message and "220.90万元" in found[0].message


@pytest.mark.parametrize("change", [
    "2024年一般公共预算财政拨款支出预算1,124.44万元，与上年（1,064.81万元）相比增加58.71万元，增长5.51%。",
    "2024年支出预算1,124.44万元，比上年（1,064.81万元）增加58.71万元。",
    "2024年支出预算1,124.44万元,较上年(1,064.81万元)增长58.71万元。",
])
def test_it_flags_a_wrong_change_beside_a_bracketed_prior(change: str) -> None:
    found = failures(change, "PR-DIR", "PR-REPEAT")
    assert [(c.rule, c.severity) for c in found] == [("PR-REPEAT", "error")]
    assert "两数之差为59.63万元" in found[0].message and "58.71" in values(found[0])


@pytest.mark.parametrize("change", [
    "2024年收入、支出预算总计均为229.29万元，比上年（220.90万元）增加8.39万元，增长3.80%。",
    "2024年支出预算229.29万元,与上年(220.90万元)相比增加8.39万元。",
    "2024年支出预算212.51万元，比上年（220.90万元）减少8.39万元，下降3.80%。",
    "2024年支出预算229.29万元，比上年（2023年）增加8.39万元，增长3.80%。",
])
def test_it_accepts_a_change_that_fits_its_bracketed_prior(change: str) -> None:
    assert failures(change, "PR-DIR", "PR-REPEAT", "PR-PCT") == []


# --- CP-IDENT: the unit under its region's name from before 撤县设市/撤县设区 --------------------------------------------

NAMED = """江苏省宜兴市水务局2024年单位预算情况说明
一、单位基本情况
{clause}宜兴市水务局核定编制20名，实有在职人员18人。
二、收支预算总体情况
2024年收入预算合计520.00万元，支出预算合计520.00万元。
"""


def identity_failures(clause: str, template: str = NAMED) -> list:
    result = parse_disclosure(template.format(clause=clause).encode(), filename="t.txt")
    return [c for c in result.checks if c.rule == "CP-IDENT" and c.outcome == "fail"]


@pytest.mark.parametrize("clause", [
    "宜兴县水务局为独立核算单位，无下属二级单位。",
    "2024年，宜兴县水务局负责全市水资源管理。",
    "（一）宜兴县水务局主要职能：负责水利工程建设。",
])
def test_it_flags_the_unit_under_its_regions_former_name(clause: str) -> None:
    found = identity_failures(clause)
    assert [(c.severity, c.page, values(c)) for c in found] == [("warning", 1, ["宜兴县水务局"])]
    assert "江苏省宜兴市水务局" in found[0].message


def test_it_flags_a_district_under_its_former_county_name() -> None:
    template = NAMED.replace("江苏省宜兴市水务局", "天津市武清区水务局").replace("宜兴市水务局", "武清区水务局")
    found = identity_failures("武清县水务局为独立核算单位。", template)
    assert [values(c) for c in found] == [["武清县水务局"]]


@pytest.mark.parametrize("clause", [
    "宜兴市水务局为独立核算单位，无下属二级单位。",
    "原宜兴县水务局于1988年随撤县设市更名。",
    "负责全县水利工程建设，宜兴县撤县设市后职能不变。",
    "本局指导宜兴县水利站的业务工作。",
])
def test_it_leaves_the_current_name_and_a_stated_former_one_alone(clause: str) -> None:
    assert identity_failures(clause) == []


# --- a 决算's change on its own 年初预算, read like a change on last year ----------------------------------------------

OUTTURN = """某省某县水利局2022年单位决算情况说明
一、单位基本情况
某县水利局为行政单位。
二、“三公”经费财政拨款支出决算情况说明
“三公”经费决算数18.20万元，比年初预算减少1.80万元，下降9.00%。其中：因公出国（境）费0万元，与年初预算持平；
{clause}
"""


def outturn_failures(clause: str) -> list:
    result = parse_disclosure(OUTTURN.format(clause=clause).encode(), filename="t.txt")
    return [c for c in result.checks if c.rule in ("PR-PCT", "PR-REPEAT", "PR-DIR") and c.outcome == "fail"
            and c.severity in ("error", "warning")]


@pytest.mark.parametrize("clause", [
    "公务接待费4.36万元，比年初预算减少0.46万元，下降12.80%。",
    "公务接待费4.36万元,较年初预算数减少0.46万元,下降12.80%。",
    "公务接待费4.36万元，与年初预算相比减少0.46万元，降幅12.80%。",
])
def test_it_holds_a_rate_on_the_budget_to_the_change_it_states(clause: str) -> None:
    found = outturn_failures(clause)
    assert [(c.rule, c.severity) for c in found] == [("PR-PCT", "error")]
    assert "年初预算4.82万元" in found[0].message and "9.54%" in found[0].message


def test_it_holds_a_change_on_the_budget_to_the_budget_stated_beside_it() -> None:
    found = outturn_failures("公务接待费4.36万元，年初预算为5.00万元，比年初预算减少0.46万元。")
    assert [(c.rule, c.severity) for c in found] == [("PR-REPEAT", "error")]
    assert "两数之差为-0.64万元" in found[0].message


@pytest.mark.parametrize("clause", [
    "公务接待费4.36万元，比年初预算减少0.64万元，下降12.80%。",
    "公务接待费4.36万元，比上年增加0.46万元，比年初预算减少0.64万元。",
    "公务接待费4.36万元，比上年年初预算减少0.46万元，下降9.54%。",
    "公务接待费4.36万元，完成年初预算的87.20%。",
])
def test_it_leaves_a_consistent_or_two_based_sentence_alone(clause: str) -> None:
    assert outturn_failures(clause) == []


SANGONG_PAGE = """<html><body><h1>某省某县水利局2022年单位决算情况说明</h1><h2>一、“三公”经费财政拨款支出决算情况说明</h2>
<p>“三公”经费决算数3.20万元，比年初预算减少{total_change}万元。其中：因公出国（境）费0万元，与年初预算持平；公务用车购置及运行维护费0万元，
与年初预算持平；公务接待费3.20万元，比年初预算减少0.20万元，下降5.88%。</p>
<h2>一般公共预算财政拨款“三公”经费支出决算表</h2><p>单位：万元</p><table>
<tr><th>项目</th><th>合计</th><th>因公出国（境）费</th><th>公务用车购置及运行维护费</th><th>公务接待费</th></tr>
<tr><td>年初预算数</td><td>{budget}</td><td>0.00</td><td>0.00</td><td>{budget}</td></tr>
<tr><td>决算数</td><td>3.20</td><td>0.00</td><td>0.00</td><td>3.20</td></tr></table></body></html>"""


def test_it_holds_a_change_on_the_budget_to_the_tables_budget() -> None:
    page = SANGONG_PAGE.format(budget="4.00", total_change="0.80")
    result = parse_disclosure(page.encode(), filename="t.html")
    found = [c for c in result.checks if c.rule.startswith("PR-") and c.outcome == "fail" and c.severity == "error"]
    assert [(c.rule, c.message.split("，文中")[0]) for c in found] == [
        ("PR-REPEAT", "第1页本年3.20万元、年初预算4.00万元，两数之差为-0.8万元")]


def test_it_accepts_a_change_that_fits_the_tables_budget() -> None:
    page = SANGONG_PAGE.format(budget="3.40", total_change="0.20")
    result = parse_disclosure(page.encode(), filename="t.html")
    assert [c for c in result.checks if c.rule.startswith("PR-") and c.outcome == "fail"
            and c.severity in ("error", "warning")] == []


# --- PT-MAP: the 一般公共预算财政拨款支出 the words state against the 合计 of its 附表 --------------------------------------

SPENDING = """某省某县交通运输局2024年单位预算情况说明
一、单位基本情况
某县交通运输局为行政单位。
二、一般公共预算财政拨款支出预算情况说明
{sentence}
三、附表
表2 一般公共预算财政拨款支出预算表
单位：{unit}
科目编码 科目名称 合计 基本支出 项目支出
合计 {total} {basic} {project}
{rows}"""
IN_WAN = {"unit": "万元", "total": "3,597.59", "basic": "1,155.79", "project": "2,441.80", "rows": """\
208 社会保障和就业支出 164.59 164.59 0.00
210 卫生健康支出 58.09 58.09 0.00
214 交通运输支出 3,287.78 845.98 2,441.80
221 住房保障支出 87.13 87.13 0.00"""}


def spending_failures(sentence: str, **table: str) -> list:
    text = SPENDING.format(sentence=sentence, **{**IN_WAN, **table})
    result = parse_disclosure(text.encode(), filename="t.txt")
    return [c for c in result.checks if c.rule == "PT-MAP" and c.outcome == "fail"]


@pytest.mark.parametrize("sentence", [
    "2024年一般公共预算财政拨款支出3,579.59万元，主要用于公路养护和人员经费。",
    "本年度一般公共预算财政拨款支出预算为3579.59万元，主要用于公路养护。",
    "2024年度一般公共预算拨款支出35,795,900.00元，主要用于公路养护。",
])
def test_it_holds_the_stated_general_spending_to_its_tables_total(sentence: str) -> None:
    found = spending_failures(sentence)
    assert [(c.severity, values(c)) for c in found] == [("error", ["3579.59", "3597.59"])]
    assert "一般公共预算财政拨款支出预算表合计" in found[0].message


@pytest.mark.parametrize("sentence", [
    "2024年一般公共预算财政拨款支出3,597.59万元，主要用于公路养护和人员经费。",
    "2024年一般公共预算财政拨款支出3,597.6万元，主要用于公路养护。",
    "上年一般公共预算财政拨款支出3,579.59万元，本年主要用于公路养护。",
    "2023年一般公共预算财政拨款支出3,579.59万元，本年主要用于公路养护。",
    "2024年一般公共预算财政拨款基本支出1,115.79万元，主要用于人员经费。",
])
def test_it_leaves_a_matching_or_another_spending_alone(sentence: str) -> None:
    assert spending_failures(sentence) == []


def test_it_reads_a_table_printed_in_yuan() -> None:
    table = {"unit": "元", "total": "35,975,900.00", "basic": "11,557,900.00", "project": "24,418,000.00",
             "rows": "214 交通运输支出 35,975,900.00 11,557,900.00 24,418,000.00"}
    found = spending_failures("2024年一般公共预算财政拨款支出3,579.59万元，主要用于公路养护。", **table)
    assert [(c.severity, values(c)) for c in found] == [("error", ["3579.59", "3597.59"])]
