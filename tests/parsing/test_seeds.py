"""The five seed disclosures, as text and as PDF, against the hand-checked truth in ../shared/seeds/truth."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from tests.conftest import SEEDS, load_truth, needs_seeds, seed_ids

pytestmark = needs_seeds

CASES = [(seed, form) for seed in seed_ids() for form in ("text", "pdf")]


def _path(seed: str, form: str):
    return SEEDS / form / f"{seed}.{'txt' if form == 'text' else 'pdf'}"


@pytest.fixture(scope="module")
def parsed():
    cache = {}

    def get(seed: str, form: str):
        if (seed, form) not in cache:
            cache[seed, form] = parse_disclosure(_path(seed, form))
        return cache[seed, form]

    return get


@pytest.mark.parametrize("seed,form", CASES)
def test_it_reads_the_identity_of_the_document(parsed, seed, form):
    truth = load_truth(seed)
    result = parsed(seed, form)
    got = {k: getattr(result, k) for k in ("unit", "region", "province", "year", "kind", "scope")}
    assert got == {k: truth[k] for k in got}
    if "member_units" in truth:
        assert result.member_units == truth["member_units"]


@pytest.mark.parametrize("seed,form", CASES)
def test_it_reads_every_figure_the_truth_lists(parsed, seed, form):
    truth = load_truth(seed)
    result = parsed(seed, form)
    wrong = {}
    for key, expected in truth["figures"].items():
        figure = result.figures.get(key)
        if figure is None:
            wrong[key] = "missing"
            continue
        if expected["value"] is None:
            if not (figure.not_applicable and figure.value is None):
                wrong[key] = f"expected not applicable, got {figure.value}"
            continue
        if figure.value != Decimal(str(expected["value"])):
            wrong[key] = f"value {figure.value} != {expected['value']}"
        if "change" in expected and figure.change != Decimal(str(expected["change"])):
            wrong[key] = f"change {figure.change} != {expected['change']}"
        if "change" not in expected and figure.change is not None:
            wrong[key] = f"change {figure.change} stated nowhere in the truth"
    assert wrong == {}


@pytest.mark.parametrize("seed,form", CASES)
def test_it_states_nothing_the_document_does_not(parsed, seed, form):
    """A figure the truth does not list is absent, never guessed — unless the “三公” table states it."""
    truth = load_truth(seed)
    result = parsed(seed, form)
    table = truth.get("tables", {}).get("sangong_table", {}).get("this", {})
    extra = {key: result.figures[key].value for key in set(result.figures) - set(truth["figures"])}
    stated_in_table = {key: Decimal(str(table[key])) for key in extra if table.get(key) is not None}
    assert extra == stated_in_table
    assert all(result.figures[key].origin == "table" for key in stated_in_table)


@pytest.mark.parametrize("seed,form", CASES)
def test_it_reads_expenditure_by_function(parsed, seed, form):
    truth = load_truth(seed)
    result = parsed(seed, form)
    got = {line.name: line.value for line in result.expenditure_by_function}
    assert got == {name: Decimal(str(v)) for name, v in truth["expenditure_by_function"].items()}


@pytest.mark.parametrize("seed,form", CASES)
def test_every_figure_carries_its_page_and_sentence(parsed, seed, form):
    result = parsed(seed, form)
    for key, figure in result.figures.items():
        assert figure.page is not None and figure.page >= 1, key
        assert figure.source, key
        if figure.value is not None and figure.origin == "prose" and figure.source_unit == "万元":
            printed = format(figure.value, "f")
            digits = figure.source.replace(",", "").replace(" ", "").replace("\n", "")
            assert printed.rstrip("0").rstrip(".") in digits, (key, figure.source)


def test_pdf_pages_are_reported(parsed):
    if "004_feab6608d999c91e" not in seed_ids():
        pytest.skip("seed 004 not present")
    result = parsed("004_feab6608d999c91e", "pdf")
    assert result.pages == 15
    assert result.figures["sangong_total"].page == 4
    assert result.figures["operating_costs"].page == 4
    assert result.figures["income_total"].page == 3


def test_the_reason_clause_is_kept_whole_and_as_printed(parsed):
    if "000_0373972d906b157f" not in seed_ids():
        pytest.skip("seed 000 not present")
    result = parsed("000_0373972d906b157f", "text")
    # METRICS.md's own example: the reception reason starts "2024暂作预算安排用于牡丹节…" — an inline 用于 is no cut.
    assert result.figures["reception"].reason.startswith("2024暂作预算安排用于牡丹节")
    assert result.figures["sangong_total"].reason is None  # the total states no reason
    assert result.figures["outbound_travel"].reason.startswith("2024年暂作预算安排")


@pytest.mark.parametrize("seed,form", CASES)
def test_it_reads_headcount_per_member_unit(parsed, seed, form):
    truth = load_truth(seed)
    if "unit_headcount" not in truth:
        assert parsed(seed, form).unit_headcount == [] or truth["scope"] == "部门"
        return
    got = {h.unit: h for h in parsed(seed, form).unit_headcount}
    assert set(got) == {row["unit"] for row in truth["unit_headcount"]}
    for row in truth["unit_headcount"]:
        unit = got[row["unit"]]
        assert unit.actual == row["actual"]
        assert unit.contracted == row.get("contracted")
        if isinstance(row["authorized"], int):
            assert unit.authorized == row["authorized"]
        else:  # given in parts: the wording is kept
            assert unit.authorized_text and all(part in unit.authorized_text for part in ("29", "10"))
