"""Which funds a 基本/项目支出 split counts when one part of the 编制说明 states every total (prose.totals_figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.prose import totals_figures
from disclosures.parsing.text import join_lines, page_lines


@pytest.mark.parametrize(("text", "scope", "project"), [
    # the split follows the all-funds spending total, after a clause naming the general budget's income
    ("本年收入预算900.00万元，其中一般公共预算拨款850.00万元，上年结转50.00万元；支出预算900.00万元，"
     "其中基本支出300.00万元，项目支出600.00万元。", "全口径", "600.00"),
    ("收入总计1,200.00万元。支出总计1,200.00万元。其中：基本支出400.00万元，项目支出800.00万元。", "全口径", "800.00"),
    # the split's own clause names the general budget
    ("收入预算700.00万元。一般公共预算支出680.00万元，其中基本支出500.00万元，项目支出180.00万元。",
     "一般公共预算财政拨款", "180.00"),
])
def test_a_split_stated_in_the_one_part_takes_the_funds_its_own_clause_names(text: str, scope: str, project: str):
    block = join_lines(page_lines([text]))
    figures = totals_figures(block, block, year=2025)
    assert (figures["project_expenditure"].value, figures["project_expenditure"].fund_scope) == (Decimal(project), scope)
    assert figures["basic_expenditure"].fund_scope == scope
