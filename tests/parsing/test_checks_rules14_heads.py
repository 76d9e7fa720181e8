"""Member headcounts (PR-HEAD-SUM) after checks_heldout27's first scoring on the merged engine: a first clause that
opens with its reference date, and no sum over fewer members than the document lists. Made-up figures."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks.sangong import pr_head_sum
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.prose import unit_headcounts
from disclosures.parsing.text import join_lines, page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure

MEMBERS = ["某县林业局机关", "某县水土保持站", "某县林业站"]
DATED = ("截至{date}，某县林业局机关编制28名、实有{first}人；某县水土保持站编制22名、实有21人；某县林业站编制15名、"
         "实有15人；合计编制65名，实有在职人员62人。")


def _heads(text: str, members: list[str] = MEMBERS) -> list[tuple[str, int | None, int | None]]:
    return [(h.unit, h.authorized, h.actual) for h in unit_headcounts([join_lines(page_lines([text]))], members)]


def _head_sum(text: str, members: list[str] = MEMBERS, listed: list[str] = MEMBERS) -> list[tuple[str, str, str]]:
    doc = ParsedDisclosure(unit="某县林业局", year=2023, kind="预算", scope="部门", member_units=list(listed),
                           figures={"staff_actual": Figure("staff_actual", Decimal(62), page=1)})
    doc.unit_headcount = unit_headcounts([join_lines(page_lines([text]))], members)
    return [(c.outcome, c.severity, c.message) for c in pr_head_sum(doc, text_of(page_lines(["正文"])))
            if c.name.endswith("实有人数之和等于总数")]


def test_a_first_clause_opening_with_its_date_is_the_first_members() -> None:
    assert _heads(DATED.format(date="2022年末", first=26)) == [
        ("某县林业局机关", 28, 26), ("某县水土保持站", 22, 21), ("某县林业站", 15, 15)]
    assert _heads(DATED.format(date="2022年12月31日", first=26).replace("，", ",")) == [
        ("某县林业局机关", 28, 26), ("某县水土保持站", 22, 21), ("某县林业站", 15, 15)]


def test_dated_member_clauses_that_add_up_pass_and_one_short_warns() -> None:
    assert [(o, s) for o, s, _ in _head_sum(DATED.format(date="2022年末", first=26))] == [("pass", "warning")]
    found = _head_sum(DATED.format(date="2022年末", first=25))
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "61人" in found[0][2] and "62人" in found[0][2]


def test_a_list_that_leaves_a_member_out_is_not_attributed() -> None:
    # the first member's numbers are given in another shape: no clause of its own, so no member is read
    text = ("某县林业局机关的人员另行说明；某县水土保持站编制22名、实有21人；某县林业站编制15名、实有15人。"
            "合计实有在职人员62人。")
    assert _heads(text) == []


def test_no_sum_over_fewer_members_than_the_document_lists() -> None:
    doc = ParsedDisclosure(unit="某县林业局", year=2023, kind="预算", scope="部门", member_units=list(MEMBERS),
                           figures={"staff_actual": Figure("staff_actual", Decimal(62), page=1)})
    doc.unit_headcount = [h for h in unit_headcounts([join_lines(page_lines([DATED.format(date="2022年末", first=26)]))],
                                                     MEMBERS) if h.unit != MEMBERS[0]]
    assert [h.unit for h in doc.unit_headcount] == MEMBERS[1:]
    assert [c for c in pr_head_sum(doc, text_of(page_lines(["正文"]))) if c.name.endswith("实有人数之和等于总数")] == []
    doc.member_units = MEMBERS[1:]  # a document listing only those two: their sum is held to the total
    found = [c for c in pr_head_sum(doc, text_of(page_lines(["正文"]))) if c.name.endswith("实有人数之和等于总数")]
    assert [(c.outcome, c.severity) for c in found] == [("fail", "warning")] and "36人" in found[0].message
