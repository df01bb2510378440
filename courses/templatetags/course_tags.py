from django import template

from courses.selectors import catalog_url as catalog_url_for

register = template.Library()


@register.simple_tag(takes_context=True)
def catalog_url(context) -> str:
    """The course catalog's URL; cached, so the header costs no query."""
    return catalog_url_for(request=context.get("request"))
