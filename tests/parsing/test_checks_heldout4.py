"""checks_heldout4: a blind held-out corpus for the check engine (issue 9), and its first measured run.

The corpus (tests/fixtures/checks_heldout4) was written without reading the check engine or the parser: 18 disclosures
of county-level units in 河南, 湖北, 江西, 福建 and 广西, each beside a <name>.checks.json listing its inconsistencies by
hand. 11 are text or web-page statements (s01…s11: 7 .txt and 4 .html pages, each page with an HTML table: 三公 in s02,
功能分类 lines in s05, s07 and s10) and 7 are full PDFs (d01…d07: cover, 目录, prose and 附表, rendered by
tests/fixtures/make_checks_heldout4_pdfs.py). Four are 决算 (s03, s07, s09, d05) and three are 单位 documents (s04, s09,
d06). Seven are consistent on purpose (s01, s04, s07, s11, d01, d04, d06), with traps: 全口径 vs 一般公共预算 class
figures, 上年结转 in the 收支总表, a 事业单位 with no 机关运行经费, zero 三公 stated in words, changes stated as 持平,
shares that add to 99.9 %, one-decimal 三公 prose, tables in 元 against prose in rounded 万元. The other eleven list 20
errors and 10 warnings in all (no kind of problem more than three times).

First run of the scorer, after the corpus was committed (44ac618) and before anything else, verbatim:

    d01_zhushan_natres_ok: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: IE-EXP-SUM p3: 支出合计与功能分类之和：支出合计2819.94 与 自然资源海洋气象等支出+社会保障和就业支出+卫生健康支出+住房保障支出=1272.26+143.68+55.1+84.9=1555.94，差1264，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false error: IE-BAL p6: 表1竹山县自然资源和规划局2025年部门收支总表收入与支出总计：表1竹山县自然资源和规划局2025年部门收支总表收入总计2755.94 与 表1竹山县自然资源和规划局2025年部门收支总表支出总计2819.94，差64，超出取整容差0.01；两处披露不能同时成立，需人工复核
    d02_xiushui_stats_total_toc: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    d03_liancheng_transport_sgrow_opc_empty: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    d04_cenxi_veterans_yuan_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d05_guangshan_cityadmin_final_total_row_dup: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p7 支出决算表2120501城乡社区环境卫生行本年支出合计为1,254.80万元，而基本支出0.00万元加项目支出1,245.80万元为1,245.80万元，与其上级款、类行也不相加
    d06_baokang_archives_unit_ok: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: IE-BAL p6: 表1保康县档案馆2025年单位收支总表收入与支出总计：表1保康县档案馆2025年单位收支总表收入总计166.32 与 表1保康县档案馆2025年单位收支总表支出总计172.82，差6.5，超出取整容差0.01；两处披露不能同时成立，需人工复核
    d07_changting_emergency_balance_prior_placeholder: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    s01_xihua_agri_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s02_zigui_culture_sangong_table_xx: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s03_shangyou_hrss_final_rate_dir: errors 1/2, warnings 0/0, false errors 0, false warnings 1
        missed error: p1 公务用车运行维护费决算8.45万元低于年初预算9.60万元，文中却称决算数比年初预算数“增加”1.15万元
        false warning: PR-PCT p1: 本年2131.42万元、变动增加182.40万元，推算上年1949.02万元，变动率应约为9.36%，而文中为9.3%；两处披露不能同时成立，需人工复核
    s04_yongtai_library_unit_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s05_rongshui_ethnic_class_change: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 收支总体情况中社会保障和就业支出写为45.60万元，各类合计不等于支出预算612.84万元；表中该类为54.60万元
    s06_xichuan_market_bp_year_template: errors 1/1, warnings 0/2, false errors 0, false warnings 0
        missed warning: p1 2024年预算的国有资产占用情况写“截至2021年12月31日”，年份不属于本预算年度
        missed warning: p1 预算绩效目标一节残留编制模板的填写说明“（请根据本部门实际情况填写……）”
    s07_tongshan_health_final_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s08_anyuan_water_proc_perf_head: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 实有在职人员54人，而局机关19人、工程管理站22人、水土保持站12人合计53人
    s09_pingnan_cdc_unit_final_sangong_gap: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 住房公积金年初预算50.00万元、决算58.00万元，文中称决算数比年初预算数增加6.00万元，实际差额为8.00万元
    s10_jingxi_edu_table_class_unit_name: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 正文把科目2050202写作“初中教育（项）”，表中该科目为“小学教育”
    s11_shangcheng_justice_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0

Totals of that run: errors found 16/20 (recall 80 %), warnings found 6/10, false errors 3 in 18 documents (0.17 per
document), false warnings 1 (0.06 per document). All three bars of issue 9 are met, recall exactly at its 80 %
floor, so the bar test below is not marked xfail. By kind:
- missed errors: a direction word against the numbers (s03, “增加” for a 决算 below its 预算), a 功能分类 class in the
  收支 prose that does not add to the total (s05), a stated 决算−预算 gap with the wrong amount (s09), a table row whose
  合计 ≠ 基本 + 项目 in a 决算 支出决算表 (d05);
- missed warnings: a year that does not belong (s06), a template instruction left in (s06), headcount parts ≠ total
  (s08), a 科目 name in the prose that differs from the table for the same code (s10);
- false errors: IE-BAL reads 本年收入合计 as the 收入总计 of a 收支总表 with 上年结转 (d01, d06); IE-EXP-SUM adds the
  一般公共预算 class figures of section 三 against the 全口径 支出合计 (d01);
- false warning: PR-PCT pairs the income change with the expenditure total (s03).

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules4_f1.py: a 预算 收支总表 with 收入总计/支出总计 rows is read by those rows (not 本年收入合计);
功能分类 classes take the funds of the last spending total stated before them; a change clause that names its subject
is read against that subject's amount; PR-REPEAT reads “决算数比年初预算数增加/减少D” against both amounts; IE-EXP-SUM
reads a class list in the words; TB-ROW knows 本年支出合计 as the total column; FM-YEAR reads a year-end date that is
not the year before the budget; FM-PLACEHOLDER reads bracketed instructions; PR-HEAD-SUM a headcount split by member
unit confirmed by a second split; PT-NAME a 科目 named in the words against the table's name for its code. Run after
those fixes (with checks_heldout5's fixes merged): errors found 20/20, warnings 9/10 (still missed: d05's section
printed twice), false errors 0 and false warnings 0 per document. These figures measure fitting; the first run above
remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout4"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
