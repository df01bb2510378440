"""Regrade and accommodations for one quiz, in the admin, from the quiz's page header.

Both are open to staff whose courses (`courses_for_staff`) include the quiz's course and who
may edit the quiz page: 404 for a quiz outside their courses, 403 without edit permission.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, DateColumn, Table
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.selectors import course_containing, courses_for_staff, is_enrolled
from quizzes.models import Accommodation, AttemptRegrade, QuizPage
from quizzes.regrade import (
    MAX_EXTRA_ATTEMPTS,
    MAX_EXTRA_MINUTES,
    MAX_REASON_LENGTH,
    AccommodationError,
    accommodation_remove,
    accommodation_set,
    quiz_regrade_apply,
    quiz_regrade_preview,
)

HISTORY_PER_PAGE = 50


def quiz_for_staff(user, quiz_id: int) -> tuple[QuizPage, object]:
    """The quiz and its course, if `user` may correct its grades; else 404 or 403."""
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    course = course_containing(page=quiz)
    if course is None or not courses_for_staff(user).filter(pk=course.pk).exists():
        raise Http404
    if not quiz.permissions_for_user(user).can_edit():
        raise PermissionDenied
    return quiz, course


# --- tables ---------------------------------------------------------------------------------


class HeaderScope:
    """Column headers as <th scope="col">."""

    header_template_name = "quizzes/regrade/column_header.html"


class TextColumn(HeaderScope, Column):
    pass


class WhenColumn(HeaderScope, DateColumn):
    pass


class RemoveColumn(HeaderScope, Column):
    cell_template_name = "quizzes/regrade/remove_cell.html"


def result_label(passed: bool) -> str:
    return _("Passed") if passed else _("Not passed")


def percent(score) -> str:
    return f"{score}%"


def score_change_columns(*, score_before, result_before) -> list[TextColumn]:
    """Score and result before and after a regrade, for a change or a recorded regrade."""
    return [
        TextColumn("old_score", label=score_before, accessor=lambda r: percent(r.old_score)),
        TextColumn(
            "new_score", label=gettext_lazy("Score after"), accessor=lambda r: percent(r.new_score)
        ),
        TextColumn(
            "old_passed",
            label=result_before,
            accessor=lambda r: result_label(r.old_passed),
        ),
        TextColumn(
            "new_passed",
            label=gettext_lazy("Result after"),
            accessor=lambda r: result_label(r.new_passed),
        ),
    ]


def preview_table(changes) -> Table:
    return Table(
        [
            TextColumn("learner", label=gettext_lazy("Learner"), accessor=lambda c: c.learner),
            TextColumn("email", label=gettext_lazy("Email"), accessor="learner.email"),
            TextColumn("number", label=gettext_lazy("Attempt")),
            *score_change_columns(
                score_before=gettext_lazy("Score now"), result_before=gettext_lazy("Result now")
            ),
        ],
        changes,
        caption=gettext_lazy("Attempts this regrade would change"),
    )


def kept_certificate(row) -> str:
    return row.certificate if row.old_passed and not row.new_passed else ""


def history_table(rows) -> Table:
    return Table(
        [
            WhenColumn("regraded_at", label=gettext_lazy("When")),
            TextColumn("learner", label=gettext_lazy("Learner"), accessor="attempt.user"),
            TextColumn("number", label=gettext_lazy("Attempt"), accessor="attempt.number"),
            *score_change_columns(
                score_before=gettext_lazy("Score before"),
                result_before=gettext_lazy("Result before"),
            ),
            TextColumn(
                "certificate", label=gettext_lazy("Certificate kept"), accessor=kept_certificate
            ),
            TextColumn("regraded_by", label=gettext_lazy("By")),
            TextColumn("note", label=gettext_lazy("Reason")),
        ],
        rows,
        caption=gettext_lazy("Past regrades of this quiz"),
    )


def accommodations_table(rows) -> Table:
    return Table(
        [
            TextColumn("user", label=gettext_lazy("Learner")),
            TextColumn("email", label=gettext_lazy("Email"), accessor="user.email"),
            TextColumn("extra_minutes", label=gettext_lazy("Extra time (minutes)")),
            TextColumn("extra_attempts", label=gettext_lazy("Extra attempts")),
            TextColumn("reason", label=gettext_lazy("Reason")),
            TextColumn("granted_by", label=gettext_lazy("Granted by")),
            WhenColumn("granted_at", label=gettext_lazy("Granted")),
            RemoveColumn("remove", label=gettext_lazy("Actions")),
        ],
        rows,
        caption=gettext_lazy("Accommodations on this quiz"),
    )


# --- forms ----------------------------------------------------------------------------------


class RegradeForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=MAX_REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Recorded with every changed attempt, e.g. the key you fixed."),
    )


class AccommodationForm(forms.Form):
    """Extra time and attempts for an enrolled learner of the quiz's course, by email."""

    email = forms.EmailField(label=gettext_lazy("Learner's email address"))
    extra_minutes = forms.IntegerField(
        label=gettext_lazy("Extra time (minutes)"),
        min_value=0,
        max_value=MAX_EXTRA_MINUTES,
        initial=0,
        help_text=gettext_lazy("Added to the time limit of attempts started from now on."),
    )
    extra_attempts = forms.IntegerField(
        label=gettext_lazy("Extra attempts"),
        min_value=0,
        max_value=MAX_EXTRA_ATTEMPTS,
        initial=0,
        help_text=gettext_lazy("Added to the attempts the quiz allows."),
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=MAX_REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, course, **kwargs):
        super().__init__(*args, **kwargs)
        self.course = course

    def clean_email(self):
        email = self.cleaned_data["email"]
        learner = get_user_model().objects.filter(email__iexact=email).first()
        # One message for both: the form must not reveal who has an account elsewhere.
        if learner is None or not is_enrolled(user=learner, course=self.course):
            raise forms.ValidationError(
                _("No learner enrolled in %(course)s has this email address.")
                % {"course": self.course.title}
            )
        self.learner = learner
        return email

    def clean(self):
        cleaned = super().clean()
        given = cleaned.get("extra_minutes") or cleaned.get("extra_attempts")
        if not given and not {"extra_minutes", "extra_attempts"} & set(self.errors):
            raise forms.ValidationError(_("Give extra time, extra attempts or both."))
        return cleaned


