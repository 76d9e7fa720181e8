"""python manage.py check_disclosures [--all | ID ...]: recompute stored disclosures' checks and print a summary."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from disclosures.models import Disclosure
from disclosures.parsing.checks import summary
from disclosures.parsing.types import Check
from disclosures.recheck import refresh_all_checks


class Command(BaseCommand):
    help = "重新计算已入库公开文件的勾稽检查，并输出汇总"
    requires_system_checks: list[str] = []

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="公开文件编号")
        parser.add_argument("--all", action="store_true", help="全部公开文件")

    def handle(self, *args, **options):
        if not options["all"] and not options["ids"]:
            raise CommandError("请给出公开文件编号，或使用 --all")
        queryset = Disclosure.objects.all() if options["all"] else Disclosure.objects.filter(pk__in=options["ids"])
        totals = {"error": 0, "warning": 0, "info": 0, "pass": 0, "not_applicable": 0, "insufficient_data": 0}
        count = 0
        for disclosure, stored in refresh_all_checks(queryset):
            checks = [Check.from_json(item) for item in stored]
            counts = summary(checks)
            for key, value in counts.items():
                totals[key] = totals.get(key, 0) + value
            count += 1
            self.stdout.write(f"{disclosure.pk}\t{disclosure.title_name}\t{disclosure.year}{disclosure.kind}\t"
                              f"错误{counts['error']} 警告{counts['warning']} 提示{counts['info']} 通过{counts['pass']}")
        self.stdout.write(f"共{count}份：错误{totals['error']}，警告{totals['warning']}，提示{totals['info']}，"
                          f"通过{totals['pass']}，不适用{totals['not_applicable']}，取数不足{totals['insufficient_data']}")
