"""Reads of course structure and learner progress.

Every function here costs a fixed number of queries, however many modules, courses or
enrollments are involved: progress is counted by the database from the learner's records,
which carry their course.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import (
    Exists,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce, Greatest, Length, Substr
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.content_cache import remembered, remembered_each
from courses.models import (
    AssessmentPass,
    CourseCompletion,
    CourseEvaluation,
    CourseIndexPage,
    CoursePage,
    Enrollment,
    ModuleCompletion,
    ModulePage,
    Topic,
)

CARD_IMAGE_SPEC = "fill-640x360"


@dataclass
class Progress:
    """A learner's required steps in a course: required modules, every final exam, and the
    course evaluation where the course asks for one. The course is complete when all are done:
    the one rule the dashboard, course and module pages, prerequisites and certificates use.
    """

    modules_done: int = 0
    modules_total: int = 0
    exams_passed: int = 0
    exams_total: int = 0
    evaluation_required: bool = False
    evaluation_done: bool = False
    moments: list[datetime] = field(default_factory=list)  # when each done step was done
    # Every published module of the course the learner completed, required or not.
    completed_modules: frozenset[int] = frozenset()

    @property
    def completed(self) -> int:
        evaluation = int(self.evaluation_required and self.evaluation_done)
        return min(self.modules_done, self.modules_total) + self.exams_passed + evaluation

    @property
    def total(self) -> int:
        return self.modules_total + self.exams_total + int(self.evaluation_required)

    @property
    def percent(self) -> int:
        # Rounded down, so 100 % appears only when every required step is done.
        return (100 * self.completed // self.total) if self.total else 0

    @property
    def missing(self) -> list[str]:
        """What is left, in the learner's words; empty when the course is complete."""
        missing = []
        if self.modules_done < self.modules_total:
            missing.append(
                _("complete the required modules (%(done)s of %(total)s done)")
                % {"done": self.modules_done, "total": self.modules_total}
            )
        if self.exams_passed < self.exams_total:
            missing.append(_("pass the final exam"))
        if self.evaluation_required and not self.evaluation_done:
            missing.append(_("submit the course evaluation"))
        if not self.modules_total and not self.exams_total:
            missing.append(_("the course has no required modules or exams yet"))
        return missing

    @property
    def is_complete(self) -> bool:
        return not self.missing

    @property
    def only_evaluation_left(self) -> bool:
        """Every other step is done; the certificate waits for the course evaluation."""
        return self.evaluation_required and not self.evaluation_done and len(self.missing) == 1

    @property
    def completed_at(self) -> datetime | None:
        """When the last required step was done, once the course is complete."""
        return max(self.moments) if self.is_complete and self.moments else None


class StepKind:
    MODULE = "module"
    EXAM = "exam"
    EVALUATION = "evaluation"
    COMPLETE = "complete"


@dataclass(frozen=True)
class NextStep:
    """What a learner does next in a course by the completion rule that `Progress` counts:
    the next required module not yet complete, then a final exam not yet passed, then the
    course evaluation; COMPLETE once every step is done (the certificate follows)."""

    kind: str  # a StepKind
    page: Page | None = None  # the module or the exam


def _next_step(
    *,
    user,
    modules: list[ModulePage],
    completed_ids: set[int],
    exams: list[Page],
    progress: Progress,
    after: Page | None = None,
) -> NextStep | None:
    """The next step from what is already loaded. Modules are looked for after `after` (the
    module just finished, or its quiz) first, then from the start of the course. None when
    the course has no steps."""
    if not progress.total:
        return None
    pending = [(i, m) for i, m in enumerate(modules) if m.is_required and m.pk not in completed_ids]
    if pending:
        start = next(
            (i for i, m in enumerate(modules) if after and after.path.startswith(m.path)), -1
        )
        module = next((m for i, m in pending if i > start), pending[0][1])
        return NextStep(StepKind.MODULE, module)
    passed = _passed_exam_ids(user=user, exams=exams, progress=progress)
    exam = next((e for e in exams if e.pk not in passed), None)
    if exam is not None:
        return NextStep(StepKind.EXAM, exam)
    if progress.evaluation_required and not progress.evaluation_done:
        return NextStep(StepKind.EVALUATION)
    return NextStep(StepKind.COMPLETE) if progress.is_complete else None


