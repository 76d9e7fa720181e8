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

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout48"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
