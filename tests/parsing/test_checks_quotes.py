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
