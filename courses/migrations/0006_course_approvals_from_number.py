from django.db import migrations


def approvals_from_number(apps, schema_editor):
    """Each course's single approval number becomes an approval of the body the provider
    lists first (the number named no body before)."""
    CoursePage = apps.get_model("courses", "CoursePage")
    CourseApproval = apps.get_model("courses", "CourseApproval")
    ProviderSettings = apps.get_model("cms", "ProviderSettings")
    provider = ProviderSettings.objects.first()
    approvals = list(provider.approvals.raw_data) if provider and provider.approvals else []
    body = approvals[0]["value"]["body"] if approvals else "Approving body"
    for course in CoursePage.objects.exclude(approval_number=""):
        CourseApproval.objects.create(course=course, body=body, number=course.approval_number)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_alter_coursepage_evaluation_required_courseapproval"),
        ("cms", "0004_providersettings_achievement_title_and_more"),
    ]

    operations = [
        migrations.RunPython(approvals_from_number, migrations.RunPython.noop),
        migrations.RemoveField(model_name="coursepage", name="approval_number"),
    ]
