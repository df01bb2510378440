"""Licence renewal requirements as data, and what a learner records against them.

A `RenewalRule` is one licensing body's published CE requirement for one licence (Florida
LMT, Texas massage therapist, NCBTMB Board Certification): the cycle and how its deadline is
found, the hours, the minimum (and maximum) hours per required topic, delivery limits, which
approvals count, and the sources it was checked against. Administrators keep the rules as
snippets; courses say which requirement topics they satisfy (`CourseTopicCredit`).

A learner holds `Licence`s (one per rule) and may record CE taken with other providers
(`OutsideCourse`); the tracker (`certificates.renewals`) counts both against the rule.
"""

import calendar
import secrets
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from cms.storage import private_storage
from courses.models.pages import CoursePage, CourseType

MONTHS = [
    _("January"),
    _("February"),
    _("March"),
    _("April"),
    _("May"),
    _("June"),
    _("July"),
    _("August"),
    _("September"),
    _("October"),
    _("November"),
    _("December"),
]
HOURS = {"max_digits": 5, "decimal_places": 2, "validators": [MinValueValidator(Decimal(0))]}


class RequirementTopic(models.Model):
    """A subject a licensing body requires hours in: ethics, laws and rules, prevention of
    medical errors, human trafficking awareness..."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("requirement topic")
        verbose_name_plural = _("requirement topics")

    def __str__(self):
        return self.name


class DeadlineRule(models.TextChoices):
    FIXED_DATE = "fixed_date", _("The same date for every licensee")
    ISSUE_DATE = "issue_date", _("The anniversary of the licence's issue or certification")
    BIRTHDAY = "birthday", _("The licensee's birthday (they enter their renewal date)")


class YearParity(models.TextChoices):
    ANY = "any", _("Every cycle")
    ODD = "odd", _("Odd years")
    EVEN = "even", _("Even years")


class RenewalRule(ClusterableModel):
    name = models.CharField(
        _("licence"), max_length=150, unique=True, help_text=_("For example: Florida LMT.")
    )
    licensing_body = models.CharField(_("licensing body"), max_length=150)
    jurisdiction = models.CharField(_("jurisdiction"), max_length=100, blank=True)
    cycle_years = models.PositiveSmallIntegerField(
        _("cycle length (years)"), default=2, validators=[MinValueValidator(1)]
    )
    deadline_rule = models.CharField(
        _("renewal deadline"), max_length=20, choices=DeadlineRule.choices
    )
    deadline_month = models.PositiveSmallIntegerField(
        _("month"), null=True, blank=True, choices=list(enumerate(MONTHS, start=1))
    )
    deadline_day = models.PositiveSmallIntegerField(_("day"), null=True, blank=True)
    deadline_years = models.CharField(
        _("in"), max_length=4, choices=YearParity.choices, default=YearParity.ANY
    )
    total_hours = models.DecimalField(_("total CE hours per cycle"), **HOURS)
    minutes_per_hour = models.PositiveSmallIntegerField(
        _("minutes in a CE hour"), null=True, blank=True
    )
    home_study_max_hours = models.DecimalField(
        _("at most this many home-study hours"), null=True, blank=True, **HOURS
    )
    live_min_hours = models.DecimalField(
        _("at least this many live, in-person hours"), null=True, blank=True, **HOURS
    )
    accepted_approvals = models.TextField(
        _("approvals that count"),
        blank=True,
        help_text=_(
            "One approving body per line, as courses name it (for example NCBTMB). A course "
            "counts when one of its approvals names one of these. Leave empty to count every "
            "course."
        ),
    )
    first_renewal = models.TextField(
        _("first renewal"), blank=True, help_text=_("Exemptions or proration, in words.")
    )
    notes = models.TextField(
        _("notes for licensees"),
        blank=True,
        help_text=_("Conditions the tracker does not count, such as a required state course."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("licensing_body"), FieldPanel("jurisdiction")],
            heading=_("Licence"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("cycle_years"),
                FieldPanel("deadline_rule"),
                FieldRowPanel(
                    [
                        FieldPanel("deadline_month"),
                        FieldPanel("deadline_day"),
                        FieldPanel("deadline_years"),
                    ],
                    help_text=_("For a fixed date only."),
                ),
            ],
            heading=_("Renewal cycle"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("total_hours"),
                FieldPanel("minutes_per_hour"),
                FieldPanel("home_study_max_hours"),
                FieldPanel("live_min_hours"),
                FieldPanel("accepted_approvals"),
            ],
            heading=_("Hours"),
        ),
        InlinePanel("topics", heading=_("Required topics"), label=_("Topic")),
        FieldPanel("first_renewal"),
        FieldPanel("notes"),
        InlinePanel("sources", heading=_("Sources"), label=_("Source"), min_num=1),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("renewal rule")
        verbose_name_plural = _("renewal rules")

    def __str__(self):
        return self.name

    def clean(self):
        if self.deadline_rule == DeadlineRule.FIXED_DATE:
            if not (self.deadline_month and self.deadline_day):
                raise ValidationError(
                    {"deadline_day": _("A fixed deadline needs its month and day.")}
                )
            if self.deadline_day > calendar.monthrange(2024, self.deadline_month)[1]:
                raise ValidationError({"deadline_day": _("That month has no such day.")})

    @property
    def accepted_bodies(self) -> list[str]:
        return [line.strip() for line in self.accepted_approvals.splitlines() if line.strip()]

    def accepts(self, approval_bodies: list[str]) -> bool:
        """Whether a course approved by `approval_bodies` counts for this licence."""
        accepted = [body.casefold() for body in self.accepted_bodies]
        if not accepted:
            return True
        return any(a in body.casefold() for body in approval_bodies for a in accepted)

    def next_fixed_deadline(self, today: date) -> date:
        """The first fixed deadline on or after `today`."""
        year = today.year
        while True:
            day = _on(year, self.deadline_month, self.deadline_day)
            if day >= today and self._parity_matches(year):
                return day
            year += 1

    def _parity_matches(self, year: int) -> bool:
        if self.deadline_years == YearParity.ODD:
            return year % 2 == 1
        if self.deadline_years == YearParity.EVEN:
            return year % 2 == 0
        return True


def _on(year: int, month: int, day: int) -> date:
    """`day` of `month`, or the month's last day when it is shorter (29 February)."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    return _on(day.year + years, day.month, day.day)


