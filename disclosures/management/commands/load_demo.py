"""Load the demo data (the five seed disclosures' figures) into an empty database, so `make run` shows
垫江县, 铜梁区 and 大足区 at once. Does nothing when any disclosure exists."""
from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from disclosures.models import Disclosure, Region
from disclosures.services import demo_disclosures, disclosure_save_parsed


class Command(BaseCommand):
    help = "在空数据库中加载演示数据（垫江县、铜梁区、大足区的公开文件数字）；已有数据时不做任何事"
    requires_system_checks: list[str] = []  # the URL checks import pandas and plotly: seconds for nothing here

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--if-empty", action="store_true", default=True,
            help="仅在没有任何公开文件时加载（默认行为）",
        )

    def handle(self, *args, **options) -> None:
        existing = Disclosure.objects.count()
        if existing:
            self.stdout.write(f"数据库中已有 {existing} 个公开文件，未加载演示数据")
            return
        with transaction.atomic():
            for parsed in demo_disclosures():
                disclosure_save_parsed(parsed=parsed)
        self.stdout.write(
            f"已加载演示数据：{Region.objects.count()} 个地区、{Disclosure.objects.count()} 个公开文件"
            "（数字取自公开文件；导入原件后显示页码和原文）"
        )
