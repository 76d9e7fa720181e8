"""Prose rules fixed for the thirty-first blind corpus of the check engine (issue 9, checks_heldout31): a stray year
before “部门所有收入和支出”, last year's amount after a colon in brackets (“（2023年：55.10万元）”), a template's note
asking to explain a change in so many characters, and a headcount split by unit made whole by the count of units the
sentence names. Sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.changes import change_on_last_year
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wholes import headcount_split
from disclosures.parsing.checks.years import fm_placeholder, fm_year
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str, year: int) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


def _failed(rule, *pages: str, kind: str = "预算", year: int = 2025) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in rule(_result(kind, year), text_of(page_lines(list(pages))))
            if c.outcome == "fail"]


# --- FM-YEAR: a year two back opening “部门所有收入和支出…” -----------------------------------------------------------

@pytest.mark.parametrize("words", ["部门所有收入和支出", "全部收入和支出", "单位各项收入"])
def test_it_reports_a_stray_year_before_all_of_the_units_income(words: str) -> None:
    sentence = f"依照综合预算原则，2022年{words}均纳入预算管理。收入预算合计1,204.60万元。"
    found = _failed(fm_year, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("FM-YEAR", "warning")]
    assert "2022年" in found[0][2] and "2025年预算" in found[0][2]


@pytest.mark.parametrize("year", [2025, 2024])
def test_it_leaves_this_year_and_last_year_before_all_income(year: int) -> None:
    sentence = f"依照综合预算原则，{year}年部门所有收入和支出均纳入预算管理。收入预算合计1,204.60万元。"
    assert _failed(fm_year, sentence) == []


# --- PR-DIR / PR-REPEAT: last year's amount after a colon in brackets ----------------------------------------------

@pytest.mark.parametrize("bracket", ["（2023年：55.10万元）", "(2023年: 55.10万元)", "（上年：55.10万元）"])
def test_it_reports_a_direction_word_turned_round_with_last_year_in_brackets(bracket: str) -> None:
    sentence = f"2024年公用经费支出52.30万元{bracket}，增加2.80万元，主要是压缩了会议开支。"
    found = _failed(change_on_last_year, sentence, kind="决算", year=2024)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-DIR", "error")]
    assert "52.30万元" in found[0][2] and "55.10万元" in found[0][2] and "减少2.80万元" in found[0][2]


def test_it_reads_amounts_in_yuan_and_a_space_inside_a_number_in_brackets() -> None:
    # a document in 元 is read in 万元, each amount quoted beside as printed (checks.text.quoted_in_yuan)
    for sentence, shown in (("2024年公用经费支出523,000元（2023年：551,000元），增加28,000元。", "减少2.80万元（28,000元）"),
                            ("2024年公用经费支出52.30万元（2023年：55. 10万元），增加2.80万元。", "减少2.80万元")):
        found = _failed(change_on_last_year, sentence, kind="决算", year=2024)
        assert [(rule, severity) for rule, severity, _ in found] == [("PR-DIR", "error")]
        assert shown in found[0][2]


def test_it_passes_a_change_that_agrees_with_last_year_in_brackets() -> None:
    sentence = "2024年公用经费支出52.30万元（2023年：55.10万元），减少2.80万元。"
    assert _failed(change_on_last_year, sentence, kind="决算", year=2024) == []


def test_it_reports_a_change_that_misses_the_difference_with_last_year_in_brackets() -> None:
    sentence = "2024年公用经费支出52.30万元（2023年：55.10万元），减少2.90万元。"
    found = _failed(change_on_last_year, sentence, kind="决算", year=2024)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-REPEAT", "error")]
    assert "-2.8万元" in found[0][2] and "减少2.90万元" in found[0][2]


def test_a_cent_off_with_last_year_in_brackets_is_only_a_rounding_note() -> None:
    # the edge of the envelope: three amounts printed to the cent may differ by 0.01 from rounding alone
    sentence = "2024年公用经费支出52.30万元（2023年：55.10万元），减少2.81万元。"
    found = _failed(change_on_last_year, sentence, kind="决算", year=2024)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-REPEAT", "info")]


def test_it_reads_no_prior_from_a_colon_outside_brackets() -> None:
    # “上年：” opening a clause is a heading of what follows, not last year's amount in brackets
    sentence = "2024年公用经费支出52.30万元，上年：55.10万元，增加2.80万元。"
    assert _failed(change_on_last_year, sentence, kind="决算", year=2024) == []


# --- FM-PLACEHOLDER: a bracketed note asking to explain a change in so many characters ------------------------------

@pytest.mark.parametrize("note, shown", [("（请在此说明增减变化的主要原因，不超过100字）", "(请在此说明增减变化的主要原因,不超过100字)"),
                                         ("(请在此简要说明变动原因)", "(请在此简要说明变动原因)"),
                                         ("（变动原因，200字以内）", "(变动原因,200字以内)")])
def test_it_reports_a_template_note_left_in(note: str, shown: str) -> None:
    sentence = f"2026年支出预算1,380.50万元，比上年增加62.40万元。{note}"
    found = _failed(fm_placeholder, sentence, year=2026)
    assert found == [("FM-PLACEHOLDER", "warning", f"第1页留有模板的填写提示语“{shown}”，应填内容未填写")]


def test_it_leaves_a_bracketed_reason_that_is_filled_in() -> None:
    sentence = "2026年支出预算1,380.50万元，比上年增加62.40万元（主要是新增了就业补助，共100户）。"
    assert _failed(fm_placeholder, sentence, year=2026) == []


# --- PR-HEAD-SUM: a split by unit under a count of the units covered ------------------------------------------------

@pytest.mark.parametrize("count", ["2个单位", "两个单位", "2 家预算单位"])
def test_it_reports_a_split_by_unit_short_of_its_total_when_the_units_are_counted(count: str) -> None:
    sentence = f"本部门决算汇总局机关和县就业服务中心{count}，年末实有人员31人，其中局机关18人、服务中心12人。"
    found = _failed(headcount_split, sentence, kind="决算", year=2024)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-HEAD-SUM", "warning")]
    assert "实有人数31" in found[0][2] and "=30" in found[0][2]


def test_it_passes_a_split_by_unit_that_adds_up_when_the_units_are_counted() -> None:
    sentence = "本部门决算汇总局机关和县就业服务中心2个单位，年末实有人员30人，其中局机关18人、服务中心12人。"
    assert _failed(headcount_split, sentence, kind="决算", year=2024) == []


def test_it_leaves_a_split_naming_fewer_units_than_counted() -> None:
    # three units are covered but two are listed: the list may leave one out
    sentence = "本部门决算汇总局机关等3个单位，年末实有人员31人，其中局机关18人、服务中心12人。"
    assert _failed(headcount_split, sentence, kind="决算", year=2024) == []


def test_it_leaves_a_split_by_unit_with_no_count_of_units() -> None:
    sentence = "本部门年末实有人员31人，其中局机关18人、服务中心12人。"
    assert _failed(headcount_split, sentence, kind="决算", year=2024) == []


def test_it_reads_a_split_by_unit_broken_over_two_lines() -> None:
    page = "本部门决算汇总局机关和县就业服务中心2个单位，年末实有人员31人，其中局机关18人、\n服务中心12人。"
    found = _failed(headcount_split, page, kind="决算", year=2024)
    assert found == [("PR-HEAD-SUM", "warning", "第1页实有人数31，而局机关18+服务中心12=30；人数为整数，不应有差，需人工复核")]
