"""Held-out corpus 12 for the check engine: 18 fictional county disclosures written blind.

tests/fixtures/checks_heldout12/ holds 11 text statements (9 .txt, 2 .html pages copied as from a government site,
each with a pasted table) and 7 PDFs with cover, 目录, 说明 and eight 附表, rendered by
tests/fixtures/make_checks_heldout12_pdfs.py. They cover offices of many kinds in 河北, 河南, 山东, 江苏, 浙江, 安徽, 湖北,
四川, 重庆, 新疆 and 天津, years 2023-2026, 预算 and 决算, 部门 and 单位. Beside each document, <name>.checks.json
lists by hand the planted problems: 20 errors and 7 warnings in 13 documents; the other 5 documents are consistent
(with legitimate traps: a 0.01 rounding difference in a class list, 全口径 vs 财政拨款 scopes of the same noun,
机关运行经费 below 公用经费, an all-zero 三公 section stated as such, a 事业单位 outside the 机关运行经费 scope).
The corpus was written without reading the parser, the check engine or the other held-out corpora.

First run (scored once, unchanged, on main as of 16:57 UTC 2026-11-30, after the fixes of checks_heldout10; the
corpus was committed before anything ran on it), verbatim:

    d01_guantao_dangxiao_2025yusuan: errors 1/1, warnings 0/1, false errors 0, false warnings 4
        missed warning: p2 目录列有“表九 2025年政府采购预算表”，说明中政府采购预算12.80万元也称“明细见表九”，但文件中没有表九
        false warning: CP-TABLES p2: 第2页所列“表一2025年收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二2025年收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三2025年支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表九2025年政府采购预算表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    d02_guannan_zhiyezhongxue_2024juesuan: errors 2/2, warnings 1/1, false errors 0, false warnings 4
        false warning: CP-TABLES p2: 第2页所列“表一2024年收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二2024年收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三2024年支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: TB-EMPTY p11: 第11页“表八灌南县职业中学2024年政府性基金预算支出表”为空表，且未说明原因
    d03_longyou_zhujianju_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 3
        false warning: CP-TABLES p2: 第2页所列“表一2026年收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二2026年收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三2026年支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    d04_yunxi_yibaoju_2026yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 3
        false warning: CP-TABLES p2: 第2页所列“表一2026年收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二2026年收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三2026年支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    d05_cangxi_fuyoubaojianyuan_2025yusuan: errors 2/2, warnings 1/1, false errors 0, false warnings 3
        false warning: CP-TABLES p2: 第2页所列“表一2025年收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二2025年收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三2025年支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    d06_huoqiu_chengguanzhen_2024yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 3
        false warning: CP-TABLES p2: 第2页所列“表一2024年收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二2024年收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三2024年支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    d07_wensu_nongyenongcunju_2026yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 3
        false warning: CP-TABLES p2: 第2页所列“表一2026年收支总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表二2026年收入总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
        false warning: CP-TABLES p2: 第2页所列“表三2026年支出总表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    s01_weixian_fagaiju_2025yusuan: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    s02_dancheng_zhujianju_2024juesuan: errors 2/2, warnings 0/0, false errors 1, false warnings 0
        false error: IE-BP p1: 支出与基本、项目支出之和：支出3842.61 与 基本支出+项目支出=1024.33+2573.73=3598.06，差244.55，超出取整容差0.015；两处披露不能同时成立，需人工复核
    s03_yishui_shenjiju_2026yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s04_fengxian_shengtaihuanjingju_2025yusuan: errors 0/1, warnings 0/1, false errors 0, false warnings 1
        missed error: p1 功能分类支出表合计行为2,181.60，而各科目之和1,642.37+201.83+88.12+104.28+82.00=2,118.60，正文支出预算及基本支出1,203.45+项目支出915.15均为2,118.60
        missed warning: p1 政府采购预算总额写成“XX万元”，占位符未替换（货物类45.00万元、服务类120.00万元）
        false warning: FM-PLACEHOLDER p1: 第1页有未替换的占位符：“025年政府采购预算总额XX万元,其中货物类”
    s05_kaihua_tuiyijunrenju_2023juesuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s06_taihe_zonggonghui_2024yusuan: errors 2/2, warnings 0/0, false errors 1, false warnings 0
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：一般公共预算财政拨款支出968.52 与 社会保障和就业支出+卫生健康支出+住房保障支出=84.26+32.15+59.3=175.71，差792.81，超出取整容差0.02；两处披露不能同时成立，需人工复核
    s07_zhushan_wenlian_2025yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s08_dazhu_miaobazhen_2026yusuan: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    s09_zhongxian_tushuguan_2024yusuan: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 忠县图书馆单位预算的“三公”经费说明写成“2024年忠县文化馆“三公”经费预算1.20万元”，单位名称为其他单位文本遗留
    s10_awati_chengnanshequ_2024yusuan: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    s11_ninghe_jikongzhongxin_2023juesuan: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 19/20 (recall 0.950); warnings found 4/7; false errors per document 0.111; false warnings per document 1.333

Issue 9's bars: recall 19/20 = 0.950 ≥ 0.8 (met); false errors 0.11 ≤ 1 and false warnings 1.33 ≤ 2 per document
(met). Of the false warnings, 21 are CP-TABLES on 目录 entries “表一/表二/表三…” whose tables are present. Three
listed wording warnings (d01 表九, d02 TB-EMPTY, s04 XX) were reported on their page but list amounts the wording
check does not read, so the scorer counts each as both missed and false.

NO LONGER HELD OUT: the engine was then fixed on these items by general causes, with unit tests in
tests/parsing/test_checks_rules7_a.py (tables) and test_checks_rules7_b.py (prose): a 目录 entry whose number runs
into the year (“表一2025年收支总表”) and captions carrying the unit's name are matched on their words (CP-TABLES); a
class table pasted into a web page without codes is summed (TB-TOTAL, s04); a 决算 spending sentence opening with its
year starts the 支出 part, so 本年支出合计 is what its 基本/项目 split adds to (IE-BP, s02); function classes written
as a 类/款/项 path are read and summed per class, and a listing not read whole gives no class sum (IE-EXP-SUM, s06);
a clause giving the document's own figure under another unit of its region is a CP-IDENT warning (s09). Run after
those fixes: errors found 20/20, warnings 6/7 (the scorer now matches s04's quoted XX; d01 表九 and d02 TB-EMPTY
are still counted as both missed and false), false errors 0 and false warnings 0.11 per document. These figures measure fitting; the first run above
remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout12"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
