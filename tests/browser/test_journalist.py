"""Issue 7 in a real browser, as a journalist would try it: notices, dropped units, the per-staff base switch,
one click from a number to its sentence and page image, hostile query strings, Chinese error pages.

The real seed PDFs are imported on top of the demo data so the source panel has pages to show; without
../shared the tests that need them skip with the reason.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "pdf"
OFFICES = ["垫江县人民政府办公室", "重庆市铜梁区人民政府办公室", "重庆市大足区人民政府办公室"]


@pytest.fixture
def seeded(demo_data, settings, tmp_path):
    """The demo data plus the five real seed PDFs (each file becomes the source of its disclosure)."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds/pdf is absent: the real seed PDFs are needed for page images")
    from disclosures import services

    settings.PAGE_IMAGE_DIR = tmp_path / "pages"
    for path in sorted(SEEDS.glob("*.pdf")):
        services.disclosure_import_file(data=path.read_bytes(), filename=path.name)
    return demo_data


def _offices_query() -> str:
    from disclosures.models import Department

    ids = Department.objects.filter(name__in=OFFICES).order_by("pk").values_list("pk", flat=True)
    return "&".join(f"subjects=d{pk}" for pk in ids)


def test_it_shows_the_mixed_years_notice_above_the_charts(page, live_server, seeded, external_requests):
    page.goto(f"{live_server.url}/compare/?{_offices_query()}&years=2023&years=2024")
    notice = page.locator("#comparability-notices")
    notice.wait_for()
    assert notice.is_visible()
    text = notice.inner_text()
    assert "垫江县人民政府办公室 2023年没有本年文件" in text and "据2024年预算说明" in text
    charts = page.locator(".charts").first.bounding_box()
    assert notice.bounding_box()["y"] < charts["y"]  # above the charts, not in a last column
    assert external_requests == []


def test_it_names_the_unit_a_year_filter_drops(page, live_server, seeded):
    page.goto(f"{live_server.url}/compare/?{_offices_query()}&years=2024")
    dropped = page.locator("#dropped-units")
    dropped.wait_for()
    assert "重庆市大足区人民政府办公室" in dropped.inner_text() and "2024" in dropped.inner_text()
    names = page.locator("#compare-table tbody th.subject .subject-link").all_inner_texts()
    assert sorted(names) == ["垫江县人民政府办公室", "重庆市铜梁区人民政府办公室"]


def test_it_switches_per_staff_figures_between_authorized_and_actual_staff(page, live_server, seeded):
    page.goto(f"{live_server.url}/compare/?{_offices_query()}&years=2024")
    page.select_option("#id_base", "编制")  # the switch resubmits the form by itself
    page.wait_for_url("**base=**")
    notices = page.locator("#comparability-notices").inner_text()
    assert "按编制数计算人均时" in notices and "垫江县人民政府办公室" in notices  # named, not an empty slot
    page.select_option("#id_base", "实有")
    page.wait_for_function("() => location.search.includes(encodeURIComponent('实有'))")
    notices = page.locator("#comparability-notices").inner_text()
    assert "按实有数计算人均时" in notices and "重庆市铜梁区人民政府办公室" in notices
    assert "按编制数计算人均时" not in notices


def test_clicking_a_number_opens_its_source_sentence_and_the_page_image(page, live_server, seeded, screenshot_dir,
                                                                         external_requests):
    page.goto(f"{live_server.url}/compare/?{_offices_query()}&years=2024")
    row = page.locator("#compare-table tbody tr", has=page.locator(".subject-link", has_text="垫江县人民政府办公室"))
    row.locator("a.figure-link", has_text="115.40").first.click()
    panel = page.locator("#source-panel")
    panel.locator(".source-body").wait_for()
    assert panel.is_visible()
    quote_text = panel.locator("blockquote").inner_text()
    assert quote_text.startswith("2024年“三公”经费预算115.4万元") and quote_text.endswith("。")
    assert "第 4 页" in panel.inner_text()
    image = panel.locator(".source-page img")
    image.scroll_into_view_if_needed()
    page.wait_for_function("() => { const i = document.querySelector('#source-panel .source-page img');"
                           " return i && i.complete && i.naturalWidth > 800; }")
    page.screenshot(path=str(screenshot_dir / "source-panel-desktop.png"))
    panel.locator("[data-close-panel]").click()
    assert not panel.is_visible()
    assert external_requests == []


def test_the_unit_name_links_to_its_page(page, live_server, seeded):
    page.goto(f"{live_server.url}/compare/?{_offices_query()}&years=2024")
    page.locator("#compare-table .subject-link", has_text="重庆市铜梁区人民政府办公室").click()
    page.wait_for_url("**/departments/**")
    assert page.locator("h1").inner_text() == "重庆市铜梁区人民政府办公室"


