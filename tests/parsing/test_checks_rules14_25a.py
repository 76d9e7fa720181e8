"""Rules fixed for the blind corpus checks_heldout25 (issue 9): a share's whole is the total a change follows, not the
change; … Sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.rates import pr_share
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "预算", year: int = 2026) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


def _checks(rule, *pages: str, kind: str = "预算") -> list:
    return list(rule(_result(kind), text_of(page_lines(list(pages)))))


def _failed(rule, *pages: str, kind: str = "预算") -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in _checks(rule, *pages, kind=kind) if c.outcome == "fail"]


# --- PR-SHARE: the whole of “其中…占P%” after “合计X万元，比上年增加D万元” is X, never D ------------------------------

@pytest.mark.parametrize("change", ["比上年增加", "较上年减少", "与2025年相比增加", "较上年多", "同上年相比压减"])
def test_a_share_after_a_change_is_read_against_the_total_the_change_follows(change: str) -> None:
    sentence = f"本年支出预算合计1,250.00万元，{change}150.00万元，其中基本支出400.00万元，占32.0%；项目支出850.00万元，占68.0%。"
    checks = _checks(pr_share, sentence)
    assert [(c.rule, c.outcome) for c in checks] == [("PR-SHARE", "pass"), ("PR-SHARE", "pass")]
    assert [c.figures[1]["value"] for c in checks] == ["1,250.00", "1,250.00"]


def test_a_wrong_share_after_a_change_is_still_reported_against_the_total() -> None:
    sentence = "本年支出预算合计1,250.00万元,比上年增加150.00万元,其中基本支出400.00万元,占36.0%;项目支出850.00万元,占68.0%。"
    found = _failed(pr_share, sentence)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-SHARE", "error")]
    assert "400.00万元占1,250.00万元应为32.00%，文中为36.0%" in found[0][2]


def test_a_share_one_point_off_the_total_is_a_warning_at_the_edge() -> None:
    # 400.00 / 1,250.00 = 32.00%: 33.0% is one point off (a warning), 33.1% just over (an error)
    warned = _failed(pr_share, "支出合计1,250.00万元，比上年增加150.00万元，其中基本支出400.00万元，占33.0%。")
    erred = _failed(pr_share, "支出合计1,250.00万元，比上年增加150.00万元，其中基本支出400.00万元，占33.1%。")
    assert [(r, s) for r, s, _ in warned] == [("PR-SHARE", "warning")]
    assert [(r, s) for r, s, _ in erred] == [("PR-SHARE", "error")]


def test_a_change_with_no_total_before_it_is_no_whole_for_the_shares() -> None:
    sentence = "比上年增加150.00万元，其中基本支出400.00万元，占32.0%；项目支出850.00万元，占68.0%。"
    assert _checks(pr_share, sentence) == []


def test_a_total_followed_by_its_breakdown_is_still_the_whole() -> None:
    found = _failed(pr_share, "支出预算1,250.00万元，其中基本支出400.00万元，占40.0%。")
    assert [(r, s) for r, s, _ in found] == [("PR-SHARE", "error")]
    assert "应为32.00%" in found[0][2]
