"""The course tree: catalog, courses with their approvals, modules; and topics."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.routing import ChildPageMixin, SubtreeRoutablePageMixin, ViewRestrictionsMixin
from courses.blocks import ModuleStreamBlock
from courses.page_forms import CoursePageForm
from courses.panels import EstimatePanel


class Topic(models.Model):
    """A subject area of the catalog; instructors add new ones as snippets."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class CourseType(models.TextChoices):
    HOME_STUDY = "home_study", _("Home study")
    LIVE = "live", _("Live")
    WEBINAR = "webinar", _("Live webinar")


DELIVERY = {
    CourseType.HOME_STUDY: _("Home study, online, self-paced"),
    CourseType.LIVE: _("Live, in person"),
    CourseType.WEBINAR: _("Live webinar, online, interactive"),
}


class CourseLevel(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseIndexPage(ViewRestrictionsMixin, Page):
    """The catalog at /courses/."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalog")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import catalog_courses

        context = super().get_context(request, *args, **kwargs)
        topic_slug = request.GET.get("topic", "")
        topics = list(Topic.objects.all())
        selected = next((t for t in topics if t.slug == topic_slug), None)
        context.update(
            topics=topics,
            selected_topic=selected,
            courses=catalog_courses(index_page=self, topic=selected),
        )
        return context


class CoursePage(SubtreeRoutablePageMixin, ViewRestrictionsMixin, Page):
    """A CE course: its modules are child pages, its approval details print on certificates.

    `ce_hours` is the value approved by the accreditor and is printed exactly; boards reject
    certificates whose hours differ from the approved value.
    """

    summary = models.TextField(_("summary"), max_length=400)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "ul"])
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, related_name="courses", verbose_name=_("topic")
    )
    level = models.CharField(
        _("level"), max_length=20, choices=CourseLevel.choices, default=CourseLevel.INTRODUCTORY
    )
    course_type = models.CharField(
        _("course type"),
        max_length=20,
        choices=CourseType.choices,
        default=CourseType.HOME_STUDY,
        help_text=_("A recorded webinar counts as home study."),
    )
    ce_hours = models.DecimalField(
        _("approved CE hours"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.25"))],
        help_text=_("Exactly as approved. One CE hour is 50 minutes of instruction."),
    )
    learning_objectives = StreamField(
        [("objective", blocks.CharBlock(max_length=250, label=_("Objective")))],
        blank=True,
        verbose_name=_("learning objectives"),
    )
    instructors = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="taught_courses",
        verbose_name=_("instructors"),
        limit_choices_to={"is_staff": True},
    )
    prerequisites = ParentalManyToManyField(
        "self",
        blank=True,
        symmetrical=False,
        related_name="unlocks",
        verbose_name=_("prerequisites"),
        help_text=_("Courses a learner must complete before enrolling."),
    )
    approved_title = models.CharField(
        _("course title as approved"),
        max_length=255,
        blank=True,
        help_text=_("Printed on certificates. Leave blank if it is the page title."),
    )
    hours_reason = models.TextField(
        _("reason for hours above the estimate"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Needed to publish a home-study course whose approved hours exceed what its "
            "required content supports (see the estimate above), e.g. supplementary reading "
            "outside the site. Kept with the page's revisions."
        ),
    )
    certificate_valid_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave blank if certificates do not expire."),
    )
    evaluation_required = models.BooleanField(
        _("course evaluation required"),
        default=True,
        help_text=_(
            "Learners submit a short course evaluation before their certificate. Approved "
            "providers collect evaluations for every CE course (NCBTMB)."
        ),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("topic"),
                FieldPanel("level"),
                FieldPanel("learning_objectives"),
                FieldPanel("instructors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("prerequisites"),
            ],
            heading=_("Teaching"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("course_type"),
                EstimatePanel(heading=_("CE-hour estimate")),
                FieldPanel("ce_hours"),
                FieldPanel("hours_reason"),
                FieldPanel("approved_title"),
                FieldPanel("certificate_valid_months"),
                FieldPanel("evaluation_required"),
            ],
            heading=_("Accreditation"),
        ),
        InlinePanel(
            "approvals",
            heading=_("Course approvals"),
            label=_("Approval"),
            help_text=_(
                "Each body that approved this course, with its course or program number. "
                "Certificates print every approval valid on the completion date."
            ),
        ),
        InlinePanel(
            "topic_credits",
            heading=_("Requirement topics covered"),
            label=_("Topic"),
            help_text=_(
                "Required renewal topics (ethics, laws and rules...) this course's approval "
                "covers, and for how many of its hours. Licensees' renewal trackers count them."
            ),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage", "quizzes.QuizPage"]
    base_form_class = CoursePageForm

    class Meta:
        verbose_name = _("course")

    @property
    def title_as_approved(self) -> str:
        return self.approved_title or self.title

    @property
    def delivery(self) -> str:
        """The delivery format as certificates print it."""
        return DELIVERY[self.course_type]

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_detail_for_learner

        context = super().get_context(request, *args, **kwargs)
        context.update(course_detail_for_learner(course=self, user=request.user))
        return context

    @path("")
    def course(self, request):
        from courses import views

        return views.course_detail(request, self)

    @path("enroll/")
    def enroll(self, request):
        from courses import views

        return views.course_enroll(request, self)

    @path("evaluation/")
    def evaluation(self, request):
        from courses import views

        return views.course_evaluation(request, self)

    @path("unenroll/")
    def unenroll(self, request):
        from courses import views

        return views.course_unenroll(request, self)


class CourseApproval(Orderable):
    """A body's approval of a course (NCBTMB, a state board, CE Broker), printed on
    certificates completed while it is valid."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="approvals")
    body = models.CharField(_("approving body"), max_length=120)
    number = models.CharField(
        _("course or program number"),
        max_length=80,
        blank=True,
        help_text=_("As the body assigned it, e.g. a CE Broker course number."),
    )
    hours = models.DecimalField(
        _("approved hours"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.25"))],
        help_text=_("Leave blank if they are the course's CE hours."),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    panels = [
        FieldPanel("body"),
        FieldPanel("number"),
        FieldPanel("hours"),
        FieldPanel("valid_from"),
        FieldPanel("valid_until"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("course approval")

    def __str__(self):
        return f"{self.body} {self.number}".strip()

    def clean(self):
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The approval ends before it starts.")})

    def is_valid_on(self, day) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


class ModulePage(ChildPageMixin, SubtreeRoutablePageMixin, ViewRestrictionsMixin, Page):
    """One unit of study in a course. Only enrolled learners (and editors) read it."""

    intro = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(ModuleStreamBlock(), verbose_name=_("body"))
    estimated_minutes = models.PositiveIntegerField(
        _("estimated minutes"),
        default=1,
        editable=False,
        help_text=_("The override if set, else the estimate from the content; set on save."),
    )
    review_due = models.DateField(
        _("clinical review due"),
        null=True,
        blank=True,
        help_text=_("When a reviewer should check this module's clinical content again."),
    )
    minutes_override = models.PositiveIntegerField(
        _("study time override (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Leave blank to use the estimate from the module's reading, video and quiz items."
        ),
    )
    is_required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("Required modules count towards course completion and progress."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                EstimatePanel(heading=_("Study time estimate")),
                FieldPanel("minutes_override"),
                FieldPanel("is_required"),
                FieldPanel("review_due"),
            ],
            heading=_("Study"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["quizzes.QuizPage"]

    class Meta:
        verbose_name = _("module")

    def save(self, *args, **kwargs):
        from courses.estimates import module_estimate

        self.estimated_minutes = self.minutes_override or max(1, module_estimate(self).minutes)
        return super().save(*args, **kwargs)

    @path("")
    def module(self, request):
        from courses import views

        return views.module_detail(request, self)

    @path("complete/")
    def complete(self, request):
        from courses import views

        return views.module_complete(request, self)
