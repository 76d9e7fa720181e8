"""Blind held-out corpus 45 for the check engine: 18 county 部门预算 disclosures (2022-2026) of offices funded
heavily by 政府性基金, 国有资本经营预算 and 事业收入 (住房城乡建设局, 城市管理局, 交通运输局, 水利局, 自然资源局,
教育局, 卫生健康局) in 广东, 广西, 福建 and 江西. Nine are PDFs (a01-a09: cover, 目录, prose, nine 附表 including a
部门收入总表 with 一般公共预算/政府性基金/国有资本经营/事业收入/上年结转 columns, a 财政拨款收支总表, and 政府性基金 and
国有资本经营 tables, empty with a note where there is none); nine are portal .txt statements (t10-t18, prose only).
Every figure comes from one model per unit; the slips are single printed strings: a 全口径 total printed in the
一般公共预算 section, a 全口径 基本支出 printed with the 财政拨款 figure, a 基金 column total that disagrees with the
基金 table, an empty 基金 table carrying the 国资 table's note, a filled 基金 table saying 无数据, a 基金 paragraph
with a stale figure, bridges (财政拨款 vs 全口径) that omit 上年结转, plus classic ones (三公 total left from last
year, 增加 for a decrease, rates on this year's base, mistyped table cells and parts, a 目录 table absent from the
file, a wrong year, XX placeholders). 20 errors and 11 warnings in 13 documents. The five consistent ones (a03, a07,
t12, t15, t18) carry traps: rates to whole percent, 三公 compared with 上年执行数 as the table says, 全口径 far
above 财政拨款 (事业收入 of a hospital, 上年结转), figures kept in 元 and rounded one by one (sums off by 0.01),
different comparison bases named per sentence, and unchanged items (持平).

First run: (to be recorded by the lead)
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout45"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18
