"""Blind held-out corpus 50 for the check engine: 18 county 部门决算 disclosures (2023-2025 决算) of 广东 (梅县区
自然资源局, 英德市交通运输局, 紫金县人社局), 广西 (阳朔县农业农村局, 博白县民政局, 田东县统计局), 福建 (尤溪县教育局,
平和县司法局, 浦城县退役军人事务局), 云南 (陆良县卫健局, 宾川县林草局, 弥勒市应急管理局), 贵州 (湄潭县水务局, 台江县
文体广电旅游局, 思南县商务局) and 四川 (营山县市场监管局, 江安县住建局, 渠县经信局). Nine are PDFs (cover, 目录, 部门概况,
情况说明 一至十, 名词解释, then 公开01-09表 one per page: 收入支出决算总表, 收入决算表, 支出决算表, 财政拨款收入支出决算总表,
一般公共预算财政拨款支出决算表 with 年初预算/调整预算/决算 columns, 基本支出决算表 with 人员经费/公用经费, “三公”经费表 with
预算数/决算数 rows, 政府性基金 and 国有资本经营 tables, empty ones with their note); nine are portal .txt statements, six of
them with some 公开表 pasted as tab-separated rows. Twelve documents carry planted slips, 16 errors and 8 warnings in all:
a 05表 row total typo, a 03表 基本支出 typo, a 05表 款 subtotal not updated, a 04表 class typo against 05表, a 三公 table
row changed without its total, prose vs table mismatches (人员经费, 公务用车运行维护费, a stale 年末结转和结余), a prose 三公
total that is not the sum of its items, 采购 total ≠ 货物+工程+服务, 基本+项目 ≠ 本年支出合计, 绩效 amount above the
一般公共预算 项目支出, wrong percentages (三公 decline, a class share, 绩效 share, a 收入 share), a vehicle total below its
parts, a direction word clashing with its percentage, a figure printed twice 0.01 apart, an "XX" placeholder and a
template instruction left in, a table listed in the 目录 but absent, an empty 政府性基金 table without its note, and a
wrong year in one table header. The six consistent documents carry traps: 事业收入 and 其他收入 beside 财政拨款, 年初结转
included in 收入总计 only, 政府性基金 far larger than 一般公共预算 (财政拨款 ≠ 一般公共预算), 完成年初预算 far from 100 %,
class shares summing to 100.1 % with a stated 尾差, a pasted 收入支出决算总表 in 元 beside prose in 万元, unchanged
三公 items (与上年持平), all-zero 三公 with no vehicle, 机关运行经费 below 公用经费 because a member 事业单位 is excluded,
and fewer 财政拨款 vehicles than vehicles in all (one awaiting disposal).

First run (scored once, unchanged, on main at 03:51 UTC 2026-12-01 on engine commit b747b19 (the engine of f663d30,
unchanged since last session); the corpus was committed before anything ran on it), verbatim:

    fj_pinghe_sfj_2023: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    fj_pucheng_tyjr_2023: errors 2/2, warnings 0/0, false errors 1, false warnings 2
        false error: TB-HIER p10: 一般公共预算财政拨款支出决算表208社会保障和就业支出与其下级科目之和：208社会保障和就业支出1000.75 与 20828退役军人管理事务396.1，差604.65，超出取整容差0.055；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p10: 支出合计与功能分类之和：表中合计1032.25 与 社会保障和就业支出1000.75，差31.50，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p10: 一般公共预算财政拨款支出决算表合计与类级科目之和：合计1032.25 与 208社会保障和就业支出1000.75，差31.50，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    fj_youxi_jyj_2024: errors 0/0, warnings 0/0, false errors 1, false warnings 2
        false error: TB-HIER p10: 一般公共预算财政拨款支出决算表205教育支出与其下级科目之和：205教育支出6443.31 与 20501教育管理事务716.8，差5726.51，超出取整容差0.055；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p10: 支出合计与功能分类之和：表中合计6665.21 与 教育支出6443.31，差221.90，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p10: 一般公共预算财政拨款支出决算表合计与类级科目之和：合计6665.21 与 205教育支出6443.31，差221.90，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    gd_meixian_zrzy_2024: errors 0/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p10 公开05表 2200104 自然资源规划及管理 决算数合计印为368.50，而项目支出为386.50（基本支出为空），行内合计≠基本+项目；款22001合计2,174.54≠各项之和；正文同一项目支出决算为386.50
        missed error: p4 “三公”经费支出决算19.99万元比上年减少1.87万元，上年应为21.86万元，降幅应为8.6%，正文写“下降11.6%”
    gd_yingde_jtys_2025: errors 0/1, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 交通运输支出5,411.75万元占一般公共预算财政拨款支出5,558.15万元的比例应为97.4%，正文写“占79.4%”（各类占比合计仅82.0%）
        missed warning: p1 一般公共预算财政拨款支出同一决算数先写5,558.15万元，后在具体情况中写“支出决算为5,558.16万元”，相差0.01
    gd_zijin_rsj_2025: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    gx_bobai_mzj_2024: errors 1/2, warnings 0/0, false errors 1, false warnings 2
        missed error: p8 公开03表 2080201 行政运行：本年支出合计399.50，基本支出印为339.50（项目支出为空），行内不平；款20802基本支出399.50≠各项之和；公开05表同项基本支出为399.50
        false error: TB-HIER p10: 一般公共预算财政拨款支出决算表208社会保障和就业支出与其下级科目之和：208社会保障和就业支出9620.04 与 20802民政管理事务519.8，差9100.24，超出取整容差0.055；两处披露不能同时成立，需人工复核
        false warning: IE-EXP-SUM p10: 支出合计与功能分类之和：表中合计9678.54 与 社会保障和就业支出9620.04，差58.50，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p10: 一般公共预算财政拨款支出决算表合计与类级科目之和：合计9678.54 与 208社会保障和就业支出9620.04，差58.50，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    gx_tiandong_tjj_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    gx_yangshuo_nync_2023: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    gz_meitan_swj_2023: errors 1/1, warnings 1/1, false errors 0, false warnings 2
        false warning: IE-EXP-SUM p10: 支出合计与功能分类之和：表中合计3102.58 与 农林水支出2989.78，差112.80，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p10: 一般公共预算财政拨款支出决算表合计与类级科目之和：合计3102.58 与 213农林水支出2989.78，差112.80，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    gz_sinan_swj_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 2
        false warning: IE-EXP-SUM p10: 支出合计与功能分类之和：表中合计876.45 与 商业服务业等支出651.25，差225.20，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p10: 一般公共预算财政拨款支出决算表合计与类级科目之和：合计876.45 与 216商业服务业等支出651.25，差225.20，超出取整容差0.01；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    gz_taijiang_wtlj_2024: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 绩效自评资金374.90万元占一般公共预算项目支出416.10万元的比例应为90.1%，正文写80.4%
    sc_jiangan_zjj_2023: errors 0/0, warnings 0/0, false errors 0, false warnings 2
        false warning: IE-EXP-SUM p10: 支出合计与功能分类之和：表中合计1004.30 与 城乡社区支出817.5，差186.80，超出取整容差0.055；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未列出或未读出的科目
        false warning: TB-TOTAL p10: 一般公共预算财政拨款支出决算表合计与类级科目之和：合计1004.30 与 212城乡社区支出817.5，差186.80，超出取整容差0.055；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    sc_quxian_jxj_2023: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    sc_yingshan_scjg_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    yn_binchuan_lcj_2025: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p11 2025年度部门决算的公开06表表头年度印为“2024年度”，与文件年度不符
    yn_luliang_wjj_2025: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    yn_mile_yjj_2024: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 绩效自评资金496.90万元（即全口径项目支出）超过一般公共预算项目支出466.70万元（公开05表），所称占比106.5%超过100%
    TOTAL errors found 10/16 (recall 0.625); warnings found 6/8; false errors per document 0.167; false warnings per document 0.667

Issue 9's bars on that first run: recall 10/16 = 0.625 (MISSED); false errors 3 in 18 documents = 0.167 per document
(met); false warnings 12 = 0.667 per document (met). Missed: a 05表 row whose 合计 ≠ 基本 + 项目 and a 03表 row against its 款
(meixian, bobai); rates: a 三公 decline percentage, a class share of 财政拨款支出, a 绩效 share of 项目支出 (meixian, yingde,
taijiang); 绩效 funds above 项目支出 (mile); a 06表 heading year; the 5,558.15/5,558.16 repeat. False alarms: the
一般公共预算财政拨款支出决算表 (年初预算 | 调整预算 | 决算 columns, page 10) read with its 类 against a 款 of another column and its 合计 against a
single class (six PDFs).

NO LONGER HELD OUT: the engine was then fixed on its misses and false alarms by general causes
(tests/parsing/test_checks_rules18_f9.py: a 决算 function-table row whose blank cells the PDF text drops is placed when
every placement agrees on its 决算数, a table with unplaced rows gives no finding when only short, a 决算数合计 column, shares
against the whole their sentence opens on, table-heading years, the 一般公共预算 spending printed twice). Run after the
fixes of this session: errors found 16/16, warnings 8/8, false errors 0, false warnings 0. These figures measure
fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout50"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
