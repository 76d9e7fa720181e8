"""The number filters every page formats through (no database)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.template import Context, Template

from disclosures.templatetags.budget_format import format_count, format_signed_wan, format_wan, get_item


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (Decimal("4683.35"), "4,683.35"),
        (Decimal("115.4"), "115.40"),
        (Decimal("86"), "86.00"),
        (Decimal("0"), "0.00"),
        (Decimal("1234567.891"), "1,234,567.89"),
        (Decimal("0.005"), "0.01"),  # half up, as the documents round, not banker's 0.00
        (Decimal("2.675"), "2.68"),
        (Decimal("-23.37"), "-23.37"),
        ("3064.66", "3,064.66"),
        (2.5, "2.50"),
        (None, "—"),
        ("", "—"),
        (float("nan"), "—"),
        ("不是数字", "—"),
    ],
)
def test_it_formats_wan_with_separators_and_two_decimals(raw, shown):
    assert format_wan(raw) == shown


@pytest.mark.parametrize(
    ("raw", "shown"),
    [(98, "98"), (Decimal("61.000000"), "61"), (12345, "12,345"), (None, "—"), (float("nan"), "—")],
)
def test_it_formats_counts_as_integers(raw, shown):
    assert format_count(raw) == shown


@pytest.mark.parametrize(
    ("raw", "shown"),
    [(Decimal("23.7"), "+23.70"), (Decimal("-2.5"), "−2.50"), (Decimal("0"), "0.00"),
     (Decimal("-1338.47"), "−1,338.47"), (None, "—")],
)
def test_it_signs_changes(raw, shown):
    assert format_signed_wan(raw) == shown


def test_it_picks_amount_or_count_format_by_unit_in_templates():
    template = Template(
        "{% load budget_format %}{{ a|metric_value:'万元' }}|{{ n|metric_value:'人' }}|{{ a|wan }}|{{ n|count }}"
        "|{{ missing|wan }}|{{ d|get_item:'k' }}|{{ c|signed_wan }}"
    )
    html = template.render(Context({"a": Decimal("115.400000"), "n": Decimal("98.000000"), "d": {"k": "v"},
                                    "c": Decimal("-23.37")}))
    assert html == "115.40|98|115.40|98|—|v|−23.37"


def test_it_returns_none_for_lookups_on_non_mappings():
    assert get_item(None, "a") is None
    assert get_item([1, 2], "a") is None
