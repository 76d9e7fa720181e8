"""Arithmetic across documents that the stored-disclosure layer (disclosures/crosschecks.py) feeds with terms:
XD-SUM, a 部门 figure against the sum of its member units' own documents (CHECKS.md §1.H).

Plain Python: the caller finds the documents; this module only adds and compares, so it is tested without a database.
"""
from __future__ import annotations

import re

from ..types import Check
from .core import Term, compare

# Amounts that a 部门 consolidation does not eliminate: each member's own 财政拨款 and 三公. Income and expenditure
# totals are left out: 上级补助收入 / 对附属单位补助支出 between members cancel in the 部门 figure.
SUMMED = ("general_budget_appropriation", "sangong_total", "outbound_travel", "vehicle_purchase", "vehicle_operation",
          "vehicle_total", "reception")


def member_key(name: str) -> str:
    """A member as the 部门 lists it ("…委员会（本级）", "…机关") and as its own title names it."""
    return re.sub(r"[(（](?:本级|机关|本部)[)）]|[\s“”]", "", name)


def members_covered(listed: list[str], titles: list[str]) -> bool:
    """Every listed member has a document of its own (and there are at least two members)."""
    have = {member_key(title) for title in titles}
    return len(listed) >= 2 and all(member_key(name) in have for name in listed)


def xd_sum(department: dict[str, Term], members: list[dict[str, Term]], labels: dict[str, str]) -> list[Check]:
    """Σ members = 部门 for each summed amount every member states (warning: reference dates, restatements)."""
    checks = []
    for key in SUMMED:
        whole = department.get(key)
        parts = [member.get(key) for member in members]
        if whole is None or not parts or any(part is None for part in parts):
            continue
        check = compare("XD-SUM", f"所属单位之和等于部门数：{labels.get(key, key)}", [whole], parts,  # type: ignore[list-item]
                        severity="warning", what=f"{labels.get(key, key)}：部门数与所属单位之和")
        if check.outcome == "fail" and check.severity == "warning":
            check.message = check.message.replace("两处披露不能同时成立，需人工复核",
                                                  "部门与所属单位的公开数不一致（可能为统计口径或调整时点不同），需人工复核")
        check.basis = "cross"
        checks.append(check)
    return checks
