"""Blind held-out corpus 59 for the check engine: 18 county disclosures of 政法 and 执法 departments (公安局 with
派出所, 人民法院, 人民检察院, 司法局 with 司法所, 城市管理综合执法局 with 执法中队, 交通运输综合执法大队) of 山西, 内蒙古, 吉林,
河北 and 河南 counties, 2022–2027, twelve 部门/单位预算 and six 部门/单位决算; 9 PDFs (three pages: prose, 附表目录, tables)
and 9 portal .txt statements (five with tab-separated tables, two with space-aligned tables, two prose only). Each
carries a detailed “三公” section (出国团组/人次, 购置辆数 and 单价, 保有量, 接待批次/人次; a 上年/本年 or 预算数/决算数 table
with 购置 and 运行维护 sub-rows), 上级补助收入 from 中央政法转移支付, 罚没-funded 非税 money in words, 机关运行经费 with its change,
政府采购 (警用装备) with the 中小企业 share, and 车辆 counts; seven 部门 state their members' amounts in words. Twelve
documents carry 23 planted errors (三公 table total not updated, prose vs table digit swaps, a change ≠ now − before, a
sign word flipped against the table, 收入 sources ≠ 合计, 采购 parts ≠ total, a wrong 中小企业 percentage, a 款 row and a
合计 row not updated, 基本 + 项目 ≠ 支出, member amounts ≠ 部门 total, 支出合计 ≠ 收入合计, a 元 restatement with swapped
digits) and 9 warnings (placeholders XX/××, template text left, a stale year, a direction word, an empty 政府性基金 table
without a note, a 目录 entry without its table, two figures printed 0.01 apart). The six consistent ones carry traps:
全口径 vs 财政拨款 vs 一般公共预算 amounts and changes, 上年结转 making 决算 支出 > 本年收入, 决算 ≠ 预算 with a reason, zero
items stated in words, amounts restated in 元, a 1-decimal prose figure against a 2-decimal table cell, a 0.01 rounding
gap between a 项 row and its 款, and partial 其中 lists.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout59"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
