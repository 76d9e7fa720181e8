"""Table, 目录, wording and section rules widened after the blind corpora checks_heldout14 and checks_heldout15
(issue 9). Every line and name here was written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks.prose import cp_sect
from disclosures.parsing.checks.presence import cp_tables, tb_dup, tb_empty
from disclosures.parsing.checks.text import table_spans, text_of
from disclosures.parsing.types import Figure, ParsedDisclosure
from tests.parsing.lines import Line


def unit_result(**kwargs) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县某某局", year=2025, kind="预算", scope="单位", **kwargs)


# --- the maker's line: “单位名称：…单位：万元”, or “编制单位：…” on a line of its own -------------------------------

def empty_fund_table(maker: list[str], *, page: int = 1) -> list[Line]:
    return [Line("表8 政府性基金预算支出表", page), *[Line(x, page) for x in maker],
            Line("科目编码 科目名称 合计 基本支出 项目支出", page, True), Line("合计", page, True)]


MAKERS = [
    ["单位名称：某县某某局 单位：万元"],
    ["部门名称:某县某某局单位:万元"],
    ["编制单位：某县某某局", "单位：万元"],
    ["部门名称：某县某某局", "金额单位：万元"],
    ["填报单位：某县某某局", "单位：元"],
]


@pytest.mark.parametrize("maker", MAKERS)
def test_it_finds_the_table_whatever_line_names_its_maker(maker: list[str]) -> None:
    spans = table_spans(text_of(empty_fund_table(maker)), unit_result())
    assert [s.caption for s in spans] == ["政府性基金预算支出表"]


@pytest.mark.parametrize("maker", MAKERS)
def test_it_warns_on_an_empty_table_without_a_note_under_any_maker_line(maker: list[str]) -> None:
    found = [(c.rule, c.outcome, c.severity) for c in tb_empty(unit_result(), text_of(empty_fund_table(maker)))]
    assert found == [("TB-EMPTY", "fail", "warning")]


def test_it_accepts_the_empty_table_with_its_note_under_a_maker_line() -> None:
    lines = empty_fund_table(["编制单位：某县某某局", "单位：万元"]) + [Line("注：本单位无政府性基金预算收支，故本表为空表。")]
    assert list(tb_empty(unit_result(), text_of(lines))) == []


def test_a_maker_sentence_in_prose_is_no_caption() -> None:
    # a long prose line naming the unit is no maker's line: the caption stays unread and nothing is judged
    lines = [Line("表8 政府性基金预算支出表"), Line("单位名称：某县某某局，负责全县林业生态保护和修复工作，下设三个股室及两个站所。"),
             Line("单位：万元"), Line("科目编码 科目名称 合计", tabular=True)]
    assert table_spans(text_of(lines), unit_result()) == []


# --- CP-TABLES: a table the 目录 lists but the file does not print -----------------------------------------------

def with_contents(entries: list[str], tables: list[str], maker: str) -> list[Line]:
    lines = [Line("目录", 1), *[Line(e, 1) for e in entries]]
    for page, caption in enumerate(tables, start=2):
        lines += [Line(caption, page), Line(maker, page), Line("项目 预算数", page, True),
                  Line("合计 12.50", page, True)]
    return lines


@pytest.mark.parametrize("maker", ["单位名称：某县某某局单位：万元", "部门名称：某县某某局 金额单位：万元"])
@pytest.mark.parametrize(("entries", "missing"), [
    (["表一 部门收支总表", "表二 部门收入总表", "表三 政府性基金预算支出表"], "表三 政府性基金预算支出表"),
    (["1.单位收支总表", "2.单位收入总表", "3.单位预算项目绩效目标表"], "3.单位预算项目绩效目标表"),
])
def test_it_warns_on_a_listed_table_the_file_lacks(entries: list[str], missing: str, maker: str) -> None:
    tables = [e.split(" ")[-1].split(".")[-1] for e in entries[:2]]
    found = [(c.outcome, c.severity, c.figures[0]["value"]) for c in cp_tables(unit_result(), text_of(
        with_contents(entries, tables, maker))) if c.outcome == "fail"]
    assert found == [("fail", "warning", missing)]


def test_it_finds_every_listed_table_printed_under_a_maker_line() -> None:
    entries = ["表一 部门收支总表", "表二 部门收入总表"]
    checks = list(cp_tables(unit_result(), text_of(with_contents(entries, ["部门收支总表", "部门收入总表"],
                                                                 "单位名称：某县某某局单位：万元"))))
    assert [(c.outcome, c.severity) for c in checks] == [("pass", "warning")]


# --- TB-DUP: a caption that only shares its tail with another is another table -----------------------------------

def two_tables(first: str, second: str) -> list[Line]:
    lines = []
    for page, caption in ((1, first), (2, second)):
        lines += [Line(caption, page), Line("单位名称：某县某某局单位：万元", page),
                  Line("一、财政拨款收入 240.00 社会保障和就业支出 40.00", page, True),
                  Line("本年支出合计 240.00", page, True)]
    return lines


@pytest.mark.parametrize(("first", "second"), [
    ("表1收入支出决算总表", "表4财政拨款收入支出决算总表"),
    ("表1部门收支总表", "表4财政拨款收支总表"),
])
def test_it_does_not_call_two_tables_of_one_funding_source_duplicates(first: str, second: str) -> None:
    assert list(tb_dup(unit_result(), text_of(two_tables(first, second)))) == []


@pytest.mark.parametrize(("first", "second"), [
    ("表5一般公共预算支出表", "表5一般公共预算支出表"),
    ("表5一般公共预算支出表", "般公共预算支出表"),          # the repeat read with its head lost
])
def test_it_still_calls_a_table_printed_twice_a_duplicate(first: str, second: str) -> None:
    assert [c.rule for c in tb_dup(unit_result(), text_of(two_tables(first, second)))] == ["TB-DUP"]


# --- CP-SECT: each required part under the names real templates give it -----------------------------------------

ALL_PARTS = ["一、部门主要职能", "二、收支预算总体情况", "三、“三公”经费预算情况说明", "四、机关运行经费",
             "五、政府采购情况", "六、绩效目标设置情况", "七、国有资产占用情况", "八、名词解释"]


def missing_parts(lines: list[str]) -> list[str]:
    result = ParsedDisclosure(unit="某县某某局", year=2025, kind="预算", scope="部门", pages=12, genre="情况说明")
    result.figures = {"income_total": Figure(metric="income_total", value=Decimal("320.00"))}
    checks = cp_sect(result, text_of([Line(x) for x in lines]))
    return [c.figures[0]["value"] for c in checks if c.outcome == "fail"]


@pytest.mark.parametrize("heading", ["第一部分 部门概况", "一、单位概况", "一、基本概况", "（一）主要职能"])
def test_it_takes_an_overview_heading_for_the_basic_situation(heading: str) -> None:
    assert missing_parts([heading, *ALL_PARTS[1:]]) == []


@pytest.mark.parametrize("heading", ["一、收入支出决算总体情况", "二、收入预算情况", "一、收支预算总表说明"])
def test_it_takes_the_income_part_of_either_kind(heading: str) -> None:
    assert missing_parts([ALL_PARTS[0], heading, *ALL_PARTS[2:]]) == []


@pytest.mark.parametrize("sentence", ["截至2024年底，本部门有一般公务用车2辆。", "截至2024年12月31日，本单位无公务用车。",
                                      "截至上年末共有车辆3辆，其中一般公务用车3辆。"])
def test_it_takes_the_count_of_cars_for_the_assets_item(sentence: str) -> None:
    assert missing_parts([*ALL_PARTS[:6], sentence, ALL_PARTS[7]]) == []


def test_it_still_warns_on_the_parts_really_absent() -> None:
    lines = ["一、单位概况", "二、收支预算总体情况", "三、“三公”经费预算情况说明", "四、机关运行经费", "五、政府采购情况",
             "本局公务员编制10名，实有9人。"]  # no 绩效, no assets or cars, no 名词解释
    assert missing_parts(lines) == ["绩效目标情况", "国有资产占用情况", "名词解释"]


# --- CP-IDENT: what a unit says of itself, said under another unit's name ----------------------------------------

BUREAU = """吉林省洮南市文化广电和旅游局2024年部门预算情况说明
一、基本情况
市文化广电和旅游局负责全市文化、广播电视和旅游工作。
{about}
二、收支预算总体情况
2024年收入预算400.00万元，全部为一般公共预算拨款收入。2024年支出预算400.00万元，其中基本支出300.00万元，项目支出100.00万元。
三、其他重要事项
2024年机关运行经费预算30.00万元。
"""

STATION = """罗平县阿岗水库管理所2022年单位预算公开说明
一、单位基本情况
罗平县阿岗水库管理所为县水务局下属公益一类事业单位，负责水库大坝安全监测和维修养护。
二、收支预算情况说明
2022年罗平县阿岗水库管理所收入预算总额为200.00万元，全部为一般公共预算拨款。支出预算总额为200.00万元，其中基本支出150.00万元，项目支出50.00万元。
三、其他重要事项
{about}
"""


def ident_warnings(template: str, about: str) -> list[tuple[str, int | None, str]]:
    result = parse_disclosure(template.format(about=about).encode(), filename="t.txt")
    return [(c.severity, c.page, c.figures[0]["value"]) for c in result.checks
            if c.rule == "CP-IDENT" and c.outcome == "fail" and c.name == "文中单位名称与文件单位一致"]


@pytest.mark.parametrize(("about", "value"), [
    ("大安市文化广电和旅游局核定编制36名，其中行政编制22名；2023年末实有在职人员33人。", "36"),
    ("核定编制36名。镇赉县文化广电和旅游局2023年末实有在职人员33人。", "33"),
    ("通榆县文化广电和旅游局为市政府工作部门，核定行政编制20名。", "通榆县文化广电和旅游局"),
])
def test_it_warns_on_the_units_namesake_in_another_region(about: str, value: str) -> None:
    assert ident_warnings(BUREAU, about) == [("warning", 1, value)]


@pytest.mark.parametrize("about", [
    "洮南市文化广电和旅游局核定编制36名，2023年末实有在职人员33人。",          # its own name
    "白城市文化广电和旅游局为本局上级主管部门，本局核定编制36名。",             # the superior body
    "本局参照大安市文化广电和旅游局做法，核定编制36名。",                       # a mention, not a clause's subject
    "大安市文化广电和旅游局来我局交流全域旅游经验，本局核定编制36名。",         # another region's body, no fact of itself
])
def test_it_does_not_warn_on_namesakes_named_legitimately(about: str) -> None:
    assert ident_warnings(BUREAU, about) == []


@pytest.mark.parametrize(("about", "value"), [
    ("（一）机关运行经费：罗平县九龙河水库管理所为公益一类事业单位，不在机关运行经费统计范围。", "罗平县九龙河水库管理所"),
    ("罗平县九龙河水库管理所不在机关运行经费统计范围。", "罗平县九龙河水库管理所"),
    ("罗平县九龙河水库管理所核定编制15名，实有在编人员14人。", "15"),
])
def test_it_warns_on_a_siblings_name_over_the_units_own_facts(about: str, value: str) -> None:
    assert ident_warnings(STATION, about) == [("warning", 1, value)]


@pytest.mark.parametrize("about", [
    "本单位为公益一类事业单位，不在机关运行经费统计范围。",
    "上级主管部门为罗平县水务局，罗平县水务局为参照公务员法管理的行政单位。",   # the superior body
    "库区巡查由罗平县九龙河水库管理所负责，本所支付巡查费用2.00万元。",         # 由…负责
    "本所与罗平县九龙河水库管理所合署办公，不在机关运行经费统计范围。",         # 与…合署
    "罗平县水务局下属罗平县九龙河水库管理所另行公开预算。",                     # a mention without a fact of itself
])
def test_it_does_not_warn_on_siblings_named_legitimately(about: str) -> None:
    assert ident_warnings(STATION, about) == []


# --- FM-YEAR: a this-year 绩效目标 sentence under last year's year -----------------------------------------------

FOREST = """某县林业局2025年单位预算情况说明
一、收支预算总体情况
2025年收入预算500.00万元，全部为一般公共预算拨款收入。2025年支出预算500.00万元，其中基本支出260.00万元，项目支出240.00万元。
二、其他重要事项
{about}
"""


def year_warnings(about: str) -> list[tuple[str, str]]:
    result = parse_disclosure(FOREST.format(about=about).encode(), filename="t.txt")
    return [(c.severity, c.figures[0]["value"]) for c in result.checks
            if c.rule == "FM-YEAR" and c.outcome == "fail" and c.severity in ("error", "warning")]


@pytest.mark.parametrize("about", [
    "（四）绩效目标设置情况。2024年实行绩效目标管理的项目3个，涉及一般公共预算财政拨款240.00万元。",
    "2024年纳入绩效目标管理的项目5个，涉及资金240.00万元。",
    "2024年绩效目标管理项目4个，金额240.00万元，全部设置了绩效目标。",
])
def test_it_warns_on_this_years_targets_under_last_year(about: str) -> None:
    assert year_warnings(about) == [("warning", "2024")]


@pytest.mark.parametrize("about", [
    "2025年实行绩效目标管理的项目3个，涉及一般公共预算财政拨款240.00万元。",   # its own year
    "2024年实行绩效目标管理的项目2个，涉及资金180.00万元，今年增加1个。",        # last year's own amount
    "2024年实行绩效目标管理的项目3个，2025年增加到4个，涉及资金240.00万元。",   # the amount belongs to the year after
])
def test_it_does_not_warn_on_last_year_named_legitimately(about: str) -> None:
    assert year_warnings(about) == []