def test_the_column_groups_can_be_hidden_and_shown(page, live_server, seeded):
    page.goto(f"{live_server.url}/compare/?{_offices_query()}&years=2024")
    table = page.locator("#compare-table")
    width = table.bounding_box()["width"]
    page.locator(".column-groups input[value=change]").uncheck()
    assert page.locator("#compare-table thead th[data-group=change]").first.is_hidden()
    narrower = table.bounding_box()["width"]
    assert narrower < width - 300
    page.locator(".column-groups input[value=change]").check()
    assert page.locator("#compare-table thead th[data-group=change]").first.is_visible()
    sticky = page.locator("#compare-table tbody th.subject").first.evaluate("e => getComputedStyle(e).position")
    assert sticky == "sticky"


HOSTILE = [
    "/compare/?region=99999999999999999999",
    "/compare/?department_type=99999999999999999999",
    "/api/compare/?region=99999999999999999999",
    "/compare/export.xlsx?region=99999999999999999999",
    "/compare/export.csv?department_type=99999999999999999999",
    "/compare/?subjects=d99999999999999999999",
    "/compare/?subjects=u0",
    "/compare/?subjects=x1",
    "/compare/?subjects=d-1",
    "/compare/?years=99999",
    "/compare/?years=-1",
    "/compare/?years=2024&years=2024&years=2024",
    "/compare/?kind=预算&kind=决算",
    "/compare/?metric=no_such_metric",
    "/compare/?metric=sangong_total&metric=operating_costs",
    "/compare/?base=其他",
    "/compare/?q=" + "x" * 5000,
    "/compare/?subjects=" + "d1" * 2500,
    "/compare/?sort=" + "-" * 5000,
    "/compare/?page=999999999999999999999",
    "/compare/?history_page=-5",
    "/compare/?page=abc",
    "/compare/?format=xml",
    "/compare/?format=json&format=json",
    "/compare/?subjects=" + quote("d1' OR 1=1--"),
    "/compare/?region=" + quote("1;DROP TABLE disclosures_figure"),
    "/compare/?years=" + quote("２０２４"),
    "/compare/?kind=%00",
    "/compare/?subjects=" + quote("😀"),
    "/compare/?region=1e309",
    "/compare/?years=NaN",
    "/api/compare/?years=inf",
    "/api/compare/?subjects=" + quote("<script>alert(1)</script>"),
    "/units/99999999999999999999/",
    "/disclosures/1/source/sangong_total/?period=%00",
    "/disclosures/1/source/" + quote("<script>") + "/",
    "/sources/1/pages/0.png",
    "/sources/1/pages/99999.png",
    "/regions/abc/",
    "/?format=json&format=json",
    "/departments/1/?format=" + "j" * 5000,
    "/compare/?" + "&".join(f"p{i}=1" for i in range(300)),
]


def test_it_never_answers_5xx_to_hostile_query_strings(page, live_server, seeded):
    assert len(HOSTILE) >= 30
    failures = []
    for url in HOSTILE:
        response = page.request.get(live_server.url + url, max_redirects=0)
        if response.status >= 500:
            failures.append((url[:80], response.status))
        elif response.status >= 400 and "text/html" in response.headers.get("content-type", ""):
            assert 'lang="zh-CN"' in response.text(), url[:80]
    assert failures == []


def test_a_missing_page_answers_404_in_chinese_in_the_sites_layout(page, live_server, seeded):
    response = page.goto(live_server.url + "/no/such/page/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "找不到这个页面（404）"
    assert page.get_by_role("navigation", name="主导航").is_visible()
    assert page.title() == "找不到页面 · 县级预算比较"


@pytest.mark.parametrize("label", ["desktop", "phone"])
def test_it_takes_issue_screenshots_at_1440_and_390_pixels(page, phone_page, live_server, seeded, screenshot_dir,
                                                          label):
    tab = phone_page if label == "phone" else page
    assert tab.viewport_size["width"] == (390 if label == "phone" else 1440)
    tab.goto(f"{live_server.url}/compare/?{_offices_query()}&years=2024")
    tab.wait_for_selector(".charts svg.main-svg", state="attached")
    overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    tab.screenshot(path=str(screenshot_dir / f"compare-2024-{label}.png"), full_page=True)
    assert overflow <= 0, f"compare page overflows by {overflow}px on {label}"
    tab.locator("#compare-table a.figure-link").first.click()
    tab.locator("#source-panel .source-body").wait_for()
    tab.wait_for_function("() => { const i = document.querySelector('#source-panel .source-page img');"
                          " return !i || (i.complete && i.naturalWidth > 0); }")
    tab.screenshot(path=str(screenshot_dir / f"source-panel-{label}.png"))
