from wagtail import hooks
from wagtail.contrib.settings.registry import register_setting

from cms.models import ProviderSettings
from cms.richtext import PageLinkHandler


# Registered after Wagtail's own page link handler, so this one replaces it.
@hooks.register("register_rich_text_features", order=100)
def register_prefetching_page_links(features):
    features.register_link_type(PageLinkHandler)


register_setting(ProviderSettings, icon="doc-full-inverse")
