"""The compare page in a real browser: pick the three 人民政府办公室, see the charts, sort, download the sheet."""
from __future__ import annotations

from decimal import Decimal

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OFFICES = ["垫江县人民政府办公室", "重庆市铜梁区人民政府办公室", "重庆市大足区人民政府办公室"]


def _compare_three_offices(page, live_server) -> None:
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="比较").click()
    page.wait_for_selector("#compare-form")
    page.select_option("#id_subjects", label=OFFICES)
    # No year chosen: the latest year all three speak for, 2023 (大足区's own document; 垫江县 and 铜梁区 through
    # their 2024 documents' 本年数 less the stated change, marked 推).
    page.locator("#compare-form button[type=submit]").click()
    page.wait_for_selector("#compare-table tbody tr")


CELL_TEXT = "c => { const x = c.cloneNode(true); x.querySelectorAll('abbr, .badges').forEach(e => e.remove());" \
            " return x.textContent.trim(); }"


def _column(page, header: str) -> list[str]:
    """A column's cell texts (the unit's row header gives its name; 推/重述 marks and badges left out)."""
    headers = page.locator("#compare-table thead tr:last-child th").all_inner_texts()
    index = next(i for i, text in enumerate(headers) if text.strip().startswith(header))
    return [row.locator("th, td").nth(index).evaluate(CELL_TEXT)
            for row in page.locator("#compare-table tbody tr").all()]


def test_it_picks_units_and_draws_the_charts(page, live_server, demo_data, external_requests):
    _compare_three_offices(page, live_server)
    assert sorted(_column(page, "单位")) == sorted(OFFICES)
    totals = dict(zip(_column(page, "单位"), _column(page, "“三公”经费合计")))
    assert totals == {"垫江县人民政府办公室": "91.70", "重庆市铜梁区人民政府办公室": "15.40",
                      "重庆市大足区人民政府办公室": "66.30"}
    assert set(_column(page, "年度")) == {"2023"}
    assert page.locator("#compare-table abbr.derived-mark").count() >= 2
    page.wait_for_selector(".charts svg.main-svg", state="attached")
    assert page.locator(".charts .chart-box svg.main-svg").count() >= 3
    assert external_requests == []


def test_it_sorts_the_table_by_clicking_a_header(page, live_server, demo_data):
    _compare_three_offices(page, live_server)
    page.locator("#compare-table thead th a", has_text="机关运行经费（万元）").click()
    page.wait_for_url("**sort=operating_costs**")
    assert _column(page, "机关运行经费（万元）") == ["168.80", "311.79", "423.41"]
    page.locator("#compare-table thead th a", has_text="机关运行经费（万元）").click()
    page.wait_for_url("**sort=-operating_costs**")
    assert _column(page, "机关运行经费（万元）") == ["423.41", "311.79", "168.80"]


def test_it_downloads_the_comparison_as_xlsx_with_numbers_as_numbers(page, live_server, demo_data, tmp_path,
                                                                     external_requests):
    openpyxl = pytest.importorskip("openpyxl")
    _compare_three_offices(page, live_server)
    with page.expect_download() as info:
        page.locator("#download-xlsx").click()
    download = info.value
    assert download.suggested_filename.endswith(".xlsx")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    book = openpyxl.load_workbook(target)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    name_col = next(i for i, h in enumerate(header) if h == "单位")
    total_col = next(i for i, h in enumerate(header) if h and str(h).startswith("“三公”经费合计"))
    totals = {row[name_col]: row[total_col] for row in rows[1:] if row[name_col] in OFFICES}
    assert {name: Decimal(str(value)) for name, value in totals.items()} == {
        "垫江县人民政府办公室": Decimal("91.7"), "重庆市铜梁区人民政府办公室": Decimal("15.4"),
        "重庆市大足区人民政府办公室": Decimal("66.3")}
    assert all(isinstance(value, (int, float)) for value in totals.values())
    assert external_requests == []


@pytest.mark.parametrize("label,viewport", [("desktop", None), ("phone", "phone")])
def test_it_takes_compare_screenshots(page, phone_page, live_server, demo_data, screenshot_dir, label, viewport):
    tab = phone_page if viewport else page
    _compare_three_offices(tab, live_server)
    tab.wait_for_selector(".charts svg.main-svg", state="attached")
    overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    tab.screenshot(path=str(screenshot_dir / f"compare-{label}.png"), full_page=True)
    assert overflow <= 0, f"compare page overflows by {overflow}px on {label}"
