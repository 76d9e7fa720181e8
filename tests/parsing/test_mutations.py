"""Single-figure corruptions (tests/parsing/mutations.py): the harness itself, and what the engine sees on the seeds.

The full measure over every corpus is a script (run_mutations.py, several minutes); this module holds the harness's
own edges."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.parsing.mutations import changed_amount, corrupted, loaded, sites



@pytest.mark.parametrize("printed, changed", [
    ("1,234.56", "1,237.56"), ("4682.04", "4685.04"), ("19.80", "12.80"), ("1,000,007.00", "1,000,000.00"),
])
def test_the_units_digit_moves_and_the_printed_shape_stays(printed: str, changed: str) -> None:
    assert changed_amount(printed) == changed


def test_only_amounts_printed_on_two_lines_are_sites(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("某县财政局2025年部门预算情况说明\n收入总计1,234.56万元，支出总计1,234.56万元。\n"
                    "基本支出200.00万元，项目支出1,034.56万元。\n三公经费合计200.00万元。2025年。\n", encoding="utf-8")
    document = loaded(path)
    found = sites(document)
    # 1,234.56 twice on one line is one line: no site; 200.00 on two lines: two sites; 1,034.56 once: none
    assert [(s.printed, document.lines[s.line].text[s.start:s.end]) for s in found] == [("200.00", "200.00")] * 2


def test_a_corrupted_document_prints_the_change_in_its_text_and_raw_line(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("某县财政局2025年部门预算情况说明\n基本支出 200.00 万元。\n三公经费合计200.00万元。\n", encoding="utf-8")
    document = loaded(path)
    site = sites(document)[0]
    variant = corrupted(document, site)
    line = variant.lines[site.line]
    assert (line.text[site.start:site.end], "203.00" in line.raw) == ("203.00", True)
    assert document.lines[site.line].text[site.start:site.end] == "200.00"  # the original is untouched
    assert len(line.index) == len(line.text)
