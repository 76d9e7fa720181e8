"""Blind held-out corpus 23 for the check engine: 18 county 决算 disclosures (years 2019–2025, 部门 and 单位, eight
provinces), 12 PDFs with the nine-table 决算 附表 set and 6 text/HTML statements, each built from one consistent model
of figures with the planted slips printed as overrides. The listings name 21 errors and 9 warnings in 13 documents;
5 documents are consistent but carry traps (an out-of-scope 机关运行经费, all-zero “三公” stated in words, blank zero
cells, 财政拨款 vs 全口径 scopes, spending above income from carry-over, rates and amounts rounded as the catalogue
allows). Every listed problem was re-computed from the printed text (pdfplumber for the PDFs) before commit.

First run (scored once, unchanged, on main at 19:14 UTC 2026-11-30, the same engine that scored checks_heldout24 (commit
49e25ff's checks); the corpus was committed before anything ran on it), verbatim:

    p01_pingshan_nync: errors 1/2, warnings 0/0, false errors 0, false warnings 1
        missed error: p13 一般公共预算财政拨款支出1,533.61万元，比上年增加152.74万元，所述增长9.96%是以本年数为分母计算的；按上年数1,380.87万元计算应为11.06%，相差超过1个百分点
        false warning: CP-IDENT p1: 第1页所列本级单位“平山县农业农村局机关”与文件单位名称平山县不一致（文件为2023年决算）；可能沿用了旧名称或其他单位的文本，需人工复核
    p02_pingyao_wwbh: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    p03_wuyuan_scjg: errors 1/2, warnings 0/1, false errors 0, false warnings 1
        missed error: p13 政府采购实际支出60.59万元，而货物类41.55万元、工程类0.00万元、服务类21.04万元合计62.59万元，分类之和与总额不符
        missed warning: p2 目录列出“九、国有资本经营预算财政拨款支出决算表”，但第二部分附表中没有该表（表八之后直接进入第三部分）
        false warning: CP-IDENT p1: 第1页所列本级单位“婺源县市场监督管理局机关”与文件单位名称婺源县不一致（文件为2024年决算）；可能沿用了旧名称或其他单位的文本，需人工复核
    p04_lankao_zrzy: errors 1/1, warnings 1/1, false errors 0, false warnings 1
        false warning: CP-IDENT p1: 第1页所列本级单位“兰考县自然资源局机关”与文件单位名称兰考县不一致（文件为2021年决算）；可能沿用了旧名称或其他单位的文本，需人工复核
    p05_fenghuang_sl: errors 0/2, warnings 0/0, false errors 0, false warnings 1
        missed error: p6 表一其他收入32.80万元，一般公共预算财政拨款收入2,122.45万元加其他收入32.80万元为2,155.25万元，不等于本年收入合计2,146.25万元（表二及说明中其他收入为23.80万元）
        missed error: p5 说明中“住房公积金76.71元”的单位写成元，表六30113住房公积金为76.71万元，相差一万倍
        false warning: CP-IDENT p1: 第1页所列本级单位“凤凰县水利局机关”与文件单位名称凤凰县不一致（文件为2020年决算）；可能沿用了旧名称或其他单位的文本，需人工复核
    p06_dayi_wsjk: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-IDENT p1: 第1页所列本级单位“大邑县卫生健康局机关”与文件单位名称大邑县不一致（文件为2023年决算）；可能沿用了旧名称或其他单位的文本，需人工复核
    p07_linze_tj: errors 1/1, warnings 1/2, false errors 0, false warnings 0
        missed warning: p11 表八政府性基金预算财政拨款收入支出决算表为空表，但没有任何说明文字
    p08_binchuan_jtys: errors 2/3, warnings 0/0, false errors 0, false warnings 0
        missed error: p4 第四部分说明财政拨款收入1,758.25万元，表四本年收入合计及第二部分说明均为1,785.25万元
    p09_yuxian_wglv: errors 0/1, warnings 1/2, false errors 0, false warnings 1
        missed error: p15 授予中小企业合同金额55.63万元占政府采购实际支出64.95万元的比例应为85.65%，说明写72.59%（以计划金额76.64万元为分母）
        missed warning: p11 “三公”经费支出决算表连续出现两次（第10页和第11页），内容相同
        false warning: CP-IDENT p1: 第1页所列本级单位“蔚县文化广电和旅游局机关”与文件单位名称蔚县不一致（文件为2022年决算）；可能沿用了旧名称或其他单位的文本，需人工复核
    p10_kelan_rsj: errors 0/1, warnings 0/1, false errors 0, false warnings 1
        missed error: p9 表六基本支出决算合计921.28万元，与表五一般公共预算财政拨款支出合计中的基本支出911.28万元不一致；表六人员经费774.37万元与公用经费136.91万元之和也只有911.28万元
        missed warning: p13 本年支出合计在第一部分写1,322.32万元，在第三部分写1,322.33万元，同一数字前后相差0.01万元
        false warning: CP-IDENT p1: 第1页所列本级单位“岢岚县人力资源和社会保障局机关”与文件单位名称岢岚县不一致（文件为2024年决算）；可能沿用了旧名称或其他单位的文本，需人工复核
    p11_yanshan_ly: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-IDENT p1: 第1页所列本级单位“铅山县林业局机关”与文件单位名称铅山县不一致（文件为2019年决算）；可能沿用了旧名称或其他单位的文本，需人工复核
    p12_anhua_xczx: errors 1/1, warnings 0/1, false errors 0, false warnings 1
        missed warning: p13 财政拨款支出911.44万元为年初预算825.36万元的110.43%（第五部分亦写110.43%），第四部分写111.13%，相差约0.7个百分点
        false warning: CP-IDENT p1: 第1页所列本级单位“安化县乡村振兴局机关”与文件单位名称安化县不一致（文件为2021年决算）；可能沿用了旧名称或其他单位的文本，需人工复核
    t13_qixian_tyjr: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t14_wangcang_yjgl: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t15_minqin_cl: errors 0/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 财政拨款收入803.42万元，括号内一般公共预算财政拨款767.02万元与政府性基金预算财政拨款38.60万元之和为805.62万元，与之不符（第八部分政府性基金收入为36.40万元，38.60万元是其支出数）
        missed error: p1 授予中小企业合同金额440.15万元，大于政府采购实际支出总额404.15万元，部分大于整体
    t16_yuanyang_jk: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t17_laiyuan_sfj: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t18_sangzhi_ybj: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款基本支出507.27万元，人员经费413.93万元与公用经费75.34万元之和为489.27万元，与基本支出不符
    TOTAL errors found 11/21 (recall 0.524); warnings found 4/9; false errors per document 0.000; false warnings per document 0.500

Issue 9's bars: recall 11/21 = 0.52 < 0.8 (MISSED); false errors 0 ≤ 1 per document (met); false warnings 0.50 ≤ 2 per
document (met): the 9 are CP-IDENT warnings on the member line “…局机关” of documents whose unit the parser read as the
county alone. Blindness: the writer reported having seen lines 97–234 of tests/parsing/test_checks_heldout.py (how
listed figures are matched, the bars), none of the engine or the parser.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules14_23a.py:
the unit from the cover's 部门名称 and a 单位 line after its form code; test_checks_rules14_23b.py: rates across a full stop,
procurement actuals and 中小企业 shares, bracketed funds, 基本支出。其中, repeats of 本年收支合计, 元 amounts printed in 万元;
test_checks_rules14_23c.py: the 收支总表's income rows, 财政拨款收入 against 表四, a one-column 基本支出 table). Run after the fixes of
this session: errors found 21/21, warnings 9/9, false errors 0, false warnings 0. These figures measure fitting; the
first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout23"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
