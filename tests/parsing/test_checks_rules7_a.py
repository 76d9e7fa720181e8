"""Rules fixed for the twelfth blind corpus of the check engine (issue 9, checks_heldout12; tables and 目录),
each on small pages written for these tests (made-up units and figures)."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.text import _normal_caption, listing_key
from disclosures.parsing.text import Line
from disclosures.parsing.types import ParsedDisclosure


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def _unit_doc() -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试中心", year=2025, kind="预算", scope="单位", figures={})


def _table_page(caption: str) -> list[str]:
    return [caption, "单位:万元", "项目预算数", "合计100.00"]


def _cp_tables(toc: list[str], captions: list[str]) -> list[tuple[str, str, str]]:
    pages = [["目录", *toc], *(_table_page(c) for c in captions)]
    checks = run_checks(_unit_doc(), _Doc(pages))
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == "CP-TABLES"]


# --- CP-TABLES: a 目录 entry and the caption it names, worded differently --------------------------------------------

@pytest.mark.parametrize("raw, normal", [
    ("表一2025年收支总表", "收支总表"),  # the numeral once swallowed the year: "年收支总表"
    ("表十一2025年政府采购预算表", "政府采购表"),
    ("表12025年收入总表", "收入总表"),  # spaces dropped from "表1 2025年收入总表"
    ("表3 2025年支出总表", "支出总表"),
    ("附表1某县测试中心2025年预算收支总表", "预算收支总表"),
    ("表二某县测试中心2025年部门收入预算总表", "部门收入总表"),
])
def test_the_number_before_a_title_is_dropped_without_its_year(raw: str, normal: str) -> None:
    assert _normal_caption(raw, _unit_doc()) == normal


@pytest.mark.parametrize("caption, key", [
    ("预算收支总表", "收支总表"),
    ("部门收支总表", "收支总表"),
    ("单位预算收入总表", "收入总表"),
    ("部门单位支出总表", "支出总表"),
    ("财政拨款收支决算总表", "财政拨款收支总表"),
    ("一般公共预算支出表", "一般公共预算支出表"),  # the name of a budget keeps its 预算
    ("政府性基金预算支出表", "政府性基金预算支出表"),
    ("国有资本经营预算支出表", "国有资本经营预算支出表"),
])
def test_the_listing_key_drops_the_kind_and_scope_words_only(caption: str, key: str) -> None:
    assert listing_key(caption) == key


def test_toc_entries_with_the_year_find_captions_that_carry_the_unit_name() -> None:
    toc = ["表一2025年收支总表", "表二2025年收入总表", "表三2025年支出总表"]
    captions = ["表一某县测试中心2025年预算收支总表", "表二某县测试中心2025年预算收入总表",
                "表三某县测试中心2025年预算支出总表"]
    assert [(o, s) for o, s, _ in _cp_tables(toc, captions)] == [("pass", "warning")]


@pytest.mark.parametrize("toc, caption", [
    ("表1 2025年部门收支总表", "某县测试中心2025年收支预算总表"),
    ("附表2 2025年收入预算总表", "附表2某县测试中心2025年单位收入总表"),
    ("3.2025年财政拨款收支总表", "表三某县测试中心2025年财政拨款收支预算总表"),
    ("表四 2025年部门预算支出总表", "表四 某县测试中心 2025年 支出总表"),
])
def test_other_wordings_of_one_table_match(toc: str, caption: str) -> None:
    assert [(o, s) for o, s, _ in _cp_tables([toc], [caption])] == [("pass", "warning")]


def test_a_listed_table_that_is_absent_is_still_reported() -> None:
    toc = ["表一2025年收支总表", "表八2025年政府性基金预算支出表", "表九2025年政府采购预算表"]
    captions = ["表一某县测试中心2025年预算收支总表", "表八某县测试中心2025年一般公共预算支出表"]
    found = _cp_tables(toc, captions)
    assert [(o, s) for o, s, _ in found] == [("fail", "warning"), ("fail", "warning")]
    assert "表八2025年政府性基金预算支出表" in found[0][2]
    assert "表九2025年政府采购预算表" in found[1][2]
