"""Blind held-out corpus 58 for the check engine: 18 county-level 乡镇人民政府 and 街道办事处 部门预算 and 部门决算
disclosures (2022–2027) from 浙江, 福建, 广东, 海南, 广西 and 云南 — 9 PDFs (11–13 pages, 7–9 附表 with a
一般公共预算财政拨款支出表 of 30–50 项 over two pages, codes either in separate 类|款|项 columns or as 7-digit codes,
a 301/302/303 基本支出 table of 25+ rows and, in four of them, a 501/502/505/509 government-economic table) and 9 `.txt`
portal statements (prose only, or prose plus tab-separated tables, one of them in 元). The prose gives the main 类
with amounts and shares, 上级补助收入, 村级组织运转 (2130705) and 城乡社区 projects; some 乡镇 have 政府性基金 (土地,
配套费). 12 documents carry 24 planted errors (a 项 cell, a 类 subtotal or a 合计 row not updated, a 302/502 class
≠ its 款, 三公 合计 or 小计 ≠ its parts, prose amounts ≠ the table, 基本 + 项目 ≠ total, income sources ≠ 收入合计,
shares, growth and 完成率 percentages off by digit swaps, 年末结转 ≠ 年初结转 + 收入 − 支出) and 9 warnings (XX/××
placeholders, template text left in, a wrong or impossible year, a direction word clashing with 三公 figures, an empty
基金 table without a note, a 目录 table missing, a figure printed twice 0.01 apart). The 6 consistent ones carry
traps: 上年结转/年初结转 making 支出 > 本年收入, 全口径 class amounts next to 财政拨款 ones, 决算 above 年初预算 with the
reason given, zero 三公 items stated in words, an amount restated in 元 and a total restated as 约0.49亿元, a 元 table
beside 万元 prose, and partial 其中 lists.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout58"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
