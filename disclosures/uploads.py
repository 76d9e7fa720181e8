"""Services for uploads: receive a file, queue it, parse it in the cage and import it.

The web request only checks what is cheap (size, type from magic bytes, zip directory), stores the bytes
under MEDIA_ROOT by sha256 and answers; the parse runs off the request in a Celery worker when
CELERY_BROKER_URL is set, else in a thread of the web process — either way inside `cage.parse_in_child`,
a separate OS process with a wall clock and a memory cap. The upload page, the API, the import command
and the admin's 重新解析 all go through the functions here.
"""
from __future__ import annotations

import logging
import os
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import close_old_connections, connections, transaction
from django.urls import reverse
from django.utils import timezone

from . import cage, parsing, services
from .models import Disclosure, Scope, SourceFile, Upload
from .parsing import ParsedDisclosure, ParseError
from .parsing.types import Clue

logger = logging.getLogger(__name__)

STATED_FIELDS = {"unit": "单位", "year": "年度", "kind": "类型", "scope": "口径"}
ACTIVE = (Upload.Status.QUEUED, Upload.Status.PARSING)


class UploadRefused(Exception):
    """A file refused before it is stored: `status` is the HTTP status (400 or 413), the message one Chinese line."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class CageLimits:
    timeout: float
    memory: int
    max_pages: int


def cage_limits() -> CageLimits:
    return CageLimits(
        timeout=float(getattr(settings, "PARSE_TIMEOUT", cage.DEFAULT_TIMEOUT)),
        memory=int(getattr(settings, "PARSE_MEMORY", cage.DEFAULT_MEMORY)),
        max_pages=int(getattr(settings, "PARSE_MAX_PAGES", cage.DEFAULT_MAX_PAGES)),
    )


def parse_caged(data: bytes, filename: str) -> list[ParsedDisclosure]:
    """The one way the project parses a file it did not write itself: in the cage, with the settings' limits."""
    limits = cage_limits()
    return cage.parse_in_child(data, filename, timeout=limits.timeout, memory=limits.memory,
                               max_pages=limits.max_pages)


def max_upload_bytes() -> int:
    return int(getattr(settings, "UPLOAD_MAX_BYTES", 30 * 1024 * 1024))


# --- receiving ----------------------------------------------------------------------------------------------


def upload_receive(*, data: bytes, filename: str, user=None, stated: dict | None = None) -> Upload:
    """Check, store and queue one file. Raises UploadRefused (nothing stored) for a file refused outright.

    The same bytes as a stored source file, or as an upload still in the queue, are answered at once with
    status `duplicate` and a link to what holds them.
    """
    limit = max_upload_bytes()
    if len(data) > limit:
        raise UploadRefused(f"文件过大（{len(data) / 1024**2:.1f} MB），上限 {limit // 1024**2} MB", status=413)
    try:
        kind = cage.sniff(data)
    except ParseError as exc:
        raise UploadRefused(str(exc)) from exc
    original = cage.clean_filename(filename)
    sha = services.source_sha256(data)
    stated = clean_stated(stated or {})
    upload = Upload(user=user if getattr(user, "is_authenticated", False) else None, sha256=sha,
                    original_name=original[:255], size=len(data), file_kind=kind, stated=stated)
    holders = list(SourceFile.objects.filter(sha256=sha).values_list("disclosure_id", flat=True))
    if holders:
        upload.status = Upload.Status.DUPLICATE
        upload.message = "已存在：同一文件（SHA-256 相同）已导入"
        upload.file.name = SourceFile.objects.filter(sha256=sha).values_list("file", flat=True).first() or ""
        upload.save()
        upload.disclosures.set(holders)
        return upload
    earlier = Upload.objects.filter(sha256=sha, status__in=ACTIVE).order_by("id").first()
    if earlier is not None:
        upload.status = Upload.Status.DUPLICATE
        upload.message = "已存在：同一文件正在排队解析"
        upload.duplicate_of = earlier
        upload.file.name = earlier.file.name
        upload.save()
        return upload
    upload.file.name = _store(data=data, sha=sha, filename=cage.stored_filename(original, kind))
    upload.save()
    transaction.on_commit(lambda: upload_dispatch(upload_id=upload.pk))
    return upload


def clean_stated(stated: dict) -> dict:
    """What the uploader stated, cleaned to plain values: unit text, year 1990–2100, 预算/决算, 部门/单位/汇总."""
    result: dict = {}
    unit = cage.clean_text(str(stated.get("unit") or "")).strip()[:200]
    if unit:
        result["unit"] = unit
    try:
        year = int(str(stated.get("year") or "").strip())
    except ValueError:
        year = None
    if year and 1990 <= year <= 2100:
        result["year"] = year
    if stated.get("kind") in {"预算", "决算"}:
        result["kind"] = stated["kind"]
    if stated.get("scope") in set(Scope.values):
        result["scope"] = stated["scope"]
    return result


