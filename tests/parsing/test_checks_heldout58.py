"""Blind held-out corpus 58 for the check engine: 18 county-level 乡镇人民政府 and 街道办事处 部门预算 and 部门决算
disclosures (2022–2027) from 浙江, 福建, 广东, 海南, 广西 and 云南 — 9 PDFs (11–13 pages, 7–9 附表 with a
一般公共预算财政拨款支出表 of 30–50 项 over two pages, codes either in separate 类|款|项 columns or as 7-digit codes,
a 301/302/303 基本支出 table of 25+ rows and, in four of them, a 501/502/505/509 government-economic table) and 9 `.txt`
portal statements (prose only, or prose plus tab-separated tables, one of them in 元). The prose gives the main 类
with amounts and shares, 上级补助收入, 村级组织运转 (2130705) and 城乡社区 projects; some 乡镇 have 政府性基金 (土地,
配套费). 12 documents carry 24 planted errors (a 项 cell, a 类 subtotal or a 合计 row not updated, a 302/502 class
≠ its 款, 三公 合计 or 小计 ≠ its parts, prose amounts ≠ the table, 基本 + 项目 ≠ total, income sources ≠ 收入合计,
shares, growth and 完成率 percentages off by digit swaps, 年末结转 ≠ 年初结转 + 收入 − 支出) and 9 warnings (XX/××
placeholders, template text left in, a wrong or impossible year, a direction word clashing with 三公 figures, an empty
基金 table without a note, a 目录 table missing, a figure printed twice 0.01 apart). The 6 consistent ones carry
traps: 上年结转/年初结转 making 支出 > 本年收入, 全口径 class amounts next to 财政拨款 ones, 决算 above 年初预算 with the
reason given, zero 三公 items stated in words, an amount restated in 元 and a total restated as 约0.49亿元, a 元 table
beside 万元 prose, and partial 其中 lists.

First run (scored once, unchanged, on main at 08:19 UTC 2026-12-01 on engine commit d7687f1; the corpus was committed
before anything ran on it), verbatim:

    01_chunan_qiandaohuzhen_2024_yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    02_yongchun_taochengzhen_2025_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    03_boluo_luoyangjiedao_2026_yusuan: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计6979.30 与 城乡社区支出+农林水支出+一般公共服务支出+卫生健康支出+社会保障和就业支出=2253.85+1707.41+1279.16+542.70+451.85=6234.97，差744.33，超出取整容差0.03；两处披露不能同时成立，需人工复核
    04_qiongzhong_yinggenzhen_2023_juesuan: errors 1/2, warnings 1/1, false errors 1, false warnings 0
        missed error: p8 一般公共预算财政拨款支出决算表中213农林水支出类本年支出印为1,272.94，其下各款之和及基本+项目均为1,277.94，说明中亦为1,277.94
        false error: IE-GB p2: 一般公共预算拨款在第2页为4,078.63万元，一般公共预算财政拨款收入在第2页为4,075.47万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    05_yangshuo_baishazhen_2027_yusuan: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计4844.29 与 农林水支出+一般公共服务支出+城乡社区支出+社会保障和就业支出+卫生健康支出=1623.50+867.95+562.82+451.41+451.11=3956.79，差887.50，超出取整容差0.03；两处披露不能同时成立，需人工复核
    06_binchuan_jinniuzhen_2024_yusuan: errors 2/2, warnings 1/1, false errors 1, false warnings 1
        false error: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计5243.94 与 农林水支出+一般公共服务支出+社会保障和就业支出+城乡社区支出+公共安全支出=1261.68+914.89+715.54+588.63+354.05=3834.79，差1409.15，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false warning: TB-EMPTY p13: 第13页“附表9政府性基金预算支出表”为空表，且未说明原因
    07_songyang_xipingjiedao_2025_yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    08_xiapu_songchengjiedao_2022_juesuan: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计4459.91 与 农林水支出+城乡社区支出+一般公共服务支出+社会保障和就业支出+文化旅游体育与传媒支出=1430.28+989.29+659.01+569.03+292.12=3939.73，差520.18，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false error: IE-GB p2: 一般公共预算拨款在第2页为3,163.10万元，一般公共预算财政拨款收入在第2页为3,244.45万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    09_zijin_longwozhen_2023_yusuan: errors 2/2, warnings 0/1, false errors 1, false warnings 0
        missed warning: p1 一般公共预算财政拨款基本支出在第三部分印为1,374.40万元，第二部分及支出表中为1,374.39万元，相差0.01
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计5637.31 与 城乡社区支出+农林水支出+一般公共服务支出+社会保障和就业支出+住房保障支出=1563.26+1489.58+650.64+530.43+447.81=4681.72，差955.59，超出取整容差0.03；两处披露不能同时成立，需人工复核
    10_tunchang_tunchengzhen_2026_yusuan: errors 2/2, warnings 0/0, false errors 1, false warnings 1
        false error: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计5156.63 与 农林水支出+一般公共服务支出+社会保障和就业支出+卫生健康支出+城乡社区支出=1774.35+960.05+715.87+693.97+351.69=4495.93，差660.70，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false warning: TB-EMPTY p13: 第13页“附表9政府性基金预算支出表”为空表，且未说明原因
    11_rongshui_rongshuizhen_2024_juesuan: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计3840.35 与 农林水支出+一般公共服务支出+社会保障和就业支出+卫生健康支出+城乡社区支出=895.85+888.77+635.58+530.95+269.07=3220.22，差620.13，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false error: IE-GB p1: 一般公共预算拨款在第1页为3,693.18万元，一般公共预算财政拨款收入在第1页为3,738.79万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    12_menghai_menghaizhen_2025_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 1
        false warning: TB-EMPTY p12: 第12页“附表8政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
    13_suichang_miaogaojiedao_2027_yusuan: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: IE-EXP-SUM p2: 支出合计与功能分类之和：支出合计4945.69 与 农林水支出+城乡社区支出+社会保障和就业支出+一般公共服务支出+卫生健康支出=1478.46+1449.13+551.01+390.05+385.12=4253.77，差691.92，超出取整容差0.03；两处披露不能同时成立，需人工复核
    14_changting_tingzhouzhen_2026_juesuan: errors 0/2, warnings 0/0, false errors 2, false warnings 1
        missed error: p1 一般公共预算财政拨款支出3,721.58万元、年初预算2,979.11万元，完成率应为124.92%，说明印为142.92%
        missed error: p1 年初结转和结余70.82+本年收入4,563.50−本年支出4,463.46=170.86万元，说明称年末结转和结余107.86万元
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计4463.46 与 农林水支出+卫生健康支出+一般公共服务支出+社会保障和就业支出+城乡社区支出=1845.08+576.35+462.51+432.21+345.22=3661.37，差802.09，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false error: IE-GB p1: 一般公共预算拨款在第1页为3,821.62万元，一般公共预算财政拨款收入在第1页为3,721.58万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
        false warning: TB-EMPTY p1: 第1页“长汀县汀州镇人民政府2026年政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
    15_xinxing_liuzuzhen_2022_yusuan: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p2 说明称对村民委员会和村党支部的补助291.81万元，一般公共预算财政拨款支出表2130705该项为219.81万元
    16_dingan_dingchengzhen_2027_juesuan: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计6795.54 与 农林水支出+城乡社区支出+一般公共服务支出+社会保障和就业支出+住房保障支出=2185.40+1849.19+1167.84+771.86+279.95=6254.24，差541.30，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false error: IE-GB p1: 一般公共预算拨款在第1页为4,484.72万元，一般公共预算财政拨款收入在第1页为4,335.66万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    17_lingchuan_dingjiangzhen_2023_yusuan: errors 2/2, warnings 1/1, false errors 1, false warnings 1
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计5027.13 与 农林水支出+一般公共服务支出+社会保障和就业支出+卫生健康支出+城乡社区支出=1443.66+1291.24+1009.55+400.73+291.38=4436.56，差590.57，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false warning: TB-EMPTY p1: 第1页“灵川县定江镇人民政府2023年政府性基金预算支出表”为空表，且未说明原因
    18_shiping_yilongzhen_2022_yusuan: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 2022年预算说明中写“2032年支出预算合计”，年份不可能
    TOTAL errors found 20/24 (recall 0.833); warnings found 7/9; false errors per document 0.889; false warnings per document 0.278

Issue 9's bars on that first run: recall 20/24 = 0.833 (met); false errors 16 in 18 documents = 0.889 per document
(met, barely); false warnings 5 = 0.278 per document (met). Missed: a 类 row of a 决算 function table printed in 类/款/项
columns against its 款 (04), a 决算's 完成率 and 年末结转和结余 in the words (14), a 项 named in the words against its table row
(15). False errors: the main 类 the words list (five of a 乡镇's many) held to the 支出合计 as if the list were complete (IE-
EXP-SUM, 10 documents), and the 一般公共预算拨款 of the all-funds sources held to the 一般公共预算财政拨款收入 of a 决算 or of a document
with carry-over (IE-GB, 5). False warnings: empty 政府性基金 tables whose note the engine did not see (TB-EMPTY, 4).

NO LONGER HELD OUT: the engine and parser were fixed while looking at these documents (branch h-f58), so this corpus
is now a regression test; a new blind corpus is needed for an honest estimate. Each fix is a general rule with unit
tests on small made-up statements in tests/parsing/test_checks_rules19_f58.py. False alarms: a 按功能分类 list whose
lead calls its classes the main ones (主要/重点…) or whose shares fall short of 100% beyond rounding is read as partial
(parser: FunctionLine.partial), and IE-EXP-SUM then holds the listed classes only to be no more than the total;
使用/列支 before a fund's appropriation names the money spent, never a restatement of the income received (IE-GB);
a note saying its own table holds nothing (各栏均为空, 未填列金额, 不含数据) is the empty table's note (TB-EMPTY). Misses
(several had been covered only by those false alarms quoting a listed figure): a class share in the parsed list is read
against the spending total of the list's funds (PR-SHARE; 04, 18); a 决算 function table headed 本年支出 | 基本支出 |
项目支出 is read (parser; TB-HIER on 04); 使用…拨款A万元 is the actual of a completion rate (PR-RATE; 14); a 决算's
budget, completion rate and reason sentence may stand between a total and its 其中 split (IE-BP; 12); 年初结转和结余 +
本年收入合计 = 本年支出合计 + 年末结转和结余 where the words give no 总计 (D-001; 14); a 款/项 named after its class (类) is
held to that class's table rows once the class amount is the table's (PT-ITEM; 15); the 一般公共预算 fund's 基本/项目
split in the words is held to its table's 合计 row, a last digit apart at the same places being a warning (PT-MAP; 09).
The run after the fixes:

    errors 24/24 (recall 1.000); warnings found 7/9; false errors 0; false warnings 0 (every document: no false
    alarm; 01, 04, 06, 09, 12, 15, 17 errors and warnings all found; 02, 07, 10, 14, 18 errors all found)
    missed warning: 02 p1 2025年决算说明中写“2024年度本年支出合计5,289.01万元” (a 决算 may name the year before; the
        words alone do not show which year the amount is, and no table in the statement gives it)
    missed warning: 18 p1 “2032年支出预算合计” — FM-YEAR does flag it (a warning on p1), but that check quotes the
        sentence's amounts 5,119.72 and 3,937.45, which are the figures of the listed IE-BP error, so the scoring rule
        counts it for that error and not for the figureless warning
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout58"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
