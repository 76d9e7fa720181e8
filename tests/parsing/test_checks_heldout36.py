"""Blind held-out corpus 36 for the check engine: 18 county 部门/单位 决算 of 2021-2025 from 河南, 河北, 山西 and 山东 (10 PDFs with a 目录, prose and the nine 决算 附表 one per page, 8 text statements with prose plus the 一般公共预算 and “三公” tables as text lines), built by tests/fixtures/make_checks_heldout36_pdfs.py from one model of figures per document with each slip a single overridden printed string. 13 documents carry 24 listed errors and 12 listed warnings (a row total not updated, 类 or 款 not equal to its parts, 基本+项目 not equal to the total, 收支总表 totals not balancing, prose vs table amounts, a repeated amount with transposed digits, 三公 sum, change and completion rate wrong, 采购 parts and 中小企业 share, vehicle counts, 机关运行经费 above 公用经费, 绩效 amount above 项目支出, rates off by more or less than one point, direction words, wrong years, an XX placeholder, a table in the 目录 but absent, an empty table without its note). The 5 consistent ones carry traps: 决算 above 年初预算 with completion rates over 100%, 全口径 vs 财政拨款 basic/project splits, carryover in the 收支总表, 政府性基金 present in two and empty tables with notes in the others, completion and share rates rounded to whole percent or one decimal, prose amounts rounded to one decimal, and a unit with no “三公” spending and no vehicles stated as 0/未安排.

First run (scored once, unchanged, on main at 22:03 UTC 2026-11-30 on engine commit 66c04c2; the corpus was committed
before anything ran on it), verbatim:

    a01_xinxian_agri_2023: errors 0/0, warnings 0/0, false errors 1, false warnings 1
        false error: PT-FUNC p2: 正文农林水支出2589.47，表中213农林水支出3022.94，差433.47，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计3341.89 与 农林水支出2589.47，差752.42，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    a02_wuan_market_2022: errors 2/2, warnings 1/1, false errors 1, false warnings 1
        false error: PT-FUNC p2: 正文一般公共服务支出2070.91，表中201一般公共服务支出2555.78，差484.87，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计2731.19 与 一般公共服务支出2070.91，差660.28，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    a03_pingyao_culture_2024: errors 1/2, warnings 0/0, false errors 1, false warnings 1
        missed error: p2 正文政府性基金预算财政拨款收入839.95万元，表1、表4、表8均为893.95万元；正文各项收入之和因此不等于本年收入合计2,753.93万元
        false error: PT-FUNC p2: 正文文化旅游体育与传媒支出1089.93，表中207文化旅游体育与传媒支出1678.70，差588.77，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计2739.31 与 文化旅游体育与传媒支出1089.93，差1649.38，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    a04_zoucheng_water_2021: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a05_gushi_health_2025: errors 2/2, warnings 1/1, false errors 1, false warnings 1
        false error: PT-FUNC p2: 正文卫生健康支出2003.54，表中210卫生健康支出2322.01，差318.47，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计2505.79 与 卫生健康支出2003.54，差502.25，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    a06_lingshou_edu_2023: errors 0/0, warnings 0/0, false errors 1, false warnings 1
        false error: PT-FUNC p2: 正文教育支出1329.85，表中205教育支出1735.22，差405.37，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计2084.47 与 教育支出1329.85，差754.62，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    a07_qixian_civil_2022: errors 2/2, warnings 0/1, false errors 1, false warnings 1
        missed warning: p2 实有人员56人，而机关38人+所属事业单位17人=55人
        false error: PT-FUNC p2: 正文社会保障和就业支出1930.33，表中208社会保障和就业支出2043.30，差112.97，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计2157.39 与 社会保障和就业支出1930.33，差227.06，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    a08_feixian_emerg_2024: errors 2/2, warnings 1/1, false errors 1, false warnings 1
        false error: PT-FUNC p2: 正文灾害防治及应急管理支出759.29，表中224灾害防治及应急管理支出1271.76，差512.47，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计1538.68 与 灾害防治及应急管理支出759.29，差779.39，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    a09_huaxian_stat_2021: errors 1/2, warnings 1/1, false errors 1, false warnings 0
        missed error: p9 表6办公费30201印作41.96，公用经费合计86.87不等于各公用经费科目之和（按办公费14.96才相等）
        false error: PT-FUNC p2: 正文一般公共服务支出1558.39，表中201一般公共服务支出2118.56，差560.17，超出取整容差0.01；两处披露不能同时成立，需人工复核
    a10_yuxian_nature_2025: errors 0/0, warnings 0/0, false errors 1, false warnings 1
        false error: PT-FUNC p2: 正文自然资源海洋气象等支出1268.07，表中220自然资源海洋气象等支出1693.54，差425.47，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计3617.23 与 自然资源海洋气象等支出1268.07，差2349.16，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    t01_xiangyuan_agri_2024: errors 1/2, warnings 1/1, false errors 0, false warnings 1
        missed error: p1 正文一般公共预算项目支出1,035.53万元，表中项目支出合计1,053.53万元，基本+项目与支出决算不等
        false warning: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计2138.22 与 农林水支出1342.32，差795.90，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    t02_laiyang_market_2023: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t03_neihuang_edu_2022: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计2257.39 与 教育支出1838.69，差418.70，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    t04_zhangbei_stat_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计1802.10 与 一般公共服务支出1255.24，差546.86，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    t05_fenyang_health_2021: errors 2/2, warnings 1/1, false errors 0, false warnings 1
        false warning: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计1964.64 与 卫生健康支出1491.87，差472.77，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    t06_yishui_civil_2023: errors 2/2, warnings 1/1, false errors 0, false warnings 1
        false warning: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计1357.21 与 社会保障和就业支出824.76，差532.45，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    t07_linzhou_water_2024: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t08_yangyuan_emerg_2022: errors 0/1, warnings 1/1, false errors 0, false warnings 1
        missed error: p1 绩效自评涉及一般公共预算项目支出1,084.14万元，超过一般公共预算项目支出1,048.14万元
        false warning: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计1907.91 与 灾害防治及应急管理支出1246.69，差661.22，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
    TOTAL errors found 20/24 (recall 0.833); warnings found 11/12; false errors per document 0.500; false warnings per document 0.778

Issue 9's bars: recall 20/24 = 0.83 ≥ 0.8 (met); false errors 0.50 ≤ 1 per document (met): one cause, the function class
quoted in the 一般公共预算财政拨款 part of a 决算 is compared with the all-funds 支出决算表, in nine of the ten PDFs; false warnings 0.78
≤ 2 per document (met), the same cause in IE-EXP-SUM. Blindness: the writer reports having opened, before reading the
forbidden list, the first 40 lines of tests/parsing/test_checks_heldout.py (the scoring rule, which its prompt also
gives, and corpus 1's first run of an early engine); no engine or parser code, no other corpus. Its prose follows one
template for all 18 documents, all amounts in 万元.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules16_36.py: a
按功能分类 sentence under a heading of 一般公共预算财政拨款支出 takes that scope unless it names its own funds, PR-PERF against the
resolved 项目支出 of a 决算, the prose 一般公共预算 基本/项目 split against its text table's 合计 row, a headcount split into 机关 and
所属事业单位 added, income lists whose parts each name their fund, a one-column 基本支出 table's 人员经费/公用经费 sides against their
economic classes). Run after the fixes of this session: errors found 24/24, warnings 12/12, false errors 0, false
warnings 0. These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout36"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
