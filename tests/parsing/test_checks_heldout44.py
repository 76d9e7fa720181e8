"""Blind held-out corpus 44 for the check engine: 18 county 部门/单位 预算 statements of 2024-2026 from 江苏, 浙江,
山东 and 河南 (安吉, 沛县, 沂水, 兰考, 寿光, 如皋, 桐庐, 林州, 武义; 西峡, 德清, 莒县, 宝应, 平阴, 固始, 江阴, 新县,
长垣), whose weight is in the parts after the money: 政府采购 (prose total with 货物/工程/服务 and the 一般公共预算拨款
part; a 政府采购预算表 by project with the same split), 国有资产 (车辆 by type, 单价50万元以上设备, planned purchases) and
绩效目标管理 (涉及财政拨款; a 部门整体绩效目标表 with 部门支出预算数; one 项目绩效目标表 page per project with
年度资金总额). Nine are PDFs (a01-a09: cover, 目录, prose, then 收支总表, 一般公共预算支出表 to 项 level, 三公 table with
上年 and 本年 rows, 政府性基金表, 采购表, 整体/项目绩效表) and nine are portal .txt statements (t10-t18, prose only; t10
pastes its 采购 rows). Planted, as overrides of single printed strings of one consistent model: 采购 totals and
一般公共预算 parts that do not add up or exceed the total, a 采购表 合计 typo, a prose 采购 part against the table,
vehicle parts summing above the stated total (held and planned), 绩效 funds above 项目支出, a stale 部门支出预算数, a
项目绩效 form whose 财政拨款 exceeds its 年度资金总额, 三公 totals/Δ/table 小计 not updated, a prose 接待费 against the table,
增加 for a decrease (收入 vs 支出 directions clash), a rate on the wrong base, 基本+项目 ≠ 财政拨款支出, Δ收入 ≠ Δ支出, an
income source typo, a 0.01 repeat, placeholders (XX, ××), a 机关运行经费 sentence with a stale year, a table listed in the
目录 but absent, an empty 基金 table without a note, and 采购 funding bounds mis-filled (PR-PROC-BOUND): 22 errors and
11 warnings in 13 documents. The five consistent ones carry traps: 全口径 vs 财政拨款 totals and changes of opposite
sign with 结转/事业收入 (a04, t10), procurement partly paid from non-general income within its bound (a04, a07, t10,
t14 where the 一般公共预算 part is 0), 三公 compared with 上年执行数 in prose and table (a07, t16), a whole-percent rate
(t10, t16), 特种专业技术用车 completing the vehicle sum, 绩效 covering only 重点项目 (a04), and a 事业单位 out of the
机关运行经费 scope (t16).

First run (scored once, unchanged, on main at 00:39 UTC 2026-12-01 on engine commit bfd4670 (the engine of 5aeb66d,
unchanged since last session); the corpus was committed before anything ran on it), verbatim:

    a01_anji_zirangh_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    a02_peixian_jiaotong_2024: errors 3/3, warnings 0/0, false errors 0, false warnings 0
    a03_yishui_shichangjg_2026: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p8 政府采购预算表合计行总计印为89.90万元，但货物23.40+工程0.00+服务36.50=59.90万元，且同行一般公共预算拨款59.90+其他资金0.00=59.90；正文采购总额亦为59.90万元
    a04_lankao_nongye_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a05_shouguang_shuili_2026: errors 3/3, warnings 0/0, false errors 0, false warnings 0
    a06_rugao_sifa_2024: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a07_tonglu_wenguang_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a08_linzhou_yingji_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a09_wuyi_zhujian_2024: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t10_xixia_ziran_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t11_deqing_tongji_2026: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t12_juxian_weijian_2024: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t13_baoying_renshe_2025: errors 0/0, warnings 1/2, false errors 0, false warnings 0
        missed warning: p1 一般公共预算财政拨款支出印为549.63万元，同口径的财政拨款收入、部门支出预算及基本333.62+项目216.00均为549.62万元，同一数字两种写法
    t14_pingyin_chengguan_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t15_gushi_minzheng_2025: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t16_jiangyin_dangan_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t17_xinxian_wenlv_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t18_changyuan_zhujian_2025: errors 1/1, warnings 1/2, false errors 0, false warnings 0
        missed warning: p1 公务用车购置及运行维护费小计比上年增加0.60万元、购置费持平，其唯一分项运行维护费却写“比上年减少0.60万元”，方向词与小计相矛盾
    TOTAL errors found 21/22 (recall 0.955); warnings found 9/11; false errors per document 0.000; false warnings per document 0.000

Issue 9's bars: recall 21/22 = 0.955 (met); false errors 0 (met); false warnings 0 (met). Missed: a 政府采购预算表 合计 row
whose 总计 is not the sum of its 货物/工程/服务 columns; a warning for one amount printed 549.63 where every other statement
of the same 财政拨款支出 says 549.62; a direction word of one 三公 item against its 小计's change. Blindness: the writer reports
that it did not run the engine or the parser and used only the rendering helpers of make_variant_pdfs.py.

NO LONGER HELD OUT: the engine was then fixed on its items and on the single-digit corruptions of other documents
(make corruptions), by general causes (tests/parsing/test_checks_rules17_*.py: a 政府采购预算表's 合计 row against its kinds,
prose repeats by subject and scope). Run after the fixes of this session: errors found 22/22, warnings 9/11, false
errors 0, false warnings 0. These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout44"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
