"""Rules fixed for the twelfth blind corpus of the check engine (issue 9, checks_heldout12, items of helper b), each on
small statements written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure


def failures(text: str, rule: str) -> list[tuple[str, str]]:
    result = parse_disclosure(text.encode(), filename="t.txt")
    return [(c.outcome, c.severity) for c in result.checks if c.rule == rule and c.outcome == "fail"]


# --- IE-BP: a 决算 split belongs to 本年支出合计, not to the 支出总计 that adds 年末结转和结余 -------------------------

FINAL = """某县水利局2024年度部门决算情况说明
一、部门概况
某县水利局负责全县水利工作。
二、收入支出决算总体情况说明
2024年度收入总计1,200.00万元，其中本年收入合计1,100.00万元，年初结转和结余100.00万元。
{spending}
三、“三公”经费财政拨款支出决算情况说明
2024年度“三公”经费财政拨款支出决算3.00万元，其中：公务接待费3.00万元。
"""


@pytest.mark.parametrize("spending", [
    "2024年度支出总计1,200.00万元，其中本年支出合计1,050.00万元，年末结转和结余150.00万元。"
    "本年支出中，基本支出400.00万元，项目支出650.00万元。",
    "2024年支出总计1,200.00万元，其中本年支出合计1,050.00万元，年末结转和结余150.00万元。"
    "本年支出合计中，基本支出400.00万元，项目支出650.00万元。",
    "2024年度支出总计1,200.00万元，其中：本年支出1,050.00万元，年末结转和结余150.00万元。"
    "本年支出中，基本支出400.00万元，项目支出650.00万元。",
    "支出总计1,200.00万元，其中本年支出合计1,050.00万元，年末结转和结余150.00万元。"
    "本年支出中，基本支出400.00万元，项目支出650.00万元。",
])
def test_it_adds_the_split_to_the_years_own_spending(spending: str) -> None:
    text = FINAL.format(spending=spending)
    assert failures(text, "IE-BP") == []
    assert parse_disclosure(text.encode(), filename="t.txt").figures["expenditure_total"].value == Decimal("1050.00")


def test_it_still_fires_when_the_split_misses_the_years_own_spending() -> None:
    text = FINAL.format(spending="2024年度支出总计1,200.00万元，其中本年支出合计1,050.00万元，年末结转和结余150.00万元。"
                                 "本年支出中，基本支出400.00万元，项目支出640.00万元。")
    assert failures(text, "IE-BP") == [("fail", "error")]
