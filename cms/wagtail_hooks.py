from wagtail import hooks
from wagtail.contrib.settings.registry import register_setting

from cms.autosave import autosaved_page, resend_to_editor
from cms.models import ProviderSettings
from cms.richtext import PageLinkHandler


# Registered after Wagtail's own page link handler, so this one replaces it.
@hooks.register("register_rich_text_features", order=100)
def register_prefetching_page_links(features):
    features.register_link_type(PageLinkHandler)


register_setting(ProviderSettings, icon="doc-full-inverse")


@hooks.register("before_create_page")
def apply_to_the_autosaved_page(request, parent_page, page_class):
    """A submission that would create the page the autosave just created goes to its editor
    (cms.autosave)."""
    page = autosaved_page(request, parent_page)
    return resend_to_editor(page) if page else None
