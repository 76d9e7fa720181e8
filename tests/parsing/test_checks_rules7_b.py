"""Rules fixed for the twelfth blind corpus of the check engine (issue 9, checks_heldout12, items of helper b), each on
small statements written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure


def failures(text: str, rule: str) -> list[tuple[str, str]]:
    result = parse_disclosure(text.encode(), filename="t.txt")
    return [(c.outcome, c.severity) for c in result.checks if c.rule == rule and c.outcome == "fail"]


# --- IE-BP: a 决算 split belongs to 本年支出合计, not to the 支出总计 that adds 年末结转和结余 -------------------------

FINAL = """某县水利局2024年度部门决算情况说明
一、部门概况
某县水利局负责全县水利工作。
二、收入支出决算总体情况说明
2024年度收入总计1,200.00万元，其中本年收入合计1,100.00万元，年初结转和结余100.00万元。
{spending}
三、“三公”经费财政拨款支出决算情况说明
2024年度“三公”经费财政拨款支出决算3.00万元，其中：公务接待费3.00万元。
"""


@pytest.mark.parametrize("spending", [
    "2024年度支出总计1,200.00万元，其中本年支出合计1,050.00万元，年末结转和结余150.00万元。"
    "本年支出中，基本支出400.00万元，项目支出650.00万元。",
    "2024年支出总计1,200.00万元，其中本年支出合计1,050.00万元，年末结转和结余150.00万元。"
    "本年支出合计中，基本支出400.00万元，项目支出650.00万元。",
    "2024年度支出总计1,200.00万元，其中：本年支出1,050.00万元，年末结转和结余150.00万元。"
    "本年支出中，基本支出400.00万元，项目支出650.00万元。",
    "支出总计1,200.00万元，其中本年支出合计1,050.00万元，年末结转和结余150.00万元。"
    "本年支出中，基本支出400.00万元，项目支出650.00万元。",
])
def test_it_adds_the_split_to_the_years_own_spending(spending: str) -> None:
    text = FINAL.format(spending=spending)
    assert failures(text, "IE-BP") == []
    assert parse_disclosure(text.encode(), filename="t.txt").figures["expenditure_total"].value == Decimal("1050.00")


def test_it_still_fires_when_the_split_misses_the_years_own_spending() -> None:
    text = FINAL.format(spending="2024年度支出总计1,200.00万元，其中本年支出合计1,050.00万元，年末结转和结余150.00万元。"
                                 "本年支出中，基本支出400.00万元，项目支出640.00万元。")
    assert failures(text, "IE-BP") == [("fail", "error")]


# --- IE-EXP-SUM: function classes written as a 类/款/项 path; a listing not read whole is not summed -----------------

BUDGET = """某县档案局2025年部门预算情况说明
一、部门基本情况
某县档案局负责全县档案工作。
二、收支预算总体情况
2025年部门收入预算1,000.00万元，全部为一般公共预算拨款收入。2025年部门支出预算1,000.00万元。
三、一般公共预算财政拨款支出预算情况
2025年一般公共预算财政拨款支出1,000.00万元。按功能分类，{listing}。
"""


def classes(text: str) -> dict[str, Decimal]:
    result = parse_disclosure(text.encode(), filename="t.txt")
    return {line.name: line.value for line in result.expenditure_by_function}


@pytest.mark.parametrize("listing", [
    "一般公共服务支出（类）档案事务（款）行政运行（项）500.00万元，一般公共服务支出（类）档案事务（款）档案馆（项）300.00万元，"
    "社会保障和就业支出120.00万元，住房保障支出80.00万元",
    "一般公共服务支出（类）（201）档案事务（款）（20126）行政运行（项）（2012601）500.00万元；"
    "一般公共服务支出（类）（201）档案事务（款）（20126）档案馆（项）（2012604）300.00万元；"
    "社会保障和就业支出（类）行政事业单位养老支出（款）120.00万元；住房保障支出80.00万元",
    "社会保障和就业支出120.00万元，一般公共服务支出（类）档案事务（款）800.00万元，住房保障支出80.00万元",
])
def test_it_sums_path_items_per_class(listing: str) -> None:
    text = BUDGET.format(listing=listing)
    assert classes(text) == {"一般公共服务支出": Decimal("800.00"), "社会保障和就业支出": Decimal("120.00"),
                             "住房保障支出": Decimal("80.00")}
    assert failures(text, "IE-EXP-SUM") == []


def test_it_still_fires_when_the_path_items_miss_the_total() -> None:
    text = BUDGET.format(listing="一般公共服务支出（类）档案事务（款）行政运行（项）500.00万元，一般公共服务支出（类）档案事务（款）"
                                 "档案馆（项）250.00万元，社会保障和就业支出120.00万元，住房保障支出80.00万元")
    assert classes(text)["一般公共服务支出"] == Decimal("750.00")
    assert failures(text, "IE-EXP-SUM") == [("fail", "error")]


def test_a_class_stated_by_itself_keeps_its_amount_beside_its_paths() -> None:
    text = BUDGET.format(listing="一般公共服务支出800.00万元，一般公共服务支出（类）档案事务（款）行政运行（项）500.00万元，"
                                 "社会保障和就业支出120.00万元，住房保障支出80.00万元")
    assert classes(text)["一般公共服务支出"] == Decimal("800.00")
    assert failures(text, "IE-EXP-SUM") == []


@pytest.mark.parametrize("unread", [
    "一般公共服务支出预算安排800.00万元",
    "一般公共服务支出（类）中档案事务800.00万元",
])
def test_a_listing_not_read_whole_is_not_summed(unread: str) -> None:
    text = BUDGET.format(listing=f"{unread}，社会保障和就业支出120.00万元，住房保障支出80.00万元")
    assert classes(text) == {}
    assert failures(text, "IE-EXP-SUM") == []


# --- CP-IDENT: the document's own figure stated under another unit of its region ----------------------------------

LIBRARY = """临泉县图书馆2024年单位预算情况说明
一、单位基本情况
临泉县图书馆是临泉县文化和旅游局所属公益一类事业单位。{about}
二、收支预算总体情况
2024年单位收入预算300.00万元，全部为一般公共预算拨款收入。2024年单位支出预算300.00万元，其中基本支出200.00万元，项目支出100.00万元。
三、“三公”经费预算情况说明
{sangong}
"""
OWN_SANGONG = "2024年临泉县图书馆“三公”经费预算1.20万元，其中：公务用车运行维护费0.80万元，公务接待费0.40万元。"


def other_unit_warnings(*, about: str = "", sangong: str = OWN_SANGONG) -> list[tuple[str, int | None, str]]:
    result = parse_disclosure(LIBRARY.format(about=about, sangong=sangong).encode(), filename="t.txt")
    return [(c.severity, c.page, c.figures[0]["value"]) for c in result.checks
            if c.rule == "CP-IDENT" and c.outcome == "fail" and c.name == "文中单位名称与文件单位一致"]


@pytest.mark.parametrize("sangong", [
    "2024年临泉县文化馆“三公”经费预算1.20万元，其中：公务用车运行维护费0.80万元，公务接待费0.40万元。",
    "临泉县文化馆2024年“三公”经费预算1.20万元，其中：公务用车运行维护费0.80万元，公务接待费0.40万元。",
    "2024年临泉县博物馆\"三公\"经费预算1.20万元，其中：公务用车运行维护费0.80万元，公务接待费0.40万元。",
])
def test_it_warns_when_another_unit_holds_the_documents_figure(sangong: str) -> None:
    assert other_unit_warnings(sangong=sangong) == [("warning", 1, "1.20")]


def test_it_reads_the_unit_that_opens_a_sentence_on_income() -> None:
    about = "临泉县文化馆2024年单位预算300.00万元。"
    assert other_unit_warnings(about=about) == [("warning", 1, "300.00")]


@pytest.mark.parametrize("about", [
    "上级主管部门为临泉县文化和旅游局，临泉县文化和旅游局一般公共预算拨款300.00万元中含本馆经费。",  # the superior body
    "本年向临泉县文化馆转拨一般公共预算拨款300.00万元，用于联合阅读推广活动。",  # a transfer to another unit
    "流动图书服务由临泉县文化馆负责，本馆支付服务费用0.40万元。",  # work another unit does
    "本馆与临泉县文化馆合署办公，临泉县文化馆“三公”经费预算另行公开。",  # sharing offices, no figure of this document
    "临泉县文化馆2024年“三公”经费预算3.50万元，与本馆无关。",  # another unit's own figure, not one of this document's
])
def test_it_does_not_warn_on_other_units_named_legitimately(about: str) -> None:
    assert other_unit_warnings(about=about) == []


def test_it_does_not_warn_on_the_documents_own_name() -> None:
    assert other_unit_warnings() == []


def test_it_does_not_warn_on_a_listed_member_unit() -> None:
    text = """临泉县文化和旅游局2024年部门预算情况说明
一、部门基本情况
纳入本部门预算编制范围的单位包括：局机关、临泉县文化馆。
二、收支预算总体情况
2024年部门收入预算300.00万元，全部为一般公共预算拨款收入。2024年部门支出预算300.00万元，其中基本支出200.00万元，项目支出100.00万元。
三、“三公”经费预算情况说明
2024年“三公”经费预算1.20万元，其中：公务用车运行维护费0.80万元，公务接待费0.40万元。临泉县文化馆“三公”经费预算1.20万元，全部用于流动服务车运行。
"""
    result = parse_disclosure(text.encode(), filename="t.txt")
    assert "临泉县文化馆" in result.member_units
    assert [c for c in result.checks if c.name == "文中单位名称与文件单位一致" and c.outcome == "fail"] == []
