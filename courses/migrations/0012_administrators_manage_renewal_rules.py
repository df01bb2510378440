"""Administrators keep the renewal rules and requirement topics (and may see learners'
licences and outside CE): the permissions of the models added since the roles were made."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ("renewalrule", "requirementtopic", "licence", "outsidecourse")


def grant(apps, schema_editor):
    config = apps.get_app_config("courses")
    config.models_module = True  # what create_permissions looks for; a migration's stub lacks it
    create_permissions(config, verbosity=0, apps=apps)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    administrators = Group.objects.filter(name="Administrators").first()
    if administrators is None:
        return
    administrators.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="courses", content_type__model__in=MODELS
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0011_seed_renewal_rules"),
        ("cms", "0006_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
