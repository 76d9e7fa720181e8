"""A total's listed parts in any connector's words (parsing/lists.py), and function classes named with their codes
(checks/statements.py). Made-up figures."""
from __future__ import annotations

import pytest

from disclosures.parsing.lists import canonical_lists
from disclosures.parsing.text import normalize_mapped


def canonical(line: str) -> str:
    text, index = normalize_mapped(line)
    out, mapped = canonical_lists(text, index)
    assert len(out) == len(mapped)
    return out


@pytest.mark.parametrize(("line", "expected"), [
    ("收入512.40万元，包括财政拨款收入482.40万元、上年结转30.00万元。", "收入512.40万元,其中:财政拨款收入482.40万元,上年结转30.00万元。"),
    ("收入512.40万元，主要为财政拨款收入482.40万元和上年结转30.00万元。", "收入512.40万元,其中:财政拨款收入482.40万元,上年结转30.00万元。"),
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
])
def test_it_leaves_anything_else_as_it_was(line: str) -> None:
    assert canonical(line) == normalize_mapped(line)[0]


def test_every_character_still_cites_the_raw_line() -> None:
    line = "支出512.40万元，其中基本支出、项目支出分别为430.20万元、82.20万元。"
    text, index = canonical_lists(*normalize_mapped(line))
    at = text.index("82.20")
    assert line[index[at]:index[at + 4] + 1] == "82.20"
