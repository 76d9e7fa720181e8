"""Third blind held-out estimate of the check engine against hand-listed inconsistencies (issue 9).

tests/fixtures/checks_heldout3 holds 16 documents: 10 text/HTML statements (s01…s10) and 6 full 预算 PDFs with 附表
(d01…d06, rendered by tests/fixtures/make_checks_heldout3_pdfs.py). They were written without opening the check
engine, its tests or the two earlier corpora; <name>.checks.json lists by hand what an auditor finds (19 errors, 9
warnings), and 5 documents are consistent on purpose (rounding within the envelope, 全口径 vs 一般公共预算, 单位 vs
部门, 决算 vs 预算, zeros in words). The scorer is test_checks_heldout.py's, unchanged: a listed item is found when a
failed check reads or quotes one of its figures (an item without figures: a failed check on its page that covers no
figure-bearing item); a failed error/warning check that covers nothing listed is a false alarm.

First run (the held-out estimate; corpus committed in 3587233 before anything ran on it), verbatim:
d01_qianxi_statistics_ok: errors 0/0, warnings 0/0, false errors 2, false warnings 1
    false error: IE-BP p3: 支出与基本、项目支出之和：支出675.8 与 基本支出+项目支出=555.8+135=690.8，差15，超出取整容差0.015；两处披露不能同时成立，需人工复核
    false error: IE-BAL p3: 收入预算合计等于支出预算合计：收入合计690.8 与 支出合计675.8，差15，超出取整容差0.01；两处披露不能同时成立，需人工复核
    false warning: TB-EMPTY p6: 第6页“表5政府性基金预算支出表”为空表，且未说明原因
d02_fengning_hospital_unit_ok: errors 0/0, warnings 0/0, false errors 1, false warnings 1
    false error: IE-BAL p3: 收入预算合计等于支出预算合计：收入合计8800 与 支出合计2262.4，差6537.6，超出取整容差0.01；两处披露不能同时成立，需人工复核
    false warning: TB-EMPTY p6: 第6页“表5政府性基金预算支出表”为空表，且未说明原因
d03_anyue_culture_toc_row_opc: errors 2/2, warnings 1/1, false errors 0, false warnings 1
    false warning: TB-EMPTY p6: 第6页“表5政府性基金预算支出表”为空表，且未说明原因
d04_linxia_natres_basic_empty: errors 1/1, warnings 1/1, false errors 0, false warnings 0
d05_songtao_housing_placeholder_total: errors 2/2, warnings 0/1, false errors 0, false warnings 1
    missed warning: p3 部门概况中留有“【单位名称】”
    false warning: TB-EMPTY p6: 第6页“表5政府性基金预算支出表”为空表，且未说明原因
d06_gulang_agri_income_prior_repeat: errors 2/3, warnings 0/0, false errors 0, false warnings 1
    missed error: p3 公务用车运行维护费在“三公”段为12.60，车辆段又写12.80
    false warning: TB-EMPTY p6: 第6页“表5政府性基金预算支出表”为空表，且未说明原因
s01_lintao_library_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
s02_jingyang_market_rounding_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
s03_yanchi_agri_final_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
s04_dingbian_water_change_dir: errors 0/2, warnings 0/1, false errors 0, false warnings 0
    missed error: p1 公务接待费本年5.60、上年7.20，差1.60，文中写压减1.20；各项变动之和-1.20也≠合计变动-1.60
    missed error: p1 机关运行经费本年96.30、上年83.80，实为增加12.50，文中写下降12.50
    missed warning: p1 项目支出“比上年减少-36.20万元”：减少一词配负数
s05_jiangle_edu_pct_total: errors 1/2, warnings 0/0, false errors 0, false warnings 0
    missed error: p1 四个功能类之和18,630.50 ≠ 支出合计18,640.50
s06_hengshan_transport_placeholder_year: errors 1/1, warnings 2/2, false errors 0, false warnings 0
s07_wugong_health_headcount_repeat: errors 0/1, warnings 0/1, false errors 0, false warnings 0
    missed error: p1 “三公”经费先写16.80，其他重要事项中又写16.30
    missed warning: p1 实有86人，其中行政31人+事业52人=83人
s08_zhenba_forest_codes_hier: errors 1/1, warnings 1/1, false errors 0, false warnings 0
s09_hanyin_civil_final_rate_fund: errors 0/2, warnings 0/0, false errors 0, false warnings 0
    missed error: p1 “三公”决算18.36 / 预算21.60 = 85.0%，文中写完成91.8%
    missed error: p1 收入中列政府性基金预算财政拨款收入36.00，第四部分又称没有政府性基金预算财政拨款收入
s10_xunyang_culture_vehicle_table: errors 2/2, warnings 1/1, false errors 0, false warnings 0
TOTAL errors found 12/19 (recall 0.632); warnings found 6/9; false errors per document 0.188; false warnings per
    document 0.312
Bars of issue 9 on this corpus: recall 0.632 < 0.8 (missed), false errors 0.188 <= 1.0 (met), false warnings
0.312 <= 2.0 (met). The bars test is therefore a strict xfail carrying these figures.
A diagnostic pass after the run (no figure above changed) showed which rule covered each found item and two
matches that only the scorer's leniency earns: s05's 功能类 sum is reported by IE-EXP-SUM but as a warning (so the
listed error counts as missed), and s10's vehicle-purchase warning is covered by SG-SUM/SG-VEH reading 12.00, not
by SG-VCOUNT. The five TB-EMPTY false warnings fire on tables whose note is printed under the empty table; the
three false errors pair the 一般公共预算 spending with the 全口径 income or 基本/项目 split.

NO LONGER HELD OUT: the engine was then fixed on this corpus (issue 9, general causes each with its own unit tests in
tests/parsing/test_checks_rules3_*.py): the all-funds 支出 total is no longer read from "(二)一般公共预算财政拨款支出" (parser),
TB-EMPTY reads a note under the table, IE-EXP-SUM keeps an error for a prose list of classes printed in full,
PR-REPEAT covers the “三公” total and 公务用车运行维护费, changes named 下降/压减 beside both years, and PR-RATE reads "完成预算B万元的P%";
FM-PLACEHOLDER finds a bracketed field name, PR-HEAD-SUM reads 实有在职人员. Run after those fixes: errors found 18/19
(recall 0.947), warnings found 8/9, false errors 0.000 and false warnings 0.000 per document; the bars hold, so the
test below is a plain test. Its figures now measure fitting, not generalisation: the first-run figures above remain
the held-out estimate.
Still missed then: s09 政府性基金 income listed then said to be none (error), found since by PT-GF (the heldout6
round); s04 “减少-36.20” (listed as a warning; PR-DIR reports it as info: CHECKS.md keeps the warning for a direction
word and a sign that point opposite ways, and a consistent corpus prints this shape).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.parsing.test_checks_heldout import amount, assert_bars, document_of, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout3"


def test_corpus_is_the_one_described() -> None:
    listings = listed_documents(CORPUS)
    kinds = [document_of(p).suffix for p in listings]
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in listings]
    assert (len(listings), kinds.count(".pdf")) == (16, 6)
    assert sum(t["consistent"] for t in truths) == 5
    assert (sum(len(t["errors"]) for t in truths), sum(len(t["warnings"]) for t in truths)) == (19, 9)
    for listing, truth in zip(listings, truths):
        assert truth["consistent"] == (not truth["errors"] and not truth["warnings"]), listing.name
        assert len(truth["errors"]) + len(truth["warnings"]) <= 3, listing.name
        for item in truth["errors"] + truth["warnings"]:
            assert set(item) == {"rule_hint", "page", "what", "figures"}, listing.name
            assert all(amount(f) is not None for f in item["figures"]), listing.name


def test_heldout3_bars_of_issue_9(capsys: pytest.CaptureFixture[str]) -> None:
    assert_bars(CORPUS, capsys)
