"""Stored files and their page images: public when they back a published disclosure, otherwise shown only to an
editor; to anyone else such a file does not exist (404, not listed, not linked)."""
from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from disclosures import services
from disclosures.models import Disclosure, SourceFile

from .helpers import department_result
from .upload_helpers import editor

pytestmark = pytest.mark.django_db

TEXT = "示例县农业农村委员会2024年部门预算情况说明：本文件由测试写成。".encode()


def _stored(**overrides) -> SourceFile:
    services.disclosure_import_file(data=TEXT + repr(overrides).encode(), filename="预算.txt",
                                    parsed=[department_result(**overrides)])
    return SourceFile.objects.latest("id")


def _download(client, source: SourceFile):
    return client.get(f"/sources/{source.pk}/download/")


def test_a_file_behind_a_published_disclosure_is_public(client, media):
    source = _stored()
    response = _download(client, source)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(TEXT)
    assert "private" not in response.get("Cache-Control", "")
    data = client.get(f"/disclosures/{source.disclosure_id}/?format=json").json()
    assert [s["id"] for s in data["sources"]] == [source.pk]


def test_a_file_whose_disclosure_awaits_review_is_hidden_from_the_public(client, media):
    source = _stored(year=None, missing=["year"])
    disclosure = source.disclosure
    assert (disclosure.identified, disclosure.status) == (False, Disclosure.Status.INCOMPLETE)

    assert _download(client, source).status_code == 404
    client.force_login(User.objects.create_user("reader"))  # logged in, but not an editor
    assert _download(client, source).status_code == 404
    page = client.get(f"/disclosures/{disclosure.pk}/?format=json").json()
    assert page["sources"] == []
    html = client.get(f"/disclosures/{disclosure.pk}/").content.decode()
    assert f"/sources/{source.pk}/download/" not in html and source.sha256 not in html
    panel = client.get(f"/disclosures/{disclosure.pk}/source/sangong_total/?format=json").json()
    assert (panel["file"], panel["image_url"], panel["value"]) == (None, None, "12.50")

    client.force_login(editor())
    response = _download(client, source)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(TEXT)
    assert response["Cache-Control"] == "private, no-store"
    assert [s["id"] for s in client.get(f"/disclosures/{disclosure.pk}/?format=json").json()["sources"]] == [
        source.pk]
    panel = client.get(f"/disclosures/{disclosure.pk}/source/sangong_total/?format=json").json()
    assert panel["file"]["url"] == f"/sources/{source.pk}/download/"


def test_a_conflicting_second_rendition_is_hidden_but_the_first_stays_public(client, media):
    first = _stored()
    figures = dict(department_result().figures)
    figures["reception"] = type(figures["reception"])("reception", figures["reception"].value + 1, page=3)
    services.disclosure_import_file(data=TEXT + b"second", filename="b.txt",
                                    parsed=[department_result(figures=figures)])
    second = SourceFile.objects.get(sha256=services.source_sha256(TEXT + b"second"))
    assert second.status == SourceFile.Status.CONFLICT

    assert _download(client, first).status_code == 200
    assert _download(client, second).status_code == 404
    assert [s["id"] for s in client.get(f"/disclosures/{first.disclosure_id}/?format=json").json()["sources"]] == [
        first.pk]
    client.force_login(editor())
    assert _download(client, second).status_code == 200


def test_a_file_becomes_public_once_its_identity_is_completed(client, media):
    from disclosures.review import disclosure_complete_identity

    source = _stored(year=None, missing=["year"])
    assert _download(client, source).status_code == 404
    disclosure_complete_identity(disclosure=source.disclosure, year=2024, kind="", scope="", reason="网页所载年度",
                                 user=editor())
    assert _download(client, source).status_code == 200


def test_page_images_follow_the_file_rule(client, media, settings, tmp_path):
    from tests.hostile.corpus import build_pdf

    settings.PAGE_IMAGE_DIR = tmp_path / "pages"
    data = build_pdf([b"BT ET"] * 3)  # three blank pages: the figures are on page 3
    services.disclosure_import_file(data=data, filename="a.pdf",
                                    parsed=[department_result(year=None, missing=["year"])])
    hidden = SourceFile.objects.get()
    services.disclosure_import_file(data=data + b"\n%", filename="b.pdf", parsed=[department_result(year=2023)])
    shown = SourceFile.objects.get(disclosure__year=2023)

    assert client.get(f"/sources/{shown.pk}/pages/1.png").status_code == 200
    assert client.get(f"/sources/{hidden.pk}/pages/1.png").status_code == 404
    assert client.get(f"/disclosures/{hidden.disclosure_id}/source/sangong_total/page.png").status_code == 404
    assert client.get(f"/disclosures/{shown.disclosure_id}/source/sangong_total/page.png").status_code == 200

    client.force_login(editor())
    response = client.get(f"/sources/{hidden.pk}/pages/1.png")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "private, no-store"
    assert client.get(f"/disclosures/{hidden.disclosure_id}/source/sangong_total/page.png").status_code == 200