class RuleTopic(Orderable):
    rule = ParentalKey(RenewalRule, on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey(
        RequirementTopic, on_delete=models.PROTECT, related_name="+", verbose_name=_("topic")
    )
    min_hours = models.DecimalField(_("at least (hours)"), null=True, blank=True, **HOURS)
    max_hours = models.DecimalField(_("counts for at most (hours)"), null=True, blank=True, **HOURS)

    panels = [FieldPanel("topic"), FieldPanel("min_hours"), FieldPanel("max_hours")]

    class Meta(Orderable.Meta):
        verbose_name = _("required topic")

    def clean(self):
        if self.min_hours is None and self.max_hours is None:
            raise ValidationError(_("Give the minimum hours, the maximum that counts, or both."))


class RuleSource(Orderable):
    rule = ParentalKey(RenewalRule, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(_("title"), max_length=255, help_text=_("Rule or statute cited."))
    url = models.URLField(_("address"), max_length=500)
    checked_on = models.DateField(_("checked on"))

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("checked_on")]

    class Meta(Orderable.Meta):
        verbose_name = _("source")


class CourseTopicCredit(Orderable):
    """Hours of a course that count toward a requirement topic."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="topic_credits")
    topic = models.ForeignKey(
        RequirementTopic, on_delete=models.PROTECT, related_name="+", verbose_name=_("topic")
    )
    hours = models.DecimalField(
        _("hours"),
        null=True,
        blank=True,
        help_text=_("Leave blank if all the course's CE hours are on this topic."),
        **HOURS,
    )

    panels = [FieldPanel("topic"), FieldPanel("hours")]

    class Meta(Orderable.Meta):
        verbose_name = _("requirement topic covered")
        constraints = [
            models.UniqueConstraint(fields=["course", "topic"], name="one_credit_per_topic")
        ]

    def credited_hours(self) -> Decimal:
        return self.hours if self.hours is not None else self.course.ce_hours


class Licence(models.Model):
    """A licence or certification a learner holds, renewed under `rule`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="licences"
    )
    rule = models.ForeignKey(
        RenewalRule, on_delete=models.PROTECT, related_name="+", verbose_name=_("licence")
    )
    number = models.CharField(_("licence or certificate number"), max_length=40, blank=True)
    issued_on = models.DateField(
        _("issued or certified on"),
        null=True,
        blank=True,
        help_text=_("Needed when the renewal date follows the licence's anniversary."),
    )
    renews_on = models.DateField(
        _("next renewal deadline"),
        null=True,
        blank=True,
        help_text=_("As printed on your licence. Leave blank to use the board's rule."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["rule__name", "pk"]
        verbose_name = _("licence")
        constraints = [
            models.UniqueConstraint(fields=["user", "rule"], name="one_licence_per_rule")
        ]

    def __str__(self):
        return f"{self.rule} {self.number}".strip()

    def deadline(self, today: date | None = None) -> date | None:
        """The next renewal deadline: as entered, else by the rule; None if it needs a date
        the learner has not given."""
        today = today or timezone.localdate()
        if self.renews_on:
            return self.renews_on
        rule = self.rule
        if rule.deadline_rule == DeadlineRule.FIXED_DATE:
            return rule.next_fixed_deadline(today)
        if rule.deadline_rule == DeadlineRule.ISSUE_DATE and self.issued_on:
            deadline = add_years(self.issued_on, rule.cycle_years)
            while deadline < today:
                deadline = add_years(deadline, rule.cycle_years)
            return deadline
        return None

    def cycle(self, today: date | None = None) -> tuple[date, date] | None:
        """First and last day of the current renewal cycle."""
        deadline = self.deadline(today)
        if deadline is None:
            return None
        return add_years(deadline, -self.rule.cycle_years) + timedelta(days=1), deadline


class OutsideCourse(models.Model):
    """CE a learner took with another provider, self-reported, with its certificate file."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="outside_courses"
    )
    provider = models.CharField(_("provider"), max_length=200)
    title = models.CharField(_("course title"), max_length=255)
    completed_on = models.DateField(_("completed on"))
    hours = models.DecimalField(
        _("CE hours"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.25"))],
    )
    course_type = models.CharField(
        _("delivery"), max_length=20, choices=CourseType.choices, default=CourseType.HOME_STUDY
    )
    topic = models.ForeignKey(
        RequirementTopic,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requirement topic"),
        help_text=_("If the whole course counts toward one required topic."),
    )
    approved_by = models.CharField(
        _("approved by"), max_length=150, blank=True, help_text=_("For example NCBTMB.")
    )
    approval_number = models.CharField(_("approval number"), max_length=80, blank=True)
    certificate = models.FileField(
        _("certificate file"),
        storage=private_storage,
        upload_to="outside-ce/%Y/",
        max_length=255,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-completed_on", "-pk"]
        verbose_name = _("course taken elsewhere")
        verbose_name_plural = _("courses taken elsewhere")

    def __str__(self):
        return self.title


class ReminderSent(models.Model):
    """A reminder email already sent: the unique key makes sending idempotent."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=120)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="one_reminder")]

    def __str__(self):
        return self.key


def calendar_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """The private address of a learner's deadline calendar; a new token revokes the old."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=40, unique=True, default=calendar_token)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return str(self.user)
