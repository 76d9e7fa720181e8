"""One click to the source: a figure's sentence as printed and its PDF page, rendered once and cached on disk."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.urls import reverse
from PIL import Image

from disclosures import services
from disclosures.models import Disclosure, Figure, SourceFile
from disclosures.parsing.metrics import METRICS
from tests.factories import make_three_offices

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "pdf"
DIANJIANG_2024 = SEEDS / "000_0373972d906b157f.pdf"  # 垫江县人民政府办公室 2024 部门预算
TONGLIANG_2024 = SEEDS / "002_50d364e82f50197f.pdf"  # 铜梁区人民政府办公室 2024 单位预算


def _import(path: Path) -> Disclosure:
    if not path.exists():
        pytest.skip(f"{path} is absent: the real seed PDFs live in ../shared/seeds")
    outcome = services.disclosure_import_file(data=path.read_bytes(), filename=path.name)
    return Disclosure.objects.get(pk=outcome.disclosure_id)


@pytest.fixture
def page_cache(tmp_path, settings, media):
    settings.PAGE_IMAGE_DIR = tmp_path / "pages"
    return settings.PAGE_IMAGE_DIR


def test_it_shows_the_whole_sentence_the_page_and_the_file_of_a_figure(client, page_cache):
    disclosure = _import(DIANJIANG_2024)
    url = reverse("disclosures:figure_source", args=[disclosure.pk, "sangong_total"])
    data = client.get(url + "?format=json").json()
    assert (data["value"], data["value_text"], data["unit"], data["page"]) == ("115.40", "115.40", "万元", 4)
    assert data["quote"].startswith("2024年“三公”经费预算115.4万元") and data["quote"].endswith("。")
    assert data["image_url"] == url + "page.png"
    source = SourceFile.objects.get(disclosure=disclosure)
    assert data["file"]["url"] == reverse("disclosures:source_download", args=[source.pk]) + "#page=4"
    html = client.get(url).content.decode()
    assert 'class="source-body"' in html and "第 4 页" in html and f'src="{url}page.png"' in html


def test_it_renders_the_page_once_with_the_printed_number_boxed_in_red(client, page_cache):
    disclosure = _import(DIANJIANG_2024)
    url = reverse("disclosures:figure_page_image", args=[disclosure.pk, "sangong_total"])
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    sha = SourceFile.objects.get(disclosure=disclosure).sha256
    cached = list((page_cache / sha).glob("4-*.png"))
    assert len(cached) == 1
    image = Image.open(cached[0]).convert("RGB")
    red = sum(1 for r, g, b in image.get_flattened_data() if r > 180 and g < 80 and b < 80)
    assert red > 100  # the outline of the box around 115.4
    stamp = cached[0].stat().st_mtime_ns
    assert client.get(url).status_code == 200
    assert cached[0].stat().st_mtime_ns == stamp  # served from the cache, not rendered again


def test_it_widens_a_clause_joined_from_two_places_to_both_sentences(client, page_cache):
    disclosure = _import(TONGLIANG_2024)
    figure = Figure.objects.filter(disclosure=disclosure, metric="staff_authorized").first()
    if figure is None or "；" not in figure.source_text:
        pytest.skip("the parser now keeps this headcount clause differently")
    data = client.get(reverse("disclosures:figure_source", args=[disclosure.pk, "staff_authorized"]),
                      {"format": "json"}).json()
    assert data["value"] == 29
    assert data["quote"].startswith("重庆市铜梁区人民政府办公室机关行政编制25名")
    assert data["quote"].endswith("事业编制4名。")


def test_it_opens_any_page_of_a_stored_pdf(client, page_cache):
    disclosure = _import(DIANJIANG_2024)
    source = SourceFile.objects.get(disclosure=disclosure)
    assert client.get(reverse("disclosures:source_page_image", args=[source.pk, 2])).status_code == 200
    assert client.get(reverse("disclosures:source_page_image", args=[source.pk, 99])).status_code == 404
    response = client.get(reverse("disclosures:source_download", args=[source.pk]))
    assert response["Content-Type"] == "application/pdf" and response["Content-Disposition"].startswith("inline;")


def test_it_links_every_number_on_the_disclosure_and_subject_pages_to_its_source(client):
    offices = make_three_offices()
    disclosure = offices["垫江县"]
    html = client.get(reverse("disclosures:disclosure", args=[disclosure.pk])).content.decode()
    link = reverse("disclosures:figure_source", args=[disclosure.pk, "sangong_total"])
    assert f'data-source href="{link}"' in html
    subject = client.get(reverse("disclosures:department", args=[disclosure.department_id])).content.decode()
    assert f'data-source href="{link}"' in subject


def test_it_answers_404_for_an_unknown_metric_period_or_figure(client):
    disclosure = make_three_offices()["垫江县"]
    assert client.get(f"/disclosures/{disclosure.pk}/source/no_such_metric/").status_code == 404
    assert client.get(f"/disclosures/{disclosure.pk}/source/sangong_total/?period=明年").status_code == 404
    stated = set(Figure.objects.filter(disclosure=disclosure).values_list("metric", flat=True))
    absent = next(key for key in METRICS if key not in stated)
    assert client.get(f"/disclosures/{disclosure.pk}/source/{absent}/").status_code == 404
    assert client.get("/disclosures/99999999999999999999/source/sangong_total/").status_code == 404
    # a figure without a stored PDF has its sentence but no page image
    data = json.loads(client.get(f"/disclosures/{disclosure.pk}/source/sangong_total/?format=json").content)
    assert data["image_url"] is None
    assert client.get(f"/disclosures/{disclosure.pk}/source/sangong_total/page.png").status_code == 404
