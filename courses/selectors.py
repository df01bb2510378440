"""Reads of course structure and learner progress.

Every function here costs a fixed number of queries, however many modules, courses or
enrollments are involved: progress is counted by the database from completion rows.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Max, Prefetch, QuerySet
from django.db.models.functions import Length, Substr
from wagtail.images import get_image_model
from wagtail.models import Page

from courses.models import (
    AssessmentPass,
    CoursePage,
    Enrollment,
    ModuleCompletion,
    ModulePage,
    Topic,
)

CARD_IMAGE_SPEC = "fill-640x360"


@dataclass(frozen=True)
class Progress:
    """Required steps done: required modules, plus final exams passed where a course has them
    (`with_assessments`)."""

    completed: int
    total: int
    with_assessments: bool = False

    @property
    def percent(self) -> int:
        # Rounded down, so 100 % appears only when every required step is done.
        return (100 * self.completed // self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.completed >= self.total


def _parent_path(field: str = "path"):
    return Substr(field, 1, Length(field) - Page.steplen)


def catalog_courses(*, index_page: Page, topic: Topic | None = None) -> QuerySet[CoursePage]:
    courses = (
        CoursePage.objects.live()
        .public()
        .child_of(index_page)
        .select_related("topic")
        .prefetch_related(
            Prefetch(
                "cover_image",
                queryset=get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC),
            )
        )
        .order_by("path")
    )
    if topic is not None:
        courses = courses.filter(topic=topic)
    return courses


def course_modules(*, course: CoursePage) -> list[ModulePage]:
    return list(ModulePage.objects.live().child_of(course).order_by("path"))


def assessments_of(*, page: Page) -> list[Page]:
    """Published pages under a module or course other than modules: its quizzes and exams.

    Courses know nothing of quizzes beyond this: a module with an assessment is completed by
    passing it, not by the learner's say-so.
    """
    return list(Page.objects.live().child_of(page).not_type(ModulePage).order_by("path"))


def course_of_module(*, module: ModulePage) -> CoursePage:
    return CoursePage.objects.select_related("topic").get(path=module.path[: -Page.steplen])


def _by_parent(queryset, path_field: str, course_paths: list[str], aggregate=None) -> dict:
    """`aggregate` (default: a count) of `queryset` per course, keyed by course path, for rows
    whose `path_field` is a direct child of one of `course_paths`. One grouped query."""
    return dict(
        queryset.annotate(parent_path=_parent_path(path_field))
        .filter(parent_path__in=course_paths)
        .order_by()
        .values("parent_path")
        .annotate(value=aggregate or Count("pk"))
        .values_list("parent_path", "value")
    )


def _required_completions(user):
    return ModuleCompletion.objects.filter(user=user, module__live=True, module__is_required=True)


def progress_by_course(
    *, user, course_paths: list[str], with_assessments: bool = True
) -> dict[str, Progress]:
    """Progress through each course's required steps, keyed by course path. Four queries
    (two without assessments), however many courses."""
    totals = _by_parent(ModulePage.objects.live().filter(is_required=True), "path", course_paths)
    done = _by_parent(_required_completions(user), "module__path", course_paths)
    exams, passed = {}, {}
    if with_assessments:
        exams = _by_parent(Page.objects.live().not_type(ModulePage), "path", course_paths)
        passed = _by_parent(
            AssessmentPass.objects.filter(user=user, page__live=True), "page__path", course_paths
        )
    return {
        path: Progress(
            done.get(path, 0) + passed.get(path, 0),
            totals.get(path, 0) + exams.get(path, 0),
            with_assessments=bool(exams.get(path)),
        )
        for path in course_paths
    }


def completed_course_ids(*, user, courses: list[CoursePage]) -> set[int]:
    progress = progress_by_course(user=user, course_paths=[c.path for c in courses])
    return {c.pk for c in courses if progress[c.path].is_complete}


def course_prerequisites(*, course: CoursePage) -> list[CoursePage]:
    # Read the saved relation (not an unsaved in-memory cluster) of published courses.
    return list(CoursePage.objects.live().filter(unlocks=course).order_by("path"))


def course_unmet_prerequisites(
    *, user, course: CoursePage, prerequisites: list[CoursePage] | None = None
) -> list[CoursePage]:
    if prerequisites is None:
        prerequisites = course_prerequisites(course=course)
    if not prerequisites:
        return []
    if not user.is_authenticated:
        return prerequisites
    done = completed_course_ids(user=user, courses=prerequisites)
    return [c for c in prerequisites if c.pk not in done]


def _completed_module_ids(*, user, modules: list[ModulePage]) -> set[int]:
    if not user.is_authenticated or not modules:
        return set()
    return set(
        ModuleCompletion.objects.filter(user=user, module__in=modules).values_list(
            "module_id", flat=True
        )
    )


def _module_rows(modules, completed_ids, current_id) -> list[dict]:
    rows = []
    for module in modules:
        if module.pk in completed_ids:
            state = "complete"
        elif module.pk == current_id:
            state = "in_progress"
        else:
            state = "not_started"
        rows.append({"module": module, "state": state})
    return rows


def _progress(modules, completed_ids) -> Progress:
    required = [m for m in modules if m.is_required]
    return Progress(sum(1 for m in required if m.pk in completed_ids), len(required))


def _enrollment(*, user, course: CoursePage) -> Enrollment | None:
    if not user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=user, course=course, is_active=True).first()


def course_detail_for_learner(*, course: CoursePage, user) -> dict:
    modules = course_modules(course=course)
    enrollment = _enrollment(user=user, course=course)
    completed_ids = _completed_module_ids(user=user, modules=modules)
    current_id = enrollment.last_module_id if enrollment else None
    next_module = next((m for m in modules if m.pk not in completed_ids), None)
    prerequisites = course_prerequisites(course=course)
    assessments = assessments_of(page=course)
    passed = (
        AssessmentPass.objects.filter(user=user, page__in=assessments).count()
        if assessments and user.is_authenticated
        else 0
    )
    module_progress = _progress(modules, completed_ids)
    return {
        "modules": _module_rows(modules, completed_ids, current_id),
        "enrollment": enrollment,
        "progress": Progress(
            module_progress.completed + passed,
            module_progress.total + len(assessments),
            with_assessments=bool(assessments),
        ),
        "continue_module": next(
            (m for m in modules if m.pk == current_id and m.pk not in completed_ids), next_module
        ),
        "prerequisites": prerequisites,
        "assessments": assessments_of(page=course),
        "unmet_prerequisites": course_unmet_prerequisites(
            user=user, course=course, prerequisites=prerequisites
        ),
        "instructors": list(course.instructors.select_related("profile")),
        "evaluation_due": (
            enrollment is not None
            and course.evaluation_required
            and not course.evaluations.filter(user=user).exists()
        ),
        "total_minutes": sum(m.estimated_minutes for m in modules),
    }


def module_detail_for_learner(*, module: ModulePage, user) -> dict | None:
    """What a module page shows its reader, or None if they may not read it.

    Enrolled learners read modules; so do editors, who may preview any course.
    """
    course = course_of_module(module=module)
    enrollment = _enrollment(user=user, course=course)
    if enrollment is None and not user.has_perm("wagtailadmin.access_admin"):
        return None
    modules = course_modules(course=course)
    completed_ids = _completed_module_ids(user=user, modules=modules)
    index = next((i for i, m in enumerate(modules) if m.pk == module.pk), None)
    return {
        "course": course,
        "enrollment": enrollment,
        "modules": _module_rows(modules, completed_ids, module.pk),
        "is_complete": module.pk in completed_ids,
        "assessments": assessments_of(page=module),
        "progress": _progress(modules, completed_ids),
        "previous_module": modules[index - 1] if index else None,
        "next_module": modules[index + 1]
        if index is not None and index + 1 < len(modules)
        else None,
    }


def dashboard_for_learner(*, user) -> dict:
    enrollments = list(
        Enrollment.objects.filter(user=user, is_active=True, course__live=True)
        .select_related("course", "course__topic", "last_module")
        .order_by("-last_activity_at")
    )
    progress = progress_by_course(user=user, course_paths=[e.course.path for e in enrollments])
    rows = [
        {"enrollment": e, "course": e.course, "progress": progress[e.course.path]}
        for e in enrollments
    ]
    in_progress = [r for r in rows if not r["progress"].is_complete]
    return {
        "in_progress": in_progress,
        "completed": [r for r in rows if r["progress"].is_complete],
        "resume": next((r for r in in_progress if r["enrollment"].last_module), None),
    }


def course_containing(*, page: Page) -> CoursePage | None:
    """The course a page (a module, or a quiz under a course or module) belongs to."""
    ancestors = [page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen)]
    return CoursePage.objects.filter(path__in=ancestors).first()


def is_enrolled(*, user, course: CoursePage) -> bool:
    return Enrollment.objects.filter(user=user, course=course, is_active=True).exists()


def last_completion_by_course(*, user, course_paths: list[str]) -> dict[str, datetime]:
    """When each course's latest required module was completed by `user`. One query."""
    return _by_parent(
        _required_completions(user), "module__path", course_paths, Max("completed_at")
    )
