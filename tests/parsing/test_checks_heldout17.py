"""Held-out corpus 17 for the check engine: 18 invented county disclosures (河北, 山东, 辽宁, 湖南, 河南, 陕西, 重庆;
2023-2026; 预算 and 决算; 部门 and 单位). 14 are 情况说明 saved from a portal: 10 .html pages with the portal chrome
(four with a “三公” <table> in the article, two stating every amount in 元) and 4 .txt pastes (one with a pasted
table). 4 are PDFs with cover, 目录, 说明 and the standard 附表. All are written by
tests/fixtures/make_checks_heldout17_pdfs.py. Beside each document a
<name>.checks.json lists the planted problems by hand: 19 errors and 6 warnings in 13 documents; 5 documents are
consistent. The corpus was written blind, without reading the parser or the check engine.

First run (scored once, unchanged, on main at 17:43 UTC 2026-11-30: after the fixes of checks_heldout14 and
checks_heldout15 had landed; the corpus was committed before anything ran on it), verbatim:

    d15_feixian_shuiwu_2025yusuan: errors 1/1, warnings 0/1, false errors 0, false warnings 1
        missed warning: p2 目录列出第8张表“2025年政府性基金预算支出表”，正文附表中无此表
        false warning: CP-TABLES p2: 第2页所列“8.2025年政府性基金预算支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    d16_huanren_linye_2024yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d17_rucheng_weijian_2026yusuan: errors 2/2, warnings 0/1, false errors 0, false warnings 2
        missed warning: p11 政府性基金预算支出表为空表，未附“无政府性基金收支”的说明
        false warning: TB-EMPTY p11: 第11页“表82026年政府性基金预算支出表”为空表，且未说明原因
        false warning: CP-SECT pNone: 文件未见“单位基本情况（职能职责或机构设置）”部分，需人工复核是否缺少该部分说明
    d18_dancheng_jiaoyu_2023yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s01_fuping_jiaoyu_2024yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s02_yinan_weijian_2025yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s03_xiuyan_jiaotong_2023juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s04_chaling_shuili_2026yusuan: errors 0/1, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 支出总计2048.30万元，但基本支出691.50万元+项目支出1536.80万元=2228.30万元；按一般公共预算项目支出应为1356.80万元（数字颠倒）
        missed warning: p1 2026年预算说明的“三公”经费段落写“2025年“三公”经费预算数”，年份为上年遗留
    s05_lushan_linye_2024juesuan: errors 0/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款支出决算2228.06万元，年初预算2080.00万元，完成率应为107.12%，正文写106.54%
        missed error: p1 人员经费写“7815600.00万元”，与基本支出869.22万元不符，按元填写却标万元（应为781.56万元）
    s06_luonan_kexie_2025yusuan: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 实有人数11人，但行政人员9人+事业人员3人=12人
    s07_youyang_canlian_2024yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s08_laiyuan_fulian_2026yusuan: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    s09_juxian_danganguan_2023juesuan: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    s10_fengcheng_jikong_2025yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s11_sangzhi_yizhong_2024yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s12_xixia_dinghezhen_2025juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s13_zhenba_jingyangjiedao_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s14_chengkou_nongye_2023yusuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 车辆总数9辆，但一般公务用车3辆+执法执勤用车5辆=8辆
    TOTAL errors found 14/19 (recall 0.737); warnings found 3/6; false errors per document 0.000; false warnings per document 0.167

Issue 9's bars: recall 14/19 = 0.737 < 0.8 (MISSED); false errors 0 ≤ 1 and false warnings 0.17 ≤ 2 per document
(met; d15's CP-TABLES and d17's TB-EMPTY are true findings whose quoted captions run the table number into the
year, “表82026年”, so the scorer cannot match the listed “8”).

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules11_a.py (tables, captions, sections), test_checks_rules11_b.py (change readers) and
test_checks_rules11_c.py (splits, units, years, counts): a divider line above the first caption is no 附表 list, and
收入支出 = 收支 in listed titles (CP-TABLES); a numbered 三公 caption over its 单位 line opens the table, and an item blank in
both rows is 0 where the 预算数 row adds up only that way (TB-T4); captions are quoted with the space between table
number and year; a bare “一、概况” heading is the basic situation (CP-SECT); last year's amount in brackets after 比上年 is
read as the prior, a reversed direction word with the right amount is PR-DIR, and a 决算's change on its 年初预算 is held to
the table's budget; the prose 一般公共预算财政拨款支出 is held to its table's 合计 (PT-MAP, checks/repeats.py); the county's old
name for the unit is CP-IDENT; a 基本/项目 split after a class list is read; a this-year amount written under last year's
year is FM-YEAR across thousands separators; one term of a sum read as 元 is FM-UNIT-10K; parts in brackets after a
headcount or a vehicle total are read. Run after those fixes: errors found 16/19, warnings 6/6, false errors 0 and
false warnings 0 per document (s05's rate and s06's headcount are warnings as CHECKS.md says; s14's vehicle parts fall
below a 其中 total, an info). These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout17"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
