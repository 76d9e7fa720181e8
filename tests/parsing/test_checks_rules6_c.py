"""A total's listed parts in any connector's words (parsing/lists.py), and function classes named with their codes
(checks/wholes.py, splits.py, totals.py). Made-up figures."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.splits import basic_split_adds_up

from disclosures.parsing.checks.totals import partial_list_within_whole

from disclosures.parsing.checks.wholes import class_list_adds_up
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.lists import canonical_lists
from disclosures.parsing.text import normalize_mapped, page_lines
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def canonical(line: str) -> str:
    text, index = normalize_mapped(line)
    out, mapped = canonical_lists(text, index)
    assert len(out) == len(mapped)
    return out


@pytest.mark.parametrize(("line", "expected"), [
    ("收入512.40万元，包括财政拨款收入482.40万元、上年结转30.00万元。", "收入512.40万元,其中:财政拨款收入482.40万元,上年结转30.00万元。"),
    ("支出512.40万元，其中基本支出、项目支出分别为430.20万元、82.20万元。", "支出512.40万元,其中:基本支出430.20万元,项目支出82.20万元。"),
    ("基本支出430.20万元，其中：人员经费：372.60万元；公用经费：57.60万元。", "基本支出430.20万元,其中:人员经费372.60万元,公用经费57.60万元。"),
    ("采购20.00万元，具体为：货物类14.00万元；服务类6.00万元。", "采购20.00万元,其中:货物类14.00万元,服务类6.00万元。"),
    ("车辆3辆，包括一般公务用车2辆、执法执勤用车1辆。", "车辆3辆,其中:一般公务用车2辆,执法执勤用车1辆。"),
])
def test_it_rewrites_a_list_into_the_qizhong_shape(line: str, expected: str) -> None:
    assert canonical(line) == expected


@pytest.mark.parametrize("line", [
    "基本支出430.20万元，其中人员经费372.60万元，公用经费57.60万元。",         # already canonical
    "编制96名，其中行政编制21名、事业编制75名；实有在职人员91人。",              # a semicolon opens a new statement
    "支出800.00万元，其中基本支出500.00万元；全部支出中项目支出400.00万元。",
    "支出800.00万元，包括基本支出500.00万元，主要用于保障运转。",               # the list does not run to the end
    "主要用于办公、水电和差旅。",
    "收入512.40万元，主要为财政拨款收入482.40万元和上年结转30.00万元。",     # 主要: the list may leave parts out
])
def test_it_leaves_anything_else_as_it_was(line: str) -> None:
    assert canonical(line) == normalize_mapped(line)[0]


def test_every_character_still_cites_the_raw_line() -> None:
    line = "支出512.40万元，其中基本支出、项目支出分别为430.20万元、82.20万元。"
    text, index = canonical_lists(*normalize_mapped(line))
    at = text.index("82.20")
    assert line[index[at]:index[at + 4] + 1] == "82.20"


@pytest.mark.parametrize(("listing", "expected"), [
    ("一般公共服务支出(201)390.30万元，住房保障支出(221)20.20万元", "pass"),
    ("一般公共服务支出(201)393.30万元，住房保障支出(221)20.20万元", "fail"),
    ("201一般公共服务支出393.30万元，221住房保障支出20.20万元", "fail"),
    ("一般公共服务支出(201类)393.30万元，住房保障支出(221类)20.20万元", "fail"),
])
def test_a_class_list_is_read_with_its_codes(listing: str, expected: str) -> None:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    found = class_list_adds_up(result, text_of([Line(canonical(f"部门支出预算410.50万元，其中：{listing}。"))]))
    assert [(c.rule, c.outcome) for c in found] == [("IE-EXP-SUM", expected)]


def test_parts_printed_one_numbered_line_each_are_read_as_one_list() -> None:
    lines = page_lines(["基本支出430.20万元，其中：\n1.人员经费372.60万元；\n2.公用经费57.60万元。项目支出82.20万元。\n三、其他"])
    assert [line.text for line in lines] == ["基本支出430.20万元,其中:人员经费372.60万元,公用经费57.60万元。项目支出82.20万元。",
                                             "三、其他"]
    assert lines[0].raw.endswith("项目支出82.20万元。")


def test_numbered_lines_that_do_not_close_the_list_stay_apart() -> None:
    lines = page_lines(["基本支出430.20万元，其中：\n1.人员经费372.60万元；\n主要用于工资福利。"])
    assert len(lines) == 3


@pytest.mark.parametrize(("sentence", "expected"), [
    ("本年基本支出为430.20万元,用于人员经费372.60万元、公用经费57.60万元。", "pass"),
    ("本年基本支出为340.20万元,用于人员经费372.60万元、公用经费57.60万元。", "fail"),
    ("基本支出430.20万元,主要用于人员经费372.60万元和公用经费67.60万元。", "fail"),
])
def test_basic_spending_used_for_its_two_parts_is_their_sum(sentence: str, expected: str) -> None:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    assert [(c.rule, c.outcome) for c in basic_split_adds_up(result, text_of([Line(sentence)]))] == [("IE-BP", expected)]


def test_a_list_opened_by_you_and_closed_by_goucheng() -> None:
    assert canonical("收入512.40万元，由财政拨款收入482.40万元和上年结转30.00万元构成。") == \
        "收入512.40万元,其中:财政拨款收入482.40万元,上年结转30.00万元。"
    assert canonical("收入512.40万元，包括财政拨款收入482.40万元、上年结转30.00万元构成。") == \
        normalize_mapped("收入512.40万元，包括财政拨款收入482.40万元、上年结转30.00万元构成。")[0]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("公用经费57.60万元,主要为办公费20.00万元、水电费10.00万元。", []),                 # short of the whole: fine
    ("公用经费57.60万元,主要为办公费50.00万元、水电费10.00万元。", [("IE-SCOPE-LE", "error")]),
    ("公用经费57.60万元,主要包括办公费200,000.00元和水电费100,000.00元。", []),
    ("共有车辆3辆,主要为一般公务用车2辆、执法执勤用车1辆。", []),
    ("共有车辆3辆,主要为一般公务用车3辆、执法执勤用车1辆。", [("IE-SCOPE-LE", "error")]),
    ("共有车辆3辆,主要为运行维护费2.00万元、保险费1.00万元。", []),                      # money parts of a count
])
def test_a_partial_list_may_fall_short_of_its_whole_but_not_exceed_it(sentence: str, expected: list) -> None:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    assert [(c.rule, c.severity) for c in partial_list_within_whole(result, text_of([Line(sentence)]))] == expected
