"""Celery is another interface to the services: one-line wrappers, inline unless CELERY_BROKER_URL is set."""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from celery import shared_task

from .services import disclosure_import_file


@shared_task
def import_disclosure_file(*, path: str, filename: str = "") -> dict:
    """Import a file already on disk (bytes do not travel through a JSON broker); returns the ImportOutcome."""
    return asdict(disclosure_import_file(data=Path(path).read_bytes(), filename=filename or Path(path).name))


@shared_task(acks_late=True, reject_on_worker_lost=False)
def parse_upload(*, upload_id: int) -> str | None:
    """Parse a queued upload in the cage and import it (uploads.upload_process); returns its final status."""
    from .uploads import upload_process

    upload = upload_process(upload_id=upload_id)
    return upload.status if upload else None
