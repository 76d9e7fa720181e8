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

First run (scored once, unchanged, on main at 08:22 UTC 2026-12-01 on engine commit d7687f1; the corpus was committed
before anything ran on it), verbatim:

    01_shuyang_shiyanxiaoxue_2023_juesuan: errors 2/2, warnings 0/0, false errors 1, false warnings 2
        false error: PT-MAP p2: 正文支出合计1454.04，附表1收入支出决算总表支出合计1945.10，差491.06，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-BP p2: 支出与基本、项目支出之和：支出1454.04 与 基本支出+项目支出=1518.03+376.74=1894.77，差440.73，超出取整容差0.015；两处披露不能同时成立，需人工复核；单项已超过合计，口径划分可能有误
        false warning: IE-SCOPE-LE p2: 基本支出1518.03，支出预算合计1454.04：部分大于整体，需人工复核
    02_junan_renminyiyuan_2024_juesuan: errors 0/0, warnings 0/0, false errors 1, false warnings 2
        false error: PT-MAP p1: 正文支出合计1513.29，附表1收入支出决算总表支出合计17920.75，差16407.46，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-BP p1: 支出与基本、项目支出之和：支出1513.29 与 基本支出+项目支出=16475.98+1162.30=17638.28，差16124.99，超出取整容差0.015；两处披露不能同时成立，需人工复核；单项已超过合计，口径划分可能有误
        false warning: IE-SCOPE-LE p1: 基本支出16475.98，支出预算合计1513.29：部分大于整体，需人工复核
    03_luannan_jibingyufangkongzhizhongxin_2022_juesuan: errors 2/2, warnings 1/1, false errors 1, false warnings 4
        false error: PT-MAP p2: 正文支出合计1860.12，附表1收入支出决算总表支出合计2485.04，差624.92，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-BP p2: 支出与基本、项目支出之和：支出1860.12 与 基本支出+项目支出=1880.77+604.27=2485.04，差624.92，超出取整容差0.015；两处披露不能同时成立，需人工复核；单项已超过合计，口径划分可能有误
        false warning: IE-SCOPE-LE p2: 基本支出1880.77，支出预算合计1860.12：部分大于整体，需人工复核
        false warning: TB-EMPTY p11: 第11页“附表8政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p12: 第12页“附表9国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    04_huaiyuan_chanpinzhiliangjianyanjiancezhongxin_2025_juesuan: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 年初结转和结余361.07万元、年末结转和结余585.38万元，年末比年初增加224.31万元，说明却写“年末较年初减少224.31万元”
    05_gushi_zhongdengzhiyexuexiao_2023_juesuan: errors 0/0, warnings 0/0, false errors 1, false warnings 2
        false error: PT-MAP p2: 正文支出合计1686.32，附表1收入支出决算总表支出合计2653.59，差967.27，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-BP p2: 支出与基本、项目支出之和：支出1686.32 与 基本支出+项目支出=2043.82+428.88=2472.70，差786.38，超出取整容差0.015；两处披露不能同时成立，需人工复核；单项已超过合计，口径划分可能有误
        false warning: IE-SCOPE-LE p2: 基本支出2043.82，支出预算合计1686.32：部分大于整体，需人工复核
    06_fengxian_shehuifuliyuan_2026_juesuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    07_yishui_zhongyiyiyuan_2022_juesuan: errors 2/2, warnings 1/1, false errors 1, false warnings 2
        false error: PT-MAP p2: 正文支出合计1938.18，附表1收入支出决算总表支出合计22520.48，差20582.30，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-BP p2: 支出与基本、项目支出之和：支出1938.18 与 基本支出+项目支出=20661.72+1422.77=22084.49，差20146.31，超出取整容差0.015；两处披露不能同时成立，需人工复核；单项已超过合计，口径划分可能有误
        false warning: IE-SCOPE-LE p2: 基本支出20661.72，支出预算合计1938.18：部分大于整体，需人工复核
    08_zhengding_diyizhongxue_2025_juesuan: errors 0/0, warnings 0/0, false errors 1, false warnings 2
        false error: PT-MAP p1: 正文支出合计1596.48，附表1收入支出决算总表支出合计2126.77，差530.29，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-BP p1: 支出与基本、项目支出之和：支出1596.48 与 基本支出+项目支出=1866.65+208.57=2075.22，差478.74，超出取整容差0.015；两处披露不能同时成立，需人工复核；单项已超过合计，口径划分可能有误
        false warning: IE-SCOPE-LE p1: 基本支出1866.65，支出预算合计1596.48：部分大于整体，需人工复核
    09_huoqiu_jibingyufangkongzhizhongxin_2024_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 2
        false warning: TB-EMPTY p11: 第11页“附表8政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p12: 第12页“附表9国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    10_xixian_renminyiyuan_2026_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    11_lianshui_jianyanjiancezhongxin_2022_juesuan: errors 0/0, warnings 0/0, false errors 1, false warnings 4
        false error: PT-MAP p2: 正文支出合计1588.69，附表1收入支出决算总表支出合计2397.45，差808.76，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-BP p2: 支出与基本、项目支出之和：支出1588.69 与 基本支出+项目支出=2013.53+212.08=2225.61，差636.92，超出取整容差0.015；两处披露不能同时成立，需人工复核；单项已超过合计，口径划分可能有误
        false warning: IE-SCOPE-LE p2: 基本支出2013.53，支出预算合计1588.69：部分大于整体，需人工复核
        false warning: TB-EMPTY p11: 第11页“附表8政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p12: 第12页“附表9国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    12_tancheng_shiyanzhongxue_2026_juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 2
        false warning: TB-EMPTY p1: 第1页“附表8政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p1: 第1页“附表9国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    13_xianxian_shehuifuliyuan_2023_juesuan: errors 2/2, warnings 1/1, false errors 2, false warnings 0
        false error: IE-BP p2: 支出与基本、项目支出之和：支出1580.35 与 基本支出+项目支出=1545.84+423.14=1968.98，差388.63，超出取整容差0.015；两处披露不能同时成立，需人工复核
        false error: PT-MAP p2: 正文支出合计1580.35，附表1收入支出决算总表支出合计1968.98，差388.63，超出取整容差0.01；两处披露不能同时成立，需人工复核
    14_taihe_zhongyiyuan_2022_juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 2
        false warning: IE-BP p1: 支出与基本、项目支出之和：支出1595.27 与 基本支出+项目支出=18272.03+1776.20=20048.23，差18452.96，超出取整容差0.015；两处披露不能同时成立，需人工复核；单项已超过合计，口径划分可能有误
        false warning: IE-SCOPE-LE p1: 基本支出18272.03，支出预算合计1595.27：部分大于整体，需人工复核
    15_luyi_fuyoubaojianyuan_2025_juesuan: errors 2/2, warnings 0/0, false errors 1, false warnings 4
        false error: PT-MAP p2: 正文支出合计836.79，附表1收入支出决算总表支出合计4373.18，差3536.39，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-BP p2: 支出与基本、项目支出之和：支出836.79 与 基本支出+项目支出=3963.47+233.23=4196.70，差3359.91，超出取整容差0.015；两处披露不能同时成立，需人工复核；单项已超过合计，口径划分可能有误
        false warning: IE-SCOPE-LE p2: 基本支出3963.47，支出预算合计836.79：部分大于整体，需人工复核
        false warning: TB-EMPTY p11: 第11页“附表8政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p12: 第12页“附表9国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    16_sheyang_zhongdengzhuanyexuexiao_2024_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    17_pingyi_jibingyufangkongzhizhongxin_2026_juesuan: errors 0/0, warnings 0/0, false errors 2, false warnings 2
        false error: IE-BP p2: 支出与基本、项目支出之和：支出1353.65 与 基本支出+项目支出=1245.93+374.17=1620.10，差266.45，超出取整容差0.015；两处披露不能同时成立，需人工复核
        false error: PT-MAP p2: 正文支出合计1353.65，附表1收入支出决算总表支出合计1620.10，差266.45，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: TB-EMPTY p11: 第11页“附表8政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p12: 第12页“附表9国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    18_fuping_fupingzhongxue_2024_juesuan: errors 1/1, warnings 0/1, false errors 1, false warnings 2
        missed warning: p1 “三公”经费决算9.86万元小于年初预算13.01万元，说明却写“决算数大于预算数”
        false error: PT-MAP p1: 正文支出合计1273.89，附表1收入支出决算总表支出合计1658.25，差384.36，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: TB-EMPTY p1: 第1页“附表8政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p1: 第1页“附表9国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    TOTAL errors found 21/21 (recall 1.000); warnings found 7/9; false errors per document 0.722; false warnings per document 1.778

