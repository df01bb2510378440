from datetime import timedelta
from functools import cached_property

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from cms.routing import ChildPageMixin, SubtreeRoutablePageMixin, ViewRestrictionsMixin
from quizzes.blocks import QuizStreamBlock
from quizzes.grading import GradingMethod, snapshot_questions
from quizzes.questions import grade_attempt
from quizzes.snapshots import assemble

# Answers saved up to this long after the deadline still count: network and clock slack.
GRACE_PERIOD = timedelta(seconds=30)


class ReviewDetail(models.TextChoices):
    SCORE = "score", _("Score only")
    MARKED = "marked", _("Score and which answers were right")
    EXPLAINED = (
        "explained",
        _(
            "Which answers were right, with explanations; the correct answers once passed or "
            "out of attempts"
        ),
    )
    FULL = "full", _("Correct answers, feedback and explanations")


class ReviewWhen(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately after each attempt")
    AFTER_PASSING = "after_passing", _("Once the learner has passed")
    AFTER_LAST_ATTEMPT = "after_last", _("After the last allowed attempt")


class QuizPage(ChildPageMixin, SubtreeRoutablePageMixin, ViewRestrictionsMixin, Page):
    """A graded quiz: under a module it completes the module; under a course it is the final
    exam. Each attempt freezes the questions it presents, so editing a quiz never changes an
    attempt, its grade or its review."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "ul"])
    questions = StreamField(QuizStreamBlock(), verbose_name=_("questions"))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("A learner passes when their score is at least this percentage."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave blank for unlimited attempts."),
    )
    cooldown_minutes = models.PositiveIntegerField(
        _("wait between attempts (minutes)"),
        default=0,
        help_text=_("0 lets a learner try again straight away."),
    )
    grading_method = models.CharField(
        _("which attempt counts"),
        max_length=10,
        default=GradingMethod.HIGHEST,
        choices=[
            (GradingMethod.HIGHEST, _("Highest attempt")),
            (GradingMethod.LATEST, _("Latest attempt")),
            (GradingMethod.FIRST, _("First attempt")),
            (GradingMethod.AVERAGE, _("Average of attempts")),
        ],
        help_text=_("How attempts combine into the learner's grade for this quiz."),
    )
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave blank for no limit. Enforced by the server."),
    )
    shuffle_questions = models.BooleanField(
        _("shuffle questions"),
        default=False,
        help_text=_("Each attempt presents the questions in a different order."),
    )
    shuffle_options = models.BooleanField(
        _("shuffle answer options"),
        default=True,
        help_text=_("True or false questions always keep True first."),
    )
    review_detail = models.CharField(
        _("after an attempt, show"),
        max_length=10,
        choices=ReviewDetail.choices,
        default=ReviewDetail.EXPLAINED,
        help_text=_(
            "Showing the correct answers while attempts remain lets learners copy them into "
            "their next attempt."
        ),
    )
    review_when = models.CharField(
        _("show it"),
        max_length=15,
        choices=ReviewWhen.choices,
        default=ReviewWhen.IMMEDIATELY,
        help_text=_("With unlimited attempts, 'after the last attempt' never comes."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("questions"),
    ]
    quiz_settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("cooldown_minutes"),
                FieldPanel("grading_method"),
            ],
            heading=_("Passing and attempts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("time_limit_minutes"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
            ],
            heading=_("Time and order"),
        ),
        MultiFieldPanel(
            [FieldPanel("review_detail"), FieldPanel("review_when")],
            heading=_("What learners see after an attempt"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Questions")),
            ObjectList(quiz_settings_panels, heading=_("Quiz settings")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["courses.ModulePage", "courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    @property
    def preview_modes(self):
        return [("", _("As a learner sees it")), ("key", _("With the answer key"))]

    def serve_preview(self, request, mode_name):
        from quizzes import views

        return views.quiz_preview(request, self, with_key=mode_name == "key")

    @property
    def time_limit(self) -> timedelta | None:
        return timedelta(minutes=self.time_limit_minutes) if self.time_limit_minutes else None

    @path("")
    def landing(self, request):
        from quizzes import views

        return views.quiz_landing(request, self)

    @path("start/")
    def start(self, request):
        from quizzes import views

        return views.attempt_start_view(request, self)

    @path("attempts/<int:number>/")
    def attempt(self, request, number):
        from quizzes import views

        return views.attempt_take(request, self, number)

    @path("attempts/<int:number>/autosave/")
    def autosave(self, request, number):
        from quizzes import views

        return views.attempt_autosave(request, self, number)

    @path("attempts/<int:number>/result/")
    def result(self, request, number):
        from quizzes import views

        return views.attempt_result(request, self, number)


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    GRADED = "graded", _("Graded")


class QuizContent(models.Model):
    """The questions of one version of a quiz, keys included, frozen once and shared by every
    attempt of that version (see `quizzes.snapshots`). Named by the digest of its data, so
    it is never changed: a regrade that corrects a key stores new content."""

    digest = models.CharField(max_length=64, primary_key=True)
    data = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("quiz content")
        verbose_name_plural = _("quiz content")

    def __str__(self):
        return self.digest


# Content data by digest, read once per process: content with a given digest never changes.
_contents: dict[str, dict] = {}
CONTENTS_KEPT = 200


def contents_data(digests) -> dict[str, dict]:
    """The data of each content in `digests`, by digest, in one query for those not yet read.
    Callers must not change what it returns."""
    digests = set(digests)
    missing = digests - _contents.keys()
    if missing:
        if len(_contents) + len(missing) > CONTENTS_KEPT:
            _contents.clear()
        _contents.update(QuizContent.objects.filter(pk__in=missing).values_list("digest", "data"))
    return {digest: _contents[digest] for digest in digests}


class QuizAttempt(models.Model):
    """One try at a quiz.

    Holds the layout of what was presented (the questions drawn, their order and options'
    order, the seed of its tokens) over the shared content, the answers saved so far in that
    order and, once graded, the score. Once graded it never changes except through an audited
    regrade. At most one attempt per learner and quiz is in progress.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(QuizPage, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveIntegerField()
    status = models.CharField(
        max_length=20, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS
    )
    started_at = models.DateTimeField(default=timezone.now)
    deadline = models.DateTimeField(null=True, blank=True)
    answers_saved_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    timed_out = models.BooleanField(
        default=False, help_text=_("Closed by the server at its deadline, not by the learner.")
    )
    content = models.ForeignKey(QuizContent, on_delete=models.PROTECT, related_name="attempts")
    layout = models.JSONField()
    # The answers saved, in the order the questions were presented; null for unanswered.
    given = models.JSONField(default=list, blank=True)
    score = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    passed = models.BooleanField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="unique_attempt_number"
            ),
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(status="in_progress"),
                name="one_open_attempt_per_quiz",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "deadline"], name="attempt_open_deadline"),
            # Quiz reports read these columns of a quiz's graded attempts without the snapshot.
            models.Index(
                fields=["quiz", "status", "score", "passed", "user"], name="attempt_quiz_results"
            ),
        ]
        ordering = ["number"]
        verbose_name = _("quiz attempt")

    def __str__(self):
        return f"{self.user} · {self.quiz_id} · #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.status == AttemptStatus.IN_PROGRESS

    def refresh_from_db(self, *args, **kwargs):
        super().refresh_from_db(*args, **kwargs)
        self.forget_derived()

    @property
    def answers(self) -> dict:
        """The answers saved: question id -> answer, unanswered questions left out."""
        questions = snapshot_questions(self.snapshot)
        return {q["id"]: a for q, a in zip(questions, self.given, strict=False) if a is not None}

    @answers.setter
    def answers(self, answers: dict) -> None:
        given = [answers.get(q["id"]) for q in snapshot_questions(self.snapshot)]
        while given and given[-1] is None:
            given.pop()
        self.given = given

    def forget_derived(self) -> None:
        """Drop the snapshot and results read so far: the fields they derive from changed."""
        self.__dict__.pop("snapshot", None)
        self.__dict__.pop("results", None)

    @cached_property
    def snapshot(self) -> dict:
        """The quiz exactly as this attempt presented it, keys included."""
        return assemble(contents_data([self.content_id])[self.content_id], self.layout)

    @cached_property
    def results(self) -> dict:
        """Each question's result once graded (question id -> earned, points, correct,
        partial): the pure grading of the saved answers against the snapshot."""
        if self.status != AttemptStatus.GRADED:
            return {}
        graded = grade_attempt(self.snapshot, self.answers)
        return {question.question_id: question.as_dict() for question in graded.questions}

    def accepts_answers_at(self, moment) -> bool:
        return self.deadline is None or moment <= self.deadline + GRACE_PERIOD

    def seconds_left(self, moment=None) -> int | None:
        if self.deadline is None:
            return None
        moment = moment or timezone.now()
        return max(0, int((self.deadline - moment).total_seconds()))


