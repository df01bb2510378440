"""The admin roles (see courses/roles.py) and the "Clinical review" workflow."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMIN = ("wagtailadmin", "access_admin")
IMAGES = [("wagtailimages", f"{action}_image") for action in ("add", "change", "choose")]
DOCUMENTS = [("wagtaildocs", f"{action}_document") for action in ("add", "change", "choose")]
ROLES = {
    "Instructors": [
        ADMIN,
        *IMAGES,
        *DOCUMENTS,
        ("courses", "view_condition"),
        ("courses", "view_topic"),
    ],
    "Reviewers": [
        ADMIN,
        ("wagtailimages", "choose_image"),
        ("courses", "add_condition"),
        ("courses", "change_condition"),
        ("courses", "view_condition"),
        ("courses", "view_topic"),
    ],
}
ADMINISTRATOR_APPS = ("cms", "courses", "quizzes", "certificates", "wagtailimages", "wagtaildocs")
ADMINISTRATOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()

    def grant(group, pairs):
        for app_label, codename in pairs:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            if app_label in ("wagtailimages", "wagtaildocs") and root_collection:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
            else:
                group.permissions.add(permission)

    for name, pairs in ROLES.items():
        grant(Group.objects.get_or_create(name=name)[0], pairs)

    administrators = Group.objects.get_or_create(name="Administrators")[0]
    grant(administrators, [ADMIN])
    for permission in Permission.objects.filter(
        content_type__app_label__in=ADMINISTRATOR_APPS
    ).select_related("content_type"):
        grant(administrators, [(permission.content_type.app_label, permission.codename)])
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in ADMINISTRATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=administrators,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )

    create_review_workflow(apps, Group.objects.get(name="Reviewers"))


def create_review_workflow(apps, reviewers):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")
    if Workflow.objects.filter(name="Clinical review").exists():
        return
    task = GroupApprovalTask.objects.create(
        name="Clinical review",
        content_type=ContentType.objects.get_for_model(GroupApprovalTask),
        active=True,
    )
    task.groups.add(reviewers)
    workflow = Workflow.objects.create(name="Clinical review", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Permission = apps.get_model("auth", "Permission")
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    for catalog in CourseIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=catalog.pk, defaults={"workflow": workflow})
        GroupPagePermission.objects.get_or_create(
            group=reviewers, page_id=catalog.pk, permission=publish
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_estimates"),
        ("courses", "0008_conditions_library"),
        ("quizzes", "0004_responses_regrades_accommodations"),
        ("certificates", "0003_certificate_course_approvals_certificate_delivery_and_more"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
