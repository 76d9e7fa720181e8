"""决算 table rules fixed for the twenty-third blind corpus of the check engine (issue 9, checks_heldout23): a table's
unit line may follow its form number (“公开01表 单位：万元”); the all-funds 收支总表's 本年收入合计 is checked against
the income rows above it (IE-INC-SUM); a 基本支出 table that prints 人员经费合计, 公用经费合计 and 合计 as rows of their
own has its 合计 checked against them (TB-T3) and against the expenditure table's 基本支出 (TT-T2-T3); a bare
财政拨款收入 in the words is checked against the 财政拨款收入支出决算总表's 本年收入合计 (PT-MAP).
Tables and sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.text import table_spans, text_of, unit_line
from disclosures.parsing.text import page_lines, to_simplified
from disclosures.parsing.types import Figure, ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "决算", year: int = 2024, figures: list[Figure] | None = None) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={}, table_figures=figures or [])


def _checks(rule, *pages: str, kind: str = "决算", figures: list[Figure] | None = None) -> list:
    return list(rule(_result(kind, figures=figures), text_of(page_lines(list(pages)))))


def _outcomes(rule, *pages: str, **kwargs) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in _checks(rule, *pages, **kwargs)]


# --- a unit line after the table's form number ----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["公开01表单位:万元", "公开 03 表   单位：万元", "公开12表单位：元"])
def test_a_form_number_before_the_unit_still_makes_a_unit_line(line: str) -> None:
    assert unit_line(page_lines([line])[0].text)


def test_a_sentence_about_a_form_is_no_unit_line() -> None:
    assert not unit_line("公开01表所列单位均已纳入本次决算。")


def test_a_table_whose_unit_follows_its_form_number_is_found() -> None:
    page = "表二 收入决算表\n公开02表 单位：万元\n项目 合计\n合计 12.00\n"
    spans = table_spans(text_of(page_lines([page])), _result())
    assert [(s.caption, s.first) for s in spans] == [("收入表", 1)]
