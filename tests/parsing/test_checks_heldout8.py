"""Eighth blind held-out estimate of the check engine against hand-listed inconsistencies (issue 9).

tests/fixtures/checks_heldout8 holds 18 documents from 河北, 天津, 上海, 北京, 西藏 and 贵州: 11 text/HTML statements
(s01…s11; s04 and s09 copied from web pages with numbers split by line breaks and spaces) and 7 full PDFs with 附表
(d01…d07; the 决算 PDFs print 年初预算数 beside 决算数, d03 and d07 have tables in 元), rendered by
tests/fixtures/make_checks_heldout8_pdfs.py. 6 are 决算, 3 单位. Beside each, <name>.checks.json lists by hand 19
errors and 8 warnings in all; 7 documents are consistent on purpose.

Written by someone who read neither the check engine nor the earlier corpora, committed before anything ran on it,
and scored ONCE, unchanged, after the fixes made on checks_heldout7 had landed. First run, verbatim:

    d01_weichang_linyeju_yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    d02_wuqing_zhujianwei_juesuan: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p3 一般公共预算财政拨款支出决算4,954.68万元低于年初预算5,387.00万元，文中却写“决算数比年初预算增加432.32万元”，且原因是资金结转未支付
    d03_qingpu_qingxizhongxue_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d04_pinggu_chengguanwei_yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    d05_dingri_nongyenongcunju_juesuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    d06_puding_weijianju_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d07_weixian_yingjiju_juesuan: errors 0/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p11 正文称一般公共预算财政拨款支出1,041.46万元，表三、表四为10,424,600.00元（1,042.46万元），正文所列四类支出之和也是1,042.46万元
        missed error: p7 表四合计行决算数合计10,524,600.00元，但各类之和及基本支出6,259,600.00与项目支出4,165,000.00之和均为10,424,600.00元
    s01_fucheng_jiaoyuju_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s02_ninghe_nongyenongcunwei_yusuan: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 一般公共预算拨款支出8,435.40万元低于上年8,612.70万元，实际减少177.30万元，文中却写“增加177.30万元”
    s03_jinshan_jikongzhongxin_juesuan: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: IE-INC-SUM p1: 收入合计与所列各项收入之和：收入合计5218.64 与 财政拨款收入+事业收入+年初结转和结余=4986.2+232.44+145.3=5363.94，差145.3，超出取整容差0.02；两处披露不能同时成立，需人工复核
    s04_yanqing_sifaju_yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s05_dangxiong_ziranziyuanju_yusuan: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 2023年预算说明的小标题写成“2021年一般公共预算拨款支出预算情况”，年份不符
    s06_meitan_chayezhongxin_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s07_yuxian_minzhengju_juesuan: errors 0/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 财政拨款支出决算6,870.45万元，年初预算7,020.00万元，差额应为149.55万元，文中写“比年初预算减少194.55万元”
        missed error: p1 基本支出在总体情况中为1,208.35万元，在财政拨款支出部分写为1,280.35万元，同一数字前后不一致（1,280.35+5,662.10也不等于6,870.45）
    s08_jizhou_wenlvju_yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s09_fengxian_shichangjianguanju_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s10_leishan_jiaotongju_juesuan: errors 2/2, warnings 0/0, false errors 1, false warnings 0
        false error: IE-INC-SUM p1: 收入合计与所列各项收入之和：收入合计9426.38 与 财政拨款收入+其他收入+年初结转和结余=8926.38+500+1203.6=10629.98，差1203.6，超出取整容差0.02；两处披露不能同时成立，需人工复核
    s11_miyun_shuiwuju_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: PR-PROC-BOUND p1: 政府采购预算总额940万元，其中一般公共预算拨款640.00万元，其余300.00万元，而收入中一般公共预算拨款以外仅150.0万元：采购资金来源无法成立，需人工复核

Totals of the first run: errors found 13/19 (recall 0.684), warnings found 7/8, false errors 2 over 18 documents
(0.11 per document: IE-INC-SUM adds 年初结转和结余 to a 决算's 本年收入), false warnings 1 (0.06 per document). Issue
9's bars: recall 0.684 < 0.8 (missed); false errors 0.11 ≤ 1 and false warnings 0.06 ≤ 2 per document (met).

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules5_m1.py and test_checks_rules5_m2.py: a year's own income (本年, or a 决算's 收入合计)
no longer counts carry-over among its parts (IE-INC-SUM, s03, s10); PR-PROC-BOUND sets a fund's income aside only
when the fund's own procurement is stated (s11); a group header joined to its column by a dot names the column
(d07's 表四); a class list that opens its own sentence is read against the spending the sentence before opens on
(IE-EXP-SUM, d07); a 决算's gap to its 年初预算 takes the sentence's own spending, else the sentence before's, as the
actual (d02, s07); PR-PCT/PR-REPEAT read “比上年的X万元” (s02); FM-YEAR quotes a heading only (s05); a named
spending's 基本/项目 split is read against its own amount (IE-BP, s07). Run after those fixes: errors found 19/19,
warnings 8/8, false errors 0 and false warnings 0 per document. These figures measure fitting; the first run above
remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout8"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
