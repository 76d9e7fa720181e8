"""Uploading in a real browser: log in, pick two seed PDFs and one real Shanghai PDF, watch each reach its final
status with a link to what it became; the page runs under the CSP without inline scripts."""
from __future__ import annotations

import openpyxl
import pytest

from disclosures.models import Disclosure
from tests.conftest import SEEDS, SHARED, needs_seeds
from tests.disclosures.upload_helpers import editor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), needs_seeds]

REALDOCS = SHARED / "realdocs" / "pdf"


def _log_in(page, live_server) -> None:
    editor("editor", password="a-long-test-password")
    page.goto(live_server.url + "/accounts/login/?next=/uploads/")
    page.get_by_label("用户名").fill("editor")
    page.get_by_label("密码").fill("a-long-test-password")
    page.get_by_role("button", name="登录").click()
    page.wait_for_url("**/uploads/")


def test_it_uploads_three_pdfs_and_shows_each_final_status(page, live_server, external_requests):
    realdocs = sorted(REALDOCS.glob("*.pdf"))
    if not realdocs:
        pytest.skip("../shared/realdocs/pdf is absent")
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    _log_in(page, live_server)
    files = [SEEDS / "pdf" / "000_0373972d906b157f.pdf", SEEDS / "pdf" / "004_feab6608d999c91e.pdf", realdocs[0]]

    items = page.locator("#upload-list .upload-item")
    # One at a time: the test server's in-memory SQLite is one connection shared by its threads (a real server
    # takes them at once; tests/disclosures/test_upload_concurrency.py sends 50 together to PostgreSQL).
    for index, path in enumerate(files):
        page.set_input_files("#file-input", str(path))
        items.nth(index).wait_for()
        page.wait_for_function(
            "(i) => ['parsed', 'needs_review', 'failed', 'duplicate']"
            ".includes(document.querySelectorAll('#upload-list .upload-item')[i].dataset.status)",
            arg=index, timeout=120_000,
        )
    statuses = [items.nth(i).get_attribute("data-status") for i in range(3)]
    assert set(statuses[:2]) <= {"parsed", "needs_review"}, statuses
    assert statuses[2] in {"parsed", "needs_review"}, items.nth(2).inner_text()
    for i in range(3):
        assert items.nth(i).locator(".upload-links a").count() >= 1
    assert [items.nth(i).locator(".upload-name").inner_text() for i in range(3)] == [p.name for p in files]
    items.nth(0).locator(".upload-links a").first.click()
    page.wait_for_url("**/disclosures/*/")
    assert "垫江县人民政府办公室" in page.locator("h1").inner_text()
    assert external_requests == []
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_an_editor_corrects_a_figure_and_the_disclosure_page_shows_the_audit_trail(page, live_server, tmp_path):
    _log_in(page, live_server)
    page.set_input_files("#file-input", str(SEEDS / "pdf" / "000_0373972d906b157f.pdf"))
    item = page.locator("#upload-list .upload-item").first
    page.wait_for_function(
        "() => ['parsed', 'needs_review'].includes(document.querySelector('#upload-list .upload-item').dataset.status)",
        timeout=120_000)
    disclosure_url = item.locator(".upload-links a").first.get_attribute("href")
    pk = disclosure_url.strip("/").split("/")[-1]

    page.goto(f"{live_server.url}/review/{pk}/")
    row = page.locator("tr", has=page.locator("text=sangong_total"))
    row.get_by_label("“三公”经费合计 新数值").fill("115.50")
    row.get_by_label("“三公”经费合计 更正原因").fill("按附表四更正")
    row.get_by_role("button", name="保存").click()
    page.wait_for_selector("text=已更正")

    page.goto(live_server.url + disclosure_url)
    trail = page.locator(".audit-trail")
    assert "按附表四更正" in trail.inner_text() and "editor" in trail.inner_text()
    assert "115.4" in trail.inner_text() and "115.5" in trail.inner_text()

    # the compare page marks the corrected number, and the downloaded sheet names the correction
    department = Disclosure.objects.get(pk=pk).department_id
    page.goto(f"{live_server.url}/compare/?subjects=d{department}")
    mark = page.locator("#compare-table abbr.corrected-mark").first
    mark.wait_for()
    title = mark.get_attribute("title")
    assert title.startswith("“三公”经费合计人工更正：115.40 → 115.50 万元（editor，")
    assert title.endswith("；原因：按附表四更正）")
    assert page.locator("#compare-table td:has(abbr.corrected-mark) a.figure-link").first.inner_text() == "115.50"
    with page.expect_download() as info:
        page.locator("#download-xlsx").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    sheet = openpyxl.load_workbook(target)["汇总"]
    headers = [c.value for c in sheet[1]]
    row = [c.value for c in sheet[2]]
    assert row[headers.index("人工更正")] == title
    assert row[headers.index("“三公”经费合计（万元）")] == 115.5


# written for this test: a statement that never names its unit or county
UNTITLED = (
    "根据公开要求，现将我局2025年“三公”经费预算情况说明如下。\n"
    "2025年“三公”经费预算9.60万元，比上年减少0.40万元。其中：因公出国（境）费0万元，"
    "公务用车购置及运行维护费6.00万元（公务用车购置费0万元，公务用车运行维护费6.00万元），公务接待费3.60万元。\n"
)


def test_an_editor_completes_the_unit_and_region_of_an_untitled_statement(page, live_server):
    _log_in(page, live_server)
    page.set_input_files("#file-input", files=[{"name": "statement.txt", "mimeType": "text/plain",
                                                "buffer": UNTITLED.encode()}])
    item = page.locator("#upload-list .upload-item").first
    page.wait_for_function(
        "() => ['parsed', 'needs_review'].includes(document.querySelector('#upload-list .upload-item').dataset.status)",
        timeout=120_000)
    assert item.get_attribute("data-status") == "needs_review"
    pk = item.locator(".upload-links a").first.get_attribute("href").strip("/").split("/")[-1]

    page.goto(f"{live_server.url}/review/{pk}/")
    assert "待补全：单位、地区、省份" in page.locator("main").inner_text()
    form = page.locator("form.review-subject")
    form.get_by_label("或新建地区").fill("样例县")
    form.get_by_label("所属省（直辖市）").fill("重庆市")
    form.get_by_label("单位名称").fill("样例县水利局")
    form.get_by_label("原因").fill("网页栏目标明发布单位")
    form.get_by_role("button", name="保存单位和地区").click()
    page.wait_for_selector("text=新建部门“样例县水利局”")
    assert "待补全" not in page.locator("main").inner_text()

    page.goto(f"{live_server.url}/disclosures/{pk}/")
    trail = page.locator(".audit-trail").inner_text()
    assert "网页栏目标明发布单位" in trail and "样例县水利局（重庆市样例县）" in trail
    assert Disclosure.objects.get(pk=pk).identified
