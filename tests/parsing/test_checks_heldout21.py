"""Blind held-out corpus 21 for the check engine: 18 county documents written without reading the engine or parser.

tests/fixtures/checks_heldout21/ holds 8 text statements (5 .txt, 3 .html pages with the “三公” table pasted in) and
10 PDFs with cover, 目录, 说明 and 附表 (rendered by tests/fixtures/make_checks_heldout21_pdfs.py), from schools,
hospitals, 卫生院, a 疾控中心, a 妇幼保健院, a 敬老院, a library, a 文化馆 and two 部门 in nine provinces,
2023–2026, 预算 and 决算. The hand-written listings beside them name 17 errors and 7 warnings in 13 documents; the
other 5 documents are consistent. Every listed problem and every consistent document was re-computed from the
printed text before commit.

First run (scored once, unchanged, on main at 18:28 UTC 2026-11-30: the final engine of the session, the same that
scored checks_heldout20; the corpus was committed before anything ran on it), verbatim:

    d01_feidong_shiyanxiaoxue_2025yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 4
        false warning: CP-TABLES p2: 第2页所列“表一。收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二。收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三。支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d02_juye_zhiyezhuanye_2024juesuan: errors 0/1, warnings 1/1, false errors 0, false warnings 4
        missed error: p3 一般公共预算财政拨款支出决算2,043.22万元，年初预算1,900.00万元，完成率应为107.54%，文中写107.45%
        false warning: CP-TABLES p2: 第2页所列“表一。收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二。收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三。支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d03_sheyang_fuyoubaojianyuan_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 4
        false warning: CP-TABLES p2: 第2页所列“表一。收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二。收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三。支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d04_deqing_jiguanyoueryuan_2026yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 4
        false warning: CP-TABLES p2: 第2页所列“表一。收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二。收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三。支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d05_pinghe_weishengjiankangju_2025yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 4
        false warning: CP-TABLES p2: 第2页所列“表一。收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二。收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三。支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d06_lianping_zhongxinzhen_weishengyuan_2024juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 4
        false warning: CP-TABLES p2: 第2页所列“表一。收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二。收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三。支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d07_huaxian_diyigaojizhongxue_2023juesuan: errors 1/1, warnings 1/1, false errors 0, false warnings 4
        false warning: CP-TABLES p2: 第2页所列“表一。收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二。收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三。支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d08_wuji_jiaoyuheitiyuju_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 4
        false warning: CP-TABLES p2: 第2页所列“表一。收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二。收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三。支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d09_faku_disanxiaoxue_2025yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 4
        false warning: CP-TABLES p2: 第2页所列“表一。收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二。收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三。支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    d10_shexian_zhongyiyuan_2026yusuan: errors 0/1, warnings 1/1, false errors 0, false warnings 4
        missed error: p3 政府采购预算总额印为1,564.50万元，但货物类1,120.00+工程类240.00+服务类186.50=1,546.50万元
        false warning: CP-TABLES p2: 第2页所列“表一。收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二。收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三。支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    s01_pingyin_erzhong_2025yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s02_rudong_renminyiyuan_2024juesuan: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    s03_anji_tushuguan_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s04_yongtai_zhongyiyuan_2023juesuan: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 在职人员印为446人，但在编376人加编外聘用88人为464人
    s05_wengyuan_longxian_weishengyuan_2025yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s06_xixian_zhongxinjinglaoyuan_2024yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s07_luanping_jibingyufangkongzhizhongxin_2025juesuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 “三公”经费决算2.83万元，比年初预算减少0.67万元，即年初预算应为3.50万元（运行维护费3.00+接待费0.50），但同段又写年初预算“三公”经费为3.80万元
    s08_kuandian_wenhuaguan_2026yusuan: errors 0/1, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 政府采购预算总额印为263,000.00万元，而货物类18.40+服务类7.90=26.30万元，相差一万倍（应为元与万元混用）
    TOTAL errors found 13/17 (recall 0.765); warnings found 6/7; false errors per document 0.000; false warnings per document 2.222

Issue 9's bars: recall 13/17 = 0.765 < 0.8 (MISSED); false errors 0 ≤ 1 per document (met); false warnings 2.22 > 2
per document (MISSED): 30 are CP-TABLES on 目录 entries written “表一。收支总表” whose tables are present, 10 are
CP-SECT on a 名词解释 part these documents really lack. d02's rate (0.09 points off) is a PR-RATE warning by
CHECKS.md.

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules13_a.py (目录, years) and test_checks_rules13_b.py (prose): a 目录 entry's number may be
followed by any punctuation or a space (“表一。收支总表”, CP-TABLES); the sentence naming what the document's own 预算 covers
must carry its year (FM-YEAR); a procurement total after 共计/合计 is read (PR-PROC-SUM, and so FM-UNIT-10K on
263,000.00万元); a part over its whole that fits when read as 元 is FM-UNIT-10K; a 决算's change on its 年初预算 is held to a
年初预算 stated elsewhere (PR-REPEAT, checks/priors.py). Run after those fixes: errors found 16/17, warnings 6/7, false
errors 0 and false warnings 0.56 per document (the 名词解释 part the PDFs lack; d02's rate stays a warning). These figures
measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout21"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
