"""Learners' data rights: a copy of everything the site holds about a learner (export), the
erasure of their account (deletion), and the end of CE record retention (purge).

A CE provider must keep the record behind every certificate for CE_RECORD_RETENTION_YEARS
(NCBTMB asks 6 years): the certificate with what it prints, the completion, and the
assessment that earned it. Deletion therefore erases what only the learner needs, anonymises
the account, and keeps those records linked to the anonymised account; `records_purge`
deletes them once they are older than the retention period. The records of active accounts
are the learner's own transcript and are never purged.

Every field that refers to a user, and what export and deletion do with it (`POLICY`; a test
fails when a model refers to the user and is missing here):

Model.field                           Export    Deletion    Why
------------------------------------  --------  ----------  ------------------------------------
cms.User (the row itself)             exported  anonymised  email becomes deleted-<id>@invalid;
                                                            names, last login blank; password
                                                            unusable; inactive. The row stays so
                                                            the kept records keep a holder.
cms.LearnerProfile.user               exported  erased      each certificate froze what it
                                                            prints (legal name, licence)
account.EmailAddress.user             exported  erased      contact data; no record needs it
mfa.Authenticator.user                exported  erased      type and dates only: secrets and
                                                            recovery codes never leave the server
courses.Enrollment.user               exported  kept        the course roster; closed on deletion
courses.ModuleCompletion.user         exported  kept        CE record: the steps certified
courses.AssessmentPass.user           exported  kept        CE record: the passed final exam
courses.CourseCompletion.user         exported  kept        CE record: what a certificate is for
courses.CourseEvaluation.user         exported  anonymised  comments (free text) erased; rating
                                                            kept: accreditors ask providers to
                                                            keep evaluations
courses.Licence.user                  exported  erased      the learner's own renewal tracking
courses.OutsideCourse.user            exported  erased      self-reported, with its uploaded
                                                            file: not this provider's record
courses.ReminderSent.user             exported  erased      which reminders were emailed
courses.CalendarFeed.user             exported  erased      the feed's date, never its token
quizzes.QuizAttempt.user              exported  kept        graded attempts are the assessment
                                                            evidence; attempts in progress erased
quizzes.Accommodation.user            exported  erased      its reason may be health data; its
                                                            effect stays in the attempts
                                                            (deadline, number)
quizzes.Accommodation.granted_by      staff     kept        the staff member who granted it
quizzes.AttemptRegrade.regraded_by    staff     kept        the staff member; the regrade itself
                                                            is exported with its attempt
certificates.Certificate.user         exported  kept        keeps verifying at /verify/<code>/
                                                            from what it printed
certificates.CertificateEvent.actor   staff     kept        audit trail: staff or the system act
courses.Condition.reviewed_by         staff     kept        the clinical reviewer
courses.CoursePage.instructors        staff     kept        course teams are staff
sessions (no foreign key)             -         erased      every session of the account ends

Kept records are purged by `records_purge` once older than the retention period.

"staff" rows name the staff member who acted: they are not the learner's data, and a staff
account cannot be deleted here (an administrator removes it in the admin). The apps in
`EXCLUDED_APPS` only ever refer to staff too.

Once purged, a certificate's verification address answers 404 like an unknown code: the site
no longer holds it, and says that records are kept for CE_RECORD_RETENTION_YEARS years. No
trace of the code is kept.
"""

import enum
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from importlib import import_module
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import transaction
from django.db.models import CharField, Exists, F, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.models import Certificate
from certificates.services import verification_url
from cms.models import LearnerProfile, User
from courses.models import (
    AssessmentPass,
    CalendarFeed,
    CourseCompletion,
    CourseEvaluation,
    Enrollment,
    Licence,
    ModuleCompletion,
    OutsideCourse,
    ReminderSent,
)
from quizzes.models import Accommodation, AttemptStatus, QuizAttempt
from quizzes.selectors import build_quiz_state, present_attempt, review_detail


