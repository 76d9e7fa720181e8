"""Rate and split readers fixed for the thirteenth blind corpus of the check engine (issue 9, checks_heldout13): a 决算
item's completion rate whose budget only a 附表 prints, a 本年支出合计 split into 基本/项目 支出, and the total's own
rate. Sentences and pages written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosures
from disclosures.parsing.checks.statements import execution_rate, item_execution_rate
from disclosures.parsing.checks.splits import split_adds_up
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.types import Figure, ParsedDisclosure
from tests.parsing.lines import Line


def _final(**figures: Figure) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2024, kind="决算", scope="部门", figures=dict(figures))


def _run(rule, result: ParsedDisclosure, *sentences: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in rule(result, text_of([Line(s) for s in sentences]))]


def _spent(metric: str, value: str, budget: str | None, source: str) -> Figure:
    """A resolved prose figure of a 决算 with the budget the parser set beside it (e.g. from the 附表)."""
    return Figure(metric=metric, value=Decimal(value), budget=Decimal(budget) if budget else None, source=source)


_RECEPTION = _spent("reception", "10.30", "12", "公务接待费支出决算10.30万元")
_VEHICLES = _spent("vehicle_operation", "27.80", "32", "公务用车运行维护费支出决算27.80万元")
_OPERATING = _spent("operating_costs", "41.60", "40", "机关运行经费支出决算41.60万元")


# --- PR-RATE: an item's rate whose budget the sentence does not print ----------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # 10.30 / 12.00 = 85.83 %: the digits swapped are 2.25 points off, an error
    ("公务接待费支出决算10.30万元，完成年初预算的83.58%，主要原因是厉行节约。", [("PR-RATE", "fail", "error")]),
    ("公务接待费支出决算10.30万元，完成年初预算的85.83%，主要原因是厉行节约。", [("PR-RATE", "pass", "error")]),
    ("公务接待费支出决算10.30万元，完成年初预算的85.6%。", [("PR-RATE", "fail", "warning")]),  # within 1 point
    ("其中：公务接待费支出决算10.30万元，占年初预算的83.58%。", [("PR-RATE", "fail", "error")]),
])
def test_it_checks_an_item_rate_against_the_budget_beside_its_actual(sentence: str, expected: list) -> None:
    assert _run(item_execution_rate, _final(reception=_RECEPTION), sentence) == expected


@pytest.mark.parametrize("sentence", [
    "公务接待费决算数为10.30万元，预算执行率为83.58%。",
    "（四）公务接待费：决算10.30万元，预算完成率83.58%。",
    "公务接待费实际支出10.30万元，为年初预算的83.58%。",
])
def test_it_reads_other_wordings_of_an_item_rate(sentence: str) -> None:
    cited = sentence[:sentence.index("万元") + 2]  # as the prose reader cites the figure: up to its amount
    reception = _spent("reception", "10.30", "12", cited)
    assert _run(item_execution_rate, _final(reception=reception), sentence) == [("PR-RATE", "fail", "error")]


def test_two_item_rates_in_one_sentence_are_each_read_against_their_own_budget() -> None:
    sentence = ("公务用车运行维护费支出决算27.80万元，完成年初预算的86.88%，公务接待费支出决算10.30万元，"
                "完成年初预算的83.58%。")
    result = _final(vehicle_operation=_VEHICLES, reception=_RECEPTION)
    assert _run(item_execution_rate, result, sentence) == [("PR-RATE", "pass", "error"), ("PR-RATE", "fail", "error")]


def test_the_item_rate_reads_other_items_than_the_sangong_ones() -> None:
    # 41.60 / 40.00 = 104 %
    sentence = "机关运行经费支出决算41.60万元，完成年初预算的140.00%。"
    assert _run(item_execution_rate, _final(operating_costs=_OPERATING), sentence) == [("PR-RATE", "fail", "error")]


def test_the_item_rate_message_quotes_the_budget_as_printed_beside_the_actual() -> None:
    view = text_of([Line("公务接待费支出决算10.30万元，完成年初预算的83.58%。")])
    check = next(item_execution_rate(_final(reception=_RECEPTION), view))
    assert "12.00" in check.message and "85.83%" in check.message and "83.58%" in check.message
    assert [f["value"] for f in check.figures] == ["12.00", "10.30", "83.58%"]


@pytest.mark.parametrize(("sentences", "figures"), [
    # no budget beside the actual
    (["公务接待费支出决算10.30万元，完成年初预算的83.58%。"], {"reception": _spent("reception", "10.30", None, "公务接待费支出决算10.30万元")}),
    # the sentence prints its own budget: execution_rate's
    (["公务接待费年初预算12.00万元，支出决算10.30万元，完成年初预算的83.58%。"], {"reception": _RECEPTION}),
    (["公务接待费支出决算10.30万元，完成预算12.00万元的83.58%。"], {"reception": _RECEPTION}),
    # the figure was read from another sentence
    (["接待费支出决算10.30万元，完成年初预算的83.58%。"], {"reception": _spent("reception", "10.30", "12", "公务接待费合计10.30万元")}),
    # two figures of that value with different budgets
    (["支出决算10.30万元，完成年初预算的83.58%。"],
     {"reception": _spent("reception", "10.30", "12", "支出决算10.30万元"),
      "vehicle_operation": _spent("vehicle_operation", "10.30", "11", "支出决算10.30万元")}),
    # the rate names 年初 while the document also prints an adjusted budget the table may have kept
    (["公务接待费支出决算10.30万元，完成年初预算的83.58%。", "表中预算数为调整预算数。"], {"reception": _RECEPTION}),
    (["公务接待费支出决算10.30万元，完成全年预算的83.58%。", "年初预算另见附表。"], {"reception": _RECEPTION}),
    # a rate on last year, not on the budget
    (["公务接待费支出决算10.30万元，比上年下降83.58%。"], {"reception": _RECEPTION}),
])
def test_the_item_rate_is_left_alone_when_its_budget_is_not_known(sentences: list[str], figures: dict) -> None:
    assert _run(item_execution_rate, _final(**figures), *sentences) == []


def test_the_item_rate_is_a_final_accounts_rule() -> None:
    budget_doc = ParsedDisclosure(unit="某县测试局", year=2024, kind="预算", scope="部门", figures={"reception": _RECEPTION})
    assert _run(item_execution_rate, budget_doc, "公务接待费支出决算10.30万元，完成年初预算的83.58%。") == []


# --- PR-RATE: the total's own rate, budget and actual in one sentence (as before: CHECKS.md's tolerance) -------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # 937.29 / 968.34 = 96.79 %: 96.97 is 0.18 points off, a warning by CHECKS.md PR-PCT
    ("2024年度一般公共预算财政拨款支出年初预算为968.34万元，支出决算为937.29万元，完成年初预算的96.97%。",
     [("PR-RATE", "fail", "warning")]),
    ("2024年度一般公共预算财政拨款支出年初预算为968.34万元，支出决算为937.29万元，完成年初预算的95.69%。",
     [("PR-RATE", "fail", "error")]),
    ("一般公共预算财政拨款支出决算937.29万元，年初预算968.34万元，完成年初预算的96.79%。", [("PR-RATE", "pass", "error")]),
])
def test_the_totals_rate_keeps_the_catalogues_severity(sentence: str, expected: list) -> None:
    assert _run(execution_rate, _final(), sentence) == expected


# --- IE-BP: 本年支出合计 and its 基本/项目 split ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("本年支出合计305.37万元，其中基本支出157.52万元，项目支出174.85万元；年末结转和结余0.00万元。",
     [("IE-BP", "fail", "error")]),
    ("本年支出合计305.37万元，其中基本支出157.52万元，项目支出147.85万元；年末结转和结余0.00万元。",
     [("IE-BP", "pass", "error")]),
    ("2024年度本年支出合计为305.37万元，其中：基本支出157.52万元、项目支出174.85万元。", [("IE-BP", "fail", "error")]),
    ("支出决算合计305.37万元，其中基本支出157.52万元，项目支出147.85万元。", [("IE-BP", "pass", "error")]),
    ("部门支出总额612.00万元，其中基本支出400.00万元，项目支出200.00万元。", [("IE-BP", "fail", "error")]),
    # 支出总计 counts the year-end carry-over too: not the sum of 基本 and 项目
    ("支出总计350.00万元，其中基本支出157.52万元，项目支出147.85万元，年末结转和结余44.63万元。", []),
    # a 收入 total is no 支出 split
    ("本年收入合计305.37万元，其中财政拨款收入305.37万元；基本支出157.52万元，项目支出147.85万元。", []),
])
def test_it_adds_a_spending_total_named_heji(sentence: str, expected: list) -> None:
    assert _run(split_adds_up, _final(), sentence) == expected


def _scoped(scope_basic: str, scope_project: str) -> ParsedDisclosure:
    return _final(
        expenditure_total=Figure(metric="expenditure_total", value=Decimal("305.37"), fund_scope="全口径"),
        basic_expenditure=Figure(metric="basic_expenditure", value=Decimal("157.52"), fund_scope=scope_basic),
        project_expenditure=Figure(metric="project_expenditure", value=Decimal("174.85"), fund_scope=scope_project))


def test_the_split_is_read_from_the_words_when_the_figures_hold_two_scopes() -> None:
    # the resolved 基本支出 is the 一般公共预算财政拨款 one of a later sentence, the 项目支出 the all-funds one: IE-BP on
    # the figures adds nothing, so the sentence's own split is checked here
    sentence = "本年支出合计305.37万元，其中基本支出157.52万元，项目支出174.85万元。"
    assert _run(split_adds_up, _scoped("一般公共预算财政拨款", "全口径"), sentence) == [("IE-BP", "fail", "error")]
    assert _run(split_adds_up, _scoped("全口径", "全口径"), sentence) == []  # the figure rule's finding


# --- both, end to end: a 决算 web page with its 三公 附表 ---------------------------------------------------------------

def _page(*, budget_header: str, project: str, reception_rate: str) -> bytes:
    return f"""<html><head><meta charset="utf-8"></head><body>
