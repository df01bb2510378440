"""The renewal tracker: for each licence a learner holds, what counts in the current cycle.

Hours come from this provider's valid certificates (as printed: completion date, CE hours,
the approvals valid on that date) and from the learner's self-reported courses taken
elsewhere. A course counts for a licence when its completion date is inside the cycle and
one of its approvals is one the licence's rule accepts. Then the rule's limits apply: hours
above a topic's maximum (Texas: first aid and CPR, at most 6) or above the home-study
maximum (New York: 12) do not count toward the total; live hours and each required topic
are compared with their minimums. What is still missing comes with matching catalog
courses.

Reminders (`send_reminders`) are emailed at REMINDER_DAYS before a renewal deadline or a
certificate's expiry, once each (`ReminderSent`).
"""

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from certificates.models import Certificate, CertificateStatus
from cms.content_cache import remembered
from courses.models import (
    CoursePage,
    CourseTopicCredit,
    CourseType,
    Licence,
    OutsideCourse,
    ReminderSent,
    RenewalRule,
    RuleTopic,
)
from courses.selectors import published_courses

REMINDER_DAYS = (90, 30, 7)
SUGGESTIONS = 3
ZERO = Decimal(0)


@dataclass
class Credit:
    """One completed course as the tracker sees it."""

    title: str
    provider: str
    completed_on: date
    hours: Decimal
    course_type: str
    approvals: list[str]
    topic_hours: dict[int, Decimal]  # requirement topic id -> hours
    self_reported: bool
    certificate: Certificate | None = None
    outside: OutsideCourse | None = None
    problem: str = ""  # why it does not count; empty when it counts

    @property
    def counts(self) -> bool:
        return not self.problem


@dataclass
class Requirement:
    """A minimum (or a maximum that counts) and what the cycle's courses bring to it."""

    label: str
    earned: Decimal
    needed: Decimal | None = None  # at least
    limit: Decimal | None = None  # at most this counts
    suggestions: list[CoursePage] = field(default_factory=list)

    @property
    def missing(self) -> Decimal:
        return max(ZERO, self.needed - self.earned) if self.needed is not None else ZERO

    @property
    def over(self) -> Decimal:
        """Hours above the limit: earned, but not counted toward the total."""
        return max(ZERO, self.earned - self.limit) if self.limit is not None else ZERO

    @property
    def percent(self) -> int:
        if not self.needed:
            return 100
        return min(100, int(self.earned * 100 / self.needed))


@dataclass
class LicenceStatus:
    licence: Licence
    rule: RenewalRule
    start: date | None
    deadline: date | None
    total: Requirement | None = None
    topics: list[Requirement] = field(default_factory=list)
    live: Requirement | None = None
    home_study: Requirement | None = None
    credits: list[Credit] = field(default_factory=list)

    @property
    def counted(self) -> list[Credit]:
        return [c for c in self.credits if c.counts]

    @property
    def not_counted(self) -> list[Credit]:
        return [c for c in self.credits if not c.counts]

    @property
    def days_left(self) -> int | None:
        return (self.deadline - timezone.localdate()).days if self.deadline else None

    @property
    def requirements(self) -> list[Requirement]:
        """Every minimum, the total first."""
        return [r for r in [self.total, *self.topics, self.live] if r and r.needed is not None]

    @property
    def is_covered(self) -> bool:
        return self.deadline is not None and not any(r.missing for r in self.requirements)


def _topic_credits() -> dict[int, list[CourseTopicCredit]]:
    """Every course's requirement topics, by course id, read once per content generation."""

    def read() -> dict[int, list[CourseTopicCredit]]:
        credits: dict[int, list[CourseTopicCredit]] = {}
        for credit in CourseTopicCredit.objects.order_by("course_id", "sort_order"):
            credits.setdefault(credit.course_id, []).append(credit)
        return credits

    return remembered("topic credits", read)


