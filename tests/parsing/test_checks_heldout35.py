"""Blind held-out corpus 35 for the check engine: 18 county 部门/单位 预算 of 2025 and 2026 from 湖南, 湖北, 江西 and 安徽 (10 PDFs with cover, 目录, 情况说明 and 8-9 附表; 8 .txt portal statements), built by tests/fixtures/make_checks_heldout35_pdfs.py from one model of figures per document, with the weight on year-on-year changes (上年 figures, 增减额, 增减率, direction words in prose and tables). 13 documents carry 22 errors and 10 warnings, listed by hand in <name>.checks.json: a 三公 item differing between prose and table, last year's figure printed for this year, wrong change amounts and rates, a direction word against the figures, a 款 or 合计 not updated, 基本+项目 not equal to the total, a broken 收支总表 balance, income sources not adding up, 机关运行经费 above 公用经费, 采购 parts not adding up, a table titled with last year, a placeholder, a table listed in the 目录 but absent. The 5 consistent documents (a04, a10, t02, t05, t08) carry traps: 全口径 and 财政拨款 changes that differ because of 事业收入 or last year's carryover, items 与上年持平 and 未安排, a 款 off by 0.01 against its 类 (rounding), a prose amount printed without its trailing zero (135.1), a04's tables printed in 元 while its prose is in 万元, a space as thousands separator (t05: 1 150.30), half-width brackets (t02), an empty 政府性基金 table with its note, a 单位 with no 三公, no car and no procurement stated as such. Rates rounded to whole percent (a07, t04) and a change of 0% with 下降 (a07) are traps in documents that also carry slips.

First run (scored once, unchanged, on main at 22:08 UTC 2026-11-30 on engine commit 66c04c2, as checks_heldout36 to 38;
the corpus was committed before anything ran on it), verbatim:

    a01_liuyang_nongye_2025: errors 1/1, warnings 1/1, false errors 0, false warnings 1
        false warning: CP-TABLES p2: 第2页所列“附表7:“三公”经费支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a02_xiangtan_yingji_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 1
        false warning: CP-TABLES p2: 第2页所列“附表7:“三公”经费支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a03_zigui_chengguan_2025: errors 2/3, warnings 0/0, false errors 0, false warnings 1
        missed error: p7 部门支出总表21201城乡社区管理事务1,864.00万元，不等于其下项级之和1,846.00万元（1,213.30+632.70），212类合计亦对不上
        false warning: CP-TABLES p2: 第2页所列“附表7:“三公”经费支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a04_hongan_jiaoyu_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-TABLES p2: 第2页所列“附表7:“三公”经费支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a05_jinggangshan_wenlv_2025: errors 2/2, warnings 0/1, false errors 0, false warnings 1
        missed warning: p5 部门收支总表文化旅游体育与传媒支出增减额1.17万元（上年2213.23万元），增减率约0.05%，表中写0.7%
        false warning: CP-TABLES p2: 第2页所列“附表7:“三公”经费支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a06_wuyuan_shuili_2026: errors 1/2, warnings 1/1, false errors 0, false warnings 1
        missed error: p3 收入来源一般公共预算拨款3,145.30万元加上年结转428.50万元为3,573.80万元，不等于收入合计3,627.80万元（应为482.50万元）
        false warning: CP-TABLES p2: 第2页所列“附表7:“三公”经费支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a07_shexian_shangwu_2025: errors 1/1, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-TABLES p2: 第2页所列“附表7:“三公”经费支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a08_tongcheng_weijian_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a09_xiantao_huanbao_2025: errors 0/2, warnings 1/1, false errors 0, false warnings 1
        missed error: p5 部门收支总表支出总计1,539.30万元，不等于收入总计1,593.30万元，也不等于各功能类之和
        missed error: p3 政府采购预算450.00万元，货物180.00万元、工程0.00万元、服务207.00万元之和为387.00万元（采购表服务类为270.00万元）
        false warning: CP-TABLES p2: 第2页所列“附表7:“三公”经费支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a10_yueyang_renda_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-TABLES p2: 第2页所列“附表7:“三公”经费支出表”在文件中未找到；表格可能缺失或另行公开，需人工复核
    t01_ningxiang_shuili_2025: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t02_macheng_renshe_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t03_leping_chengguan_2025: errors 1/2, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 支出分功能科目表城乡社区支出2494.00万元，各类之和2736.00万元不等于合计2691.00万元，说明中为2449.00万元
        missed warning: p1 一般公共预算财政拨款比上年减少额，第二部分为61.38万元，第四部分写61.37万元
    t04_guixi_nongye_2026: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t05_qianshan_yingji_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t06_jiayu_shangwu_2026: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t07_shaoshan_wenlv_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t08_jixi_huanbao_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 17/22 (recall 0.773); warnings found 8/10; false errors per document 0.000; false warnings per document 0.500

Issue 9's bars: recall 17/22 = 0.77 < 0.8 (MISSED): a 款 against its 项 rows in a 支出总表, an income sum with a 上年结转 source,
a 收支总表 whose 支出总计 differs from its 收入总计, a procurement split, a text table's class sum and a stated change printed
twice; false errors 0 per document (met); false warnings 0.50 ≤ 2 per document (met), all one cause: the 目录 lists
“三公”经费支出表 while the table is titled 一般公共预算“三公”经费支出表, and CP-TABLES does not match the two. Blindness: the writer reports
opening none of the forbidden files.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules16_35.py: a
目录 name matching a caption that prefixes its fund, a 本年合计 column read as the row total, PR-PCT on each row of a table
with 本年/上年/增减额/增减率 columns, the income list after a bracketed prior and its change, a 收支总表's cell under this year's
column whatever its printed change, procurement parts in the sentence after a change, a pasted function-class table with
上年 columns summed in this year's, the 一般公共预算 change stated on both sides of a 预算 held to one reading as a warning). Run
after the fixes of this session: errors found 22/22, warnings 10/10, false errors 0, false warnings 0. These figures
measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout35"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
