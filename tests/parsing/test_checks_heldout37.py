"""Blind held-out corpus 37 for the check engine: 18 statements of small units (乡镇人民政府, 街道办事处, 中小学, 卫生院, 事业单位) in 四川, 重庆, 贵州 and 云南, 预算 and 决算 2020-2026, 12 as plain text copied from portals (tables flattened to space- or tab-separated lines, two with no tables) and 6 as PDFs (prose page plus 附表 收支总表, 支出总表 to 项 level, “三公”经费支出表), with messy formatting: traditional characters in headings, half-width brackets, numbering 一、/1、/第一部分/问N/none, thousands separators as commas, spaces or nothing, tables in 元 (one text file with its prose in 元 too), amounts broken over a line break. 13 documents carry 20 hand-listed errors and 12 warnings (totals not updated, transposed digits, prose vs table, 类 vs 款, 基本+项目 vs total, unbalanced 收支, 三公 sum/小计/changes, procurement sum, wrong direction word, rates off by about 0.6 point, headcount sums, placeholders XX, wrong years, a table listed in the 目录 but absent). The 5 consistent ones carry traps: prose rounded to 1 decimal whose sums differ from the total by 0.1 (within the rounding envelope), rates rounded to whole percent, 全口径 and 财政拨款 changes of opposite direction, items stated as 未安排 or 0万元, 元 tables with 万元 prose, an empty 政府性基金 table with its note, a number split across lines.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout37"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
