"""Rules fixed for the thirteenth blind corpus of the check engine (issue 9, checks_heldout13, items of helper b), each
on small statements written for these tests (made-up figures; the unit names are those of a real district)."""
from __future__ import annotations

import pytest

from disclosures.parsing import parse_disclosure

STATEMENT = """天津市武清区城市管理委员会2026年部门预算情况说明
一、部门基本情况
（一）部门构成
区城市管理委员会纳入部门预算编制范围的单位有2个：{own}、天津市武清区环境卫生管理中心。
（二）人员情况
{staff}
二、部门收支总体情况
2026年区城市管理委员会收入预算662.32万元，较上年增加26.92万元。其中：一般公共预算拨款收入662.32万元。
2026年区城市管理委员会支出预算662.32万元，较上年增加26.92万元。按支出性质分：基本支出424.52万元，项目支出237.80万元。
三、部门预算情况说明
{budget}
四、“三公”经费预算情况说明
2026年“三公”经费预算3.00万元，比上年减少1.00万元。其中：因公出国（境）费0.00万元，比上年持平；公务用车购置费0.00万元，
比上年持平；公务用车运行维护费0.00万元，比上年持平；公务接待费3.00万元，比上年减少1.00万元。
"""
OWN = "天津市武清区城市管理委员会（本级）"
STAFF = "截至2025年末，编制数41人，实有在职人数37人。"
BUDGET = "2026年一般公共预算财政拨款收入662.32万元，一般公共预算财政拨款支出662.32万元，较上年增加26.92万元。"


def failures(rule: str, *, own: str = OWN, staff: str = STAFF, budget: str = BUDGET) -> list:
    text = STATEMENT.format(own=own, staff=staff, budget=budget)
    result = parse_disclosure(text.encode(), filename="t.txt")
    return [c for c in result.checks if c.rule == rule and c.outcome == "fail"]


def values(check) -> list[str]:
    return [str(f["value"]) for f in check.figures]


# --- PR-HEAD-SUM: totals stated first, then each split under its own label (编制数分别为…；实有人数分别为…) ----------

@pytest.mark.parametrize("staff", [
    "截至2025年末，编制数41人，实有在职人数37人。其中编制数分别为：委本级29人、环境卫生管理中心12人；"
    "实有人数分别为：委本级28人、环境卫生管理中心11人。",
    "截至2025年末，编制41名，实有人员37名，其中编制分别为委本级29名、环境卫生管理中心12名，"
    "实有人员分别为委本级28名、环境卫生管理中心11名。",
    "截至2025年末，核定编制数41人，在职实有人数37人。编制数：委机关29人、环境卫生管理中心12人；"
    "实有人数：委机关28人、环境卫生管理中心11人。",
])
def test_it_adds_a_labelled_unit_split_beside_a_complete_parallel_one(staff: str) -> None:
    found = failures("PR-HEAD-SUM", staff=staff)
    assert [(c.severity, values(c)[0]) for c in found] == [("warning", "37")]
    assert sorted(values(found[0])[1:]) == ["11", "28"]


def test_it_adds_a_labelled_split_by_kind_on_its_own() -> None:
    staff = "截至2025年末，编制数41人，实有人数37人。其中实有人数分别为：行政人员26人、事业人员13人。"
    found = failures("PR-HEAD-SUM", staff=staff)
    assert [(c.severity, values(c)) for c in found] == [("warning", ["37", "26", "13"])]


@pytest.mark.parametrize("staff", [
    # the parts add up
    "截至2025年末，编制数41人，实有在职人数37人。其中编制数分别为：委本级29人、环境卫生管理中心12人；"
    "实有人数分别为：委本级28人、环境卫生管理中心9人。",
    # a labelled split with no total of its kind before it
    "截至2025年末，实有在职人数37人。其中编制数分别为：行政编制29人、事业编制12人。",
])
def test_it_leaves_a_split_alone_when_it_adds_up_or_may_be_partial(staff: str) -> None:
    assert failures("PR-HEAD-SUM", staff=staff) == []


