"""IE-SCOPE-LE on a part that 其中 names right after its whole, in one sentence: no scope to mistake, so a part above
its whole is an error; a change is never read this way. Made-up figures."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.totals import part_named_by_qizhong
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def alarms(sentence: str) -> list[tuple[str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    return [(c.rule, c.severity) for c in part_named_by_qizhong(result, text_of([Line(sentence)]))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("一般公共预算财政拨款支出482.40万元,其中项目支出492.40万元。", [("IE-SCOPE-LE", "error")]),
    ("一般公共预算财政拨款支出482.40万元,其中:项目支出52.20万元。", []),
    ("政府采购预算20.00万元,其中货物类14.00万元。", []),
    ("政府采购预算20.00万元,其中货物类200,000.00元。", []),                        # 20.00 万元 = 200,000 元: not above
    ("政府采购预算20.00万元,其中货物类300,000.00元。", [("IE-SCOPE-LE", "error")]),
    ("支出比上年增加5.00万元,其中人员经费增加8.00万元。", []),                          # changes, not amounts
    ("支出比上年增加5.00万元,其中人员经费8.00万元。", []),
])
def test_a_part_named_by_qizhong_may_not_exceed_its_whole(sentence: str, expected: list) -> None:
    assert alarms(sentence) == expected
