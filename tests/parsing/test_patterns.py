"""Each named pattern with its own table of example sentences (written for these tests, not copied)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.patterns import (
    bare_zero, both_zero, budget_actual, budget_beside, change_only, count_then_amount, label_amounts, prefer_actual, respective_changes,
    respectively, shared_change, zero_in_words,
)
from disclosures.parsing.prose import SANGONG_LABELS
from disclosures.parsing.text import normalize, to_simplified
from disclosures.parsing.vocabulary import label_pattern

ITEMS = {k: v for k, v in SANGONG_LABELS.items() if k != "sangong_total"}
D = Decimal


def values(found: list) -> dict[str, Decimal]:
    return {metric: hit.amount.value for metric, hit in found}


# label → amount -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "label", "value"), [
    ("2025年公务接待费预算6.80万元，比上年减少0.20万元。", "reception", "6.80"),
    ("公务接待费 6 . 80 万元。", "reception", "6.80"),
    ("公务接待费为68,000元。", "reception", "6.8"),
    ("（三）公務接待費6.80萬元。", "reception", "6.80"),
    ("因公出国(境)费用0万元；", "outbound_travel", "0"),
    ("机关运行经费预算合计为1,234.50万元。", "operating_costs", "1234.50"),
    ("本年度机关运行经费为零。", "operating_costs", "0"),
    ("公车运行维护4.50万元；", "vehicle_operation", "4.50"),
    ("其中公务接待0.75万元。", "reception", "0.75"),
    ("因公出国（境）经费：今年不组团出访，预算为零；", "outbound_travel", "0"),
    ("公务用车购置费：车辆均在使用年限内，预算数为0；", "vehicle_purchase", "0"),
])
def test_it_reads_a_label_followed_by_its_amount(sentence: str, label: str, value: str) -> None:
    text = normalize(to_simplified(sentence)[0])
    hits = label_amounts(text, label_pattern(label))
    assert hits and hits[0].amount.value == D(value)


@pytest.mark.parametrize(("sentence", "label"), [
    ("公务接待费约7万元。", "reception"),  # an estimate is not a figure
    ("“三公”经费、会议费和培训费合计96.30万元。", "sangong_total"),  # not the 三公 total
    ("主要原因是加强公务接待费管理，节约6.80万元。", "reception"),  # the label sits inside a reason
    ("公务接待批次12批，共接待210人次。", "reception"),  # a count, and the bare label is no label before 批次
    ("因公出国（境）经费：去年出访2批，今年预算为零；", "outbound_travel"),  # a figure inside the reason: unsure
])
def test_it_reads_no_amount_where_the_label_does_not_own_it(sentence: str, label: str) -> None:
    assert label_amounts(normalize(sentence), label_pattern(label)) == []


# 分别为 lists ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "expected"), [
    ("因公出国（境）费、公务用车购置费、公务用车运行维护费和公务接待费分别为0万元、0万元、7.20万元和3.10万元。",
     {"outbound_travel": "0", "vehicle_purchase": "0", "vehicle_operation": "7.20", "reception": "3.10"}),
    ("公务用车运行维护费和公务接待费分别为7.2、3.1万元。", {"vehicle_operation": "7.2", "reception": "3.1"}),
    ("公务用车运行费及公务接待费分别是72,000元和31,000元。", {"vehicle_operation": "7.2", "reception": "3.1"}),
])
def test_it_matches_a_respectively_list_by_position(sentence: str, expected: dict[str, str]) -> None:
    assert values(respectively(normalize(sentence), ITEMS)) == {k: D(v) for k, v in expected.items()}


@pytest.mark.parametrize("sentence", [
    "因公出国（境）费、公务接待费分别为0万元。",  # two labels, one amount: which is which is unknown
    "公务用车运行维护费和公务接待费分别为7.2和3.1。",  # no unit at all
])
def test_it_reads_nothing_from_a_respectively_list_that_does_not_pair_up(sentence: str) -> None:
    assert respectively(normalize(sentence), ITEMS) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("公务用车运行维护费和公务接待费分别比上年减少0.50万元和0.20万元。", {"vehicle_operation": "-0.50", "reception": "-0.20"}),
    ("公务用车运行维护费、公务接待费分别较2024年增加1万元、2万元。", {"vehicle_operation": "1", "reception": "2"}),
    ("因公出国(境)费和公务用车购置费均与上年持平。", {"outbound_travel": "0", "vehicle_purchase": "0"}),
])
def test_it_reads_changes_stated_for_several_items_at_once(sentence: str, expected: dict[str, str]) -> None:
    found = {metric: change.value for metric, change, _ in respective_changes(normalize(sentence), ITEMS, year=2025)}
    assert found == {k: D(v) for k, v in expected.items()}


def test_it_ignores_a_respective_change_against_the_budget_rather_than_last_year() -> None:
    text = normalize("公务用车运行维护费和公务接待费分别比年初预算减少0.50万元和0.20万元。")
    assert respective_changes(text, ITEMS, year=2025) == []


# 均与上年持平 after a run of items ---------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "flat"), [
    ("因公出国（境）费0万元，公务用车购置费0万元，均与上年持平；公务接待费3万元，比上年增加1万元。",
     {"outbound_travel", "vehicle_purchase"}),
    ("因公出国(境)费0万元、公务用车购置费0万元,均比上年度持平。", {"outbound_travel", "vehicle_purchase"}),
    ("因公出国(境)费0万元；公务接待费3万元，比上年增加1万元，均有说明。", set()),
])
def test_it_spreads_a_shared_flat_over_the_items_just_before_it(sentence: str, flat: set[str]) -> None:
    text = normalize(sentence)
    hits = [(m, h) for m, label in ITEMS.items() for h in label_amounts(text, label)]
    spread = shared_change(text, hits, year=2025)
    assert {hits[i][0] for i in spread} == flat
    assert all(change.value == 0 for change in spread.values())


@pytest.mark.parametrize(("sentence", "zeros"), [
    ("因公出国（境）费和公务用车购置费均为0。", {"outbound_travel", "vehicle_purchase"}),
    ("因公出国(境)费、公务用车购置费及公务接待费均为零。", {"outbound_travel", "vehicle_purchase", "reception"}),
    ("因公出国(境)费和公务用车购置费均为0万元。", {"outbound_travel", "vehicle_purchase"}),
    ("因公出国（境）和公务用车购置均为0。", {"outbound_travel", "vehicle_purchase"}),
    ("因公出国(境)费和公务接待费均不安排。", {"outbound_travel", "reception"}),
    ("因公出国(境)费、公务用车购置费都没有安排。", {"outbound_travel", "vehicle_purchase"}),
    ("因公出国（境）费和公务用车购置及运行维护费均不安排。", {"outbound_travel", "vehicle_total"}),
])
def test_it_reads_one_zero_for_each_item_of_a_both_zero_statement(sentence: str, zeros: set[str]) -> None:
    found = values(both_zero(normalize(sentence), ITEMS))
    assert found == {metric: D(0) for metric in zeros}


@pytest.mark.parametrize(("sentence", "label"), [
    ("公车购置零；公车运行维护4.50万元。", "vehicle_purchase"),
    ("出国（境）经费零；", "outbound_travel"),
])
def test_it_reads_a_zero_written_right_after_the_label(sentence: str, label: str) -> None:
    hits = bare_zero(normalize(sentence), label_pattern(label))
    assert [hit.amount.value for hit in hits] == [D(0)]


def test_it_does_not_take_a_number_after_both_zero_for_a_zero() -> None:
    assert both_zero(normalize("因公出国(境)费和公务用车购置费均为0.8万元。"), ITEMS) == []


# counts before the amount ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "label", "value"), [
    ("公务用车运行维护费按现有公务用车4辆核定，安排8.80万元，比上年减少0.20万元。", "vehicle_operation", "8.80"),
    ("公务接待费按全年接待15批次、120人次测算，安排3.50万元。", "reception", "3.50"),
    ("公务用车购置费：购置1辆，金额18.00万元。", "vehicle_purchase", "18.00"),
    ("公务接待费按接待30批次测算，预算为45,000元。", "reception", "4.5"),
])
def test_it_takes_the_money_after_the_counts_never_a_count(sentence: str, label: str, value: str) -> None:
    hits = count_then_amount(normalize(sentence), label_pattern(label))
    assert [h.amount.value for h in hits] == [D(value)]


def test_it_reads_no_amount_when_only_counts_are_stated() -> None:
    assert count_then_amount(normalize("公务用车运行维护费按现有公务用车4辆核定。"), label_pattern("vehicle_operation")) == []


# budget and actual ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "label", "actual", "budget"), [
    ("“三公”经费财政拨款支出年初预算为2.40万元，支出决算为1.85万元，完成预算的77.1%。", "sangong_total", "1.85", "2.40"),
    ("公务接待费预算数为3万元，决算数为2.6万元。", "reception", "2.6", "3"),
    ("公务接待费全年预算数为30,000元，实际支出26,000元。", "reception", "2.6", "3"),
    ("机关运行经费年初预算120.00万元，决算支出数为118.50万元。", "operating_costs", "118.50", "120.00"),
    # an aside explaining the budget is not a figure
    ("公务接待费预算数为8.00万元（含追加接待任务1.50万元），决算数为7.10万元。", "reception", "7.10", "8.00"),
    ("“三公”经费支出预算为31.20万元(年中调减2.00万元)，实际支出29.95万元。", "sangong_total", "29.95", "31.20"),
])
def test_it_reads_a_final_accounts_actual_with_its_budget_beside_it(sentence: str, label: str, actual: str,
                                                                   budget: str) -> None:
    hits = budget_actual(normalize(sentence), label_pattern(label))
    assert [(h.amount.value, h.budget.value if h.budget else None) for h in hits] == [(D(actual), D(budget))]


# zeros in words --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "label"), [
    ("本单位2025年无政府性基金预算财政拨款收入和支出。", r"政府性基金(?:预算)?(?:财政)?(?:拨款)?"),
    ("本部门无公务用车购置预算安排。", label_pattern("vehicle_purchase").replace("费(?:用)?", "(?:费)?")),
    ("2024年度无“三公”经费财政拨款支出。", label_pattern("sangong_total")),
    ("本中心没有安排因公出国（境）费，没有公务用车。", label_pattern("outbound_travel")),
])
def test_it_reads_a_zero_stated_in_words(sentence: str, label: str) -> None:
    hits = zero_in_words(normalize(sentence), label)
    assert [h.amount.value for h in hits] == [D(0)]


@pytest.mark.parametrize("sentence", [
    "（无政府性基金预算财政拨款收入支出的部门，作下述说明：上海市XX局2024年度无政府性基金预算财政拨款收入和支出。）",
    "主要原因是无政府性基金预算财政拨款收入和支出的项目减少。",
])
def test_it_reads_no_zero_from_a_template_or_a_reason(sentence: str) -> None:
    assert zero_in_words(normalize(sentence), r"政府性基金(?:预算)?(?:财政)?(?:拨款)?") == []


# a change without its figure -------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "label", "change"), [
    ("2024年度“三公”经费支出决算与2023年度相比持平。", "sangong_total", "0"),
    ("其中：公务接待费支出决算持平；", "reception", "0"),
    ("公务接待费支出决算比上年减少0.35万元。", "reception", "-0.35"),
])
def test_it_reads_a_change_stated_without_its_figure(sentence: str, label: str, change: str) -> None:
    found = change_only(normalize(sentence), label_pattern(label), year=2024)
    assert [c.value for c, _, _ in found] == [D(change)]


def test_it_reads_no_change_only_statement_where_the_amount_is_given() -> None:
    assert change_only(normalize("公务接待费2.60万元，比上年减少0.35万元。"), label_pattern("reception"), year=2024) == []


def test_it_reads_a_change_stated_beside_a_pointer_to_the_table() -> None:
    text = normalize("2025年本部门“三公”经费预算安排如下表，与上年预算持平。")
    found = change_only(text, label_pattern("sangong_total"), year=2025)
    assert [c.value for c, _, _ in found] == [D(0)]


@pytest.mark.parametrize(("sentence", "label", "value", "budget"), [
    ("收入年初预算数为320.00万元，决算数为335.60万元。", r"收入", "335.60", "320.00"),
    ("机关运行经费年初预算为25.00万元，决算支出为24.30万元。", label_pattern("operating_costs"), "24.30", "25.00"),
    ("机关运行经费预算为30万元，2023年决算为28万元。", label_pattern("operating_costs"), "30", None),  # another year's
    ("机关运行经费决算为28万元，年初预算30万元。", label_pattern("operating_costs"), "28", None),  # already the actual
    ("支出年初预算数为410.00万元（不含上年结转），决算数为398.20万元。", r"支出", "398.20", "410.00"),
])
def test_it_prefers_the_actual_named_right_after_a_budget(sentence: str, label: str, value: str,
                                                          budget: str | None) -> None:
    text = normalize(sentence)
    hit = prefer_actual(text, label_amounts(text, label, clause_start=False)[0])
    assert (hit.amount.value, hit.budget.value if hit.budget else None) == (D(value), None if budget is None else D(budget))


@pytest.mark.parametrize(("sentence", "label", "actual", "budget"), [
    ("公务接待费支出决算3.20万元，占年度预算4.00万元的80.0%。", "reception", "3.20", "4.00"),
    ("因公出国（境）费支出0元（年度预算0元）；", "outbound_travel", "0", "0"),
    ("公务用车运行维护费决算支出12.60万元（年初预算15.00万元），主要是…", "vehicle_operation", "12.60", "15.00"),
])
def test_it_keeps_the_budget_written_right_after_an_actual(sentence: str, label: str, actual: str,
                                                           budget: str) -> None:
    text = normalize(sentence)
    hit = budget_beside(text, label_amounts(text, label_pattern(label))[0])
    assert (hit.amount.value, hit.budget.value) == (D(actual), D(budget))


def test_it_keeps_no_budget_when_the_next_amount_is_not_one() -> None:
    text = normalize("公务接待费支出决算3.20万元，比上年减少0.80万元。")
    assert budget_beside(text, label_amounts(text, label_pattern("reception"))[0]).budget is None
