"""FM-CODE-NAME and PT-NAME: codes against the national classification, prose names against the tables."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.codes import economic_mismatches, same_name
from disclosures.parsing.text import Line
from disclosures.parsing.types import EconomicLine, FunctionLine, ParsedDisclosure

D = Decimal


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def _result(year: int = 2024) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县试验中心", year=year, kind="预算", scope="单位")


def _by(checks, rule: str):
    return [c for c in checks if c.rule == rule]


@pytest.mark.parametrize("printed, official, same", [
    ("维修(护)费", "维修（护）费", True),
    ("机关事业单位基本养老保险费", "机关事业单位基本养老保险缴费", True),
    ("其他交通费", "其他交通费用", True),
    ("基本养老保险缴费", "机关事业单位基本养老保险缴费", True),
    ("退休费", "离休费", False),
    ("咨询费", "印刷费", False),
    ("水费", "咨询费", False),
    ("离退休人员经费", "对个人和家庭的补助", False),
])
def test_it_compares_subject_names_loosely_but_not_too_loosely(printed: str, official: str, same: bool) -> None:
    assert same_name(printed, official) is same


def test_it_lists_economic_rows_whose_code_means_something_else_or_does_not_exist() -> None:
    lines = [EconomicLine("商品和服务支出", D("10"), "302", 3), EconomicLine("办公费", D("1"), "30201", 3),
             EconomicLine("电费", D("2"), "30204", 3), EconomicLine("车辆运行费", D("3"), "30210", 3),
             EconomicLine("基础绩效奖", D("4"), "3010301", 3), EconomicLine("自定义", D("5"), "50101", 3)]
    assert economic_mismatches(lines) == [("30204", "电费", "手续费", 3), ("30210", "车辆运行费", None, 3)]


def test_it_reports_one_warning_for_an_economic_table_with_shifted_codes() -> None:
    result = _result()
    caption = "某经济分类预算表"
    result.economic_lines = [EconomicLine("工资福利支出", D("50"), "301", 4, caption),
                             EconomicLine("基本工资", D("50"), "30101", 4, caption),
                             EconomicLine("商品和服务支出", D("9"), "302", 4, caption),
                             EconomicLine("水费", D("4"), "30203", 4, caption),
                             EconomicLine("邮电费", D("5"), "30205", 4, caption)]
    checks = _by(run_checks(result, _Doc([["正文"]])), "FM-CODE-NAME")
    assert [(c.outcome, c.severity, c.page) for c in checks] == [("fail", "warning", 4)]
    assert [f["label"] for f in checks[0].figures] == ["30203", "30205"]
    result.economic_lines[3:] = [EconomicLine("咨询费", D("4"), "30203", 4, caption),
                                 EconomicLine("水费", D("5"), "30205", 4, caption)]
    assert [c.outcome for c in _by(run_checks(result, _Doc([["正文"]])), "FM-CODE-NAME")] == ["pass"]


def test_it_warns_of_a_function_class_named_as_before_2019_once_with_every_page() -> None:
    pages = [["二、医疗卫生与计划生育支出120,000"], ["三、医疗卫生与计划生育支出120,000", "四、住房保障支出5"]]
    checks = _by(run_checks(_result(2024), _Doc(pages)), "FM-CODE-NAME")
    assert [(c.severity, c.page, [f["page"] for f in c.figures]) for c in checks] == [("warning", 1, [1, 2])]
    assert not _by(run_checks(_result(2018), _Doc(pages)), "FM-CODE-NAME")  # the old name was then in force


def test_it_warns_of_a_class_code_printed_with_another_classs_name() -> None:
    result = _result()
    result.function_lines = [FunctionLine("教育支出", D("30"), "208", 5, table="某支出表"),
                             FunctionLine("卫生健康支出", D("8"), "210", 5, table="某支出表")]
    checks = _by(run_checks(result, _Doc([["正文"]])), "FM-CODE-NAME")
    assert [(c.outcome, c.figures[0]["label"]) for c in checks] == [("fail", "208")]


def _items(result: ParsedDisclosure) -> None:
    caption = "某功能分类预算表"
    result.function_lines = [FunctionLine("教育支出", D("60"), "205", 5, level="类", table=caption),
                             FunctionLine("普通教育", D("60"), "20502", 5, level="款", table=caption),
                             FunctionLine("小学教育", D("60"), "2050202", 5, level="项", table=caption)]


def test_it_compares_the_class_and_kind_names_of_a_prose_item_with_the_table() -> None:
    result = _result()
    _items(result)
    good = [["1.“教育支出(类)普通教育(款)小学教育(项)”60.00万元,用于教学。"]]
    assert [c.outcome for c in _by(run_checks(result, _Doc(good)), "PT-NAME")] == ["pass"]
    bad = [["1.“教育支出(类)职业教育(款)小学教育(项)”60.00万元,用于教学。"]]
    checks = _by(run_checks(result, _Doc(bad)), "PT-NAME")
    assert [(c.outcome, c.severity, c.figures[1]["value"]) for c in checks] == [("fail", "warning", "普通教育")]


def test_it_does_not_pair_an_item_the_tables_do_not_print() -> None:
    result = _result()
    _items(result)
    other = [["1.“一般公共服务支出(类)统计事务(款)专项普查(项)”5.00万元,用于普查。"]]
    assert not _by(run_checks(result, _Doc(other)), "PT-NAME")


def test_it_reports_the_two_code_name_warnings_the_welfare_homes_truth_lists() -> None:
    from pathlib import Path

    from disclosures.parsing import parse_disclosure

    path = Path(__file__).resolve().parents[3] / "shared" / "realdocs" / "pdf" / "205fe267e8.pdf"
    if not path.exists():
        pytest.skip("../shared is not mounted")
    warned = [c for c in parse_disclosure(path).checks if c.outcome == "fail" and c.severity == "warning"]
    assert [(c.rule, c.page) for c in warned] == [("FM-CODE-NAME", 6), ("FM-CODE-NAME", 14)]
    assert {"30210", "303", "30301"} <= {f["label"] for f in warned[1].figures}


def test_it_compares_a_dashed_item_heading_with_its_table_row() -> None:
    result = _result()
    _items(result)
    good = [["2.“教育支出-普通教育-小学教育”科目60万元,用于教学。"]]
    checks = run_checks(result, _Doc(good))
    assert [c.outcome for c in _by(checks, "PT-ITEM")] == ["pass"]  # 60 printed without decimals, table 60
    assert [c.outcome for c in _by(checks, "PT-NAME")] == ["pass"]
    off = [["2.“教育支出-普通教育-小学教育”科目66万元,用于教学。"]]
    assert [(c.outcome, c.severity) for c in _by(run_checks(result, _Doc(off)), "PT-ITEM")] == [("fail", "error")]
    result.kind = "决算"
    assert not _by(run_checks(result, _Doc(off)), "PT-ITEM")
