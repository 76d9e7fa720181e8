"""Helpers for the upload tests: an editor, posting a file through the API, and the final status."""
from __future__ import annotations

from pathlib import Path

from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile


def editors_group() -> Group:
    """The group the migration creates; made again after a transactional test flushed the tables."""
    import importlib

    from django.contrib.auth.models import Permission

    migration = importlib.import_module("disclosures.migrations.0004_editors_group")
    group, created = Group.objects.get_or_create(name=migration.EDITORS)
    if created:
        for app_label, codename in migration.PERMISSIONS:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return group


def editor(username: str = "editor", password: str = "pw-for-tests-only") -> User:
    user = User.objects.create_user(username, password=password)
    user.groups.add(editors_group())
    return user


def post_upload(client, name: str, data: bytes, capture, **stated):
    """POST /api/uploads/ and run what was queued (the parse) once the request's transaction commits."""
    with capture(execute=True):
        response = client.post("/api/uploads/", {"file": SimpleUploadedFile(name, data), **stated})
    return response


def media_inside(root: Path) -> list[Path]:
    return sorted(p for p in Path(root).rglob("*") if p.is_file())
