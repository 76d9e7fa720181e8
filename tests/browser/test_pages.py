"""The browse pages in a real browser: charts draw from the local plotly.js, tables sort, nothing leaves the host."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _plot_rendered(page, selector: str) -> None:
    page.wait_for_selector(f"{selector} svg.main-svg", state="attached")


def test_it_loads_the_home_page_with_its_chart_offline(page, live_server, demo_data, external_requests):
    page.goto(live_server.url + "/")
    assert page.title() == "首页 · 县级预算比较"
    assert page.locator("html").get_attribute("lang") == "zh-CN"
    _plot_rendered(page, "#chart-headline")
    assert page.locator("#chart-headline svg.main-svg").count() >= 1
    assert "43.80" in page.locator("#headline-table").inner_text()  # 垫江县 2026 is its latest
    assert page.evaluate("typeof Plotly") == "object"
    assert external_requests == []


def test_it_sorts_a_table_by_clicking_its_header(page, live_server, demo_data):
    page.goto(live_server.url + "/")
    header = page.locator("#headline-table thead th", has_text="“三公”经费")
    header.click()
    ascending = page.locator("#headline-table tbody td.num").all_inner_texts()
    assert ascending == sorted(ascending, key=lambda t: float(t.replace(",", "")))
    assert header.get_attribute("aria-sort") == "ascending"
    header.click()
    descending = page.locator("#headline-table tbody td.num").all_inner_texts()
    assert descending == list(reversed(ascending))
    assert descending == ["66.30", "43.80", "14.90"]


def test_it_walks_from_home_to_a_region_a_department_and_a_disclosure(page, live_server, demo_data,
                                                                        external_requests):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="垫江县").first.click()
    page.wait_for_selector("#coverage-grid")
    assert page.locator("#coverage-grid td[data-state='ok']").count() >= 2
    page.locator("#region-latest").get_by_role("link", name="垫江县人民政府办公室").click()
    _plot_rendered(page, "#chart-sangong-trend")
    _plot_rendered(page, "#chart-operating-costs-years")
    page.locator("#subject-years").get_by_role("link", name="2024年").click()
    page.wait_for_selector("#figures")
    row = page.locator("#figures tr[data-metric='sangong_total']").inner_text()
    assert "115.40" in row and "+23.70" in row
    assert external_requests == []


def test_it_blocks_and_reports_any_request_to_the_internet(page, live_server, demo_data, external_requests):
    # The guard itself must work, or the "no external request" assertions above prove nothing.
    # (A script's fetch never gets that far: the Content-Security-Policy stops it in the browser; a navigation
    # is not covered by connect-src, so it reaches the guard.)
    page.goto(live_server.url + "/")
    with pytest.raises(Exception):
        page.goto("https://example.com/x.js")
    assert external_requests == ["https://example.com/x.js"]


PAGES = {
    "home": lambda d: "/",
    "region": lambda d: f"/regions/{d.department.region_id}/",
    "department": lambda d: f"/departments/{d.department_id}/",
    "disclosure": lambda d: f"/disclosures/{d.pk}/",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_it_takes_screenshots_on_desktop_and_phone(page, phone_page, live_server, demo_data, screenshot_dir,
                                                   external_requests, name):
    dianjiang = demo_data.filter(department__name="垫江县人民政府办公室", year=2024, unit__isnull=True).first()
    path = PAGES[name](dianjiang)
    for label, tab in (("desktop", page), ("phone", phone_page)):
        tab.goto(live_server.url + path)
        tab.wait_for_load_state("networkidle")
        if tab.locator("[data-plotly-spec]").count():
            tab.wait_for_selector("[data-plotly-spec] svg.main-svg", state="attached")
        # A phone must scroll tables inside their box, never the whole page sideways.
        overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} overflows by {overflow}px on {label}"
        tab.screenshot(path=str(screenshot_dir / f"{name}-{label}.png"), full_page=True)
    assert external_requests == []
