"""Blind held-out corpus 29 for the check engine: 18 county 决算 disclosures (2020–2025) of 浙江, 江苏, 安徽, 河北,
山西, 陕西, 四川, 贵州 and 云南 units, 部门 and 单位, 行政 and 事业 — 10 text statements (.txt/.html) and 8 PDFs with
a cover, 目录, the 说明 and nine 决算 附表. Thirteen documents carry planted problems, listed by hand as 24 errors
and 10 warnings (三公 sums, changes and prose-vs-table, 合计/类款项 totals, income and expenditure parts, rates on
a wrong base or swapped, 增加 against the numbers, 元 for 万元, a stale figure, a repeated figure printed two ways,
vehicle and headcount sums, 机关运行经费 stated for an out-of-scope unit, a placeholder, a wrong year, a missing, a
duplicated and an unexplained empty table); five are consistent but carry traps (rates rounded as the catalogue
allows, 财政拨款 vs 全口径 项目支出, zeros and 未安排 in words, empty tables with their notes, 事业单位 outside the
机关运行经费 scope, 决算 carry-over between the income and expenditure tables). Every listed problem was re-computed
from the printed text (pdfplumber for the PDFs) before commit, and every listed figure checked on its page.

First run (scored once, unchanged, on main at 19:56 UTC 2026-11-30, commit 0867260: the engine after the fixes of
checks_heldout22 to 26 (and part of 27's); the corpus was committed before anything ran on it), verbatim:

    h29_01_anji_zrzy: errors 1/1, warnings 1/1, false errors 1, false warnings 0
        false error: PT-MAP p3: 正文收入合计938.60，表一收入支出决算总表收入合计920.41，差18.19，超出取整容差0.01；两处披露不能同时成立，需人工复核
    h29_02_peixian_nync: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h29_03_shexian_wlj: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h29_04_zhengding_scjg: errors 1/2, warnings 1/1, false errors 1, false warnings 0
        missed error: p4 正文人员经费376.26万元加公用经费50.81万元为427.07万元，不等于所称基本支出423.47万元；表六人员经费合计为372.66
        false error: SG-PT p4: 正文“三公”经费合计15.10，表中“三公”经费合计21.09，差5.99，超出取整容差0.01；两处披露不能同时成立，需人工复核
    h29_05_pingyao_gcbh: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h29_06_fuping_slj: errors 0/2, warnings 0/1, false errors 1, false warnings 0
        missed error: p3 正文写“公用经费127.51元”，表六公用经费合计为127.51万元，单位错写为元
        missed error: p5 表一收入支出决算总表农林水支出为1,498.21，而表三支出决算表和正文均为1,489.21；表一本年支出合计1,573.54与各类之和1,582.54不符
        missed warning: p3 同一财政拨款收入，第三部分写1544.86万元，第五部分写1544.87万元
        false error: SG-PT p4: 正文“三公”经费合计40.77，表中“三公”经费合计43.10，差2.33，超出取整容差0.01；两处披露不能同时成立，需人工复核
    h29_07_dayi_tyjr: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 财政拨款收入956.69万元与其他收入6.87万元之和为963.56万元，不等于本年收入合计965.36万元（占比0.90%也对应8.67万元）
    h29_08_meitan_cyzx: errors 0/1, warnings 2/2, false errors 1, false warnings 0
        missed error: p11 表七2025年决算数：公务用车购置及运行维护费小计19.91，而购置费14.10加运行维护费5.09为19.19；合计25.01也不等于0+19.91+5.82；正文为19.19万元
        false error: SG-PT p4: 正文“三公”经费合计25.01，表中“三公”经费合计30.09，差5.08，超出取整容差0.01；两处披露不能同时成立，需人工复核
    h29_09_binchuan_lcj: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h29_10_deqing_zhzf: errors 2/3, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 决算1462.14万元，年初预算1420.86万元、调整预算1469.90万元，完成率应分别约为102.91%和99.47%，文中两个比率对调写成99.47%和102.91%
    h29_11_rudong_jkzx: errors 2/2, warnings 1/1, false errors 2, false warnings 0
        false error: SG-PT p4: 正文“三公”经费合计68.25，表中“三公”经费合计72.92，差4.67，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false error: PT-MAP p3: 正文收入合计1556.45，表一收入支出决算总表收入合计1528.70，差27.75，超出取整容差0.01；两处披露不能同时成立，需人工复核
    h29_12_feixi_sfj: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 全部门编制写58名，而局机关6名、公证处33名、法律援助中心16名合计55名
    h29_13_laiyuan_yjj: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款支出决算在第六部分写863.77万元，第五部分及收入部分均为836.77万元
    h29_14_yangcheng_ybj: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: SG-PT p4: 正文“三公”经费合计38.69，表中“三公”经费合计43.90，差5.21，超出取整容差0.01；两处披露不能同时成立，需人工复核
    h29_15_luochuan_pgzx: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h29_16_yingjing_zjj: errors 0/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 按功能分类城乡社区支出1474.50、社会保障和就业支出57.38、住房保障支出40.45，合计1572.33万元，不等于本年支出合计1545.33万元
        missed error: p1 绩效自评涉及财政拨款697.94万元，超过一般公共预算财政拨款项目支出597.94万元，而文中称项目支出均纳入自评
    h29_17_sinan_dag: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: SG-PT p4: 正文“三公”经费合计21.59，表中“三公”经费合计23.54，差1.95，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false error: PT-MAP p3: 正文收入合计813.28，表一收入支出决算总表收入合计802.79，差10.49，超出取整容差0.01；两处披露不能同时成立，需人工复核
    h29_18_jianshui_tjj: errors 2/2, warnings 1/1, false errors 1, false warnings 0
        false error: SG-PT p4: 正文“三公”经费合计8.83，表中“三公”经费合计13.01，差4.18，超出取整容差0.01；两处披露不能同时成立，需人工复核
    TOTAL errors found 15/24 (recall 0.625); warnings found 8/10; false errors per document 0.556; false warnings per document 0.000

Issue 9's bars: recall 15/24 = 0.62 < 0.8 (MISSED); false errors 0.56 ≤ 1 per document (met): seven SG-PT comparing the
prose 三公 决算 with a 三公 table whose 预算数 and 决算数 columns alternate, three PT-MAP comparing a prose 收入合计 with 表一's; false
warnings 0 ≤ 2 per document (met). Blindness: the writer listed tests/fixtures (file names only) and opened none of the
forbidden files.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules15_29a.py:
a 三公 决算 table's 年初预算 row beside its actual, 相同 with a same-year figure, 收入总计 only against a 总计, the 收支总表's spending
classes, every fund's 财政拨款收入 watched for repeats; test_checks_rules15_29b.py: a split before its total, income sources
before their total, swapped completion rates, rates naming their budgets, a class list naming its total, self-evaluated
funds). Run after the fixes of this session: errors found 24/24, warnings 9/10, false errors 0, false warnings 0. These
figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout29"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
