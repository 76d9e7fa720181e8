"""Blind held-out corpus 38 for the check engine: 18 county 部门 disclosures (北京, 天津, 广东, 福建, 浙江; 16 预算 for 2024-2026, 2 决算 for 2024) whose 部门 has 2-8 member units, written without reading the engine. 10 PDFs carry prose, a 部门收入总表 broken down by member unit (单位编码/单位名称, each unit's 合计 and sources), a 支出总表 by 类/款 with 基本/项目, a 项目支出表, a 三公 table with the prior year, 政府性基金 and 国有资本经营 tables (empty ones with a note) and a 部门整体支出绩效目标表; 4 of them add one member unit's own statement on the last page. 8 .txt statements give the same in prose plus text-line tables. Amounts are in 万元 except a05 (元) and t05 (元, no thousands separators); a03's 支出总表 runs over two pages. Hand-listed: 24 errors and 9 warnings in 13 documents (unit rows not summing to the 部门 total, a unit's amount differing between the breakdown and its own statement or the prose, transposed digits, 类≠Σ款, 基本+项目≠total, prose vs table, 三公 sums, wrong rates, a placeholder, a wrong year, a table in the 目录 but absent, headcount sums). The 5 consistent documents (a03, a06, a09, t03, t06) carry traps: 三公 items stated as 未安排/与上年持平, empty fund tables with their note, 政府性基金 spread over units with a matching member statement, a rate rounded to a whole percent (9%, 2%) or to one decimal (10.0%), carryover as an income source, and in the two 决算 (t03, t06) income above spending by the stated 年末结转和结余.

First run (scored once, unchanged, on main at 22:06 UTC 2026-11-30 on engine commit 66c04c2, as checks_heldout36 and 37;
the corpus was committed before anything ran on it), verbatim:

    a01_miyun_agri_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    a02_binhai_culture_2024: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a03_panyu_edu_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a04_jinjiang_health_2025: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p2 妇幼保健院事业收入69.69万元使本行不平（1,578.00+69.69≠1,617.69），且事业收入列合计为39.69
    a05_yuhang_env_2025: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p2 项目支出表合计10,535,871.82元不等于各项目之和10,565,871.82元（亦与支出总表项目支出不符）
    a06_shunyi_city_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a07_wuqing_water_2026: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 目录列有5.政府性基金预算支出表，且部门有政府性基金拨款93.81万元，但附表中没有该表
    a08_nanhai_civil_2025: errors 1/2, warnings 0/1, false errors 1, false warnings 0
        missed error: p4 南海区民政局单位说明中一般公共预算拨款2,396.84万元，与部门收入总表及本单位表格的2,403.84万元不一致
        missed warning: p1 各单位实有人数8+33+19=60人，与部门实有在职人员58人不符
        false error: TB-EMPTY p2: 第2页“附表4民政局2025年一般公共预算“三公”经费支出表”有数据，但注明“注:本部门本年度无政府性基金预算拨款安排的支出,此表为空表。”；表与说明不能同时成立，需人工复核
    a09_xiamen_siming_sports_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a10_ningbo_yinzhou_pub_2025: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p3 部门整体绩效目标表部门支出预算数2,068.84万元不等于支出合计2,018.84万元
    t01_daxing_market_2025: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 说明中大兴区食品药品检验所收入预算547.12万元，与分单位表527.12万元不一致
    t02_jinnan_civil_2026: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 208社会保障和就业支出合计1,247.04万元不等于基本838.74加项目420.30，各类合计之和也不等于2,814.91
    t03_shunde_agri_2024: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: IE-INC-SUM p1: 收入合计与所列各项收入之和：收入合计2493.11 与 一般公共预算拨款+事业收入=2190.63+268.67=2459.30，差33.81，超出取整容差0.015；两处披露不能同时成立，需人工复核
    t04_fuqing_edu_2025: errors 0/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 福清市教育装备中心一般公共预算拨款1,866.75万元与本行合计1,886.75不符，该列之和也不等于5,051.82
        missed error: p1 所列5个项目金额之和2,297.10万元不等于项目支出预算2,282.10万元
    t05_xiaoshan_health_2024: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t06_tongzhou_police_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t07_longgang_city_2025: errors 0/1, warnings 1/2, false errors 0, false warnings 0
        missed error: p1 分单位表合计6,929.40万元不等于各单位之和6,992.40万元（数字颠倒）
        missed warning: p1 2025年预算说明中写成“2024年本部门收入预算合计”
    t08_wenzhou_lucheng_water_2025: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 213农林水支出项目支出281.99万元，与合计923.00减基本635.01不符，项目支出列之和也不等于1,094.66
    TOTAL errors found 14/24 (recall 0.583); warnings found 6/9; false errors per document 0.111; false warnings per document 0.000

Issue 9's bars: recall 14/24 = 0.58 < 0.8 (MISSED): the engine does not read a 部门's income table broken down by member-
unit rows (单位名称 instead of 科目编码) as a table whose rows and columns add up, nor compare a member unit's own statement
with its row there; text tables by class with 基本/项目 columns, a 项目支出表's project sum and the 部门整体支出绩效目标表's total are the
other misses; false errors 0.11 ≤ 1 per document (met); false warnings 0 ≤ 2 per document (met). Blindness: the writer
reports opening none of the forbidden files besides the opening lines of tests/parsing/test_checks_heldout.py (the
helpers its test imports).

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules16_38a.py:
a 部门 income table with one row per member unit, its columns and rows summed and each unit's amount in the words or its
own statement held to its row (checks/member_units.py), a headcount split by member unit parted by semicolons;
test_checks_rules16_38b.py: a text table whose heading carries its unit, a one-column 项目支出表 with its 合计 first, the
部门整体支出绩效目标表 against the 支出合计, numbered project lines against 项目支出, 目录 titles separated by 、, an empty-table note naming
another table's scope, a 决算's 收入合计 with its carryover among the sources). Run after the fixes of this session: errors
found 24/24, warnings 8/9, false errors 0, false warnings 0 (t07's year is quoted by a check that also quotes an error's
amount, so the scorer counts it for the error). These figures measure fitting; the first run above remains the held-out
estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout38"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
