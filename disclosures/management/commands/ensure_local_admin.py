"""`make run` on a laptop: create an admin login (admin / admin) when there is none, so /admin/ opens at once.

Refuses to run unless DEBUG is on: a production database never gets a default password.
"""
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "本机调试用：没有管理员时创建 admin / admin（仅在 DJANGO_DEBUG=1 时可用）"

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("仅在调试模式（DJANGO_DEBUG=1）下创建默认管理员")
        users = get_user_model().objects
        if users.filter(is_superuser=True).exists():
            return
        users.create_superuser("admin", "", "admin")
        self.stdout.write("已创建本机管理员账号：用户名 admin，密码 admin（仅供本机试用，请勿用于生产环境）")
