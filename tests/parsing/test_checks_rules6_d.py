"""PR-REPEAT on a total whose label names its own fund scope (一般公共预算财政拨款支出): printed in 总体情况 and again in
its own section, it is one quantity. Made-up figures."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def repeats(first: str, again: str) -> list[tuple[str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    lines = [Line(f"二、收支预算总体情况。一般公共预算财政拨款支出{first}万元。"),
             Line(f"三、一般公共预算财政拨款支出情况。本年一般公共预算财政拨款支出{again}万元，主要用于一般公共服务。", 2)]
    return [(c.outcome, c.severity) for c in pr_repeat_amount(result, text_of(lines))
            if "一般公共预算财政拨款支出" in c.name]


@pytest.mark.parametrize(("first", "again", "expected"), [
    ("482.40", "482.40", [("pass", "error")]),
    ("482.40", "482.4", [("pass", "error")]),
    ("482.40", "842.40", [("fail", "error")]),
])
def test_a_scoped_total_printed_twice_must_read_the_same(first: str, again: str, expected: list) -> None:
    assert repeats(first, again) == expected


@pytest.mark.parametrize(("again", "expected"), [("200,000.00元", [("pass", "error")]),
                                                 ("210,000.00元", [("fail", "error")])])
def test_a_repeat_printed_in_yuan_is_compared_in_wan(again: str, expected: list) -> None:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    lines = [Line("二、收支预算总体情况。政府采购预算" + again + "。"),
             Line("七、政府采购情况。2025年政府采购预算20.00万元，其中货物类14.00万元，服务类6.00万元。", 2)]
    assert [(c.outcome, c.severity) for c in pr_repeat_amount(result, text_of(lines)) if "政府采购" in c.name] == expected
