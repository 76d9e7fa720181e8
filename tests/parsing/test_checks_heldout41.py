"""Blind held-out corpus 41 for the check engine: 18 county 部门预算 statements of 2023-2026 from 北京 郊区, 天津, 黑龙江, 吉林 and 辽宁, written as portal pages in question-and-answer or numbered style (6 PDFs with five 附表: 收支总表, 支出总表 by 类 and 款 with 基本/项目, “三公” table with 上年/本年 rows, 政府性基金 table, 政府采购 table; the 政府采购 table runs over two pages; 12 plain-text pages, one of them in 元 and one with spaces as thousands separators). Every figure is compared with last year with a reason; the 部门 list their member units' budgets in prose with a 合计; 三公 items come with 公务用车保有量 and 接待批次, then 机关运行经费, 政府采购 货物/工程/服务, 房屋 m² and vehicles by kind, and 绩效 coverage (项目个数, 金额, share of 一般公共预算项目支出). Built by tests/fixtures/make_checks_heldout41_pdfs.py from one model per document, each slip an override of one printed string. 24 errors and 12 warnings are listed by hand over 13 documents: member units not adding to the 合计, sources or function classes not adding to the total, 基本+项目 ≠ total (general budget and all funds), Δ收入 ≠ Δ支出, Δ基本+Δ项目 ≠ Δ支出, 三公 item changes not adding to the total change, a 三公 total carrying last year's figure, rates wrong by more or less than 1 point, a 绩效 share transposed or slightly off, vehicle kinds exceeding the total, procurement parts not adding up (prose and 附表), prose 采购 goods ≠ 附表, a 三公 table cell ≠ prose, an unbalanced 收支总表, a 支出总表 类 not equal to its 款 (and its row), a direction word clashing with its rate, wrong years, XX placeholders, a listed table missing, and a 0.01 repeat difference. The 5 consistent documents (a05, t01, t05, t08, t10) carry traps: an empty 政府性基金 table with its own note, 工程类 stated as 未安排, all-funds 项目支出 larger than the general-budget one because of carryover, rates rounded to whole percent, amounts in 元, spaces as thousands separators, zero vehicles with 运行维护费 未安排, and 三公 items stated as 未安排.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout41"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
