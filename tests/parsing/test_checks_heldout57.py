"""Blind held-out corpus 57 for the check engine: 18 county 部门/单位 预算 (14) and 决算 (4) disclosures of 浙江, 福建,
广东, 江苏 and 山东 departments (司法局, 统计局, 档案馆, 供销合作社联合社, 残疾人联合会, 妇女联合会, 共青团委员会), years
2022-2027, as copied from government web pages: 12 .txt portal copies whose tables were scraped from HTML so that every
cell stands on its own line, with headings without numbers or numbered 一、/第一部分/1./(一)/(1), full-width digits
(3 documents), spaces before 万元 and inside 元 amounts, a line break inside an amount and inside a subject name, two
documents in traditional characters and one with the income total only in capital numerals (人民币…元整) in a heading;
and 6 PDFs (7 pages each) whose tables have merged header cells (其中, 公务用车购置及运行维护费) and 科目编码 split into
类/款/项 columns. 12 documents carry 23 planted errors: totals not equal to their parts (表二 项/款/类 hierarchy and rows,
表三 合计 row and 款 vs 类, 表四 三公 合计 and 车辆小计, income sources vs 收入合计, 支出 vs 基本+项目, 采购 parts), prose vs
table (三公 items, 基本支出, a function class), income ≠ expenditure, 机关运行经费 above 公用经费, 绩效 funds above 项目支出,
a wrong direction word on a change, and percentages off by ≥ 10 points; and 9 warnings (placeholders XX/××, template
prompts left in, a wrong year in a table title, a table listed in the 目录 but absent, an empty 政府性基金 table without a
note, one figure printed 0.01 apart). The 6 consistent documents carry traps: 上年结转/事业收入 making 全口径 项目支出 and
收入 exceed the 财政拨款 ones, 全口径 vs 一般公共预算 vs 财政拨款 (with 政府性基金) scopes, 决算 ≠ 年初预算 with the reason and a
correct completion percentage, zero 三公 items stated in words, 公务接待费 restated in 元, a 机关运行经费 out of scope for a
事业单位, a partial 其中 list of 人员经费, and 三公 figures rounded to one decimal in the prose.

First run (scored once, unchanged, on main at 08:19 UTC 2026-12-01 on engine commit d7687f1; the corpus was committed
before anything ran on it), verbatim:

    01_chunan_sifa_2024_yusuan: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款支出预算表中2040604基层司法业务合计列印为46.26万元，但同行基本支出0.00加项目支出40.26只有40.26万元；20406司法款317.85万元也是按40.26计算（按46.26则各项之和为323.85），该项合计数一位数字有误
    02_yongtai_tongji_2025_yusuan: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计450.85 与 一般公共服务支出+社会保障和就业支出+卫生健康支出+住房保障支出=340.83+46.32+18.09+23.16=428.40，差22.45，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false error: IE-EXP-SUM p3: 2025年单位收支预算总表支出方：支出总计450.85 与 一般公共预算支出+政府性基金预算支出=428.40+0.00=428.40，差22.45，超出取整容差0.01；两处披露不能同时成立，需人工复核
    03_boluo_dangan_2026_yusuan: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 一般公共預算財政撥款基本支出預算表中30102津貼補貼印爲37.80萬元，301工資福利支出119.15萬元是按31.80計算的（各款之和爲125.15），款與類不符
    04_shuyang_gongxiao_2023_juesuan: errors 0/0, warnings 0/0, false errors 2, false warnings 1
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计375.27 与 社会保障和就业支出+卫生健康支出+商业服务业等支出+住房保障支出=47.10+18.50+271.16+23.55=360.31，差14.96，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false error: D-001 p1: 附表2023年单位收支决算总表支出方：支出总计375.27 与 一般公共预算支出+政府性基金预算支出=360.31+0.00=360.31，差14.96，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: FM-YEAR p1: 第1页称“截至2022年12月31日”，而2023年度决算应以2023年12月31日为准，需人工复核
    05_yishui_canlian_2027_yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    06_songyang_fulian_2022_yusuan: errors 2/2, warnings 0/0, false errors 2, false warnings 0
        false error: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计347.48 与 一般公共服务支出+社会保障和就业支出+卫生健康支出+住房保障支出=257.52+41.67+16.46+20.83=336.48，差11.00，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false error: IE-EXP-SUM p3: 2022年单位收支预算总表支出方：支出总计347.48 与 一般公共预算支出+政府性基金预算支出=336.48+0.00=336.48，差11.00，超出取整容差0.01；两处披露不能同时成立，需人工复核
    07_pingnan_tuanwei_2026_yusuan: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计348.97 与 一般公共服务支出+社会保障和就业支出+卫生健康支出+住房保障支出=263.83+42.00+16.67+21.00=343.50，差5.47，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false error: IE-EXP-SUM p1: 附表2026年单位收支预算总表支出方：支出总计348.97 与 一般公共预算支出+政府性基金预算支出=343.50+0.00=343.50，差5.47，超出取整容差0.01；两处披露不能同时成立，需人工复核
    08_zijin_sifa_2023_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    09_fengxian_tongji_2027_yusuan: errors 2/2, warnings 1/1, false errors 1, false warnings 0
        false error: IE-EXP-SUM p3: 2027年单位收支预算总表支出方：支出总计268.34 与 一般公共预算支出+政府性基金预算支出=249.67+0.00=249.67，差18.67，超出取整容差0.01；两处披露不能同时成立，需人工复核
    10_juxian_dangan_2024_yusuan: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计357.25 与 一般公共服务支出+社会保障和就业支出+卫生健康支出+住房保障支出=259.14+41.28+15.87+20.64=336.93，差20.32，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false error: IE-EXP-SUM p1: 附表2024年单位收支预算总表支出方：支出总计357.25 与 一般公共预算支出+政府性基金预算支出=336.93+0.00=336.93，差20.32，超出取整容差0.01；两处披露不能同时成立，需人工复核
    11_jiashan_canlian_2025_juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 1
        false warning: FM-YEAR p2: 第2页称“截至2024年12月31日”，而2025年度决算应以2025年12月31日为准，需人工复核
    12_xiapu_fulian_2024_yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    13_xinxing_tuanwei_2022_juesuan: errors 0/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 “三公”经费决算3.54万元，表中预算数2.98万元，实际比预算增加0.56万元，说明却写“比预算减少0.56万元”，同句又称增长18.8%，公务接待费一句也写增加0.56万元
        missed error: p1 一般公共预算财政拨款决算297.08万元，年初预算267.12万元，决算数应为预算的111.2%，说明印为101.2%
    14_baoying_dangan_2026_yusuan: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计461.40 与 一般公共服务支出+社会保障和就业支出+卫生健康支出+住房保障支出=322.83+55.80+21.34+27.90=427.87，差33.53，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false error: IE-EXP-SUM p3: 2026年单位收支预算总表支出方：支出总计461.40 与 一般公共预算支出+政府性基金预算支出=427.87+0.00=427.87，差33.53，超出取整容差0.01；两处披露不能同时成立，需人工复核
    15_linqu_sifa_2025_yusuan: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 基本支出预算表合计行人员经费印为231.63万元，231.63+公用经费30.61=262.24≠合计261.97万元（301类与303类之和为231.36）
    16_longyou_tongji_2023_yusuan: errors 1/1, warnings 1/1, false errors 2, false warnings 0
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计347.47 与 一般公共服务支出+社会保障和就业支出+卫生健康支出+住房保障支出=272.65+29.62+11.56+14.81=328.64，差18.83，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false error: IE-EXP-SUM p1: 附表2023年单位收支预算总表支出方：支出总计347.47 与 一般公共预算支出+政府性基金预算支出=328.64+0.00=328.64，差18.83，超出取整容差0.01；两处披露不能同时成立，需人工复核
    17_zherong_gongxiao_2027_yusuan: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计403.02 与 社会保障和就业支出+卫生健康支出+商业服务业等支出+住房保障支出=45.96+17.97+268.13+22.98=355.04，差47.98，超出取整容差0.025；两处披露不能同时成立，需人工复核
    18_raoping_gongxiao_2022_yusuan: errors 2/2, warnings 0/0, false errors 2, false warnings 0
        false error: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计365.20 与 社会保障和就业支出+卫生健康支出+商业服务业等支出+住房保障支出=42.36+16.20+254.98+21.18=334.72，差30.48，超出取整容差0.025；两处披露不能同时成立，需人工复核
        false error: IE-EXP-SUM p3: 2022年单位收支预算总表支出方：支出总计365.20 与 一般公共预算支出+政府性基金预算支出=334.72+0.00=334.72，差30.48，超出取整容差0.01；两处披露不能同时成立，需人工复核
    TOTAL errors found 18/23 (recall 0.783); warnings found 9/9; false errors per document 1.000; false warnings per document 0.111

Issue 9's bars on that first run: recall 18/23 = 0.783 (missed); false errors 18 in 18 documents = 1.000 per document
(met, at the bar); false warnings 2 = 0.111 per document (met). The writer reports having opened the top of one
earlier corpus's listing (49) by mistake to see the JSON layout, and nothing of its content. Missed: a 项 合计 cell
against its 基本 + 项目 (01) and a 款 cell against its 类 (03, in 繁体) of statements pasted one cell per line, a 决算's 三公
change against its 预算数 with the wrong direction and a 完成率 (13), a 基本支出 table's 合计 row (15). False errors: the classes
listed under a “第三部分 一般公共预算财政拨款预算情况” heading, and the spending side of a 收支总表 that lists 一般公共预算/政府性基金 支出 above 基本/项目,
held to an all-funds 支出总计 that includes 上年结转 or 事业收入 (IE-EXP-SUM, D-001, 11 documents). False warnings: FM-YEAR on
“截至Y−1年12月31日” in a 决算 (04, 11).

NO LONGER HELD OUT: the engine and the parser were then fixed on these items by general causes, each with unit tests in
tests/parsing/test_checks_rules19_f57.py. A 目录 on a page that goes on into the text (a one-page portal copy) now ends
after the last of its entries printed again below it, never past the first sentence, so the parts after it are read
as parts (sections.contents_lines); a part headed 一般公共预算财政拨款预算情况/决算情况 sets that fund's scope for the classes it
lists, as 一般公共预算财政拨款支出预算情况 already did (IE-EXP-SUM); a 收支总表 spending side that lists 基本支出 and 项目支出
beside its fund rows is held to 基本 + 项目 (+ what is carried out), its fund rows being the appropriations' part of it
(IE-EXP-SUM, D-001); tables pasted one cell per line with a 科目编码 column, their 合计 row's code cell blank, and cells in
full-width figures are rebuilt into rows (text.rebuild_cell_lines), so TB-HIER, TB-ROW and TB-T3 read them (01, 03, 12,
15); a 决算's change “比预算减少…” named with no 年初 is read as one on its 年初预算 (PR-DIR, PR-PCT; 13), and a table's budget
is not held against a sentence that prints the actual rounded to fewer decimals; “实际使用…A万元” is an actual for a
completion rate (PR-RATE; 13); a template prompt “（请在此处简述…）” is a placeholder (05, found before only by a false
alarm on its page); a 决算's 财政拨款 split of 基本/项目 is left to the words' IE-BP, which ie_bp does not compare (a regression
the sections fix exposed in checks_heldout8 s07). Run after the fixes: errors found 23/23 (recall 1.000), warnings 9/9,
false errors 0, false warnings 2 (0.111 per document). Left: FM-YEAR on “截至Y−1年12月31日” in a 决算 (04, 11): CHECKS.md
allows 截至Y−1年12月, but the realdocs truth of 7709dd0f29 (a planted 截至2023 in a 2024 决算, tests/parsing/
test_checks_precision.py) and the listings of corpora 13 (s17), 14 (s06) and 18 (s06) call it a warning, as does
test_checks_rules4_f1; the catalogue and those truths disagree, and the engine keeps the warning until the lead decides.
These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout57"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
