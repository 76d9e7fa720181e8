"""Blind held-out corpus 28 for the check engine: 18 county budget disclosures (山东, 河南, 湖北, 湖南, 江西, 福建, 广东,
广西; 2023–2026) written without seeing the engine or the parser: 8 部门 PDFs that carry the 部门预算 followed by one or
two member 单位预算 (each with cover, 目录, 情况说明 and 附表), 6 single-unit PDFs (two of them with tables in 元) and
4 text statements (.txt/.html). The listings name 21 errors and 9 warnings in 13 documents; 5 documents are consistent
but carry traps (全口径 vs 财政拨款 scopes, carryover-funded projects, tables in 元 beside prose in 万元, 三公 items not
arranged, empty tables with their note, a 0.01 rounding gap within the envelope). Every listed problem was re-computed
from the text extracted from the rendered documents, and every listed figure was checked to be printed on the page given,
before commit.

First run (scored once, unchanged, on main at 19:58 UTC 2026-11-30, the same engine that scored checks_heldout29; the
corpus was committed before anything ran on it), verbatim:

    d01_yishui_nongye_2024: errors 1/2, warnings 0/1, false errors 2, false warnings 0
        missed error: p11 推广中心表二中农业生态资源保护（2130135）改为38.60万元，但农林水支出（213）类合计仍为503.38万元，其下各项之和为505.78万元，类合计未随之更新
        missed warning: p3 部门一般公共预算拨款收入在收支总体部分印为1,933.70万元，在财政拨款部分印为1,933.71万元，同一数字两处不一致
        false error: TB-HIER p11: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出75.38 与 30201办公费+30205水费=15.52+2.82=18.34，差57.04，超出取整容差0.015；两处披露不能同时成立，需人工复核
        false error: TB-T3 p11: 基本支出表公用经费：公用经费75.38 与 30201办公费+30205水费=15.52+2.82=18.34，差57.04，超出取整容差0.015；两处披露不能同时成立，需人工复核
    d02_gushi_weijian_2025: errors 2/3, warnings 0/0, false errors 4, false warnings 0
        missed error: p3 部门支出预算5,223.90万元，但基本支出印为1,890.98万元（上年数），与项目支出3,257.40万元之和为5,148.38万元，不等于支出合计；表二基本支出为1,966.50万元
        false error: TB-HIER p10: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出166.22 与 30201办公费+30205水费+30206电费+30211差旅费+30217公务接待费=35.03+6.37+15.92+22.29+0.96=80.57，差85.65，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false error: TB-T3 p10: 基本支出表公用经费：公用经费166.22 与 30201办公费+30205水费+30206电费+30211差旅费+30217公务接待费=35.03+6.37+15.92+22.29+0.96=80.57，差85.65，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false error: TB-HIER p15: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出95.27 与 30201办公费+30205水费+30206电费+30211差旅费+30217公务接待费=20.06+3.65+9.12+12.77+0.66=46.26，差49.01，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false error: TB-T3 p15: 基本支出表公用经费：公用经费95.27 与 30201办公费+30205水费+30206电费+30211差旅费+30217公务接待费=20.06+3.65+9.12+12.77+0.66=46.26，差49.01，超出取整容差0.03；两处披露不能同时成立，需人工复核
    d03_yuanan_ziranziyuan_2023: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: TB-HIER p10: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出55.95 与 30201办公费+30205水费+30206电费=11.75+2.14+5.34=19.23，差36.72，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: TB-T3 p10: 基本支出表公用经费：公用经费55.95 与 30201办公费+30205水费+30206电费=11.75+2.14+5.34=19.23，差36.72，超出取整容差0.02；两处披露不能同时成立，需人工复核
    d04_youxian_jiaoyu_2026: errors 2/2, warnings 0/0, false errors 4, false warnings 0
        false error: TB-HIER p10: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出34.51 与 30201办公费+30205水费+30206电费=7.41+1.35+3.37=12.13，差22.38，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: TB-T3 p10: 基本支出表公用经费：公用经费34.51 与 30201办公费+30205水费+30206电费=7.41+1.35+3.37=12.13，差22.38，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: TB-HIER p15: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出23.74 与 30201办公费+30205水费+30206电费=4.83+0.88+2.2=7.91，差15.83，超出取整容差0.065；两处披露不能同时成立，需人工复核
        false error: TB-T3 p15: 基本支出表公用经费：公用经费23.74 与 30201办公费+30205水费+30206电费=4.83+0.88+2.2=7.91，差15.83，超出取整容差0.065；两处披露不能同时成立，需人工复核
    d05_nanfeng_shuili_2024: errors 1/1, warnings 2/2, false errors 2, false warnings 0
        false error: TB-HIER p10: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出32.9 与 30201办公费+30205水费=6.65+1.21=7.86，差25.04，超出取整容差0.06；两处披露不能同时成立，需人工复核
        false error: TB-T3 p10: 基本支出表公用经费：公用经费32.9 与 30201办公费+30205水费=6.65+1.21=7.86，差25.04，超出取整容差0.06；两处披露不能同时成立，需人工复核
    d06_yongchun_wenlv_2025: errors 1/2, warnings 1/1, false errors 2, false warnings 0
        missed error: p9 图书馆财政拨款部分称一般公共预算财政拨款收支均为272.10万元（上年数），收支总体部分和表二合计均为286.12万元
        false error: TB-HIER p10: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出43.22 与 30201办公费+30205水费+30206电费=9.43+1.71+4.29=15.43，差27.79，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: TB-T3 p10: 基本支出表公用经费：公用经费43.22 与 30201办公费+30205水费+30206电费=9.43+1.71+4.29=15.43，差27.79，超出取整容差0.02；两处披露不能同时成立，需人工复核
    d07_longmen_renshe_2026: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: TB-HIER p5: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出127.26（1,272,600元） 与 30201办公费+30205水费+30206电费+30211差旅费+30217公务接待费=26.18（261,800元）+4.76（47,600元）+11.9（119,000元）+16.66（166,600元）+1.74（17,400元）=61.24，差66.02，超出取整容差0.075；两处披露不能同时成立，需人工复核
        false error: TB-T3 p5: 基本支出表公用经费：公用经费127.26（1,272,600元） 与 30201办公费+30205水费+30206电费+30211差旅费+30217公务接待费=26.18（261,800元）+4.76（47,600元）+11.9（119,000元）+16.66（166,600元）+1.74（17,400元）=61.24，差66.02，超出取整容差0.075；两处披露不能同时成立，需人工复核
    d08_lingchuan_shichang_2023: errors 1/2, warnings 1/1, false errors 4, false warnings 0
        missed error: p3 部门收入来源中事业收入印为28.00万元，表一为32.00万元；2,134.36+28.00+26.00=2,188.36，不等于收入预算总额2,192.36万元
        false error: TB-HIER p10: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出47.44 与 30201办公费+30205水费+30206电费=9.97+1.81+4.53=16.31，差31.13，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: TB-T3 p10: 基本支出表公用经费：公用经费47.44 与 30201办公费+30205水费+30206电费=9.97+1.81+4.53=16.31，差31.13，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: TB-HIER p15: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出19.97 与 30201办公费+30205水费+30206电费=4.34+0.79+1.97=7.1，差12.87，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: TB-T3 p15: 基本支出表公用经费：公用经费19.97 与 30201办公费+30205水费+30206电费=4.34+0.79+1.97=7.1，差12.87，超出取整容差0.02；两处披露不能同时成立，需人工复核
    s09_juxian_dangan_2025: errors 1/1, warnings 1/1, false errors 2, false warnings 0
        false error: TB-HIER p5: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出39.27 与 30201办公费+30205水费+30206电费=8.04+1.46+3.66=13.16，差26.11，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: TB-T3 p5: 基本支出表公用经费：公用经费39.27 与 30201办公费+30205水费+30206电费=8.04+1.46+3.66=13.16，差26.11，超出取整容差0.02；两处披露不能同时成立，需人工复核
    s10_xinxian_linye_2026: errors 1/1, warnings 1/1, false errors 2, false warnings 0
        false error: TB-HIER p4: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出30.98（309,800元） 与 30201办公费+30205水费+30206电费+30211差旅费+30217公务接待费+30228工会经费=6.35（63,500元）+1.15（11,500元）+2.89（28,900元）+4.04（40,400元）+0.3（3,000元）+3.46（34,600元）=18.19，差12.79，超出取整容差0.08；两处披露不能同时成立，需人工复核
        false error: TB-T3 p4: 基本支出表公用经费：公用经费30.98（309,800元） 与 30201办公费+30205水费+30206电费+30211差旅费+30217公务接待费+30228工会经费=6.35（63,500元）+1.15（11,500元）+2.89（28,900元）+4.04（40,400元）+0.3（3,000元）+3.46（34,600元）=18.19，差12.79，超出取整容差0.08；两处披露不能同时成立，需人工复核
    s11_tongshan_rongmeiti_2024: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: TB-HIER p4: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出93.89 与 30201办公费+30205水费+30206电费=19.5+3.54+8.86=31.9，差61.99，超出取整容差0.065；两处披露不能同时成立，需人工复核
        false error: TB-T3 p4: 基本支出表公用经费：公用经费93.89 与 30201办公费+30205水费+30206电费=19.5+3.54+8.86=31.9，差61.99，超出取整容差0.065；两处披露不能同时成立，需人工复核
    s12_taoyuan_gongzheng_2023: errors 2/2, warnings 0/0, false errors 2, false warnings 0
        false error: TB-HIER p4: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出22.29 与 30201办公费+30205水费+30206电费=4.6+0.84+2.09=7.53，差14.76，超出取整容差0.065；两处披露不能同时成立，需人工复核
        false error: TB-T3 p4: 基本支出表公用经费：公用经费22.29 与 30201办公费+30205水费+30206电费=4.6+0.84+2.09=7.53，差14.76，超出取整容差0.065；两处披露不能同时成立，需人工复核
    s13_wuyuan_lvyou_2026: errors 1/1, warnings 1/1, false errors 2, false warnings 0
        false error: TB-HIER p4: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出27.44 与 30201办公费+30205水费+30206电费=5.39+0.98+2.45=8.82，差18.62，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: TB-T3 p4: 基本支出表公用经费：公用经费27.44 与 30201办公费+30205水费+30206电费=5.39+0.98+2.45=8.82，差18.62，超出取整容差0.02；两处披露不能同时成立，需人工复核
    s14_pingnan_nongjing_2024: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: TB-HIER p4: 表三一般公共预算基本支出预算表302商品和服务支出与其下级科目之和：302商品和服务支出20.4 与 30201办公费+30205水费+30206电费=4.28+0.78+1.95=7.01，差13.39，超出取整容差0.065；两处披露不能同时成立，需人工复核
        false error: TB-T3 p4: 基本支出表公用经费：公用经费20.4 与 30201办公费+30205水费+30206电费=4.28+0.78+1.95=7.01，差13.39，超出取整容差0.065；两处披露不能同时成立，需人工复核
    t15_xinfeng_tuiyi_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t16_gongcheng_tongji_2024: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    t17_chaling_yibao_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t18_mengyin_jiuye_2023: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 实有在职人员18人，各股室人数7+6+4=17人，与总数不符
    TOTAL errors found 17/21 (recall 0.810); warnings found 7/9; false errors per document 1.889; false warnings per document 0.000

Issue 9's bars: recall 17/21 = 0.81 (met); false errors 1.89 > 1 per document (MISSED): all 34 are TB-HIER and TB-T3 on
the 基本支出 table's 302 row, whose sub-rows run on to the next page without a caption or header and were not read; false
warnings 0 ≤ 2 per document (met). Blindness: the writer reported opening none of the forbidden files.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules15_28.py:
table rows continued on the next page, 增减额 columns, split parts named with their purpose, 收入和支出均为X, income lists after
与上年相比, PR-REPEAT of the 一般公共预算 income). Run after the fixes of this session: errors found 21/21, warnings 9/9, false
errors 0, false warnings 0. These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout28"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
