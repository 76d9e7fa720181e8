"""Rules fixed for the metamorphic runs of the check engine (tests/parsing/run_metamorphic.py): surface forms that real
county documents print and that change no figure must be read alike. Sentences written for these tests (made-up
units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosures
from disclosures.parsing.checks.changes import change_on_last_year
from disclosures.parsing.checks.priors import _change_against_budget
from disclosures.parsing.checks.rates import pr_pct
from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.checks.statements import rate_after_both_years
from disclosures.parsing.checks.text import in_yuan, quoted_in_yuan, text_of, yuan_as_wan, yuan_lines_as_wan
from disclosures.parsing.text import normalize, normalize_mapped, page_lines, to_simplified
from disclosures.parsing.types import Check, Figure, ParsedDisclosure


def _result(kind: str = "预算") -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2025, kind=kind, scope="部门", figures={})


def _failed(rule, *pages: str, result: ParsedDisclosure | None = None) -> list[tuple[str, str, str]]:
    view = text_of(page_lines([to_simplified(page)[0] for page in pages]))
    return [(c.rule, c.severity, c.message) for c in rule(result or _result(), view) if c.outcome == "fail"]


def _outcomes(rule, *pages: str) -> list[tuple[str, str]]:
    view = text_of(page_lines([to_simplified(page)[0] for page in pages]))
    return [(c.rule, c.outcome) for c in rule(_result(), view)]


# --- one wording for the comparison with last year ------------------------------------------------------------------

@pytest.mark.parametrize("printed", ["与上年相比增加", "与上年度相比，增加", "相比上年增加", "与去年比较增加", "同比增加",
                                     "与上年同期相比增加", "比上年增加", "较上年增加"])
def test_every_comparison_with_last_year_reads_as_one(printed: str) -> None:
    canonical = {"与上年度相比，增加": "比上年度增加", "与去年比较增加": "比去年增加", "较上年增加": "较上年增加"}
    assert normalize(f"支出预算{printed}115.50万元") == f"支出预算{canonical.get(printed, '比上年增加')}115.50万元"


@pytest.mark.parametrize("printed", ["与上年相比，收支总额增加151.50万元", "比2024年同比增加3.00万元",
                                     "本期同比增加3.00万元", "与上年相比变化不大", "其中同比口径调整，"])
def test_a_comparison_not_followed_by_its_change_word_stays_as_printed(printed: str) -> None:
    assert normalize(printed) == printed.replace("，", ",")


@pytest.mark.parametrize("printed", ["同比，", "相比上年，", "与去年同期比较，", "与上年度对比，"])
def test_a_comparison_opening_its_clause_reads_as_one(printed: str) -> None:
    assert normalize(f"全年支出2.00万元。{printed}收支总额增加0.50万元") == "全年支出2.00万元。与上年相比,收支总额增加0.50万元"


def test_a_folded_phrase_still_cites_the_printed_words() -> None:
    raw = "支出与上年相比增加5.00万元"
    text, index = normalize_mapped(raw)
    assert text == "支出比上年增加5.00万元"
    assert len(index) == len(text) and index == sorted(index)
    start = text.index("比上年")
    assert raw[index[start]: index[text.index("万元") + 1] + 1] == "与上年相比增加5.00万元"


# --- one word for the direction of a change ------------------------------------------------------------------------

@pytest.mark.parametrize(("printed", "read"), [
    ("上升154.53万元", "增加154.53万元"), ("增长了3.00万元", "增加了3.00万元"), ("降低2.00万元", "减少2.00万元"),
    ("下降12,000.00元", "减少12,000.00元"), ("上升9.76%", "增长9.76%"), ("增加9.76%", "增长9.76%"),
    ("降低5%", "下降5%"), ("减少-1.5%", "下降-1.5%"),
])
def test_a_change_word_is_read_as_the_plain_word_of_its_kind(printed: str, read: str) -> None:
    assert normalize(printed) == read


@pytest.mark.parametrize("printed", ["增长率9.76%", "下降幅度较大", "降低成本", "上升2个百分点", "增加值12.00万元"])
def test_words_that_are_no_change_of_an_amount_or_rate_stay(printed: str) -> None:
    assert normalize(printed) == printed


# --- PR-PCT through the folded words ---------------------------------------------------------------------------------

PCT = "一般公共预算财政拨款支出2,167.18万元，占本年支出合计的99.45%。{cmp}，一般公共预算财政拨款支出{up}154.53万元，{rate}{pct}%。"


@pytest.mark.parametrize(("cmp", "up", "rate"), [("与上年相比", "增加", "增长"), ("与上年相比", "上升", "上升"),
                                                  ("同比", "增长", "增长"), ("与上年度相比", "增加", "上升"),
                                                  ("相比上年", "增长", "上升")])
def test_a_wrong_rate_is_found_whatever_words_print_the_change(cmp: str, up: str, rate: str) -> None:
    # 154.53 / (2,167.18 − 154.53) = 7.68%, not 9.76%
    found = _failed(pr_pct, PCT.format(cmp=cmp, up=up, rate=rate, pct="9.76"))
    assert [(r, s) for r, s, _ in found] == [("PR-PCT", "error")]
    assert "154.53" in found[0][2] and "9.76" in found[0][2]


@pytest.mark.parametrize(("cmp", "up", "rate"), [("与上年相比", "上升", "上升"), ("同比", "增长", "增长")])
def test_a_right_rate_passes_whatever_words_print_the_change(cmp: str, up: str, rate: str) -> None:
    assert _outcomes(pr_pct, PCT.format(cmp=cmp, up=up, rate=rate, pct="7.68")) == [("PR-PCT", "pass")]


TWO = """某县测试局2025年部门预算情况说明
一、收支预算总体情况
全年收入预算合计为2,337.50万元，其中一般公共预算拨款2,337.50万元。全年安排支出2,337.50万元：基本支出1,408.30万元，项目支出929.20万元。其中收入预算{cmp}增加151.50万元，支出预算{cmp}增加115.50万元，增长{pct}%。
"""


def _document_failures(text: str, rule: str) -> list[str]:
    return [c.message for d in parse_disclosures(text.encode(), filename="t.txt") for c in d.checks
            if c.outcome == "fail" and c.rule == rule]


@pytest.mark.parametrize("cmp", ["比上年", "与上年相比", "同比", "较上年"])
def test_each_clause_of_a_sentence_comparing_two_subjects_is_read_whatever_the_comparison(cmp: str) -> None:
    # the second clause: 115.50 on a prior of 2,337.50 − 115.50 = 2,222.00 is 5.20%, not 8.93%
    found = _document_failures(TWO.format(cmp=cmp, pct="8.93"), "PR-PCT")
    assert len(found) == 1 and "5.20%" in found[0] and "8.93%" in found[0]
    assert _document_failures(TWO.format(cmp=cmp, pct="5.20"), "PR-PCT") == []


# --- PR-REPEAT: a section numbered 第X部分 opens its clause like 一、 --------------------------------------------------

REPEAT = "{a}机关运行经费\n本单位2025年机关运行经费预算96.40万元。\n{b}其他需要说明的事项\n（一）机关运行经费：2025年机关运行经费预算为{later}万元。"


@pytest.mark.parametrize(("a", "b"), [("第三部分 ", "第四部分 "), ("三、", "四、"), ("", "")])
def test_an_amount_printed_twice_is_held_whatever_numbers_its_sections(a: str, b: str) -> None:
    found = _failed(pr_repeat_amount, REPEAT.format(a=a, b=b, later="69.40"))
    assert [(r, s) for r, s, _ in found] == [("PR-REPEAT", "error")]
    assert "96.40" in found[0][2] and "69.40" in found[0][2]
    assert _failed(pr_repeat_amount, REPEAT.format(a=a, b=b, later="96.40")) == []


def test_a_part_number_before_another_subject_still_names_another_quantity() -> None:
    # “第三部分 上年机关运行经费…” is last year's: the part number opens the clause, the 上年 stays in it
    text = "第三部分 机关运行经费\n本单位2025年机关运行经费预算96.40万元。\n第四部分 上年机关运行经费为69.40万元。"
    assert _failed(pr_repeat_amount, text) == []


# --- a document in 元: the text rules read its amounts in 万元 --------------------------------------------------------

def test_a_yuan_amount_is_read_in_wan_exactly() -> None:
    assert yuan_as_wan("支出4,862,000.00元，接待费0.85元，人均300元") == "支出486.20万元，接待费0.000085万元，人均0.03万元"
    assert yuan_as_wan("支出486.20万元，千元12.5千元，亿元1.2亿元") == "支出486.20万元，千元12.5千元，亿元1.2亿元"


def _lines(*texts: str) -> list:
    return page_lines(["\n".join(texts)])


def test_a_document_is_in_yuan_when_four_amounts_in_five_are() -> None:
    assert in_yuan(_lines("收入5,330,500.00元，支出5,330,500.00元。", "基本支出4,384,500.00元，项目支出946,000.00元，"
                          "其中接待费0.85万元。"))
    # a 万元 document with one amount slipped into 元 is a 万元 document (the slip is FM-UNIT-10K's finding)
    assert not in_yuan(_lines("收入533.05万元，支出533.05万元，基本支出438.45万元，项目支出94.60万元，接待费12000元。"))
    assert not in_yuan(_lines("收入5,330,500.00元，支出5,330,500.00元。"))  # two amounts say too little


YUAN = ("2023年度本年支出合计4,862,000.00元，上年决算数为4,528,000.00元，比上年增加{delta}元，增长7.4%。"
        "基本支出3,000,000.00元，项目支出1,862,000.00元。")


def test_a_change_in_yuan_is_held_to_both_years() -> None:
    # 4,862,000 − 4,528,000 = 334,000, not 364,000
    # (the 7.4% then fits neither the printed change, 364,000 / 4,528,000 = 8.04%: a PR-PCT warning beside)
    found = [f for f in _failed(change_on_last_year, YUAN.format(delta="364,000.00"), result=_result("决算"))
             if f[0] == "PR-REPEAT"]
    assert [(r, s) for r, s, _ in found] == [("PR-REPEAT", "error")]
    assert "486.20" in found[0][2] and "36.40" in found[0][2]
    assert _failed(change_on_last_year, YUAN.format(delta="334,000.00"), result=_result("决算")) == []


def test_a_rate_on_a_zero_base_is_an_error_in_yuan_too() -> None:
    text = ("2025年“三公”经费预算860,000.00元，比上年增加30,000.00元。其中因公出国（境）费30,000.00元，上年未安排，"
            "较上年增长100%；公务用车运行维护费700,000.00元。")
    found = _failed(rate_after_both_years, text)
    assert [(r, s) for r, s, _ in found] == [("PR-PCT", "error")] and "100%" in found[0][2]


# --- a figure's own clause is read normalized: 降低 against the 年初预算 is a fall -------------------------------------

@pytest.mark.parametrize(("word", "change"), [("减少", "-0.67"), ("降低", "-0.67"), ("下降", "-0.67"), ("增长", "0.67"),
                                              ("上升", "0.67")])
def test_a_change_against_the_budget_is_read_whatever_word_prints_it(word: str, change: str) -> None:
    figure = Figure(metric="sangong_total", value=Decimal("2.83"), page=1, origin="prose",
                    source=f"“三公”经费决算2.83万元，比年初预算{word}0.67万元。")
    assert _change_against_budget(figure) == Decimal(change)


def test_no_change_against_the_budget_when_it_follows_another_amount() -> None:
    figure = Figure(metric="sangong_total", value=Decimal("2.83"), page=1, origin="prose",
                    source="“三公”经费决算2.83万元，其中接待费0.38万元，比年初预算降低0.12万元。")
    assert _change_against_budget(figure) is None


def test_an_amount_broken_across_two_lines_is_converted_whole() -> None:
    texts, printed = yuan_lines_as_wan(["支出4,178,20", "0.00元，其中", "科目  1  2", "基本12.50元。"],
                                       [False, False, True, False])
    assert texts == ["支出417.82万元", "，其中", "科目  1  2", "基本0.00125万元。"]
    assert printed == {Decimal("417.82"): "4,178,200.00", Decimal("0.00125"): "12.50"}


def test_a_finding_on_a_document_in_yuan_quotes_the_amounts_as_printed() -> None:
    printed = {Decimal("486.2"): "4,862,000.00", Decimal("36.4"): "364,000.00"}
    check = quoted_in_yuan(Check("PR-REPEAT", "", "fail", "error", "本年486.20万元，差36.40，占36.4%；原文“本年486.20万元，"
                                                                   "增加36.40万元”", []), printed)
    assert check.message == ("本年486.20万元（4,862,000.00元），差36.40（364,000.00元），占36.4%；"
                             "原文“本年4,862,000.00元，增加364,000.00元”")


# --- 共计 as the 合计 of a 预算 or of an item -------------------------------------------------------------------------

@pytest.mark.parametrize(("printed", "read"), [("收入预算共计2,106.20万元", "收入预算合计2,106.20万元"),
                                               ("“三公”经费共计为3.00万元", "“三公”经费合计为3.00万元"),
                                               ("收入决算共计2,106.20万元", "收入决算共计2,106.20万元"),
                                               ("预算共计安排3个项目", "预算共计安排3个项目")])
def test_a_budget_total_named_gongji_is_read_as_its_heji(printed: str, read: str) -> None:
    assert normalize(printed) == read


INCOME = """某县测试局2024年部门预算情况说明
一、收支预算总体情况
2024年本部门收入预算{word}2,106.20万元，其中一般公共预算拨款1,968.20万元，政府性基金预算拨款120.00万元，事业收入0.00万元。
"""


@pytest.mark.parametrize("word", ["合计", "共计"])
def test_an_income_total_that_its_sources_miss_is_found_whichever_total_word(word: str) -> None:
    # 1,968.20 + 120.00 + 0.00 = 2,088.20, not 2,106.20
    found = _document_failures(INCOME.format(word=word), "IE-INC-SUM")
    assert len(found) == 1 and "2106.20" in found[0] and "2088.20" in found[0]
