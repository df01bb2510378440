from wagtail import hooks

from cms.richtext import PageLinkHandler


@hooks.register("register_rich_text_features")
def register_prefetching_page_links(features):
    features.register_link_type(PageLinkHandler)
