"""Every hostile file through POST /api/uploads/: a specific Chinese message, no 5xx, no partial rows, no file
outside MEDIA_ROOT; good files hidden among them still import."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from disclosures.models import Disclosure, Figure, SourceFile, Upload
from tests.disclosures.upload_helpers import editor, media_inside, post_upload

pytestmark = pytest.mark.django_db

REFUSED = {  # answered 400 at once, before anything is stored
    "empty": "文件为空", "whitespace": "文件为空", "zip_as_pdf": "ZIP压缩包", "exe_as_pdf": "可执行程序",
    "elf_as_pdf": "可执行程序", "png_as_pdf": "图片文件", "gzip_as_txt": "压缩包", "docx_bomb": "压缩炸弹",
    "xlsx_bomb": "压缩炸弹", "zip_many": "文件过多", "zip_broken": "已损坏", "binary_txt": "二进制文件",
}
FAILED = {  # accepted, parsed in the cage, and failed with a specific message
    "header_only": "已损坏", "truncated": "已损坏", "garbage_after_header": "已损坏",
    "reference_cycle": "已损坏|没有可提取的文字",  # PDFium either refuses the tree or finds no page with text
    "encrypted_user": "已加密", "pages_5000": "页数超过上限（5000 页", "pages_100000": "页数超过上限（100000 页",
    "pages_lie": "没有可提取的文字", "deep_nesting": "没有可提取的文字", "image_only": "扫描件",
    "no_cmap": "没有可提取的文字", "chinese_not_disclosure": "决算", "decompression_bomb": "过于复杂",
    "html_as_pdf": "",
}
IMPORTED = {  # read in full: the unit each one names
    "broken_xref": "农业农村委员会", "junk_before_header": "农业农村委员会", "encrypted_owner_only": "财政局",
    "name_traversal": "交通运输委员会", "name_nul": "水利局", "name_crlf": "林业局", "name_long": "商务委员会",
    "name_rtl": "文化旅游委员会", "sql_text": "", "gbk_text": "民政局", "big5_text": "卫生健康委员会",
    "utf16_text": "体育局", "utf16_no_bom": "档案局", "good_pdf": "农业农村委员会", "script_text": "委员会",
}
CHINESE = re.compile(r"[\u4e00-\u9fff]{2}")


@pytest.fixture(autouse=True)
def cage_limits(settings, media):
    settings.PARSE_TIMEOUT = 15
    settings.PARSE_MEMORY = 768 * 1024**2


def test_it_covers_the_whole_corpus(hostile_corpus):
    assert set(hostile_corpus) == set(REFUSED) | set(FAILED) | set(IMPORTED)
    assert len(hostile_corpus) >= 40


@pytest.mark.parametrize("key", sorted(REFUSED))
def test_it_refuses_a_file_outright_with_its_reason(client, hostile_corpus, django_capture_on_commit_callbacks,
                                                    media, key):
    client.force_login(editor())
    name, data = hostile_corpus[key]
    response = post_upload(client, name, data, django_capture_on_commit_callbacks)
    assert response.status_code == 400
    error = response.json()["error"]
    assert REFUSED[key] in error and "\n" not in error
    assert Upload.objects.count() == 0 and SourceFile.objects.count() == 0 and media_inside(media) == []


@pytest.mark.parametrize("key", sorted(FAILED))
def test_it_fails_a_file_in_the_cage_with_a_specific_message(client, hostile_corpus,
                                                             django_capture_on_commit_callbacks, media, key):
    client.force_login(editor())
    name, data = hostile_corpus[key]
    response = post_upload(client, name, data, django_capture_on_commit_callbacks)
    assert response.status_code == 202, response.content
    status = client.get(response.json()["url"]).json()
    assert status["status"] == "failed", status
    assert re.search(FAILED[key], status["message"]) and CHINESE.search(status["message"])
    assert "Traceback" not in status["message"] and "Error" not in status["message"]
    assert status["disclosures"] == []
    assert Disclosure.objects.count() == 0 and SourceFile.objects.count() == 0 and Figure.objects.count() == 0
    stored = media_inside(media)
    assert [p.name for p in stored] == [Path(Upload.objects.get().file.name).name]  # by sha256, inside MEDIA_ROOT


@pytest.mark.parametrize("key", sorted(IMPORTED))
def test_it_imports_an_odd_but_readable_file(client, hostile_corpus, django_capture_on_commit_callbacks, media, key):
    client.force_login(editor())
    name, data = hostile_corpus[key]
    response = post_upload(client, name, data, django_capture_on_commit_callbacks)
    assert response.status_code == 202, response.content
    status = client.get(response.json()["url"]).json()
    assert status["status"] in {"parsed", "needs_review"}, status
    disclosure = Disclosure.objects.get()
    assert IMPORTED[key] in disclosure.title_name
    assert disclosure.figures.get(metric="sangong_total", is_primary=True).value == Decimal("12.3")
    upload = Upload.objects.get()
    for bad in ("/", "\\", "\x00", "\r", "\n", "\u202e"):
        assert bad not in upload.original_name
    assert len(upload.original_name) <= 255
    stored = Path(upload.file.path).resolve()
    assert Path(media).resolve() in stored.parents and stored.stem == upload.sha256
    assert stored.suffix in {".pdf", ".txt"}  # from the content, never the name (.exe)
    page = client.get(status["disclosures"][0])
    assert page.status_code == 200
    assert b"<script>alert" not in page.content


def test_the_script_unit_name_renders_as_text(client, hostile_corpus, django_capture_on_commit_callbacks, media):
    client.force_login(editor())
    name, data = hostile_corpus["script_text"]
    post_upload(client, name, data, django_capture_on_commit_callbacks)
    disclosure = Disclosure.objects.get()
    page = client.get(f"/disclosures/{disclosure.pk}/").content.decode()
    if "script" in disclosure.title_name:
        assert "&lt;script&gt;" in page
    assert "<script>alert(1)</script>" not in page
    assert "script-src 'self'" in client.get("/").headers["Content-Security-Policy"]


def test_good_files_among_hostile_ones_all_arrive(client, hostile_corpus, django_capture_on_commit_callbacks, media):
    client.force_login(editor())
    for key in ("decompression_bomb", "gbk_text", "reference_cycle", "utf16_text", "exe_as_pdf"):
        name, data = hostile_corpus[key]
        post_upload(client, name, data, django_capture_on_commit_callbacks)
    statuses = dict(Upload.objects.values_list("original_name", "status"))
    assert statuses == {"bomb.pdf": "failed", "gbk.txt": "parsed", "cycle.pdf": "failed", "utf16.txt": "parsed"}
    assert sorted(Disclosure.objects.values_list("title_name", flat=True)) == ["重庆市样例县体育局", "重庆市样例县民政局"]
