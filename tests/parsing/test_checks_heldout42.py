"""Blind held-out corpus 42 for the check engine: 18 county 部门预算 of 2024-2026 (湖北, 四川, 陕西, 江西, 广西; 10 PDFs
with 收支预算总表, 一般公共预算支出表 by 项 with a 上年 column and 三公 table, 8 plain-text statements) whose
一般公共预算支出 part lists each 功能分类 项 in prose with its amount, its change on last year and its rate, then 基本支出
(人员/公用), 三公 by item, 机关运行经费, 政府采购, 车辆 and 绩效. 13 documents carry 24 hand-listed errors and 12
warnings: prose 项 vs table, class lines vs their items, items vs the total, an omitted item, item changes and rates,
direction words, a table 合计 not updated, a 款 上年 cell, 基本+项目 and 人员+公用 sums, 收支 balance, 三公 sum/vehicle
subtotal/change/last year's figure, procurement parts, a wrong year, an XX placeholder, a table in the 目录 but absent.
The 5 consistent ones carry traps: 上年结转 making 支出总计 exceed the 一般公共预算 total (a02), rates rounded to whole
percent including "下降0%" (a02), 1-decimal rates and an 出国 item with 购置费 0 (a05), no thousands separators and a
三公 table split over two pages (a09), no numbering and no class line with a 持平 item (t01), amounts in 元 (t06).

First run (scored once, unchanged, on main at 23:28 UTC 2026-11-30 on engine commit a4c8c73, after the fixes of
checks_heldout35 to 41; the corpus was committed before anything ran on it), verbatim:

    a01_宜都_农业农村局_2024: errors 1/2, warnings 0/0, false errors 0, false warnings 1
        missed error: p1 农田建设（项）文字为216.34万元，附表2为261.34万元（数字颠倒），项级合计与类级数不符
        false warning: CP-TABLES p1: 第1页所列“第三部分附表(收支预算总表、一般公共预算支出表、“三公”经费支出表)”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a02_广水_教育局_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-TABLES p1: 第1页所列“第三部分附表(收支预算总表、一般公共预算支出表、“三公”经费支出表)”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a03_简阳_民政局_2024: errors 1/2, warnings 0/0, false errors 0, false warnings 1
        missed error: p3 附表2合计行本年数2,204.31万元不等于各类之和2,240.31万元，也与文字支出总额不符
        false warning: CP-TABLES p1: 第1页所列“第三部分附表(收支预算总表、一般公共预算支出表、“三公”经费支出表)”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a04_彬州_卫健局_2026: errors 1/1, warnings 2/2, false errors 0, false warnings 0
    a05_贵溪_水利局_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-TABLES p1: 第1页所列“第三部分附表(收支预算总表、一般公共预算支出表、“三公”经费支出表)”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a06_靖西_自然资源局_2024: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a07_华蓥_市监局_2025: errors 1/2, warnings 1/1, false errors 0, false warnings 1
        missed error: p1 食品安全监管（项）文字为827.48万元，附表2为872.48万元（数字颠倒）
        false warning: CP-TABLES p1: 第1页所列“第三部分附表(收支预算总表、一般公共预算支出表、“三公”经费支出表)”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a08_临潼_政府办_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 1
        false warning: CP-TABLES p1: 第1页所列“第三部分附表(收支预算总表、一般公共预算支出表、“三公”经费支出表)”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a09_瑞金_民政局_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 1
        false warning: CP-TABLES p1: 第1页所列“第三部分附表(收支预算总表、一般公共预算支出表、“三公”经费支出表)”在文件中未找到；表格可能缺失或另行公开，需人工复核
    a10_岑溪_教育局_2024: errors 1/2, warnings 0/0, false errors 0, false warnings 1
        missed error: p3 附表2普通教育（款）上年预算数1,081.76万元不等于其三项上年数之和1,018.76万元，也与类级上年数不衔接
        false warning: CP-TABLES p1: 第1页所列“第三部分附表(收支预算总表、一般公共预算支出表、“三公”经费支出表)”在文件中未找到；表格可能缺失或另行公开，需人工复核
    t01_恩施_水利局_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t02_江油_自然资源局_2026: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 一般公共预算当年拨款支出写1,651.12万元，但各项之和及收入中的一般公共预算拨款均为1,669.12万元
    t03_韩城_市监局_2024: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t04_樟树_卫健局_2025: errors 0/1, warnings 2/2, false errors 0, false warnings 0
        missed error: p1 基本公共卫生服务（项）写784.66万元（应为748.66），卫生健康支出各项之和与类级1,740.02万元不符，项级总和也超出支出1,925.11万元
    t05_北流_农业农村局_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t06_当阳_政府办_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t07_阆中_教育局_2025: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t08_南康_农业农村局_2026: errors 1/2, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 项级列表漏列公务员医疗补助（项），卫生健康支出类级102.96万元与所列项54.19万元不符，各项之和也小于支出3,064.50万元
        missed warning: p1 2026年预算的收入总计句写成“2025年收入预算总计”
    TOTAL errors found 17/24 (recall 0.708); warnings found 11/12; false errors per document 0.000; false warnings per document 0.444

Issue 9's bars: recall 17/24 = 0.71 < 0.8 (MISSED): a 项 stated in the words against its row in the 一般公共预算支出表, 项 lists in
the words against their 类 and the total (one 项 left out, one mistyped), a table's 合计 row and a 款's 上年 cell against their
rows, the 一般公共预算 spending against its listed items; false errors 0 (met); false warnings 0.44 ≤ 2 per document (met): a
目录 line naming three 附表 in brackets after 第三部分附表 is read as one table's name. Blindness: the writer reports opening none
of the forbidden files; it read no real document before writing.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules16_42.py: a
目录 heading naming its tables in brackets lists each table, a 预算's function classes and its numbered 项 list held to each
other and to the section's 一般公共预算 spending, every amount column of a coded table printed whole (上年预算数 beside 本年合计) held
to its 合计 row and its 类/款 rows). Run after the fixes of this session: errors found 24/24, warnings 10/12, false errors
0, false warnings 0 (the two FM-YEAR warnings are raised, but their messages quote an amount the listing gives to an
error item, so the scorer counts them there). These figures measure fitting; the first run above remains the held-out
estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout42"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
