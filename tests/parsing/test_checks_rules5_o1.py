"""Rules fixed for the tenth blind corpus of the check engine (issue 9, checks_heldout10; tables and false alarms),
each on small pages written for these tests (made-up units and figures)."""
from __future__ import annotations

from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.text import _TABLE_RANGE
from disclosures.parsing.text import Line
from disclosures.parsing.types import ParsedDisclosure


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def _dept_doc() -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2024, kind="决算", scope="部门", figures={})


def _table_page(caption: str) -> list[str]:
    return [caption, "单位:万元", "项目决算数", "合计100.00"]


def _cp_tables(pages: list[list[str]]) -> list[tuple[str, str, str]]:
    checks = run_checks(_dept_doc(), _Doc(pages))
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == "CP-TABLES"]


# --- CP-TABLES: a 目录 line pointing at a run of tables ("表1至表9") names a set, not a table ------------------------

def test_a_range_of_table_numbers_is_recognised_in_its_usual_shapes() -> None:
    assert _TABLE_RANGE.search("附件:部门决算公开表(表1至表9)")
    assert _TABLE_RANGE.search("部门预算公开表（表一—表八）")
    assert _TABLE_RANGE.search("附表(表1-8)")
    assert not _TABLE_RANGE.search("表1部门收支总表")
    assert not _TABLE_RANGE.search("表9政府性基金预算支出表")


def test_a_toc_line_naming_a_range_of_tables_is_not_reported_missing() -> None:
    toc = ["目录", "第一部分部门概况", "名词解释附件:部门决算公开表(表1至表9)", "1.收入支出决算总表", "2.支出决算表"]
    found = _cp_tables([toc, _table_page("收入支出决算总表"), _table_page("支出决算表")])
    assert [(o, s) for o, s, _ in found] == [("pass", "warning")]


def test_a_real_title_beside_a_range_line_is_still_reported_missing() -> None:
    toc = ["目录", "附件:部门决算公开表(表1至表3)", "1.收入支出决算总表", "2.支出决算表", "3.国有资本经营预算财政拨款支出决算表"]
    found = _cp_tables([toc, _table_page("收入支出决算总表"), _table_page("支出决算表")])
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "国有资本经营预算财政拨款支出决算表" in found[0][2]
    assert "表1至表3" not in found[0][2]
