"""Tenth blind held-out estimate of the check engine against hand-listed inconsistencies (issue 9).

tests/fixtures/checks_heldout10 holds 18 documents of offices no earlier corpus used (审计局, 统计局, 信访局, 工商联,
乡村振兴局, 地震局, 侨联, 粮食和物资储备, 团委, 人武部) in 辽宁, 吉林, 黑龙江, 山西, 陕西 and 甘肃: 11 text/HTML
statements (s01…s11; numbers broken across lines or with spaces, every amount in 元 in s03, tables pasted into the
text, s08 numbered 第一部分…第五部分 with its tables listed in an annex) and 7 full PDFs with 附表 (d01…d07; d01's
function table runs across two pages with its header repeated, d02 prints 年初预算 beside 决算, d03's tables are in
元), rendered by tests/fixtures/make_checks_heldout10_pdfs.py. 5 are 决算, 2 单位. Beside each, <name>.checks.json
lists by hand 17 errors and 9 warnings in all; 6 documents are consistent on purpose.

Written by someone who read neither the check engine nor the earlier corpora (nor the real documents), committed
before anything ran on it, and scored ONCE, unchanged, after the fixes made on checks_heldout9 had landed (the last
of this session's five rounds). First run, verbatim:

    d01_shandan_tongjiju_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d02_xunyi_xinfangju_2024juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    d03_antu_dizhenju_2025yusuan_yuan: errors 1/1, warnings 1/1, false errors 2, false warnings 0
        false error: IE-EXP-SUM p4: 支出合计与功能分类之和：一般公共预算财政拨款支出102.46（1,024,600.00元） 与 灾害防治及应急管理支出+社会保障和就业支出+卫生健康支出+住房保障支出=86.24+10.128+2.932+4.16=103.46，差1，超出取整容差0.0110005；两处披露不能同时成立，需人工复核
        false error: TB-HIER p5: 表五一般公共预算支出表224灾害防治及应急管理支出与其下级科目之和：224灾害防治及应急管理支出86.24 与 22406地震事务85.24，差1，超出取整容差0.01；两处披露不能同时成立，需人工复核
    d04_suibin_shenjiju_2024juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-TABLES p2: 第2页所列“名词解释附件:部门决算公开表(表1至表9)”在文件中未找到；表格可能缺失或另行公开，需人工复核
    d05_wuxiang_liangchuzhongxin_2025danweiyusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    d06_huanxian_xiangcunzhenxing_2025yusuan: errors 0/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p3 说明中农林水支出为2,389.46万元，而表五及各总表为2,398.46万元，其所列三项338.46、1,500.00、560.00万元合计也是2,398.46万元
        missed error: p6 表六301工资福利支出364.50万元，其下各款合计354.50万元；与303相加也不等于人员经费370.10万元
    d07_jianchang_xinfangju_2025yusuan: errors 0/1, warnings 0/0, false errors 0, false warnings 0
        missed error: p4 表2部门收入总表合计印为421.80万元，而四类合计412.80万元，表1、表3及说明中的收入总额也都是412.80万元
    s01_kangping_shenjiju_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s02_wangqing_tongjiju_2024juesuan: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 2024年度决算说明的第二部分标题写成“2022年度部门决算情况说明”，年份不符
    s03_huanan_xinfangju_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s04_zuoquan_gongshanglian_2025yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s05_luonan_xiangcunzhenxing_2025yusuan: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 21305款1,246.80万元，但其下三项286.40、720.00、230.40万元合计1,236.80万元，差10.00万元
    s06_linze_dizhenjiance_2024juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s07_xiuyan_qiaolian_2025yusuan: errors 0/1, warnings 2/2, false errors 0, false warnings 0
        missed error: p1 一般公共预算支出前文为103.60万元，第（四）部分写106.30万元，且其下各类合计103.60万元，同一数字前后不一
    s08_lishu_liangshiwuzi_2024juesuan: errors 1/2, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 收入总计1,127.74万元与支出总计1,117.74万元不相等，决算收支总表应平衡
        missed warning: p1 科目2080505应为机关事业单位基本养老保险缴费支出，说明写成职业年金缴费支出，与2080506重名
    s09_baoqing_tuanwei_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s10_qinyuan_renwubu_2025yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s11_faku_tuanwei_2024juesuan: errors 0/1, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 收入合计92.48万元，但财政拨款收入88.48万元与其他收入3.00万元合计91.48万元，相差1.00万元

Totals of the first run: errors found 10/17 (recall 0.588), warnings found 7/9, false errors 2 over 18 documents
(0.11 per document; both on d03: its planted 类 cell, reported in 万元 while the listing gives 元, and that
cell's knock-on on the class sum), false warnings 1
(0.06 per document). Issue 9's bars: recall 0.588 < 0.8 (missed); false errors 0.11 ≤ 1 and false warnings 0.06 ≤ 2
per document (met).

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules5_o1.py (tables) and test_checks_rules5_o2.py (words): a 目录 entry pointing at a range
of tables is a set, not a title (CP-TABLES, d04); table cells printed in 元 are quoted as printed (TB-HIER,
IE-EXP-SUM, PT-FUNC, d03); a table printed by 类 rows with a 合计 row is summed (TB-TOTAL, d07); a caption numbered
like a heading over its 单位 line opens a table, and classes after a “(二)一般公共预算支出” sub-heading are that fund's
(d06); a coded listing pasted into the words is read (TB-HIER per parent, IE-EXP-SUM, s05, s07); IE-INC-SUM reads a
其中 list after a change on last year (s11); 收入总计 and 支出总计 printed in the words balance (IE-BAL, s08);
FM-CODE-NAME reads a code named in the words (s08); FM-YEAR a numbered part's heading (s02). Run after those fixes:
errors found 17/17, warnings 9/9, false errors 0 and false warnings 0 per document. These figures measure fitting;
the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout10"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
