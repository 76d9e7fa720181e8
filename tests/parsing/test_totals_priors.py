"""A total's amount is never last year's amount printed beside it (“较上年预算数（220.90万元）”)."""
from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosures

STATEMENT = """某县档案馆{year}年单位{kind}情况说明
一、收入支出{kind}总体情况
{sentence}
二、“三公”经费支出情况
{year}年“三公”经费0万元。
"""


def totals(sentence: str, *, year: int = 2025, kind: str = "预算") -> dict[str, tuple[Decimal, Decimal | None]]:
    (parsed,) = parse_disclosures(STATEMENT.format(sentence=sentence, year=year, kind=kind).encode(), filename="s.txt")
    return {k: (f.value, f.change) for k, f in parsed.figures.items() if k in ("income_total", "expenditure_total")}


@pytest.mark.parametrize("sentence", [
    "2025年收入预算1,000.00万元，较上年预算数（950.00万元）增加50.00万元；支出预算1,000.00万元。",
    "2025年收入预算1,000.00万元，比上年（950.00万元）增加50.00万元；支出预算1,000.00万元。",
])
def test_the_prior_in_brackets_is_not_the_total(sentence) -> None:
    assert totals(sentence)["income_total"] == (Decimal("1000.00"), Decimal("50.00"))


def test_a_grand_total_of_both_sides_gives_neither_side_last_years_amount() -> None:
    found = totals("2023年度收入、支出总计229.29万元，较上年预算数（220.90万元）增加8.39万元，增长3.80%。",
                   year=2023, kind="决算")
    assert Decimal("220.90") not in {value for value, _ in found.values()}
    assert "income_total" not in found  # 收入、支出总计 is the grand total with the carry-over, not 本年收入
