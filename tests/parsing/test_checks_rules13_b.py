"""Prose rules fixed for the twentieth and twenty-first blind corpora of the check engine (issue 9, checks_heldout20
and checks_heldout21): a 政府采购 total joined to its figure by 共计/合计/总计 is checked against its kinds, and amounts
printed in the wrong unit are caught. Sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wording import pr_proc_sum
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "预算", year: int = 2026) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


def _checks(rule, *pages: str, kind: str = "预算") -> list:
    return list(rule(_result(kind), text_of(page_lines(list(pages)))))


def _failed(rule, *pages: str, kind: str = "预算") -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in _checks(rule, *pages, kind=kind) if c.outcome == "fail"]


# --- PR-PROC-SUM: the total's verb is 共计, 合计, 总计 or 共 as often as 为 ------------------------------------------

@pytest.mark.parametrize("verb", ["共计", "合计", "总计", "共", "为"])
def test_it_reports_a_procurement_total_whatever_verb_joins_it_to_its_figure(verb: str) -> None:
    sentence = f"（二）政府采购情况。2026年政府采购预算{verb}1,564.50万元，其中：货物类1,120.00万元，工程类240.00万元，服务类186.50万元。"
    found = _failed(pr_proc_sum, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PROC-SUM", "error")]
    assert "1564.50" in found[0][2] and "1546.50" in found[0][2]


def test_it_reports_a_procurement_total_named_zong_e_and_joined_by_gong_ji() -> None:
    found = _failed(pr_proc_sum, "政府采购预算总额共计263.00万元，其中货物类184.00万元、服务类89.00万元。")
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PROC-SUM", "error")]


@pytest.mark.parametrize("verb", ["共计", "合计", "为"])
def test_it_passes_a_procurement_total_that_its_kinds_add_up_to(verb: str) -> None:
    sentence = f"2026年政府采购预算{verb}1,546.50万元，其中：货物类1,120.00万元，工程类240.00万元，服务类186.50万元。"
    checks = _checks(pr_proc_sum, sentence)
    assert [(c.rule, c.outcome) for c in checks] == [("PR-PROC-SUM", "pass")]


@pytest.mark.parametrize("verb", ["共计", "合计", "为"])
def test_it_reports_a_procurement_total_printed_in_yuan_under_a_wan_yuan_label(verb: str) -> None:
    sentence = f"2026年政府采购预算{verb}263,000.00万元，其中：货物类18.40万元，工程类0.00万元，服务类7.90万元。"
    found = _failed(pr_proc_sum, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("FM-UNIT-10K", "error")]
    assert "263000.00" in found[0][2] and "26.30" in found[0][2]
