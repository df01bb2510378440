"""Who does what in the admin. Groups, so that everything is managed in Wagtail's own
Settings → Groups:

- Instructors: admin access, images and documents; they edit only the courses whose team
  they are in (a group per course with add and edit rights on its page tree, no publish), so
  clinical content reaches learners only through the "Clinical review" workflow.
- Reviewers: approve or reject in that workflow, and keep the conditions library.
- Administrators: everything, including provider settings, certificates and learner records.

The cms migration `0006_roles` creates the three groups and the workflow.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

INSTRUCTORS = "Instructors"
REVIEWERS = "Reviewers"
ADMINISTRATORS = "Administrators"
CLINICAL_REVIEW = "Clinical review"
TEAM_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page", "unlock_page")


def course_team(course) -> Group:
    """The group whose members author `course`: add and edit its pages, never publish."""
    group, created = Group.objects.get_or_create(name=f"Course team #{course.pk}")
    if created:
        for codename in TEAM_PAGE_PERMISSIONS:
            GroupPagePermission.objects.create(
                group=group,
                page=course,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    return group


def instructor_assign(*, user, course) -> None:
    """Make `user` an instructor on `course`."""
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get_or_create(name=INSTRUCTORS)[0], course_team(course))


def catalog_require_review(catalog) -> None:
    """Pages under the catalog go through clinical review before they are published: the
    workflow is assigned there, and reviewers may publish what they approve (they edit a page
    only while it is in their task, and see no learner reports)."""
    workflow = Workflow.objects.filter(name=CLINICAL_REVIEW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=catalog, defaults={"workflow": workflow})
    reviewers = Group.objects.filter(name=REVIEWERS).first()
    if reviewers is not None:
        GroupPagePermission.objects.get_or_create(
            group=reviewers,
            page=catalog,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename="publish_page"
            ),
        )
