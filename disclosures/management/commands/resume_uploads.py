"""Queue again the uploads a stopped server or worker left behind (queued, or parsing for too long)."""
from __future__ import annotations

from django.core.management.base import BaseCommand

from disclosures.uploads import upload_resume


class Command(BaseCommand):
    help = "重新排队未完成的上传（排队中，或解析中超时）"
    requires_system_checks: list[str] = []

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"已重新排队 {upload_resume()} 个上传")
