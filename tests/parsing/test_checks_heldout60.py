"""Blind held-out corpus 60 for the check engine: 18 ordinary county 部门预算 (9) and 部门决算 (9) disclosures of
自然资源, 生态环境, 审计, 林业, 人社, 乡村振兴, 粮食和物资储备, 气象, 信访 and 融媒体中心 departments from 湖北, 安徽, 江西, 河北,
山东, 辽宁, 广西 and 贵州, years 2022–2027, each with 情况说明 prose and the national nine-table set (9 PDFs rendered
from HTML, 9 portal .txt copies with tab-separated or space-aligned tables; codes as 7-digit, split 类/款/项 or
joined with names; with and without thousands separators; 基本/项目 columns before or after 合计). Twelve documents
carry 22 planted errors (类 ≠ Σ款 or a row ≠ 基本 + 项目, prose ≠ table for 项目支出/基本支出/公用经费/三公/一般公共预算
支出 and 收入, a 三公 table total ≠ its parts, a 决算 总表 total or 年末结转 not updated, 财政拨款收支总表 支出总计 stale,
收入合计 ≠ Σ sources, 采购 total ≠ parts, 机关运行经费 > 公用经费, a stated Δ ≠ table 本年 − 上年, two percentages off by
> 1 point) and 6 warnings (an XX placeholder, a wrong 截至 year, a direction clause that clashes, a 目录 table not
printed, an empty 政府性基金 table without a note, 基本支出 printed twice 0.01 apart). The six consistent ones carry
traps: 上年结转 and 其他/事业收入 making 全口径 ≠ 财政拨款 and 本年支出 > 本年收入, a 决算 whose spending exceeds its
income from 年初结转, 决算 ≠ 预算 with reasons and percentages, prose rounding 人员/公用经费 to one decimal, zero 三公
items stated in words and rented vehicles with no own car, a 事业单位 outside 机关运行经费 scope, an amount restated in
元, a 基本支出 table printed in 元, and a partial 其中 list in the 绩效 section.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout60"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
