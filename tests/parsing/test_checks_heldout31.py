"""Blind held-out corpus 31 for the check engine: 18 county disclosures from 江苏, 浙江, 福建, 广东, 山东, 辽宁 and 海南
(12 PDFs printed in a 2025-style finance-bureau template with cover, 目录, 部门概况, nine 预算表 before the 情况说明 and
名词解释, some tables running over two pages with or without the header repeated; 6 text statements, 3 of them 决算).
The hand listings name 18 errors and 10 warnings in 13 documents; 5 documents are consistent but carry traps (prose
rounded to one decimal, 全口径 vs 财政拨款 and 当年 vs 含结转 scopes, zeros and 未安排 items in words, empty tables
with their notes, rates rounded to one decimal). Every listed problem was re-computed from the printed text
(pdfplumber extraction of the PDFs) before commit, and every listed figure was checked to be printed on its page.

First run (scored once, unchanged, on main at 20:19 UTC 2026-11-30, commit 679644a: the engine after the fixes of
checks_heldout22 to 29 and 30's table items; the corpus was committed before anything ran on it), verbatim:

    p01_rudong_nongye_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    p02_anji_wenguang_2025: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    p03_jinjiang_shijian_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    p04_boluo_ziranziyuan_2025: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    p05_shouguang_shuili_2024: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    p06_zhuanghe_jiaotong_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    p07_qionghai_weijian_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    p08_shuyang_shangwu_2026: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    p09_tonglu_tuiyi_2025: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    p10_taishan_tongji_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    p11_pingdu_minzheng_2025: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p13 2025年预算说明的总体情况句写成“2023年部门所有收入和支出……收入预算合计”，年份不属于本年度
    p12_haicheng_sifa_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t01_minhou_linye_2024js: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 机关运行经费52.30万元，括注2023年为55.10万元，实为减少，却写“增加2.80万元”
    t02_wenchang_lvwen_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t03_gaizhou_yingji_2024js: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t04_huidong_renshe_2026: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 支出段末保留模板填写提示“（请在此说明增减变化的主要原因，不超过100字）”
    t05_yixing_danganguan_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t06_juxian_tuiyi_2025js: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 年末实有人员31人，其中局机关18人、服务中心12人，分项合计30人
    TOTAL errors found 18/18 (recall 1.000); warnings found 6/10; false errors per document 0.000; false warnings per document 0.000

Issue 9's bars: recall 18/18 = 1.00 (met); false errors 0 ≤ 1 per document (met); false warnings 0 ≤ 2 per document
(met). Warnings found 6/10. Blindness: the writer reported reading only tests/fixtures/make_variant_pdfs.py of the
project's files.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules15_31.py: a
stray year before 所有收入, last year's amount after a bracketed colon, bracketed template notes such as 请在此说明… or 不超过100字,
a split by unit counted by the sentence before it). Run after the fixes of this session: errors found 18/18, warnings
10/10, false errors 0, false warnings 0. These figures measure fitting; the first run above remains the held-out
estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout31"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
