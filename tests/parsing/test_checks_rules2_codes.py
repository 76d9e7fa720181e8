"""FM-CODE-NAME on the patterned 项 of the administrative 款 (issue 9, second blind corpus): 01 行政运行,
02 一般行政管理事务, 03 机关服务, 50 事业运行. Names written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.codes import detail_mismatches, detail_name
from disclosures.parsing.types import FunctionLine


@pytest.mark.parametrize(("code", "official"), [
    ("2010801", "行政运行"),
    ("2040202", "一般行政管理事务"),
    ("2130303", "机关服务"),
    ("2010150", "事业运行"),
    ("2210201", "住房公积金"),          # the explicit table still answers first
    ("2010804", None),                  # a 项 outside the pattern is not judged
    ("2050201", None),                  # a 款 that does not follow the pattern (普通教育)
    ("20108", None),
    (None, None),
])
def test_it_names_the_patterned_items(code: str | None, official: str | None) -> None:
    assert detail_name(code) == official


@pytest.mark.parametrize(("code", "printed", "wrong"), [
    ("2010601", "行政运行", False),
    ("2010601", "行政运行支出", False),
    ("2010601", "财政业务", True),          # a sibling 项's name on the 行政运行 code
    ("2130350", "事业运行（水文）", False),  # a gloss in brackets keeps the name
    ("2130302", "水利工程建设", True),
    ("2130305", "水利工程建设", False),     # not a patterned 项: not judged
])
def test_it_flags_a_patterned_code_under_another_name(code: str, printed: str, wrong: bool) -> None:
    line = FunctionLine(printed, Decimal("40.00"), code, 4, level="项")
    assert [(l.code, official) for l, official in detail_mismatches([line])] == (
        [(code, detail_name(code))] if wrong else [])
