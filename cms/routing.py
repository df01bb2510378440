"""Routing rules shared by the interactive pages (courses, modules, quizzes).

- A page's own sub-routes (enroll/, complete/, attempts/...) always win over a child page with
  the same slug (RoutablePageMixin resolves them first), and the admin refuses such slugs so
  that no child page is left unreachable.
- An unpublished page hides its whole subtree: its modules and quizzes are not served either.
- While no page of the site has a view restriction, serving a page does not look for one
  (`ViewRestrictionsMixin`); the first restriction added starts a new content generation.
"""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import PageViewRestriction

from cms.content_cache import remembered


class ViewRestrictionsMixin:
    """Wagtail checks a served page's and its ancestors' view restrictions with two queries;
    a site with none at all (known once per content generation) needs neither."""

    def get_view_restrictions(self):
        if not remembered("any view restriction", PageViewRestriction.objects.exists):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class SubtreeRoutablePageMixin(RoutablePageMixin):
    def route(self, request, path_components):
        if not self.live:
            raise Http404
        return super().route(request, path_components)

    @classmethod
    def reserved_slugs(cls) -> set[str]:
        """The first path segment of each of this page's own routes."""
        segments = (str(pattern.pattern).split("/")[0] for pattern in cls.get_subpage_urls())
        return {segment for segment in segments if segment and not segment.startswith("<")}


def reserved_slug_error(*, slug: str, parent) -> str | None:
    """Why `slug` cannot name a child of `parent`, or None if it can."""
    parent_class = parent.specific_class
    if issubclass(parent_class, SubtreeRoutablePageMixin) and slug in parent_class.reserved_slugs():
        return _(
            "“%(slug)s” is the address of one of this page's own actions. Choose another slug."
        ) % {"slug": slug}
    return None


class ChildPageForm(WagtailAdminPageForm):
    """The admin form of pages that live under a routable page: refuses reserved slugs."""

    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("slug")
        if slug and self.parent_page is not None:
            error = reserved_slug_error(slug=slug, parent=self.parent_page)
            if error:
                self.add_error("slug", ValidationError(error))
        return cleaned_data


class ChildPageMixin:
    """Model-level check of the same rule, for pages made outside the admin."""

    base_form_class = ChildPageForm

    def clean(self):
        super().clean()
        parent = self.get_parent() if self.path else None
        if parent is not None:
            error = reserved_slug_error(slug=self.slug, parent=parent)
            if error:
                raise ValidationError({"slug": error})


def refuse_deletion(request, page, *, what: str):
    """The admin's answer to deleting a page whose subtree holds learners' records."""
    from django.contrib import messages
    from django.shortcuts import redirect

    messages.error(
        request,
        _(
            "“%(title)s” cannot be deleted: learners' %(what)s refer to it and are kept as CE "
            "records. Unpublish it instead."
        )
        % {"title": page.get_admin_display_title(), "what": what},
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)