class Export(enum.StrEnum):
    EXPORTED = "exported"
    STAFF = "staff"  # names a staff member who acted; not the learner's data


class Deletion(enum.StrEnum):
    ERASED = "erased"
    ANONYMISED = "anonymised"
    KEPT = "kept"


@dataclass(frozen=True)
class Rule:
    model: str  # "app_label.ModelName"
    field: str
    export: Export
    deletion: Deletion
    why: str


POLICY: tuple[Rule, ...] = (
    Rule(
        "cms.LearnerProfile",
        "user",
        Export.EXPORTED,
        Deletion.ERASED,
        "certificates froze what they print",
    ),
    Rule("account.EmailAddress", "user", Export.EXPORTED, Deletion.ERASED, "contact data"),
    Rule("mfa.Authenticator", "user", Export.EXPORTED, Deletion.ERASED, "login secrets"),
    Rule("courses.Enrollment", "user", Export.EXPORTED, Deletion.KEPT, "course roster"),
    Rule("courses.ModuleCompletion", "user", Export.EXPORTED, Deletion.KEPT, "CE record"),
    Rule("courses.AssessmentPass", "user", Export.EXPORTED, Deletion.KEPT, "CE record"),
    Rule("courses.CourseCompletion", "user", Export.EXPORTED, Deletion.KEPT, "CE record"),
    Rule(
        "courses.CourseEvaluation",
        "user",
        Export.EXPORTED,
        Deletion.ANONYMISED,
        "comments erased, rating kept",
    ),
    Rule(
        "quizzes.QuizAttempt",
        "user",
        Export.EXPORTED,
        Deletion.KEPT,
        "assessment evidence; in-progress attempts erased",
    ),
    Rule("courses.Licence", "user", Export.EXPORTED, Deletion.ERASED, "renewal tracking"),
    Rule("courses.OutsideCourse", "user", Export.EXPORTED, Deletion.ERASED, "self-reported"),
    Rule("courses.ReminderSent", "user", Export.EXPORTED, Deletion.ERASED, "reminders sent"),
    Rule("courses.CalendarFeed", "user", Export.EXPORTED, Deletion.ERASED, "calendar address"),
    Rule("quizzes.Accommodation", "user", Export.EXPORTED, Deletion.ERASED, "may be health data"),
    Rule("quizzes.Accommodation", "granted_by", Export.STAFF, Deletion.KEPT, "staff"),
    Rule("quizzes.AttemptRegrade", "regraded_by", Export.STAFF, Deletion.KEPT, "staff"),
    Rule("certificates.Certificate", "user", Export.EXPORTED, Deletion.KEPT, "keeps verifying"),
    Rule("certificates.CertificateEvent", "actor", Export.STAFF, Deletion.KEPT, "audit trail"),
    Rule("courses.Condition", "reviewed_by", Export.STAFF, Deletion.KEPT, "clinical reviewer"),
    Rule("courses.CoursePage", "instructors", Export.STAFF, Deletion.KEPT, "course team"),
)

# Installed apps whose models refer to users but are written only by staff (learners get a 403
# in the admin: cms.middleware.AdminAccessMiddleware), so a learner has no rows there.
EXCLUDED_APPS: dict[str, str] = {
    "wagtailcore": "pages, revisions, logs, workflows, comments, API tokens: admin, staff only",
    "wagtailadmin": "editing sessions and form state of the admin: staff only",
    "wagtailusers": "admin preferences and avatars: staff only",
    "wagtailimages": "images uploaded in the admin: staff only",
    "wagtaildocs": "documents uploaded in the admin: staff only",
    "admin": "django.contrib.admin's log of staff actions (that admin is not routed)",
}


# --- export ---------------------------------------------------------------------------------


def _course(course) -> dict[str, Any] | None:
    return {"id": course.pk, "title": course.title} if course is not None else None


