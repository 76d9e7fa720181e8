"""Blind held-out corpus 40 for the check engine: 18 county 部门决算 (2021-2025) of 广东, 广西, 海南 and 福建 in
the shape where the 一般公共预算财政拨款支出决算 part explains each 功能分类 项 in prose (年初预算, 支出决算, 完成率,
大于/小于/等于 and a reason), followed by 三公 (预算 vs 决算, 完成率, 车辆, 接待), 机关运行经费 (比上年), 政府采购,
国有资产 and 绩效. 10 PDFs carry the nine 决算 附表 (表5 with 年初预算/决算/基本/项目 columns by 类/款/项); 8 are
plain-text web statements, three with a 收入支出决算总表 as text lines. Built by
tests/fixtures/make_checks_heldout40_pdfs.py from one model per document; each slip overrides one printed string.
The hand-written <name>.checks.json list 24 errors and 12 warnings in 14 documents (item rates, item amounts vs 表5,
direction words, a 款 not equal to its 项, a 类 not equal to its 项 in prose, 基本+项目 vs total, 三公 sums and
prose vs 表7, the 表7 vehicle subtotal, 收支总表 balances, 机关运行经费 change and rate, 政府采购 sums, 执法执勤
vehicles above the total, a placeholder, wrong years, a table listed in the 目录 but absent). The 4 consistent documents carry
traps: a04 prints its tables in 元 and its prose in 万元; a09 rounds every 完成率 to a whole percent, uses half-width
brackets and has 年初/年末结转; t03 has carryover on both sides of its text 收支总表; t07 gives rates to one decimal
and has 等于 items at 100.0%. Every document states 出国费 as 未安排 (0); every PDF has empty 基金 and 国资
tables with a note (a08 lacks its 表9).

First run (scored once, unchanged, on main at 22:50 UTC 2026-11-30 on engine commit db4c049, after the fixes of
checks_heldout35 to 38; the corpus was committed before anything ran on it), verbatim:

    a01_wengyuan_nongye_2023: errors 2/2, warnings 1/1, false errors 0, false warnings 2
        false warning: IE-EXP-SUM p5: 支出合计与功能分类之和：表中合计1700.52 与 农林水支出1538.1，差162.42，超出取整容差0.055；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p5: 表5一般公共预算财政拨款支出决算表合计与类级科目之和：合计1700.52 与 213农林水支出1538.1，差162.42，超出取整容差0.055；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    a02_lingchuan_shuili_2022: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    a03_qiongzhong_weijian_2024: errors 1/2, warnings 1/1, false errors 1, false warnings 0
        missed error: p4 表1年末结转和结余印为33.49万元，本年支出合计813.83万元加33.49万元不等于支出总计844.32万元（表4与文字均为30.49万元）
        false error: TB-HIER p5: 表5一般公共预算财政拨款支出决算表210卫生健康支出与其下级科目之和：210卫生健康支出695.96 与 21001卫生健康管理事务386.04，差309.92，超出取整容差0.01；两处披露不能同时成立，需人工复核
    a04_youxi_sifa_2023: errors 0/0, warnings 0/0, false errors 6, false warnings 3
        false error: SG-PT p2: 正文“三公”经费合计10.58，表中“三公”经费合计0.1058（1,058.00元），差10.4742，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false error: SG-PT p2: 正文公务用车运行维护费7.10，表中公务用车运行维护费0.071（710.00元），差7.029，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false error: SG-PT p3: 正文公务接待费3.48，表中公务接待费0.0348（348.00元），差3.4452，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false error: TT-OPC-ECON p3: 机关运行经费114.37，基本支出表公用经费1.2432：部分大于整体，需人工复核
        false error: PT-MAP p2: 正文基本支出776.99，表3支出决算表基本支出7.7699（77,699.00元），差769.2201，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false error: PT-MAP p2: 正文项目支出134.42，表3支出决算表项目支出1.3442（13,442.00元），差133.0758，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p5: 支出合计与功能分类之和：表中合计9.1141（91,141.00元） 与 公共安全支出6.2613（62,613元），差2.8528，超出取整容差0.0000505；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: SG-SCOPE p2: “三公”经费合计10.58，一般公共预算拨款9.1141（91,141.00元）：部分大于整体，需人工复核
        false warning: TB-TOTAL p5: 表5一般公共预算财政拨款支出决算表合计与类级科目之和：合计9.1141（91,141.00元） 与 204公共安全支出6.2613，差2.8528，超出取整容差0.0000505；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    a05_jiaoling_chengguan_2024: errors 2/2, warnings 1/1, false errors 1, false warnings 2
        false error: TB-HIER p5: 表5一般公共预算财政拨款支出决算表212城乡社区支出与其下级科目之和：212城乡社区支出402.68 与 21201城乡社区管理事务384.92，差17.76，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p5: 支出合计与功能分类之和：表中合计577.28 与 城乡社区支出402.68，差174.60，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p5: 表5一般公共预算财政拨款支出决算表合计与类级科目之和：合计577.28 与 212城乡社区支出402.68，差174.60，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    a06_lingyun_shengtai_2021: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p3 2021年度决算的机关运行经费句子写成“2020年度”
    a07_dingan_shijian_2025: errors 2/2, warnings 1/1, false errors 0, false warnings 2
        false warning: IE-EXP-SUM p5: 支出合计与功能分类之和：表中合计867.38 与 一般公共服务支出695.89，差171.49，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p5: 表5一般公共预算财政拨款支出决算表合计与类级科目之和：合计867.38 与 201一般公共服务支出695.89，差171.49，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    a08_songxi_tongji_2022: errors 1/1, warnings 0/1, false errors 0, false warnings 2
        missed warning: p1 目录列出表9国有资本经营预算财政拨款支出决算表，文件中未附该表
        false warning: IE-EXP-SUM p5: 支出合计与功能分类之和：表中合计980.09 与 一般公共服务支出789.71，差190.38，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p5: 表5一般公共预算财政拨款支出决算表合计与类级科目之和：合计980.09 与 201一般公共服务支出789.71，差190.38，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    a09_huanjiang_tuiyi_2024: errors 0/0, warnings 0/0, false errors 1, false warnings 2
        false error: TB-HIER p5: 表5一般公共预算财政拨款支出决算表208社会保障和就业支出与其下级科目之和：208社会保障和就业支出905.98 与 20828退役军人管理事务820.43，差85.55，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p5: 支出合计与功能分类之和：表中合计1023.39 与 社会保障和就业支出905.98，差117.41，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p5: 表5一般公共预算财政拨款支出决算表合计与类级科目之和：合计1023.39 与 208社会保障和就业支出905.98，差117.41，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    a10_lianshan_ziran_2023: errors 2/2, warnings 0/0, false errors 0, false warnings 2
        false warning: IE-EXP-SUM p5: 支出合计与功能分类之和：表中合计686.50 与 自然资源海洋气象等支出507.12，差179.38，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p5: 表5一般公共预算财政拨款支出决算表合计与类级科目之和：合计686.50 与 220自然资源海洋气象等支出507.12，差179.38，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    t01_liancheng_renda_2022: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 一般公共服务（类）决算印为1,030.01万元，不等于其下4个项决算之和1,036.01万元，各类之和也不等于支出决算1,201.40万元
    t02_tunchang_wenlv_2023: errors 3/3, warnings 0/0, false errors 0, false warnings 0
    t03_fengshun_weijian_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t04_pubei_sifa_2024: errors 0/1, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 附表本年支出合计印为809.99万元，与文字本年支出合计800.99万元不一致，附表支出总计800.99万元也因此不平
        missed warning: p1 司法行政运行项决算228.25万元低于年初预算250.90万元，文字却写“决算数大于预算数”
    t05_chengmai_nongye_2021: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 附表支出总计印为1,462.22万元，本年支出合计1,438.88万元加年末结转和结余28.34万元应为1,467.22万元，与收入总计1,467.22万元不平
    t06_yongtai_shuili_2025: errors 1/1, warnings 1/2, false errors 0, false warnings 0
        missed warning: p1 2025年度决算的机关运行经费句子写成“2024年度”
    t07_luocheng_tongji_2021: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t08_zhangpu_chengguan_2022: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 职业年金缴费支出项决算13.25万元高于年初预算12.35万元，文字却写“决算数等于预算数”
    TOTAL errors found 20/24 (recall 0.833); warnings found 7/12; false errors per document 0.500; false warnings per document 0.833

Issue 9's bars: recall 20/24 = 0.83 ≥ 0.8 (met); false errors 0.50 ≤ 1 per document (met); false warnings 0.83 ≤ 2 per
document (met). Most false alarms have one cause: the 一般公共预算财政拨款支出决算表 runs over two pages and its classes are summed on
the first page only. a04 carries a fault of the listing, not of the engine: meant as consistent, its tables say 元 and
print 万元 amounts × 100 (91,141.00 for 911.41万元), which the engine reports six times. Missed: a text table's 收支 balance,
direction words 大于/等于 against an item's 决算 and 年初预算, a year of the year before in a figure sentence, a 目录 table absent.
Blindness: the writer reports having opened the first lines of tests/parsing/test_checks_heldout.py (the helpers its
test imports); no engine or parser code, no other corpus.

NO LONGER HELD OUT: the listing fault was corrected first (a04's 元 tables now print 万元 × 10000; only that document was
regenerated), then the engine was fixed on its items by general causes (tests/parsing/test_checks_rules16_40.py: a year
of the year before opening a 决算's figure clause set against 上年, 大于/等于/小于 read with the completion rate between the
amounts, a unit line opening with the form code, a caption carrying its unit in brackets, a 决算's classes in the words
held to their 项 sentences; test_checks_rules16_39a.py: a 决算 table row with a blank 基本 or 项目 part read by the one
placement that adds up). Run after the fixes of this session: errors found 24/24, warnings 12/12, false errors 0, false
warnings 0. These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout40"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
