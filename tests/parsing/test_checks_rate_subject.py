"""PR-PCT when the comparison opens its own sentence: it speaks of the previous sentence's subject."""
from __future__ import annotations

from disclosures.parsing.checks import run_checks
from disclosures.parsing.text import Line
from disclosures.parsing.types import ParsedDisclosure


class _Doc:
    def __init__(self, text: str):
        self.lines = [Line(text, 1, text, list(range(len(text))))]


def _pct(text: str) -> list[tuple[str, str]]:
    result = ParsedDisclosure(unit="某县测试馆", year=2013, kind="决算", scope="单位")
    return [(c.outcome, c.severity) for c in run_checks(result, _Doc(text)) if c.rule == "PR-PCT"]


def test_a_rate_opening_its_own_sentence_is_read_against_the_total_it_follows():
    # 6.30 + 0.70 = 7.00 last year; 0.70 / 7.00 = 10%: the total's rate, not the last item's (2.10)
    text = ("本年“三公”经费支出6.30万元，其中公务用车运行维护费4.20万元，公务接待费2.10万元。"
            "与上年相比减少0.70万元，下降10.00%，主要是压缩接待。")
    assert _pct(text) == [("pass", "warning")]


def test_a_rate_no_amount_of_the_sentence_gives_still_fails():
    text = ("本年“三公”经费支出6.30万元，其中公务用车运行维护费4.20万元，公务接待费2.10万元。"
            "与上年相比减少0.70万元，下降30.00%。")
    assert [outcome for outcome, _ in _pct(text)] == ["fail"]


def test_a_rate_in_the_same_clause_keeps_its_own_amount():
    text = "公务接待费2.10万元，与上年相比减少0.70万元，下降25.00%。"  # 0.70 / 2.80 = 25%
    assert _pct(text) == [("pass", "warning")]
