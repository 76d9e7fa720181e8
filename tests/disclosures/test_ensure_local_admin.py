import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_it_creates_one_local_admin_in_debug_mode_only(settings):
    settings.DEBUG = True
    call_command("ensure_local_admin")
    call_command("ensure_local_admin")
    admin = get_user_model().objects.get()
    assert admin.username == "admin" and admin.is_superuser and admin.check_password("admin")


def test_it_refuses_outside_debug_mode(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("ensure_local_admin")
    assert not get_user_model().objects.exists()
