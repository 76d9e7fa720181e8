"""Blind held-out corpus 57 for the check engine: 18 county 部门/单位 预算 (14) and 决算 (4) disclosures of 浙江, 福建,
广东, 江苏 and 山东 departments (司法局, 统计局, 档案馆, 供销合作社联合社, 残疾人联合会, 妇女联合会, 共青团委员会), years
2022-2027, as copied from government web pages: 12 .txt portal copies whose tables were scraped from HTML so that every
cell stands on its own line, with headings without numbers or numbered 一、/第一部分/1./(一)/(1), full-width digits
(3 documents), spaces before 万元 and inside 元 amounts, a line break inside an amount and inside a subject name, two
documents in traditional characters and one with the income total only in capital numerals (人民币…元整) in a heading;
and 6 PDFs (7 pages each) whose tables have merged header cells (其中, 公务用车购置及运行维护费) and 科目编码 split into
类/款/项 columns. 12 documents carry 23 planted errors: totals not equal to their parts (表二 项/款/类 hierarchy and rows,
表三 合计 row and 款 vs 类, 表四 三公 合计 and 车辆小计, income sources vs 收入合计, 支出 vs 基本+项目, 采购 parts), prose vs
table (三公 items, 基本支出, a function class), income ≠ expenditure, 机关运行经费 above 公用经费, 绩效 funds above 项目支出,
a wrong direction word on a change, and percentages off by ≥ 10 points; and 9 warnings (placeholders XX/××, template
prompts left in, a wrong year in a table title, a table listed in the 目录 but absent, an empty 政府性基金 table without a
note, one figure printed 0.01 apart). The 6 consistent documents carry traps: 上年结转/事业收入 making 全口径 项目支出 and
收入 exceed the 财政拨款 ones, 全口径 vs 一般公共预算 vs 财政拨款 (with 政府性基金) scopes, 决算 ≠ 年初预算 with the reason and a
correct completion percentage, zero 三公 items stated in words, 公务接待费 restated in 元, a 机关运行经费 out of scope for a
事业单位, a partial 其中 list of 人员经费, and 三公 figures rounded to one decimal in the prose.

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout57"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
