"""Certificates in the Wagtail admin: a read-only register, with revoke and re-issue."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from certificates.forms import ReasonForm
from certificates.models import Certificate
from certificates.services import (
    CertificateError,
    certificate_reissue,
    certificate_revoke,
)


class IssuedRecordPolicy(ModelPermissionPolicy):
    """Certificates are issued by the system, never added, edited or deleted by hand."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


def _can_manage(user) -> bool:
    return user.has_perm("certificates.change_certificate")


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full-inverse"
    menu_label = gettext_lazy("Certificates")
    menu_order = 310
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = ["number", "learner_name", "course_title", "ce_hours", "completed_on", "status"]
    list_filter = ["status", "completed_on"]
    search_fields = ["number", "learner_name", "course_title"]
    form_fields = ["revocation_reason"]
    inspect_template_name = "certificates/admin/inspect.html"

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/revoke/", self.action_view("revoke"), name="revoke"),
            path("<int:pk>/reissue/", self.action_view("reissue"), name="reissue"),
        ]

    def action_view(self, action: str):
        def view(request, pk):
            if not _can_manage(request.user):
                raise PermissionDenied
            certificate = get_object_or_404(Certificate, pk=pk)
            form = ReasonForm(request.POST or None)
            if request.method == "POST" and form.is_valid():
                reason = form.cleaned_data["reason"]
                try:
                    if action == "revoke":
                        certificate_revoke(
                            certificate=certificate, actor=request.user, reason=reason
                        )
                        messages.success(request, _("Certificate revoked."))
                        target = certificate
                    else:
                        target = certificate_reissue(
                            certificate=certificate, actor=request.user, reason=reason
                        )
                        messages.success(
                            request,
                            _(
                                "Re-issued as %(number)s. Its PDF is emailed to the learner "
                                "as soon as it is ready."
                            )
                            % {"number": target.number},
                        )
                except CertificateError as error:
                    messages.error(request, str(error))
                    target = certificate
                return redirect(reverse(self.get_url_name("inspect"), args=[target.pk]))
            return TemplateResponse(
                request,
                "certificates/admin/action.html",
                {"certificate": certificate, "form": form, "action": action},
                status=400 if form.is_bound else 200,
            )

        return view
