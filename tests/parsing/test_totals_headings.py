"""The five totals (收入, 支出, 一般公共预算拨款, 基本支出, 项目支出) whatever the heading above them and however the
unit calls itself (本院, 本局, 我单位, 本镇 …). The statements are written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.sections import classify_heading

SANGONG = "\n三、“三公”经费\n“三公”经费预算5.00万元。\n"


@pytest.mark.parametrize("heading", [
    "二、收入和支出预算", "(二)收入与支出情况", "二、收入及支出决算", "二、单位收入和支出预算", "二、2026年收入和支出预算",
    "二、收入预算与支出预算情况", "二、收支预算安排情况", "二、收入、支出预算", "二、预算收支安排", "二、收入支出预算安排情况",
])
def test_a_heading_naming_income_and_expenditure_opens_the_overview(heading: str) -> None:
    assert classify_heading(heading)[0] == "overview"


@pytest.mark.parametrize("line", ["收入支出", "收入和支出。"])
def test_a_bare_income_and_expenditure_cell_or_sentence_tail_opens_nothing(line: str) -> None:
    assert classify_heading(line) is None


@pytest.mark.parametrize(("heading", "key"), [("二、收入预算", "income"), ("三、支出预算", "expenditure"),
                                              ("三、一般公共预算财政拨款收入支出情况", "budget")])
def test_a_heading_naming_one_side_or_one_fund_is_not_the_overview(heading: str, key: str) -> None:
    assert classify_heading(heading)[0] == key


CASES = [
    ("某某县人民法院2025年部门预算说明\n一、部门基本情况\n本院内设机构八个。\n二、收入和支出预算\n"
     "2025年本院收入预算1,520.00万元，其中财政拨款收入1,500.00万元。支出预算1,520.00万元，其中基本支出1,200.00万元，"
     "项目支出320.00万元。",
     {"income_total": "1520.00", "expenditure_total": "1520.00", "general_budget_appropriation": "1500.00",
      "basic_expenditure": "1200.00", "project_expenditure": "320.00"}),
    # no heading of its own: the totals follow the unit's description
    ("某某县交通运输局2025年部门预算说明\n一、基本情况\n本局内设股室六个。2025年本局收入预算860.00万元，支出预算860.00万元，"
     "其中基本支出600.00万元，项目支出260.00万元。",
     {"income_total": "860.00", "expenditure_total": "860.00", "basic_expenditure": "600.00",
      "project_expenditure": "260.00"}),
    ("某某县档案馆2024年单位预算说明\n一、收支预算总体情况\n我单位2024年收入预算共计312.40万元，支出预算共计312.40万元。",
     {"income_total": "312.40", "expenditure_total": "312.40"}),
    ("某某县文化馆2024年单位决算说明\n一、收入支出决算总体情况\n本单位2024年度收入决算为455.20万元，支出决算为450.10万元。",
     {"income_total": "455.20", "expenditure_total": "450.10"}),
    ("某某镇人民政府2025年部门预算说明\n一、收入与支出预算情况\n本镇2025年收入预算合计2,300.00万元；本镇支出预算合计2,300.00万元。",
     {"income_total": "2300.00", "expenditure_total": "2300.00"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_it_reads_the_totals_after_a_self_reference(text: str, expected: dict[str, str]) -> None:
    result = parse_disclosure((text + SANGONG).encode(), filename="a.txt")
    got = {key: result.figures[key].value for key in expected if key in result.figures}
    assert got == {key: Decimal(value) for key, value in expected.items()}


def test_a_single_funds_income_alone_does_not_make_a_block_the_overview() -> None:
    text = ("某某县水务局2025年部门预算说明\n一、基本情况\n本局内设股室五个。\n二、财政拨款情况\n"
            "一般公共预算财政拨款收入预算640.00万元。" + SANGONG)
    result = parse_disclosure(text.encode(), filename="a.txt")
    assert "income_total" not in result.figures
