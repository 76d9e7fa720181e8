"""What a finding quotes of the document: whole clauses, never a number cut in two."""
from disclosures.parsing import parse_disclosures

STATEMENT = """某县档案馆2025年单位预算情况说明
一、收支预算总体情况
2025年收支总预算120.00万元。{sentence}
"""


def placeholder_messages(sentence: str) -> list[str]:
    (parsed,) = parse_disclosures(STATEMENT.format(sentence=sentence).encode(), filename="statement.txt")
    return [c.message for c in parsed.checks if c.rule == "FM-PLACEHOLDER" and c.outcome == "fail"]


def test_a_placeholder_is_quoted_with_its_clause_from_the_start_of_the_year() -> None:
    (message,) = placeholder_messages("2025年政府采购预算总额XX万元，其中货物类45.00万元。")
    assert "“2025年政府采购预算总额XX万元”" in message


def test_a_long_clause_is_cut_before_a_number_not_inside_it() -> None:
    # twenty characters before XX fall inside the amount: the quote starts with the whole amount
    (message,) = placeholder_messages("本单位安排资金123456789012345678.50万元及其他XX万元。")
    assert "“123456789012345678.50万元及其他XX万元”" in message


def test_findings_read_the_same_whatever_the_hash_seed() -> None:
    """A quoted example must not depend on set order (PYTHONHASHSEED differs per process)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    document = next((repo / "tests" / "fixtures" / "checks_heldout12").glob("d05_*.pdf"))  # captions of another year

    def checks(seed: str) -> str:
        run = subprocess.run([sys.executable, "manage.py", "parse_disclosure", str(document), "--json"], cwd=repo,
                             env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True)
        return run.stdout

    first = checks("1")
    assert "表格标题均为2024年" in first
    assert all(checks(seed) == first for seed in ("2", "3"))
