"""PR-REPEAT on amounts printed twice for the same year (issue 9, third blind corpus): besides 机关运行经费, the
“三公” total and 公务用车运行维护费 come back in 其他重要事项 or the vehicle paragraph, and must read the same.
Another year's or a member unit's amount is another quantity. Statements written for these tests."""
from __future__ import annotations

import pytest

from disclosures.parsing.checks.stated import pr_repeat_amount
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def run(*lines: str) -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in pr_repeat_amount(result, text_of([Line(t) for t in lines]))]


SANGONG = "三、“三公”经费预算情况"


@pytest.mark.parametrize(("lines", "expected"), [
    ((SANGONG, "“三公”经费预算9.40万元，比上年减少0.30万元。", "四、其他重要事项", "总之，本局2025年“三公”经费9.10万元，严格控制。"),
     [("PR-REPEAT", "fail", "error")]),
    ((SANGONG, "“三公”经费预算9.40万元。", "四、其他重要事项", "总之，本局2025年“三公”经费9.40万元，严格控制。"),
     [("PR-REPEAT", "pass", "error")]),
    ((SANGONG, "“三公”经费预算9.40万元。", "四、其他重要事项", "上年“三公”经费9.70万元。"), []),  # last year's
    ((SANGONG, "“三公”经费预算9.40万元。", "四、其他重要事项", "2024年“三公”经费9.70万元。"), []),
    (("公务用车运行维护费5.20万元，比上年持平。", "本局现有公务用车3辆，全年安排公务用车运行维护费5.60万元。"),
     [("PR-REPEAT", "fail", "error")]),
    (("公务用车运行维护费5.20万元。", "下属站所公务用车运行维护费1.10万元。"), []),  # a member's share
])
def test_it_holds_a_reprinted_amount_to_its_first_printing(lines: tuple[str, ...], expected: list) -> None:
    assert run(*lines) == expected
