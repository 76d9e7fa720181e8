"""Blind held-out corpus 42 for the check engine: 18 county 部门预算 of 2024-2026 (湖北, 四川, 陕西, 江西, 广西; 10 PDFs
with 收支预算总表, 一般公共预算支出表 by 项 with a 上年 column and 三公 table, 8 plain-text statements) whose
一般公共预算支出 part lists each 功能分类 项 in prose with its amount, its change on last year and its rate, then 基本支出
(人员/公用), 三公 by item, 机关运行经费, 政府采购, 车辆 and 绩效. 13 documents carry 24 hand-listed errors and 12
warnings: prose 项 vs table, class lines vs their items, items vs the total, an omitted item, item changes and rates,
direction words, a table 合计 not updated, a 款 上年 cell, 基本+项目 and 人员+公用 sums, 收支 balance, 三公 sum/vehicle
subtotal/change/last year's figure, procurement parts, a wrong year, an XX placeholder, a table in the 目录 but absent.
The 5 consistent ones carry traps: 上年结转 making 支出总计 exceed the 一般公共预算 total (a02), rates rounded to whole
percent including "下降0%" (a02), 1-decimal rates and an 出国 item with 购置费 0 (a05), no thousands separators and a
三公 table split over two pages (a09), no numbering and no class line with a 持平 item (t01), amounts in 元 (t06).

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout42"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
