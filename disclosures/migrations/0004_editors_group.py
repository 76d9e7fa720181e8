"""The "editors" group: who may upload, review, correct and delete disclosures."""
from django.db import migrations

EDITORS = "editors"
PERMISSIONS = [
    ("disclosures", "add_upload"), ("disclosures", "view_upload"), ("disclosures", "change_upload"),
    ("disclosures", "review_disclosure"),
    ("disclosures", "view_disclosure"), ("disclosures", "change_disclosure"), ("disclosures", "delete_disclosure"),
    ("disclosures", "view_figure"), ("disclosures", "change_figure"),
    ("disclosures", "view_sourcefile"),
]


def create_editors(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; create them now so the group can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    for app_label, codename in PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("disclosures", "0003_upload"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
