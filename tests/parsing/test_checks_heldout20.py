"""Held-out corpus checks_heldout20: 18 documents written blind (without reading the parser or the check engine).

11 text statements (9 .txt, 2 .html with a pasted “三公” table) and 7 PDFs with cover, 目录, 情况说明 and eight 附表,
for county offices of 重庆, 四川, 贵州 and 湖北 (2023–2026; 预算 and 决算; 部门 and 单位). Each document has a
hand-written <name>.checks.json listing: 16 errors and 6 warnings in 13 documents; 5 documents are fully consistent
(with scope traps: all-funds vs 财政拨款 totals, 其他收入 and 上年结转 outside 财政拨款, 30231 below the 三公 item).
Documents are written by tests/fixtures/make_checks_heldout20_pdfs.py.

First run (scored once, unchanged, on main at 18:28 UTC 2026-11-30: the final engine of the session, after the
fixes of checks_heldout18 and checks_heldout19; the corpus was committed before anything ran on it), verbatim:

    d01_wulong_shuiwu_2025yusuan: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    d02_langzhong_linye_2024yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    d03_jianhe_jiaotong_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d04_xingshan_jikong_2025yusuan: errors 1/1, warnings 0/1, false errors 0, false warnings 1
        missed warning: p11 政府性基金预算支出表为空表且无说明（正文称政府性基金预算支出0万元）
        false warning: TB-EMPTY p11: 第11页“表八2025年政府性基金预算支出表”为空表，且未说明原因
    d05_chengkou_danganguan_2024yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    d06_xuanhan_canlian_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    d07_meitan_kexie_2023yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s01_shizhu_fulian_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s02_pengxi_weijian_2024juesuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 一般公共预算财政拨款支出决算1373.01万元，年初预算1310.00万元，完成年初预算应为104.81%，文中写103.87%
    s03_zigui_maopingzhen_2026yusuan: errors 0/0, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 实有在职人员38人，但三个内设机构实有17+9+10=36人（38为编制数）
    s04_xifeng_jiaoyuju_2025yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s05_tongnan_guilinjiedao_2024yusuan: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 机关运行经费预算1130000.00万元，大于基本支出1070.46万元，系以元填列（应为113.00万元）
    s06_yuanan_yizhong_2023juesuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s07_miyi_jiaotong_2025yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s08_xiushan_jikong_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s09_zhengan_shuiwu_2024juesuan: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    s10_zhushan_linye_2025yusuan: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 2025年文件的基本情况写“竹山县林业局2024年部门预算包括”，年份为上年遗留
    s11_wuxi_danganguan_2023yusuan: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 14/16 (recall 0.875); warnings found 3/6; false errors per document 0.000; false warnings per document 0.056

Issue 9's bars: recall 14/16 = 0.875 ≥ 0.8 (met); false errors 0 ≤ 1 and false warnings 0.06 ≤ 2 per document (met).
s02's rate (0.94 points off) is a PR-RATE warning by CHECKS.md; d04's TB-EMPTY is a true finding listed with an
amount the check does not read.

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules13_a.py (目录, years) and test_checks_rules13_b.py (prose): a 目录 entry's number may be
followed by any punctuation or a space (“表一。收支总表”, CP-TABLES); the sentence naming what the document's own 预算 covers
must carry its year (FM-YEAR); a procurement total after 共计/合计 is read (PR-PROC-SUM, and so FM-UNIT-10K on
263,000.00万元); a part over its whole that fits when read as 元 is FM-UNIT-10K; a 决算's change on its 年初预算 is held to a
年初预算 stated elsewhere (PR-REPEAT, checks/priors.py). Run after those fixes: errors found 15/16, warnings 4/6, false
errors 0 and false warnings 0.06 per document (s02's rate stays a warning). These figures measure fitting; the first
run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout20"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
