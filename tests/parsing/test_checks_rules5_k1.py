"""Rules fixed for the seventh blind corpus of the check engine (issue 9, checks_heldout7; the table and PDF items and
its false alarms), each on small pages and statements written for these tests (made-up units and figures)."""
from __future__ import annotations

from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.text import _wrapped_title
from disclosures.parsing.text import Line
from disclosures.parsing.types import ParsedDisclosure


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def _dept_doc() -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2025, kind="预算", scope="部门", figures={})


def _table_page(caption: str) -> list[str]:
    return [caption, "单位:万元", "项目预算数", "合计100.00"]


def _cp_tables(pages: list[list[str]]) -> list[tuple[str, str, str]]:
    checks = run_checks(_dept_doc(), _Doc(pages))
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == "CP-TABLES"]


# --- CP-TABLES: the tail of a 目录 title broken over two lines is not a title of its own ----------------------------

def test_the_tail_of_a_wrapped_numbered_title_is_read_with_its_head() -> None:
    assert _wrapped_title("5.一般公共预算支出表6.政府性基金预", "算支出表") == "政府性基金预算支出表"
    assert _wrapped_title("表1部门收支总表;表2政府性基金", "预算支出表") == "政府性基金预算支出表"


def test_a_line_that_opens_its_own_item_or_follows_a_whole_title_stays_as_printed() -> None:
    assert _wrapped_title("1.部门收支总表", "2.部门收入总表") == "2.部门收入总表"
    assert _wrapped_title("1.部门收支总表", "部门支出总表") == "部门支出总表"
    assert _wrapped_title("部门收支总表......3", "部门支出总表") == "部门支出总表"
    assert _wrapped_title("目录", "部门支出总表") == "部门支出总表"  # no item marker before: nothing to carry on
    assert _wrapped_title("", "算支出表") == "算支出表"


def test_a_wrapped_toc_title_whose_table_is_printed_passes() -> None:
    toc = ["目录", "附表:1.部门收支总表2.部门支出总表3.政府性基金预", "算支出表"]
    pages = [toc, _table_page("部门收支总表"), _table_page("部门支出总表"), _table_page("政府性基金预算支出表")]
    assert [(o, s) for o, s, _ in _cp_tables(pages)] == [("pass", "warning")]


def test_a_wrapped_toc_title_whose_table_is_missing_is_reported_whole() -> None:
    toc = ["目录", "表1部门收支总表;表2部门支出总表;表3政府性基金", "预算支出表"]
    found = _cp_tables([toc, _table_page("部门收支总表"), _table_page("部门支出总表")])
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "“政府性基金预算支出表”" in found[0][2]
