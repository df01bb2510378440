import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('quizzes', '0009_shared_quiz_content'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='quizattempt',
            name='answers',
        ),
        migrations.RemoveField(
            model_name='quizattempt',
            name='results',
        ),
        migrations.RemoveField(
            model_name='quizattempt',
            name='snapshot',
        ),
        migrations.AlterField(
            model_name='quizattempt',
            name='content',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='attempts', to='quizzes.quizcontent'),
        ),
        migrations.AlterField(
            model_name='quizattempt',
            name='layout',
            field=models.JSONField(),
        ),
    ]
