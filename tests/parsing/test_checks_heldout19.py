"""Held-out corpus 19 for the check engine: 18 county disclosures written blind.

tests/fixtures/checks_heldout19/ holds 14 情况说明 text statements (10 portal pages saved as .html with the site
chrome around the article, 4 pasted as .txt; 9 预算 and 5 决算, 部门 and 单位; 内蒙古, 吉林, 黑龙江, 广西, 云南, 甘肃,
青海; 2023-2026; two state every amount in 元, three carry HTML tables in the article) and 4 full PDFs with their
附表 (cover, 目录, 说明, 8 standard tables), rendered by tests/fixtures/make_checks_heldout19_pdfs.py. Beside each
document, <name>.checks.json lists by hand what a reader finds: 23 errors and 8 warnings in 13 documents; 5
documents are fully consistent (with traps: coarse prose vs fine table, part-smaller-than-whole, different scopes
of the same noun, an empty 政府性基金 table with its note).

The corpus was written blind: without reading the parser, the check engine or the earlier held-out corpora, and
without running either on these documents.

First run (scored once, unchanged, on main at 18:00 UTC 2026-11-30: after the fixes of checks_heldout16 and
checks_heldout17 had landed; the corpus was committed before anything ran on it), verbatim:

    d15_arongqi_weijian_2025yusuan: errors 2/2, warnings 0/1, false errors 0, false warnings 1
        missed warning: p2 目录列出附表9“政府采购预算表”，正文亦称“详见附表”，但文件中没有该表（附表止于第8张政府性基金预算支出表）
        false warning: CP-TABLES p2: 第2页所列“9.阿荣旗卫生健康委员会2025年政府采购预算表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    d16_jingyu_shuiwu_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-SECT pNone: 文件未见“绩效目标情况”部分，需人工复核是否缺少该部分说明
    d17_tianlin_jiaotong_2024yusuan: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p12 政府性基金预算支出表只有合计行（0.00），未附“本部门无政府性基金收支、故本表无数据”之类的说明
    d18_gonghe_linye_2023yusuan: errors 1/2, warnings 0/1, false errors 0, false warnings 0
        missed error: p8 财政拨款收支总表收入总计印为2,462.24万元，而本年收入及支出总计均为2,426.42万元（数字颠倒）
        missed warning: p8 2023年部门预算的财政拨款收支总表标题写作“2022年财政拨款收支总表”，年份沿用上年
    s01_wuchuan_jiaoyu_2025yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    s02_huadian_weijian_2024juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s03_tonghe_jiaotong_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s04_longzhou_shuili_2025yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    s05_yongsheng_linye_2023juesuan: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 收、支总计19,959,808.66元，比上年增加2,117,193.36元（上年17,842,615.30元），增长率应为11.87%，文中写作10.61%
    s06_minle_kexie_2024yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s07_huzhu_canlian_2026yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s08_zhalaiteqi_fulian_2025juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s09_jiaohe_danganguan_2024yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s10_baiquan_jikong_2023yusuan: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 编制数68人，其中管理人员9人、专业技术人员52人、工勤技能人员6人，合计67人，与68人不符
    s11_luchuan_zhongxue_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s12_menghai_mengzhe_2025yusuan: errors 0/1, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 机关运行经费预算86.70万元，大于一般公共预算财政拨款基本支出中的公用经费78.60万元
        missed warning: p1 勐遮镇部门预算的“三公”经费一段写作“2025年勐混镇人民政府‘三公’经费预算13.40万元”，单位名称沿用他镇文稿
    s13_linxia_dongguan_2024juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s14_menyuan_nongye_2023juesuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 20/23 (recall 0.870); warnings found 3/8; false errors per document 0.000; false warnings per document 0.111

Issue 9's bars: recall 20/23 = 0.870 ≥ 0.8 (met); false errors 0 ≤ 1 and false warnings 0.11 ≤ 2 per document (met).
(The listings had been written as <name>.pdf.checks.json; the first attempt stopped on the name before scoring any
document, and they were renamed, unchanged, to <name>.checks.json.) d15's CP-TABLES is a true finding whose listed
figure is an amount the check does not read.

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules12_a.py (tables) and test_checks_rules12_b.py (prose, wording): a coded row the parser
could not place is checked from the printed lines (TB-HIER in the 合计 column); a 收入总表's 合计 row is held to its columns
(TB-ROW); a 财政拨款收支总表's class rows and its two totals are checked from the printed lines (TB-TOTAL, TB-T1;
checks/summaries.py); a caption opened by the unit's name before a stale year is FM-YEAR; a table whose only figures
are a zero 合计 row is empty (TB-EMPTY); a 基本支出 split after a change clause is read, so 机关运行经费 is held to its 公用经费
(TT-OPC-ECON); another township's name, or the unit's old head noun after its province, is CP-IDENT; PR-PCT reads
changes printed in 元; a split by the three post classes is a complete headcount split. Run after those fixes: errors
found 23/23, warnings 7/8, false errors 0 and false warnings 0.22 per document (d16 really has no 绩效目标 part, which
CHECKS.md requires; d18's and s04's stale caption years are found but listed with amounts a caption check does not
quote). These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout19"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
