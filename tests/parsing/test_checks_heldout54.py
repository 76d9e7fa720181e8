"""Blind held-out corpus 54 for the check engine: 18 county 事业单位 单位决算 (小学/中学/中等职业学校, 人民医院/中医院/
妇幼保健院, 疾控中心, 检验检测中心, 社会福利院) from 江苏/山东/河北/安徽/河南 counties, years 2022–2026, each with the
full 决算 table set (收入支出决算总表, 收入决算表, 支出决算表, 财政拨款收入支出决算总表, 一般公共预算财政拨款支出决算表,
基本支出决算表, “三公”经费决算表, 政府性基金 and 国有资本经营 tables) and prose on 完成率, income/spending structure,
机关运行经费 (out of scope), 政府采购 with 中小企业 shares, 国有资产 and 绩效. 9 are PDFs (ruled tables on their own pages,
11–12 pages each) and 9 are portal texts (7 with tab-separated tables, 2 with space-aligned tables). 12 documents carry
21 planted errors (table totals and hierarchies not updated: 合计/类/款/row 总计 off by one digit; prose ≠ table, incl.
transposed digits; stale 三公 预算 in prose; wrong shares, 完成率 and growth percentages; 三公 合计 ≠ items; 30217 公务接待费
> 三公 接待; procurement total ≠ its parts; 年末结转和结余 ≠ 总计 balance) and 9 warnings (placeholder XX, template text
（单位名称）, wrong year, a 目录 table missing, empty tables without a note, a figure printed twice 0.01 apart, direction
words clashing with printed figures). The 6 consistent ones carry traps: 事业收入 making 全口径 totals ten times 财政拨款,
支出 > 收入 covered by 年初结转和结余 (stated), 财政拨款支出 > 财政拨款收入 through carry-over, 完成率 above 100 % explained,
三公 and procurement restated in 元, all-zero 三公 stated in words with noted zero tables, a fund-source split
(财政拨款 vs 自有资金) of 本年支出, partial 其中 lists, and a 一般公共预算 table without a 年初预算 column while the prose
quotes one.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout54"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