class RemoveAccommodationForm(forms.Form):
    accommodation = forms.ModelChoiceField(
        queryset=Accommodation.objects.none(),
        error_messages={
            "invalid_choice": gettext_lazy("This accommodation has already been removed."),
            "required": gettext_lazy("Choose the accommodation to remove."),
        },
    )

    def __init__(self, *args, quiz, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["accommodation"].queryset = quiz.accommodations.select_related("user")


# --- views ----------------------------------------------------------------------------------


class QuizStaffMixin(WagtailAdminTemplateMixin):
    def dispatch(self, request, *args, quiz_id, **kwargs):
        self.quiz, self.course = quiz_for_staff(request.user, quiz_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.quiz.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.quiz.pk]),
                "label": self.quiz.get_admin_display_title(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(quiz=self.quiz, course=self.course, **kwargs)


class QuizRegradeView(QuizStaffMixin, FormView):
    """GET: the dry run and past regrades. POST with a reason: apply, then back to GET."""

    page_title = gettext_lazy("Regrade")
    header_icon = "resubmit"
    template_name = "quizzes/regrade/regrade.html"
    form_class = RegradeForm

    def get_context_data(self, **kwargs):
        changes = quiz_regrade_preview(quiz=self.quiz)
        certificates = self.course.certificates.filter(
            user=OuterRef("attempt__user"), status="valid", number__isnull=False
        )
        history = (
            AttemptRegrade.objects.filter(attempt__quiz=self.quiz)
            .select_related("attempt__user", "regraded_by")
            .annotate(certificate=Subquery(certificates.order_by("pk").values("number")[:1]))
            .order_by("-regraded_at", "-pk")
        )
        paginator = WagtailPaginator(history, HISTORY_PER_PAGE)
        page = paginator.get_page(self.request.GET.get("p"))
        return super().get_context_data(
            changes=changes,
            preview=preview_table(changes),
            history=history_table(page.object_list),
            history_page=page,
            history_paginated=paginator.num_pages > 1,
            elided_page_range=paginator.get_elided_page_range(page.number),
            **kwargs,
        )

    def form_valid(self, form):
        outcome = quiz_regrade_apply(
            quiz=self.quiz, by=self.request.user, note=form.cleaned_data["note"]
        )
        if not outcome.changes:
            messages.info(self.request, _("No attempt changed: every grade already matches."))
        else:
            count = len(outcome.changes)
            messages.success(
                self.request,
                ngettext("%(count)s attempt regraded.", "%(count)s attempts regraded.", count)
                % {"count": count},
            )
        if outcome.newly_passed:
            messages.success(
                self.request,
                _("Now passing: %(learners)s.")
                % {"learners": ", ".join(str(learner) for learner in outcome.newly_passed)},
            )
        for failed in outcome.newly_failed:
            if failed.certificates:
                message = _(
                    "%(learner)s no longer passes this quiz and keeps certificate %(numbers)s."
                ) % {"learner": failed.learner, "numbers": ", ".join(failed.certificates)}
            else:
                message = _("%(learner)s no longer passes this quiz.") % {"learner": failed.learner}
            messages.warning(self.request, message)
        return redirect("quiz_regrade", self.quiz.pk)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


class QuizAccommodationsView(QuizStaffMixin, FormView):
    """Extra time and attempts per learner: list, add or replace (POST), remove (POST)."""

    page_title = gettext_lazy("Accommodations")
    header_icon = "user"
    template_name = "quizzes/regrade/accommodations.html"
    form_class = AccommodationForm

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["course"] = self.course
        return kwargs

    def get_initial(self):
        edit = self.request.GET.get("edit", "")
        if not edit.isascii() or not edit.isdigit() or len(edit) > 18:
            return {}
        found = self.quiz.accommodations.select_related("user").filter(pk=int(edit)).first()
        if found is None:
            return {}
        return {
            "email": found.user.email,
            "extra_minutes": found.extra_minutes,
            "extra_attempts": found.extra_attempts,
            "reason": found.reason,
        }

    def get_context_data(self, **kwargs):
        rows = self.quiz.accommodations.select_related("user", "granted_by").order_by(
            "user__last_name", "user__first_name", "user__email"
        )
        rows = list(rows)
        kwargs.setdefault("remove_form", RemoveAccommodationForm(quiz=self.quiz))
        return super().get_context_data(
            accommodations=rows, table=accommodations_table(rows), **kwargs
        )

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "remove":
            return self.remove(request)
        return super().post(request, *args, **kwargs)

    def remove(self, request):
        form = RemoveAccommodationForm(request.POST, quiz=self.quiz)
        if not form.is_valid():
            context = self.get_context_data(form=self.get_form_class()(course=self.course))
            context["remove_form"] = form
            return self.render_to_response(context, status=400)
        accommodation = form.cleaned_data["accommodation"]
        accommodation_remove(quiz=self.quiz, user=accommodation.user, by=request.user)
        messages.success(
            request, _("Accommodation of %(learner)s removed.") % {"learner": accommodation.user}
        )
        return redirect("quiz_accommodations", self.quiz.pk)

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            _accommodation, created = accommodation_set(
                quiz=self.quiz,
                user=form.learner,
                extra_minutes=data["extra_minutes"],
                extra_attempts=data["extra_attempts"],
                reason=data["reason"],
                by=self.request.user,
            )
        except AccommodationError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        message = (
            _("Accommodation of %(learner)s granted.")
            if created
            else _("Accommodation of %(learner)s updated.")
        )
        messages.success(self.request, message % {"learner": form.learner})
        return redirect("quiz_accommodations", self.quiz.pk)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


admin_urls = [
    path("quizzes/<int:quiz_id>/regrade/", QuizRegradeView.as_view(), name="quiz_regrade"),
    path(
        "quizzes/<int:quiz_id>/accommodations/",
        QuizAccommodationsView.as_view(),
        name="quiz_accommodations",
    ),
]

QUIZ_LINKS = [
    (gettext_lazy("Regrade"), "quiz_regrade", "resubmit"),
    (gettext_lazy("Accommodations"), "quiz_accommodations", "user"),
]