def _certificate_credits(user) -> list[Credit]:
    certificates = Certificate.objects.filter(user=user, status=CertificateStatus.VALID)
    topics = _topic_credits()
    return [
        Credit(
            title=c.course_title,
            provider=c.provider_name,
            completed_on=c.completed_on,
            hours=c.ce_hours,
            course_type=c.course_type,
            approvals=[a.get("body", "") for a in c.course_approvals],
            topic_hours={t.topic_id: t.credited_hours() for t in topics.get(c.course_id, [])},
            self_reported=False,
            certificate=c,
        )
        for c in certificates
    ]


def _outside_credits(user) -> list[Credit]:
    return [
        Credit(
            title=o.title,
            provider=o.provider,
            completed_on=o.completed_on,
            hours=o.hours,
            course_type=o.course_type,
            approvals=[o.approved_by] if o.approved_by else [],
            topic_hours={o.topic_id: o.hours} if o.topic_id else {},
            self_reported=True,
            outside=o,
        )
        for o in OutsideCourse.objects.filter(user=user)
    ]


def _problem(credit: Credit, rule: RenewalRule, start: date, deadline: date) -> str:
    if not start <= credit.completed_on <= deadline:
        return _("Completed outside this renewal cycle.")
    if not rule.accepts(credit.approvals):
        return _("Not approved by a body %(licence)s accepts.") % {"licence": rule.name}
    return ""


def _sum(credits, hours=lambda c: c.hours) -> Decimal:
    return sum((hours(c) for c in credits), ZERO)


def _catalog(exclude: set[int]) -> list[CoursePage]:
    """Published courses not already completed, with their approvals and topics."""
    return [course for pk, course in published_courses().items() if pk not in exclude]


def _rules() -> dict[int, RenewalRule]:
    """Every renewal rule with its topics and sources, by id."""
    return remembered(
        "renewal rules",
        lambda: {
            rule.pk: rule
            for rule in RenewalRule.objects.prefetch_related("topics__topic", "sources")
        },
    )


def _accepted(rule: RenewalRule, catalog: list[CoursePage]) -> list[CoursePage]:
    """The courses of `catalog` approved by a body the rule accepts."""
    return [c for c in catalog if rule.accepts([a.body for a in c.approvals.all()])]


def licence_status(licence: Licence, credits: list[Credit], catalog: list[CoursePage]):
    rule = licence.rule
    cycle = licence.cycle()
    if cycle is None:
        return LicenceStatus(licence, rule, None, None)
    start, deadline = cycle
    credits = [replace(c, problem=_problem(c, rule, start, deadline)) for c in credits]
    status = LicenceStatus(licence, rule, start, deadline, credits=credits)
    counted = status.counted
    rule_topics: list[RuleTopic] = list(rule.topics.all())
    for rule_topic in rule_topics:
        topic_id = rule_topic.topic_id
        status.topics.append(
            Requirement(
                label=rule_topic.topic.name,
                earned=_sum(counted, lambda c, t=topic_id: c.topic_hours.get(t, ZERO)),
                needed=rule_topic.min_hours,
                limit=rule_topic.max_hours,
                suggestions=[
                    c for c in catalog if any(t.topic_id == topic_id for t in c.topic_credits.all())
                ],
            )
        )
    home_study = [c for c in counted if c.course_type == CourseType.HOME_STUDY]
    if rule.home_study_max_hours is not None:
        status.home_study = Requirement(
            label=_("Home study"), earned=_sum(home_study), limit=rule.home_study_max_hours
        )
    if rule.live_min_hours is not None:
        status.live = Requirement(
            label=_("Live, in person"),
            earned=_sum(c for c in counted if c.course_type == CourseType.LIVE),
            needed=rule.live_min_hours,
            suggestions=[c for c in catalog if c.course_type == CourseType.LIVE],
        )
    limits = [r.over for r in status.topics] + [status.home_study.over if status.home_study else 0]
    status.total = Requirement(
        label=_("Total CE hours"),
        earned=_sum(counted) - sum(limits, ZERO),
        needed=rule.total_hours,
        suggestions=catalog,
    )
    for requirement in status.requirements:
        requirement.suggestions = requirement.suggestions[:SUGGESTIONS]
    return status


