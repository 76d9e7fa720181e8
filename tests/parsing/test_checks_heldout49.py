"""Blind held-out corpus 49 for the check engine: 18 eastern-district (上海/江苏/浙江) 区县 预算 disclosures, 9 PDFs
in the 上海 区级 layout (cover, 目录, 主要职能/机构设置, 名词解释, 编制说明 with “类-款-项” lines, then one 附表 a
page: 财务收支预算总表, 收入/支出预算总表, 财政拨款收支预算总表, 一般公共预算功能分类 and 基本支出经济分类, empty
政府性基金/国有资本经营 tables with their notes, “三公”经费和机关运行经费表 with a 上年 row, one 整体绩效目标表,
其他相关情况说明; four of them print tables in 元 and prose in 万元) and 9 江苏/浙江/上海 portal statements (.txt:
收支总体, 一般公共预算当年拨款 with per-项 "（项）预算数为Y万元，比上年增加Z万元，增长P%，主要原因是…", 基本支出,
三公 with Δ per item, 机关运行经费, 政府采购, 车辆, 绩效; two paste a 功能分类 table as tab-separated rows); 12 部门
(listing their 单位) and 6 单位 documents, years 2024-2026. Twelve carry 26 planted slips: 19 errors (a digit
swap in one 项 row of a function table, a 款 subtotal not updated after a row changed, prose 一般公共预算 ≠ tables,
收支总计 not balanced, 三公 合计 ≠ items in table and in prose, 车辆 parts > total, 采购 parts ≠ total twice,
机关运行经费 stale from the 上年 column, 绩效 funds > 项目支出, a wrong %, 三公 Δ ≠ Σ item Δ twice (one via a wrong
direction word), 基本+项目 ≠ total, 公务用车 subtotal ≠ 购置+运行, a pasted-table cell ≠ row/款, a stale 收支总数)
and 7 warnings (XX placeholder, a template instruction left in, a table listed in 目录 but absent, an empty 政府性基金
table without its note, a wrong year in a table title and in a figure sentence, one figure printed 0.01 apart).
The six consistent ones carry traps: 元 tables vs 万元 prose with cent rounding, 事业收入/其他收入/上年结转 in the
全口径 totals only (全口径 Δ negative while 财政拨款 Δ positive), a 政府性基金 column, a 公益类事业单位 outside the
机关运行经费 scope, 三公 and items 与上年持平 with no vehicles (平台派车), a new 项 with no % and unchanged 项,
a 参公 事业单位 with 机关运行经费, and 基本/项目 shares of the 全口径 total next to 财政拨款 基本/项目.

First run (scored once, unchanged, on main at 03:48 UTC 2026-12-01 on engine commit b747b19 (the engine of f663d30,
unchanged since last session); the corpus was committed before anything ran on it), verbatim:

    h49_01_jingan_tiyu_bumen_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h49_02_minhang_minzheng_bumen_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h49_03_jiading_tongji_danwei_2024: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h49_04_wujiang_shangwu_bumen_2025: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h49_05_yangpu_tushuguan_danwei_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h49_06_yinzhou_shuili_bumen_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    h49_07_baoshan_shengtai_bumen_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h49_08_changning_fagai_danwei_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h49_09_huishan_nongye_bumen_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    h49_10_jiangning_sifa_bumen_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h49_11_yuhang_wenguanglv_bumen_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h49_12_xiuzhou_tongji_danwei_2024: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h49_13_wujin_chengguan_bumen_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h49_14_qingpu_danganguan_danwei_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h49_15_lucheng_keji_bumen_2026: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h49_16_hanjiang_fulian_danwei_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h49_17_keqiao_shijian_bumen_2024: errors 0/1, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 收支预算总数印为5052.25万元（为上年数），而收入仅一般公共预算拨款收入5216.77万元，各功能分类支出之和亦为5216.77万元
        missed warning: p1 2024年预算文件中写为“2023年一般公共预算当年拨款5216.77万元”，年度错误
    h49_18_jinshan_weijian_bumen_2026: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 一般公共预算拨款收入印为6337.39万元，二部分一般公共预算当年拨款印为6337.40万元，同一数字相差0.01万元
    TOTAL errors found 18/19 (recall 0.947); warnings found 5/7; false errors per document 0.000; false warnings per document 0.000

Issue 9's bars on that first run: recall 18/19 = 0.947 (met); false errors 0 (met); false warnings 0 (met). Missed: a
收支预算总数 printed at last year's figure against the one income source and the function classes (h49_17); warnings for a
wrong year in a figure sentence (h49_17) and for one figure printed twice 0.01 apart (h49_18).

NO LONGER HELD OUT: the engine was then fixed on its misses by general causes
(tests/parsing/test_checks_rules18_f8.py: a 收支预算总数 against the sources its sentence lists, the year's 当年拨款 as a second
printing of the listed appropriation, a year after the unit's own name). Run after the fixes of this session: errors
found 19/19, warnings 6/7, false errors 0, false warnings 0. These figures measure fitting; the first run above
remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout49"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