def answers_can_be_harvested(quiz: QuizPage) -> bool:
    """Whether a learner can read the correct answers and then use them in another attempt."""
    reveals_key = quiz.review_detail == ReviewDetail.FULL
    before_last = quiz.review_when == ReviewWhen.IMMEDIATELY
    return reveals_key and before_last and (quiz.max_attempts is None or quiz.max_attempts > 1)


class QuestionResponse(models.Model):
    """One graded question of one attempt, in rows the database can aggregate: what the quiz
    results and item analysis reports count. Written when the attempt is graded and rewritten
    by a regrade; the attempt's `results` stay what the learner's review reads."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="responses")
    quiz = models.ForeignKey(QuizPage, on_delete=models.PROTECT, related_name="+")
    question_id = models.CharField(max_length=64)
    position = models.PositiveSmallIntegerField()
    answered = models.BooleanField()
    earned = models.DecimalField(max_digits=7, decimal_places=2)
    points = models.DecimalField(max_digits=7, decimal_places=2)
    # earned / points, 0 to 1: the facility index averages it
    fraction = models.FloatField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="unique_response_per_question"
            )
        ]
        # Covers the item analysis: it reads no response row.
        indexes = [
            models.Index(
                fields=["quiz", "question_id", "attempt", "fraction", "position"],
                name="response_quiz_question",
            )
        ]

    def __str__(self):
        return f"{self.attempt_id} · {self.question_id}"


class OptionChoice(models.Model):
    """An option a learner picked in a graded attempt, by its stable key (the option's block
    id), so option counts survive shuffling and per-attempt tokens."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="choices")
    quiz = models.ForeignKey(QuizPage, on_delete=models.PROTECT, related_name="+")
    question_id = models.CharField(max_length=64)
    option_key = models.CharField(max_length=64)

    class Meta:
        # Covers the option counts: they read no choice row.
        indexes = [
            models.Index(
                fields=["quiz", "question_id", "option_key", "attempt"],
                name="choice_quiz_question",
            )
        ]

    def __str__(self):
        return f"{self.attempt_id} · {self.question_id} · {self.option_key}"


class AttemptRegrade(models.Model):
    """An audited change to a graded attempt's score after its quiz's answer key was fixed."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="regrades")
    old_score = models.DecimalField(max_digits=4, decimal_places=1)
    new_score = models.DecimalField(max_digits=4, decimal_places=1)
    old_passed = models.BooleanField()
    new_passed = models.BooleanField()
    regraded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    regraded_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(_("reason"), max_length=500, blank=True)

    class Meta:
        ordering = ["-regraded_at"]
        verbose_name = _("regrade")

    def __str__(self):
        return f"{self.attempt} · {self.old_score} → {self.new_score}"


class Accommodation(models.Model):
    """Extra time or extra attempts on one quiz for one learner (an accessibility
    accommodation), with who granted it and why."""

    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="accommodations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_accommodations"
    )
    extra_minutes = models.PositiveIntegerField(_("extra time (minutes)"), default=0)
    extra_attempts = models.PositiveSmallIntegerField(_("extra attempts"), default=0)
    reason = models.CharField(_("reason"), max_length=500)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    granted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["quiz", "user"], name="one_accommodation_per_quiz")
        ]
        verbose_name = _("accommodation")

    def __str__(self):
        return f"{self.user} · {self.quiz_id}"
