"""A value the compare table derives for the year before a document (from its 上年数, or its 本年数 less its
stated change) opens a source panel that shows that value first, then where it comes from, then the sentence."""
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from disclosures.models import Figure
from tests import factories

pytestmark = pytest.mark.django_db

PRIOR_SENTENCE = "我们自拟的一句：上一年度机关运行经费为288.25万元"


@pytest.fixture
def only_2024():
    disclosure = factories.make_disclosure(year=2024, figures={
        "sangong_total": ("120.5", "-4.5", "会议减少"), "operating_costs": "300", "staff_authorized": "40"})
    prior = Figure.objects.create(disclosure=disclosure, metric="operating_costs", period="上年", is_primary=False,
                                  value=Decimal("288.25"), page=2, source_text=PRIOR_SENTENCE)
    return disclosure, prior


def _cell_links(client, disclosure):
    html = client.get(f"/compare/?subjects=d{disclosure.department_id}").content.decode()
    table = re.search(r'<table[^>]*id="history-table".*?</table>', html, re.S).group(0)  # 2023 is a 历年 row
    return re.findall(r'<a class="figure-link" data-source href="([^"]+)"[^>]*>([^<]+)</a>', table)


def test_the_derived_cells_link_to_the_derived_source_panel(client, only_2024):
    disclosure, prior = only_2024
    stated = Figure.objects.get(disclosure=disclosure, metric="sangong_total")
    links = dict((text, href) for href, text in _cell_links(client, disclosure))
    assert links["125.00"] == reverse("comparisons:derived_source", args=[stated.pk])  # 120.50 − (−4.50)
    assert links["288.25"] == reverse("comparisons:derived_source", args=[prior.pk])


def test_a_value_from_a_change_shows_the_value_then_the_sum_then_the_sentence(client, only_2024):
    disclosure, _ = only_2024
    stated = Figure.objects.get(disclosure=disclosure, metric="sangong_total")
    html = client.get(reverse("comparisons:derived_source", args=[stated.pk])).content.decode()
    body = html.split('<div class="source-body derived-source">', 1)[1]
    text = re.sub(r"<[^>]+>", "", body)
    value = text.index("2023年部门预算：“三公”经费合计 125.00 万元")
    basis = text.index("据2024年预算说明所列本年数和增减额推算：本年数 120.50 + 比上年减少 4.50 = 125.00 万元")
    sentence = text.index("sangong_total as stated")
    assert value < basis < sentence


def test_a_value_from_the_prior_year_figure_shows_its_sentence(client, only_2024):
    disclosure, prior = only_2024
    response = client.get(reverse("comparisons:derived_source", args=[prior.pk]))
    body = response.content.decode().split('<div class="source-body derived-source">', 1)[1]
    assert body.index("2023年部门预算：<strong>机关运行经费 288.25 万元") < body.index("据2024年预算说明所列上年数") < body.index(PRIOR_SENTENCE)
    assert "derived-sum" not in body
    data = client.get(reverse("comparisons:derived_source", args=[prior.pk]) + "?format=json").json()
    assert data["derived"]["value"] == "288.25" and data["derived"]["year"] == 2023
    assert data["derived"]["origin"] == "prior_year" and data["source"]["source_text"] == PRIOR_SENTENCE


def test_a_figure_that_derives_nothing_is_not_found(client, only_2024):
    disclosure, _ = only_2024
    without_change = Figure.objects.get(disclosure=disclosure, metric="staff_authorized")
    response = client.get(reverse("comparisons:derived_source", args=[without_change.pk]))
    assert response.status_code == 404
    assert client.get("/compare/derived/99999999999999999999999/").status_code == 404


def test_a_derived_value_in_the_summary_opens_the_derived_source_panel(client, only_2024):
    disclosure, _ = only_2024
    later = factories.make_disclosure(region="铜梁区", department="重庆市铜梁区人民政府办公室", year=2025,
                                      figures={"sangong_total": ("80", "-5", "会议减少")})
    stated = Figure.objects.get(disclosure=later, metric="sangong_total")
    own = Figure.objects.get(disclosure=disclosure, metric="sangong_total")
    # the year both share is 2024: 铜梁's 2024 comes from its 2025 document (80.00 − (−5.00))
    html = client.get(f"/compare/?subjects=d{disclosure.department_id}&subjects=d{later.department_id}").content
    summary = re.search(r'<section class="summary".*?</section>', html.decode(), re.S).group(0)
    links = dict((text, href) for href, text in re.findall(r'href="([^"]+)"[^>]*>([^<]+)</a>', summary))
    assert links["85.00万元"] == reverse("comparisons:derived_source", args=[stated.pk])
    assert links["120.50万元"] == reverse("disclosures:figure", args=[own.pk])  # its own year: the figure itself
