"""Each named pattern with its own table of example sentences (written for these tests, not copied)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.patterns import (
    all_of, bare_zero, both_zero, budget_actual, budget_beside, change_only, count_then_amount, label_amounts,
    prefer_actual, respective_changes, respectively, shared_change, subjectless_change, subjectless_total,
    vehicle_split, zero_in_words,
)
from disclosures.parsing import parse_disclosure
from disclosures.parsing.clauses import at_clause_start
from disclosures.parsing.prose import SANGONG_LABELS
from disclosures.parsing.text import normalize, to_simplified


from disclosures.parsing.clauses import find_change
from disclosures.parsing.numbers import parse_chinese_count
from disclosures.parsing.prose import SANGONG_LABELS, other_figures, sangong_figures, staff_figures, totals_figures
from disclosures.parsing.text import join_lines, normalize, page_lines, to_simplified
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
    # short vehicle labels, and the vehicle subtotal named by its subject alone
    ("车辆运行费28,000元；", "vehicle_operation", "2.8"),
    ("车辆运行维护费1.60万元。", "vehicle_operation", "1.60"),
    ("车辆购置费0元；", "vehicle_purchase", "0"),
    ("公务用车费用3.20万元，其中：购置费0万元。", "vehicle_total", "3.20"),
    ("公务用车经费合计5.00万元。", "vehicle_total", "5.00"),
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
    ("“三公”经费预算中公务接待费4.10万元。", "sangong_total"),  # after 中 the amount is a part's
    ("机关运行经费其中办公费3.00万元。", "operating_costs"),
    ("2024年支出预算中人员经费12.00万元。", "expenditure_total"),
])
def test_it_reads_no_amount_where_the_label_does_not_own_it(sentence: str, label: str) -> None:
    assert label_amounts(normalize(sentence), label_pattern(label)) == []


# a bracket glossing the label ------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "label", "value"), [
    ("基本支出（人员经费和公用经费）351.90万元，项目支出125.00万元。", "basic_expenditure", "351.90"),
    ("其中基本支出(含人员支出)200万元。", "basic_expenditure", "200"),  # nothing added: no 和/及 to worry about
    ("公务接待费（国内接待及外宾接待）2.30万元。", "reception", "2.30"),
    ("项目支出（专项业务费、设备购置）88.00万元。", "project_expenditure", "88.00"),
])
def test_it_reads_past_a_bracket_that_glosses_the_label(sentence: str, label: str, value: str) -> None:
    hits = label_amounts(normalize(sentence), label_pattern(label))
    assert hits and hits[0].amount.value == D(value)


def test_a_bracket_that_adds_other_spending_still_blocks_the_amount() -> None:
    text = normalize("“三公”经费（含会议费和培训费）96.30万元。")
    assert label_amounts(text, label_pattern("sangong_total")) == []


# a change whose sign is the number's ----------------------------------------------------------------------
@pytest.mark.parametrize(("phrase", "change"), [
    ("14.60万元，比上年增（减）-1.40万元。", "-1.40"),
    ("7.20万元，比上年增（减）0万元。", "0"),
    ("5.00万元，较上年增加（减少）-0.35万元。", "-0.35"),
    ("5.00万元，比上年增(+)减(-)2.10万元。", "2.10"),
    ("5.00万元，与上年相比增/减-12,000元。", "-1.2"),
    ("5.00万元，比上年增减-3.5万元。", "-3.5"),
    ("5.00万元，比上年增减额为+1.20万元。", "1.20"),
    ("5.00万元，较上年增（减）变动-0.60万元。", "-0.60"),
    ("5.00万元，比上年减少0.80万元。", "-0.80"),  # one direction: its own sign
])
def test_it_reads_a_change_written_with_both_directions_and_a_signed_number(phrase: str, change: str) -> None:
    text = normalize(phrase)
    start = text.index("元") + 1
    found = find_change(text, start, len(text), unit="万元", year=2024)
    assert found is not None and found.value == D(change)


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
    # the car's head named once for both parts; a time word between the items and the zero
    ("公务用车购置费和运行维护费均为零元。", {"vehicle_purchase", "vehicle_operation"}),
    ("因公出国（境）费和公务接待费今年都不安排。", {"outbound_travel", "reception"}),
    ("公务用车购置费与运行费2025年均未安排。", {"vehicle_purchase", "vehicle_operation"}),
    # no zero: a direction or a count after the items
    ("公务用车购置费和运行维护费均有所下降。", set()),
    ("因公出国（境）费和公务接待费今年都有增长。", set()),
    ("公务用车购置费和运行维护费均为12.00万元。", set()),
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


@pytest.mark.parametrize(("sentence", "zeros"), [
    ("因公出国（境）费和公务用车购置费未安排预算。", {"outbound_travel", "vehicle_purchase"}),
    ("因公出国(境)费、公务用车购置费未发生，", {"outbound_travel", "vehicle_purchase"}),
    ("因公出国(境)费和公务接待费无预算安排；", {"outbound_travel", "reception"}),
    ("因公出国(境)费和公务接待费无变化。", set()),  # no change is no zero
    ("因公出国（境）费和公务用车购置费没有预算。", {"outbound_travel", "vehicle_purchase"}),
    ("公务接待费、因公出国(境)费没有发生；", {"outbound_travel", "reception"}),
    ("因公出国（境）费和购车费均为0。", {"outbound_travel", "vehicle_purchase"}),
    ("因公出国(境)费和公务接待费没有变化。", set()),
    ("因公出国(境)费和公务接待费未安排的原因是压减开支。", set()),  # the words do not close the clause
])
def test_it_reads_a_zero_for_several_items_stated_as_not_arranged(sentence: str, zeros: set[str]) -> None:
    assert values(both_zero(normalize(sentence), ITEMS)) == {metric: D(0) for metric in zeros}


@pytest.mark.parametrize(("lines", "label", "zeros"), [
    (["1、因公出国（境）费：0", "2、公务用车购置费：0"], "outbound_travel", 1),
    (["1、因公出国（境）费：0", "2、公务用车购置费：0"], "vehicle_purchase", 1),
    (["出国（境）费：0；公务接待费：2.30万元。"], "outbound_travel", 1),
    (["公务接待费比上年增加：0", ".60万元"], "reception", 0),  # a number wrapped onto the next line is no zero
    (["因公出国（境）费：0.60万元"], "outbound_travel", 0),
    (["因公出国（境）费：05年起停止"], "outbound_travel", 0),
])
def test_it_reads_a_bare_zero_after_a_colon_that_closes_its_line(lines: list[str], label: str, zeros: int) -> None:
    joined = join_lines(page_lines(["\n".join(lines)]))
    breaks = frozenset(start for start, _page in joined.marks)
    assert [hit.amount.value for hit in bare_zero(joined.text, label_pattern(label), breaks=breaks)] == [D(0)] * zeros


@pytest.mark.parametrize(("sentence", "whole", "zeros"), [
    ("“三公”经费共7.50万元，全部为公务接待费，因公出国（境）费和公务用车购置费均为0万元。", "reception",
     {"outbound_travel", "vehicle_purchase"}),
    ("“三公”经费合计3.20万元，均为公务用车运行维护费；因公出国（境）费、公务接待费都为零。", "vehicle_operation",
     {"outbound_travel", "reception"}),
    ("“三公”经费9.00万元，全额用于公务接待费。", "reception", set()),
    ("“三公”经费9.00万元，全部为公务接待费和会议费。", None, set()),  # two things named: not one item's amount
])
def test_it_reads_an_amount_that_is_all_one_item_and_not_that_item_as_a_zero(sentence: str, whole: str | None,
                                                                               zeros: set[str]) -> None:
    text = normalize(sentence)
    assert [metric for metric, _pos in all_of(text, ITEMS)] == ([whole] if whole else [])
    assert values(both_zero(text, ITEMS)) == {metric: D(0) for metric in zeros}


def test_it_reads_a_statement_whose_whole_amount_is_one_item() -> None:
    parsed = parse_disclosure("某县某局2025年部门预算情况说明\n“三公”经费预算5.60万元，全部为公务接待费，因公出国（境）费、"
                              "公务用车购置费和公务用车运行维护费均为0万元。".encode())
    got = {k: parsed.figures[k].value for k in ("sangong_total", "reception", "outbound_travel", "vehicle_purchase",
                                                 "vehicle_operation")}
    assert got == {"sangong_total": D("5.60"), "reception": D("5.60"), "outbound_travel": D(0),
                   "vehicle_purchase": D(0), "vehicle_operation": D(0)}
    assert [c.outcome for c in parsed.checks if c.rule == "SG-SUM"] == ["pass"]


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
    # a pointer to the table or the annex, then the subject restated or the year as subject
    ("本所“三公”经费预算情况见下表，总额比上年减少0.60万元，主要是压减接待。", "sangong_total", "-0.60"),
    ("本馆“三公”经费预算见附表4，合计较上年预算数增加0.25万元。", "sangong_total", "0.25"),
    ("“三公”经费预算如下表，2024年比2023年减少1.10万元。", "sangong_total", "-1.10"),
])
def test_it_reads_a_change_stated_without_its_figure(sentence: str, label: str, change: str) -> None:
    found = change_only(normalize(sentence), label_pattern(label), year=2024)
    assert [c.value for c, _, _ in found] == [D(change)]


def test_it_reads_no_change_only_statement_where_the_amount_is_given() -> None:
    assert change_only(normalize("公务接待费2.60万元，比上年减少0.35万元。"), label_pattern("reception"), year=2024) == []


@pytest.mark.parametrize(("text", "change"), [
    ("详见下表，2024年比2023年增加1.00万元，原因是新增宣传任务。", "1.00"),
    ("如下表。总额较上年减少0.40万元。", "-0.40"),
    ("2024年预算比上年减少2.50万元，主要是车辆减少。", "-2.50"),
])
def test_it_reads_the_change_a_section_opens_with_under_a_heading_naming_the_total(text: str, change: str) -> None:
    found = subjectless_change(normalize(text), year=2024)
    assert found is not None and found[0].value == D(change)


@pytest.mark.parametrize("text", [
    "公务接待费比上年减少0.35万元。",  # a label: not the heading's total
    "详见下表，2023年比2022年增加1.00万元。",  # another year's change
    "本部门严格控制支出，比上年更加节约。",  # no amount
])
def test_it_reads_no_opening_change_where_a_label_or_another_year_speaks(text: str) -> None:
    assert subjectless_change(normalize(text), year=2024) is None


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


# vehicle_split: the parts of 公务用车购置及运行维护费 named short right after its amount ---------------------
WHOLE = None  # the part takes the whole amount


@pytest.mark.parametrize(("sentence", "parts", "rest"), [
    ("公务用车购置及运行维护费18.00万元，全部为运行维护费（购置费为0），比上年少1.10万元。",
     {"vehicle_operation": WHOLE, "vehicle_purchase": "0"}, ",比上年少1.10万元。"),
    ("公务用车购置及运行维护费9.40万元，均为运行费。", {"vehicle_operation": WHOLE}, "。"),
    ("公务用车购置及运行维护费9.40万元，其中购置费0，主要用于3辆执法车。", {"vehicle_purchase": "0"}, ",主要用于3辆执法车。"),
    ("公务用车购置及运行维护费9.40万元（购置费为零，全部用于运行维护）。",
     {"vehicle_purchase": "0", "vehicle_operation": WHOLE}, "。"),
    ("公务用车购置及运行维护费9.40万元，其中：购置支出0万元、运行维护支出9.40万元，与上年持平。",
     {"vehicle_purchase": "0", "vehicle_operation": "9.40"}, ",与上年持平。"),
    ("公务用车购置及运行维护费9.40万元，全部用于公务用车运行维护。", {"vehicle_operation": WHOLE}, "。"),
])
def test_it_reads_the_vehicle_parts_named_short_after_the_amount(sentence: str, parts: dict, rest: str) -> None:
    text = normalize(sentence)
    found = vehicle_split(text, text.index("万元") + 2)
    assert found is not None
    assert {m: a if a is None else a.value for m, a in found.parts.items()} == {
        m: v if v is None else D(v) for m, v in parts.items()}
    assert text[found.end:] == rest


@pytest.mark.parametrize("sentence", [
    "公务用车购置及运行维护费9.40万元，比上年减少0.60万元。",  # a change, no part
    "公务用车购置及运行维护费9.40万元，其中：公务用车购置费0万元，公务用车运行维护费9.40万元。",  # full labels: own figures
    "公务用车购置及运行维护费9.40万元，购置费0，购置费为零。",  # one part twice: not a plain split
    "公务用车购置及运行维护费9.40万元，主要用于车辆运行。",  # a reason, not a statement of the whole
])
def test_it_reads_no_vehicle_split_where_none_is_stated(sentence: str) -> None:
    text = normalize(sentence)
    assert vehicle_split(text, text.index("万元") + 2) is None


# subjectless_total: an amount without a label whose parts follow after 其中 -----------------------------------
@pytest.mark.parametrize(("sentence", "value"), [
    ("2025年预算安排12.40万元，其中因公出国（境）费0万元，公务用车运行维护费8.00万元，公务接待费4.40万元。", "12.40"),
    ("2024年度决算支出8.15万元（预算9.00万元），其中公务用车运行维护费6.00万元，公务接待费2.15万元。", "8.15"),
    ("全年共计68,000元，其中：公务接待费18,000元、公务用车运行维护费50,000元。", "6.8"),
    ("一、预算安排。12.40万元，其中因公出国（境）费0万元，公务接待费12.40万元。", "12.40"),
    # the block's first words, a change right after, the items in the next sentence (no 其中)
    ("2025年安排9.30万元，比上年少0.70万元。公务用车运行维护费6.00万元；公务接待费3.30万元。", "9.30"),
    ("本年度支出4.10万元，较上年增加0.20万元。公务接待费1.10万元，公务用车运行维护费3.00万元。", "4.10"),
])
def test_it_reads_a_total_whose_subject_is_the_heading_above(sentence: str, value: str) -> None:
    found = subjectless_total(normalize(sentence), ITEMS)
    assert [hit.amount.value for hit in found] == [D(value)]


@pytest.mark.parametrize("sentence", [
    "2025年预算安排300.00万元，其中基本支出200.00万元，项目支出100.00万元。",  # parts that are not 三公 items
    "2025年预算安排12.40万元，其中公务接待费4.40万元。",  # one item: a part, maybe not the whole list
    "机关运行经费预算安排12.40万元，其中因公出国（境）费0万元，公务接待费4.40万元。",  # a label names the subject
    "主要原因是压减12.40万元，其中因公出国（境）费0万元，公务接待费4.40万元。",  # a reason, not a statement
    # opening with an amount and a change, but no items next, or the amount is not the block's first words
    "2025年安排9.30万元，比上年少0.70万元。主要用于日常运转。",
    "2025年安排9.30万元，比上年少0.70万元。公务接待费3.30万元。",
    "本年培训费安排9.30万元，比上年少0.70万元。公务用车运行维护费6.00万元；公务接待费3.30万元。",
])
def test_it_reads_no_subjectless_total_where_a_subject_or_the_parts_are_missing(sentence: str) -> None:
    assert subjectless_total(normalize(sentence), ITEMS) == []


HEADED = "某某县林业局2025年“三公”经费预算说明\n一、{heading}\n{body}\n"


@pytest.mark.parametrize(("heading", "body"), [
    ("2025年“三公”经费预算", "2025年预算安排12.40万元，其中因公出国（境）费0万元，公务用车运行维护费8.00万元，公务接待费4.40万元。"),
    ("2025年“三公”经费预算安排12.40万元", "其中因公出国（境）费0万元，公务用车运行维护费8.00万元，公务接待费4.40万元。"),
])
def test_it_reads_a_total_stated_with_its_heading(heading: str, body: str) -> None:
    result = parse_disclosure(HEADED.format(heading=heading, body=body).encode(), filename="a.txt")
    assert {k: f.value for k, f in result.figures.items()} == {
        "sangong_total": D("12.40"), "outbound_travel": D("0"), "vehicle_operation": D("8.00"), "reception": D("4.40")}


def test_an_item_after_an_amount_glued_to_its_qizhong_opens_a_clause() -> None:
    text = "“三公”经费预算安排9.60万元其中因公出国(境)费0万元"
    assert at_clause_start(text, text.index("因公"))
    assert not at_clause_start("主要原因是减少公务接待费", 7)


# whole statements: a change in brackets, the vehicle parts in words, the appropriation ---------------------------
def _sangong(text: str, kind: str = "预算") -> dict[str, tuple]:
    figures = sangong_figures(join_lines(page_lines([text])), year=2020, kind=kind)
    return {key: (figure.value, figure.change) for key, figure in figures.items()}


@pytest.mark.parametrize(("text", "expected"), [
    ("“三公”经费预算8.90万元(较上年减少1.10万元)。公务接待费3.20万元（比上年增加0.40万元）。",
     {"sangong_total": ("8.90", "-1.10"), "reception": ("3.20", "0.40")}),
    ("“三公”经费预算4.00万元（与上年持平）。", {"sangong_total": ("4.00", "0")}),
    # a bracket listing the parts is no change: the change after it is the total's
    ("公务用车购置及运行维护费12.50万元(其中:购置费0万元,运行维护费12.50万元),比上年减少0.80万元。",
     {"vehicle_total": ("12.50", "-0.80"), "vehicle_purchase": ("0", None), "vehicle_operation": ("12.50", None)}),
])
def test_it_reads_a_change_written_in_brackets_after_the_figure(text: str, expected: dict) -> None:
    found = _sangong(text)
    assert {k: found[k] for k in expected} == {
        k: (D(v), None if c is None else D(c)) for k, (v, c) in expected.items()}


@pytest.mark.parametrize(("text", "expected"), [
    ("“三公”经费预算2.40万元，全部为公务接待费，与上年一样。", {"sangong_total": ("2.40", "0"), "reception": ("2.40", None)}),
    ("“三公”经费预算5.00万元，和去年一样；公务接待费1.00万元。", {"sangong_total": ("5.00", "0"), "reception": ("1.00", None)}),
    ("本单位无车，车辆购置和运行维护费为零。", {"vehicle_total": ("0", None)}),
    ("车辆购置及运行维护费3.30万元，比上年减少0.20万元。", {"vehicle_total": ("3.30", "-0.20")}),
])
def test_it_reads_same_as_last_year_and_the_pair_of_car_costs_named_by_vehicles(text: str, expected: dict) -> None:
    found = _sangong(text)
    assert {k: found.get(k) for k in expected} == {
        k: (D(v), None if c is None else D(c)) for k, (v, c) in expected.items()}


@pytest.mark.parametrize(("text", "expected"), [
    ("公务接待费比上年减少0.30万元，安排2.70万元。", {"reception": ("2.70", "-0.30")}),
    ("公务用车运行维护费较上年增加1.00万元，今年预算为6.00万元；", {"vehicle_operation": ("6.00", "1.00")}),
    ("“三公”经费比上年压减0.40万元，预算安排4.60万元。", {"sangong_total": ("4.60", "-0.40")}),
    ("“三公”经费较上年减少1.10万元，为8.90万元。", {"sangong_total": ("8.90", "-1.10")}),
])
def test_it_reads_a_change_stated_before_its_amount(text: str, expected: dict) -> None:
    found = _sangong(text)
    assert {k: found.get(k) for k in expected} == {k: (D(v), D(c)) for k, (v, c) in expected.items()}


@pytest.mark.parametrize(("text", "expected"), [
    ("本年公务用车运行维护费1.80万元，公务接待费0.70万元，合计2.50万元，比上年减少0.20万元。",
     {"sangong_total": ("2.50", "-0.20"), "reception": ("0.70", None)}),
    ("因公出国（境）费3.00万元、公务接待费1.00万元，以上共计4.00万元。", {"sangong_total": ("4.00", None)}),
    # only the car's two parts before the sum: the car total
    ("公务用车购置费0万元，公务用车运行维护费2.20万元，小计2.20万元；公务接待费0.90万元。",
     {"vehicle_total": ("2.20", None), "reception": ("0.90", None)}),
    ("公务接待费1.10万元，合计1.10万元。", {"reception": ("1.10", None)}),  # one item is no total of parts
])
def test_it_reads_a_total_given_after_its_parts(text: str, expected: dict) -> None:
    found = _sangong(text)
    assert {k: found.get(k) for k in expected} == {
        k: (D(v), None if c is None else D(c)) for k, (v, c) in expected.items()}
    if len(expected) == 1 and "reception" in expected:
        assert "sangong_total" not in found


@pytest.mark.parametrize(("text", "expected"), [
    # the change in the next sentence, the comparison first and the total as a bare 支出
    ("2020年度“三公”经费年初预算6.00万元，实际支出5.10万元。与2019年度相比，支出减少0.40万元。", ("5.10", "6.00", "-0.40")),
    ("2020年度“三公”经费决算4.00万元。与上年比较，“三公”经费支出增加0.50万元，主要是接待增多。", ("4.00", None, "0.50")),
    ("2020年度“三公”经费决算4.00万元。与2018年度相比，支出减少0.50万元。", ("4.00", None, None)),  # not last year
    # the budget in its own clause after the actual; a change after a percentage-point distractor and a ;
    ("2020年度“三公”经费支出2.30万元，年初预算3.00万元，完成预算的76.67%，执行率比上年提高2.1个百分点；"
     "比上年减少0.10万元。", ("2.30", "3.00", "-0.10")),
    # a 决算 block opening with budget and actual, no label, the items in the next sentence
    ("2020年度预算安排3.20万元，实际支出2.90万元，比预算节约0.30万元。分项为：公务接待费实际支出0.90万元；"
     "公务用车运行维护费实际支出2.00万元。", ("2.90", "3.20", None)),
    ("2020年度预算安排3.20万元，实际支出2.90万元。", None),  # no items named: no total
])
def test_it_reads_a_final_accounts_total_with_its_budget_and_change_in_their_wordings(text: str,
                                                                                     expected: tuple | None) -> None:
    found = sangong_figures(join_lines(page_lines([text])), year=2020, kind="决算").get("sangong_total")
    got = (found.value, found.budget, found.change) if found else None
    assert got == (tuple(None if v is None else D(v) for v in expected) if expected else None)


@pytest.mark.parametrize(("text", "purchase", "operation"), [
    ("公务用车运行维护及购置费：4.50万元（全部为运行维护费，无购置支出）。", "0", "4.50"),
    ("公务用车购置及运行维护费6.00万元，全部为运行维护费，没有购置费。", "0", "6.00"),
    ("公务用车购置及运行费25.00万元（全部用于购置费，未安排运行维护费）。", "25.00", "0"),
])
def test_it_splits_the_combined_vehicle_item_when_words_say_where_it_all_went(text: str, purchase: str,
                                                                              operation: str) -> None:
    found = _sangong(text)
    assert (found["vehicle_purchase"][0], found["vehicle_operation"][0]) == (D(purchase), D(operation))


def test_it_leaves_the_vehicle_parts_alone_when_the_words_name_no_part() -> None:
    found = _sangong("公务用车购置及运行维护费6.00万元，主要用于执法车辆。")
    assert "vehicle_purchase" not in found and "vehicle_operation" not in found


@pytest.mark.parametrize(("text", "appropriation"), [
    ("2018年收入预算612.35万元，其中财政拨款收入548.35万元，事业收入64.00万元。", "548.35"),
    ("本年收入合计300.00万元，其中：财政拨款收入280.00万元，其他收入20.00万元。", "280.00"),
    ("收入预算420.00万元，其中财政拨款400.00万元，事业收入20.00万元。", "400.00"),
    ("收入预算420.00万元，全部为事业收入；财政拨款结转10.00万元。", None),  # a carry-over, not the appropriation
    # 政府性基金 in the text: 财政拨款 mixes two funds, so it says nothing of the general budget alone
    ("收入预算500.00万元，其中财政拨款收入480.00万元（含政府性基金拨款30.00万元）。", None),
    # without 全部 only when the general budget is named outright
    ("收入预算总额2450000元，为一般公共预算拨款；支出预算总额2450000元。", "245"),
    ("收入预算245.00万元，是一般公共预算财政拨款。", "245.00"),
    ("收入预算245.00万元，为财政拨款。", None),
    ("收入预算245.00万元，为上年的1.2倍。", None),
])
def test_it_takes_the_appropriation_income_for_the_general_budget_when_no_other_fund_is_named(
        text: str, appropriation: str | None) -> None:
    figures = totals_figures(join_lines(page_lines([text])), None, year=2018)
    got = figures.get("general_budget_appropriation")
    assert (got.value if got else None) == (D(appropriation) if appropriation else None)


@pytest.mark.parametrize(("text", "income", "spending"), [
    # a total is never a sub-item's amount: 基本支出 after 支出中, a function line after a colon
    ("2019年本站收支预算均为520.40万元。支出中基本支出400.40万元，项目支出120.00万元。", "520.40", "520.40"),
    ("收支均为66.00万元，全部为财政拨款；支出中项目支出6.00万元。", "66.00", "66.00"),
    ("(一)收支总体情况。收入预算合计300.00万元；支出预算合计300.00万元，其中基本支出250.00万元。"
     "(二)一般公共预算支出按功能分类:一般公共服务支出210.00万元，住房保障支出90.00万元。", "300.00", "300.00"),
    ("收入预算80.00万元。(二)支出预算情况:教育支出60.00万元，其他支出20.00万元。", "80.00", None),
    ("本年收入合计45.00万元，本年支出合计44.00万元。", "45.00", "44.00"),
    ("收入预算120.00万元，其中事业收入20.00万元；支出预算120.00万元，其中基本支出100.00万元。", "120.00", "120.00"),
])
def test_a_total_is_never_taken_from_a_part_or_a_function_line(text: str, income: str, spending: str | None) -> None:
    figures = totals_figures(join_lines(page_lines([text])), None, year=2019)
    got = {k: figures[k].value if k in figures else None for k in ("income_total", "expenditure_total")}
    assert got == {"income_total": D(income), "expenditure_total": D(spending) if spending else None}


@pytest.mark.parametrize(("text", "basic", "project"), [
    ("支出预算92.00万元，其中工资福利和办公费等基本支出80.00万元，展览和讲座等项目支出12.00万元。", "80.00", "12.00"),
    ("支出预算92.00万元，其中基本支出80.00万元，非遗保护和群众文化活动等项目支出12.00万元。", "80.00", "12.00"),
    # no split: no 其中 opening it, a purpose or a change rather than the part's amount
    ("支出预算92.00万元，主要用于展览和讲座等项目支出12.00万元。", None, None),
    ("支出预算92.00万元，其中基本支出80.00万元，另有上年结转的培训和会议课题研究等项目支出12.00万元。", "80.00", None),
    ("支出预算92.00万元，其中基本支出80.00万元；展览等项目支出增加2.00万元。", "80.00", None),
])
def test_it_reads_a_part_whose_subject_lists_what_it_pays_for(text: str, basic: str | None,
                                                               project: str | None) -> None:
    figures = totals_figures(join_lines(page_lines([text])), None, year=2016)
    got = {k: figures[k].value if k in figures else None for k in ("basic_expenditure", "project_expenditure")}
    assert got == {"basic_expenditure": D(basic) if basic else None, "project_expenditure": D(project) if project else None}


@pytest.mark.parametrize(("text", "income", "spending", "appropriation"), [
    # one amount for both totals
    ("2018年本所预算收入和预算支出均为45.20万元，全部是一般公共预算拨款，其中基本支出40.20万元。",
     "45.20", "45.20", "45.20"),
    ("收入与支出都是88.00万元。", "88.00", "88.00", None),
    # the appropriation named once after both totals
    ("2018年本馆收入预算75.10万元，支出预算75.10万元，均为一般公共预算拨款。", "75.10", "75.10", "75.10"),
    ("收入总计310.00万元，支出总计310.00万元。其中一般公共预算拨款300.00万元，上年结转10.00万元。",
     "310.00", "310.00", "300.00"),
    # unbalanced totals: the 其中 speaks for the spending just before it, not the income
    ("收入总计310.00万元，支出总计305.00万元。其中一般公共预算拨款300.00万元。", "310.00", "305.00", None),
    # 财政拨款 naming no fund is the general budget's only when no other fund is named
    ("本站2016年收入预算64.30万元，全部为财政拨款；支出预算64.30万元。", "64.30", "64.30", "64.30"),
    ("收入预算90.00万元，都是财政拨款收入；支出预算90.00万元，无政府性基金预算。", "90.00", "90.00", "90.00"),
    ("收入预算90.00万元，全部为财政拨款；支出预算90.00万元，其中政府性基金安排的支出5.00万元。", "90.00", "90.00",
     None),
])
def test_it_reads_totals_stated_once_for_both_and_the_appropriation_after_them(
        text: str, income: str, spending: str, appropriation: str | None) -> None:
    figures = totals_figures(join_lines(page_lines([text])), None, year=2018)
    got = {k: figures[k].value if k in figures else None
           for k in ("income_total", "expenditure_total", "general_budget_appropriation")}
    assert got == {"income_total": D(income), "expenditure_total": D(spending),
                   "general_budget_appropriation": D(appropriation) if appropriation else None}


@pytest.mark.parametrize(("text", "metric", "value", "budget", "change"), [
    ("2020年度“三公”经费财政拨款支出决算1.26万元，年初预算2.00万元，决算数比年初预算少0.74万元，"
     "比2019年度决算减少0.38万元。", "sangong_total", "1.26", "2.00", "-0.38"),
    ("公务接待费实际支出3.00万元，年初预算3.50万元，比上年增加0.20万元。", "reception", "3.00", "3.50", "0.20"),
    ("公务接待费决算3.00万元，比年初预算节约0.50万元，与上年持平。", "reception", "3.00", None, "0"),
    ("公务接待费决算3.00万元，年初预算3.50万元，比年初预算减少0.50万元。", "reception", "3.00", "3.50", None),
])
def test_it_reads_the_change_on_last_year_after_a_final_accounts_budget_comparison(
        text: str, metric: str, value: str, budget: str | None, change: str | None) -> None:
    figure = sangong_figures(join_lines(page_lines([text])), year=2020, kind="决算")[metric]
    assert (figure.value, figure.budget, figure.change) == (
        D(value), None if budget is None else D(budget), None if change is None else D(change))


def test_a_saving_without_what_it_is_compared_with_is_no_change_on_last_year() -> None:
    text = normalize("公务接待费决算3.00万元，节约0.50万元。")
    assert find_change(text, text.index("元") + 1, len(text), unit="万元", year=2020) is None


# a table flattened one cell per line, amounts in 元 with thousands separators --------------------------------
FLAT_YUAN_TABLE = "\n".join([
    "某县审计局2019年“三公”经费预算表", "金额单位：元", "项目", "上年预算", "本年预算",
    "合计", "123,400.00", "110,000.00",
    "因公出国（境）费", "0", "0",
    "公务用车购置及运行维护费", "90,000.00", "80,000.00",
    "公务接待费", "33,400.00", "30,000.00",
    "以上数据以财政批复为准。",
])


def test_it_reads_a_table_flattened_one_cell_per_line_with_separated_thousands() -> None:
    from disclosures.parsing import parse_disclosure

    figures = parse_disclosure(FLAT_YUAN_TABLE.encode(), filename="x.txt").figures
    assert {k: figures[k].value for k in ("sangong_total", "outbound_travel", "vehicle_total", "reception")} == {
        "sangong_total": D("11"), "outbound_travel": D("0"), "vehicle_total": D("8"), "reception": D("3")}
    assert figures["sangong_total"].source_unit == "元"


@pytest.mark.parametrize(("lines", "zeros"), [
    (["其中：", "1、因公出国（境）费：无", "2、公务用车购置费：未安排", "3、公务接待费：1.20万元"],
     {"outbound_travel", "vehicle_purchase"}),
    (["因公出国（境）费：无；公务用车购置费未发生。"], {"outbound_travel", "vehicle_purchase"}),
    (["因公出国（境）费：无出访计划，预算减少。"], set()),  # 无 opens a reason, not a zero
    # zeros after the label in a 决算's words
    (["出国（境）经费年初未安排，全年决算为零；公务接待费0.50万元。"], {"outbound_travel"}),
    (["公务用车购置费零元，公务用车运行维护费零元（单位没有车）。"], {"vehicle_purchase", "vehicle_operation"}),
    (["公务用车购置费没有预算，公务接待费2.10万元。"], {"vehicle_purchase"}),
    (["因公出国（境）费没有发生。"], {"outbound_travel"}),
    (["公务接待费零星开支1.20万元。"], set()),  # 零星 is no zero
])
def test_it_reads_items_not_arranged_each_closing_its_line_or_clause(lines: list[str], zeros: set[str]) -> None:
    figures = sangong_figures(join_lines(page_lines(["\n".join(lines)])), year=2024, kind="预算")
    assert {k: f.value for k, f in figures.items() if f.value == 0} == {k: D(0) for k in zeros}


@pytest.mark.parametrize(("text", "purchase", "operation"), [
    ("公务用车购置及运行维护费：4.50万元（均为运行维护费）。", "0", "4.50"),
    ("公务用车购置及运行费7.00万元，全部用于购置费。", "7.00", "0"),
])
def test_when_one_vehicle_part_is_the_whole_amount_the_other_is_zero(text: str, purchase: str, operation: str) -> None:
    found = _sangong(text)
    assert (found["vehicle_purchase"][0], found["vehicle_operation"][0]) == (D(purchase), D(operation))


def test_a_final_accounts_budget_named_as_completed_is_kept_beside_the_actual() -> None:
    text = "“三公”经费财政拨款支出决算6.80万元，完成年初预算8.00万元的85.0%，较2019年度决算减少0.60万元。"
    figure = sangong_figures(join_lines(page_lines([text])), year=2020, kind="决算")["sangong_total"]
    assert (figure.value, figure.budget, figure.change) == (D("6.80"), D("8.00"), D("-0.60"))


def test_a_numbered_item_on_its_own_line_is_cited_from_its_number() -> None:
    lines = ["1.因公出国（境）费：无", "2.公务接待费：2.30万元"]
    figures = sangong_figures(join_lines(page_lines(["\n".join(lines)])), year=2020, kind="预算")
    assert figures["reception"].source == "2.公务接待费：2.30万元"


@pytest.mark.parametrize(("lines", "metric", "source"), [
    (["公务用车运行维护费：3.00万元", "公务接待费：1.60万元"], "reception", "公务接待费：1.60万元"),
    (["因公出国（境）费：0", "公务用车购置费：0"], "vehicle_purchase", "公务用车购置费：0"),
    # a sentence wrapped after 其中: the citation keeps its opening
    (["“三公”经费预算4.60万元，其中：", "公务接待费1.60万元。"], "reception", "“三公”经费预算4.60万元，其中：公务接待费1.60万元"),
])
def test_a_paragraph_that_opens_with_its_label_is_cited_from_the_label(lines: list[str], metric: str,
                                                                       source: str) -> None:
    figures = sangong_figures(join_lines(page_lines(["\n".join(lines)])), year=2023, kind="预算")
    assert figures[metric].source == source


# headcount in Chinese numerals ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "count"), [
    ("七", 7), ("十", 10), ("十五", 15), ("二十三", 23), ("九十九", 99), ("一百零五", 105), ("两百", 200),
    ("三百二", 320), ("一百一十", 110), ("一〇五", 105), ("一千零一", 1001),
])
def test_it_reads_a_count_written_in_chinese_numerals(raw: str, count: int) -> None:
    assert parse_chinese_count(raw) == count


@pytest.mark.parametrize("raw", ["二三十", "十百", "一百十", "〇五", "", "五十x"])
def test_it_reads_no_count_from_a_malformed_numeral(raw: str) -> None:
    assert parse_chinese_count(raw) is None


@pytest.mark.parametrize(("text", "authorized", "actual"), [
    ("本所核定事业编制九名，实有在职人员八人。", 9, 8),
    ("机关行政编制二十名，年末实有十八名。", 20, 18),
    ("编制数为三十四人，在职人员共三十一人。", 34, 31),
    ("全局核定编制一百零二名，实有人员九十七名。", 102, 97),
    ("行政编制十二名、事业编制两名，实有在职十三人。", 14, 13),
])
def test_it_reads_headcounts_written_in_chinese_numerals(text: str, authorized: int, actual: int) -> None:
    figures = staff_figures([join_lines(page_lines([text]))], year=2024).figures
    assert (figures["staff_authorized"].value, figures["staff_actual"].value) == (D(authorized), D(actual))


@pytest.mark.parametrize(("text", "actual"), [
    ("年末核定编制19名，实际在岗17人。", 17),
    ("本所编制6名，实际在职5人。", 5),
    ("实际在编人员共11人。", 11),
])
def test_it_reads_the_staff_actually_at_work(text: str, actual: int) -> None:
    assert staff_figures([join_lines(page_lines([text]))], year=2024).figures["staff_actual"].value == D(actual)


def test_it_reads_no_headcount_from_a_count_of_trainings_at_work() -> None:
    assert "staff_actual" not in staff_figures([join_lines(page_lines(["实际在岗培训3次。"]))], year=2024).figures


@pytest.mark.parametrize("text", [
    "本局设办公室等三个科室，编制三个科室的工作规则。",  # 编制 as a verb, 个 never counts people here
    "实有资产一百万元。",  # an amount, never a count
])
def test_it_reads_no_headcount_from_numerals_that_count_nothing(text: str) -> None:
    assert staff_figures([join_lines(page_lines([text]))], year=2024).figures == {}


# 其他重要事项: a fleet owned by the unit as subject, a 事业单位 outside 机关运行经费 ------------------------------------
def _other(text: str) -> dict:
    return other_figures(join_lines(page_lines([text])), year=2024, scope="单位")


@pytest.mark.parametrize(("text", "count"), [
    ("截至上年末，本站有业务用车2辆。", 2),
    ("我局有执法用车3辆，均在用。", 3),
    ("本中心有公务用车1辆。", 1),
    ("截至2023年底，共有业务用车4辆。", 4),
    ("本所有水质监测用车2辆。", 2),  # the car's use before 用车
    ("本队有森林防火应急用车3辆，用于巡山。", 3),
    ("年末本场有职工编制12名，实有人员11人，公务用车1辆。", 1),  # the car closes a list of what the unit has
])
def test_it_reads_the_fleet_of_a_unit_that_has_cars(text: str, count: int) -> None:
    assert _other(text)["vehicles_count"].value == D(count)


def test_it_reads_no_fleet_from_a_purchase_plan() -> None:
    assert "vehicles_count" not in _other("本单位拟购置公务用车1辆。")
    assert "vehicles_count" not in _other("本单位有编制8名，新购置公务用车1辆。")


@pytest.mark.parametrize(("text", "count"), [
    ("现有公务用车6辆，今年计划购置车辆0辆。", 6),
    ("本所实有车辆4辆(含执法用车2辆)，拟更新车辆1辆。", 4),
    ("本年度计划购置车辆2辆；截至年底实有公务用车9辆。", 9),
    ("共有车辆3辆，报废车辆1辆。", 3),
])
def test_a_count_in_a_purchase_or_plan_clause_is_never_the_fleet(text: str, count: int) -> None:
    assert _other(text)["vehicles_count"].value == D(count)


@pytest.mark.parametrize("text", [
    "全年计划购置车辆0辆。",
    "截至年底，本年新增车辆2辆。",
    "年内处置车辆1辆。",
])
def test_it_reads_no_fleet_from_a_clause_that_only_buys_or_disposes_of_cars(text: str) -> None:
    assert "vehicles_count" not in _other(text)


@pytest.mark.parametrize(("text", "planned"), [
    ("本局现有公务用车3辆，本年度不安排购车。", 0),
    ("2026年未计划购车；", 0),
    ("不安排购车费用。", None),  # a purchase budget, not a plan for cars
])
def test_it_reads_no_car_purchase_planned_in_short_words(text: str, planned: int | None) -> None:
    figure = _other(text).get("vehicles_purchase_planned")
    assert (figure.value if figure else None) == (D(planned) if planned is not None else None)


@pytest.mark.parametrize("text", [
    "本馆属于公益一类事业单位，不安排机关运行经费。",
    "我站为事业单位，未编列机关运行经费。",
    "本院系差额拨款事业单位，无机关运行经费。",
])
def test_a_public_institution_without_running_costs_is_not_applicable(text: str) -> None:
    figure = _other(text)["operating_costs"]
    assert (figure.value, figure.not_applicable) == (None, True)


def test_running_costs_not_arranged_by_an_office_are_not_called_not_applicable() -> None:
    figure = _other("本局今年不安排机关运行经费。").get("operating_costs")
    assert figure is None or not figure.not_applicable


# a reason that names what it explains, with no change beside the amount -------------------------------------------
@pytest.mark.parametrize(("text", "kind", "metric", "reason"), [
    ("公务接待费支出决算数为0.84万元，完成年初预算的70.0%，节约的原因是减少了外来考察。", "决算", "reception", "减少了外来考察"),
    ("“三公”经费预算2.00万元，其中公务接待费0.50万元，减少的原因是压缩接待规模。", "预算", "reception", "压缩接待规模"),
    ("公务用车运行维护费1.50万元；增加的主要原因是车辆老化维修增多。", "预算", "vehicle_operation", "车辆老化维修增多"),
])
def test_it_keeps_a_reason_that_names_the_direction_it_explains(text: str, kind: str, metric: str,
                                                               reason: str) -> None:
    figure = sangong_figures(join_lines(page_lines([text])), year=2020, kind=kind)[metric]
    assert (figure.change, figure.reason) == (None, reason)


def test_it_keeps_no_reason_for_an_amount_followed_by_a_purpose() -> None:
    text = "公务接待费1.20万元，主要用于上级检查接待。"
    assert sangong_figures(join_lines(page_lines([text])), year=2020, kind="预算")["reception"].reason is None


@pytest.mark.parametrize("text", [
    "2020年“三公”经费预算3.50万元，比2019年减少0.20万元，其中因公出国（境）费0万元，公务接待费1.20万元。",
    "2020年“三公”经费预算3.50万元，较2019年减少0.20万元，其中因公出国（境）费0万元，公务接待费1.20万元。",
])
def test_an_item_after_a_change_on_a_named_year_is_still_this_years(text: str) -> None:
    found = _sangong(text)
    assert (found["outbound_travel"][0], found["reception"][0]) == (D("0"), D("1.20"))


@pytest.mark.parametrize(("text", "metric", "count"), [
    ("截至上年底，本局共有公务用车两辆。", "vehicles_count", 2),
    ("本站有业务用车三辆。", "vehicles_count", 3),
    ("现有车辆十二辆。", "vehicles_count", 12),
    ("2025年计划购置公务用车一辆。", "vehicles_purchase_planned", 1),
])
def test_it_reads_car_counts_written_in_chinese_numerals(text: str, metric: str, count: int) -> None:
    assert _other(text)[metric].value == D(count)


def test_it_reads_no_car_count_from_a_malformed_numeral() -> None:
    assert "vehicles_count" not in _other("本局共有公务用车十十辆。")
