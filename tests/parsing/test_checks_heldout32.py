"""Blind held-out corpus 32 for the check engine: 18 county disclosures written without seeing the engine or the
parser: 12 PDFs (预算 and 决算 2023–2026 of 12 counties in 11 provinces) whose weight is in the 附表 beyond the nine
standard tables (项目支出表, 项目绩效目标表, 部门整体支出绩效目标表, 政府采购预算明细表 by 品目, 国有资产占用情况表), and 6
plain-text web statements that list their projects with amounts in the prose. The hand listings name 23 errors and
10 warnings in 13 documents; the other 5 documents are consistent but carry traps (财政拨款 vs 全口径 scopes, 1-decimal
prose against 2-decimal tables, zeros written in words, 三公 items explained as not arranged, 事业单位 outside the
机关运行经费 scope, a 决算 with carry-over). Every listed problem was re-computed from the text extracted from the
rendered documents, and every listed figure checked to be printed on the page given, before commit.

First run (scored once, unchanged, on main at 20:19 UTC 2026-11-30, the same engine that scored checks_heldout31 (commit
679644a); the corpus was committed before anything ran on it), verbatim:

    h01_hongya_nongye_2025: errors 0/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p13 项目支出表合计行金额印为1,320.80万元，而5个项目金额逐行相加为1,340.80万元（部门支出总表和正文的项目支出均为1,340.80万元），合计行也不等于其中一般公共预算1,292.20万元与其他资金48.60万元之和，合计未随明细更新
        missed error: p4 正文“主要项目”写耕地地力保护补贴工作经费162.40万元，项目支出表和项目绩效目标表中该项目均为126.40万元，两处不能同时成立
    h02_tonglu_wenguang_2024: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    h03_anhua_linye_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h04_mengcheng_shijian_2023: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h05_pingyang_ziran_2025: errors 1/1, warnings 2/2, false errors 0, false warnings 0
    h06_xingguo_weijian_2024: errors 0/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p16 项目绩效目标表中重大传染病防控年度资金总额186.40万元，其中财政拨款却为196.40万元，部分大于整体；项目支出表该项目为186.40万元
        missed error: p15 部门整体支出绩效目标表预算支出总额3,007.80万元，与部门支出总表合计3,143.70万元不符，且小于同表“其中：财政拨款”3,143.70万元；3,007.80万元是上年预算数
    h07_peixian_jiaoyu_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: TB-EMPTY p17: 第17页“表13国有资产占用情况表”为空表，且未说明原因
    h08_linqu_shuili_2025: errors 1/2, warnings 1/1, false errors 1, false warnings 0
        missed error: p6 收入决算表合计行事业收入及其他收入印为38.00万元，各科目该列相加为42.00万元（项目支出决算表事业收入项目42.00万元），合计行2,570.40万元也不等于财政拨款2,528.40＋38.00
        false error: IE-INC-SUM p3: 收入合计与所列各项收入之和：收入合计2597.20 与 本年收入+包括一般公共预算拨款+政府性基金预算拨款+事业收入及其他收入+年初结转和结余=2570.40+2528.40+0+42.00+26.80=5167.60，差2570.40，超出取整容差0.025；两处披露不能同时成立，需人工复核
    h09_wugong_chengguan_2024: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    h10_binchuan_jiaotong_2026: errors 1/1, warnings 2/2, false errors 0, false warnings 0
    h11_luanping_minzheng_2023: errors 0/0, warnings 0/0, false errors 2, false warnings 1
        false error: PR-PERF p4: 实行绩效目标管理的财政拨款278.30，表5一般公共预算财政拨款支出决算表项目支出128.30：部分大于整体，需人工复核
        false error: IE-INC-SUM p3: 收入合计与所列各项收入之和：收入合计1214.10 与 本年收入+包括一般公共预算拨款+政府性基金预算拨款+事业收入及其他收入+年初结转和结余=1201.50+1033.30+150.00+18.20+12.60=2415.60，差1201.50，超出取整容差0.03；两处披露不能同时成立，需人工复核
        false warning: TB-EMPTY p17: 第17页“表13国有资产占用情况表”为空表，且未说明原因
    h12_tongyu_sifa_2025: errors 2/3, warnings 0/0, false errors 0, false warnings 1
        missed error: p6 单位收入总表合计印为1,438.40万元，单位收支总表收入总计为1,483.40万元，本表各科目合计相加也是1,483.40万元
        false warning: TB-EMPTY p17: 第17页“表13国有资产占用情况表”为空表，且未说明原因
    t13_huoqiu_yingji_2025: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 项目支出部分称安排项目4个、资金448.00万元，逐项列出的4个项目126.00＋241.00＋58.00＋50.00相加为475.00万元，超过448.00万元（基本支出864.40＋项目448.00＝1,312.40与总额一致）
    t14_pengshui_xiangcun_2024: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t15_ningwu_tuijun_2023: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 “三公”经费6.00万元比上年减少1.40万元，而各分项变动为公务用车运行维护费减少0.60万元、公务接待费减少0.30万元，合计只减少0.90万元
    t16_jingxian_dangan_2026: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t17_fengdu_tongji_2025: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: PR-PERF p1: 实行绩效目标管理的财政拨款等于项目支出（正文称均实行）：实行绩效目标管理的财政拨款164.00 与 项目支出140.00，差24.00，超出取整容差0.01；两处披露不能同时成立，需人工复核
    t18_longyou_gongxiao_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 15/23 (recall 0.652); warnings found 10/10; false errors per document 0.222; false warnings per document 0.167

Issue 9's bars: recall 15/23 = 0.65 < 0.8 (MISSED): five of the eight misses sit in 附表 beyond the nine standard tables
(项目支出表, 项目绩效目标表, 部门整体支出绩效目标表, a 收入决算表's 合计 row) or in a project list in the words; false errors 0.22 ≤ 1 per document
(met); false warnings 0.17 ≤ 2 per document (met). Blindness: the writer reported opening none of the forbidden files.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules15_32a.py:
a list item opening with 包括 is a breakdown, 绩效 funds named after 其中, counted 国有资产 tables are not empty, 其中 columns and
every named column's 合计, TT-PERF on a 绩效目标 form; test_checks_rules15_32b.py: 三公 items 无支出 read as 0, a 主要项目 list in the
next sentence, project tables (其中 ≤ amount, 合计 = Σ rows), a project named in the words against its row, in the new
checks/projects.py). Run after the fixes of this session: errors found 23/23, warnings 10/10, false errors 0, false
warnings 0. These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout32"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
