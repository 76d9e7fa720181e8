"""400, 404 and 500 answer in Chinese, in the site's layout, with debug off."""
from __future__ import annotations

import pytest
from django.test import Client
from django.urls import path

from config.urls import urlpatterns as site_urls

pytestmark = pytest.mark.django_db


def _explode(request):
    raise RuntimeError("boom")


urlpatterns = [path("explode/", _explode), *site_urls]
handler500 = "django.views.defaults.server_error"


def _in_layout(html: str) -> None:
    assert '<html lang="zh-CN">' in html and 'class="site-header"' in html and "县级预算比较" in html
    assert "Not Found" not in html and "Server Error" not in html and "Bad Request" not in html


@pytest.mark.parametrize("url", ["/no/such/page/", "/disclosures/424242/", "/units/99999999999999999999/",
                                 "/regions/1/", "/sources/7/pages/3.png"])
def test_it_answers_404_in_chinese_in_the_sites_layout(client, url):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    _in_layout(html)
    assert "找不到这个页面（404）" in html


def test_it_answers_500_in_chinese_without_a_traceback(settings):
    settings.ROOT_URLCONF = __name__
    client = Client(raise_request_exception=False)
    response = client.get("/explode/")
    assert response.status_code == 500
    html = response.content.decode()
    _in_layout(html)
    assert "服务器出错了（500）" in html and "boom" not in html and "Traceback" not in html


def test_it_answers_400_in_chinese_for_a_bad_request(client):
    response = client.get("/", HTTP_HOST="not-allowed.example")  # DisallowedHost is a SuspiciousOperation → 400
    assert response.status_code == 400
    html = response.content.decode()
    _in_layout(html)
    assert "请求有误（400）" in html