def _passed_exam_ids(*, user, exams: list[Page], progress: Progress) -> set[int]:
    """Which of the course's final exams the learner has passed. A query only when some but
    not all of several exams are passed; `progress` answers the other cases."""
    if not progress.exams_passed:
        return set()
    if progress.exams_passed >= len(exams):
        return {exam.pk for exam in exams}
    return set(
        AssessmentPass.objects.filter(user=user, page__in=exams).values_list("page_id", flat=True)
    )


def course_next_step(
    *, user, course: CoursePage, after: Page | None = None, progress: Progress | None = None
) -> NextStep | None:
    """The learner's next step in `course` (see NextStep); `after` is the module just
    finished, or its quiz. A fixed number of queries, however many modules the course has."""
    modules = course_modules(course=course)
    exams = assessments_of(page=course)
    if progress is None:
        progress = course_progress_for(user=user, course=course)
    return _next_step(
        user=user,
        modules=modules,
        completed_ids=progress.completed_modules,
        exams=exams,
        progress=progress,
        after=after,
    )


def _course_cards() -> QuerySet[CoursePage]:
    """Published courses with what their cards show: topic, cover image and its rendition."""
    return (
        CoursePage.objects.live()
        .public()
        .select_related("topic")
        .prefetch_related(
            Prefetch(
                "cover_image",
                queryset=get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC),
            )
        )
    )


def catalog_courses(*, index_page: Page, topic: Topic | None = None) -> QuerySet[CoursePage]:
    courses = _course_cards().child_of(index_page).order_by("path")
    if topic is not None:
        courses = courses.filter(topic=topic)
    return courses


FEATURED_COURSES = 3  # shown on the home page when none are chosen


def featured_courses(*, chosen_ids: list[int]) -> list[CoursePage]:
    """The home page's courses: the chosen ones still published, in their order; else the
    newest published. A fixed number of queries."""
    if chosen_ids:
        found = {course.pk: course for course in _course_cards().filter(pk__in=chosen_ids)}
        chosen = [found[pk] for pk in chosen_ids if pk in found]
        if chosen:
            return chosen
    return list(_course_cards().order_by("-first_published_at", "-pk")[:FEATURED_COURSES])


def catalog_url(*, request=None) -> str:
    """The catalog page's URL, read once per content generation."""

    def read() -> str:
        catalog = CourseIndexPage.objects.live().first()
        return (catalog.get_url(request) if catalog else None) or "/"

    return remembered("catalog url", read)


def course_modules(*, course: CoursePage) -> list[ModulePage]:
    return remembered(
        ("modules", course.pk),
        lambda: list(ModulePage.objects.live().child_of(course).order_by("path")),
    )


def assessments_of(*, page: Page) -> list[Page]:
    """Published pages under a module or course other than modules: its quizzes and exams.

    Courses know nothing of quizzes beyond this: a module with an assessment is completed by
    passing it, not by the learner's say-so.
    """
    return remembered(
        ("assessments", page.pk),
        lambda: list(Page.objects.live().child_of(page).not_type(ModulePage).order_by("path")),
    )


def course_containing(*, page: Page) -> CoursePage | None:
    """The course a page is in (a course is in itself), published or not. One query."""
    return remembered(
        ("course of", page.pk),
        lambda: (
            CoursePage.objects.ancestor_of(page, inclusive=True).select_related("topic").first()
        ),
    )


def is_published_in_course(*, page: Page, course: CoursePage) -> bool:
    """Whether `page` and every page from its course down to it are published."""
    return (
        page.live
        and not Page.objects.ancestor_of(page).filter(depth__gte=course.depth, live=False).exists()
    )