<h1>某县文化馆2024年单位决算情况说明</h1>
<p>一、单位基本情况：某县文化馆负责全县群众文化活动的组织与辅导。</p>
<p>二、收入支出决算总体情况说明：2024年度收入总计420.00万元，支出总计420.00万元。本年支出合计420.00万元，其中基本支出300.00万元，项目支出{project}万元。</p>
<p>一般公共预算财政拨款基本支出300.00万元，其中人员经费260.00万元，公用经费40.00万元。</p>
<p>三、“三公”经费财政拨款支出决算情况说明：2024年度“三公”经费财政拨款支出年初预算20.00万元，支出决算16.00万元，完成年初预算的80.00%。其中：公务用车运行维护费支出决算12.00万元，完成年初预算的80.00%；公务接待费支出决算4.00万元，完成年初预算的{reception_rate}%。</p>
<h2>2024年一般公共预算财政拨款“三公”经费支出决算表</h2><p>单位：万元</p>
<table><tr><th>项目</th><th>{budget_header}</th><th>决算数</th></tr>
<tr><td>合计</td><td>20.00</td><td>16.00</td></tr>
<tr><td>因公出国（境）费</td><td>0.00</td><td>0.00</td></tr>
<tr><td>公务用车购置及运行维护费小计</td><td>15.00</td><td>12.00</td></tr>
<tr><td>其中：公务用车购置费</td><td>0.00</td><td>0.00</td></tr>
<tr><td>公务用车运行维护费</td><td>15.00</td><td>12.00</td></tr>
<tr><td>公务接待费</td><td>5.00</td><td>4.00</td></tr></table>
</body></html>""".encode()


def _failures(page: bytes) -> list[tuple[str, str, str]]:
    [result] = parse_disclosures(page, filename="wenhuaguan_2024juesuan.html")
    return [(c.rule, c.severity, c.message) for c in result.checks if c.outcome == "fail" and c.severity != "info"]


def test_a_consistent_final_page_raises_nothing() -> None:
    assert _failures(_page(budget_header="预算数", project="120.00", reception_rate="80.00")) == []


def test_the_final_page_reports_the_item_rate_and_the_split() -> None:
    found = _failures(_page(budget_header="预算数", project="210.00", reception_rate="90.00"))
    assert sorted((rule, severity) for rule, severity, _ in found) == [("IE-BP", "error"), ("PR-RATE", "error")]
    rate = next(message for rule, _, message in found if rule == "PR-RATE")
    split = next(message for rule, _, message in found if rule == "IE-BP")
    assert "4.00" in rate and "5.00" in rate and "80.00%" in rate and "90.00%" in rate
    assert "420.00" in split and "510.00" in split


def test_an_adjusted_budget_column_leaves_the_item_rate_unchecked() -> None:
    found = _failures(_page(budget_header="调整预算数", project="120.00", reception_rate="90.00"))
    assert [rule for rule, _, _ in found] == []


@pytest.mark.parametrize(("label", "bare"), [
    ("二、支出决算情况本年支出", "本年支出"),
    ("三、支出决算情况说明本年支出", "本年支出"),
    ("三、一般公共预算拨款支出", "一般公共预算拨款支出"),
    ("年度本年支出", "本年支出"),  # the label starts after the year's digits
    ("一般公共预算财政拨款支出", "一般公共预算财政拨款支出"),
])
def test_the_split_names_its_total_without_the_heading_before_it(label: str, bare: str) -> None:
    from disclosures.parsing.checks.wholes import _without_heading
    assert _without_heading(label) == bare


@pytest.mark.parametrize(("sentence", "expected"), [
    ("公务接待费支出10.30万元，完成年初预算的83.58%。", [("PR-RATE", "fail", "error")]),  # no 决算 word
    ("公务接待费10.30万元，为年初预算的85.83%。", [("PR-RATE", "pass", "error")]),  # the clause's only amount
    ("公务接待费10.30万元，比上年减少1.20万元，完成年初预算的83.58%。", []),  # two amounts, neither named the actual
])
def test_a_final_item_needs_no_jue_suan_word_before_its_rate(sentence: str, expected: list) -> None:
    cited = sentence[:sentence.index("万元") + 2]
    reception = _spent("reception", "10.30", "12", cited)
    assert _run(item_execution_rate, _final(reception=reception), sentence) == expected


def test_a_split_short_of_its_total_is_left_alone_when_the_document_spends_otherwise() -> None:
    sentence = "本年支出合计500.00万元，其中基本支出300.00万元，项目支出150.00万元。"
    assert _run(split_adds_up, _final(), sentence) == [("IE-BP", "fail", "error")]
    # 经营支出 50.00 elsewhere: the two parts need not be all of the 本年支出合计
    assert _run(split_adds_up, _final(), sentence, "经营支出50.00万元，主要是培训服务。") == []
    assert _run(split_adds_up, _final(), sentence, "上缴上级支出0.00万元。") == [("IE-BP", "fail", "error")]
    # parts above the total are wrong whatever else is spent
    over = "本年支出合计305.37万元，其中基本支出157.52万元，项目支出174.85万元。"
    assert _run(split_adds_up, _final(), over, "经营支出50.00万元。") == [("IE-BP", "fail", "error")]
