"""Blind held-out corpus 26 for the check engine: 18 Chongqing county disclosures written without seeing the engine or
the parser — 10 PDFs (预算, with cover, 目录, 情况说明 and the twelve-table 附表 set, empty tables with or without
their note) and 8 portal statements (5 .txt, 3 .html; 3 of them 决算), 部门 and 单位 documents of 万州, 涪陵, 綦江,
璧山, 开州, 梁平, 武隆, 城口, 丰都, 忠县, 云阳, 奉节, 巫山, 巫溪, 石柱, 秀山, 酉阳 and 彭水, 2023–2026. The listings
name 24 errors and 10 warnings in 13 documents; 5 documents are consistent but carry traps (财政拨款 vs 全口径 scopes,
上年结转 and 事业收入 only in 全口径, rates rounded to one decimal, zeros in words, 三公 items explained as not
arranged, empty tables with their note, 事业单位 outside 机关运行经费). Every listed problem was re-computed from the
printed text (pdfplumber for the PDFs) before commit, and every listed figure was checked to be printed on its page.

First run (scored once, unchanged, on main at 19:30 UTC 2026-11-30, the same engine that scored checks_heldout22 to 25;
the corpus was committed before anything ran on it), verbatim:

    h26_01_wanzhou_nongye_2025: errors 2/2, warnings 0/1, false errors 1, false warnings 0
        missed warning: p3 三个单位实有人数45人、33人、21人合计99人，而全部门实有人数写为101人
        false error: TB-TOTAL p6: 表二重庆市万州区农业农村委员会部门收入总表合计列：合计行合计3291.95 与 210卫生健康支出+213农林水支出+221住房保障支出=179.23+2985.33+42.43=3206.99，差84.96，超出取整容差0.02；两处披露不能同时成立，需人工复核
    h26_02_fuling_kaoshi_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h26_03_qijiang_chengguan_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    h26_04_bishan_danganguan_2023: errors 0/1, warnings 2/2, false errors 0, false warnings 0
        missed error: p14 政府采购预算明细表合计112.00万元（一般公共预算拨款列112.00万元），而货物42.00万元＋工程0.00万元＋服务65.00万元＝107.00万元；说明中政府采购预算为107.00万元
    h26_05_kaizhou_shuili_2025: errors 2/2, warnings 1/1, false errors 1, false warnings 0
        false error: TB-TOTAL p6: 表二重庆市开州区水利局部门收入总表合计列：合计行合计2769.43 与 210卫生健康支出+213农林水支出+221住房保障支出=46.38+2657.99+21.38=2725.75，差43.68，超出取整容差0.02；两处披露不能同时成立，需人工复核
    h26_06_liangping_tushuguan_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h26_07_wulong_wenlv_2024: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    h26_08_chengkou_yingji_2025: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: TB-TOTAL p6: 表二重庆市城口县应急管理局单位收入总表合计列：合计行合计959.22 与 208社会保障和就业支出+210卫生健康支出+221住房保障支出=23.41+23.64+12.06=59.11，差900.11，超出取整容差0.02；两处披露不能同时成立，需人工复核
    h26_09_fengdu_jiaotong_2023: errors 2/2, warnings 1/1, false errors 1, false warnings 0
        false error: TB-TOTAL p6: 表二重庆市丰都县交通运输委员会部门收入总表合计列：合计行合计2567.93 与 210卫生健康支出+214交通运输支出+221住房保障支出=64.41+2399.54+34.42=2498.37，差69.56，超出取整容差0.02；两处披露不能同时成立，需人工复核
    h26_10_zhongxian_shichang_2026: errors 2/2, warnings 0/1, false errors 1, false warnings 0
        missed warning: p3 “三公”经费预算同一段内先写32.50万元，后写“预算总额32.51万元”，同一数字两处不一致
        false error: TB-TOTAL p6: 表二重庆市忠县市场监督管理局部门收入总表合计列：合计行合计2020.55 与 208社会保障和就业支出+210卫生健康支出+221住房保障支出=109.14+149.60+54.96=313.70，差1706.85，超出取整容差0.02；两处披露不能同时成立，需人工复核
    h26_11_yunyang_tuiyi_2025: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 收入预算总额324.50万元，而一般公共预算拨款308.90万元＋其他收入18.60万元＝327.50万元
    h26_12_fengjie_linye_2023: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h26_13_wushan_minzheng_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h26_14_wuxi_jikong_2026: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h26_15_shizhu_shengtai_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h26_16_xiushan_chaye_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h26_17_youyang_weijian_2023: errors 2/3, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 支出预算比上年增加191.99万元，而基本支出减少8.01万元、项目支出增加205.00万元，合计增加196.99万元
    h26_18_pengshui_sifa_2025: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 说明给出机关运行经费支出73.46万元，同一段又称本部门及所属公证处均不在机关运行经费统计范围之内，两者矛盾
    TOTAL errors found 20/24 (recall 0.833); warnings found 8/10; false errors per document 0.278; false warnings per document 0.000

Issue 9's bars: recall 20/24 = 0.83 (met); false errors 0.28 ≤ 1 per document (met): all five are TB-TOTAL on a 收入总表's
合计 column summed over only some of its class rows; false warnings 0 ≤ 2 per document (met). Blindness: the writer listed
tests/fixtures (file names only) and opened none of the forbidden files.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules14_26.py:
wrapped class rows rejoined for TB-TOTAL, income lists after 按来源分, 基本/项目 split by nature, the procurement table's sum,
member headcounts one clause each, PR-REPEAT under the fund's name). Run after the fixes of this session: errors found
23/24, warnings 10/10, false errors 0, false warnings 0. These figures measure fitting; the first run above remains the
held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout26"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
