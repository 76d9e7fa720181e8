"""Blind held-out corpus 51 for the check engine: 18 部门预算 disclosures (2023-2026) of 乡镇人民政府/街道办事处 and
事业单位 (高中, 中心卫生院, 县人民医院, 农技推广站/农业综合服务中心) in 四川/重庆/陕西/甘肃/贵州/湖南 counties, each with the
9-table set 表1-表9 (部门收支总表 … 国有资本经营预算支出表) and prose restating it; 9 are full PDFs (cover, 目录, 情况说明,
one 附表 per page; one 表3 runs over two pages; one hospital prints its tables in 元) and 9 are portal .txt statements
(four paste one table each as tab-separated rows: 表1, 表3, 表5, and a 三公 表7 in 元). Slips were planted in 12
documents: 19 errors (a 项 digit swap breaking 款/类 sums in 表5 and in a pasted 表5, a 302 subtotal not updated,
事业收入 retyped without updating 本年收入合计, 人员经费 total swapped, 三公 运行维护费 swapped in 表7, last year's
农林水 left in 表4, wrong share and wrong growth percentages, 三公 Δ with the wrong direction or not equal to the items,
三公 total ≠ items, 收入 source ≠ total, 基本+项目 ≠ total twice, 采购 parts ≠ total, a 机关运行经费 amount beside an
out-of-scope statement, vehicle parts > total) and 8 warnings (a 目录-listed 表9 missing, an empty 表8 without note,
a 2022 title in a 2023 document, XX and 待填写 placeholders, a Δ with 减少 … 增长, two figures printed twice 0.01
apart). The 6 consistent documents carry traps: 上年结转 and 用事业基金弥补收支差额 in 收入总计 but not in 本年收入合计
(本年收入合计 ≠ 本年支出合计), 政府性基金 making 财政拨款 ≠ 一般公共预算 and 城乡社区 all-funds ≠ 财政拨款, 事业收入
dominating a hospital budget, tables in 元 against prose in 万元, 三公 items 与上年持平, 机关运行经费 not applicable to
事业单位, a per-vehicle average whose rounding does not multiply back, and a declared one-cent 尾差 between a 款 and
its 项.

First run (scored once, unchanged, on main at 03:48 UTC 2026-12-01 on engine commit b747b19 (the engine of f663d30,
unchanged since last session); the corpus was committed before anything ran on it), verbatim:

    h51_01_cangxi_yuanba_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h51_02_youyang_longtan_2024: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: PR-SHARE p3: 519.48万元占1267.48万元应为40.99%，文中为52.9%，需人工复核
        false error: PR-SHARE p3: 462.70万元占1267.48万元应为36.51%，文中为47.1%，需人工复核
    h51_03_luonan_chengguan_2026: errors 1/1, warnings 2/2, false errors 0, false warnings 0
    h51_04_tongwei_yizhong_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h51_05_meitan_renmin_yiyuan_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h51_06_xinhua_yangxi_wsy_2025: errors 2/2, warnings 0/0, false errors 1, false warnings 0
        false error: IE-INC-SUM p3: 收入合计与所列各项收入之和：收入合计595.88 与 一般公共预算拨款收入+事业收入+其他收入=394.48+180.50+12.30=587.28，差8.60，超出取整容差0.02；两处披露不能同时成立，需人工复核
    h51_07_pengshui_nongji_zhan_2026: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: IE-INC-SUM p3: 收入合计与所列各项收入之和：收入合计222.49 与 一般公共预算拨款收入+事业收入+上年结转=179.14+14.20+22.75=216.09，差6.40，超出取整容差0.02；两处披露不能同时成立，需人工复核
    h51_08_ziyang_xiangyang_2023: errors 1/1, warnings 2/2, false errors 0, false warnings 0
    h51_09_minxian_meichuan_2026: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h51_10_chengkou_gecheng_2025: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 收入预算总额790.61万元，其中唯一来源一般公共预算拨款收入写作790.16万元（占100.0%），两者不等；正文三一般公共预算拨款亦为790.61万元
    h51_11_zhengan_anchang_2024: errors 1/1, warnings 1/2, false errors 0, false warnings 0
        missed warning: p1 四中一般公共预算基本支出写作386.78万元，三中同一基本支出为386.79万元（人员经费334.37+公用经费52.42=386.79），相差0.01
    h51_12_longhui_erzhong_2026: errors 0/0, warnings 0/0, false errors 1, false warnings 1
        false error: PR-SHARE p1: 1442.84万元占1732.64万元应为83.27%，文中为94.4%，需人工复核
        false warning: PR-SHARE p1: 86.40万元占1732.64万元应为4.99%，文中为5.6%，需人工复核
    h51_13_jiange_puan_wsy_2023: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h51_14_zhenan_yongle_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h51_15_huining_renmin_yiyuan_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h51_16_xupu_lufeng_nongfu_2024: errors 1/2, warnings 0/0, false errors 1, false warnings 1
        missed error: p1 正文称本中心属公益一类事业单位、不在机关运行经费统计范围之内，随后又列“机关运行经费16.26万元”，两种说法不能同时成立
        false error: PR-SHARE p1: 105.58万元占131.03万元应为80.58%，文中为86.2%，需人工复核
        false warning: PR-SHARE p1: 16.95万元占131.03万元应为12.94%，文中为13.8%，需人工复核
    h51_17_sansui_bagong_2026: errors 0/0, warnings 0/0, false errors 2, false warnings 0
        false error: PR-SHARE p1: 534.81万元占1130.19万元应为47.32%，文中为51.8%，需人工复核
        false error: PR-SHARE p1: 497.38万元占1130.19万元应为44.01%，文中为48.2%，需人工复核
    h51_18_wuxi_ningchang_2023: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 17/19 (recall 0.895); warnings found 7/8; false errors per document 0.444; false warnings per document 0.111

Issue 9's bars on that first run: recall 17/19 = 0.895 (met); false errors 8 in 18 documents = 0.444 per document
(met); false warnings 0.111 (met). Missed: the one income source printed with two digits swapped against the 收入预算总额
(h51_10); a 机关运行经费 amount stated right after the text puts the unit outside its scope (h51_16); the warning for 386.78
beside 386.79. False errors: PR-SHARE shares read against a total that holds 上年结转 or 事业基金 (02, 12, 16, 17) and IE-INC-
SUM on sources listed without them (06, 07).

NO LONGER HELD OUT: the engine was then fixed on its misses and false alarms by general causes
(tests/parsing/test_checks_rules18_f8.py: a share after “。其中：” takes its base from the sentence before when that one
states a total and its change, 用事业基金弥补收支差额 as a source outside 本年收入, a sole source said to be 100% equals the total, a
部门 that puts itself outside 机关运行经费 by its own name). Run after the fixes of this session: errors found 19/19, warnings
8/8, false errors 0, false warnings 0. These figures measure fitting; the first run above remains the held-out
estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout51"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
