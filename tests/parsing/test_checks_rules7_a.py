"""Rules fixed for the twelfth blind corpus of the check engine (issue 9, checks_heldout12; tables and 目录),
each on small pages written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.presence import listing_key
from disclosures.parsing.checks.text import normal_caption
from disclosures.parsing.text import Line
from disclosures.parsing.types import FunctionLine, ParsedDisclosure


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def _unit_doc() -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试中心", year=2025, kind="预算", scope="单位", figures={})


def _table_page(caption: str) -> list[str]:
    return [caption, "单位:万元", "项目预算数", "合计100.00"]


def _cp_tables(toc: list[str], captions: list[str]) -> list[tuple[str, str, str]]:
    pages = [["目录", *toc], *(_table_page(c) for c in captions)]
    checks = run_checks(_unit_doc(), _Doc(pages))
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == "CP-TABLES"]


# --- CP-TABLES: a 目录 entry and the caption it names, worded differently --------------------------------------------

@pytest.mark.parametrize("raw, normal", [
    ("表一2025年收支总表", "收支总表"),  # the numeral once swallowed the year: "年收支总表"
    ("表十一2025年政府采购预算表", "政府采购表"),
    ("表12025年收入总表", "收入总表"),  # spaces dropped from "表1 2025年收入总表"
    ("表3 2025年支出总表", "支出总表"),
    ("附表1某县测试中心2025年预算收支总表", "预算收支总表"),
    ("表二某县测试中心2025年部门收入预算总表", "部门收入总表"),
    ("表一中共某县测试中心2025年预算收支总表", "预算收支总表"),  # the unit's name in a form the parser did not give
    ("表二测试中心2025年收入总表", "收入总表"),
    ("表三政府性基金预算支出表", "政府性基金预算支出表"),  # no year: nothing before it is taken for a name
    ("(1)部门收支总表", "部门收支总表"),
    ("（二）2025年收入总表", "收入总表"),
    ("表五一般公共预算支出表", "一般公共预算支出表"),  # 五一 is no number: the title keeps its 一般
    ("表十二三公经费支出表", "三公经费支出表"),
    ("表七2025年一般公共预算“三公”经费支出表", "一般公共预算三公经费支出表"),
])
def test_the_number_before_a_title_is_dropped_without_its_year(raw: str, normal: str) -> None:
    assert normal_caption(raw, _unit_doc()) == normal


@pytest.mark.parametrize("caption, key", [
    ("预算收支总表", "收支总表"),
    ("部门收支总表", "收支总表"),
    ("单位预算收入总表", "收入总表"),
    ("部门单位支出总表", "支出总表"),
    ("财政拨款收支决算总表", "财政拨款收支总表"),
    ("一般公共预算支出表", "一般公共预算支出表"),  # the name of a budget keeps its 预算
    ("政府性基金预算支出表", "政府性基金预算支出表"),
    ("国有资本经营预算支出表", "国有资本经营预算支出表"),
])
def test_the_listing_key_drops_the_kind_and_scope_words_only(caption: str, key: str) -> None:
    assert listing_key(caption) == key


def test_toc_entries_with_the_year_find_captions_that_carry_the_unit_name() -> None:
    toc = ["表一2025年收支总表", "表二2025年收入总表", "表三2025年支出总表"]
    captions = ["表一某县测试中心2025年预算收支总表", "表二某县测试中心2025年预算收入总表",
                "表三某县测试中心2025年预算支出总表"]
    assert [(o, s) for o, s, _ in _cp_tables(toc, captions)] == [("pass", "warning")]


@pytest.mark.parametrize("toc, caption", [
    ("表1 2025年部门收支总表", "某县测试中心2025年收支预算总表"),
    ("附表2 2025年收入预算总表", "附表2某县测试中心2025年单位收入总表"),
    ("3.2025年财政拨款收支总表", "表三某县测试中心2025年财政拨款收支预算总表"),
    ("表四 2025年部门预算支出总表", "表四 某县测试中心 2025年 支出总表"),
    ("表五 2025年一般公共预算支出表", "表五 中共某县测试中心2025年一般公共预算支出表"),
    ("(1)部门收支总表", "某县测试中心部门收支总表"),
])
def test_other_wordings_of_one_table_match(toc: str, caption: str) -> None:
    assert [(o, s) for o, s, _ in _cp_tables([toc], [caption])] == [("pass", "warning")]


def test_a_listed_table_that_is_absent_is_still_reported() -> None:
    toc = ["表一2025年收支总表", "表八2025年政府性基金预算支出表", "表九2025年政府采购预算表"]
    captions = ["表一某县测试中心2025年预算收支总表", "表八某县测试中心2025年一般公共预算支出表"]
    found = _cp_tables(toc, captions)
    assert [(o, s) for o, s, _ in found] == [("fail", "warning"), ("fail", "warning")]
    assert "表八2025年政府性基金预算支出表" in found[0][2]
    assert "表九2025年政府采购预算表" in found[1][2]


# --- TB-TOTAL: a table pasted into the words, classes named without codes ------------------------------------------

def _statement(*table: str) -> list[str]:
    return ["某县测试中心2025年单位预算情况说明", "一、收支预算总体情况",
            "2025年支出预算500.00万元,其中:基本支出300.00万元,项目支出200.00万元。支出按功能分类情况见下表。",
            *table, "二、“三公”经费预算情况", "2025年“三公”经费预算2.00万元,与上年持平。"]


def _pasted_totals(*table: str) -> list[tuple[str, str, str]]:
    checks = run_checks(_unit_doc(), _Doc([_statement(*table)]))
    return [(c.outcome, c.severity, c.message) for c in checks
            if c.rule == "TB-TOTAL" and any("正文所列表格" in (f.get("source") or "") for f in c.figures)]


def test_a_pasted_total_row_that_is_not_the_sum_of_its_named_classes_is_an_error() -> None:
    found = _pasted_totals("单位:万元", "科目名称合计基本支出项目支出", "教育支出420.00250.00170.00",
                           "社会保障和就业支出50.0050.00", "住房保障支出30.0030.00", "合计550.00300.00200.00")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "合计行550" in found[0][2] and "=500" in found[0][2]


@pytest.mark.parametrize("table", [
    # a web page's cells glued together, blanks at the row's end
    ("单位:万元", "科目名称合计基本支出项目支出", "教育支出420.00250.00170.00", "社会保障和就业支出50.0050.00",
     "住房保障支出30.0030.00", "合计500.00300.00200.00"),
    # one amount column, the unit inside the table, numbered rows
    ("单位:万元", "功能分类科目2025年预算数", "一、教育支出420.00", "二、社会保障和就业支出50.00", "三、住房保障支出30.00",
     "合计500.00"),
    # a text file's aligned columns once their spaces are gone
    ("项目名称金额", "教育支出420.00", "社会保障和就业支出50.00", "住房保障支出30.00", "总计500.00"),
])
def test_a_pasted_table_that_adds_up_passes_in_its_usual_shapes(table: tuple[str, ...]) -> None:
    assert [(o, s) for o, s, _ in _pasted_totals(*table)] == [("pass", "error")]


@pytest.mark.parametrize("table", [
    # a row that is not a 类 (a 款 printed without its code): which rows are classes is unknown
    ("科目名称合计", "教育支出420.00", "普通教育400.00", "社会保障和就业支出50.00", "合计470.00"),
    # (last year's column first is read in its 本年 column since checks_heldout35: test_checks_rules16_35.py)
    # another year's column
    ("科目名称2024年预算数", "教育支出400.00", "社会保障和就业支出40.00", "合计450.00"),
    # a row with a blank cell that may be the total's: its amounts do not pin the total column
    ("科目名称合计基本支出项目支出", "教育支出250.00170.00", "社会保障和就业支出50.0050.00", "合计500.00300.00200.00"),
    # the 合计 row with a blank: its first amount may be another column's
    ("科目名称合计基本支出项目支出", "教育支出420.00250.00170.00", "社会保障和就业支出50.0050.00", "合计300.00200.00"),
])
def test_a_look_alike_pasted_table_is_not_summed(table: tuple[str, ...]) -> None:
    assert _pasted_totals(*table) == []


def test_a_coded_pasted_table_is_left_to_the_rules_on_coded_rows() -> None:
    assert _pasted_totals("科目名称合计", "205教育支出420.00", "208社会保障和就业支出50.00", "合计500.00") == []


_PAGE = """<html><head><meta charset="utf-8"><title>某县测试中心2025年单位预算情况说明</title></head><body>
<h2>某县测试中心2025年单位预算情况说明</h2>
<p>一、收支预算总体情况</p>
<p>2025年单位收入预算500.00万元，全部为一般公共预算拨款收入。</p>
<p>2025年单位支出预算500.00万元，其中：基本支出300.00万元，项目支出200.00万元。支出按功能分类情况见下表。</p>
<p>单位：万元</p>
<table><tr><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>教育支出</td><td>420.00</td><td>250.00</td><td>170.00</td></tr>
<tr><td>社会保障和就业支出</td><td>50.00</td><td>50.00</td><td></td></tr>
<tr><td>住房保障支出</td><td>30.00</td><td></td><td>30.00</td></tr>
<tr><td>合计</td><td>{total}</td><td>300.00</td><td>200.00</td></tr></table>
<p>二、“三公”经费预算情况</p><p>2025年“三公”经费预算2.00万元，与上年持平。</p>
</body></html>"""


@pytest.mark.parametrize("total, outcome", [("540.00", "fail"), ("500.00", "pass")])
def test_a_web_page_table_is_summed_like_an_attached_table(total: str, outcome: str) -> None:
    result = parse_disclosure(_PAGE.format(total=total).encode(), filename="page.html")
    found = [c for c in result.checks if c.rule == "TB-TOTAL"]
    assert [(c.outcome, c.severity) for c in found] == [(outcome, "error")]
    assert Decimal(found[0].figures[0]["value"]) == Decimal(total)


def test_a_pasted_table_in_yuan_is_compared_in_wan() -> None:
    found = _pasted_totals("单位:元", "科目名称合计", "教育支出4,200,000.00", "社会保障和就业支出500,000.00",
                           "住房保障支出300,000.00", "合计5,100,000.00")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "差10" in found[0][2]  # 5,100,000 − 5,000,000 元 = 10 万元


def test_a_pasted_table_already_read_as_function_lines_is_left_to_the_figure_rule() -> None:
    result = _unit_doc()
    result.function_lines = [FunctionLine(name=n, value=Decimal(v), code=c, level="类", table="表五一般公共预算支出表",
                                          page=1)
                             for n, v, c in (("教育支出", "420.00", "205"), ("社会保障和就业支出", "50.00", "208"))]
    pages = [_statement("科目名称合计", "教育支出420.00", "社会保障和就业支出50.00", "合计480.00")]
    checks = run_checks(result, _Doc(pages))
    assert not [c for c in checks if c.rule == "TB-TOTAL" and "正文所列表格" in str(c.figures)]