def _presented(items: list) -> list:
    """What the attempt page showed, without the template plumbing."""
    hidden = {"template", "name", "points_label"}

    def clean(value):
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if k not in hidden}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    return clean(items)


def _attempts(user) -> list[dict[str, Any]]:
    """Each attempt as the learner may see it now: in progress, the questions without keys and
    the answers saved; graded, what the quiz's review policy shows (score, marks, keys)."""
    attempts = list(
        QuizAttempt.objects.filter(user=user)
        .select_related("quiz")
        .prefetch_related("regrades")
        .order_by("quiz_id", "number")
    )
    by_quiz: dict[int, list[QuizAttempt]] = {}
    for attempt in attempts:
        by_quiz.setdefault(attempt.quiz_id, []).append(attempt)
    accommodations = {a.quiz_id: a for a in Accommodation.objects.filter(user=user)}
    now = timezone.now()
    states = {
        quiz_id: build_quiz_state(
            quiz=rows[0].quiz,
            rows=rows,
            accommodation=accommodations.get(quiz_id) or Accommodation(),
            now=now,
        )
        for quiz_id, rows in by_quiz.items()
    }
    exported = []
    for attempt in attempts:
        detail = review_detail(quiz=attempt.quiz, attempt=attempt, state=states[attempt.quiz_id])
        exported.append(
            {
                "quiz": {"id": attempt.quiz_id, "title": attempt.quiz.title},
                "number": attempt.number,
                "status": attempt.status,
                "started_at": attempt.started_at,
                "deadline": attempt.deadline,
                "answers_saved_at": attempt.answers_saved_at,
                "submitted_at": attempt.submitted_at,
                "timed_out": attempt.timed_out,
                "score": attempt.score,
                "passed": attempt.passed,
                "review_shown": detail or None,
                "answers": attempt.answers,
                "questions": _presented(present_attempt(attempt=attempt, detail=detail)),
                "regrades": [
                    {
                        "regraded_at": r.regraded_at,
                        "old_score": r.old_score,
                        "new_score": r.new_score,
                        "old_passed": r.old_passed,
                        "new_passed": r.new_passed,
                        "reason": r.note,
                    }
                    for r in attempt.regrades.all()
                ],
            }
        )
    return exported


def _certificate(c: Certificate) -> dict[str, Any]:
    return {
        "number": c.number,
        "status": c.display_status,
        "verification_url": verification_url(c),
        "supersedes": c.supersedes.number if c.supersedes else None,
        "revoked_at": c.revoked_at,
        "revocation_reason": c.revocation_reason,
        "pdf_sha256": c.pdf_sha256,
        "printed": {
            "title": c.title,
            "learner_name": c.learner_name,
            "designation": c.designation,
            "learner_type": c.learner_type,
            "licence_number": c.licence_number,
            "licensing_body": c.licensing_body,
            "jurisdiction": c.jurisdiction,
            "course_title": c.course_title,
            "course_approval_number": c.course_approval_number,
            "course_type": c.course_type,
            "delivery": c.delivery,
            "course_approvals": c.course_approvals,
            "instructors": c.instructors,
            "topic": c.topic,
            "ce_hours": c.ce_hours,
            "final_score": c.final_score,
            "completed_on": c.completed_on,
            "issued_at": c.issued_at,
            "expires_on": c.expires_on,
            "provider_name": c.provider_name,
            "provider_address": c.provider_address,
            "provider_email": c.provider_email,
            "provider_approvals": c.provider_approvals,
            "signatory_name": c.signatory_name,
            "signatory_title": c.signatory_title,
        },
    }


