"""Learners choose whether their digital badges show their licence (off by default)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0006_roles'),
    ]

    operations = [
        migrations.AddField(
            model_name='learnerprofile',
            name='badge_shares_licence',
            field=models.BooleanField(default=False, help_text='Include your licence number and jurisdiction in the Open Badges credentials you download. Anyone you share a badge with can read them.', verbose_name='show my licence in digital badges'),
        ),
    ]