def renewal_statuses(*, user) -> list[LicenceStatus]:
    """One status per licence the learner holds, in a fixed number of queries however many
    licences, certificates and outside courses there are."""
    licences = list(Licence.objects.filter(user=user))
    if not licences:
        return []
    rules = _rules()
    for licence in licences:
        licence.rule = rules[licence.rule_id]
    credits = _certificate_credits(user) + _outside_credits(user)
    credits.sort(key=lambda c: c.completed_on, reverse=True)
    done = {c.certificate.course_id for c in credits if c.certificate}
    catalog = _catalog(done)
    return [licence_status(lic, credits, _accepted(lic.rule, catalog)) for lic in licences]


# Reminders ---------------------------------------------------------------------------------


@dataclass
class Reminder:
    user: object
    key: str
    subject: str
    template: str
    context: dict


def due_reminders(today: date) -> list[Reminder]:
    """Reminders whose day has come (a deadline REMINDER_DAYS or fewer days away, the
    nearest step only), whether or not they were sent."""
    reminders = []
    horizon = today + timedelta(days=max(REMINDER_DAYS))
    for licence in Licence.objects.select_related("rule", "user").filter(user__is_active=True):
        deadline = licence.deadline(today)
        if deadline and today <= deadline <= horizon:
            step = _step(today, deadline)
            reminders.append(
                Reminder(
                    licence.user,
                    f"licence:{licence.pk}:{deadline.isoformat()}:{step}",
                    _("Your %(licence)s renewal is due on %(date)s")
                    % {"licence": licence.rule.name, "date": deadline.isoformat()},
                    "renewals/email/licence_reminder.txt",
                    {"licence": licence, "deadline": deadline, "days": (deadline - today).days},
                )
            )
    certificates = Certificate.objects.filter(
        status=CertificateStatus.VALID,
        expires_on__gte=today,
        expires_on__lte=horizon,
        user__is_active=True,
    ).select_related("user")
    for certificate in certificates:
        step = _step(today, certificate.expires_on)
        reminders.append(
            Reminder(
                certificate.user,
                f"certificate:{certificate.pk}:{certificate.expires_on.isoformat()}:{step}",
                _("Your certificate for %(course)s expires on %(date)s")
                % {
                    "course": certificate.course_title,
                    "date": certificate.expires_on.isoformat(),
                },
                "renewals/email/certificate_reminder.txt",
                {
                    "certificate": certificate,
                    "days": (certificate.expires_on - today).days,
                },
            )
        )
    return reminders


def _step(today: date, deadline: date) -> int:
    """The smallest of REMINDER_DAYS that the deadline is within."""
    days = (deadline - today).days
    return min(step for step in REMINDER_DAYS if days <= step)


def send_reminders(*, today: date | None = None) -> int:
    """Email each due reminder not sent before; returns how many were sent. Safe to run
    again at any time, also from two processes at once: the ReminderSent row is claimed
    first, inside the transaction that sends the email."""
    today = today or timezone.localdate()
    sent = 0
    for reminder in due_reminders(today):
        try:
            with transaction.atomic():
                ReminderSent.objects.create(user=reminder.user, key=reminder.key)
                _email(reminder)
        except IntegrityError:
            continue  # sent before
        sent += 1
    return sent


def _email(reminder: Reminder) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        body = render_to_string(
            reminder.template,
            {
                **reminder.context,
                "user": reminder.user,
                "dashboard_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("dashboard"),
            },
        )
    send_mail(reminder.subject, body, None, [reminder.user.email])
