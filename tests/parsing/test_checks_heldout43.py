"""Blind held-out corpus 43 for the check engine: 18 county 部门/单位 预算 of 2023-2026 (10 PDFs with 附表 carrying
上年预算 columns, 8 .txt statements, one of them in 元) that state last year's figures in several places: the 上年预算
columns of the 收支总表, 一般公共预算支出表 and “三公” table, the 上年年初预算 and 上年预计执行数 in the prose, and in
five documents the 上年调整预算. 24 errors and 11 warnings are listed by hand in 13 documents: a prior stated twice
with different values, a change or rate computed against the wrong prior (执行数 for 预算 and back), last year's
figure printed in this year's column (三公 cell and total, 支出总计, a prose 类, 一般公共预算拨款收入), 上年 column
totals that do not add up, 基本+项目 ≠ total, 三公 prose vs table, a wrong direction word, a wrong year, a placeholder
XX, a table listed in the 目录 but absent. The 5 consistent documents carry traps: 上年预算 ≠ 上年执行数 ≠ 上年调整预算
with every change and rate computed on the base its sentence names, rates rounded to whole percent or one decimal, a
prose amount printed to one decimal, 三公 items stated as 未安排 or 与上年持平, a 政府性基金-funded class present in the
收支总表 but not in the 一般公共预算支出表.

First run (scored once, unchanged, on main at 23:28 UTC 2026-11-30 on engine commit a4c8c73, after the fixes of
checks_heldout35 to 41; the corpus was committed before anything ran on it), verbatim:

    a01_yiyang_jiaoyuju_2025: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a02_qixian_nongyenongcun_2024: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a03_liquan_weijianju_2026: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p2 表一上年收入总计5,784.00万元，不等于上年各项收入之和5,748.00万元，也不等于上年支出总计
    a04_fengxian_minzhengju_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a05_anxi_shuiliju_2023: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a06_yanling_shichangjianguan_2024: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p2 表一本年卫生健康支出153.80万元，各类之和与支出总计3,787.10万元不符，表二为143.80万元
    a07_zhangpu_wenlvju_2026: errors 0/1, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 收入比上年预算减少328.20万元，支出与上年年初预算比较却写减少215.30万元（该数为比预计执行数的减少额）
        missed warning: p1 目录列有表四政府采购预算表，文件中无此表
    a08_heshan_ziranziyuan_2025: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 比预计执行数4,553.00万元增加73.10万元，应增长1.61%，说明写1.58%
    a09_lingbi_tuiyijunren_2023: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a10_yuanshi_tongjiju_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t01_wuzhi_zhujianju_2025: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 收支总表上年城乡社区支出5,573.20万元，上年各类支出之和不等于上年支出总计6,816.00万元（应为5,753.20）
    t02_gushi_sifaju_2026: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 比上年预计执行数减少16.40万元，按执行数1,154.20万元计下降1.42%，说明写1.48%（以预算数为基数）
    t03_xinfeng_linyeju_2024: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 基本支出5,869,505.00元加项目支出14,150,000.00元不等于支出总计20,019,550.00元，后文基本支出为5,869,550.00元
    t04_boai_gongxinju_2023: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t05_shanyin_huanbaoju_2025: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    t06_pingyin_renshe_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t07_luchuan_jiaotongju_2024: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 上年年初预算在说明中写6,011.00万元，收支总表为6,111.00万元，减少额402.40万元按后者计算
    t08_dingxiang_yingjiju_2023: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 18/24 (recall 0.750); warnings found 8/11; false errors per document 0.000; false warnings per document 0.000

Issue 9's bars: recall 18/24 = 0.75 < 0.8 (MISSED): the 上年 columns of a 收支总表 (income and class rows against their
totals), a class in one table against another, a change of 支出 taken on a different prior than the change of 收入, a prior
printed differently in the words and the table, a 元 document's 基本 + 项目 against its total; false errors 0 (met); false
warnings 0 (met); missed warnings are rates computed on the 预计执行数 the sentence names and a 目录 table absent. Blindness:
the writer reports a grep that printed one docstring line of tests/parsing/test_checks_heldout.py; no engine or parser
code, no other corpus.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules16_43.py:
each year's column of a stacked 预算 收支总表 held to its 收入总计 and 支出总计, a 预算's 基本 + 项目 held to its 支出总计 (only a 决算's may add
结转下年), a prior printed inside this year's comparison held to this year's amount less the change, the changes of 收入 and
支出 on one basis held equal, a rate on the 预计执行数 its sentence states first, a 目录 run into one line naming its 附表 in
brackets). Run after the fixes of this session: errors found 24/24, warnings 11/11, false errors 0, false warnings 0.
These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout43"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
