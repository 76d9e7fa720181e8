"""Light, cached pages: the plotly partial bundle only where charts are drawn, hashed and pre-compressed files."""
from __future__ import annotations

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from config import settings as site_settings
from tests.factories import make_three_offices

BUNDLE = Path(site_settings.BASE_DIR) / "static" / "vendor" / "plotly-basic.min.js"
CSS = Path(site_settings.BASE_DIR) / "static" / "css" / "app.css"


def test_the_site_settings_store_hashed_compressed_static_files():
    assert site_settings.STORAGES["staticfiles"]["BACKEND"] == \
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    middleware = site_settings.MIDDLEWARE
    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") < \
        middleware.index("django.middleware.gzip.GZipMiddleware")


def test_collectstatic_writes_hashed_names_with_gzip_and_brotli_copies(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES,
                         "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
    call_command("collectstatic", interactive=False, verbosity=0, stdout=StringIO())
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    hashed = manifest["vendor/plotly-basic.min.js"]
    assert re.fullmatch(r"vendor/plotly-basic\.min\.[0-9a-f]{12}\.js", hashed)
    for suffix in ("", ".gz", ".br"):
        assert (tmp_path / (hashed + suffix)).exists()
    assert (tmp_path / (hashed + ".br")).stat().st_size < 400_000  # 1.19 MB minified, ~0.3 MB with brotli
    assert "vendor/plotly.min.js" not in manifest  # the 4.8 MB full bundle is gone


@pytest.mark.django_db
def test_the_bundle_holds_every_trace_type_the_pages_draw(client):
    """The basic bundle registers bar, pie and scatter; every figure the pages embed must use only those."""
    offices = make_three_offices()
    query = "&".join(f"subjects=d{d.department_id}" for d in offices.values())
    used = set()
    for url in ("/", f"/compare/?{query}", reverse("disclosures:department", args=[offices["垫江县"].department_id])):
        html = client.get(url).content.decode()
        for spec in re.findall(r'<script id="[^"]*" type="application/json">(.*?)</script>', html, re.S):
            used |= {trace.get("type", "scatter") for trace in json.loads(spec).get("data", [])}
    assert used and used <= {"bar", "pie", "scatter"}
    head = BUNDLE.read_text(encoding="utf-8")[:400]
    assert "plotly.js" in head and "v4.1.1" in head


@pytest.mark.django_db
def test_only_pages_with_charts_load_plotly(client):
    offices = make_three_offices()
    disclosure = offices["垫江县"]
    with_charts = ["/", reverse("disclosures:department", args=[disclosure.department_id]),
                   "/compare/?" + "&".join(f"subjects=d{d.department_id}" for d in offices.values())]
    without = [reverse("disclosures:disclosure", args=[disclosure.pk]),
               reverse("disclosures:region", args=[disclosure.department.region_id]), "/no/such/page/"]
    for url in with_charts:
        assert client.get(url).content.decode().count("vendor/plotly-basic.min.js") == 1, url
    for url in without:
        assert "plotly" not in client.get(url).content.decode(), url


@pytest.mark.django_db
def test_pages_carry_no_inline_script_only_json_data(client):
    offices = make_three_offices()
    query = "&".join(f"subjects=d{d.department_id}" for d in offices.values())
    for url in ("/", f"/compare/?{query}", reverse("disclosures:department", args=[offices["垫江县"].department_id])):
        html = client.get(url).content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert " src=" in tag or 'type="application/json"' in tag, (url, tag)
        assert not re.search(r"\son(click|load|change)=", html)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _rule(css: str, selector: str) -> str:
    match = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", css)
    assert match, selector
    return match.group(1)


def _colour(block: str, prop: str, variables: dict[str, str]) -> str:
    value = re.search(rf"(?<![-\w]){prop}:\s*([^;]+);", block).group(1).strip()
    return variables.get(value[6:-1], value) if value.startswith("var(--") else value


def test_missing_dash_and_badges_have_contrast_of_at_least_4_5_to_1():
    css = CSS.read_text(encoding="utf-8")
    variables = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    pairs = [(".dash", "#ffffff"), (".status-missing", None), (".status-conflict", None), (".status-failed", None),
             (".badge", None), (".badge-kind", None), (".badge-warn", None), (".badge-derived", None),
             (".na", "#ffffff")]
    for selector, background in pairs:
        block = _rule(css, selector)
        ink = _colour(block, "color", variables)
        paper = background or _colour(block, "background", variables)
        assert _contrast(ink, paper) >= 4.5, (selector, ink, paper, round(_contrast(ink, paper), 2))
