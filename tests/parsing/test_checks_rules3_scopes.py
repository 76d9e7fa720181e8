"""The all-funds 支出 total is never read from one fund's spending (issue 9, third blind corpus): when 二 holds a
sub-heading "(二)一般公共预算财政拨款支出", that heading does not open the all-funds 支出 part, and
"一般公共预算财政拨款支出X万元" is that fund's spending, not the total; so IE-BAL and IE-BP compare same-scope figures.
The statements are written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks import run_checks

HEAD = "某某县档案馆2025年部门预算说明\n一、部门概况\n本馆负责全县档案的收集和保管。\n二、部门预算情况说明\n(一)收支总体情况\n"
SANGONG = "(三)“三公”经费\n“三公”经费预算3.00万元，全部为公务接待费。\n"
CASES = [
    # the total stated with "也是" right after the income
    (HEAD + "今年收入预算共412.00万元，其中一般公共预算拨款400.00万元，上年结转12.00万元；支出预算也是412.00万元，"
     "基本支出300.00万元，项目支出112.00万元。\n(二)一般公共预算财政拨款支出\n"
     "一般公共预算财政拨款支出400.00万元，比上年增加8.00万元，其中基本支出300.00万元，项目支出100.00万元。\n" + SANGONG,
     "412.00"),
    # a 事业单位 whose own income dwarfs the appropriation
    (HEAD + "今年收入预算共900.00万元，包括一般公共预算拨款150.00万元和事业收入750.00万元。支出预算900.00万元。\n"
     "(二)一般公共预算财政拨款支出\n一般公共预算财政拨款支出150.00万元，其中基本支出120.00万元，项目支出30.00万元。\n" + SANGONG,
     "900.00"),
]


@pytest.mark.parametrize(("text", "total"), CASES)
def test_it_reads_the_all_funds_total_not_the_general_budget_spending(text: str, total: str) -> None:
    result = parse_disclosure(text.encode("utf-8"), filename="statement.txt")
    assert result.figures["expenditure_total"].value == Decimal(total)
    failed = [(c.rule, c.severity) for c in run_checks(result) if c.outcome == "fail" and c.severity != "info"]
    assert [f for f in failed if f[0] in ("IE-BAL", "IE-BP")] == []
