"""XD-SUM's arithmetic: a 部门 figure against the sum of its members' own documents (no database)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks.across import member_key, members_covered, xd_sum
from disclosures.parsing.checks.core import Term

D = Decimal
LABELS = {"sangong_total": "“三公”经费合计", "reception": "公务接待费"}


def test_it_matches_members_as_the_department_lists_them_with_their_own_titles() -> None:
    assert member_key("某县农业农村委员会（本级）") == member_key("某县农业农村委员会")
    assert members_covered(["某县农业农村委员会（本级）", "某县农技站"], ["某县农技站", "某县农业农村委员会"])
    assert not members_covered(["某县农业农村委员会（本级）", "某县农技站"], ["某县农技站"])
    assert not members_covered(["某县农技站"], ["某县农技站"])  # one member: the 部门 is that unit


def test_it_adds_the_members_amounts_to_the_departments() -> None:
    department = {"sangong_total": Term("部门“三公”经费合计", D("12.50"), 2), "reception": Term("部门接待", D("2.50"), 2)}
    members = [{"sangong_total": Term("甲", D("11.30"), 2), "reception": Term("甲接待", D("2.50"), 2)},
               {"sangong_total": Term("乙", D("1.20"), 2)}]
    checks = xd_sum(department, members, LABELS)
    assert [(c.rule, c.outcome, c.basis) for c in checks] == [("XD-SUM", "pass", "cross")]  # 接待: 乙 does not state it
    members[1]["sangong_total"] = Term("乙", D("1.21"), 2)
    assert [(c.outcome, c.severity) for c in xd_sum(department, members, LABELS)] == [("fail", "info")]  # 0.01 ≤ 0.015
    members[1]["sangong_total"] = Term("乙", D("2.20"), 2)
    found = xd_sum(department, members, LABELS)
    assert [(c.outcome, c.severity) for c in found] == [("fail", "warning")]
    assert "可能为统计口径" in found[0].message