def _store(*, data: bytes, sha: str, filename: str) -> str:
    """Write the bytes under MEDIA_ROOT by sha256 (atomically: a concurrent upload of the same bytes is harmless)."""
    name = services.source_storage_name(sha256=sha, filename=filename)
    path = Path(default_storage.path(name))
    root = Path(settings.MEDIA_ROOT).resolve()
    if root not in path.resolve().parents:
        raise UploadRefused("存储路径无效")
    if path.exists() and path.stat().st_size == len(data):
        return name
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return name


# --- running off the request -----------------------------------------------------------------------------------

_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


def background_mode() -> str:
    """celery (a broker is set), thread (a laptop or `make serve` without broker) or inline (tests)."""
    mode = getattr(settings, "UPLOAD_BACKGROUND", "")
    if mode:
        return mode
    return "celery" if settings.CELERY_BROKER_URL else "thread"


def upload_dispatch(*, upload_id: int) -> None:
    mode = background_mode()
    if mode == "celery":
        from .tasks import parse_upload

        parse_upload.delay(upload_id=upload_id)
    elif mode == "inline":
        upload_process(upload_id=upload_id)
    else:
        _thread_pool().submit(_run_in_thread, upload_id)


def _thread_pool() -> ThreadPoolExecutor:
    global _executor
    with _executor_lock:
        if _executor is None:
            workers = int(getattr(settings, "UPLOAD_WORKERS", 2))
            _executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="upload")
        return _executor


def _run_in_thread(upload_id: int) -> None:
    close_old_connections()
    try:
        upload_process(upload_id=upload_id)
    except Exception:  # the thread must keep serving the next upload
        logger.exception("upload %s could not be processed", upload_id)
    finally:
        connections.close_all()


def upload_resume() -> int:
    """After a restart: uploads left in `parsing` longer than a parse may take go back to the queue, and every
    queued upload is dispatched again. Returns how many were dispatched."""
    stale = timezone.now() - timedelta(seconds=cage_limits().timeout * 2 + 60)
    Upload.objects.filter(status=Upload.Status.PARSING, updated_at__lt=stale).update(
        status=Upload.Status.QUEUED, updated_at=timezone.now()
    )
    queued = list(Upload.objects.filter(status=Upload.Status.QUEUED).values_list("pk", flat=True))
    for upload_id in queued:
        upload_dispatch(upload_id=upload_id)
    return len(queued)


def upload_requeue_if_stale(upload: Upload) -> Upload:
    """Polling an upload that sat queued or parsing for longer than a parse may take (its worker died) queues it
    again, so nothing waits in `parsing` forever even before the next restart."""
    stale = timezone.now() - timedelta(seconds=cage_limits().timeout * 2 + 60)
    if upload.status in ACTIVE and upload.updated_at < stale:
        moved = Upload.objects.filter(pk=upload.pk, status=upload.status, updated_at=upload.updated_at).update(
            status=Upload.Status.QUEUED, updated_at=timezone.now())
        if moved:
            upload_dispatch(upload_id=upload.pk)
            upload.refresh_from_db()
    return upload


# --- parsing and importing -------------------------------------------------------------------------------------


def upload_process(*, upload_id: int) -> Upload | None:
    """Claim a queued upload, parse it in the cage and import it; the upload ends in a final status."""
    claimed = Upload.objects.filter(pk=upload_id, status=Upload.Status.QUEUED).update(
        status=Upload.Status.PARSING, updated_at=timezone.now()
    )
    upload = Upload.objects.filter(pk=upload_id).first()
    if not claimed or upload is None:
        return upload  # another worker has it, or it is already done
    Upload.objects.filter(pk=upload_id).update(attempts=upload.attempts + 1)
    try:
        _process(upload)
    except Exception:
        logger.exception("upload %s failed unexpectedly", upload_id)
        _finish(upload, Upload.Status.FAILED, "服务器处理出错，解析未完成，请稍后重试")
    return upload


