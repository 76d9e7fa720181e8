"""Rules fixed for the ninth blind corpus of the check engine (issue 9, checks_heldout9 s03, s04, s08), each on
statements written for these tests (made-up units and figures):

- PR-REPEAT: a change stated against a year named by its number (“比2024年预算X万元增加D万元”) is held to now − X,
  as one stated against 上年 is.
- FM-YEAR: a stray year opening a clause that says the money is absent (“2021年无政府性基金预算支出”) is flagged.
- TT-OPC-ECON from the words: with no basic-expenditure table read, 机关运行经费 may not exceed the 公用经费 of the
  words' own split of the 一般公共预算财政拨款 基本支出.
- TB-HIER from the words: a 类 stated with 其中 and a complete list of its (款)/(项) amounts equals their sum.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.listings import class_named_in_words

from disclosures.parsing.checks.splits import opc_within_stated_public
from disclosures.parsing.checks.stated import pr_repeat_change
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_year
from disclosures.parsing.types import EconomicLine, Figure, ParsedDisclosure
from tests.parsing.lines import Line


def checks(rule, *lines: str, kind: str = "预算", figures: dict | None = None, economic=None) -> list:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind=kind, scope="部门", figures=figures or {})
    if economic:
        result.economic_lines = economic
    return list(rule(result, text_of([Line(text) for text in lines])))


def run(rule, *lines: str, **kwargs) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in checks(rule, *lines, **kwargs)]


# ---- PR-REPEAT: the prior year named by its number ----------------------------------------------------------------

NAMED_PRIOR = "2025年一般公共预算拨款支出{now}万元，比2024年预算{prior}万元{word}{delta}万元，主要原因是项目到期。"


@pytest.mark.parametrize(("now", "prior", "word", "delta", "expected"), [
    ("805.45", "882.66", "减少", "77.21", ("PR-REPEAT", "pass", "error")),
    ("805.45", "882.66", "增加", "77.21", ("PR-REPEAT", "fail", "error")),   # the direction word is the wrong one
    ("805.45", "882.66", "减少", "77.22", ("PR-REPEAT", "fail", "info")),    # 0.01 within 3 × 0.005
    ("805.45", "882.66", "减少", "77.25", ("PR-REPEAT", "fail", "error")),   # beyond it
    ("905.45", "882.66", "增加", "22.79", ("PR-REPEAT", "pass", "error")),
])
def test_a_change_against_a_numbered_prior_year(now, prior, word, delta, expected) -> None:
    assert run(pr_repeat_change, NAMED_PRIOR.format(now=now, prior=prior, word=word, delta=delta)) == [expected]


def test_a_change_with_no_prior_amount_is_not_read() -> None:
    assert run(pr_repeat_change, "2025年一般公共预算拨款支出805.45万元，比2024年增加7.21万元。") == []


# ---- FM-YEAR: a stray year before a negated money subject -----------------------------------------------------------

def _years(*lines: str) -> list[str]:
    return [c.figures[0]["value"] for c in checks(fm_year, *lines) if c.outcome == "fail" and c.severity == "warning"]


def test_a_stray_year_saying_there_is_no_fund_spending_is_flagged() -> None:
    assert _years("五、政府性基金预算支出", "本部门2021年无政府性基金预算支出。") == ["2021"]


@pytest.mark.parametrize("year", ["2025", "2024"])
def test_the_budget_year_or_the_one_before_saying_none_is_fine(year: str) -> None:
    assert _years("五、政府性基金预算支出", f"本部门{year}年无政府性基金预算支出。") == []


def test_a_stray_year_not_about_money_is_left_alone() -> None:
    assert _years("本部门2021年无下属单位调整。") == []


# ---- TT-OPC-ECON: the 公用经费 of the words' 基本支出 split ----------------------------------------------------------

SPLIT = "三、一般公共预算财政拨款基本支出决算情况。2024年度基本支出{basic}万元，其中人员经费{staff}万元，包括基本工资等；公用经费{office}万元，包括办公费等。"


def _figures(costs: str, basic: str = "291.25", scope: str = "一般公共预算财政拨款") -> dict:
    return {"operating_costs": Figure("operating_costs", Decimal(costs), page=1, display_scale=2,
                                      fund_scope="一般公共预算财政拨款"),
            "basic_expenditure": Figure("basic_expenditure", Decimal(basic), page=1, display_scale=2, fund_scope=scope)}


@pytest.mark.parametrize(("costs", "expected"), [
    ("26.40", [("TT-OPC-ECON", "pass", "error")]),   # equal is allowed (part ≤ whole)
    ("20.00", [("TT-OPC-ECON", "pass", "error")]),
    ("26.41", [("TT-OPC-ECON", "fail", "info")]),    # within 2 × 0.005
    ("31.60", [("TT-OPC-ECON", "fail", "error")]),
])
def test_operating_costs_within_the_stated_public_funds(costs: str, expected) -> None:
    text = SPLIT.format(basic="291.25", staff="264.85", office="26.40")
    assert run(opc_within_stated_public, text, kind="决算", figures=_figures(costs)) == expected


def test_a_split_of_another_basic_spending_is_not_read() -> None:
    # the split's 基本支出 is not the document's 一般公共预算财政拨款 basic spending: another scope
    text = SPLIT.format(basic="350.00", staff="300.00", office="50.00")
    assert run(opc_within_stated_public, text, kind="决算", figures=_figures("31.60")) == []


def test_a_basic_spending_of_unknown_scope_is_not_read() -> None:
    text = SPLIT.format(basic="291.25", staff="264.85", office="26.40")
    assert run(opc_within_stated_public, text, figures=_figures("31.60", scope="全口径")) == []


def test_the_table_public_funds_take_precedence() -> None:
    text = SPLIT.format(basic="291.25", staff="264.85", office="26.40")
    table = [EconomicLine("公用经费", Decimal("40.00"), None, 3, "基本支出表")]
    assert run(opc_within_stated_public, text, figures=_figures("31.60"), economic=table) == []


# ---- TB-HIER from the words: a 类 and its listed 项 --------------------------------------------------------------

CLASS = "科学技术支出（类）{whole}万元。其中：科学技术普及（款）机构运行（项）172.30万元，用于机关运转；科普活动（项）62.82万元，用于科普日活动；学术交流活动（项）25.00万元。"


@pytest.mark.parametrize(("whole", "expected"), [
    ("260.12", [("TB-HIER", "pass", "error")]),
    ("250.12", [("TB-HIER", "fail", "error")]),
    ("260.13", [("TB-HIER", "fail", "info")]),   # within 4 × 0.005
    ("260.15", [("TB-HIER", "fail", "error")]),  # beyond it
])
def test_a_class_equals_its_listed_items(whole: str, expected) -> None:
    assert run(class_named_in_words, CLASS.format(whole=whole)) == expected


def test_the_half_width_brackets_of_normalised_text_are_read() -> None:
    text = "社会保障和就业支出(类)35.20万元。其中:机关事业单位基本养老保险缴费支出(项)23.47万元,职业年金缴费支出(项)11.73万元。"
    assert run(class_named_in_words, text) == [("TB-HIER", "pass", "error")]


def test_the_list_stops_at_the_next_class() -> None:
    text = ("社会保障和就业支出（类）35.20万元，其中：基本养老保险缴费支出（项）23.47万元，职业年金缴费支出（项）11.73万元。"
            "住房保障支出（类）住房改革支出（款）住房公积金（项）21.60万元。")
    assert run(class_named_in_words, text) == [("TB-HIER", "pass", "error")]


@pytest.mark.parametrize("text", [
    # a selection of the items, not all of them
    "科学技术支出（类）250.12万元，其中主要包括：机构运行（项）172.30万元，科普活动（项）62.82万元。",
    # an amount in the list named by no (项)/(款): the list may be incomplete or of another kind
    "科学技术支出（类）250.12万元，其中：机构运行（项）172.30万元，科普活动（项）62.82万元，其他15.00万元。",
    # a 款 with its own 其中: the items nest, a plain sum would count them twice
    "卫生健康支出（类）100.00万元，其中：医疗保障管理事务（款）60.00万元，其中行政运行（项）60.00万元；行政单位医疗（项）40.00万元。",
    # a single item is no list
    "科学技术支出（类）250.12万元，其中：机构运行（项）172.30万元。",
])
def test_lists_that_may_be_partial_are_not_read(text: str) -> None:
    assert run(class_named_in_words, text) == []
