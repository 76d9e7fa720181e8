"""An amount the words name as last year's (“…上年为X万元，本年为Y万元”) is never read as this year's figure: not by
`label_amounts`, not by the 绩效目标管理 funds reader (whose prior amount gave PR-PERF a false part > whole)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.patterns import label_amounts
from disclosures.parsing.prose import _performance_funds


@pytest.mark.parametrize(("text", "expected"), [
    ("基本支出上年为400.20万元,本年为430.20万元。", []),
    ("基本支出上年预算数为400.20万元。", []),
    ("基本支出430.20万元,上年为400.20万元。", [Decimal("430.20")]),
    ("基本支出预算为430.20万元。", [Decimal("430.20")]),
])
def test_a_label_amount_named_as_last_years_is_not_this_years(text: str, expected: list) -> None:
    assert [hit.amount.value for hit in label_amounts(text, "基本支出")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("实行绩效目标管理的项目支出上年为88.78万元,本年为82.20万元。", "82.20"),
    ("实行绩效目标管理的项目2个,涉及财政拨款82.20万元。", "82.20"),
    ("实行绩效目标管理的项目上年为88.78万元。", None),
])
def test_the_performance_funds_are_this_years(text: str, expected: str | None) -> None:
    found = _performance_funds(text)
    assert (found.group("num") if found else None) == expected
