"""Blind held-out corpus 35 for the check engine: 18 county 部门/单位 预算 of 2025 and 2026 from 湖南, 湖北, 江西 and 安徽 (10 PDFs with cover, 目录, 情况说明 and 8-9 附表; 8 .txt portal statements), built by tests/fixtures/make_checks_heldout35_pdfs.py from one model of figures per document, with the weight on year-on-year changes (上年 figures, 增减额, 增减率, direction words in prose and tables). 13 documents carry 22 errors and 10 warnings, listed by hand in <name>.checks.json: a 三公 item differing between prose and table, last year's figure printed for this year, wrong change amounts and rates, a direction word against the figures, a 款 or 合计 not updated, 基本+项目 not equal to the total, a broken 收支总表 balance, income sources not adding up, 机关运行经费 above 公用经费, 采购 parts not adding up, a table titled with last year, a placeholder, a table listed in the 目录 but absent. The 5 consistent documents (a04, a10, t02, t05, t08) carry traps: 全口径 and 财政拨款 changes that differ because of 事业收入 or last year's carryover, items 与上年持平 and 未安排, a 款 off by 0.01 against its 类 (rounding), a prose amount printed without its trailing zero (135.1), a04's tables printed in 元 while its prose is in 万元, a space as thousands separator (t05: 1 150.30), half-width brackets (t02), an empty 政府性基金 table with its note, a 单位 with no 三公, no car and no procurement stated as such. Rates rounded to whole percent (a07, t04) and a change of 0% with 下降 (a07) are traps in documents that also carry slips.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout35"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
