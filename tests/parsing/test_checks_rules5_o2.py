"""Rules fixed for the tenth blind corpus of the check engine (issue 9, checks_heldout10), each on small statements
written for these tests (made-up units and figures)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from disclosures.parsing.checks.text import fm_year, text_of
from disclosures.parsing.types import ParsedDisclosure


@dataclass
class Line:
    text: str
    page: int = 1
    tabular: bool = False


def year_checks(lines: list[str], *, year: int = 2024, kind: str = "决算") -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县档案局", year=year, kind=kind, scope="部门")
    view = text_of([Line(line) for line in lines])
    return [(c.rule, c.outcome, c.severity) for c in fm_year(result, view) if "标题" in c.message]


# --- FM-YEAR: a numbered part's heading that gives another year, though it does not name the unit -----------------

@pytest.mark.parametrize(("heading", "expected"), [
    ("第二部分 2022年度部门决算情况说明", [("FM-YEAR", "fail", "warning")]),
    ("第二部分：2023年度部门决算情况说明", [("FM-YEAR", "fail", "warning")]),
    ("第二部分 2024年度部门决算情况说明", []),                  # the document's own year
    ("第三部分 2024年度部门决算表", []),
    ("2022年度部门决算情况说明", []),                            # neither the unit nor a numbered part: not read
    ("第二部分 2023年度部门预算情况说明", []),                  # another kind of document: not this one's heading
])
def test_a_numbered_part_heading_gives_the_document_year(heading: str, expected: list) -> None:
    assert year_checks([heading, "一、收入支出决算总体情况"]) == expected


def test_a_heading_naming_the_unit_is_still_read() -> None:
    assert year_checks(["某县档案局2023年度部门决算情况说明"]) == [("FM-YEAR", "fail", "warning")]
