"""Blind held-out corpus 22 for the check engine: 18 county disclosures of 黑龙江, 吉林, 辽宁, 内蒙古, 新疆, 宁夏, 青海,
西藏 and 甘肃 units for 2024–2026 (12 Word-export PDFs with cover, 目录, 说明 parts and eight 附表, two of them 决算; 6
portal statements as .txt or .html), written without reading the engine or the parser. The listings name 19 errors and
10 warnings in 13 documents; the other 5 are consistent but carry traps (全口径 vs 财政拨款 scopes through 结转 and 事业收入,
zeros and 未安排 stated in words, blank zero cells, an empty 政府性基金 table with its note, prose amounts and rates
rounded to one decimal, a 决算 compared with its 年初预算). Every listed problem was re-computed from the printed text
(pdfplumber for the PDFs) and every listed figure checked on the page given, before commit.

First run (scored once, unchanged, on main at 19:17 UTC 2026-11-30, the same engine that scored checks_heldout23 and
checks_heldout24; the corpus was committed before anything ran on it), verbatim:

    p01_bayan_agri: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    p02_nongan_health: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    p03_kangping_natres: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    p04_horqin_front_fireprevention: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    p05_wensu_water_final: errors 2/2, warnings 1/1, false errors 0, false warnings 1
        false warning: FM-YEAR p4: 第4页称“截至2023年12月31日”，而2024年度决算应以2024年12月31日为准，需人工复核
    p06_helan_market: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    p07_huzhu_civil: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    p08_maizhokunggar_culture: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    p09_yuzhong_transport: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    p10_fusong_veterans: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    p11_arong_education_final: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: FM-YEAR p4: 第4页称“截至2023年12月31日”，而2024年度决算应以2024年12月31日为准，需人工复核
    p12_hutubi_audit: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t13_linzhou_agri_service: errors 0/1, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 公务接待费写作“3.20元”，与其他三公数额的万元单位不一致；三公合计9.00万元=0.00+5.80+3.20（按万元）
        missed warning: p1 “三公”经费说明列了因公出国（境）费、公务用车运行维护费和公务接待费，没有交代公务用车购置费（既无金额也无未安排说明）
    t14_gonghe_housing: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 “三公”经费预算情况一节整段重复出现两次，公务用车运行维护费一处为9.80万元、另一处为9.81万元
    t15_yining_forestry: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t16_linze_arbitration: errors 1/2, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 同一段先说明本单位为公益一类事业单位、不纳入机关运行经费统计范围，随后又给出本单位机关运行经费预算18.60万元
        missed warning: p1 实有在职21人，其中管理岗位5人、专业技术岗位12人、工勤技能岗位3人，三类合计20人，与实有人数不符
    t17_xiji_medicalsecurity: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t18_wangkui_justice: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 17/19 (recall 0.895); warnings found 7/10; false errors per document 0.000; false warnings per document 0.111

Issue 9's bars: recall 17/19 = 0.89 (met); false errors 0 ≤ 1 per document (met); false warnings 0.11 ≤ 2 per document
(met). The two false warnings are the documents' own: two 2024 决算 state their vehicles “截至2023年12月31日”, the stale year
GovBudgetChecker plants in the corrupted 财政局 copy of realdocs; the writer did not list it. Blindness: the writer
reported having seen, by a grep, listed_documents, document_of and check_amounts in
tests/parsing/test_checks_heldout.py, none of the engine or the parser.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules14_22.py:
SG-ITEMS on a vehicle part named alone, PR-REPEAT at the same decimals, PR-OPC-APPLIC wordings, PR-HEAD-SUM on 实有在职N人).
Run after the fixes of this session: errors found 18/19, warnings 10/10, false errors 0, false warnings 0.11 per
document (the two true FM-YEAR above; t13's 3.20元 in a 三公 list is still missed). These figures measure fitting; the
first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout22"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
