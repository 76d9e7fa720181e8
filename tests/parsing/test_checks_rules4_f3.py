"""Prose rules of issue 9's fifth blind corpus (helper f3), each on statements written for these tests:

- IE-INC-SUM: an income total followed by its sources (其中 / 包括 / 分别为) that add to less than the total is an
  error when the list is closed; it stays a hint when the list says it is partial (主要包括, 等) or when the document
  states another source whose amount fills the gap.
- PR-PCT: a comparison that names its subject in a sentence of its own (“收入预算比上年增加D万元，增长P%” after
  “收入预算合计X万元，其中…。”; “与上年相比，一般公共预算财政拨款支出增加D万元，增长P%” after “…支出X万元，占…%。”) is
  read against the amount the previous sentence gives that subject; beyond 1 percentage point it is an error.
- IE-BP from the words: “一般公共预算当年拨款X万元，比上年增加D万元，…。其中：基本支出A万元，项目支出B万元” — a total
  named as an appropriation (当年拨款/财政拨款), its split printed after the sentence that states its change.
- IE-EXP-SUM from the words: “…一般公共预算财政拨款支出X万元…。…一般公共预算财政拨款支出决算按功能分类：A万元；B万元…”
  when the figures hold no total of the classes' scope (a 决算 whose 一般公共预算 spending is not a stored figure).
- D-001 (CHECKS.md IE-BAL, 决算): in the words, 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余 and 收入总计 = 本年收入合计
  + 年初结转和结余, each part printed with one amount; 财政拨款's own totals are not read.
- FM-PLACEHOLDER: a bracketed instruction left from the template (此处填写…, 请填写…, 如无则填…, 无变化的填写“无”), but
  not a real parenthetical note.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.listings import function_list_total

from disclosures.parsing.checks.splits import split_adds_up

from disclosures.parsing.checks.totals import final_totals
from disclosures.parsing.checks.rates import pr_pct
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_placeholder
from disclosures.parsing.checks.wording import ie_inc_sum
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure
from tests.parsing.lines import Line


def run(rule, *lines: str, kind: str = "预算") -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind=kind, scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in rule(result, text_of([Line(text) for text in lines]))]


# ---- IE-INC-SUM ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("收入预算合计520.40万元，其中：一般公共预算拨款收入480.40万元，事业收入25.00万元，上年结转15.00万元。",
     ("IE-INC-SUM", "pass", "error")),
    ("收入预算合计538.40万元，其中：一般公共预算拨款收入480.40万元，事业收入25.00万元，上年结转15.00万元。",
     ("IE-INC-SUM", "fail", "error")),     # 18.00 short: a closed list
    ("收入预算合计520.42万元，其中：一般公共预算拨款收入480.40万元，事业收入25.00万元，上年结转15.00万元。",
     ("IE-INC-SUM", "fail", "info")),      # 0.02 within 4 × 0.005
    ("收入预算合计520.43万元，其中：一般公共预算拨款收入480.40万元，事业收入25.00万元，上年结转15.00万元。",
     ("IE-INC-SUM", "fail", "error")),     # just beyond the envelope
    ("收入预算合计538.40万元，包括一般公共预算拨款收入480.40万元（占89.23%）、事业收入25.00万元（占4.64%）、"
     "上年结转15.00万元（占2.79%）。", ("IE-INC-SUM", "fail", "error")),
    ("收入预算合计520.40万元，分别为：一般公共预算拨款收入480.40万元，占92.31%；事业收入25.00万元，占4.80%；"
     "上年结转15.00万元，占2.88%。", ("IE-INC-SUM", "pass", "error")),
    ("收入预算520.40万元，包括一般公共预算拨款480.40万元、事业收入25.00万元和上年结转15.00万元。",
     ("IE-INC-SUM", "pass", "error")),     # the last source joined by 和
    ("收入预算合计538.40万元，主要包括一般公共预算拨款收入480.40万元、事业收入25.00万元、上年结转15.00万元。",
     ("IE-INC-SUM", "fail", "info")),      # says it is partial
    ("收入预算合计538.40万元，其中：一般公共预算拨款收入480.40万元，事业收入25.00万元，上年结转15.00万元等。",
     ("IE-INC-SUM", "fail", "info")),
])
def test_it_holds_a_closed_list_of_sources_to_its_income_total(text: str, expected: tuple) -> None:
    assert run(ie_inc_sum, text) == [expected]


def test_it_keeps_a_shortfall_a_hint_when_another_stated_source_fills_it() -> None:
    listing = "收入预算合计538.40万元，其中：一般公共预算拨款收入480.40万元，事业收入25.00万元，上年结转15.00万元。"
    assert run(ie_inc_sum, listing, "此外，其他收入18.00万元用于设备维护。") == [("IE-INC-SUM", "fail", "info")]
    assert run(ie_inc_sum, listing, "此外，其他收入8.00万元用于设备维护。") == [("IE-INC-SUM", "fail", "error")]


def test_it_does_not_count_a_source_of_the_list_itself_as_the_missing_one() -> None:
    listing = "收入预算合计495.40万元，其中：一般公共预算拨款收入480.40万元，上年结转15.00万元。"
    short = "收入预算合计510.40万元，其中：一般公共预算拨款收入480.40万元，上年结转15.00万元。"
    assert run(ie_inc_sum, listing) == [("IE-INC-SUM", "pass", "error")]
    assert run(ie_inc_sum, short, "上年结转15.00万元主要用于项目。") == [("IE-INC-SUM", "fail", "error")]


# ---- PR-PCT: the subject named apart from its amount ---------------------------------------------------------------

INCOME = "2025年收入预算合计1,004.26万元，其中：一般公共预算拨款收入1,004.26万元。"
SPENT = "2023年度一般公共预算财政拨款支出2,167.18万元，占本年支出合计的99.45%。"


@pytest.mark.parametrize(("text", "expected"), [
    (INCOME + "收入预算比上年增加62.08万元，增长6.59%，主要原因是业务增加。", [("PR-PCT", "pass", "warning")]),
    (INCOME + "收入预算比上年增加62.08万元，增长10.59%，主要原因是业务增加。", [("PR-PCT", "fail", "error")]),
    (INCOME + "收入预算比上年增加62.08万元，增长7.30%，主要原因是业务增加。", [("PR-PCT", "fail", "warning")]),  # 0.71 pp off
    (INCOME + "收入预算比上年增加62.08万元，增长6.60%，主要原因是业务增加。", [("PR-PCT", "fail", "warning")]),  # 6.588…6.590 %, ± 0.005
    (SPENT + "与上年相比，一般公共预算财政拨款支出增加154.53万元，增长7.68%。", [("PR-PCT", "pass", "warning")]),
    (SPENT + "与上年相比，一般公共预算财政拨款支出增加154.53万元，增长9.76%。", [("PR-PCT", "fail", "error")]),
])
def test_it_reads_a_rate_against_the_amount_of_the_subject_it_names(text: str, expected: list) -> None:
    assert run(pr_pct, text) == expected


@pytest.mark.parametrize("text", [
    INCOME + "人员经费比上年增加62.08万元，增长10.59%。",  # a subject the previous sentence gives no amount
    INCOME + "支出比上年增加62.08万元，增长10.59%。",  # too short a subject to be named
    "2025年基本支出704.26万元，用于人员和公用经费。项目支出比上年增加62.08万元，增长10.59%。",  # another item's amount
])
def test_it_reads_no_rate_whose_subject_has_no_amount_of_its_own(text: str) -> None:
    assert run(pr_pct, text) == []


# ---- IE-BP: an appropriation and its 基本/项目 split after its change -----------------------------------------------

GRANT = "2024年一般公共预算当年拨款1,872.04万元，比上年增加77.12万元，增长4.30%，主要原因是保障标准提高。"


@pytest.mark.parametrize(("text", "expected"), [
    (GRANT + "其中：基本支出371.74万元，项目支出1,500.30万元。", [("IE-BP", "pass", "error")]),
    (GRANT + "其中：基本支出371.74万元，项目支出1,530.30万元。", [("IE-BP", "fail", "error")]),
    (GRANT + "其中：基本支出371.74万元，项目支出1,500.31万元。", [("IE-BP", "fail", "info")]),  # 0.01 ≤ 3 × 0.005
    (GRANT + "其中：基本支出371.74万元，项目支出1,500.33万元。", [("IE-BP", "fail", "error")]),  # 0.03 > 0.015
    ("2024年财政拨款1,872.04万元，其中：基本支出371.74万元，项目支出1,530.30万元。", [("IE-BP", "fail", "error")]),
])
def test_it_adds_the_split_of_an_appropriation_printed_after_its_change(text: str, expected: list) -> None:
    assert run(split_adds_up, text) == expected


@pytest.mark.parametrize("text", [
    GRANT + "基本支出371.74万元，项目支出1,530.30万元。",  # no 其中: not said to be its split
    "2024年一般公共预算当年拨款收入1,872.04万元。其中：基本支出371.74万元，项目支出1,530.30万元。",  # another sentence
    GRANT + "其中：基本支出371.74万元，项目支出1,530.30万元，其他支出30.00万元。",  # a third part
])
def test_it_does_not_read_a_split_that_is_not_the_totals_own(text: str) -> None:
    assert run(split_adds_up, text) == []


# ---- IE-EXP-SUM: a named expenditure and its function classes in the words ------------------------------------------

CLASS_ROWS = (("208", "社会保障和就业支出", "61.85"), ("210", "卫生健康支出", "18.38"), ("224", "灾害防治及应急管理支出", "523.30"))
LISTED = ("2024年度一般公共预算财政拨款支出决算按功能分类：社会保障和就业支出61.85万元，占10.2%；卫生健康支出18.38万元，"
          "占3.0%；灾害防治及应急管理支出523.30万元，占86.7%。")


def classes(text: str, *, rows=CLASS_ROWS, stated: Figure | None = None, table: str | None = None):
    result = ParsedDisclosure(unit="某县某局", year=2024, kind="决算", scope="部门")
    result.expenditure_by_function = [FunctionLine(name, Decimal(value), code, 1, f"{name}{value}万元", level="类",
                                                   fund_scope="一般公共预算财政拨款", table=table)
                                      for code, name, value in rows]
    if stated is not None:
        result.figures["general_budget_appropriation"] = stated
    return [(c.rule, c.outcome, c.severity) for c in function_list_total(result, text_of([Line(text)]))]


@pytest.mark.parametrize(("total", "expected"), [
    ("603.53", [("IE-EXP-SUM", "pass", "error")]),
    ("612.53", [("IE-EXP-SUM", "fail", "error")]),   # the classes add to 603.53
    ("594.53", [("IE-EXP-SUM", "fail", "error")]),   # a list printed in full: short is an error too
    ("603.55", [("IE-EXP-SUM", "fail", "info")]),    # 0.02 ≤ 4 × 0.005
    ("603.56", [("IE-EXP-SUM", "fail", "error")]),
])
def test_it_holds_the_classes_listed_in_the_words_to_the_total_an_earlier_sentence_names(total: str, expected) -> None:
    text = f"2024年度一般公共预算财政拨款支出{total}万元，占本年支出合计的100.00%。与上年相比减少。" + LISTED
    assert classes(text) == expected


def test_it_leaves_the_classes_to_the_figure_rule_when_a_stored_total_has_their_scope() -> None:
    text = "2024年度一般公共预算财政拨款支出612.53万元。" + LISTED
    stated = Figure("general_budget_appropriation", Decimal("612.53"), page=1, fund_scope="一般公共预算财政拨款",
                    side="支出")
    assert classes(text, stated=stated) == []


@pytest.mark.parametrize(("text", "kwargs"), [
    ("2024年度一般公共预算财政拨款支出612.53万元。" + LISTED, {"table": "支出决算表"}),  # a table's rows
    ("2024年度一般公共预算财政拨款支出612.53万元。" + LISTED, {"rows": CLASS_ROWS[:2]}),  # not the parser's classes
    ("2024年度基本支出612.53万元。" + LISTED, {}),  # no amount of the named expenditure
])
def test_it_reads_no_total_it_cannot_tie_to_the_listed_classes(text: str, kwargs: dict) -> None:
    assert classes(text, **kwargs) == []


# ---- FM-PLACEHOLDER: a template's fill-in instruction -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "公务用车运行维护费8.62万元，决算数小于预算数的主要原因是（此处填写增减变化原因，无变化的填写“无”）。",
    "机关运行经费比上年减少2.54万元，主要原因是（请填写变动原因）。",
    "本部门共有车辆5辆（如无则填0）。",
    "政府采购支出45.00万元（此处说明采购内容）。",
    "绩效自评结果为良好【请据实填写自评得分】。",
])
def test_it_finds_a_fill_in_instruction_left_in_the_text(text: str) -> None:
    assert run(fm_placeholder, text) == [("FM-PLACEHOLDER", "fail", "warning")]


@pytest.mark.parametrize("text", [
    "项目支出210.84万元（不含上年结转资金），主要用于应急物资储备。",
    "本表由财政部门统一填列（详见附表3）。",
    "年末结转和结余8.43万元（请见财政拨款收入支出决算表）。",
    "填写说明一节不在本文件中，部门按财政部门要求公开。",  # the words, not a bracketed instruction
])
def test_it_leaves_real_parenthetical_notes_alone(text: str) -> None:
    assert run(fm_placeholder, text) == []


# ---- D-001: a 决算's totals in the words ---------------------------------------------------------------------------

TOTALS = "2023年度收入总计2,200.50万元，支出总计{spent}万元。"
INCOME_PART = "本年收入合计2,162.00万元，其中财政拨款收入2,150.00万元。另有年初结转和结余38.50万元。"
SPENT_PART = "本年支出合计2,179.18万元，其中：基本支出629.72万元；项目支出1,549.46万元。年末结转和结余{carried}万元。"


def final(spent: str = "2,200.50", carried: str = "21.32", extra: str = "", kind: str = "决算") -> list:
    return run(final_totals, TOTALS.format(spent=spent) + INCOME_PART + SPENT_PART.format(carried=carried) + extra, kind=kind)


@pytest.mark.parametrize(("spent", "carried", "expected"), [
    ("2,200.50", "21.32", ("D-001", "pass", "error")),
    ("2,200.50", "12.32", ("D-001", "fail", "error")),   # 2,179.18 + 12.32 = 2,191.50
    ("2,200.51", "21.32", ("D-001", "fail", "info")),    # 0.01 ≤ 3 × 0.005
    ("2,200.52", "21.32", ("D-001", "fail", "error")),
])
def test_it_holds_a_finals_expenditure_total_to_its_parts(spent: str, carried: str, expected: tuple) -> None:
    assert final(spent, carried) == [expected, ("D-001", "pass", "error")]  # the income side: 2,162.00 + 38.50


def test_it_leaves_a_budget_alone() -> None:
    assert final(carried="12.32", kind="预算") == []


def test_it_does_not_judge_a_total_whose_unstated_part_is_named() -> None:
    assert final(carried="12.32", extra="结余分配情况见附表。") == [("D-001", "pass", "error")]
    assert final(carried="12.32", extra="结余分配9.00万元。") == [("D-001", "pass", "error"), ("D-001", "pass", "error")]


def test_it_reads_neither_a_part_printed_with_two_amounts_nor_the_fiscal_totals() -> None:
    assert final(carried="12.32", extra="年末结转和结余21.32万元。") == [("D-001", "pass", "error")]
    fiscal = ("财政拨款收入支出决算总计2,188.50万元，其中：本年财政拨款收入2,150.00万元，年初财政拨款结转和结余38.50万元；"
              "本年财政拨款支出2,167.18万元，年末财政拨款结转和结余12.32万元。")
    assert run(final_totals, fiscal, kind="决算") == []
