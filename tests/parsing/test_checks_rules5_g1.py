"""Rules fixed for the sixth blind corpus of the check engine (issue 9, checks_heldout6; the table and PDF items),
each on small pages and statements written for these tests (made-up units and figures)."""
from __future__ import annotations

from disclosures.parsing.checks import run_checks
from disclosures.parsing.text import Line
from disclosures.parsing.types import ParsedDisclosure


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def _unit_doc() -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试中心", year=2024, kind="预算", scope="单位", figures={})


# --- CP-TABLES: "附表1收入支出预算总表" (number run into the title) is the table its 目录 lists -----------------------

TOC = ["目录", "一、单位概况", "二、单位预算情况说明", "附表:", "1.收入支出预算总表", "2.部门收入总表", "3.部门支出总表"]


def table_page(caption: str) -> list[str]:
    return [caption, "单位:万元", "项目预算数", "合计100.00"]


def cp_tables(pages: list[list[str]]) -> list[tuple[str, str, str]]:
    checks = run_checks(_unit_doc(), _Doc(pages))
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == "CP-TABLES"]


def test_tables_captioned_with_their_number_run_in_are_found() -> None:
    pages = [TOC, table_page("附表1收入支出预算总表"), table_page("附表2部门收入总表"), table_page("附表3部门支出总表")]
    assert [(o, s) for o, s, _ in cp_tables(pages)] == [("pass", "warning")]


def test_a_colon_before_the_run_in_number_is_read_the_same() -> None:
    pages = [TOC, table_page("附表:1收入支出预算总表"), table_page("附表：2部门收入总表"), table_page("附表3部门支出总表")]
    assert [(o, s) for o, s, _ in cp_tables(pages)] == [("pass", "warning")]


def test_a_listed_table_really_missing_is_reported_once_per_toc_line() -> None:
    # the 目录 page holds an 附表 list too: the same title is read with and without its number, reported once
    pages = [TOC, table_page("附表1收入支出预算总表"), table_page("附表3部门支出总表")]
    found = cp_tables(pages)
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "部门收入总表" in found[0][2]


def test_a_year_after_the_word_is_not_taken_for_a_table_number() -> None:
    # "附表2024年…" keeps its year for the year rule; the title is still matched once the year is dropped
    pages = [TOC, table_page("附表2024年收入支出预算总表"), table_page("附表2部门收入总表"), table_page("附表3部门支出总表")]
    assert [(o, s) for o, s, _ in cp_tables(pages)] == [("pass", "warning")]

