"""Which units a 部门 disclosure says it covers (`member_units`), in the shapes counties word it."""
import pytest

from disclosures.parsing import parse_disclosures

STATEMENT = """某县水利局2025年部门预算情况说明
一、部门基本情况
（一）部门构成
{sentence}
二、收支预算总体情况
2025年收支总预算1,200.00万元。
"""


def members(sentence: str) -> list[str]:
    (parsed,) = parse_disclosures(STATEMENT.format(sentence=sentence).encode(), filename="statement.txt")
    return parsed.member_units


@pytest.mark.parametrize(("sentence", "expected"), [
    ("本部门由局机关、某县水土保持站、某县农村供水管理站3个单位组成。",
     ["局机关", "某县水土保持站", "某县农村供水管理站"]),
    ("本部门预算由局本级和某县水文站2个单位的预算汇总组成。", ["局本级", "某县水文站"]),
    ("纳入本部门2025年预算编制范围的单位包括：局机关、某县水土保持站、某县农村供水管理站。",
     ["局机关", "某县水土保持站", "某县农村供水管理站"]),
    ("本部门由委机关和下属某县疾病预防控制中心、某县卫生监督所组成。",
     ["委机关", "某县疾病预防控制中心", "某县卫生监督所"]),
])
def test_it_names_the_members_including_the_departments_own_body(sentence, expected) -> None:
    assert members(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "局内设机构由办公室、政策法规室、财务审计室组成。",  # offices inside one unit
    "本部门由3个内设科室组成。",
    "本部门由局机关组成。",  # one unit is no list
])
def test_it_does_not_take_internal_offices_or_a_single_body_for_member_units(sentence) -> None:
    assert members(sentence) == []