# The completion rule's steps: among a course's live child pages, the required modules and
# the final exams (every other child); among a learner's records, completions of live
# required modules and passes of live exams. Reports count them in the database with these
# filters; a learner's own pages find them by id (`_steps_by_course`, `_done_by_course`).
STEP_MODULE = Q(modulepage__is_required=True)
STEP_EXAM = Q(modulepage__isnull=True)
DONE_MODULE = Q(module__live=True, module__is_required=True)
DONE_EXAM = Q(page__live=True)


@dataclass(frozen=True)
class Steps:
    """A course's steps by page id: its live required modules and live final exams (and, not
    steps, its live optional modules)."""

    modules: tuple[int, ...] = ()
    exams: tuple[int, ...] = ()
    optional: tuple[int, ...] = ()


def _steps_by_course(courses: list[CoursePage]) -> dict[int, Steps]:
    """Each course's steps, read once per content generation (in one query for those not
    read yet)."""
    by_id = {course.pk: course for course in courses}
    return remembered_each("steps", list(by_id), lambda ids: _read_steps([by_id[i] for i in ids]))


def _read_steps(courses: list[CoursePage]) -> dict[int, Steps]:
    ids = {course.path: course.pk for course in courses}
    rows = (
        Page.objects.live()
        .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        .filter(parent_path__in=list(ids))
        .order_by("path")
        .values_list("parent_path", "pk", "modulepage__is_required")
    )
    found: dict[int, dict[bool | None, list[int]]] = {pk: {} for pk in ids.values()}
    for path, pk, required in rows:  # required is None for a page that is not a module
        found[ids[path]].setdefault(required, []).append(pk)
    return {
        pk: Steps(*(tuple(kinds.get(kind, ())) for kind in (True, None, False)))
        for pk, kinds in found.items()
    }


@dataclass
class Done:
    """A learner's records of one course's steps: how many, and when the latest was done."""

    modules: int = 0
    modules_at: datetime | None = None
    exams: int = 0
    exams_at: datetime | None = None
    evaluated_at: datetime | None = None
    completed_modules: set[int] = field(default_factory=set)  # optional ones included


def _done_by_course(user, steps: dict[int, Steps], evaluated: list[int]) -> dict[int, Done]:
    """The learner's records per course, the evaluation only for the `evaluated` courses
    (which require one). At most three small queries, which find the steps by id."""
    done = {course: Done() for course in steps}
    module_course = {pk: course for course, s in steps.items() for pk in s.modules + s.optional}
    required = {pk for s in steps.values() for pk in s.modules}
    exam_course = {pk: course for course, s in steps.items() for pk in s.exams}
    if module_course:
        completions = ModuleCompletion.objects.filter(user=user, module_id__in=module_course)
        for pk, at in completions.values_list("module_id", "completed_at"):
            record = done[module_course[pk]]
            record.completed_modules.add(pk)
            if pk in required:
                record.modules += 1
                record.modules_at = max(record.modules_at or at, at)
    if exam_course:
        passes = AssessmentPass.objects.filter(user=user, page_id__in=exam_course)
        for pk, at in passes.values_list("page_id", "passed_at"):
            record = done[exam_course[pk]]
            record.exams += 1
            record.exams_at = max(record.exams_at or at, at)
    if evaluated:
        evaluations = CourseEvaluation.objects.filter(user=user, course_id__in=evaluated)
        for course, at in evaluations.values_list("course_id", "submitted_at"):
            done[course].evaluated_at = at
    return done


def course_progress(*, user, courses: list[CoursePage]) -> dict[int, Progress]:
    """Each course's progress for `user`, keyed by course id. At most three queries however
    many courses; none for an anonymous visitor."""
    if not courses or not user.is_authenticated:
        return {c.pk: Progress(evaluation_required=c.evaluation_required) for c in courses}
    steps = _steps_by_course(courses)
    evaluated = [course.pk for course in courses if course.evaluation_required]
    done = _done_by_course(user, steps, evaluated)
    progress = {}
    for course in courses:
        record, course_steps = done[course.pk], steps[course.pk]
        moments = (record.modules_at, record.exams_at, record.evaluated_at)
        progress[course.pk] = Progress(
            modules_done=record.modules,
            modules_total=len(course_steps.modules),
            exams_passed=record.exams,
            exams_total=len(course_steps.exams),
            evaluation_required=course.evaluation_required,
            evaluation_done=record.evaluated_at is not None,
            moments=[moment for moment in moments if moment is not None],
            completed_modules=frozenset(record.completed_modules),
        )
    return progress


