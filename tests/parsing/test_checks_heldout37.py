"""Blind held-out corpus 37 for the check engine: 18 statements of small units (乡镇人民政府, 街道办事处, 中小学, 卫生院, 事业单位) in 四川, 重庆, 贵州 and 云南, 预算 and 决算 2020-2026, 12 as plain text copied from portals (tables flattened to space- or tab-separated lines, two with no tables) and 6 as PDFs (prose page plus 附表 收支总表, 支出总表 to 项 level, “三公”经费支出表), with messy formatting: traditional characters in headings, half-width brackets, numbering 一、/1、/第一部分/问N/none, thousands separators as commas, spaces or nothing, tables in 元 (one text file with its prose in 元 too), amounts broken over a line break. 13 documents carry 20 hand-listed errors and 12 warnings (totals not updated, transposed digits, prose vs table, 类 vs 款, 基本+项目 vs total, unbalanced 收支, 三公 sum/小计/changes, procurement sum, wrong direction word, rates off by about 0.6 point, headcount sums, placeholders XX, wrong years, a table listed in the 目录 but absent). The 5 consistent ones carry traps: prose rounded to 1 decimal whose sums differ from the total by 0.1 (within the rounding envelope), rates rounded to whole percent, 全口径 and 财政拨款 changes of opposite direction, items stated as 未安排 or 0万元, 元 tables with 万元 prose, an empty 政府性基金 table with its note, a number split across lines.

First run (scored once, unchanged, on main at 22:05 UTC 2026-11-30 on engine commit 66c04c2, as checks_heldout36; the
corpus was committed before anything ran on it), verbatim:

    a01_sichuan_zhongxue_2025: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a02_chongqing_xiangzhen_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a03_guizhou_weishengyuan_2023: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a04_yunnan_shiye_2022: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a05_sichuan_jiedao_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a06_chongqing_weishengyuan_2020: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t01_sichuan_xiangzhen_2024: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t02_chongqing_jiedao_2025: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t03_guizhou_zhongxue_2023: errors 0/1, warnings 1/1, false errors 0, false warnings 1
        missed error: p1 收入决算总计934.29万元不等于一般公共预算拨款885.03+事业收入25.67+年初结转和结余22.69=933.39万元；收支总表事业收入为26.57万元
        false warning: FM-YEAR p1: 第1页称“截至2022年12月31日”，而2023年度决算应以2023年12月31日为准，需人工复核
    t04_yunnan_weishengyuan_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t05_sichuan_shiye_2022: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t06_chongqing_xiangzhen_2021: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t07_guizhou_jiedao_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t08_yunnan_zhongxue_2020: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 三公经费说明未交代因公出国（境）费（既无金额也无“未安排”）
    t09_sichuan_weishengyuan_2021: errors 1/1, warnings 0/0, false errors 0, false warnings 1
        false warning: FM-YEAR p1: 第1页称“截至2020年12月31日”，而2021年度决算应以2021年12月31日为准，需人工复核
    t10_chongqing_shiye_2023: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t11_guizhou_xiangzhen_2024: errors 2/2, warnings 1/1, false errors 0, false warnings 1
        false warning: FM-YEAR p1: 第1页称“截至2023年12月31日”，而2024年度决算应以2024年12月31日为准，需人工复核
    t12_yunnan_jiedao_2025: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    TOTAL errors found 19/20 (recall 0.950); warnings found 11/12; false errors per document 0.000; false warnings per document 0.167

Issue 9's bars: recall 19/20 = 0.95 ≥ 0.8 (met); false errors 0 per document (met); false warnings 0.17 ≤ 2 per document
(met): three 决算 that date their vehicle count 截至 the year before, which FM-YEAR flags in a 决算 while CHECKS.md whitelists
截至Y−1年 (the writer did not list them). Blindness: the writer reports opening none of the forbidden files.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules16_36.py:
an income total whose sentence goes on with its sources and amounts without 其中). Run after the fixes of this session:
errors found 20/20, warnings 11/12, false errors 0, false warnings 0.17 per document. Left: t08's SG-ITEMS (出国 printed
only as a 0.00 table cell; reading the prose alone broke six consistent documents of earlier corpora, which count a
table cell as stating the item) and the three FM-YEAR warnings on 截至Y−1年12月31日 in a 决算, which three earlier corpora (13
s17, 14 s06, 18 s06) list as warnings while CHECKS.md whitelists 截至: the catalogue and the listings disagree. These
figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout37"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
