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
