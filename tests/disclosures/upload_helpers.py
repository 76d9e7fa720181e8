"""Helpers for the upload tests: an editor, posting a file through the API, and the final status."""
from __future__ import annotations

from pathlib import Path

from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile


def editor(username: str = "editor") -> User:
    user = User.objects.create_user(username, password="pw-for-tests-only")
    user.groups.add(Group.objects.get(name="editors"))
    return user


def post_upload(client, name: str, data: bytes, capture, **stated):
    """POST /api/uploads/ and run what was queued (the parse) once the request's transaction commits."""
    with capture(execute=True):
        response = client.post("/api/uploads/", {"file": SimpleUploadedFile(name, data), **stated})
    return response


def media_inside(root: Path) -> list[Path]:
    return sorted(p for p in Path(root).rglob("*") if p.is_file())
