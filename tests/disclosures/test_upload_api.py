"""The upload API and page: permissions, limits, duplicates, stated identity, status, restart and crashes."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.test import RequestFactory

from disclosures import uploads
from disclosures.middleware import UploadSizeLimitMiddleware
from disclosures.models import Disclosure, SourceFile, Upload
from tests.hostile.corpus import disclosure_text, unit_names

from .upload_helpers import editor, media_inside, post_upload

pytestmark = pytest.mark.django_db

TEXT = disclosure_text("财政局").encode()


def test_it_answers_401_without_login_and_403_without_permission(client):
    assert client.post("/api/uploads/", {}).status_code == 401
    assert client.get("/api/uploads/").json() == {"error": "请先登录"}
    client.force_login(User.objects.create_user("reader"))
    response = client.post("/api/uploads/", {})
    assert response.status_code == 403 and "权限" in response.json()["error"]


def test_it_refuses_a_post_without_the_csrf_token_as_json(media):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    assert client.post("/api/uploads/", {}).status_code == 401
    client.force_login(editor())
    response = client.post("/api/uploads/", {})
    assert response.status_code == 403 and "CSRF" in response.json()["error"]


def test_it_creates_the_editors_group_with_upload_and_review_permissions():
    codenames = set(Group.objects.get(name="editors").permissions.values_list("codename", flat=True))
    assert {"add_upload", "view_upload", "review_disclosure", "change_figure", "delete_disclosure"} <= codenames


def test_it_accepts_a_file_with_202_and_reports_its_final_status(client, media, django_capture_on_commit_callbacks):
    client.force_login(editor())
    response = post_upload(client, "说明.txt", TEXT, django_capture_on_commit_callbacks)
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "queued" and body["url"] == f"/api/uploads/{body['id']}/"
    status = client.get(body["url"]).json()
    disclosure = Disclosure.objects.get()
    assert status == {"id": body["id"], "status": "parsed", "label": "已解析", "message": status["message"],
                      "name": "说明.txt", "disclosures": [f"/disclosures/{disclosure.pk}/"], "url": body["url"]}
    assert status["message"].startswith("已导入")
    assert disclosure.figures.get(metric="operating_costs", is_primary=True).value == Decimal("45.6")


def test_the_same_bytes_twice_are_a_duplicate_pointing_at_what_holds_them(client, media,
                                                                            django_capture_on_commit_callbacks):
    client.force_login(editor())
    post_upload(client, "a.txt", TEXT, django_capture_on_commit_callbacks)
    second = post_upload(client, "b.txt", TEXT, django_capture_on_commit_callbacks).json()
    assert second["status"] == "duplicate"
    assert second["disclosures"] == [f"/disclosures/{Disclosure.objects.get().pk}/"]
    assert SourceFile.objects.count() == 1 and len(media_inside(media)) == 1


def test_it_answers_413_over_the_size_limit(client, media, settings, django_capture_on_commit_callbacks):
    settings.UPLOAD_MAX_BYTES = 1024
    client.force_login(editor())
    response = post_upload(client, "big.txt", TEXT * 10, django_capture_on_commit_callbacks)
    assert response.status_code == 413 and "上限" in response.json()["error"]
    assert Upload.objects.count() == 0 and media_inside(media) == []


def test_a_200_mb_request_is_refused_from_its_length_before_the_body_is_read():
    request = RequestFactory().post("/api/uploads/", data=b"x" * (200 * 1024**2),
                                    content_type="multipart/form-data; boundary=x")
    response = UploadSizeLimitMiddleware(lambda r: pytest.fail("the view must not run"))(request)
    assert response.status_code == 413 and "上限 30 MB" in json.loads(response.content)["error"]


def test_what_the_uploader_states_fills_a_missing_year_as_an_uploader_clue(client, media,
                                                                           django_capture_on_commit_callbacks):
    client.force_login(editor())
    text = disclosure_text("财政局").replace("2025年", "").encode()
    body = post_upload(client, "x.txt", text, django_capture_on_commit_callbacks, year="2025").json()
    disclosure = Disclosure.objects.get()
    assert disclosure.year == 2025 and "year" not in disclosure.missing
    assert disclosure.clues["year"]["origin"] == "uploader"
    assert Upload.objects.get(pk=body["id"]).stated == {"year": 2025}


def test_a_stated_year_that_the_file_contradicts_is_flagged_for_review(client, media,
                                                                       django_capture_on_commit_callbacks):
    client.force_login(editor())
    body = post_upload(client, "x.txt", TEXT, django_capture_on_commit_callbacks, year="2023").json()
    status = client.get(body["url"]).json()
    assert status["status"] == "needs_review"
    assert "上传者填写的年度“2023”与文件中的“2025”不一致" in status["message"]
    assert Disclosure.objects.get().year == 2025


def test_it_takes_101_files_one_after_another(client, media, django_capture_on_commit_callbacks):
    client.force_login(editor())
    for number, name in enumerate(unit_names(101)):
        data = disclosure_text(name).encode()
        assert post_upload(client, f"{number}.txt", data, django_capture_on_commit_callbacks).status_code == 202
    assert Upload.objects.filter(status="parsed").count() == 101
    assert Disclosure.objects.count() == 101


def test_a_request_with_several_files_is_refused(client, media):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(editor())
    response = client.post("/api/uploads/", {"file": [SimpleUploadedFile("a.txt", TEXT),
                                                      SimpleUploadedFile("b.txt", TEXT)]})
    assert response.status_code == 400 and response.json()["error"] == "每次请求只能上传一个文件"


def test_a_crash_while_processing_marks_the_upload_failed_and_the_next_one_still_runs(
        client, media, monkeypatch, django_capture_on_commit_callbacks):
    client.force_login(editor())

    def crash(data, filename):
        raise RuntimeError("boom")

    with monkeypatch.context() as patch:
        patch.setattr(uploads, "parse_caged", crash)
        first = post_upload(client, "a.txt", TEXT, django_capture_on_commit_callbacks).json()
    second = post_upload(client, "b.txt", disclosure_text("民政局").encode(), django_capture_on_commit_callbacks).json()
    assert client.get(first["url"]).json()["status"] == "failed"
    assert client.get(first["url"]).json()["message"] == "服务器处理出错，解析未完成，请稍后重试"
    assert client.get(second["url"]).json()["status"] == "parsed"


def test_a_restart_finishes_queued_uploads_and_requeues_stale_parsing_ones(media, settings):
    from datetime import timedelta

    from django.utils import timezone

    queued = uploads.upload_receive(data=TEXT, filename="a.txt", user=editor())
    stuck = uploads.upload_receive(data=disclosure_text("民政局").encode(), filename="b.txt")
    Upload.objects.filter(pk=stuck.pk).update(status="parsing")
    Upload.objects.filter(pk=stuck.pk).update(updated_at=timezone.now() - timedelta(hours=1))

    assert uploads.upload_resume() == 2
    assert set(Upload.objects.values_list("status", flat=True)) == {"parsed"}
    assert {queued.pk, stuck.pk} == set(Upload.objects.values_list("pk", flat=True))


def test_the_upload_page_needs_login_and_shows_the_form_to_editors(client):
    response = client.get("/uploads/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    client.force_login(User.objects.create_user("reader"))
    assert client.get("/uploads/").status_code == 403
    client.force_login(editor())
    page = client.get("/uploads/").content.decode()
    assert 'id="drop-zone"' in page and "js/upload.js" in page and "<script>" not in page.split("js/upload.js")[0][-200:]


def test_the_login_page_is_in_chinese_and_locks_out_after_repeated_failures(client, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    User.objects.create_user("editor2", password="right-password")
    assert "用户名" in client.get("/accounts/login/").content.decode()
    for _ in range(3):
        client.post("/accounts/login/", {"username": "editor2", "password": "wrong"})
    locked = client.post("/accounts/login/", {"username": "editor2", "password": "right-password"})
    assert locked.status_code == 429 and "登录失败次数过多" in locked.content.decode()


def test_import_disclosures_goes_on_after_a_file_that_kills_its_parser(media, tmp_path, settings):
    from io import StringIO

    from django.core.management import call_command
    from django.core.management.base import CommandError

    from tests.hostile.corpus import cycle_pdf, many_pages_pdf

    (tmp_path / "a_cycle.pdf").write_bytes(cycle_pdf())
    (tmp_path / "b_pages.pdf").write_bytes(many_pages_pdf(400))
    (tmp_path / "c_good.txt").write_bytes(TEXT)
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("import_disclosures", str(tmp_path / "a_cycle.pdf"), str(tmp_path / "b_pages.pdf"),
                     str(tmp_path / "c_good.txt"), stdout=out, stderr=StringIO())
    assert "已导入 1、已存在 0、追加来源 0、冲突 0、失败 2" in out.getvalue()
    assert "页数超过上限（400 页" in out.getvalue()
    assert Disclosure.objects.get().title_name == "重庆市样例县财政局"


def test_the_admin_adds_no_source_file_by_hand_and_cannot_swap_one(admin_client, media,
                                                                  django_capture_on_commit_callbacks):
    assert admin_client.get("/admin/disclosures/sourcefile/add/").status_code == 403
    uploads.upload_process(upload_id=uploads.upload_receive(data=TEXT, filename="a.txt").pk)
    source = SourceFile.objects.get()
    page = admin_client.get(f"/admin/disclosures/sourcefile/{source.pk}/change/").content.decode()
    assert 'type="file"' not in page and source.sha256 in page
    assert admin_client.get("/admin/disclosures/upload/").status_code == 200


def test_the_admin_reparse_goes_through_the_cage_and_keeps_a_correction(admin_client, media, monkeypatch):
    uploads.upload_process(upload_id=uploads.upload_receive(data=TEXT, filename="a.txt").pk)
    disclosure = Disclosure.objects.get()
    figure = disclosure.figures.get(metric="reception", is_primary=True)
    figure.value, figure.corrected = Decimal("2.4"), True
    figure.save()
    calls = []
    real = uploads.parse_caged
    monkeypatch.setattr(uploads, "parse_caged", lambda data, name: calls.append(name) or real(data, name))

    response = admin_client.post("/admin/disclosures/disclosure/", {
        "action": "reparse", "_selected_action": [disclosure.pk]}, follow=True)

    assert "已重新解析 1 个文件" in response.content.decode()
    assert calls == ["a.txt"]
    assert disclosure.figures.get(metric="reception", is_primary=True).value == Decimal("2.4")
    assert disclosure.figures.get(metric="operating_costs", is_primary=True).value == Decimal("45.6")


def test_polling_an_upload_whose_worker_died_queues_it_again(client, media):
    from datetime import timedelta

    from django.utils import timezone

    client.force_login(editor())
    upload = uploads.upload_receive(data=TEXT, filename="a.txt")
    Upload.objects.filter(pk=upload.pk).update(status="parsing", updated_at=timezone.now() - timedelta(hours=1))

    status = client.get(f"/api/uploads/{upload.pk}/").json()

    assert status["status"] == "parsed" and len(status["disclosures"]) == 1
