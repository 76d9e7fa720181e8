"""Blind held-out corpus 48 for the check engine: 18 county 部门预算 disclosures of 2025-2026 from 山东, 河北, 辽宁
and 安徽 in the newer template. Nine are PDFs (a01-a09: cover, 目录, prose, then ten 附表 one per page, including the
一般公共预算基本支出表 both by 部门预算支出经济分类 (301/302/303) and by 政府预算支出经济分类 (501/502/505/509), the
“三公” table with 上年/本年 rows and the 部门整体支出绩效目标表 with 部门支出预算数 and its 基本/项目 split); nine are
portal .txt statements (t10-t18), prose only, three with the 政府预算经济分类 rows pasted as text. Planted slips
(23 errors, 9 warnings in 13 documents): a 501 subtotal not updated and a 50103 typo (501 ≠ Σ50101..50103), the
政府经济分类 table's 合计 left at an old value (≠ 基本支出), 50206/50208 above the “三公” 接待/运行维护 figures, a
绩效 form's 项目 or 部门支出预算数 differing from the 支出总表, a class row of the 支出总表 not updated, a “三公”
合计 typo in the table and a stale one in prose, 机关运行经费 above 公用经费, prose vs table (接待费, 基本支出),
收入合计 ≠ 支出合计, a source ≠ 收入合计, Σ function classes ≠ 支出合计, 基本+项目 ≠ 一般公共预算 total, rates on the
current-year base, item changes not summing to the “三公” change, 增加 beside 下降, wrong years in a figure sentence,
XX/×× placeholders, an empty 基金 table without its note, a table listed in the 目录 but absent, and one figure
printed twice 0.01 apart. The five consistent documents carry traps: an all-funds total that includes 上年结转 or
事业收入 while the 一般公共预算 change goes the other way, 501 < 301 because 505 carries the 事业 members, 50206 below
the “三公” 接待 and 50208 equal to the 运行维护 figure, 机关运行经费 below 公用经费 with 事业单位 excluded, unchanged
“三公” items, and rates printed to the whole percent.

First run (scored once, unchanged, on main at 01:04 UTC 2026-12-01 on engine commit 2e49d3d (the engine of 5aeb66d,
unchanged since last session); the corpus was committed before anything ran on it), verbatim:

    a01_yishui_nongye_2025: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a02_zhengding_ziranziyuan_2026: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p13 政府预算支出经济分类基本支出表合计印为588.02万元，而501机关工资福利支出582.31+502机关商品和服务支出47.58=629.89万元，且与一般公共预算基本支出629.89万元（部门经济分类表合计、支出总表基本支出）不一致，合计疑为未更新的旧数
    a03_kangping_minzheng_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a04_feixi_jiaotong_2026: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p16 部门整体支出绩效目标表项目支出印为5,117.00万元，与部门支出总表项目支出5,029.50万元不符，且基本支出607.98+5,117.00≠部门支出预算数5,637.48万元
    a05_yuncheng_weijian_2025: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a06_weixian_shijian_2026: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    a07_huoqiu_shuili_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    a08_heishan_zhujian_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    a09_shexian_wenlv_2026: errors 1/2, warnings 1/1, false errors 0, false warnings 0
        missed error: p16 部门整体支出绩效目标表部门支出预算数印为1,478.61万元（数字颠倒），支出总表支出合计为1,748.61万元，且基本支出489.11+项目支出1,259.50=1,748.61万元
    t10_juxian_shangwu_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t11_pingyin_tongji_2026: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t12_laishui_sifa_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t13_xiuyan_tuiyijunren_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t14_linqu_yingji_2025: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    t15_changtu_renshe_2026: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t16_huaiyuan_fagai_2025: errors 2/2, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 一般公共预算基本支出先写951.62万元，下一段写951.61万元，同一数字两处不一致（人员经费890.32+公用经费61.30=951.62）
    t17_taihe_chengguan_2026: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    t18_faku_jiaoyu_2025: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 20/23 (recall 0.870); warnings found 8/9; false errors per document 0.000; false warnings per document 0.000

Issue 9's bars on that first run: recall 20/23 = 0.870 (met); false errors 0 (met); false warnings 0 (met). Missed: a
政府预算支出经济分类 (501/502) 基本支出表 合计 against its classes and the 基本支出 (a02), the 项目支出 and 部门支出预算数 of a 部门整体支出绩效目标表 against
the 支出总表 (a04, a09); the warning for 951.62 beside 951.61. Second blind run, on engine commit bd46ff4 after the fixes
driven by the single-digit corruptions (make corruptions) and by corpora 44-46, neither of which saw this corpus:
errors 20/23, warnings 9/9 (the 951.61 repeat now found by PR-REPEAT by subject), no false alarm. Blindness: the
writer reports not running the engine or the parser; its generator carries its own copy of make_variant_pdfs.render
with chromium's --disable-pdf-tagging, to keep ten-table PDFs under 150 KB.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes
(tests/parsing/test_checks_rules17_splits_perf.py: a 部门整体支出绩效目标表 row with its unit in the label, a 基本支出表 by 政府预算支出经济分类
(5xx) held to its classes and to the 基本支出). Run after the fixes of this session: errors found 23/23, warnings 9/9,
false errors 0, false warnings 0. These figures measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout48"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
