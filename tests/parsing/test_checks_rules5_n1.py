"""Rules fixed for the ninth blind corpus of the check engine (issue 9, checks_heldout9: the 收入总计 listed beside
the sources, a procurement list that denies one kind, a table or a run-in section printed twice), each on small
statements and pages written for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.presence import tb_dup
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wording import ie_inc_sum, pr_proc_sum, tb_dup_section
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def run(rule, *lines: str, kind: str = "决算") -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某站", year=2024, kind=kind, scope="单位")
    return [(c.rule, c.outcome, c.severity) for c in rule(result, text_of([Line(text) for text in lines]))]


# ---- IE-INC-SUM: a total listed after the sources closes the list -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # 本年收入 = 200.00 + 20.50; the 收入总计 after the carry-over is not a source
    ("2024年度本年收入220.50万元，其中财政拨款收入200.00万元，其他收入20.50万元；加年初结转和结余9.50万元，收入总计230.00万元。",
     [("IE-INC-SUM", "pass", "error")]),
    ("2024年度本年收入225.50万元，其中财政拨款收入200.00万元，其他收入20.50万元；加年初结转和结余9.50万元，收入总计235.00万元。",
     [("IE-INC-SUM", "fail", "error")]),   # 5.00 short of a closed list: still an error
    ("2024年度本年收入220.51万元，其中财政拨款收入200.00万元，其他收入20.50万元，本年收入合计220.51万元。",
     [("IE-INC-SUM", "fail", "info")]),    # 0.01 within 3 × 0.005; the 本年收入合计 restated is no part
    ("2024年度本年收入220.52万元，其中财政拨款收入200.00万元，其他收入20.50万元，收入合计220.52万元。",
     [("IE-INC-SUM", "fail", "error")]),   # 0.02: just beyond it
    ("2024年度本年收入220.50万元，其中财政拨款收入200.00万元，收入总计230.00万元。", []),  # one source left: nothing to add
])
def test_a_total_listed_after_the_sources_is_not_one_of_them(text: str, expected: list) -> None:
    assert run(ie_inc_sum, text) == expected


# ---- PR-PROC-SUM: a list running past a semicolon, a kind the sentence denies --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2024年度政府采购支出总额50.30万元，其中：政府采购货物支出30.10万元，主要为办公设备；政府采购服务支出20.20万元；无工程采购。",
     [("PR-PROC-SUM", "pass", "error")]),
    ("2024年度政府采购支出总额54.30万元，其中：政府采购货物支出30.10万元，主要为办公设备；政府采购服务支出20.20万元；无工程采购。",
     [("PR-PROC-SUM", "fail", "error")]),
    ("2024年度政府采购支出总额50.31万元，其中：政府采购货物支出30.10万元，主要为办公设备；政府采购服务支出20.20万元；无工程采购。",
     [("PR-PROC-SUM", "fail", "info")]),   # 0.01 within 3 × 0.005 (the denied kind's zero adds no rounding)
    ("2024年度政府采购支出总额50.32万元，其中：政府采购货物支出30.10万元，主要为办公设备；政府采购服务支出20.20万元；无工程采购。",
     [("PR-PROC-SUM", "fail", "error")]),  # 0.02: just beyond
])
def test_a_list_read_to_the_end_of_its_sentence(text: str, expected: list) -> None:
    assert run(pr_proc_sum, text) == expected


def test_a_denied_kind_is_a_part_of_zero() -> None:
    # one kind listed, the two others denied: the total is that kind's amount
    good = "2024年度政府采购支出总额12.00万元，其中服务类采购12.00万元，货物采购为0，未发生工程类采购。"
    bad = "2024年度政府采购支出总额15.00万元，其中服务类采购12.00万元，货物采购为0，未发生工程类采购。"
    assert run(pr_proc_sum, good) == [("PR-PROC-SUM", "pass", "error")]
    assert run(pr_proc_sum, bad) == [("PR-PROC-SUM", "fail", "error")]


@pytest.mark.parametrize("text", [
    "2024年度政府采购支出总额15.00万元，其中服务类采购12.00万元。",          # one part, nothing denied
    "2024年度政府采购支出总额15.00万元，无货物采购，无工程采购，无服务采购。",  # all denied: no part stated
    # a second list after the semicolon repeats the kinds: only the first is read (as before)
    "政府采购预算总额40.00万元，其中货物30.00万元、服务10.00万元；一般公共预算拨款政府采购30.00万元，其中货物20.00万元、服务10.00万元。",
])
def test_what_gives_no_new_procurement_sum(text: str) -> None:
    outcomes = run(pr_proc_sum, text)
    assert ("PR-PROC-SUM", "fail", "error") not in outcomes


# ---- TB-DUP: a section whose heading runs into its text, printed twice ----------------------------------------------

ASSETS = "（三）国有资产占用情况。截至2024年12月31日，本站共有车辆1辆；单位价值50万元以上设备2台。"


def test_a_run_in_section_printed_twice_in_a_row_is_a_warning() -> None:
    result = ParsedDisclosure(unit="某县某站", year=2024, kind="决算", scope="单位")
    found = list(tb_dup_section(result, text_of([Line(ASSETS), Line(ASSETS), Line("（四）预算绩效情况。本站开展了绩效自评。")])))
    assert [(c.rule, c.outcome, c.severity) for c in found] == [("TB-DUP", "fail", "warning")]
    assert found[0].figures[0]["value"] == "（三）国有资产占用情况"


@pytest.mark.parametrize("lines", [
    [ASSETS, ASSETS.replace("2台", "3台")],                 # same heading, other text
    [ASSETS, "（四）预算绩效情况。本站开展了绩效自评。", ASSETS],  # not in a row
    ["截至2024年12月31日，本站共有车辆1辆；设备2台。"] * 2,      # no heading: FM-DUP-PHRASE's business
])
def test_what_is_not_a_repeated_run_in_section(lines: list[str]) -> None:
    result = ParsedDisclosure(unit="某县某站", year=2024, kind="决算", scope="单位")
    assert list(tb_dup_section(result, text_of([Line(t) for t in lines]))) == []


# ---- TB-DUP: a table printed again further on, without its number -------------------------------------------------

SANGONG = ["表7一般公共预算“三公”经费支出表", "单位:万元", "项目 合计 因公出国(境)费 公务接待费", "合计 12.40 0.00 3.40",
           "公务用车购置及运行维护费 9.00"]
FUND = ["表8政府性基金预算支出表", "单位:万元", "科目编码 科目名称 合计", "注:本单位没有政府性基金预算支出,本表无数据。"]


def dup(*pages: list[str]) -> list[tuple[str, str, int | None]]:
    lines = [Line(text, page) for page, body in enumerate(pages, start=1) for text in body]
    result = ParsedDisclosure(unit="某县某会", year=2025, kind="预算", scope="部门")
    return [(c.outcome, c.severity, c.page) for c in tb_dup(result, text_of(lines))]


def test_a_table_printed_again_without_its_number_after_another_is_a_duplicate() -> None:
    repeat = [SANGONG[0].replace("表7", ""), *SANGONG[1:]]
    assert dup(SANGONG, FUND + repeat) == [("fail", "warning", 2)]


def test_a_table_with_the_same_title_but_other_amounts_is_not_a_duplicate() -> None:
    repeat = [SANGONG[0].replace("表7", ""), *SANGONG[1:3], "合计 12.50 0.00 3.50", SANGONG[4]]
    assert dup(SANGONG, FUND + repeat) == []
