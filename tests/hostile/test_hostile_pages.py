"""The source panel renders PDF pages in the cage too (a child with the memory cap and the wall clock): a page
with an image declared at gigabytes is drawn there or refused there, and the web process goes on serving."""
from __future__ import annotations

import pytest

from disclosures.models import SourceFile
from tests.disclosures.upload_helpers import editor, post_upload

from .corpus import huge_image_pdf

pytestmark = pytest.mark.django_db


def test_a_page_with_a_giant_image_is_drawn_in_the_cage_and_the_site_keeps_serving(
        client, media, settings, tmp_path, django_capture_on_commit_callbacks):
    settings.PARSE_MEMORY = 512 * 1024**2
    settings.PAGE_IMAGE_DIR = tmp_path / "pages"
    client.force_login(editor())
    body = post_upload(client, "image.pdf", huge_image_pdf(), django_capture_on_commit_callbacks).json()
    assert client.get(body["url"]).json()["status"] in {"parsed", "needs_review"}
    source = SourceFile.objects.get()

    response = client.get(f"/sources/{source.pk}/pages/1.png")

    assert response.status_code in {200, 404}
    if response.status_code == 404:
        assert not list((tmp_path / "pages").rglob("*.png"))
    assert client.get("/").status_code == 200
    assert client.get(f"/disclosures/{source.disclosure_id}/").status_code == 200
