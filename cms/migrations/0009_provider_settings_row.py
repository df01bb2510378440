"""The provider's settings row exists from the start, so reading it never writes it (which
would start a new content generation from a page view)."""

from django.db import migrations


def create_row(apps, schema_editor):
    ProviderSettings = apps.get_model("cms", "ProviderSettings")
    if not ProviderSettings.objects.exists():
        ProviderSettings.objects.create()


class Migration(migrations.Migration):

    dependencies = [
        ("cms", "0008_homepage_featured_courses"),
    ]

    operations = [
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
