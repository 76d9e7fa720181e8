"""The compare table's look: pinned unit row headers with badges, column groups, scope headers and caption, every
number one click from its source, and links that carry only the parameters the page knows."""
from __future__ import annotations

import re

import pytest
from django.urls import reverse

from comparisons.columns import COLUMNS
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def offices():
    return factories.make_three_offices()


def _page(client, query: str) -> str:
    response = client.get(f"{reverse('comparisons:compare')}?{query}")
    assert response.status_code == 200
    return response.content.decode()


def _table(html: str, table_id: str = "compare-table") -> str:
    return re.search(rf'<table[^>]*id="{table_id}".*?</table>', html, re.S).group(0)


def test_it_names_each_unit_in_a_row_header_that_links_to_its_page_with_badges_beside_it(client, offices):
    query = "&".join(f"subjects=d{d.department_id}" for d in offices.values()) + "&years=2024"
    table = _table(_page(client, query))
    dianjiang = offices["垫江县"]
    link = reverse("disclosures:department", args=[dianjiang.department_id])
    header = re.search(r'<th scope="row" class="subject"[^>]*>.*?</th>', table, re.S).group(0)
    assert f'<a class="subject-link" href="{link}">垫江县人民政府办公室</a>' in header
    assert '<span class="badge badge-kind">预算</span>' in header and "部门口径（含6个单位）" in header
    headers = re.findall(r'<th scope="col"[^>]*>(?:<a[^>]*>)?([^<]*)', table)
    assert "说明" not in headers  # the notes are badges beside the unit, not a last column
    assert headers[:3] == ["单位", "地区", "年度"]


def test_it_groups_columns_under_colgroup_headers_with_a_caption(client, offices):
    query = "&".join(f"subjects=d{d.department_id}" for d in offices.values()) + "&years=2024"
    html = _page(client, query)
    table = _table(html)
    assert re.search(r"<caption>比较表：每行一个单位", table)
    groups = re.findall(r'<th scope="colgroup" colspan="(\d+)" data-group="([\w-]+)"', table)
    assert [g for _, g in groups][:6] == ["subject", "sangong", "operating", "staff", "per-staff", "change"]
    columns = re.findall(r'<th scope="col"[^>]*data-group="([\w-]+)"', table)
    assert sum(int(n) for n, _ in groups) == len(columns)
    for slug in ("sangong", "operating", "staff", "per-staff", "change"):
        assert f'<input type="checkbox" value="{slug}" checked>' in html


def test_every_stated_number_and_change_links_to_its_figures_source_panel(client, offices):
    query = "&".join(f"subjects=d{d.department_id}" for d in offices.values()) + "&years=2024"
    table = _table(_page(client, query))
    figure = offices["垫江县"].figures.get(metric="sangong_total", period="本年")
    href = reverse("disclosures:figure", args=[figure.pk])
    assert f'<a class="figure-link" data-source href="{href}" title="查看原文和所在页">115.40</a>' in table
    assert f'<a class="figure-link" data-source href="{href}" title="查看原文和所在页">+23.70</a>' in table
    source = client.get(href, {"format": "json"}).json()
    assert (source["value"], source["label"], source["disclosure"]["year"]) == ("115.40", "“三公”经费合计", 2024)


def test_a_derived_year_is_marked_with_where_it_came_from(client, offices):
    query = "&".join(f"subjects=d{d.department_id}" for d in offices.values()) + "&years=2023"
    table = _table(_page(client, query))
    assert '<abbr class="derived-mark" title="据2024年预算说明所列本年数和增减额推算">推</abbr>' in table
    assert '<span class="badge badge-derived">推算：据2024年预算说明所列本年数和增减额推算</span>' in table


def test_sort_and_page_links_carry_only_the_known_parameters(client):
    for i in range(60):
        factories.make_disclosure(region=f"测试{i}县", department=f"测试{i}县人民政府办公室",
                                  figures={"sangong_total": str(i + 1)})
    junk = "x" * 5000
    html = _page(client, f"sort=-sangong_total&q={junk}&utm_source=mail")
    assert junk[:50] not in html and "utm_source" not in html
    assert len(html) < len(_page(client, "sort=-sangong_total")) + 2000
    pages = re.findall(r'href="\?([^"]*page=2[^"]*)"', html)
    assert pages and all("sort=-sangong_total" in link for link in pages)
    sort_links = re.findall(r'<th scope="col"[^>]*><a href="\?([^"]*)"', html)
    assert sort_links and all(set(re.findall(r"(\w+)=", link)) <= {"sort"} for link in sort_links)


def test_the_history_table_uses_the_same_columns_and_its_own_caption(client, offices):
    query = "&".join(f"subjects=d{d.department_id}" for d in offices.values())
    html = _page(client, query)
    history = _table(html, "history-table")
    assert "<caption>历年数据：每行一个单位一个年度" in history
    assert COLUMNS["sangong_total"].header in history
