"""Blind held-out corpus 56 for the check engine: 18 county 部门预算/决算 disclosures (9 PDFs, 9 portal .txt statements)
of 教育局/卫生健康委员会/住房和城乡建设局/水利局/交通运输局 in 江西, 湖南, 广西 and 湖北, years 2022–2027, whose money
is not printed in 万元 everywhere: prose and tables in 元 with thousands separators; prose in 万元 over tables in 元;
large totals in 亿元 in the prose over 万元 tables; amounts given in 万元 and 元 in one sentence. 政府性基金 lines
(彩票公益金, 专项债券, 国有土地使用权出让收入 and its 债务付息) appear in most; 国有资本经营 tables are empty with a
note. 12 documents carry 25 planted errors: a one-digit slip in an 元 table leaf (项 and 经济分类 rows not summing into
their 款/类), prose 万元 figures that do not round from the 元 table (三公 接待, 人员经费, 项目支出), a 亿元 total with
swapped digits, 万元/元 restatements in one sentence that disagree, source sums and 三公 sums off (in 元 and 万元),
a 政府性基金 total not equal to its items, 基本 + 项目 ≠ 支出, 收入 + 结转 ≠ 支出 + 年末结转 in a 决算, percentages
(growth and shares) off by more than one point, a direction word contradicting its percentage, 机关运行经费 above
公用经费, a 收支决算总表 cell and a 三公 table total with digit slips. 7 warnings: two placeholders (XX), two wrong
years in figure sentences, a 目录 entry without its table, an empty table without a note, and one figure printed
0.01 apart. The 6 consistent documents carry traps: 元 tables restated in 万元 or 亿元 prose that agree only after
rounding, 0.01 gaps between independently rounded parts and totals, 上年结转/年初结转 making 支出 > 收入,
决算 ≠ 年初预算 with the reason stated, 机关运行经费 below 公用经费, empty 政府性基金 tables with a note, zero 三公
items stated in words or left blank in the table, and 全口径 vs 一般公共预算 项目支出.

First run (scored once, unchanged, on main at 08:18 UTC 2026-12-01 on engine commit d7687f1; the corpus was committed
before anything ran on it), verbatim:

    01_nanfeng_jiaoyu_2024_yusuan: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p2 2024年预算说明的机关运行经费句写成“2022年局机关运行经费733.71万元”，年份错误
    02_youxian_weijian_2025_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    03_lingchuan_zhujian_2023_juesuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p2 本年收入比上年减少1002.98万元，上年应为14713.44万元，降幅应为6.82%，说明写成下降8.62%
    04_yuanan_shuili_2026_yusuan: errors 0/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 同一句中基本支出写作1990.77万元（19,097,744.56元），两种单位不一致：19,097,744.56元折合1909.77万元
        missed error: p1 三公经费表本年公务接待费印为1.39万元，说明为1.93万元；且表内合计8.65≠6.72+1.39=8.11
    05_chongyi_jiaotong_2022_juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    06_ningyuan_jiaoyu_2027_yusuan: errors 2/3, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 基本支出32900.05万元占支出合计5.01亿元（50094.75万元）的比重应为65.68%，说明写成56.68%（与项目支出占34.32%相加也不足100%）
    07_tiandong_weijian_2024_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    08_yunxi_zhujian_2025_yusuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 政府性基金预算支出594.51万元，而所列城市建设支出484.14万元+债务付息支出146.37万元=630.51万元
    09_tonggu_shuili_2023_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    10_guidong_jiaotong_2026_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    11_rongshui_jiaoyu_2022_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    12_tongshan_weijian_2027_yusuan: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 收入预算总额4037.03万元，而一般公共预算3339.52+政府性基金555.14+事业收入28.38+上年结转60.00=3983.04万元
    13_anyuan_zhujian_2026_juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    14_rucheng_shuili_2024_juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    15_lingyun_jiaotong_2025_yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    16_wufeng_jiaoyu_2023_juesuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 本年收入16864.61万元+年初结转0.00应等于本年支出16543.51万元+年末结转和结余，年末应为321.10万元，说明写成312.10万元
    17_yihuang_weijian_2027_yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    18_xintian_zhujian_2022_yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    TOTAL errors found 18/25 (recall 0.720); warnings found 6/7; false errors per document 0.000; false warnings per document 0.000

Issue 9's bars on that first run: recall 18/25 = 0.720 (missed); false errors 0 (met); false warnings 0 (met). Missed:
an amount restated in 元 in brackets beside its 万元 figure that does not convert (04, 16's 元 restatement was found by
another rule), a rate printed with swapped digits against a total stated in 亿元 (03, 06), a 三公 table cell against the
words and the table's 合计 (04), a 政府性基金 total against the items the words list (08), the income total against the
sources the words list with 事业收入 and 上年结转 (12), and a 决算's 年末结转和结余 in the words against 收入 + 年初结转 − 支出 (16).

NO LONGER HELD OUT: after the first run the engine was fixed by general causes, none tied to this corpus's names or
figures (tests in tests/parsing/test_checks_rules19_f56.py): an amount followed by its restatement in another unit in
brackets (“A万元（B元）”, “A亿元（B万元）”) is one figure printed twice and must convert within both half-steps
(wording.restated_in_brackets, PR-REPEAT; 04, and 16's too); a share whose whole the sentence prints in 亿元 before
其中 is read against that whole with its 50万元 half-step (rates.pr_share, 06); an income total that says what it
is made of (构成为/构成如下) is held to the sources listed (wording.ie_inc_sum, 12); the parts a 其中/包括/具体为 list
names up to the end of its sentence cannot add up to more than their whole, unless one part is a subtotal of others
(totals.listed_parts_within_whole, IE-SCOPE-LE; 08); a 决算 that prints neither 收入总计 nor 支出总计 still balances,
本年收入合计 + 年初结转和结余 = 本年支出合计 + 年末结转和结余 (totals.final_totals, D-001; 16); a change framed by
“与上年（决算）相比，” and made again after its subject (“本年收入比上年减少…”) is read once, 本年收入 of a 决算 being
its income total (changes.change_on_last_year; 03); a year opening a sentence about the unit's money may name the
unit by its kind first (“2022年局机关运行经费…”, years.fm_year; 01); and, in the parser, a web table's row whose
cells after its label are blank (tabs kept) no longer cuts the table in two, so the 三公 table of 04 is read
(text.text_tables). The run after the fixes (tree h-f56):

    01–18: every listed error and warning found, no false error, no false warning
    TOTAL errors found 25/25 (recall 1.000); warnings found 7/7; false errors per document 0.000; false warnings per document 0.000
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout56"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
