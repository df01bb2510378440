import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_course(apps, schema_editor):
    """Each completion and exam pass gets the course above its page in the tree."""
    CoursePage = apps.get_model("courses", "CoursePage")
    Page = apps.get_model("wagtailcore", "Page")
    courses = dict(CoursePage.objects.values_list("path", "pk"))

    def course_for(path):
        return next((pk for prefix, pk in courses.items() if path.startswith(prefix)), None)

    for model, field in (("ModuleCompletion", "module"), ("AssessmentPass", "page")):
        rows = apps.get_model("courses", model).objects.all()
        paths = dict(Page.objects.filter(pk__in=rows.values(f"{field}_id")).values_list("pk", "path"))
        for row in rows:
            row.course_id = course_for(paths[getattr(row, f"{field}_id")])
            row.save(update_fields=["course"])


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_assessmentpass"),
        ("wagtailcore", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="modulecompletion",
            name="course",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="module_completions",
                to="courses.coursepage",
            ),
        ),
        migrations.AddField(
            model_name="assessmentpass",
            name="course",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="assessment_passes",
                to="courses.coursepage",
            ),
        ),
        migrations.RunPython(fill_course, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="modulecompletion",
            name="course",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="module_completions",
                to="courses.coursepage",
            ),
        ),
        migrations.AlterField(
            model_name="assessmentpass",
            name="course",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="assessment_passes",
                to="courses.coursepage",
            ),
        ),
        migrations.AlterField(
            model_name="modulecompletion",
            name="module",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="completions",
                to="courses.modulepage",
            ),
        ),
        migrations.AlterField(
            model_name="assessmentpass",
            name="page",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.page",
            ),
        ),
        migrations.AlterField(
            model_name="enrollment",
            name="course",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="enrollments",
                to="courses.coursepage",
            ),
        ),
        migrations.AlterField(
            model_name="courseevaluation",
            name="course",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="evaluations",
                to="courses.coursepage",
            ),
        ),
        migrations.CreateModel(
            name="CourseCompletion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("completed_at", models.DateTimeField()),
                (
                    "course",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="completions",
                        to="courses.coursepage",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="course_completions",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "course completion",
                "constraints": [
                    models.UniqueConstraint(fields=("user", "course"), name="unique_course_completion")
                ],
            },
        ),
    ]
