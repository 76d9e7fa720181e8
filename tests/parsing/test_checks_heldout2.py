"""Second blind held-out estimate of the check engine against hand-listed inconsistencies (issue 9).

tests/fixtures/checks_heldout (the first blind corpus) was measured and the engine then fixed on it, so it no longer
estimates anything. tests/fixtures/checks_heldout2 holds 22 fresh documents (14 text/HTML statements, 8 full PDFs with
附表 rendered by tests/fixtures/make_checks_heldout2_pdfs.py), written without reading the check engine, its tests or
the first corpus. Beside each, <name>.checks.json lists by hand what an auditor finds, in the first corpus's format; 9
documents are consistent (rounded prose against two-decimal tables, 全口径 against 一般公共预算, 部门 against 本级,
budget against actual, zeros in words, empty tables with their note). Scoring is the first corpus's: `measure` of
test_checks_heldout.py (one scorer for both).

First run (the held-out estimate; corpus committed before the engine ever saw it):
p01_xiuwu_housing_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
p02_wenxian_statistics_rounding_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
p03_boai_education_scopes_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
p04_mengzhou_commerce_toc_row: errors 1/1, warnings 1/1, false errors 0, false warnings 0
p05_qinyang_agri_empty_balance: errors 1/1, warnings 1/1, false errors 0, false warnings 0
p06_wugang_culture_sangong: errors 2/2, warnings 0/0, false errors 0, false warnings 0
p07_dengfeng_tourism_total_gb: errors 0/2, warnings 0/0, false errors 0, false warnings 0
    missed error: p5 表3合计列合计印作701.00 ≠ 人员经费690.00 + 公用经费20.00 = 710.00（表2基本支出710.00）
    missed error: p3 第二部分写一般公共预算拨款支出1,170.00，但基本710.00 + 项目400.00 = 1,110.00，收支总体与表1、表2均为1,110.00
p08_yuzhou_audit_change_code_year: errors 1/1, warnings 2/3, false errors 0, false warnings 0
    missed warning: p4 表2科目2010801名称印作“审计业务”（2010801为行政运行，审计业务是2010804）
t01_tangyin_culture_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t02_qixian_agri_rounding_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t03_huaxian_transport_dir_pct: errors 0/2, warnings 0/0, false errors 0, false warnings 0
    missed error: p1 一般公共预算拨款980.00比上年1,020.00少40.00，文中写增加40.00
    missed error: p1 三公12.00比上年15.00减少3.00，降幅应为20.0%，文中写25.0%
t04_xunxian_hospital_unit_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t05_neihuang_education_balance_sangong: errors 2/2, warnings 0/0, false errors 0, false warnings 0
t06_huojia_civil_placeholder_head: errors 0/0, warnings 2/3, false errors 0, false warnings 0
    missed warning: p1 编制35名，行政20+事业12=32
t07_yuanyang_water_bp_repeat: errors 0/2, warnings 0/0, false errors 0, false warnings 0
    missed error: p1 一般公共预算拨款支出1,560.80 ≠ 基本860.80 + 项目720.00 = 1,580.80
    missed error: p1 机关运行经费第三部分写64.20，第五部分写46.20
t08_fengqiu_statistics_actual_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t09_changyuan_health_prose_table: errors 2/2, warnings 0/0, false errors 0, false warnings 0
t10_yanjin_forestry_final_rate: errors 0/1, warnings 0/0, false errors 0, false warnings 0
    missed error: p1 决算1,140.00/年初预算1,200.00=95.0%，文中写92.0%
t11_weihui_justice_scopes_ok: errors 0/0, warnings 0/0, false errors 2, false warnings 0
    false error: SG-SUM p1: 正文“三公”经费合计与分项之和：“三公”经费合计6 与 因公出国（境）费+公务用车购置费+公务用车运行维护费+公务接待费=0+0+0.4+6.8=7.2，差1.2，超出取整容差
        0.015；两处披露不能同时成立，需人工复核
    false error: IE-CHG-BAL p1: 收入与支出的上年比较变动额：收入合计变动40 与 支出合计变动70，差30，超出取整容差0.01；两处披露不能同时成立，需人工复核
t12_huixian_market_hier_code: errors 1/1, warnings 1/1, false errors 0, false warnings 0
t13_xinxiang_archives_zero_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t14_linzhou_police_counts_zero_base: errors 1/2, warnings 0/1, false errors 0, false warnings 0
    missed error: p1 因公出国（境）费上年为0，却写增长100%（零基数无增长率）
    missed warning: p1 实有58人，行政42+事业14=56
TOTAL errors found 11/19 (recall 0.579); warnings found 7/10; false errors per document 0.091; false warnings per
    document 0.000

Held-out estimate: errors found 11/19 (recall 0.579, below the 0.8 bar), warnings 7/10, false errors 2/22 = 0.091
per document (bar 1.0), false warnings 0 (bar 2.0). The bars test is therefore a strict xfail carrying these figures;
the engine was not changed here. Misses by kind: a stated change whose direction or size the two printed years
contradict (t03, p08's is found), percentages against the two years (t03 25.0% for 20.0%, t10 决算 execution rate
92.0% for 95.0%, t14 growth on a zero base), 基本 + 项目 ≠ the general-budget total in prose (t07), one figure printed
twice with different values in different sections (t07 机关运行经费), 表3's 合计 cell against its own row and the rows
above it, when the table runs over a page (p07), a prose general-budget total against its own split and the tables
(p07), headcount splits that do not add (t06 编制, t14 实有), a 科目 code printed with a sibling's name (p08 2010801).
False errors: t11 reads the 本级 “三公” 6.00 as the 部门 total, and takes the 事业收入 change (+40.00) for the income
total's change.

After the fixes (each a general rule or parser cause with its own unit tests in tests/parsing/test_checks_rules2_*.py:
checks/statements.py for a change printed before the prior amount, a rate beside both years or on a zero base, a
决算 completion rate, a headcount split by kind and a total's own 基本/项目 split; 机关运行经费 after 其中 for
PR-REPEAT; the 基本支出 table's 合计 row from its printed lines across a page break; the patterned 行政运行/…/事业运行
项 for FM-CODE-NAME; in the parser, a 项目支出 after a semicolon keeping its split's scope, a 本级 三公 total yielding
to the department's, a source's change no longer taken for the income total's): errors 19/19, warnings 10/10, no
false error or warning. This corpus is therefore NO LONGER HELD OUT: the engine was fixed on it, so these figures are
a regression test, not an estimate of recall on unseen documents. The bars test is a plain test now.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.parsing.test_checks_heldout import amount, assert_bars, document_of, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout2"


def test_corpus_is_the_one_described() -> None:
    listings = listed_documents(CORPUS)
    kinds = [document_of(p).suffix for p in listings]
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in listings]
    assert (len(listings), kinds.count(".pdf"), kinds.count(".html")) == (22, 8, 2)
    assert sum(t["consistent"] for t in truths) == 9
    assert sum(len(t["errors"]) for t in truths) == 19
    assert sum(len(t["warnings"]) for t in truths) == 10
    for listing, truth in zip(listings, truths):
        assert truth["consistent"] == (not truth["errors"] and not truth["warnings"]), listing.name
        for item in truth["errors"] + truth["warnings"]:
            assert set(item) == {"rule_hint", "page", "what", "figures"}, listing.name
            assert all(amount(f) is not None for f in item["figures"]), listing.name


def test_heldout2_bars_of_issue_9(capsys: pytest.CaptureFixture[str]) -> None:
    assert_bars(CORPUS, capsys)
