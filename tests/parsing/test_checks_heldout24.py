"""Blind held-out corpus 24 for the check engine: 18 county disclosures written without reading the engine or the
parser (tests/fixtures/make_checks_heldout24_pdfs.py with the models in checks_heldout24_models.py): 10 部门/单位 预算
PDFs exported as from Word (cover, 目录, six 说明 parts, 附表 flattened into space-separated lines in 元, prose in 万元,
running headers and footers) and 8 portal statements (.txt/.html with site chrome; 预算 and two 决算), 2022–2026, in
16 provinces. The listings name 20 errors and 9 warnings in 13 documents; 5 documents are consistent but carry traps
(rounding tails within the envelope, 财政拨款 vs 一般公共预算当年 vs 全口径, 本级 vs 部门 机关运行经费, zeros in words,
an empty 政府性基金 table with its note, a correctly rounded rate). Every listed problem was re-computed from the
printed text (pdfplumber for the PDFs) before commit, every listed figure is printed on the page given, and every table
of the PDFs was re-added from the extracted text (only the planted cells fail).

First run (scored once, unchanged, on main at 19:10 UTC 2026-11-30, engine of commit 49e25ff: the engine that closed the
previous session, split into modules without any change of its checks, plus the amounts-memo fix; the corpus was
committed before anything ran on it), verbatim:

    d01_anji_agri_t4_stale_total: errors 0/1, warnings 0/1, false errors 0, false warnings 0
        missed error: p6 表四“2025年预算数”行合计仍印238,000.00元（即上年合计），而因公出国0.00+运行维护费172,000.00+接待费48,000.00只有220,000元；正文本年“三公”经费为22.00万元，与表四合计不符
        missed warning: p3 机关运行经费在同一段中先写126.85万元，后写126.86万元，同一数字两种写法
    d02_shuyang_health_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d03_linqu_market_t2_kuan_toc: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    d04_yiyang_school_bp_proc_xx: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    d05_hengshan_water_direction_t7: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p8 表七合计行：合计20,358,100.00元≠一般公共预算18,438,100.00+政府性基金1,500,000.00+事业收入240,000.00；事业收入列类行为420,000.00元
    d06_fuping_civil_unit_dup_t4: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p3 三中“基本支出578.47元”，单位应为万元（二中基本支出578.47万元，表三合计5,784,700.00元）
    d07_lankao_housing_pct_t3_line: errors 1/1, warnings 1/1, false errors 1, false warnings 0
        false error: TB-T3 p6: 基本支出表公用经费：公用经费176.47 与 30201办公费+30205水费+30206电费+30211差旅费+30217公务接待费+30228工会经费+30231公务用车运行维护费+30299其他商品和服务支出=28.49+4.41+10.59+13.24+5.7+5.29+25.62+85.15=178.49，差2.02，超出取整容差0.09；两处披露不能同时成立，需人工复核
    d08_nanjiang_culture_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d09_binchuan_forestry_row_gf_year: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p3 政府性基金预算支出写60.00万元，但政府性基金预算拨款收入70.00万元，表五合计700,000.00元
    d10_lintao_audit_sg_sum_empty_t9: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t11_yongjia_justice_final_income_zero_up: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t12_huoqiu_statistics_words_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t13_xinfeng_veterans_sg_change_placeholder: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t14_yunxi_commerce_personnel_yuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 基本支出418.60万元，但人员经费345.80+公用经费66.20=412.00万元
    t15_rongshui_forestry_final_rate_direction: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 支出决算1,598.60万元比上年1,475.30万元实为增加123.30万元，文中写“下降123.30万元”
    t16_qinyuan_medsec_scopes_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t17_zhengan_transport_stale_proj_vehicles: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t18_luonan_school_rounding_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 15/20 (recall 0.750); warnings found 7/9; false errors per document 0.056; false warnings per document 0.000

Issue 9's bars: recall 15/20 = 0.75 < 0.8 (MISSED); false errors 0.056 ≤ 1 per document (met); false warnings 0 ≤ 2 per
document (met). Blindness: the writer reported having read the first 60 lines of tests/parsing/test_checks_heldout.py
(the scorer's rules and corpus 1's first run), none of the engine or the parser.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules14_a.py: 元
tables quoted as printed, 基本支出…中 and 元 splits, PT-GF prose against the fund table, PR-DIR taking this year's amount from
the sentence before, a 收入总表 合计 row from printed lines, TB-T4 三公 rows, PR-REPEAT after 预算安排). Run after the fixes of this
session: errors found 20/20, warnings 9/9, false errors 0, false warnings 0. These figures measure fitting; the first
run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout24"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
