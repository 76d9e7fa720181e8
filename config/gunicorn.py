"""gunicorn settings for `make serve`: loopback only, and uploads left in the queue picked up after a restart."""
import os

bind = f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_WORKERS", "2"))
threads = int(os.environ.get("WEB_THREADS", "4"))
timeout = 120
limit_request_line = 8190
accesslog = "-"


def post_worker_init(worker):
    """Each worker dispatches queued uploads (a claim in the database lets only one of them parse each)."""
    from django.conf import settings

    if settings.CELERY_BROKER_URL:
        return
    from disclosures.uploads import upload_resume

    try:
        upload_resume()
    except Exception:  # an unmigrated database must not stop the server
        worker.log.exception("could not resume queued uploads")
