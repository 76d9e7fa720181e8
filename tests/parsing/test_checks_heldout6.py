"""Sixth blind held-out estimate of the check engine against hand-listed inconsistencies (issue 9).

tests/fixtures/checks_heldout6 holds 18 documents from 浙江, 江苏, 辽宁, 吉林, 山西 and 海南: 11 text/HTML statements
(s01…s11; the HTML laid out like saved portal pages, numbers broken across lines and tags) and 7 full PDFs with
附表 (d01…d07; d01's tables in 元 against 万元 prose, d03's tables with 年初预算数 and 决算数 side by side), rendered
by tests/fixtures/make_checks_heldout6_pdfs.py from checks_heldout6_model.py (every figure computed in Decimal, the
identities asserted) and checks_heldout6_docs.py (the settings and the planted problems). 5 are 决算, 4 单位. Beside
each, <name>.checks.json lists by hand 21 errors and 8 warnings in all; 6 documents are consistent on purpose.

The corpus was written by someone who read neither the check engine nor the earlier corpora, and committed before
anything ran on it. It was scored ONCE, unchanged, by test_checks_heldout.py's scorer, after the fixes made on
checks_heldout4 and checks_heldout5 had landed, so it measures those fixes on documents they never saw. First run,
verbatim:

    d01_chengmai_ecology_budget_yuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d02_tiantai_civil_affairs_budget: errors 2/2, warnings 0/0, false errors 2, false warnings 0
        false error: SG-PRIOR p4: “三公”经费变动额与表中两年之差一致：“三公”经费合计：正文“三公”经费合计变动0.7 与 表中本年+减表中上年=10.7+(-12)=-1.3，差2，超出取整容差0.015；两处披露不能同时成立，需人工复核
        false error: SG-PRIOR p4: “三公”经费变动额与表中两年之差一致：公务接待费：正文公务接待费变动1.5 与 表中本年+减表中上年=3.5+(-4)=-0.5，差2，超出取整容差0.015；两处披露不能同时成立，需人工复核
    d03_sihong_transport_final: errors 0/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p9 一般公共预算财政拨款支出决算表“决算数合计”列合计行为3,751.06万元，而各类之和为3,700.76万元（亦等于基本支出1,692.16万元＋项目支出2,008.60万元，与正文一致）
        missed error: p3 一般公共预算财政拨款支出决算3,700.76万元，年初预算3,783.00万元，完成率应为97.83%，文中写完成年初预算的93.78%
    d04_faku_forestry_center_unit_budget: errors 0/0, warnings 0/0, false errors 0, false warnings 8
        false warning: CP-TABLES p2: 第2页所列“1.收入支出预算总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“2.部门收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“3.部门支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“4.财政拨款收支预算总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“收入支出预算总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“部门收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“部门支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“财政拨款收支预算总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    d05_fusong_hrss_budget: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p3 正文按功能分类写卫生健康支出94.56万元、住房保障支出63.30万元，而部门支出总表中卫生健康支出为63.30万元、住房保障支出为94.56万元，两类金额互换
    d06_qinxian_statistics_final: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    d07_tunchang_veterans_budget: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    s01_anji_agriculture_budget: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s02_shuyang_housing_budget: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s03_kangping_land_service_unit_budget: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 基本支出称“比上年增加18.04万元”，但一般公共预算财政拨款比上年增加78.92万元、项目支出增加96.96万元，基本支出应为减少18.04万元（原因亦为人员退休），增减方向与数字矛盾
    s04_nongan_culture_final: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s05_pingyao_health_budget: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s06_qiongzhong_justice_unit_budget: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款基本支出在第四部分为533.62万元，在基本支出部分写为553.62万元；人员经费466.82万元与公用经费66.80万元之和为533.62万元
    s07_deqing_water_final: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s08_rudong_emergency_budget: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 绩效目标部分残留模板填报说明“（填报说明：此处请简要说明……字数控制在300字以内。）”
    s09_xiuyan_market_regulation_budget: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 “机关运行经费”小节（标题和段落）原样重复出现两次
    s10_lishu_agri_extension_unit_final: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s11_xiangyuan_audit_budget: errors 0/0, warnings 0/0, false errors 0, false warnings 0

Totals of the first run: errors found 16/21 (recall 0.762), warnings found 6/8, false errors 2 over 18 documents
(0.11 per document), false warnings 8 (0.44 per document; all eight are CP-TABLES on d04: each of four tables
its 目录 lists reported missing twice, with and without its number). Issue 9's bars: recall 0.762 < 0.8 (missed);
false errors 0.11 ≤ 1 and false warnings 0.44 ≤ 2 per document (met).

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules5_g1.py (tables) and test_checks_rules5_g2.py (words): a caption "附表N…" with the
number run into the title, and a 目录 read once (CP-TABLES, d04); SG-PRIOR against the prose's own 本年 when prose and
table disagree (d02); a "决算数合计" column read as the actual (d03); a completion rate whose actual is in the
sentence before (PR-RATE, d03); the prose's all-funds classes against the 支出总表 (PT-FUNC, d05); the changes of a
total's listed parts against the total's change, with the direction word (IE-CHG-BP, s03); 基本支出 = 人员经费 +
公用经费 in the words (IE-BP, s06); bracketed fill-in notes (FM-PLACEHOLDER, s08); a heading and its paragraph printed
twice (TB-DUP, s09); a fund's amount stated and then denied (PT-GF, heldout3 s09). Run after those fixes: errors
found 21/21, warnings 8/8, false errors 0 and false warnings 0 per document. These figures measure fitting; the first
run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout6"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
