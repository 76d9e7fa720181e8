"""Seventh blind held-out estimate of the check engine against hand-listed inconsistencies (issue 9).

tests/fixtures/checks_heldout7 holds 18 documents from 四川, 重庆 (綦江, 武隆, 秀山, 城口), 湖南, 广东, 宁夏, 青海 and 新疆:
11 text/HTML statements (s01…s11; three written like copied web pages: numbers split across lines, "1, 212.25", a
table pasted into the text, a table in 元) and 7 full PDFs with 附表 (d01…d07; d03, d05 and d06 print 年初预算数 and
决算数 side by side, d04's tables are in 元), rendered by tests/fixtures/make_checks_heldout7_pdfs.py. 6 are 决算, 3
单位. Beside each, <name>.checks.json lists by hand 20 errors and 8 warnings in all; 6 documents are consistent on
purpose. Each document's prose was written by hand, in its own voice.

Written by someone who read neither the check engine nor the earlier corpora, committed before anything ran on it,
and scored ONCE, unchanged, after the fixes made on checks_heldout6 had landed. First run, verbatim:

    d01_cangxi_jiaotong_2025yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    d02_xiushan_chengguan_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-TABLES p2: 第2页所列“算支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    d03_qidong_zhujian_2023juesuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    d04_zijin_shichang_2025yusuan_yuan: errors 1/2, warnings 0/0, false errors 3, false warnings 0
        missed error: p7 “三公”经费支出表2025年合计560,000.00元，而因公出国（境）费0、公务用车购置及运行维护费480,000.00元、公务接待费60,000.00元之和为540,000.00元；说明中三公经费为54.00万元
        false error: TB-T4 p7: “三公”经费表本年“三公”经费合计与分项之和：“三公”经费合计56 与 因公出国（境）费+公务用车购置及运行维护费+公务接待费=0+48+6=54，差2，超出取整容差0.0000015；两处披露不能同时成立，需人工复核
        false error: SG-PT p3: 正文“三公”经费合计54，表中“三公”经费合计56，差2，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false error: PT-MAP p3: 正文项目支出465，表三部门支出预算总表项目支出505，差40，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
    d05_tongxin_renshe_2024juesuan: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: PT-MAP p3: 正文支出合计1429.9，表一收入支出决算总表支出合计1382.18，差47.72，超出取整容差0.01；两处披露不能同时成立，需人工复核
    d06_hutubi_shebao_2024danweijuesuan: errors 1/1, warnings 1/1, false errors 1, false warnings 0
        false error: PT-MAP p3: 正文支出合计466.2，第四部分附件(决算公开表)表1收入支出决算总表支出合计454.46，差11.74，超出取整容差0.01；两处披露不能同时成立，需人工复核
    d07_chengkou_tongji_2026yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 1
        false warning: CP-TABLES p2: 第2页所列“预算支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    s01_nanbu_sifa_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s02_yingshan_jiaoyu_2024yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s03_qijiang_nongye_2025yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s04_taojiang_tuiyi_2024juesuan: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: PR-RATE p1: 第1页决算3.50万元/预算4.20万元=83.33%，而文中称完成75.0%；两处披露不能同时成立，需人工复核
    s05_yanling_weijian_2023juesuan: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款支出决算7,802.44万元、年初预算7,100.00万元，完成率应约为109.9%，文中写101.9%
    s06_xinxing_wenlv_2025yusuan: errors 1/2, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款1,984.36万元比上年1,860.00万元增加124.36万元，增幅约6.7%，文中写增长12.4%
        missed warning: p1 2025年预算中公务接待费的比较年份写作“比2022年”，应为上年（2024年），年份不属于本文档
    s07_pengyang_shuiwu_2024yusuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 政府采购预算总额在第六项写842.00万元（与货物、工程、服务之和一致），在绩效目标段又写全年安排政府采购824.00万元，两处不一致
    s08_wulong_danganguan_2025danweiyusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s09_huzhu_minzheng_2025danweiyusuan: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 “三公”经费合计比上年减少1.60万元，但各分项变动之和为减少0.80万元（运行维护费减少1.20万元、接待费增加0.40万元、出国费和购置费无变化）
    s10_yanqi_linye_2023juesuan: errors 0/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款项目支出为1,682.40万元，且称其全部开展绩效自评，但自评涉及资金写为1,862.40万元，大于项目支出
        missed error: p1 实有车辆9辆，但一般公务用车2辆、执法执勤用车5辆、特种专业技术用车4辆合计11辆，分项大于总数
    s11_lianshan_fulian_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0

Totals of the first run: errors found 13/20 (recall 0.650), warnings found 7/8, false errors 6 over 18 documents
(0.33 per document), false warnings 2 (0.11 per document). Issue 9's bars: recall 0.650 < 0.8 (missed); false
errors 0.33 ≤ 1 and false warnings 0.11 ≤ 2 per document (met).

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules5_k1.py (tables, false alarms) and test_checks_rules5_k2.py (words): a 目录 title
broken over two lines is joined (CP-TABLES, d02, d07); an amount printed in 元 is quoted as printed beside its 万元
value (d04); a split in a paragraph headed 一般公共预算/财政拨款 takes that fund scope (PT-MAP, d04); a prose 总计 is
paired only with a table's 总计 (PT-MAP, d05, d06); PR-RATE reads 决算支出 as the actual and skips last year's 决算
(s04), and takes the sentence's one spending amount as the actual (s05); PR-PCT reads "比2024年的X万元" (s06); FM-YEAR
a change stated against a year that is not the one before (s06); PR-REPEAT compares 政府采购 totals (s07); SG-CHG
reads an unchanged zero item when every other item states its change (s09); PR-VEH-SUM reads a count after a
bracketed note (s10); PR-PERF compares 绩效自评 funds with the 一般公共预算 项目支出 (s10). Run after those fixes: errors
found 20/20, warnings 8/8, false errors 0 and false warnings 0 per document. These figures measure fitting; the first
run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout7"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