Issue 9's bars on that first run: recall 21/21 = 1.000 (met); false errors 13 in 18 documents = 0.722 per document
(met); false warnings 32 = 1.778 per document (met, near the bar). Missed warnings: a direction word on the year-end
carry-over (04) and on 决算 against 预算 of the 三公 (18). False errors and warnings: a 事业单位's 财政拨款 spending in the words
read as its all-funds 支出合计 and held to the 收入支出决算总表 and to the all-funds 基本/项目 (PT-MAP, IE-BP, IE-SCOPE-LE, 12
documents), and the empty 政府性基金/国有资本经营 决算 tables whose note the engine did not see (TB-EMPTY, 7 documents).

NO LONGER HELD OUT: the engine was fixed while looking at these documents (branch h-f54), so this corpus is now a
regression test and its first run above stays the held-out estimate. Four listed items of the first run were found
only by false alarms on their page or figure (09's PR-REPEAT and 12's TT-T1-T2 by the mis-scoped PT-MAP, 06's FM-YEAR and
10's FM-PLACEHOLDER by a TB-EMPTY or IE-BP false warning on the same page); each is now found by its own rule. The
general causes fixed, each with unit tests in tests/parsing/test_checks_rules19_f54.py: (1) parser: the overview's
支出 half no longer opens at a “(二)” that belongs to a later numbered part the overview ran on into (“六、一般公共预算
财政拨款支出…（二）结构情况”), so a part's subjectless “年初预算为A万元，支出决算为B万元” is no longer the all-funds
支出合计; (2) a 事业单位's 决算 spends 经营支出 (上缴上级支出, 对附属单位补助支出) besides 基本 and 项目: when the split's
sentence lists one, the figure rule IE-BP leaves parts short of the whole to a words rule that adds every kind listed
(IE-BP, totals.nature_split_in_words); (3) TB-EMPTY reads more wordings of an empty table's note (表内数据为空, 此表空白,
表中无数, 没有/未获/不涉及…拨款); (4) TB-ROW on the total rows of a 财政拨款收支总表 by fund; (5) PR-REPEAT/PT-MAP read
the 一般公共预算财政拨款支出 of “由…列支” and of the subjectless sentence after a bare run-in heading (“（三）完成情况。”)
in a part whose heading names that spending; (6) PR-DIR on “年末较年初增加/减少” against the two balances, and on
“年初预算A，决算支出B…决算数大于预算数”; (7) FM-PLACEHOLDER on （单位名称）; (8) FM-YEAR on a 决算's procurement total
opened with last year's number and compared with nothing. The run after the fixes:

    every document: no false error, no false warning; missed nothing
    TOTAL errors found 21/21 (recall 1.000); warnings found 9/9; false errors per document 0.000; false warnings per document 0.000
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout54"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