@pytest.mark.parametrize(("staff", "expected"), [
    # both member units the 部门构成 names are listed, so the list is whole: 28 + 11 = 39 ≠ 37 (checks_heldout27's rules:
    # a split naming every member unit is added up, whatever its parallel split says)
    ("截至2025年末，编制数41人，实有在职人数37人。其中实有人数分别为：委本级28人、环境卫生管理中心11人。", [["37", "28", "11"]]),
    ("截至2025年末，编制数45人，实有在职人数37人。其中编制数分别为：委本级29人、环境卫生管理中心12人；"
     "实有人数分别为：委本级28人、环境卫生管理中心11人。", [["45", "29", "12"], ["37", "28", "11"]]),
])
def test_a_split_over_every_member_unit_is_added_up_without_a_parallel_split(staff: str, expected: list) -> None:
    found = failures("PR-HEAD-SUM", staff=staff)
    assert [c.severity for c in found] == ["warning"] * len(expected)
    assert [values(c) for c in found] == expected


# --- FM-YEAR: this year's own figure written under last year ------------------------------------------------------

@pytest.mark.parametrize("budget", [
    "2025年一般公共预算财政拨款收入662.32万元，一般公共预算财政拨款支出662.32万元，较上年增加26.92万元。",
    "2025年度财政拨款收入662.32万元，较上年增加26.92万元。",
    "2025年支出预算662.32万元，其中基本支出424.52万元，项目支出237.80万元。",
])
def test_it_flags_this_years_figure_under_last_years_label(budget: str) -> None:
    found = [c for c in failures("FM-YEAR", budget=budget) if "662.32" in values(c)]
    assert [(c.severity, values(c)) for c in found] == [("warning", ["2025", "662.32"])]


@pytest.mark.parametrize("budget", [
    # last year's own figure (662.32 − 26.92): a 预算 may state it
    "2025年一般公共预算财政拨款收入635.40万元，2026年一般公共预算财政拨款收入662.32万元，较上年增加26.92万元。",
    # the year named mid-clause (a comparison), not as the clause's own year
    "2026年一般公共预算财政拨款收入662.32万元，比2025年增加26.92万元。",
    # this year's figure under this year
    BUDGET,
    # a change, not an amount of the year (26.92 is no figure of the year here, 424.52 is)
    "2025年基本支出增加424.52万元。" + BUDGET,
])
def test_it_leaves_last_years_figures_and_this_years_label_alone(budget: str) -> None:
    assert failures("FM-YEAR", budget=budget) == []


def test_it_leaves_an_unchanged_amount_alone() -> None:
    budget = "2025年“三公”经费预算3.00万元。2026年一般公共预算财政拨款收入662.32万元，较上年增加26.92万元。"
    text = STATEMENT.format(own=OWN, staff=STAFF, budget=budget).replace("比上年减少1.00万元。其中", "比上年持平。其中")
    text = text.replace("公务接待费3.00万元，比上年减少1.00万元", "公务接待费3.00万元，比上年持平")
    result = parse_disclosure(text.encode(), filename="t.txt")
    assert [c for c in result.checks if c.rule == "FM-YEAR" and c.outcome == "fail"] == []


# --- CP-IDENT: the department's own body listed under another name --------------------------------------------------

@pytest.mark.parametrize("own", [
    "天津市武清区市容园林委员会（本级）",
    "天津市武清区市容园林委员会(机关)",
    "天津市武清区市容园林委员会本级",
    "武清区市容园林委机关",
])
def test_it_flags_an_own_body_named_unlike_the_unit(own: str) -> None:
    found = failures("CP-IDENT", own=own)
    assert [(c.severity, c.page) for c in found] == [("warning", 1)]
    assert "市容园林委" in values(found[0])[0] and "天津市武清区城市管理委员会" in found[0].message


@pytest.mark.parametrize("own", [
    "天津市武清区城市管理委员会（本级）",
    "区城管委本级",
    "委机关",
    "武清区城市管理委员会机关",
    "武清区城管委机关（本级）",
    "委机关（本级）",
])
def test_it_accepts_the_units_own_name_in_full_or_short(own: str) -> None:
    assert failures("CP-IDENT", own=own) == []
