# Load the Celery app with Django so @shared_task uses it (and runs inline when no broker is configured).
from .celery import app as celery_app

__all__ = ("celery_app",)
