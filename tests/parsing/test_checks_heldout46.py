"""Blind held-out corpus 46 for the check engine: 18 county 部门/单位 决算 of 2019-2025 from 黑龙江, 吉林, 内蒙古, 甘肃
and 青海, built by tests/fixtures/make_checks_heldout46_pdfs.py from one model of figures per unit. Nine are PDFs
(a01-a09: cover, 目录, 概况, then 收入支出决算总表 with 年初结转和结余/结余分配/年末结转和结余, 财政拨款收入支出决算总表
by fund, 一般公共预算财政拨款支出决算表 with either 合计/基本/项目 or 年初预算/调整预算/决算/完成率 columns and merged
headers, 基本支出决算表 with 人员经费/公用经费 by 经济分类 code side by side, a one-row 三公 预算 vs 决算 table, and
the 情况说明 prose; a03 prints its tables in 元 with thousands separators) and nine are portal .txt statements (t10-t18,
prose only, t12 and t15 with a few pasted rows of the 收入支出决算总表). Planted: 22 errors and 11 warnings in 13
documents — a carry-over identity broken in a table or in prose (last year's 年末/年初 left in, a mistyped 年末, a
支出总计 not updated), a mistyped or wrong-base 完成率/占比/growth %, 超出预算/大于 for an under-spent item, 人员经费合计
and a 301 subtotal out of step with their codes, a 类 row and a row 合计 out of step, 基本支出 合计 ≠ 基本支出表,
a 三公 vehicle 小计 and a 三公 total ≠ items, 收入合计 ≠ sources, 支出 ≠ 基本 + 项目, 增加 for a fall, XX/××
placeholders, paragraphs with a wrong year, a table in the 目录 but absent, an empty 政府性基金 table without its note,
and a figure printed twice 0.01 apart. The five consistent ones (a02, a06, t12, t15, t17) carry traps: 完成率 to whole
percent, 年末 below 年初, 其他收入 that makes 全口径 支出 differ from 财政拨款 支出 by class, 三公 explicitly 未安排 and 0,
leaves in 元 rounded to 万元 (sums off by 0.01), and 调整预算 vs 年初预算 bases.

First run (scored once, unchanged, on main at 00:40 UTC 2026-12-01 on engine commit e4b009e (the engine of 5aeb66d,
unchanged since last session); the corpus was committed before anything ran on it), verbatim:

    a01_wangkui_nongye_2023: errors 1/2, warnings 0/1, false errors 1, false warnings 2
        missed error: p6 一般公共预算财政拨款支出决算表2130122农业生产发展决算数347.15万元、调整预算数363.00万元，完成率应为95.63%，表中印为59.63%
        missed warning: p10 公务接待费支出决算1.39万元，完成预算的73.54%（预算1.89万元），却写“超出预算”
        false error: TB-TOTAL p6: 一般公共预算财政拨款支出决算表第4个金额列合计行与类级科目之和：合计94.22 与 208社会保障和就业支出+210卫生健康支出+213农林水支出+221住房保障支出=100.00+100.00+93.47+100.00=393.47，差299.25，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false warning: CP-SECT pNone: 文件未见“政府采购情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
    a02_lishu_shenji_2021: errors 0/0, warnings 0/0, false errors 1, false warnings 1
        false error: TB-TOTAL p6: 一般公共预算财政拨款支出决算表第4个金额列合计行与类级科目之和：合计99.18 与 201一般公共服务支出+208社会保障和就业支出+210卫生健康支出+221住房保障支出=98.90+100.00+100.00+100.00=398.90，差299.72，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false warning: CP-SECT pNone: 文件未见“政府采购情况”部分，需人工复核是否缺少该部分说明
    a03_tumote_linye_2024: errors 0/2, warnings 1/1, false errors 1, false warnings 0
        missed error: p7 基本支出决算表（单位：元）人员经费合计印为2,560,421.00元，而301工资福利支出各款与303对个人和家庭的补助各款之和为2,584,021.00元（说明中人员经费258.40万元）
        missed error: p7 基本支出决算表301工资福利支出印为2,431,238.00元，其下30101至30113各款之和为2,431,283.00元（数字颠倒）
        false error: TT-T2-T3 p6: 两表的基本支出：支出表基本支出286.0367（2,860,367.00元） 与 基本支出表人员经费+基本支出表公用经费=256.0421+27.6346=283.6767，差2.36，超出取整容差0.0001005；两处披露不能同时成立，需人工复核
    a04_huining_weijian_2022: errors 3/3, warnings 1/1, false errors 1, false warnings 0
        false error: TB-TOTAL p6: 一般公共预算财政拨款支出决算表第4个金额列合计行与类级科目之和：合计96.57 与 208社会保障和就业支出+210卫生健康支出+221住房保障支出=100.00+96.20+100.00=296.20，差199.63，超出取整容差0.02；两处披露不能同时成立，需人工复核
    a05_datong_jiaoyu_2020: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p5 财政拨款收入支出决算总表年末财政拨款结转和结余印为73.23万元，年初结转和结余+本年收入不等于本年支出+年末结转和结余（总计不平）；收入支出决算总表与说明均为64.23万元
    a06_huanan_minzheng_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 2
        false warning: CP-SECT pNone: 文件未见“政府采购情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
    a07_fusong_jiaotong_2019: errors 2/2, warnings 1/1, false errors 0, false warnings 2
        false warning: CP-SECT pNone: 文件未见“政府采购情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
    a08_keyouqianqi_shuili_2024: errors 1/1, warnings 2/2, false errors 1, false warnings 0
        false error: TB-TOTAL p6: 一般公共预算财政拨款支出决算表第4个金额列合计行与类级科目之和：合计95.32 与 208社会保障和就业支出+210卫生健康支出+213农林水支出+221住房保障支出=100.00+100.00+94.65+100.00=394.65，差299.33，超出取整容差0.025；两处披露不能同时成立，需人工复核
    a09_lintao_ziran_2021: errors 1/1, warnings 0/1, false errors 0, false warnings 2
        missed warning: p10 基本支出在支出决算情况说明中为270.51万元，在基本支出决算情况说明中印为270.52万元，同一数字两处不一致
        false warning: CP-SECT pNone: 文件未见“政府采购情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
    t10_yian_linye_2020: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 年初结转和结余印为17.86万元：本年收入合计294.44+17.86=312.30，不等于收入总计307.69万元；财政拨款部分年初结转和结余为13.25万元
    t11_wangqing_wenlv_2022: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t12_dalate_tongji_2023: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t13_yongdeng_shichang_2024: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t14_huzhu_renshe_2019: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t15_qinggang_sifa_2021: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t16_tongyu_shuili_2025: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款支出决算完成调整预算458.91万元的比例印为105.53%（实为按年初预算计算），且与“决算数小于调整预算数”矛盾
    t17_minqin_yingji_2023: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t18_menyuan_weijian_2022: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    TOTAL errors found 16/22 (recall 0.727); warnings found 9/11; false errors per document 0.278; false warnings per document 0.500

Issue 9's bars: recall 16/22 = 0.727 (MISSED): a 完成率 cell of a 一般公共预算财政拨款支出决算表 against its 决算数 and 调整预算数 (a01) and in
the words (t16), a 基本支出决算表's 人员经费 total and a 301 row against their codes in 元 (a03), the carry-over identity 年初结转和结余
+ 本年收入 = 本年支出 + 年末结转和结余 in a 财政拨款收入支出决算总表 (a05) and in the words (t10); false errors 0.278 (met): a 完成率 column read as
an amount column by TB-TOTAL (4) and a 元 table's 基本支出 read against 人员 + 公用 at the wrong scale (a03); false warnings
0.5 (met): CP-SECT asks for 政府采购 and 国有资产 parts these 决算 do not have. Missed warnings: 超出预算 said of an under-spent 三公
item, 270.52 beside 270.51. Blindness: the writer reports listing the first three names of tests/parsing and the
folder names of tests/fixtures, and opening no forbidden file.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes
(tests/parsing/test_checks_rules17_summary.py, _grids.py: a wrapped 年末结转和结余 label, 收入总计 in the words beside a 结余分配, a
完成率 column held as a rate and never summed, a side-by-side 人员经费 | 公用经费 基本支出表, a 元 table's subtotals quoted as
printed). Run after the fixes of this session: errors found 21/22, warnings 10/11, false errors 0, false warnings 0.5
(CP-SECT). These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout46"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
