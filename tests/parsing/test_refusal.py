"""Refusing a paper that quotes money but discloses no unit's budget (the texts are written for these tests)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import NotADisclosure, parse_disclosure

# Papers that quote 采购/绩效/车辆 money for a whole county and name no unit whose budget they disclose.
NOT_DISCLOSURES = [
    "某某市2023年政府采购工作情况通报\n一、采购规模\n全年政府采购预算金额12,450.00万元，实际采购金额11,980.60万元。\n"
    "二、下一步工作\n继续推进电子卖场建设。\n",
    "全县2025年度项目支出绩效目标管理工作总结\n今年纳入绩效目标管理的财政拨款共计3,520.00万元，覆盖全部项目。\n",
    "某某区公务用车制度改革情况汇报\n截至2024年底，全区车辆总数为412辆，较改革前减少96辆，拍卖处置回收356.20万元。\n",
]


@pytest.mark.parametrize("text", NOT_DISCLOSURES)
def test_it_refuses_a_paper_whose_only_figures_are_procurement_performance_or_vehicles(text: str) -> None:
    with pytest.raises(NotADisclosure, match="没有收支、“三公”经费等预决算数字"):
        parse_disclosure(text.encode(), filename="a.txt")


# The same kinds of figures beside one 收支 or “三公” figure, or under a unit's own name: a disclosure, kept.
KEPT = [
    ("2025年政府采购预算总额86.40万元。本单位2025年“三公”经费预算4.20万元。\n", "sangong_total", "4.20"),
    ("某某县2024年部门预算公开说明\n本年收入预算合计1,320.00万元。政府采购预算总额210.00万元。\n",
     "income_total", "1320.00"),
    ("某某县自然资源局2024年部门预算情况说明\n（一）政府采购情况：2024年政府采购预算总额256.80万元。\n",
     "procurement_total", "256.80"),
]


@pytest.mark.parametrize(("text", "metric", "value"), KEPT)
def test_it_keeps_a_paper_that_states_budget_figures_or_names_its_unit(text: str, metric: str, value: str) -> None:
    result = parse_disclosure(text.encode(), filename="a.txt")
    assert result.figures[metric].value == Decimal(value)