def _count(queryset: QuerySet) -> Coalesce:
    """How many rows a correlated queryset has, as a subquery."""
    counted = queryset.order_by().annotate(n=Func("pk", function="COUNT")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _course_children(queryset: QuerySet) -> QuerySet:
    """The live pages of `queryset` directly under the outer row's course."""
    return queryset.live().filter(
        path__startswith=OuterRef("course__path"), depth=OuterRef("course__depth") + 1
    )


def enrollments_with_progress(courses: QuerySet[CoursePage]) -> QuerySet[Enrollment]:
    """Enrollments in `courses`, each annotated in the database with what
    `courses.selectors.course_progress` counts for it (required modules, final exams, the
    evaluation), the recorded completion and the latest activity. One query."""
    mine = {"user": OuterRef("user"), "course": OuterRef("course")}
    latest_module = (
        ModuleCompletion.objects.filter(**mine).order_by("-completed_at").values("completed_at")[:1]
    )
    return (
        Enrollment.objects.filter(course__in=courses)
        .select_related("user__profile", "course")
        .annotate(
            modules_total=_count(_course_children(Page.objects).filter(STEP_MODULE)),
            exams_total=_count(_course_children(Page.objects).filter(STEP_EXAM)),
            modules_done=_count(ModuleCompletion.objects.filter(DONE_MODULE, **mine)),
            exams_passed=_count(AssessmentPass.objects.filter(DONE_EXAM, **mine)),
            evaluation_done=Exists(CourseEvaluation.objects.filter(**mine)),
            completed_at=Subquery(
                CourseCompletion.objects.filter(**mine).values("completed_at")[:1]
            ),
            last_activity=Greatest(
                "last_activity_at", Coalesce(Subquery(latest_module), "last_activity_at")
            ),
        )
    )


def course_progress_for(*, user, course: CoursePage) -> Progress:
    return course_progress(user=user, courses=[course])[course.pk]


def completed_course_ids(*, user, courses: list[CoursePage]) -> set[int]:
    progress = course_progress(user=user, courses=courses)
    return {pk for pk, course in progress.items() if course.is_complete}


def course_prerequisites(*, course: CoursePage) -> list[CoursePage]:
    # Read the saved relation (not an unsaved in-memory cluster) of published courses.
    return remembered(
        ("prerequisites", course.pk),
        lambda: list(CoursePage.objects.live().filter(unlocks=course).order_by("path")),
    )


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


def _enrollment(*, user, course: CoursePage) -> Enrollment | None:
    if not user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=user, course=course, is_active=True).first()


def _approvals(course: CoursePage) -> list:
    """The course's approvals, read once per content generation."""
    return remembered(("approvals", course.pk), lambda: list(course.approvals.all()))


def course_detail_for_learner(*, course: CoursePage, user) -> dict:
    modules = course_modules(course=course)
    enrollment = _enrollment(user=user, course=course)
    progress = course_progress_for(user=user, course=course)
    completed_ids = progress.completed_modules
    current_id = enrollment.last_module_id if enrollment else None
    next_module = next((m for m in modules if m.pk not in completed_ids), None)
    prerequisites = course_prerequisites(course=course)
    assessments = assessments_of(page=course)
    next_step = None
    if enrollment is not None:
        next_step = _next_step(
            user=user,
            modules=modules,
            completed_ids=completed_ids,
            exams=assessments,
            progress=progress,
        )
    return {
        "modules": _module_rows(modules, completed_ids, current_id),
        "enrollment": enrollment,
        "progress": progress,
        "next_step": next_step,
        "continue_module": next(
            (m for m in modules if m.pk == current_id and m.pk not in completed_ids), next_module
        ),
        "prerequisites": prerequisites,
        "assessments": assessments,
        "unmet_prerequisites": course_unmet_prerequisites(
            user=user, course=course, prerequisites=prerequisites
        ),
        "instructors": list(course.instructors.select_related("profile")),
        "approvals": [a for a in _approvals(course) if a.is_valid_on(timezone.localdate())],
        "evaluation_due": (
            enrollment is not None and progress.evaluation_required and not progress.evaluation_done
        ),
        "total_minutes": sum(m.estimated_minutes for m in modules),
    }


