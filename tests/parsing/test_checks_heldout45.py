"""Blind held-out corpus 45 for the check engine: 18 county 部门预算 disclosures (2022-2026) of offices funded
heavily by 政府性基金, 国有资本经营预算 and 事业收入 (住房城乡建设局, 城市管理局, 交通运输局, 水利局, 自然资源局,
教育局, 卫生健康局) in 广东, 广西, 福建 and 江西. Nine are PDFs (a01-a09: cover, 目录, prose, nine 附表 including a
部门收入总表 with 一般公共预算/政府性基金/国有资本经营/事业收入/上年结转 columns, a 财政拨款收支总表, and 政府性基金 and
国有资本经营 tables, empty with a note where there is none); nine are portal .txt statements (t10-t18, prose only).
Every figure comes from one model per unit; the slips are single printed strings: a 全口径 total printed in the
一般公共预算 section, a 全口径 基本支出 printed with the 财政拨款 figure, a 基金 column total that disagrees with the
基金 table, an empty 基金 table carrying the 国资 table's note, a filled 基金 table saying 无数据, a 基金 paragraph
with a stale figure, bridges (财政拨款 vs 全口径) that omit 上年结转, plus classic ones (三公 total left from last
year, 增加 for a decrease, rates on this year's base, mistyped table cells and parts, a 目录 table absent from the
file, a wrong year, XX placeholders). 20 errors and 11 warnings in 13 documents. The five consistent ones (a03, a07,
t12, t15, t18) carry traps: rates to whole percent, 三公 compared with 上年执行数 as the table says, 全口径 far
above 财政拨款 (事业收入 of a hospital, 上年结转), figures kept in 元 and rounded one by one (sums off by 0.01),
different comparison bases named per sentence, and unchanged items (持平).

First run (scored once, unchanged, on main at 00:39 UTC 2026-12-01 on engine commit bfd4670 (the engine of 5aeb66d,
unchanged since last session); the corpus was committed before anything ran on it), verbatim:

    a01_jiexi_zhujian_2024: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p8 财政拨款收支总表支出总计的政府性基金及国有资本经营栏为4,168.00万元，而各行合计4,186.00万元、政府性基金预算支出表合计4,186.00万元，且5,807.93≠1,621.93+4,168.00
    a02_rongan_chengguan_2023: errors 1/1, warnings 1/2, false errors 0, false warnings 0
        missed warning: p3 财政拨款收支与部门收支相差数印为216.50万元，但部门收入2503.60万元−财政拨款2162.30万元=341.30万元，即事业收入216.50万元+上年结转124.80万元
    a03_rongxian_jiaotong_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a04_xinfeng_shuili_2022: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p7 部门支出总表2130306水利工程运行与维护行项目支出印为824.60万元，该行合计842.60万元，一般公共预算财政拨款支出表同科目842.60万元，项目支出合计列与各行不合
    a05_zijin_ziranziyuan_2026: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p7 部门支出总表合计行项目支出印为10,781.80万元，而合计12,040.00−基本支出1,168.20=10,871.80万元，各类项目支出之和及说明中的项目支出均为10871.80
    a06_yongtai_jiaoyu_2024: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    a07_dehua_weijian_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a08_changting_zhujian_2023: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a09_yanshan_jiaotong_2022: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p8 财政拨款收支总表支出总计的一般公共预算栏印为2,016.90万元，而一般公共预算财政拨款支出表合计2,061.90万元，本表各行一般公共预算之和亦为2,061.90，且3,563.90≠2,016.90+1,502.00
    t10_yangshuo_shuili_2024: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 财政拨款收入预算1785.70万元，财政拨款支出预算却印为1758.70万元，收支不平衡
    t11_shanglin_ziranziyuan_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t12_xiapu_jiaoyu_2023: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t13_suichuan_chengguan_2026: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 一般公共预算拨款在三中印为2299.51万元，在二和四中均为2299.50万元
    t14_yongxiu_zhujian_2022: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 五、政府性基金预算支出印为3126.50万元，而二、三中政府性基金预算拨款均为3548.00万元，其下城市建设支出亦为3548.00万元
    t15_anyuan_shuili_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t16_lianshan_jiaotong_2025: errors 1/1, warnings 2/2, false errors 0, false warnings 0
    t17_shangsi_chengguan_2024: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 财政拨款收支与部门收支相差数印为152.00万元，但2493.60−2248.60=245.00万元，即事业收入152.00+上年结转93.00
    t18_rongshui_ziranziyuan_2023: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 14/20 (recall 0.700); warnings found 8/11; false errors per document 0.000; false warnings per document 0.000

Issue 9's bars: recall 14/20 = 0.70 (MISSED): the columns of a 财政拨款收支总表's 支出总计 row against its rows and against the
一般公共预算/政府性基金 tables (a01, a09), a 部门支出总表 row and 合计 row whose 项目支出 cell breaks 合计 = 基本 + 项目 (a04, a05), a 财政拨款收入 and
支出 printed unequal in one sentence (t10), a 政府性基金 amount stated differently in two parts of the words (t14); false
errors 0 (met); false warnings 0 (met). Missed warnings: the stated difference between 部门收支 and 财政拨款收支 that omits 上年结转
(a02, t17), one amount printed 2299.51 beside 2299.50. Blindness: the writer reports that it did not run the engine or
the parser and opened no forbidden path.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes
(tests/parsing/test_checks_rules17_summary.py, _grids.py, _repeats.py, _prose_table.py: a fund column of two funds in
a 财政拨款收支总表, the 合计 | 基本 | 项目 rows of a 部门支出总表, 财政拨款收入 and 支出 in one sentence, a fund's appropriation listed twice or
against its own section, the stated gap between 部门收支 and 财政拨款收支). Run after the fixes of this session: errors found
20/20, warnings 11/11, false errors 0, false warnings 0. These figures measure fitting; the first run above remains
the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout45"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
