"""Blind held-out corpus 46 for the check engine: 18 county 部门/单位 决算 of 2019-2025 from 黑龙江, 吉林, 内蒙古, 甘肃
and 青海, built by tests/fixtures/make_checks_heldout46_pdfs.py from one model of figures per unit. Nine are PDFs
(a01-a09: cover, 目录, 概况, then 收入支出决算总表 with 年初结转和结余/结余分配/年末结转和结余, 财政拨款收入支出决算总表
by fund, 一般公共预算财政拨款支出决算表 with either 合计/基本/项目 or 年初预算/调整预算/决算/完成率 columns and merged
headers, 基本支出决算表 with 人员经费/公用经费 by 经济分类 code side by side, a one-row 三公 预算 vs 决算 table, and
the 情况说明 prose; a03 prints its tables in 元 with thousands separators) and nine are portal .txt statements (t10-t18,
prose only, t12 and t15 with a few pasted rows of the 收入支出决算总表). Planted: 22 errors and 11 warnings in 13
documents — a carry-over identity broken in a table or in prose (last year's 年末/年初 left in, a mistyped 年末, a
支出总计 not updated), a mistyped or wrong-base 完成率/占比/growth %, 超出预算/大于 for an under-spent item, 人员经费合计
and a 301 subtotal out of step with their codes, a 类 row and a row 合计 out of step, 基本支出 合计 ≠ 基本支出表,
a 三公 vehicle 小计 and a 三公 total ≠ items, 收入合计 ≠ sources, 支出 ≠ 基本 + 项目, 增加 for a fall, XX/××
placeholders, paragraphs with a wrong year, a table in the 目录 but absent, an empty 政府性基金 table without its note,
and a figure printed twice 0.01 apart. The five consistent ones (a02, a06, t12, t15, t17) carry traps: 完成率 to whole
percent, 年末 below 年初, 其他收入 that makes 全口径 支出 differ from 财政拨款 支出 by class, 三公 explicitly 未安排 and 0,
leaves in 元 rounded to 万元 (sums off by 0.01), and 调整预算 vs 年初预算 bases.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout46"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
