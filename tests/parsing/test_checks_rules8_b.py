"""Causes found by the blind corpus checks_heldout11 (issue 9): each with small statements written for these tests."""
from __future__ import annotations

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.types import Check

HEAD = "某县某某局2023年度部门决算情况说明\n"


def checks(body: str, rule: str) -> list[Check]:
    return [c for c in parse_disclosure((HEAD + body).encode()).checks if c.rule == rule]


def failed(body: str, *rules: str) -> list[tuple[str, str]]:
    return [(c.rule, c.severity) for c in parse_disclosure((HEAD + body).encode()).checks
            if c.rule in rules and c.outcome == "fail"]


# PR-PCT: a change is read against its subject's amount, never against a nearer amount that gives a base below zero -
@pytest.mark.parametrize("body", [
    "本年支出合计3,486.52万元，其中基本支出812.35万元；年末结转和结余0万元。与上年相比，本年支出增加276.12万元，增长8.6%。",
    "本年收入合计1,200.00万元，其中财政拨款收入1,150.00万元；年末结转和结余0万元。与上年相比，本年收入增加100.00万元，增长9.1%。",
    "本年支出总计500.00万元；年末结余5.00万元。与上年相比，本年支出增加50.00万元，增长11.1%。",
])
def test_it_reads_a_change_against_the_total_its_subject_names(body: str) -> None:
    found = checks(body, "PR-PCT")
    assert [c.outcome for c in found] == ["pass"]
    assert found[0].figures[0]["value"] in ("3,486.52", "1,200.00", "500.00")


def test_it_still_reports_a_wrong_rate_of_the_named_total() -> None:
    body = "本年支出合计3,486.52万元；年末结转和结余0万元。与上年相比，本年支出增加276.12万元，增长12.6%。"
    assert failed(body, "PR-PCT") == [("PR-PCT", "error")]


def test_it_skips_a_pairing_whose_base_would_be_below_zero() -> None:
    body = "年末结转和结余0万元。与上年相比，增加276.12万元，增长8.6%。"
    assert failed(body, "PR-PCT") == []


def test_it_still_reports_a_rate_on_a_zero_base() -> None:
    body = "公务接待费5.00万元，比上年增加5.00万元，增长100%。"
    assert failed(body, "PR-PCT") == [("PR-PCT", "error")]


@pytest.mark.parametrize(("body", "expected"), [
    ("公务接待费1.20万元，上年决算数为1.55万元，比上年减少0.35万元，下降22.6%。", []),
    ("本年支出合计486.20万元，上年决算数为452.80万元，比上年增加33.40万元，增长7.4%。", []),
    ("本年支出合计486.20万元，上年决算数为452.80万元，比上年增加33.40万元，增长9.4%。", [("PR-PCT", "error")]),
    ("本年支出合计486.20万元，上年为452.80万元，比上年增加33.40万元，增长7.9%。", [("PR-PCT", "warning")]),
])
def test_it_reads_a_rate_against_a_prior_printed_before_the_comparison(body: str, expected: list) -> None:
    assert failed(body, "PR-PCT", "PR-REPEAT") == expected


# PR-REPEAT: a prior labelled 决算/执行 without 数 is read, so a fall worded as a rise is reported ---------------------
# (the suite holds a growth word on a fall beside both years as an error: rules5_m2, the phrasing matrix's 错方向)
@pytest.mark.parametrize("body", [
    "公务接待费1.20万元，上年决算为1.55万元，比上年增加0.35万元，主要原因是压缩接待批次。",
    "公务接待费1.20万元，上年决算数为1.55万元，比上年增加0.35万元。",
    "机关运行经费21.36万元，上年执行为20.00万元，比上年减少1.36万元。",
    "公务接待费1.20万元，上年执行数1.55万元，较上年增长0.35万元。",
])
def test_it_reports_a_change_worded_against_both_years(body: str) -> None:
    assert failed(body, "PR-DIR", "PR-REPEAT") == [("PR-REPEAT", "error")]


def test_it_writes_out_the_two_years_difference() -> None:
    [check] = checks("公务接待费1.20万元，上年决算为1.55万元，比上年增加0.35万元。", "PR-REPEAT")
    assert "两年之差为-0.35万元" in check.message and "增加0.35万元" in check.message
    assert {f["value"] for f in check.figures} == {"0.35", "1.2", "-1.55"}


def test_a_change_of_another_size_stays_a_repeat_error() -> None:
    body = "公务接待费1.20万元，上年决算为1.55万元，比上年增加0.45万元。"
    assert failed(body, "PR-DIR", "PR-REPEAT") == [("PR-REPEAT", "error")]


@pytest.mark.parametrize("body", [
    "公务接待费1.20万元，上年决算为1.55万元，比上年减少0.35万元。",
    "公务接待费1.20万元，上年决算数为1.55万元，比上年减少0.35万元，下降22.6%。",
])
def test_a_consistent_change_raises_nothing(body: str) -> None:
    assert failed(body, "PR-DIR", "PR-REPEAT", "PR-PCT") == []


# PR-REPEAT: last year's amount implied by this year's and its change, against the one stated elsewhere -------------
BUDGET = "某县某某中心2025年单位预算情况说明\n"
PRIOR_NAME = "同一数字多处刊印一致：上年数"


def priors(body: str) -> list[Check]:
    return [c for c in parse_disclosure((BUDGET + body).encode()).checks if c.name == PRIOR_NAME]


@pytest.mark.parametrize("stated", [
    "本中心2024年“三公”经费预算7.10万元，2025年继续压减。",
    "上年“三公”经费预算数为7.10万元。",
    "去年“三公”经费预算为71,000元。",
    "2024年度“三公”经费7.10万元。",
])
def test_it_reports_a_stated_prior_that_the_change_contradicts(stated: str) -> None:
    body = f"三、“三公”经费预算情况\n2025年“三公”经费预算5.60万元，比上年减少1.20万元。其中公务接待费5.60万元。{stated}"
    [check] = priors(body)
    assert (check.outcome, check.severity) == ("fail", "error")
    assert "上年应为6.80万元" in check.message
    assert {f["value"] for f in check.figures} == {"5.6", "1.2", "7.1"}


@pytest.mark.parametrize("stated", [
    "2024年“三公”经费预算执行数7.10万元。",                # 执行数: another quantity than the 预算 the change is against
    "2023年“三公”经费预算7.10万元。",                      # two years back
    "2024年公务接待费预算7.10万元。",                      # another metric
])
def test_a_stated_prior_of_another_quantity_is_not_compared(stated: str) -> None:
    body = f"三、“三公”经费预算情况\n2025年“三公”经费预算5.60万元，比上年减少1.20万元。其中公务接待费5.60万元。{stated}"
    assert priors(body) == []


def test_a_stated_prior_in_agreement_passes() -> None:
    body = ("三、“三公”经费预算情况\n2025年“三公”经费预算5.60万元，比上年减少1.20万元。其中公务接待费5.60万元。"
            "本中心2024年“三公”经费预算6.80万元。")
    assert [c.outcome for c in priors(body)] == ["pass"]


def test_it_compares_a_change_against_execution_with_an_execution_prior() -> None:
    body = ("三、“三公”经费预算情况\n2025年“三公”经费预算5.60万元，比2024年执行数减少1.20万元。其中公务接待费5.60万元。"
            "2024年“三公”经费执行数7.10万元。")
    assert [(c.outcome, c.severity) for c in priors(body)] == [("fail", "error")]
