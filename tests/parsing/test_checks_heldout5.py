"""checks_heldout5: a blind held-out corpus for the check engine (issue 9), and its first measurement.

The corpus (tests/fixtures/checks_heldout5, written by make_checks_heldout5_pdfs.py from the specs in
heldout5_docs.py) was written without reading the check engine, the parser or the other held-out corpora. It holds
18 county-level disclosures from 山东, 安徽, 云南, 黑龙江 and 内蒙古:

- 11 statements s01…s11: 8 plain-text (two hard-wrapped as copied from a web page, one with full-width digits and
  split thousands, one with every amount in 元) and 3 HTML pages carrying one or two tables;
- 7 full PDFs d01…d07 (cover, 目录, prose and 附表): two with landscape tables, one whose tables are in 元, one
  with 上年预算数/本年预算数 columns side by side (d02; s08 is its HTML counterpart), one with a 国有资本经营 table;
- 5 决算 (s03, s07, s10, d03, d06) and 13 预算; 部门 and 单位 scopes; 行政, 参公 and 事业 units.

The .checks.json beside each document lists 21 errors and 8 warnings by hand; 6 documents (s01, s04, s06, s10,
d01, d05) are consistent on purpose, with traps (rounding within tolerance, 全口径 vs 一般公共预算 scopes,
carry-over, a 事业单位 without 机关运行经费, zero 三公 in words, 持平, rates to one decimal, amounts in 元). No kind
of problem is listed more than three times.

First run (the corpus committed first as 40754ca, then scored once, unchanged), verbatim:

    d01_pingyi_natural_resources_budget: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d02_taihe_transport_budget_landscape: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p11 表5一般公共预算支出表合计行本年预算数1,719.34万元，而各类之和（及基本支出558.54＋项目支出1,232.80）为1,791.34万元，文中一般公共预算当年拨款亦为1,791.34万元
    d03_yongping_housing_final: errors 1/2, warnings 1/1, false errors 3, false warnings 0
        missed error: p6 表1收入支出决算总表：支出方本年支出合计1,486.93＋结余分配0.00＋年末结转和结余12.47＝1,499.40，不等于支出总计1,508.40（文中年末结转和结余为21.47）
        false error: SG-PT p4: 正文“三公”经费合计10.2，表中“三公”经费合计11，差0.8，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false error: SG-PT p4: 正文公务用车运行维护费7.84，表中公务用车运行维护费8，差0.16，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false error: SG-PT p4: 正文公务用车购置及运行维护费7.84，表中公务用车购置及运行维护费8，差0.16，超出取整容差0.01；两处披露不能同时成立，需人工复核
    d04_baoqing_culture_budget_yuan_tables: errors 0/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p4 文中住房公积金（项）写为28.64元，表5同一科目为286,400.00元（即28.64万元），单位写错，相差一万倍
        missed error: p9 表4财政拨款收支总表本年支出一般公共预算列为5,535,900.00元，而表5一般公共预算支出表合计及表4本年支出合计均为5,355,900.00元
    d05_arongqi_agriculture_budget_landscape: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d06_tancheng_statistics_final: errors 0/1, warnings 0/1, false errors 4, false warnings 0
        missed error: p12 表7决算数行：公务用车购置及运行维护费小计3.68万元，但公务用车购置费0.00＋运行维护费3.86＝3.86万元（合计4.48万元也按3.86计算）
        missed warning: p14 表8政府性基金预算财政拨款收入支出决算表连续印了两次，内容相同
        false error: SG-PT p4: 正文“三公”经费合计4.48，表中“三公”经费合计5，差0.52，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false error: SG-PT p4: 正文公务用车运行维护费3.86，表中公务用车运行维护费4，差0.14，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false error: SG-PT p4: 正文公务用车购置及运行维护费3.86，表中公务用车购置及运行维护费4，差0.14，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false error: SG-PT p4: 正文公务接待费0.62，表中公务接待费1，差0.38，超出取整容差0.01；两处披露不能同时成立，需人工复核
    d07_shucheng_medical_insurance_budget: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p5 实行绩效目标管理的一般公共预算当年财政拨款写为2,383.50万元，超过一般公共预算项目支出2,338.50万元
    s01_juxian_justice_budget: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s02_huoqiu_agriculture_budget: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 收入预算合计1,431.18万元，而所列来源一般公共预算拨款收入1,337.58万元、事业收入35.60万元、上年结转40.00万元合计1,413.18万元，两者相差18.00万元
    s03_midu_health_final: errors 0/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 支出总计2,200.50万元，但本年支出合计2,179.18万元加年末结转和结余12.32万元只有2,191.50万元；而收入方本年收入2,162.00万元加年初结转38.50万元正好等于2,200.50万元
        missed error: p1 一般公共预算财政拨款支出比上年增加154.53万元（上年2,012.65万元），增幅应为7.68%，文中写为9.76%
    s04_huanan_market_budget_yuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s05_tuoketuo_forestry_unit_budget: errors 1/1, warnings 2/2, false errors 0, false warnings 0
    s06_yishui_library_unit_budget: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s07_jingxian_emergency_final: errors 1/2, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款支出按功能分类各类之和（532.30＋61.85＋18.38＋32.24＝644.77）与总额635.77万元不符，灾害防治及应急管理支出应为523.30万元（各项之和）
        missed warning: p1 “三公”经费说明中公务用车一句保留了模板提示语“（此处填写增减变化原因，无变化的填写“无”）”，原因未填写
    s08_shiping_water_budget_twoyear: errors 0/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 表1中213农林水支出（类）本年预算数724.84万元，但其下21303水利（款）为742.84万元，且合计行与各项之和一致，类行数字有误
        missed error: p1 文中水利工程建设（项）写为286.40万元，表1同一科目2130305本年预算数为268.40万元
    s09_yian_civil_affairs_budget: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 一般公共预算当年拨款1,872.04万元，其中基本支出371.74万元、项目支出1,530.30万元，两项相加为1,902.04万元，与总额不符（按项目明细项目支出应为1,500.30万元）
    s10_dalate_hrss_final: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s11_feixi_finance_unit_budget: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 收入预算1,004.26万元比上年942.18万元增加62.08万元，增幅应为6.59%，文中写为10.59%

Totals of the first run: errors found 7/21 (recall 33 %), warnings found 6/8, false errors 7 over 18 documents
(0.39 per document; all seven are SG-PT in the two 决算 PDFs d03 and d06), false warnings 0 (0.00 per document).
Issue 9's bars are ≥ 80 % recall, ≤ 1 false error and ≤ 2 false warnings per document: recall misses its bar.

NO LONGER HELD OUT: the engine was then fixed on this corpus by general causes, each with unit tests in
tests/parsing/test_checks_rules4_f2.py (tables) and test_checks_rules4_f3.py (prose):
- the seven false SG-PT errors: a 三公 table with a 年初预算数 row over a 决算数 row was read by its first row; the
  actual row is read now, the budget row kept beside it (same year only);
- tables whose columns are two years side by side (上年预算数 | 本年预算数) are read by the later year (d02, s08);
  PT-ITEM reads an unquoted “…（项）X万元” (s08) and an amount in 元 against the table (FM-UNIT-10K, d04);
- new table rules: a 财政拨款收支总表 row against its fund columns (d04) and D-001, a 决算's 支出总计 = 本年支出合计 +
  结余分配 + 年末结转和结余, in its 收支总表 (d03) and in its words (s03); TB-DUP for a table printed twice (d06);
  PR-PERF against the 一般公共预算 项目支出 of the table (d07);
- in the words: a total whose listed sources fall short is an error unless the list says it is partial (s02);
  PR-PCT reads a change against the amount its sentence names as subject (s03, s11); IE-BP and IE-EXP-SUM read
  当年拨款 and a 决算's 功能分类 list (s09, s07); FM-PLACEHOLDER finds fill-in instructions left in (s07).
Run after those fixes: errors found 21/21, warnings 8/8, false errors 0 and false warnings 0 per document. These
figures measure fitting, not generalisation; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout5"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
