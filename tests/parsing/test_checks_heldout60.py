"""Blind held-out corpus 60 for the check engine: 18 ordinary county 部门预算 (9) and 部门决算 (9) disclosures of
自然资源, 生态环境, 审计, 林业, 人社, 乡村振兴, 粮食和物资储备, 气象, 信访 and 融媒体中心 departments from 湖北, 安徽, 江西, 河北,
山东, 辽宁, 广西 and 贵州, years 2022–2027, each with 情况说明 prose and the national nine-table set (9 PDFs rendered
from HTML, 9 portal .txt copies with tab-separated or space-aligned tables; codes as 7-digit, split 类/款/项 or
joined with names; with and without thousands separators; 基本/项目 columns before or after 合计). Twelve documents
carry 22 planted errors (类 ≠ Σ款 or a row ≠ 基本 + 项目, prose ≠ table for 项目支出/基本支出/公用经费/三公/一般公共预算
支出 and 收入, a 三公 table total ≠ its parts, a 决算 总表 total or 年末结转 not updated, 财政拨款收支总表 支出总计 stale,
收入合计 ≠ Σ sources, 采购 total ≠ parts, 机关运行经费 > 公用经费, a stated Δ ≠ table 本年 − 上年, two percentages off by
> 1 point) and 6 warnings (an XX placeholder, a wrong 截至 year, a direction clause that clashes, a 目录 table not
printed, an empty 政府性基金 table without a note, 基本支出 printed twice 0.01 apart). The six consistent ones carry
traps: 上年结转 and 其他/事业收入 making 全口径 ≠ 财政拨款 and 本年支出 > 本年收入, a 决算 whose spending exceeds its
income from 年初结转, 决算 ≠ 预算 with reasons and percentages, prose rounding 人员/公用经费 to one decimal, zero 三公
items stated in words and rented vehicles with no own car, a 事业单位 outside 机关运行经费 scope, an amount restated in
元, a 基本支出 table printed in 元, and a partial 其中 list in the 绩效 section.

First run (scored once, unchanged, on main at 11:10 UTC 2026-12-01 on engine commit e789a67; the corpus was committed
before anything ran on it), verbatim:

    01_通山县_自然资源局_2024_yusuan: errors 2/2, warnings 0/0, false errors 1, false warnings 0
        false error: PT-FUNC p2: 正文社会保障和就业支出45.10，表中2080518.32，差26.78，超出取整容差0.01；两处披露不能同时成立，需人工复核
    02_太湖县_生态环境分局_2025_juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 2
        false warning: TB-EMPTY p1: 第1页“表8 2025年政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p1: 第1页“表9 2025年国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    03_永丰县_审计局_2023_yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    04_阜平县_林业局_2026_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    05_沂水县_人力资源和社会保障局_2022_juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 2
        false warning: TB-EMPTY p7: 第7页“沂水县人力资源和社会保障局2022年政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p8: 第8页“沂水县人力资源和社会保障局2022年国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    06_岫岩满族自治县_乡村振兴局_2027_yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    07_融水苗族自治县_粮食和物资储备局_2025_yusuan: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: IE-BP p2: 第2页基本支出与其后所列人员经费、公用经费之和：基本支出501.07 与 人员经费+公用经费=409.1+92.0=501.1，差0.03，超出取整容差0.015；两处披露不能同时成立，需人工复核
    08_湄潭县_气象局_2023_juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 2
        false warning: TB-EMPTY p1: 第1页“表8 2023年政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p1: 第1页“表9 2023年国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    09_竹山县_信访局_2026_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 2
        false warning: TB-EMPTY p7: 第7页“竹山县信访局2026年政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p8: 第8页“竹山县信访局2026年国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    10_岳西县_融媒体中心_2027_juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 3
        false warning: TB-EMPTY p1: 第1页“政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p1: 第1页“国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
        false warning: PR-REPEAT p1: 部门基本支出在第1页为403.24万元，同一数字在第1页为323.54万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    11_遂川县_自然资源局_2022_yusuan: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 目录列出“国有资本经营预算支出表”，公开表中没有此表
    12_涞源县_生态环境分局_2024_juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 3
        false warning: SG-VCOUNT p3: 车辆数为0且未安排购置，但公务用车运行维护费为9万元，文中未说明租用等原因，需人工复核
        false warning: TB-EMPTY p8: 第8页“表8涞源县生态环境分局2024年政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p9: 第9页“表9涞源县生态环境分局2024年国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    13_临朐县_审计局_2025_yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    14_新宾满族自治县_林业局_2023_yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    15_龙胜各族自治县_人力资源和社会保障局_2027_yusuan: errors 0/0, warnings 0/0, false errors 3, false warnings 1
        false error: IE-EXP-SUM p4: 龙胜各族自治县人力资源和社会保障局2027年部门收支总表本年支出合计与所列各项支出之和：本年支出合计3686.60 与 社会保障和就业支出+卫生健康支出+住房保障支出=3572.18+19.16+71.46=3662.80，差23.80，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: TB-TOTAL p4: 龙胜各族自治县人力资源和社会保障局2027年部门收支总表支出方各类科目：本年支出合计3686.60 与 社会保障和就业支出+卫生健康支出+住房保障支出=3572.18+19.16+71.46=3662.80，差23.80，超出取整容差0.02；两处披露不能同时成立，需人工复核
        false error: PT-FUNC p2: 正文社会保障和就业支出3595.98，龙胜各族自治县人力资源和社会保障局2027年部门收支总表社会保障和就业支出3572.18，差23.80，超出取整容差0.01；两处披露不能同时成立，需人工复核
        false warning: PR-REPEAT p2: 部门基本支出在第2页为1657.66万元，同一数字在第2页为1602.98万元，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核
    16_石阡县_乡村振兴局_2024_juesuan: errors 1/2, warnings 0/0, false errors 0, false warnings 2
        missed error: p1 支出决算表农村基础设施建设（项）本年支出合计印为939.78，该行项目支出为399.78、基本支出为空，且所属款合计与各项之和不符
        false warning: TB-EMPTY p1: 第1页“政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p1: 第1页“国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    17_莒县_融媒体中心_2026_yusuan: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p5 部门支出总表文化旅游体育与传媒支出（类）合计印为609.40，其下广播电视（款）及该类基本支出+项目支出均为610.40
    18_剑河县_粮食和物资储备局_2022_juesuan: errors 0/2, warnings 0/0, false errors 0, false warnings 2
        missed error: p1 情况说明一般公共预算财政拨款收入1274.90万元，收入支出决算总表及财政拨款收入支出决算总表为1224.90，本年收入合计1224.90
        missed error: p1 收入支出决算总表年末结转和结余印为33.05，本年支出合计1211.57+33.05≠总计1232.62；情况说明年末结转和结余为21.05
        false warning: TB-EMPTY p1: 第1页“表8 2022年政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因
        false warning: TB-EMPTY p1: 第1页“表9 2022年国有资本经营预算财政拨款支出决算表”为空表，且未说明原因
    TOTAL errors found 18/22 (recall 0.818); warnings found 5/6; false errors per document 0.278; false warnings per document 1.056

Issue 9's bars on that first run: recall 18/22 = 0.818 (met); false errors 5 in 18 documents = 0.278 per document
(met); false warnings 19 = 1.056 per document (met). This corpus was written while the fixers of corpora 54-59 worked
and held on its branch until their fixes were merged: it is the estimate after this session's fixes. Missed: a 项 合计
cell of a 决算 支出决算表 against its 项目支出 (16), a 类 cell of a 部门支出总表 against its 款 (17), a 决算's 一般公共预算财政拨款收入 in the words
against the tables and a 年末结转和结余 cell against its 总计 (18). False alarms: empty 决算 基金/国资 tables whose note the engine
did not see (TB-EMPTY), a 收支总表 spending side with a class left unprinted (15), the all-funds and 财政拨款 基本支出 read as one
figure (PR-REPEAT).
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout60"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
