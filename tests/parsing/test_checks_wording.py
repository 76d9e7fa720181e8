"""IE-INC-SUM, FM-MAGNITUDE, FM-UNIT-HDR, FM-DUP-PHRASE, FM-PCT-SIGN and CP-IDENT on hand-made inputs."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.wording import income_parts
from disclosures.parsing.text import Line
from disclosures.parsing.types import Figure, ParsedDisclosure, SourceTable

D = Decimal


class _Doc:
    def __init__(self, pages: list[list[str]], tables: list[SourceTable] | None = None, is_pdf: bool = False):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]
        self.tables = tables or []
        self.is_pdf = is_pdf


def _doc(**figures: Figure) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2025, kind="预算", scope="部门", figures=dict(figures))


def _by(checks, rule: str):
    return [c for c in checks if c.rule == rule]


def _outcomes(checks, rule: str):
    return [(c.outcome, c.severity) for c in checks if c.rule == rule]


@pytest.mark.parametrize("listing, labels", [
    ("一般公共预算拨款1,200.50万元,比上年增加10.00万元;事业收入30.00万元;其他收入0万元",
     [("一般公共预算拨款", "1200.50"), ("事业收入", "30.00"), ("其他收入", "0")]),
    ("财政拨款收入800.00万元（其中一般公共预算800.00万元），占100%;上年结转5.00万元",
     [("财政拨款收入", "800.00"), ("上年结转", "5.00")]),
    ("同比增长3.00万元", []),
])
def test_it_reads_the_sources_a_list_names_and_skips_changes_and_sub_lists(listing: str, labels) -> None:
    assert [(label, str(value)) for label, value, _ in income_parts(listing)] == labels


def test_it_adds_the_listed_income_sources_to_the_income_total() -> None:
    exact = _Doc([["收入预算1,230.50万元,其中:一般公共预算拨款1,200.50万元;事业收入30.00万元。"]])
    assert _outcomes(run_checks(_doc(), exact), "IE-INC-SUM") == [("pass", "error")]
    edge = _Doc([["收入预算1,230.51万元,其中:一般公共预算拨款1,200.50万元;事业收入30.00万元。"]])  # 0.01 ≤ 3 × 0.005
    assert _outcomes(run_checks(_doc(), edge), "IE-INC-SUM") == [("fail", "info")]
    over = _Doc([["收入预算1,230.50万元,其中:一般公共预算拨款1,200.50万元;事业收入40.00万元。"]])
    assert _outcomes(run_checks(_doc(), over), "IE-INC-SUM") == [("fail", "error")]
    under = _Doc([["收入预算1,300.50万元,其中:一般公共预算拨款1,200.50万元;事业收入30.00万元。"]])
    # a closed list short of its total, with no other source stated to fill the gap (test_checks_rules4_f3.py)
    assert _outcomes(run_checks(_doc(), under), "IE-INC-SUM") == [("fail", "error")]
    single = _Doc([["收入预算1,300.50万元,其中:一般公共预算拨款1,300.50万元。"]])
    assert not _by(run_checks(_doc(), single), "IE-INC-SUM")


def _amount(metric: str, value: str, source: str = "句") -> Figure:
    return Figure(metric, D(value), display_scale=2, source=source, page=2)


def test_it_trips_on_sangong_above_all_spending_unless_the_total_came_from_a_sangong_sentence() -> None:
    doc = _doc(sangong_total=_amount("sangong_total", "30.00"), expenditure_total=_amount("expenditure_total", "300.00"))
    assert _outcomes(run_checks(doc), "FM-MAGNITUDE") == [("pass", "warning")]
    doc.figures["expenditure_total"] = _amount("expenditure_total", "3.00")
    assert _outcomes(run_checks(doc), "FM-MAGNITUDE") == [("fail", "warning")]
    doc.figures["expenditure_total"] = _amount("expenditure_total", "3.00", source="公务用车购置费支出3.00万元")
    assert not _by(run_checks(doc), "FM-MAGNITUDE")


def test_it_trips_on_a_county_unit_above_ten_billion_and_on_a_car_costing_over_a_million_a_year() -> None:
    doc = _doc(income_total=_amount("income_total", "1000000.01"))
    assert _outcomes(run_checks(doc), "FM-MAGNITUDE") == [("fail", "warning")]
    cars = _doc(vehicles_count=Figure("vehicles_count", D(2), page=3), vehicle_operation=_amount("vehicle_operation", "200.00"))
    assert _outcomes(run_checks(cars), "FM-MAGNITUDE") == [("pass", "warning")]  # exactly 100 per car
    cars.figures["vehicle_operation"] = _amount("vehicle_operation", "200.02")
    assert _outcomes(run_checks(cars), "FM-MAGNITUDE") == [("fail", "warning")]


def test_it_cannot_compare_a_native_table_without_a_unit() -> None:
    table = SourceTable([["项目", "金额"], ["合计", "12.50"], ["办公费", "12.50"]], page=1, caption="某表", unit=None)
    checks = run_checks(_doc(), _Doc([["正文，说明。"]], [table]))
    assert _outcomes(checks, "FM-UNIT-HDR") == [("insufficient_data", "warning")]
    table.unit = "万元"
    assert not _by(run_checks(_doc(), _Doc([["正文，说明。"]], [table])), "FM-UNIT-HDR")


def test_it_hints_at_a_doubled_word_and_a_share_without_percent() -> None:
    pages = [["本年支出比上年增加增加12.00万元，主要原因是人员调整。"], ["一般公共服务支出占支出合计76.23，社会保障支出占10.5%。"]]
    checks = run_checks(_doc(), _Doc(pages))
    assert [(c.severity, c.page) for c in _by(checks, "FM-DUP-PHRASE")] == [("info", 1)]
    assert [(c.severity, c.page) for c in _by(checks, "FM-PCT-SIGN")] == [("info", 2)]
    clean = [["局机关机关运行经费12.00万元，比上年持平。", "教育支出占比为12.5%，比上年下降。"]]
    checks = run_checks(_doc(), _Doc(clean))
    assert not _by(checks, "FM-DUP-PHRASE") and not _by(checks, "FM-PCT-SIGN")


def test_it_warns_when_every_tables_caption_names_another_year() -> None:
    doc = _doc()
    doc.table_figures = [Figure("expenditure_total", D("5"), origin="table", table="2024年部门支出预算总表"),
                         Figure("income_total", D("5"), origin="table", table="2024年部门收入预算总表")]
    assert _outcomes(run_checks(doc), "CP-IDENT") == [("fail", "warning")]
    doc.year = 2024
    assert _outcomes(run_checks(doc), "CP-IDENT") == [("pass", "warning")]


def test_it_adds_goods_works_and_services_to_the_procurement_total_and_to_its_general_budget_part() -> None:
    exact = _Doc([["本局政府采购预算总额80.00万元:货物30.00万元、工程0万元、服务50.00万元;"
                   "其中一般公共预算拨款政府采购60.00万元:货物20.00万元、服务40.00万元。"]])
    assert [(c.outcome, c.name) for c in _by(run_checks(_doc(), exact), "PR-PROC-SUM")] == [
        ("pass", "政府采购等于货物、工程、服务之和"), ("pass", "一般公共预算拨款政府采购等于货物、工程、服务之和"),
        ("pass", "一般公共预算拨款政府采购不超过政府采购总额")]
    edge = _Doc([["政府采购金额为80.01万元，其中：货物采购金额30.00万元、工程采购金额0万元、服务采购金额50.00万元。"]])
    assert _outcomes(run_checks(_doc(), edge), "PR-PROC-SUM") == [("fail", "info")]  # 0.01 ≤ 3 half-steps (0 is exact)
    wrong = _Doc([["政府采购预算总额90.00万元,其中货物类30.00万元,服务类50.00万元。"]])
    assert _outcomes(run_checks(_doc(), wrong), "PR-PROC-SUM") == [("fail", "error")]
    yuan = _Doc([["政府采购预算总额860,000.00元,其中货物类220,000.00元,服务类640,000.00元。"]])
    assert _outcomes(run_checks(_doc(), yuan), "PR-PROC-SUM") == [("pass", "error")]


@pytest.mark.parametrize("listing", [
    "财政拨款收入900.00万元，其中一般公共预算拨款800.00万元、政府性基金拨款100.00万元；事业收入50.00万元",
    "财政拨款收入900.00万元；一般公共预算拨款800.00万元；政府性基金拨款100.00万元",
])
def test_it_does_not_add_a_breakdown_nested_inside_the_list(listing: str) -> None:
    assert income_parts(listing) == []


def test_it_stops_the_income_list_where_the_expenditure_sentence_begins() -> None:
    listing = "一般公共预算拨款90.00万元；事业收入10.00万元；支出预算100.00万元，其中对附属单位补助支出5.00万元"
    assert [label for label, *_ in income_parts(listing)] == ["一般公共预算拨款", "事业收入"]


def test_it_holds_the_amount_reserved_for_small_firms_within_the_procurement_total() -> None:
    words = [["今年面向中小企业预留政府采购项目预算30万元；面向小微企业预留的部分为20万元。"]]
    doc = _doc(procurement_total=Figure("procurement_total", D("34"), display_scale=0, page=5, source="政府采购预算34万元"))
    assert _outcomes(run_checks(doc, _Doc(words)), "PR-PROC-SUM") == [("pass", "error"), ("pass", "error")]
    doc.figures["procurement_total"] = Figure("procurement_total", D("25"), display_scale=0, page=5)
    assert _outcomes(run_checks(doc, _Doc(words)), "PR-PROC-SUM") == [("fail", "error"), ("pass", "error")]
    doc.kind = "决算"  # a reserved budget against contract amounts: a warning there
    assert _outcomes(run_checks(doc, _Doc(words)), "PR-PROC-SUM")[0] == ("fail", "warning")
