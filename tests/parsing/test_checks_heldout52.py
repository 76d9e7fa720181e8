"""Blind held-out corpus 52 for the check engine: 18 county disclosures of 2023-2026 from 17 provinces, half unruled
PDFs (cover, 目录 with page numbers, prose 情况说明, then one 附表 per page drawn as borderless HTML tables or
whitespace-aligned preformatted columns, with 单位：元 on some tables and 万元 on others, and a 支出表 continued over
two pages with its header repeated) and half portal .txt statements (headings with or without section numbers, table
rows flattened with tabs or runs of spaces, whole tables in 元 under 万元 prose, thousands separators, full-width
digits, a number with a space inside or split across a line break, 其中: lines, 同比/较上年/与上年相比 and
增长/上升/下降/降低/持平 wordings); 14 部门预算/单位预算 and 4 部门决算. Twelve documents carry 21 planted errors and
8 warnings: digit swaps in a 项 row or a 类 subtotal not carried into the totals (one on the second page of a
continued 元 table), a 元 table total that disagrees with the 万元 prose, a prose 本年支出 that no longer equals 基本
+ 项目, a stale last-year 公务接待费, a wrong 三公 total and a wrong vehicle 小计, a flipped direction word against 表四,
a stale 支出 change that breaks Δ收入 = Δ支出, wrong growth percentages, 表一 vs 表二 and 表六 vs 表七 mismatches, a
prose function class ≠ the table, 政府采购 total ≠ its parts, 机关运行经费 > 公用经费, a base figure printed twice 0.01
apart, XX and 待填写 template residue, a transposed year (2052), a 目录 table that is missing and an empty 政府性基金
table without its note. The six consistent documents carry traps: 全口径 vs 财政拨款 vs 一般公共预算 totals and
changes that legitimately differ (上年结转, 事业收入, 其他收入, 彩票公益金 基金), tables in whole 元 or in 元 with
cents under 万元 prose, sums that differ by a declared 0.01 尾差, items 与上年持平, a 0.00 出国 item, 机关运行经费 below
公用经费, a continued table, and 决算 totals that include 年初/年末结转和结余.

First run (scored once, unchanged, on main at 03:48 UTC 2026-12-01 on engine commit b747b19 (the engine of f663d30,
unchanged since last session); the corpus was committed before anything ran on it), verbatim:

    ah_huoshan_sifa_2026_bumen_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    cq_chengkou_nongye_2025_bumen_yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    cq_youyang_wenlv_2025_bumen_yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    fj_yongtai_keji_2023_bumen_yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    gs_linze_yingji_2023_danwei_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    gx_pingguo_shuili_2024_bumen_juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    gz_meitan_ziran_2025_bumen_yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    ha_xichuan_minzheng_2023_bumen_yusuan: errors 0/0, warnings 0/0, false errors 7, false warnings 0
        false error: TB-ROW p11: 一般公共预算支出表：合计3.6 与 基本支出+项目支出=9.2+4.4=13.6，差10.0，超出取整容差0.15；两处披露不能同时成立，需人工复核
        false error: IE-GB p3: 一般公共预算财政拨款正文与表格一致：正文一般公共预算拨款1353.62 与 表中3.6，差1350.02，超出取整容差0.055；两处披露不能同时成立，需人工复核
        false error: TB-TOTAL p11: 一般公共预算支出表合计与类级科目之和：合计3.6 与 208社会保障和就业支出+210卫生健康支出=1290.62+24.94=1315.56，差1311.96，超出取整容差0.06；两处披露不能同时成立，需人工复核
        false error: TT-T2-T3 p11: 两表的基本支出：支出表基本支出9.2 与 基本支出表人员经费+基本支出表公用经费=531.33+87.87=619.2，差610.0，超出取整容差0.06；两处披露不能同时成立，需人工复核
        false error: TT-T1-T2 p9: 两表的一般公共预算：财政拨款收支总表一般公共预算1353.62 与 一般公共预算支出表合计3.6，差1350.02，超出取整容差0.055；两处披露不能同时成立，需人工复核
        false error: PT-MAP p4: 正文基本支出619.20，一般公共预算支出表基本支出9.2，差610.00，超出取整容差0.055；两处披露不能同时成立，需人工复核
        false error: PT-MAP p4: 正文项目支出734.43，一般公共预算支出表项目支出4.4，差730.03，超出取整容差0.055；两处披露不能同时成立，需人工复核
    hb_yunxi_tuiyi_2024_bumen_yusuan: errors 1/1, warnings 1/1, false errors 2, false warnings 0
        false error: TT-T2-T8 p11: 一般公共预算支出表合计1274.08，部门支出总表合计6.6：部分大于整体，需人工复核
        false error: TT-T2-T8 p11: 一般公共预算支出表项目支出502.98，部门支出总表项目支出5.5：部分大于整体，需人工复核
    he_fuping_renshe_2025_bumen_yusuan: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 文字基本支出789.10万元+项目支出395.69万元=1,184.79万元≠支出预算1,084.79万元；部门支出总表合计行基本支出为689.10万元
    hl_huanan_jiaoyu_2025_bumen_juesuan: errors 1/1, warnings 2/2, false errors 0, false warnings 0
    hn_sangzhi_weijian_2026_danwei_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    jx_anfu_shijian_2024_bumen_yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    sc_cangxi_jiaoti_2024_bumen_juesuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p9 支出决算表（续）221住房保障支出合计及基本支出印为2,986,612.71元，其下22102住房改革支出、2210201住房公积金均为2,984,612.71元，合计行及收入支出决算总表按2,984,612.71元汇总
    sd_yishui_tongji_2026_bumen_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    sn_luochuan_jiaotong_2026_bumen_yusuan: errors 3/3, warnings 0/0, false errors 0, false warnings 0
    yn_mile_zhujian_2025_bumen_juesuan: errors 0/1, warnings 2/2, false errors 0, false warnings 0
        missed error: p9 财政拨款收入支出决算总表城乡社区支出合计及一般公共预算列为402.74万元，一般公共预算财政拨款支出决算表212城乡社区支出为420.74万元；总表各类之和464.95万元≠支出合计482.95万元
    zj_jingning_linye_2024_bumen_yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 18/21 (recall 0.857); warnings found 8/8; false errors per document 0.500; false warnings per document 0.000

Issue 9's bars on that first run: recall 18/21 = 0.857 (met); false errors 9 in 18 documents = 0.500 per document
(met); false warnings 0 (met). Missed: the prose 基本支出 + 项目支出 against the 支出预算 (he_fuping); a 类 subtotal on the second
page of a continued 元 table (sc_cangxi); a class of the 财政拨款收入支出决算总表 against the function table (yn_mile). False
errors: a borderless table's amounts read truncated (3.6, 9.2, 4.4 for amounts of four digits) in ha_xichuan (7) and
hb_yunxi (2).

NO LONGER HELD OUT: the engine was then fixed on its misses and false alarms by general causes
(tests/parsing/test_checks_rules18_f8.py: a PDF page whose text layer breaks a line at every glyph is rejoined from
the glyph boxes, IE-BP in the words of one paragraph, a 决算 收支总表 with no 结转 row read at its 支出合计). Run after the fixes
of this session: errors found 21/21, warnings 8/8, false errors 0, false warnings 0. These figures measure fitting;
the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout52"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
