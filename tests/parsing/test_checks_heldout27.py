"""Blind held-out corpus 27 for the check engine: 18 county disclosures written from one model of figures per unit
(10 PDFs of 15 or 16 pages with cover, 目录, 概况, 情况说明 and 8 or 9 附表; 8 web-page statements, .txt or .html), 部门 and
单位, 预算 and 决算, 2022–2026, outside 重庆, with the slips that editing last year's document leaves behind planted as
overrides of single printed strings. The listings name 20 errors and 10 warnings in 13 documents; 5 documents are
consistent but carry traps (scope differences, zeros in words, empty tables with notes, rates rounded to one decimal,
whole-number amounts, 决算 against both 年初预算 and 上年决算). Every listed problem was re-computed from the printed
text (pdfplumber for the PDFs) before commit, and every listed figure was found on the page given.

First run (scored once, unchanged, on main at 19:34 UTC 2026-11-30, the same engine that scored checks_heldout22 to 26;
the corpus was committed before anything ran on it), verbatim:

    h27_p01: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h27_p02: errors 1/2, warnings 1/1, false errors 2, false warnings 0
        missed error: p5 政府性基金预算情况一节称本部门2024年无政府性基金预算拨款，但收支总体情况列政府性基金预算拨款收入45.14万元，表7政府性基金预算财政拨款支出预算表合计45.14万元
        false error: PR-SHARE p4: 772.51万元占13.82万元应为5589.80%，文中为70.86%，需人工复核
        false error: PR-SHARE p4: 317.75万元占13.82万元应为2299.20%，文中为29.14%，需人工复核
    h27_p03: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: PR-SHARE p4: 824.79万元占48.18万元应为1711.89%，文中为74.2%，需人工复核
        false error: PR-SHARE p4: 287.44万元占48.18万元应为596.60%，文中为25.8%，需人工复核
    h27_p04: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p4 一般公共预算财政拨款支出决算1,679.21万元，年初预算1,643.71万元，决算超出年初预算，完成率约为102.16%，文中却写完成年初预算的97.89%（比例取倒且方向相反）
    h27_p05: errors 1/2, warnings 1/1, false errors 2, false warnings 0
        missed error: p6 说明中政府采购预算总额254.00万元、服务类68.00万元、一般公共预算拨款采购254.00万元，而表9政府采购预算表合计260.00万元、服务类74.00万元，整句沿用了旧数
        false error: PR-SHARE p4: 1,512.79万元占266.10万元应为568.50%，文中为55.05%，需人工复核
        false error: PR-SHARE p4: 1,235.32万元占266.10万元应为464.23%，文中为44.95%，需人工复核
    h27_p06: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: PR-SHARE p4: 445.42万元占52.64万元应为846.16%，文中为46.54%，需人工复核
        false error: PR-SHARE p4: 511.61万元占52.64万元应为971.90%，文中为53.46%，需人工复核
    h27_p07: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    h27_p08: errors 2/2, warnings 1/1, false errors 2, false warnings 0
        false error: PR-SHARE p4: 999.83万元占11.94万元应为8373.79%，文中为41.59%，需人工复核
        false error: PR-SHARE p4: 1,404.32万元占11.94万元应为11761.47%，文中为58.41%，需人工复核
    h27_p09: errors 1/1, warnings 0/1, false errors 1, false warnings 0
        missed warning: p3 单位概况写“肥西县桃花镇中心学校为县教育体育局所属……”，与标题和其余各处的肥西县上派镇中心学校不是同一单位
        false error: PR-SHARE p4: 1,267.94万元占69.04万元应为1836.53%，文中为85.26%，需人工复核
    h27_p10: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h27_t01: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h27_t02: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h27_t03: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h27_t04: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h27_t05: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    h27_t06: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h27_t07: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 年末实有在职人员24人，其中办公室6人、文化艺术股7人、旅游发展股6人、市场管理股4人，合计23人
    h27_t08: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    TOTAL errors found 17/20 (recall 0.850); warnings found 8/10; false errors per document 0.611; false warnings per document 0.000

Issue 9's bars: recall 17/20 = 0.85 (met); false errors 0.61 ≤ 1 per document (met): all eleven are PR-SHARE reading a
share of the total against the change printed between them, as in checks_heldout25; false warnings 0 ≤ 2 per document
(met). Blindness: the writer grepped tests/parsing/test_checks_heldout.py for listed_documents and saw about 15 lines of
the scorer, none of the engine or the parser.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules14_27.py: a
rate after 超出年初预算, a fund denied on both sides, CP-IDENT on a 所属 superior's name, procurement prose against its table,
headcount splits by office or member; the PR-SHARE false errors were fixed with checks_heldout25's). Run after the fixes
of this session: errors found 20/20, warnings 10/10, false errors 0, false warnings 0. These figures measure fitting;
the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout27"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
