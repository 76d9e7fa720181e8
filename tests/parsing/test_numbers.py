from decimal import Decimal

import pytest

from disclosures.parsing.numbers import parse_amount, parse_count, parse_number


@pytest.mark.parametrize("raw,unit,value,scale", [
    ("3,064.66", "万元", "3064.66", 2),
    ("115.4", "万元", "115.4", 1),
    ("86", "万元", "86", 0),
    ("0.00", "万元", "0", 2),
    ("45,600", "元", "4.56", 0),
    ("123400.50", "元", "12.34005", 2),
    ("1.2", "亿元", "12000", 1),
    ("−1.20", "万元", "-1.2", 2),
    ("－3", "万元", "-3", 0),
    (".5", "万元", "0.5", 1),
    ("2500", "千元", "250", 0),
])
def test_it_converts_printed_amounts_to_wan(raw, unit, value, scale):
    amount = parse_amount(raw, unit)
    assert amount.value == Decimal(value)
    assert amount.scale == scale
    assert amount.source_unit == unit


@pytest.mark.parametrize("raw", ["", "abc", "1.2.3", "万元"])
def test_it_refuses_what_is_not_a_number(raw):
    with pytest.raises(ValueError):
        parse_number(raw)


def test_it_refuses_an_unknown_unit():
    with pytest.raises(ValueError):
        parse_amount("12", "美元")


@pytest.mark.parametrize("raw,count", [("61", 61), ("0", 0), ("1,024", 1024), ("2.5", None), ("-3", None)])
def test_counts_are_whole_and_positive(raw, count):
    assert parse_count(raw) == count
