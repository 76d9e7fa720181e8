"""Blind held-out corpus 34 for the check engine: 18 older county disclosures of 2018-2022 (内蒙古, 广西, 海南, 贵州,
云南, 陕西, 甘肃, 青海, 新疆; 部门 and 单位, 预算 and 决算; amounts in 万元, 元 or 千元), nine PDFs with four or five
附表 and nine plain-text statements, written without seeing the engine or the parser. The listings name 18 errors and
10 warnings in 13 documents; 5 documents are consistent but carry traps (a rate rounded to a whole percent, an empty
政府性基金 table with its note, 三公 items stated as 未安排, carryover and 政府性基金 beside 财政拨款). Every listed
problem was re-computed from the printed text (pdfplumber for the PDFs) before commit.

First run (scored once, unchanged, on main at 20:51 UTC 2026-11-30, the same engine that scored checks_heldout33 (commit
8abb19c); the corpus was committed before anything ran on it), verbatim:

    a01_wulateqianqi_nongmu_2018: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    a02_gongcheng_shuili_2019: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p5 表一支出项目“社会保障和就业支出”填为311,200.00元，各支出项目相加不等于支出合计6,647,880.00元；说明中该类为301,200.00元
    a03_lingshui_wenlv_2020: errors 1/2, warnings 0/0, false errors 1, false warnings 0
        missed error: p7 表三301工资福利支出合计列为735.64万元，与人员经费列717.80万元不符，三行合计也不等于930.70万元（改了一行未改合计）
        false error: TB-T3 p7: 基本支出表人员经费：人员经费780.22 与 303对个人和家庭的补助62.42，差717.8，超出取整容差0.01；两处披露不能同时成立，需人工复核
    a04_meitan_jiaoyu_2021: errors 0/2, warnings 1/1, false errors 3, false warnings 0
        missed error: p3 说明中公务接待费写为28.00千元（上年数），表四本年为22.00千元；各项之和也不等于三公合计58.00千元
        missed error: p5 表一收入合计88,465.20千元，与各收入来源之和及支出合计90,465.20千元不符
        false error: SG-SUM p3: 正文“三公”经费合计与分项之和：“三公”经费合计5.80 与 因公出国（境）费+公务用车购置费+公务用车运行维护费+公务接待费=0.00+0.00+3.60+2.80=6.40，差0.60，超出取整容差0.015；两处披露不能同时成立，需人工复核
        false error: SG-PT p3: 正文公务接待费2.80，表中公务接待费2.20，差0.60，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false error: SG-PRIOR p3: “三公”经费变动额与表中两年之差一致：公务接待费：正文公务接待费变动-0.6 与 正文本年+减表中上年=2.80+(-2.8)=0.00，差0.60，超出取整容差0.015；两处披露不能同时成立，需人工复核
    a05_jianchuan_ziranziyuan_2022: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a06_hengshan_weijian_2019: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    a07_linze_nongye_2018: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    a08_huzhu_minzheng_2020: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p3 机关运行经费写作“64.20元”，应为64.20万元（与公用经费64.20万元一致）
    a09_shufu_jiaotong_2022: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t01_horqin_youyi_zhongqi_linye_2019: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t02_longzhou_shangwu_2021: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t03_baoting_shichang_2020: errors 0/1, warnings 1/1, false errors 0, false warnings 1
        missed error: p1 按功能分类各项之和（社会保障和就业支出写为120.40万元）为1,582.82万元，不等于支出总计1,564.82万元
        false warning: IE-EXP-SUM p1: 功能分类之和1582.82，支出合计1564.82：部分大于整体，需人工复核
    t04_weining_huanbao_2018: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    t05_yuanmou_shuiwu_2021: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 一般公共预算拨款在第二部分为3,310.25万元，在第三部分写为3,130.25万元
    t06_fengxiang_sifa_2022: errors 0/1, warnings 0/2, false errors 1, false warnings 0
        missed error: p1 “三公”经费预算合计写为78.00千元，各项0.00+0.00+56.00+12.00=68.00千元
        missed warning: p1 收入比上年增加245.40千元，上年为8,812.00千元，增长约2.8%，文中写3.5%
        missed warning: p1 部门实有42人，但所列局机关30人、公证处10人合计40人
        false error: SG-SUM p1: 正文“三公”经费合计与分项之和：“三公”经费合计7.80 与 因公出国（境）费+公务用车购置费+公务用车运行维护费+公务接待费=0.00+0.00+5.60+1.20=6.80，差1.00，超出取整容差0.015；两处披露不能同时成立，需人工复核
    t07_jingyuan_tongji_2019: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t08_menyuan_xiangcun_2022: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t09_yining_renshe_2020: errors 1/1, warnings 1/2, false errors 0, false warnings 1
        missed warning: p1 “三公”经费说明未列公务用车购置费（既无金额也无未安排的说明）
        false warning: SG-ITEMS p1: “三公”经费7.00万元，说明未列出公务用车购置费（既无金额，也未说明为0或未安排）
    TOTAL errors found 10/18 (recall 0.556); warnings found 7/10; false errors per document 0.278; false warnings per document 0.111

Issue 9's bars: recall 10/18 = 0.56 < 0.8 (MISSED): two documents print every amount in 千元, which the engine reads as 万元
(five of the false errors and three misses); false errors 0.28 ≤ 1 per document (met); false warnings 0.11 ≤ 2 per
document (met). Blindness: the writer reported opening none of the forbidden files.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules15_34a.py:
千元 a unit wherever 元/万元/亿元 are, the change readers in 千元, headcount splits after 。其中, a 收支总体情况表 read as a 收支总表;
test_checks_rules15_34b.py: an older template's bare 支出合计, each row of a 基本支出表, 机关运行经费 in 元 against 公用经费, the bare
一般公共预算拨款 printed twice, a 决算's listed classes beyond its 支出总计). Run after the fixes of this session: errors found 18/18,
warnings 9/10, false errors 0, false warnings 0.06 per document (t09's SG-ITEMS names the 购置费 the text leaves out while
the listing's token names the item it prints). These figures measure fitting; the first run above remains the held-out
estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout34"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
