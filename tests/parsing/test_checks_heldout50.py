"""Blind held-out corpus 50 for the check engine: 18 county 部门决算 disclosures (2023-2025 决算) of 广东 (梅县区
自然资源局, 英德市交通运输局, 紫金县人社局), 广西 (阳朔县农业农村局, 博白县民政局, 田东县统计局), 福建 (尤溪县教育局,
平和县司法局, 浦城县退役军人事务局), 云南 (陆良县卫健局, 宾川县林草局, 弥勒市应急管理局), 贵州 (湄潭县水务局, 台江县
文体广电旅游局, 思南县商务局) and 四川 (营山县市场监管局, 江安县住建局, 渠县经信局). Nine are PDFs (cover, 目录, 部门概况,
情况说明 一至十, 名词解释, then 公开01-09表 one per page: 收入支出决算总表, 收入决算表, 支出决算表, 财政拨款收入支出决算总表,
一般公共预算财政拨款支出决算表 with 年初预算/调整预算/决算 columns, 基本支出决算表 with 人员经费/公用经费, “三公”经费表 with
预算数/决算数 rows, 政府性基金 and 国有资本经营 tables, empty ones with their note); nine are portal .txt statements, six of
them with some 公开表 pasted as tab-separated rows. Twelve documents carry planted slips, 16 errors and 8 warnings in all:
a 05表 row total typo, a 03表 基本支出 typo, a 05表 款 subtotal not updated, a 04表 class typo against 05表, a 三公 table
row changed without its total, prose vs table mismatches (人员经费, 公务用车运行维护费, a stale 年末结转和结余), a prose 三公
total that is not the sum of its items, 采购 total ≠ 货物+工程+服务, 基本+项目 ≠ 本年支出合计, 绩效 amount above the
一般公共预算 项目支出, wrong percentages (三公 decline, a class share, 绩效 share, a 收入 share), a vehicle total below its
parts, a direction word clashing with its percentage, a figure printed twice 0.01 apart, an "XX" placeholder and a
template instruction left in, a table listed in the 目录 but absent, an empty 政府性基金 table without its note, and a
wrong year in one table header. The six consistent documents carry traps: 事业收入 and 其他收入 beside 财政拨款, 年初结转
included in 收入总计 only, 政府性基金 far larger than 一般公共预算 (财政拨款 ≠ 一般公共预算), 完成年初预算 far from 100 %,
class shares summing to 100.1 % with a stated 尾差, a pasted 收入支出决算总表 in 元 beside prose in 万元, unchanged
三公 items (与上年持平), all-zero 三公 with no vehicle, 机关运行经费 below 公用经费 because a member 事业单位 is excluded,
and fewer 财政拨款 vehicles than vehicles in all (one awaiting disposal).

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout50"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
