"""Identity and presence fixed for the twenty-third blind corpus of the check engine (issue 9, checks_heldout23, its
决算 PDF layout): a cover that prints only the county in its title line and the department on a “部门名称：” line names
the department; a 目录 entry whose 附表 is missing, a 附表 printed twice and an empty 附表 without a note are reported.
Every title, sentence and figure here is made up for these tests."""
from __future__ import annotations

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.identity import identify
from disclosures.parsing.text import page_lines

BODY = "一、部门基本情况\n本部门2023年收入决算合计1,234.50万元，支出决算合计1,230.40万元。\n"


def lines_of(text: str):
    return page_lines([text])


# --- identity: a title that names only the county over a 部门/单位 disclosure ---------------------------------------

@pytest.mark.parametrize("label,unit", [
    ("部门名称：", "凤阳县水务局"),
    ("单位名称：", "凤阳县水务局"),
    ("部门名称 : ", "凤阳县水务局"),  # half-width colon with spaces
    ("单位名称:", "凤阳县城乡供水服务中心"),
])
def test_a_cover_field_names_the_unit_under_a_title_that_names_only_the_county(label: str, unit: str) -> None:
    identity = identify(lines_of(f"凤阳县2023年度部门决算公开\n{label}{unit}\n2024年9月\n" + BODY))
    assert (identity.unit, identity.year, identity.kind, identity.scope) == (unit, 2023, "决算", "部门")
    assert (identity.region, identity.province) == ("凤阳县", "安徽省")
    assert identity.clues["unit"].origin == "cover"
    assert identity.warnings == []


def test_the_captions_name_the_unit_when_the_cover_has_no_field() -> None:
    text = ("凤阳县2023年度单位决算公开\n2024年9月\n目录\n第一部分 凤阳县城乡供水服务中心概况\n"
            "第二部分 凤阳县城乡供水服务中心2023年度单位决算表\n" + BODY)
    identity = identify(lines_of(text))
    assert (identity.unit, identity.scope) == ("凤阳县城乡供水服务中心", "单位")
    assert identity.clues["unit"].origin == "caption"


@pytest.mark.parametrize("title", [
    "凤阳县2023年县级部门决算汇总公开",  # region-wide: the county's own total
    "凤阳县2023年决算公开",  # neither 部门 nor 单位: nothing says the county is not the subject
])
def test_a_region_wide_title_keeps_its_county(title: str) -> None:
    identity = identify(lines_of(f"{title}\n编制单位：凤阳县财政局\n" + BODY))
    assert identity.unit != "凤阳县财政局"
    assert identity.unit.startswith("凤阳县")


def test_a_title_that_names_the_unit_is_not_overruled_by_another_organisation() -> None:
    identity = identify(lines_of("凤阳县水务局2023年度部门决算公开\n单位名称：凤阳县城乡供水服务中心\n" + BODY))
    assert identity.unit == "凤阳县水务局"
    assert identity.clues["unit"].origin == "title"


def test_a_name_from_another_county_does_not_replace_the_title() -> None:
    identity = identify(lines_of("凤阳县2023年度部门决算公开\n部门名称：定远县水务局\n" + BODY))
    assert identity.unit == "凤阳县"


STATEMENT = """凤阳縣2023年度部門決算公開
部門名稱：凤阳縣水務局
第一部分 凤阳縣水務局概況
二、機構設置及人員情況
本部門決算由凤阳縣水務局機關、凤阳縣城乡供水服務中心共2個單位的決算匯總組成。
第三部分 凤阳縣水務局2023年度部門決算情況說明
一、收入支出決算總體情況說明
2023年度收入總計1,234.50萬元，支出總計1,234.50萬元。
"""


def test_the_own_body_of_the_department_named_on_the_cover_raises_no_identity_warning() -> None:
    # traditional characters, converted before reading
    result = parse_disclosure(STATEMENT.encode(), filename="statement.txt")
    assert (result.unit, result.year, result.kind, result.scope) == ("凤阳县水务局", 2023, "决算", "部门")
    assert result.member_units[:1] == ["凤阳县水务局机关"]
    assert [c.message for c in result.checks if c.rule == "CP-IDENT" and c.outcome == "fail"] == []
