"""机关运行经费 not applicable (a 事业单位 outside its statistics) is value None with not_applicable, never 0
(METRICS.md). The statements are written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure

HEAD = "某某县疾病预防控制中心2025年单位预算说明\n一、“三公”经费\n“三公”经费预算3.20万元。\n二、机关运行经费\n"


@pytest.mark.parametrize("sentence", [
    "本中心为公益一类事业单位，不属于机关运行经费的统计范围。",
    "本单位属于事业单位，不在机关运行经费统计范围内。",
    "我单位为事业单位，未纳入机关运行经费核算。",
    "本单位系事业单位，不列入机关运行经费统计口径。",
    "本单位为事业单位，在机关运行经费统计范围之外。",
    "本单位为事业单位，不涉及机关运行经费。",
])
def test_it_reads_operating_costs_as_not_applicable(sentence: str) -> None:
    result = parse_disclosure((HEAD + sentence + "\n").encode(), filename="a.txt")
    figure = result.figures["operating_costs"]
    assert (figure.value, figure.not_applicable) == (None, True)


def test_a_stated_amount_is_read_as_the_amount_not_as_not_applicable() -> None:
    result = parse_disclosure((HEAD + "本单位机关运行经费预算12.40万元，不属于事业单位经营支出。\n").encode(),
                              filename="a.txt")
    figure = result.figures["operating_costs"]
    assert (figure.value, figure.not_applicable) == (Decimal("12.40"), False)
