"""A new page submitted while the admin's autosave is creating it.

Wagtail's editor autosaves a new page moments after the first change, then moves the form to
the page's edit address. A submission sent before that move (an author who clicks "Submit"
or "Publish" within a second of typing) would create the page a second time: Wagtail refuses
the slug with a form error, or with a 500 if both requests validated before either saved.
Either way the submission is re-sent (307, keeping the POST) to the autosaved page's editor,
which applies it there: nothing is lost and the action the author chose happens.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

# An autosaved page is recognised as the same author's new page under the same parent, with
# the posted slug, never published, last saved this recently.
RECENT = timedelta(minutes=10)


def autosaved_page(request, parent: Page) -> Page | None:
    slug = request.POST.get("slug", "")
    # Only the author's form submission: an autosave (JSON) is Wagtail's own business.
    submitted = request.method == "POST" and request.accepts("text/html")
    if not submitted or not slug or not request.user.is_authenticated:
        return None
    return (
        parent.get_children()
        .filter(
            slug=slug,
            owner=request.user,
            first_published_at__isnull=True,
            latest_revision_created_at__gte=timezone.now() - RECENT,
        )
        .first()
    )


def resend_to_editor(page: Page) -> HttpResponseRedirect:
    response = HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    response.status_code = 307  # the browser repeats the POST there
    return response


class AutosaveRaceMiddleware:
    """The 500 half of the race: both requests passed validation and the second one's save
    found the slug taken. Wagtail raises a ValidationError; answer with the autosaved page's
    editor instead."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        match = request.resolver_match
        if not isinstance(exception, ValidationError) or match is None:
            return None
        if match.view_name != "wagtailadmin_pages:add":
            return None
        parent = Page.objects.filter(pk=match.kwargs.get("parent_page_id")).first()
        page = parent and autosaved_page(request, parent)
        return resend_to_editor(page) if page else None
