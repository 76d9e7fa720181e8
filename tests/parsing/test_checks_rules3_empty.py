"""TB-EMPTY reads the note under an empty table as well as above it (issue 9, third blind corpus): a sentence that
calls the table itself empty is its note, with or without a 注/说明 label. Lines written for these tests."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from disclosures.parsing.checks.presence import tb_empty
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.types import ParsedDisclosure


@dataclass
class Line:
    text: str
    page: int = 1
    tabular: bool = True


def run(under: str | None, *, above: str | None = None) -> list[tuple[str, str, str]]:
    lines = [Line("表5 政府性基金预算支出表", tabular=False), Line("单位：万元")]
    if above:
        lines.append(Line(above, tabular=False))
    lines.append(Line("科目编码 科目名称 合计 基本支出 项目支出"))
    if under:
        lines.append(Line(under, tabular=False))
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in tb_empty(result, text_of(lines))]


@pytest.mark.parametrize("under", [
    "我局今年未安排任何政府性基金预算拨款的收入和支出，所以本表为空表。",
    "说明：今年本单位未安排政府性基金拨款支出项目，此表无数据。",
    "注：本局今年没有政府性基金预算收支安排，故该表为空。",
])
def test_it_reads_the_note_printed_under_the_empty_table(under: str) -> None:
    assert run(under) == []


def test_it_still_reads_the_note_above_the_header() -> None:
    assert run(None, above="注：本局无政府性基金预算收支，本表为空。") == []


@pytest.mark.parametrize("under", [
    None,
    "本局今年的政府性基金收支情况将在年度决算中另行向社会公开说明。",  # a sentence that does not call the table empty
])
def test_it_warns_on_an_empty_table_without_its_note(under: str | None) -> None:
    assert run(under) == [("TB-EMPTY", "fail", "warning")]


def test_it_calls_a_filled_table_with_an_empty_note_an_error() -> None:
    lines = [Line("表5 政府性基金预算支出表", tabular=False), Line("单位：万元"),
             Line("科目编码 科目名称 合计 基本支出 项目支出"), Line("229 其他支出 12.50 0.00 12.50"),
             Line("本局政府性基金预算拨款没有收支，本表为空表。", tabular=False)]
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    found = [(c.rule, c.outcome, c.severity) for c in tb_empty(result, text_of(lines))]
    assert found == [("TB-EMPTY", "fail", "error")]
