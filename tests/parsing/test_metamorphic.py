"""Metamorphic robustness of the check engine on a fixed sample of its held-out text statements.

Every transform of tests/parsing/metamorphic.py rewrites a statement in another surface form real documents use, with
the same figures; the engine must find on the copy every listed error it finds on the original, and raise no false
error the original does not. The whole table over every corpus is tests/parsing/run_metamorphic.py (a script: minutes,
not seconds); this sample is the documents where a transform once cost a listed error or added a false one.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsing import metamorphic
from tests.parsing.metamorphic import TRANSFORMS, is_prose, to_yuan, yuan_listing
from tests.parsing.run_metamorphic import FIXTURES, run

SAMPLE = [
    "checks_heldout/t10_huairen_sports_year_repeat",      # 第X部分 headings (PR-REPEAT)
    "checks_heldout30/h30_13_brief",                      # 与上年相比 / 同比 in a two-subject sentence (PR-PCT)
    "checks_heldout5/s03_midu_health_final",              # 上升 / 增长 before an amount (PR-PCT)
    "checks_heldout11/s04_hengdong_canlian_2023juesuan",  # 元 (PR-REPEAT), 与上年相比
    "checks_heldout29/h29_02_peixian_nync",               # 降低 read as an income source (false IE-INC-SUM)
    "checks_heldout21/s07_luanping_jibingyufangkongzhizhongxin_2025juesuan",  # 下降 / 降低 (PR-PCT)
    "checks_heldout2/t14_linzhou_police_counts_zero_base",  # 元: a rate on a zero base (PR-PCT)
    "checks_heldout19/s14_menyuan_nongye_2023juesuan",    # 增长 before an amount (PR-PCT)
]


@pytest.fixture(scope="module")
def comparisons():
    listings = [FIXTURES / f"{name}.checks.json" for name in SAMPLE]
    assert all(p.is_file() for p in listings)
    return run(listings, TRANSFORMS, jobs=1)


@pytest.mark.parametrize("transform", [t.name for t in TRANSFORMS])
def test_no_listed_error_is_lost_and_no_false_error_gained(comparisons, transform: str) -> None:
    mine = [c for c in comparisons if c.transform == transform]
    lost = [f"{c.document}: {what}" for c in mine for what in c.lost]
    false = [f"{c.document}: {what}" for c in mine for what in c.false_gained]
    assert (lost, false) == ([], [])


def test_every_transform_applies_to_the_sample(comparisons) -> None:
    applied = {c.transform for c in comparisons if c.applied}
    assert applied == {t.name for t in TRANSFORMS}


# --- the transforms themselves: small, explainable, figures kept -----------------------------------------------------

def test_widths_change_punctuation_only() -> None:
    text = "支出(预算)1,234.56万元，增长5%:其中"
    assert metamorphic.to_fullwidth(text) == "支出（预算）1,234.56万元，增长5％：其中"
    assert metamorphic.to_halfwidth("支出（预算）12.30万元，增长5％：分别为1，2") == "支出(预算)12.30万元,增长5%:分别为1，2"


def test_section_numbers_are_rewritten_on_heading_lines_only() -> None:
    text = "某局2025年预算说明\n三、机关运行经费\n本年三、四季度支出。\n第十二部分 名词解释"
    assert metamorphic.renumber("arabic")(text) == "某局2025年预算说明\n3.机关运行经费\n本年三、四季度支出。\n12.名词解释"
    assert metamorphic.renumber("part")(text) == "某局2025年预算说明\n第三部分 机关运行经费\n本年三、四季度支出。\n第十二部分 名词解释"
    assert metamorphic.renumber("none")(text) == "某局2025年预算说明\n机关运行经费\n本年三、四季度支出。\n名词解释"


def test_amount_spacing_and_breaks_touch_prose_only() -> None:
    text = "支出1,234.56万元，比上年增加12.00万元。\n合计  1,234.56  12.00"
    assert metamorphic.space_thousands(text) == "支出1 234.56万元，比上年增加12.00万元。\n合计  1,234.56  12.00"
    assert metamorphic.break_inside_amount(text) == "支出1,23\n4.56万元，比上年增加12.00万元。\n合计  1,234.56  12.00"
    assert metamorphic.break_after_amount(text) == "支出1,234.56万元，比上年增加12.00万元\n。\n合计  1,234.56  12.00"
    assert not is_prose("合计  1,234.56  12.00") and is_prose(text.split("\n")[0])


def test_yuan_converts_every_wan_amount_and_the_listing() -> None:
    text = "收入12.50万元，其中拨款10.00、其他2.50万元，增长5.5%，车辆3辆。\n单位：万元\n科目  合计\n201  12.50"
    assert to_yuan(text) == ("收入125,000.00元，其中拨款100,000.00元、其他25,000.00元，增长5.5%，车辆3辆。\n"
                             "单位：元\n科目  合计\n201  125,000.00")
    truth = {"errors": [{"figures": ["12.50", "5.5", "3"]}], "warnings": []}
    assert yuan_listing(text, truth)["errors"][0]["figures"] == ["12.50", "125,000.00", "5.5", "3"]
    assert to_yuan("收入12.50万元，接待费3000元") is None  # a document already mixing units is left alone
