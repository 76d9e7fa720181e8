"""Playwright (sync API) driving Debian's chromium against pytest-django's live_server.

Every page gets a route handler that lets through requests to the live server (and data: URLs) and aborts
anything else, recording it: the pages must work with no internet, and `external_requests` lets a test prove
none was attempted.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures are still synchronous.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing: `make test` installs it with apt-get where it can")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu"],
        )
        yield browser
        browser.close()


@pytest.fixture
def external_requests() -> list[str]:
    return []


def _open_page(browser, live_server, external_requests: list[str], viewport: dict[str, int]):
    context = browser.new_context(viewport=viewport, locale="zh-CN", accept_downloads=True)

    def guard(route) -> None:
        url = route.request.url
        if url.startswith(live_server.url) or url.startswith("data:") or url.startswith("blob:"):
            route.continue_()
        else:
            external_requests.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


@pytest.fixture
def page(browser, live_server, external_requests):
    context, page = _open_page(browser, live_server, external_requests, DESKTOP)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser, live_server, external_requests):
    context, page = _open_page(browser, live_server, external_requests, PHONE)
    yield page
    context.close()


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def demo_data(transactional_db):
    """The demo data through `load_demo` when it is available, else the three offices from the factories."""
    from django.core.management import call_command

    from disclosures.models import Disclosure

    try:
        call_command("load_demo", verbosity=0)
    except Exception:  # noqa: BLE001 - the demo loader belongs to another part of the tree; fall back
        pass
    if not Disclosure.objects.exists():
        from tests.factories import make_three_offices

        make_three_offices()
    return Disclosure.objects.select_related("department__region").order_by("pk")
