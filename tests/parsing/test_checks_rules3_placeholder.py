"""FM-PLACEHOLDER also finds a bracketed field name a template left unfilled (issue 9, third blind corpus).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_placeholder
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def run(text: str) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in fm_placeholder(result, text_of([Line(text)]))]


@pytest.mark.parametrize("text", [
    "本部门由局机关和【单位名称】两个单位组成。",
    "政府采购预算[金额]万元，全部为服务类。",
    "本说明于〔填写日期〕经局党组审定。",
])
def test_it_finds_a_bracketed_field_name(text: str) -> None:
    assert run(text) == [("FM-PLACEHOLDER", "fail", "warning")]


@pytest.mark.parametrize("text", [
    "依据县财政局〔2025〕12号文件安排。",
    "【公开说明】本部门由局机关和县测绘站组成。",
    "本部门由局机关和县测绘站两个单位组成。",
])
def test_it_leaves_ordinary_brackets_alone(text: str) -> None:
    assert run(text) == []
