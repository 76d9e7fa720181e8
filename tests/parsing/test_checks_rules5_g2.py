"""Rules fixed for the prose items of the sixth blind corpus of the check engine (issue 9, checks_heldout6) and three
older open items, each on small statements written for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.listings import split_changes_add_up

from disclosures.parsing.checks.splits import basic_split_adds_up

from disclosures.parsing.checks.totals import fund_stated_then_denied
from disclosures.parsing.checks.rates import pr_dir_sign
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_placeholder
from disclosures.parsing.checks.wording import tb_dup_section
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def run(rule, text: str, *, kind: str = "预算") -> list:
    result = ParsedDisclosure(unit="某县水务局", year=2025, kind=kind, scope="部门")
    return list(rule(result, text_of([Line(line) for line in text.split("\n")])))


def outcomes(rule, text: str, **kw) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in run(rule, text, **kw)]


# --- FM-PLACEHOLDER: a template's filling note that runs over a whole sentence, 。 included ----------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("（四）绩效目标设置情况\n（填报说明：此处请简要说明本部门绩效目标的设置情况，字数控制在200字以内。）",
     [("FM-PLACEHOLDER", "fail", "warning")]),
    ("（三）国有资产占用情况（填写提示：按资产卡片汇总。车辆单列。）", [("FM-PLACEHOLDER", "fail", "warning")]),
    ("项目支出情况（此处请列出主要项目及其金额）", [("FM-PLACEHOLDER", "fail", "warning")]),
    ("绩效目标（简述部门整体目标，字数控制在300字以内）", [("FM-PLACEHOLDER", "fail", "warning")]),
    # brackets of ordinary prose: an explanation, a figure, a pointer to a table
    ("本部门实行绩效目标管理的项目4个（详见附表11，涉及资金120.00万元。）", []),
    ("机关运行经费（含公务用车运行维护费）60.00万元。", []),
    ("按规定说明（一）机关运行经费的口径。", []),
])
def test_a_filling_note_with_full_stops_is_a_placeholder(sentence: str, expected: list) -> None:
    assert outcomes(fm_placeholder, sentence) == expected


# --- IE-CHG-BP: the changes of a total's parts, listed after 其中, add up to the total's change --------------------------

CHANGES = ("2025年一般公共预算财政拨款收入和支出预算均为500.00万元，比上年增加{whole}万元，增长5.26%。其中：基本支出"
           "320.00万元，比上年{basic_word}{basic}万元，主要是人员退休；项目支出180.00万元，比上年增加{project}万元，主要是新增项目。")


def changes(whole: str = "25.00", basic_word: str = "减少", basic: str = "5.00", project: str = "30.00") -> list:
    return run(split_changes_add_up, CHANGES.format(whole=whole, basic_word=basic_word, basic=basic, project=project))


def test_part_changes_that_add_up_pass() -> None:
    found = changes()
    assert [(c.rule, c.outcome) for c in found] == [("IE-CHG-BP", "pass")]
    assert [f["value"] for f in found[0].figures] == ["25", "-5", "30"]


def test_a_wrong_direction_word_is_found_and_named() -> None:
    found = changes(basic_word="增加")
    assert [(c.rule, c.outcome, c.severity) for c in found] == [("IE-CHG-BP", "fail", "error")]
    assert "5.00+30.00=35.00" in found[0].message and "差10" in found[0].message
    assert "若基本支出实为减少5.00万元则相符" in found[0].message


def test_a_wrong_part_change_is_an_error_without_a_direction_hint() -> None:
    found = changes(project="32.00")
    assert [(c.outcome, c.severity) for c in found] == [("fail", "error")]
    assert "方向" not in found[0].message


def test_the_tolerance_edge() -> None:
    # three printed terms at two decimals: 0.015; a difference of 0.01 is rounding (info)
    assert [(c.outcome, c.severity) for c in changes(whole="25.01")] == [("fail", "info")]
    assert [(c.outcome, c.severity) for c in changes(whole="25.10")] == [("fail", "error")]


def test_a_fall_written_with_its_sign_keeps_its_direction() -> None:
    assert [c.outcome for c in changes(basic="-5.00")] == ["pass"]


@pytest.mark.parametrize("sentence", [
    # the parts do not make up the total (a third part unlisted): their changes need not add up
    "2025年支出预算600.00万元，比上年增加25.00万元。其中：基本支出320.00万元，比上年增加5.00万元；项目支出180.00万元，比上年增加30.00万元。",
    # a part without a change
    "2025年支出预算500.00万元，比上年增加25.00万元。其中：基本支出320.00万元；项目支出180.00万元，比上年增加30.00万元。",
    # a reason quoting another amount: the list may not be the parts alone
    "2025年支出预算500.00万元，比上年增加25.00万元。其中：基本支出320.00万元，比上年增加5.00万元，主要是增加培训费2.00万元；"
    "项目支出180.00万元，比上年增加30.00万元。",
    # the 三公 split is SG-CHG's
    "2025年“三公”经费预算10.00万元，比上年减少1.00万元。其中：公务用车运行维护费6.00万元，比上年减少2.00万元；"
    "公务接待费4.00万元，比上年减少0.50万元。",
])
def test_not_applicable_shapes_say_nothing(sentence: str) -> None:
    assert run(split_changes_add_up, sentence) == []


def test_an_unchanged_part_counts_as_zero() -> None:
    sentence = ("2025年支出预算500.00万元，比上年增加30.00万元。其中：基本支出320.00万元，与上年持平；"
                "项目支出180.00万元，比上年增加30.00万元。")
    assert [(c.outcome, [f["value"] for f in c.figures]) for c in run(split_changes_add_up, sentence)] == \
        [("pass", ["30", "0", "30"])]


# --- IE-BP (prose): 基本支出 = 人员经费 + 公用经费 in the sentence that splits it -------------------------------------------

BASIC = ("一般公共预算财政拨款基本支出{whole}万元，其中：人员经费{staff}万元，主要包括基本工资、津贴补贴、住房公积金等；"
         "公用经费60.50万元，主要包括办公费、差旅费、公务接待费等。")


@pytest.mark.parametrize(("whole", "staff", "expected"), [
    ("400.50", "340.00", ("pass", "error")),
    ("420.50", "340.00", ("fail", "error")),   # a digit slipped in the total
    ("400.51", "340.00", ("fail", "info")),    # within three half-steps (0.015)
    ("400.50", "340", ("pass", "error")),      # an integer 人员经费 read as 340.00
])
def test_a_basic_split_adds_up(whole: str, staff: str, expected: tuple[str, str]) -> None:
    found = run(basic_split_adds_up, BASIC.format(whole=whole, staff=staff))
    assert [(c.rule, c.outcome, c.severity) for c in found] == [("IE-BP",) + expected]


@pytest.mark.parametrize("sentence", [
    "基本支出420.50万元，其中：人员经费340.00万元，公用经费60.50万元，资本性支出20.00万元。",   # a third part
    "基本支出420.50万元，其中：人员经费340.00万元，含退休人员经费20.00万元；公用经费60.50万元。",  # an amount between
    "基本支出420.50万元，比上年增加10.00万元。人员经费340.00万元，公用经费60.50万元。",             # not its own split
])
def test_a_basic_split_that_is_not_whole_says_nothing(sentence: str) -> None:
    assert run(basic_split_adds_up, sentence) == []


# --- TB-DUP (prose): a section, heading and text, printed twice in a row ------------------------------------------------

OPC = ["（一）机关运行经费", "2025年本部门机关运行经费预算80.50万元，比上年减少2.50万元，", "主要是压减办公费。"]
PROC = ["（二）政府采购情况", "2025年本部门政府采购预算总额40.00万元。"]


def sections(lines: list[str], *, pages: list[int] | None = None) -> list:
    result = ParsedDisclosure(unit="某县水务局", year=2025, kind="预算", scope="部门")
    numbers = pages or [1] * len(lines)
    return list(tb_dup_section(result, text_of([Line(t, p) for t, p in zip(lines, numbers)])))


def test_a_section_printed_twice_in_a_row_is_a_warning() -> None:
    found = sections(OPC + OPC + PROC)
    assert [(c.rule, c.outcome, c.severity) for c in found] == [("TB-DUP", "fail", "warning")]
    assert [f["value"] for f in found[0].figures] == ["（一）机关运行经费", "80.50", "2.50"]
    assert "连续刊印两次" in found[0].message


def test_a_repeat_across_a_page_break_names_both_pages() -> None:
    found = sections(OPC + OPC, pages=[3, 3, 3, 4, 4, 4])
    assert [c.page for c in found] == [3] and "第3页和第4页" in found[0].message


@pytest.mark.parametrize("lines", [
    OPC + PROC,                                           # each section once
    OPC + ["2025年本部门机关运行经费预算80.50万元，比上年减少2.50万元，", "主要是压减水电费。"],  # same heading, other text
    ["（一）机关运行经费", "（一）机关运行经费"] + OPC[1:],   # a heading doubled alone: FM-DUP-PHRASE's hint, not a section
    OPC[1:] + OPC[1:],                                     # text without a heading: not a section
])
def test_what_is_not_a_repeated_section(lines: list[str]) -> None:
    assert sections(lines) == []


def test_table_rows_that_repeat_are_not_read() -> None:
    result = ParsedDisclosure(unit="某县水务局", year=2025, kind="预算", scope="部门")
    rows = [Line("1.办公费", 1, True), Line("2.00；", 1, True)] * 2
    assert list(tb_dup_section(result, text_of(rows))) == []


# --- PT-GF (prose): a fund's amount listed, then the same side of that fund said to be none --------------------------

INCOME = "2025年本年收入合计520.00万元，其中一般公共预算财政拨款收入500.00万元，政府性基金预算财政拨款收入{fund}万元。"


@pytest.mark.parametrize(("fund", "denial", "expected"), [
    ("20.00", "本部门2025年没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。",
     [("PT-GF", "fail", "error")]),
    ("20.00", "本部门无政府性基金预算收支。", [("PT-GF", "fail", "error")]),         # 收支 denies both sides
    ("0.00", "本部门2025年没有政府性基金预算财政拨款收入。", []),                   # a zero agrees with the denial
    ("20.00", "本部门没有使用政府性基金预算财政拨款安排的支出。", []),            # income listed, spending denied: both may hold
    ("20.00", "本部门没有国有资本经营预算收入。", []),                             # another fund
    ("20.00", "上年没有政府性基金预算财政拨款收入。", []),                         # the prior year's denial
])
def test_a_fund_listed_then_denied(fund: str, denial: str, expected: list) -> None:
    found = run(fund_stated_then_denied, INCOME.format(fund=fund) + "\n" + denial)
    assert [(c.rule, c.outcome, c.severity) for c in found] == expected
    if expected:
        assert found[0].figures[0]["value"] == "20.00" and "两处披露不能同时成立" in found[0].message


def test_a_prior_year_amount_is_not_denied() -> None:
    text = "上年政府性基金预算财政拨款收入15.00万元，本年没有政府性基金预算财政拨款收入。"
    assert run(fund_stated_then_denied, text) == []


# --- PR-DIR: a fall written with its word and its sign is a hint; a word and a sign that disagree stay a warning -------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("项目支出410.00万元，比上年减少-36.20万元，主要是项目完工。", [("PR-DIR", "fail", "info")]),
    ("公务接待费2.70万元，较2024年下降-8.5%。", [("PR-DIR", "fail", "info")]),
    ("项目支出410.00万元，比上年增加-36.20万元。", [("PR-DIR", "fail", "warning")]),
    ("项目支出410.00万元，比上年减少36.20万元。", []),
])
def test_a_sign_beside_its_direction_word(sentence: str, expected: list) -> None:
    found = run(pr_dir_sign, sentence)
    assert [(c.rule, c.outcome, c.severity) for c in found] == expected
    if expected and expected[0][2] == "info":
        assert "表述冗余" in found[0].message
