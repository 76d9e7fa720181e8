"""50 uploads at once against a live server on loopback, the same file ten times among them: each distinct file
is stored exactly once, nothing fails, nothing is lost. Meant for PostgreSQL (`make test-postgres` runs it);
on SQLite the in-memory test database cannot be shared by the server's threads, so it is skipped there."""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.db import connection

from disclosures.models import Disclosure, SourceFile, Upload
from tests.hostile.corpus import disclosure_text, unit_names

from .upload_helpers import editor

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL: set DATABASE_URL"),
]


def _session(live_server, client) -> tuple[str, str]:
    """(Cookie header, CSRF token) of a logged-in editor, as a browser would hold them."""
    client.force_login(editor())
    session = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
    request = urllib.request.Request(f"{live_server.url}/uploads/", headers={"Cookie": session})
    with urllib.request.urlopen(request, timeout=60) as response:
        page = response.read().decode()
        csrf = re.search(r"csrftoken=([^;]+)", response.headers.get("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    return f"{session}; csrftoken={csrf}", token


def _post(url: str, cookie: str, token: str, name: str, data: bytes) -> tuple[int, dict]:
    boundary = uuid.uuid4().hex
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(url, data=body, headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}", "X-CSRFToken": token, "Cookie": cookie})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_fifty_uploads_at_once_store_each_distinct_file_exactly_once(live_server, client, media):
    cookie, token = _session(live_server, client)
    same = disclosure_text("财政局").encode()
    files = [(f"same{i}.txt", same) for i in range(10)]
    files += [(f"{i}.txt", disclosure_text(name).encode()) for i, name in enumerate(unit_names(41)[1:])]
    with ThreadPoolExecutor(max_workers=10) as pool:
        answers = list(pool.map(lambda item: _post(f"{live_server.url}/api/uploads/", cookie, token, *item), files))

    assert [code for code, _ in answers] == [202] * 50, answers
    assert SourceFile.objects.count() == 41
    assert SourceFile.objects.values("sha256").distinct().count() == 41
    assert Disclosure.objects.count() == 41
    statuses = list(Upload.objects.values_list("status", flat=True))
    assert len(statuses) == 50 and "failed" not in statuses and "queued" not in statuses and "parsing" not in statuses
    same_uploads = Upload.objects.filter(original_name__startswith="same")
    assert sorted(same_uploads.values_list("status", flat=True)) == ["duplicate"] * 9 + ["parsed"]
    stored = {p.name for p in media.rglob("*") if p.is_file() and not p.name.startswith(".")}
    assert len(stored) == 41
