"""Rules fixed for the eleventh blind corpus of the check engine (issue 9, checks_heldout11; tables, headings and
names), each on small pages written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks import run_checks
from disclosures.parsing.text import Line, normalize
from disclosures.parsing.types import FunctionLine, ParsedDisclosure


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(normalize(text), n, text, list(range(len(normalize(text)))))
                      for n, page in enumerate(pages, 1) for text in page]


def _doc(year: int = 2025, kind: str = "预算") -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试中心", year=year, kind=kind, scope="单位", figures={})


def _failed(rule: str, result: ParsedDisclosure, pages: list[list[str]]) -> list[tuple[str, str]]:
    return [(c.severity, c.message) for c in run_checks(result, _Doc(pages))
            if c.rule == rule and c.outcome == "fail"]


# --- TB-TOTAL: a 合计 row printed right under the header, above the 类 rows it totals ---------------------------------

_CLASSES = ["201一般公共服务支出300.00300.00", "208社会保障和就业支出60.0060.00", "221住房保障支出40.0040.00"]


def _income_table(total_row: str, rows: list[str] = _CLASSES, caption: str = "表2 2025年部门收入总表") -> list[str]:
    return [caption, "单位：万元", "科目编码科目名称合计一般公共预算拨款收入", total_row, *rows]


@pytest.mark.parametrize("total_row", [
    "合计340.00400.00",  # the 合计 column misprinted, its fund column right
    "合计340.00340.00",
    "总计340.00340.00",
])
def test_it_holds_a_top_total_row_to_the_class_rows_under_it(total_row: str) -> None:
    found = _failed("TB-TOTAL", _doc(), [_income_table(total_row)])
    assert len(found) == 1
    severity, message = found[0]
    assert severity == "error"
    assert "340.00" in message and "400.00" in message


def test_it_reads_the_class_rows_between_their_款_and_项_rows() -> None:
    rows = ["201一般公共服务支出300.00300.00", "20101人大事务300.00300.00", "2010101行政运行300.00300.00",
            "221住房保障支出40.0040.00", "22102住房改革支出40.0040.00", "2210201住房公积金40.0040.00"]
    found = _failed("TB-TOTAL", _doc(), [_income_table("合计304.00340.00", rows)])
    assert [("error" in s, "304.00" in m and "340.00" in m) for s, m in found] == [(True, True)]


def test_a_top_total_that_adds_up_passes() -> None:
    checks = [c for c in run_checks(_doc(), _Doc([_income_table("合计400.00400.00")])) if c.rule == "TB-TOTAL"]
    assert [(c.outcome, "400.00" in c.message) for c in checks] == [("pass", True)]


@pytest.mark.parametrize("rows", [
    ["201一般公共服务支出300.00300.00", "208社会保障就业60.0060.00"],  # a name the classification does not give its code
    ["201一般公共服务支出300.00280.00", "208社会保障和就业支出60.0060.00"],  # a row whose cells do not add up
    ["201一般公共服务支出300.00300.00"],  # one class only
])
def test_a_top_total_over_rows_that_do_not_read_cleanly_is_left_alone(rows: list[str]) -> None:
    assert _failed("TB-TOTAL", _doc(), [_income_table("合计340.00340.00", rows)]) == []


# --- FM-YEAR: a caption or a section heading naming another year ------------------------------------------------------

_BODY = ["单位：万元", "项目合计因公出国（境）费公务接待费", "2025年预算数2.002.000.00"]


@pytest.mark.parametrize("heading", [
    "表7 2024年一般公共预算“三公”经费支出表",
    "表72024年一般公共预算“三公”经费支出表",
    "附表3：2024年政府采购预算表",
    "2024年一般公共预算基本支出表",
    "三、2024年“三公”经费预算情况说明",
    "（二）2024年一般公共预算支出情况",
    "4、2023年机关运行经费安排情况",
])
def test_it_warns_of_a_heading_naming_another_year(heading: str) -> None:
    found = _failed("FM-YEAR", _doc(), [[heading, *_BODY]])
    assert len(found) == 1
    assert found[0][0] == "warning"
    assert normalize(heading)[-12:] in found[0][1] and "2025年预算" in found[0][1]


@pytest.mark.parametrize("heading, year, kind", [
    ("表7 2025年一般公共预算“三公”经费支出表", 2025, "预算"),  # its own year
    ("三、2025年“三公”经费预算情况说明", 2025, "预算"),
    ("二、2023年度收入支出决算总体情况", 2023, "决算"),  # a 决算 names the year it reports
    ("表1 2023年度收入支出决算总表", 2023, "决算"),
    ("2024年预算数2.002.000.00", 2025, "预算"),  # a column header of the 上年 figures
    ("三、2024年支出预算120.00万元，比上年增加5.00万元。", 2025, "预算"),  # prose, not a heading
    ("三、2024年工作回顾", 2025, "预算"),  # a numbered line about no money
    ("4.2024年预算数", 2025, "预算"),  # 4.2024 may be an amount: no heading number
])
def test_a_heading_in_its_own_year_or_a_line_that_is_no_heading_is_not_flagged(heading: str, year: int,
                                                                                  kind: str) -> None:
    assert [m for _, m in _failed("FM-YEAR", _doc(year, kind), [[heading, *_BODY]]) if "标题" in m] == []


# --- PT-NAME: a 项 the prose names by another code's name, matched to the table's row by 款 and amount --------------

def _with_medical_rows() -> ParsedDisclosure:
    result = _doc(2024)
    table = "表5 2024年一般公共预算支出表"
    result.function_lines = [
        FunctionLine(name="卫生健康支出", value=Decimal("156.20"), code="210", level="类", table=table, page=2),
        FunctionLine(name="行政事业单位医疗", value=Decimal("156.20"), code="21011", level="款", table=table, page=2),
        FunctionLine(name="事业单位医疗", value=Decimal("156.20"), code="2101102", level="项", table=table, page=2),
        FunctionLine(name="住房保障支出", value=Decimal("80.00"), code="221", level="类", table=table, page=2),
        FunctionLine(name="住房改革支出", value=Decimal("80.00"), code="22102", level="款", table=table, page=2),
        FunctionLine(name="住房公积金", value=Decimal("80.00"), code="2210201", level="项", table=table, page=2),
    ]
    return result


@pytest.mark.parametrize("sentence", [
    "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）156.20万元，用于缴纳医疗保险。",
    "卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项):156.20万元。",
    "“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”156.20万元，用于缴纳医疗保险。",
])
def test_it_warns_of_a_项_named_as_another_code_for_the_table_row_of_its_amount(sentence: str) -> None:
    found = _failed("PT-NAME", _with_medical_rows(), [[sentence]])
    assert len(found) == 1
    severity, message = found[0]
    assert severity == "warning"
    assert "2101102" in message and "事业单位医疗" in message and "2101101" in message


@pytest.mark.parametrize("sentence", [
    "卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）156.20万元。",  # the table's own name
    "卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）12.00万元。",  # no row of that amount
    "住房保障支出（类）住房改革支出（款）提租补贴（项）156.20万元。",  # the amount sits under another 款
])
def test_a_项_name_with_no_row_of_its_amount_under_its_款_is_not_flagged(sentence: str) -> None:
    assert _failed("PT-NAME", _with_medical_rows(), [[sentence]]) == []


@pytest.mark.parametrize("sentence", [
    "2101102行政单位医疗156.20万元，用于缴纳医疗保险。",
    "科目2101102行政单位医疗为156.20万元。",
])
def test_a_code_written_with_another_codes_name_is_reported(sentence: str) -> None:
    found = [m for _, m in _failed("FM-CODE-NAME", _doc(2024), [[sentence]])]
    assert len(found) == 1 and "2101102" in found[0] and "事业单位医疗" in found[0]


def test_a_prose_name_that_is_the_national_name_of_the_table_rows_code_is_left_to_fm_code_name() -> None:
    result = _with_medical_rows()
    result.function_lines[2].name = "公务员医疗补助"  # the table misnames 2101102; the prose is right
    assert _failed("PT-NAME", result, [["卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）156.20万元。"]]) == []