def module_detail_for_learner(*, module: ModulePage, user) -> dict | None:
    """What a module page shows its reader, or None if they may not read it.

    Enrolled learners read modules; so do editors, who may preview any course.
    """
    course = course_containing(page=module)
    enrollment = _enrollment(user=user, course=course)
    if enrollment is None and not user.has_perm("wagtailadmin.access_admin"):
        return None
    modules = course_modules(course=course)
    progress = course_progress_for(user=user, course=course)
    completed_ids = progress.completed_modules
    index = next((i for i, m in enumerate(modules) if m.pk == module.pk), None)
    quizzes, exams = assessments_of(page=module), assessments_of(page=course)
    return {
        "course": course,
        "enrollment": enrollment,
        "modules": _module_rows(modules, completed_ids, module.pk),
        "is_complete": module.pk in completed_ids,
        "assessments": quizzes,
        # The course page's count and steps, so the outline beside the module agrees with it.
        "progress": progress,
        "exams": exams,
        "next_step": _next_step(
            user=user,
            modules=modules,
            completed_ids=completed_ids,
            exams=exams,
            progress=progress,
            after=module,
        ),
        "previous_module": modules[index - 1] if index else None,
        "next_module": modules[index + 1]
        if index is not None and index + 1 < len(modules)
        else None,
    }


def published_courses() -> dict[int, CoursePage]:
    """Every published course by id, in catalog order, with its topic, approvals and
    requirement topics: read once per content generation."""
    courses = (
        CoursePage.objects.live()
        .select_related("topic")
        .prefetch_related("approvals", "topic_credits")
        .order_by("path")
    )
    return remembered("published courses", lambda: {course.pk: course for course in courses})


def dashboard_for_learner(*, user) -> dict:
    """The learner's published courses, in progress and completed, and the module to resume
    (the last one they opened, if still published)."""
    courses = published_courses()
    enrollments = [
        enrollment
        for enrollment in Enrollment.objects.filter(user=user, is_active=True).order_by(
            "-last_activity_at"
        )
        if enrollment.course_id in courses
    ]
    for enrollment in enrollments:
        course = courses[enrollment.course_id]
        modules = {module.pk: module for module in course_modules(course=course)}
        Enrollment.course.field.set_cached_value(enrollment, course)
        Enrollment.last_module.field.set_cached_value(
            enrollment, modules.get(enrollment.last_module_id)
        )
    progress = course_progress(user=user, courses=[e.course for e in enrollments])
    rows = [
        {"enrollment": e, "course": e.course, "progress": progress[e.course_id]}
        for e in enrollments
    ]
    in_progress = [r for r in rows if not r["progress"].is_complete]
    return {
        "in_progress": in_progress,
        "completed": [r for r in rows if r["progress"].is_complete],
        "resume": next((r for r in in_progress if r["enrollment"].last_module), None),
    }


def is_enrolled(*, user, course: CoursePage) -> bool:
    return Enrollment.objects.filter(user=user, course=course, is_active=True).exists()


def courses_for_staff(user) -> QuerySet[CoursePage]:
    """The courses whose learners, results and reports `user` may see in the admin: those at
    or under a page they may edit (an instructor's course team, a reviewer's or
    administrator's whole catalog). Everything else is absent from their reports and 404s."""
    if not user.is_active or not user.is_authenticated:
        return CoursePage.objects.none()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return CoursePage.objects.filter(pk__in=editable.values("pk"))