def _process(upload: Upload) -> None:
    try:
        with default_storage.open(upload.file.name, "rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        _finish(upload, Upload.Status.FAILED, "上传的文件已不在存储中，请重新上传")
        return
    name = cage.stored_filename(upload.original_name, upload.file_kind)
    try:
        segments = parse_caged(data, name)
    except ParseError as exc:
        _finish(upload, Upload.Status.FAILED, str(exc))
        return
    warnings = apply_stated(segments, upload.stated)
    outcome = services.disclosure_import_file(data=data, filename=name, parsed=segments)
    holders = list(
        SourceFile.objects.filter(sha256=upload.sha256).order_by("segment").values_list("disclosure_id", flat=True)
    )
    if outcome.status == "failed":
        _finish(upload, Upload.Status.FAILED, outcome.message)
        return
    if outcome.status == "already_present":
        _finish(upload, Upload.Status.DUPLICATE, outcome.message, holders)
        return
    message = outcome.message
    if warnings:
        message = f"{message}；" + "；".join(warnings)
    review = warnings or outcome.status == "conflict" or _needs_review(holders)
    _finish(upload, Upload.Status.NEEDS_REVIEW if review else Upload.Status.PARSED, message, holders)


def _needs_review(disclosure_ids: list[int]) -> bool:
    for status, checks in Disclosure.objects.filter(pk__in=disclosure_ids).values_list("status", "checks"):
        if status != Disclosure.Status.OK:
            return True
        if any(isinstance(check, dict) and check.get("ok") is False and check.get("severity", "error") != "info"
               for check in checks or []):  # a hint (提示) alone needs no person, as in review.py
            return True
    return False


def _finish(upload: Upload, status: str, message: str, disclosure_ids: list[int] | None = None) -> None:
    with transaction.atomic():
        upload.status = status
        upload.message = cage.clean_text(" ".join(str(message).split()))[:2000]
        upload.save(update_fields=["status", "message", "updated_at"])
        if disclosure_ids:
            upload.disclosures.set(disclosure_ids)


def apply_stated(segments: list[ParsedDisclosure], stated: dict) -> list[str]:
    """Fill identity fields the parser left empty from what the uploader stated (a clue with origin
    "uploader"); where the file says otherwise the file wins and a warning is returned for a person."""
    if not stated or len(segments) != 1:
        return []
    parsed = segments[0]
    warnings = []
    for key, label in STATED_FIELDS.items():
        value = stated.get(key)
        if value in (None, ""):
            continue
        found = getattr(parsed, key)
        if found in (None, ""):
            setattr(parsed, key, value)
            parsed.clues[key] = Clue(field=key, value=value, origin="uploader", text=str(value))
            if key in parsed.missing:
                parsed.missing.remove(key)
        elif str(found) != str(value):
            warning = f"上传者填写的{label}“{value}”与文件中的“{found}”不一致，已按文件，请核实"
            parsed.warnings.append(warning)
            warnings.append(warning)
    return warnings


# --- what the API and the page show ------------------------------------------------------------------------------


def upload_status(upload: Upload) -> dict:
    """The JSON of GET /api/uploads/<id>/."""
    disclosure_ids = list(upload.disclosures.order_by("pk").values_list("pk", flat=True))
    if not disclosure_ids and upload.duplicate_of_id:
        disclosure_ids = list(upload.duplicate_of.disclosures.order_by("pk").values_list("pk", flat=True))
    data = {
        "id": upload.pk,
        "status": upload.status,
        "label": upload.get_status_display(),
        "message": upload.message,
        "name": upload.original_name,
        "disclosures": [reverse("disclosures:disclosure", args=[pk]) for pk in disclosure_ids],
        "url": reverse("disclosures:api_upload", args=[upload.pk]),
    }
    if upload.duplicate_of_id:
        data["duplicate_of"] = reverse("disclosures:api_upload", args=[upload.duplicate_of_id])
    return data


# --- the import command and the admin ----------------------------------------------------------------------------


def import_path_caged(*, data: bytes, filename: str) -> services.ImportOutcome:
    """One file of `import_disclosures`: parsed in the cage, then saved; never raises for a bad file."""
    name = cage.clean_filename(filename)
    if SourceFile.objects.filter(sha256=services.source_sha256(data)).exists():
        return services.disclosure_import_file(data=data, filename=name)
    try:
        kind = cage.sniff(data)
        name = cage.stored_filename(name, kind)
        segments = parse_caged(data, name)
    except parsing.NotADisclosure:
        raise
    except ParseError as exc:
        return services.ImportOutcome("failed", None, str(exc), name)
    return services.disclosure_import_file(data=data, filename=name, parsed=segments)


def disclosure_reparse_caged(*, disclosure: Disclosure) -> Disclosure:
    """The admin's 重新解析: the source file parsed again in the cage, then stored keeping corrections."""
    sources = disclosure.sources.order_by("imported_at", "id")
    source = sources.filter(status=SourceFile.Status.PARSED).first() or sources.first()
    if source is None:
        raise ValueError("该文件没有源文件，无法重新解析")
    with source.file.open("rb") as handle:
        data = handle.read()
    if services.source_sha256(data) != source.sha256:
        raise ValueError("存储的文件与记录的 SHA-256 不符，已拒绝重新解析")
    kind = cage.sniff(data)
    segments = parse_caged(data, cage.stored_filename(source.original_name, kind))
    return services.disclosure_reparse(disclosure=disclosure, parsed=segments)
