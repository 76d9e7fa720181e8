"""Blind held-out corpus 53 for the check engine: 18 county 部门 disclosures from 北方/边疆 provinces (内蒙古, 黑龙江,
吉林, 新疆, 宁夏, 青海, 海南, 西藏), 10 部门预算 and 8 部门决算 of 部门 with 2-4 所属单位 (住建, 交通, 林草, 教育, 卫健,
农业农村, 水务, 文旅, 民政), 9 full PDFs (cover, 目录, prose, nine 附表 one per page, 万元) and 9 portal .txt statements
(5 of them with the 单位 income/expenditure tables pasted as tab-separated rows). The 部门收入总表/部门支出总表 (收入决算表/
支出决算表) list each member unit under a 合计 row; 政府性基金 (住建) and 国有资本经营 (交通) tables are filled where the
部门 has such funds; 事业收入, 经营收入 and 上年结转 appear in the all-funds totals. 12 documents carry planted slips: 25
errors (unit-row cell typos breaking row and column totals, a stale 合计 cell, a 项 cell breaking its 款 and row,
an economic 款 typo against its 类, 财政拨款总表 vs 一般公共预算支出表, a 三公 小计, prose vs table for 三公 and 基金,
基本+项目 ≠ 支出, income sources ≠ 本年收入合计, wrong percentages, a 三公 change with the wrong direction word, item
changes ≠ total change, procurement parts ≠ total, a stale last-year 一般公共预算 and 三公 total, 绩效 amount > 项目支出,
vehicle parts > total, 机关运行经费 > 公用经费) and 7 warnings (a table listed in 目录 but missing, a wrong year in a figure
sentence, XX and a template instruction left in, a figure printed twice 0.01 apart, an empty table without its note,
a direction word clashing with its percentage). The 6 consistent documents carry traps: 全口径 class amounts ≠
一般公共预算 class amounts, 上年结转/年初结转 only in the 部门 totals, 事业收入 and 经营收入, 决算 unit rows whose expenditure
exceeds their 本年收入 because of carry-over, 决算 > 年初预算 explained, 三公 预算数 ≠ 决算数, 机关运行经费 well below 公用经费
because 事业单位 are out of scope, blank cells in unit rows, empty 基金/国资 tables with their own notes, 机关运行经费
restated in 元 beside 万元 (06, 17).

First run (scored once, unchanged, on main at 05:12 UTC 2026-12-01 on engine commit 44058e8 (main after this session's
five fixers were merged; none of them saw this corpus); the corpus was committed before anything ran on it), verbatim:

    01_elunchun_zhujian_2025_yusuan: errors 2/3, warnings 0/0, false errors 0, false warnings 0
        missed error: p6 部门收入总表中城市建设服务中心一般公共预算拨款印为1,605.84，该行合计2,244.43≠1,605.84+1,065.25+473.34；一般公共预算拨款列各单位之和（3,369.47）≠合计行2,469.47
    02_hailun_jiaotong_2024_juesuan: errors 3/3, warnings 0/0, false errors 1, false warnings 0
        false error: PR-REPEAT p3: 本年收入在第3页为3778.57万元，同一数字在第3页为1506.25万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    03_dunhua_lincao_2025_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    04_yining_jiaoyu_2024_yusuan: errors 1/1, warnings 2/2, false errors 0, false warnings 0
    05_pengyang_weijian_2023_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    06_huzhu_nongye_2026_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    07_qiongzhong_shuiwu_2025_juesuan: errors 1/1, warnings 1/1, false errors 1, false warnings 0
        false error: PR-REPEAT p3: 本年收入在第3页为2704.76万元，同一数字在第3页为590.97万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    08_bayi_zhujian_2024_yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    09_keyouqianqi_lincao_2024_juesuan: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: TB-ROW p1: 支出决算表：合计3396.33 与 基本支出+项目支出=1905.20+1433.21=3338.41，差57.92，超出取整容差0.015；两处披露不能同时成立，需人工复核
        false error: PR-REPEAT p1: 本年收入在第1页为3328.59万元，同一数字在第1页为1000.52万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    10_wuchang_zhujian_2026_yusuan: errors 2/3, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 按单位分房屋征收与补偿服务中心1156.15万元，粘贴的部门收入总表该行为1,165.15；各单位之和（5266.46）≠收入预算5275.46
    11_lishu_jiaotong_2025_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    12_changji_wenlv_2023_juesuan: errors 1/2, warnings 1/1, false errors 1, false warnings 0
        missed error: p8 财政拨款收入支出决算总表207类一般公共预算列印为1,987.51，该行合计1,887.51，一般公共预算财政拨款支出决算表207类为1,887.51；一般公共预算列各类之和≠2,166.17
        false error: PR-REPEAT p3: 本年收入在第3页为3465.28万元，同一数字在第3页为802.94万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    13_pingluo_minzheng_2025_yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    14_huangzhong_jiaoyu_2024_juesuan: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: PR-REPEAT p1: 本年收入在第1页为8815.54万元，同一数字在第1页为1870.17万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    15_baisha_weijian_2026_yusuan: errors 3/3, warnings 0/0, false errors 0, false warnings 0
    16_sangzhuzi_nongye_2025_juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    17_zhalaiteqi_shuili_2023_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    18_ningan_lincao_2025_juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 22/25 (recall 0.880); warnings found 7/7; false errors per document 0.333; false warnings per document 0.000

Issue 9's bars on that first run: recall 22/25 = 0.880 (met); false errors 6 in 18 documents = 0.333 per document
(met); false warnings 0 (met). Missed: a member unit's cell of a 部门收入总表 against its row and column (01), a member
unit's amount in the words against the pasted row (10), a class of the 财政拨款收入支出决算总表's 一般公共预算 column against the
function table (12). False errors: PR-REPEAT read a member unit's 本年收入 (“按单位分：…中心本年收入X万元”) as a second printing of the
document's (02, 07, 09, 12, 14), and TB-ROW held a 决算 合计 row to 基本 + 项目 beside a 经营支出 column (09).

NO LONGER HELD OUT: the engine was then fixed on its misses and false alarms by general causes
(tests/parsing/test_checks_rules18_f6.py and _f9.py: a member unit's clause is not the document's total, a 决算 合计 row
above 基本 + 项目 is left to its other columns; tests/parsing/test_checks_rules18_f10.py: tables by member unit with blank
cells (a text's tab-split row, a PDF's ruled grid), the 决算's 财政拨款收入/经营收入 columns, a unit's amount in a 按单位分 list
against its row, a short class row of the 财政拨款收入支出决算总表). Run after the fixes of this session: errors found 25/25,
warnings 7/7, false errors 0, false warnings 0. These figures measure fitting; the first run above remains the held-
out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout53"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