def learner_data_export(*, user) -> dict[str, Any]:
    """Everything the site holds about `user`, as plain data (dates and decimals left for the
    JSON encoder). A fixed number of queries however many records there are."""
    profile = LearnerProfile.objects.filter(user=user).first()
    return {
        "generated_at": timezone.now(),
        "retention_years": settings.CE_RECORD_RETENTION_YEARS,
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "profile": None
        if profile is None
        else {
            "legal_name": profile.legal_name,
            "designation": profile.designation,
            "learner_type": profile.learner_type,
            "licence_number": profile.licence_number,
            "licensing_body": profile.licensing_body,
            "jurisdiction": profile.jurisdiction,
            "badge_shares_licence": profile.badge_shares_licence,
            "updated_at": profile.updated_at,
        },
        "email_addresses": [
            {"email": e.email, "primary": e.primary, "verified": e.verified}
            for e in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "two_factor_authentication": [
            {"type": a.type, "created_at": a.created_at, "last_used_at": a.last_used_at}
            for a in Authenticator.objects.filter(user=user).order_by("pk")
        ],
        "enrollments": [
            {
                "course": _course(e.course),
                "active": e.is_active,
                "enrolled_at": e.enrolled_at,
                "unenrolled_at": e.unenrolled_at,
                "last_module": e.last_module.title if e.last_module else None,
                "last_activity_at": e.last_activity_at,
            }
            for e in Enrollment.objects.filter(user=user)
            .select_related("course", "last_module")
            .order_by("enrolled_at", "pk")
        ],
        "module_completions": [
            {
                "course": _course(m.course),
                "module": m.module.title if m.module else None,
                "completed_at": m.completed_at,
            }
            for m in ModuleCompletion.objects.filter(user=user)
            .select_related("course", "module")
            .order_by("completed_at", "pk")
        ],
        "assessment_passes": [
            {
                "course": _course(p.course),
                "assessment": p.page.title if p.page else None,
                "passed_at": p.passed_at,
            }
            for p in AssessmentPass.objects.filter(user=user)
            .select_related("course", "page")
            .order_by("passed_at", "pk")
        ],
        "course_completions": [
            {"course": _course(c.course), "completed_at": c.completed_at}
            for c in CourseCompletion.objects.filter(user=user)
            .select_related("course")
            .order_by("completed_at", "pk")
        ],
        "course_evaluations": [
            {
                "course": _course(e.course),
                "rating": e.rating,
                "met_objectives": e.met_objectives,
                "comments": e.comments,
                "submitted_at": e.submitted_at,
            }
            for e in CourseEvaluation.objects.filter(user=user)
            .select_related("course")
            .order_by("submitted_at", "pk")
        ],
        "quiz_attempts": _attempts(user),
        "accommodations": [
            {
                "quiz": {"id": a.quiz_id, "title": a.quiz.title},
                "extra_minutes": a.extra_minutes,
                "extra_attempts": a.extra_attempts,
                "reason": a.reason,
                "granted_at": a.granted_at,
            }
            for a in Accommodation.objects.filter(user=user)
            .select_related("quiz")
            .order_by("granted_at", "pk")
        ],
        "certificates": [
            _certificate(c)
            for c in Certificate.objects.filter(user=user)
            .select_related("supersedes")
            .order_by("completed_on", "pk")
        ],
        "licences": [
            {
                "licence": lic.rule.name,
                "number": lic.number,
                "issued_on": lic.issued_on,
                "renews_on": lic.renews_on,
            }
            for lic in Licence.objects.filter(user=user).select_related("rule").order_by("pk")
        ],
        "courses_taken_elsewhere": [
            {
                "title": o.title,
                "provider": o.provider,
                "completed_on": o.completed_on,
                "hours": o.hours,
                "delivery": o.course_type,
                "requirement_topic": o.topic.name if o.topic else None,
                "approved_by": o.approved_by,
                "approval_number": o.approval_number,
                "certificate_file": o.certificate.name.rsplit("/", 1)[-1],
            }
            for o in OutsideCourse.objects.filter(user=user).select_related("topic").order_by("pk")
        ],
        "reminders_sent": [
            {"reminder": r.key, "sent_at": r.sent_at}
            for r in ReminderSent.objects.filter(user=user).order_by("pk")
        ],
        "calendar_feed": [
            {"created_at": f.created_at} for f in CalendarFeed.objects.filter(user=user)
        ],
    }


# --- deletion -------------------------------------------------------------------------------


class AccountDeletionRefused(Exception):
    """This account cannot be deleted by its holder; the message says why."""


def anonymous_email(user_id: int) -> str:
    # No one can sign up with it: an address needs a dot in its domain.
    return f"deleted-{user_id}@invalid"


def check_account_deletable(*, user) -> None:
    """Raise AccountDeletionRefused for staff: their accounts own admin work (pages,
    revisions, regrades, accommodations) and an administrator removes them in the admin."""
    if user.is_staff or user.is_superuser:
        raise AccountDeletionRefused(
            _(
                "Staff accounts cannot be deleted here, because they hold work done in the "
                "administration area. Ask an administrator to remove your account."
            )
        )


def _sessions_delete(*, user_id: int) -> None:
    """End every session of the account that the session store can list (the database
    stores). Any other store still drops them at their next request: the account is inactive
    and its password changed."""
    engine = import_module(settings.SESSION_ENGINE)
    store_class = engine.SessionStore
    if not hasattr(store_class, "get_model_class"):
        return
    sessions = store_class.get_model_class().objects.filter(expire_date__gt=timezone.now())
    for session in sessions.iterator(chunk_size=500):
        if session.get_decoded().get(SESSION_KEY) == str(user_id):
            store_class(session_key=session.session_key).delete()


def account_delete(*, user) -> None:
    """Erase and anonymise the account as `POLICY` says, in one transaction.

    Locks the user's row first, so two simultaneous requests delete once. Running it again
    on a deleted account changes nothing more.
    """
    check_account_deletable(user=user)
    now = timezone.now()
    with transaction.atomic():
        account = User.objects.select_for_update().get(pk=user.pk)
        account.email = anonymous_email(account.pk)
        account.first_name = ""
        account.last_name = ""
        account.last_login = None
        account.is_active = False
        account.set_unusable_password()
        account.save()
        LearnerProfile.objects.filter(user=account).delete()
        EmailAddress.objects.filter(user=account).delete()
        Authenticator.objects.filter(user=account).delete()
        Accommodation.objects.filter(user=account).delete()
        Licence.objects.filter(user=account).delete()
        for outside in OutsideCourse.objects.filter(user=account):
            transaction.on_commit(
                partial(outside.certificate.storage.delete, outside.certificate.name)
            )
            outside.delete()
        ReminderSent.objects.filter(user=account).delete()
        CalendarFeed.objects.filter(user=account).delete()
        QuizAttempt.objects.filter(user=account, status=AttemptStatus.IN_PROGRESS).delete()
        CourseEvaluation.objects.filter(user=account).exclude(comments="").update(comments="")
        Enrollment.objects.filter(user=account, is_active=True).update(
            is_active=False, unenrolled_at=now
        )
        _sessions_delete(user_id=account.pk)


# --- purge ----------------------------------------------------------------------------------


def retention_cutoff(now: datetime) -> datetime:
    """The moment CE_RECORD_RETENTION_YEARS before `now` (29 February counts as the 28th)."""
    year = now.year - settings.CE_RECORD_RETENTION_YEARS
    try:
        return now.replace(year=year)
    except ValueError:
        return now.replace(year=year, day=28)


def deleted_accounts() -> QuerySet:
    """Accounts anonymised by `account_delete`."""
    return (
        User.objects.filter(is_active=False)
        .annotate(
            erased_email=Concat(
                Value("deleted-"),
                Cast("pk", CharField()),
                Value("@invalid"),
                output_field=CharField(),
            )
        )
        .filter(email=F("erased_email"))
    )


def _expired(cutoff: datetime) -> dict[type, Q]:
    """When each kept record is older than the retention period: from its completion, its
    issue (a certificate), its last activity (an enrollment) or its submission (an attempt)."""
    return {
        Certificate: Q(issued_at__lt=cutoff, completed_on__lt=cutoff.date()),
        CourseCompletion: Q(completed_at__lt=cutoff),
        ModuleCompletion: Q(completed_at__lt=cutoff),
        AssessmentPass: Q(passed_at__lt=cutoff),
        QuizAttempt: Q(submitted_at__lt=cutoff)
        | Q(submitted_at__isnull=True, started_at__lt=cutoff),
        CourseEvaluation: Q(submitted_at__lt=cutoff),
        Enrollment: Q(last_activity_at__lt=cutoff),
    }


PURGE_KEYS = {
    Certificate: "certificates",
    CourseCompletion: "course_completions",
    ModuleCompletion: "module_completions",
    AssessmentPass: "assessment_passes",
    QuizAttempt: "quiz_attempts",
    CourseEvaluation: "course_evaluations",
    Enrollment: "enrollments",
}


def _purgeable_certificates(expired: Q, accounts: QuerySet) -> list[int]:
    """Expired certificates of deleted accounts, except those a kept certificate replaced
    (a re-issue refers to the certificate it supersedes)."""
    ids = set(Certificate.objects.filter(expired, user__in=accounts).values_list("pk", flat=True))
    while True:
        kept_predecessors = set(
            Certificate.objects.filter(supersedes_id__in=ids)
            .exclude(pk__in=ids)
            .values_list("supersedes_id", flat=True)
        )
        if not kept_predecessors:
            return sorted(ids)
        ids -= kept_predecessors


def records_purge(*, dry_run: bool, now: datetime | None = None) -> dict[str, int]:
    """Delete the CE records of deleted accounts that are older than the retention period,
    the stored PDFs of those certificates (after commit), and then the anonymised accounts
    left with no record. Returns how many of each; with `dry_run`, the same counts and no
    change. Records of active accounts are never touched. Idempotent."""
    cutoff = retention_cutoff(now or timezone.now())
    expired = _expired(cutoff)
    accounts = deleted_accounts()
    with transaction.atomic():
        certificate_ids = _purgeable_certificates(expired[Certificate], accounts.values("pk"))
        rows: dict[type, QuerySet] = {
            model: model.objects.filter(condition, user__in=accounts.values("pk"))
            for model, condition in expired.items()
            if model is not Certificate
        }
        rows[Certificate] = Certificate.objects.filter(pk__in=certificate_ids)
        still_held = [
            Exists(model.objects.filter(user=OuterRef("pk")).exclude(condition))
            for model, condition in expired.items()
        ]
        account_ids = list(
            accounts.filter(*[~held for held in still_held]).values_list("pk", flat=True)
        )
        files = [name for name in rows[Certificate].values_list("pdf", flat=True) if name]
        counts = {PURGE_KEYS[model]: rows[model].count() for model in PURGE_KEYS}
        counts["certificate_files"] = len(files)
        counts["accounts"] = len(account_ids)
        if dry_run:
            return counts
        _certificates_delete(certificate_ids)
        for model in PURGE_KEYS:
            if model is not Certificate:
                rows[model].delete()
        User.objects.filter(pk__in=account_ids).delete()
        transaction.on_commit(lambda: _files_delete(files))
    return counts


def _certificates_delete(ids: list[int]) -> None:
    """Delete certificates, each re-issue before the certificate it supersedes (which it
    protects)."""
    remaining = set(ids)
    while remaining:
        replaced = set(
            Certificate.objects.filter(supersedes_id__in=remaining).values_list(
                "supersedes_id", flat=True
            )
        )
        last = remaining - replaced
        if not last:
            raise RuntimeError("Certificates supersede each other in a cycle.")
        Certificate.objects.filter(pk__in=last).delete()
        remaining -= last


def _files_delete(names: list[str]) -> None:
    storage = Certificate._meta.get_field("pdf").storage
    for name in names:
        storage.delete(name)
