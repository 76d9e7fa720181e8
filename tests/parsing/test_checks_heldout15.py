"""Blind held-out corpus 15 for the check engine: 18 invented county disclosures (广西, 云南, 贵州, 西藏, 甘肃, 宁夏,
新疆, 江西, 海南; 2018–2025; 预算 and 决算; 部门 and 单位), 11 text statements (.txt, or .html as copied from a web
page) and 7 full PDFs with 附表 (rendered by tests/fixtures/make_checks_heldout15_pdfs.py; one in 元 throughout,
old class names such as 医疗卫生与计划生育支出 and 国土海洋气象等支出, 7 or 8 附表).

The `.checks.json` beside each document lists, by hand, 17 errors and 6 warnings in 13 documents; 5 documents are
fully consistent (with legitimate traps: income shares that add to 100.01, a rate that rounds 17.1875 to 17.19,
项目支出 and class totals of two scopes (全口径 vs 财政拨款), 经济分类 lines smaller than their 三公 item).
The corpus was written blind: without reading the parser, the check engine, their tests or the other held-out
corpora, and without running either on these documents.

First run (scored once, unchanged, on main at 17:33 UTC 2026-11-30: after the fixes of checks_heldout11 and
checks_heldout13 had landed; the corpus was committed before anything ran on it), verbatim:

    d12_xifeng_xiaozhaiba_2024yusuan: errors 1/1, warnings 0/1, false errors 0, false warnings 1
        missed warning: p2 目录列有“表八 政府性基金预算支出表”，但文件中没有该表（附表只到表七）
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d13_minqin_weishengyuan_2018juesuan: errors 1/1, warnings 0/1, false errors 0, false warnings 6
        missed warning: p9 表七 政府性基金预算财政拨款收入支出决算表为空表，表下没有“本单位无政府性基金…故本表为空”之类的说明
        false warning: CP-SECT pNone: 文件未见“单位基本情况（职能职责或机构设置）”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“机关运行经费情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“政府采购情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
        false warning: CP-OPC pNone: 文件未说明机关运行经费（既无金额，也未说明不在统计范围）
    d14_yongning_zhongxinxiao_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d15_kuqa_jiedao_2021yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 4
        false warning: CP-SECT pNone: 文件未见“单位基本情况（职能职责或机构设置）”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“绩效目标情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d16_yudu_wenhuaguan_2020yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 3
        false warning: CP-SECT pNone: 文件未见“单位基本情况（职能职责或机构设置）”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d17_tunchang_gonganju_2023juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d18_damxung_guotu_2018yusuan: errors 0/0, warnings 1/1, false errors 0, false warnings 3
        false warning: CP-SECT pNone: 文件未见“绩效目标情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    s01_pingbian_xiang_2023yusuan: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    s02_luzhai_zhongxinxiao_2021juesuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 小学教育（项）支出决算1,289.46万元小于年初预算1,321.50万元（完成97.58%），文中却称“决算数大于预算数”
    s03_zhenning_weishengyuan_2019yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s04_gongbujiangda_gonganju_2024yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s05_huining_jinglaoyuan_2022juesuan: errors 0/1, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 全文金额单位为元，“三公”经费年初预算却写成4,000.00万元；按3,600.00元完成90.00%计算，应为4,000.00元
    s06_tongxin_gongxiaoshe_2020yusuan: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 收入预算248.62万元比上年增加18.40万元，上年为230.22万元，增长率应为7.99%，文中写8.68%
    s07_shache_nongjizhan_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s08_ruijin_jiedao_2024juesuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 实有在职人员89人，但街道办事处本级61人+综合便民服务中心26人=87人
    s09_qiongzhong_guangdian_2018yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s10_tianlin_linchang_2023juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s11_luoping_shuiku_2022yusuan: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 机关运行经费一段写的是另一单位“罗平县九龙河水库管理所”，单位名称沿用了其他单位的文本
    TOTAL errors found 13/17 (recall 0.765); warnings found 3/6; false errors per document 0.000; false warnings per document 1.056

Issue 9's bars: recall 13/17 = 0.765 < 0.8 (MISSED); false errors 0 ≤ 1 and false warnings 1.06 ≤ 2 per document
(met). Of the 19 false warnings, 18 are CP-SECT/CP-OPC on parts these older-template documents lack: some are true
by CHECKS.md (no 名词解释, no 国有资产 part), others are not (a part headed 单位概况 or 部门概况 is the basic
situation). s08's headcount item is listed as an error; CHECKS.md makes PR-HEAD-SUM a warning, never an error.

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules10_a.py (prose) and test_checks_rules10_b.py (tables, sections, wording): a change word
against its own sentence's rate is an error when the rate fits only the other direction; a 总计 split whose parts exceed
it is an error; a 大于/小于 word after a completion rate is held to that sentence's budget and actual; a budget and actual
in different units whose rate fits the bare numbers is FM-UNIT-10K; PR-PCT reads past a clause without figures; a part
headed 单位概况/部门概况 is the basic situation (CP-SECT); tables under a “单位名称：…单位：万元” line or a maker line of their own are
found (TB-EMPTY, CP-TABLES); 绩效目标 clauses under last year's year are FM-YEAR; a unit speaking of itself under another
unit's name is CP-IDENT. Run after those fixes: errors found 15/17, warnings 6/6, false errors 0 and false warnings
0.72 per document (s06's rate, 0.69 points off, is a PR-PCT warning; s08's headcount a PR-HEAD-SUM warning; the false
warnings are parts these documents really lack). These figures measure fitting; the first run above remains the
held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout15"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
