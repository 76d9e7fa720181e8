"""Source quotes cut at sentence boundaries, never inside a word (sentences below are our own wording)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.page_images import number_spellings
from disclosures.quotes import clip_quote

PAGE = (
    "三、一般公共预算支出情况\n"
    "本局2025年一般公共预算支出合计812.40万元，主要用于人员工资和日常办公。\n"
    "四、“三公”经费说明\n"
    "本局2025年“三公”经费预算19.80万元，比上年减少2.20万元，主要是压缩\n"
    "公务接待。本单位核定行政编制12名，工勤事业编制3名，实有人员14人。\n"
)


@pytest.mark.parametrize("clause,quote", [
    ("本局2025年“三公”经费预算19.80万元，比上年减少2.20万元",
     "本局2025年“三公”经费预算19.80万元，比上年减少2.20万元，主要是压缩公务接待。"),
    ("单位核定行政编制12名", "本单位核定行政编制12名，工勤事业编制3名，实有人员14人。"),
    ("位核定行政编制12名；工勤事业编制3名", "本单位核定行政编制12名，工勤事业编制3名，实有人员14人。"),
    ("支出合计812.40万元", "本局2025年一般公共预算支出合计812.40万元，主要用于人员工资和日常办公。"),
])
def test_it_widens_a_clause_to_the_sentence_that_holds_it_and_stops_at_a_heading(clause, quote):
    assert clip_quote(clause, context=PAGE) == quote


def test_it_marks_a_clause_that_starts_inside_a_word_when_the_page_is_not_at_hand():
    assert clip_quote("局机关编制12名") == "…局机关编制12名"
    assert clip_quote("2025年“三公”经费预算19.80万元") == "2025年“三公”经费预算19.80万元"
    assert clip_quote("“三公”经费支出表 · 2025年预算数 · 合计") == "“三公”经费支出表 · 2025年预算数 · 合计"


def test_it_shortens_a_long_quote_at_a_clause_boundary_not_mid_word():
    text = "本年度" + "，".join(["压缩会议费和差旅费支出"] * 30) + "。"
    quote = clip_quote(text, limit=60)
    assert quote.endswith("，…") and len(quote) <= 62
    assert quote[:-2].endswith("压缩会议费和差旅费支出")


@pytest.mark.parametrize("value,scale,spellings", [
    ("115.4", 1, ["115.4", "115.40"]),
    ("43.800000", 2, ["43.80", "43.8"]),
    ("2512.29", None, ["2,512.29", "2512.29"]),
    ("25", 0, ["25", "25.00"]),
    ("1234.5", 2, ["1,234.50", "1234.50", "1,234.5", "1234.5"]),
])
def test_it_spells_a_figure_the_ways_a_document_may_print_it(value, scale, spellings):
    assert number_spellings(Decimal(value), scale) == spellings
